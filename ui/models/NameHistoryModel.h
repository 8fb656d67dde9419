// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Registry.h"

#include <QAbstractTableModel>

namespace ui {

/// The names of one body over time: from which day, short and full name in the three languages.
class NameHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { From, ShortKk, ShortRu, ShortEn, FullKk, FullRu, FullEn, ColumnCount };

    explicit NameHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setBody(const core::Body* body, core::Language language);
    [[nodiscard]] const core::BodyName* nameAt(int row) const;

private:
    std::vector<core::BodyName> m_names;
    core::Language m_language = core::Language::English;
};

} // namespace ui
