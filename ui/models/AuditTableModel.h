// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditLog.h"
#include "core/Text3.h"

#include <QAbstractTableModel>

#include <vector>

namespace ui {

/// The history of a record: when, who, what, old → new, why.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Action, What, Old, New, Reason, ColumnCount };

    explicit AuditTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEntries(std::vector<core::AuditEntry> entries);
    void setLanguage(core::Language language);

private:
    std::vector<core::AuditEntry> m_entries;
    core::Language m_language = core::Language::English;
};

} // namespace ui
