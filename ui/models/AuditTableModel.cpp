// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTableModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AuditTableModel::setEntries(std::vector<core::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditTableModel::setLanguage(core::Language language)
{
    m_language = language;
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::AuditEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case When:
        return QLocale().toString(e.at.toLocalTime(), Language::dateFormat(m_language) + u" HH:mm:ss"_s);
    case Who:
        return e.user;
    case Action:
        return Labels::auditAction(e.action);
    case What: {
        const QString field = Labels::auditField(e.entity, e.field);
        const QString entity = Labels::auditEntity(e.entity);
        return field.isEmpty() ? entity : entity + u": "_s + field;
    }
    case Old:
        return e.oldValue.value_or(u"—"_s);
    case New:
        return e.newValue.value_or(u"—"_s);
    case Reason:
        return e.reason;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case What:
        return tr("What");
    case Old:
        return tr("Before");
    case New:
        return tr("After");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace ui
