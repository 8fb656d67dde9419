// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Registry.h"

#include <QAbstractTableModel>

#include <set>

namespace ui {

class RegistryController;

/// The list of evaluated bodies of one year (§17): every evaluated body that exists in that year,
/// checked when it is on the list. Checking and unchecking go through the undo stack.
class EvaluatedListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Kind, ColumnCount };

    explicit EvaluatedListModel(RegistryController& controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    core::Result<void> reload();
    void setYear(int year);
    [[nodiscard]] int year() const { return m_year; }
    void setLanguage(core::Language language);
    [[nodiscard]] int countOnList() const { return static_cast<int>(m_onList.size()); }

private:
    RegistryController& m_controller;
    std::vector<core::Body> m_rows;
    std::set<qint64> m_onList;
    core::Language m_language = core::Language::English;
    int m_year = 2019;
};

} // namespace ui
