// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvaluatedListModel.h"

#include "ui/Labels.h"
#include "ui/RegistryController.h"

#include "core/RegistryRepository.h"

namespace ui {

EvaluatedListModel::EvaluatedListModel(RegistryController& controller, QObject* parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{ }

int EvaluatedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EvaluatedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Result<void> EvaluatedListModel::reload()
{
    auto bodies = m_controller.repository().bodies();
    if (!bodies)
        return std::unexpected(bodies.error());
    auto list = m_controller.repository().evaluatedList(m_year);
    if (!list)
        return std::unexpected(list.error());
    beginResetModel();
    m_onList = std::set<qint64>(list->begin(), list->end());
    m_rows.clear();
    const QDate first(m_year, 1, 1);
    const QDate last(m_year, 12, 31);
    for (core::Body& b : *bodies)
        if (m_onList.contains(b.id) || (b.fields.evaluated && b.overlaps(first, last)))
            m_rows.push_back(std::move(b));
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const core::Body& a, const core::Body& b) {
        return static_cast<int>(a.fields.kind) < static_cast<int>(b.fields.kind);
    });
    endResetModel();
    return {};
}

void EvaluatedListModel::setYear(int year)
{
    m_year = year;
    (void)reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void EvaluatedListModel::setLanguage(core::Language language)
{
    m_language = language;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant EvaluatedListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Body& b = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::CheckStateRole && index.column() == Code)
        return m_onList.contains(b.id) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return b.code;
    case Name:
        return b.nameOn(QDate(m_year, 12, 31)).shortName.in(m_language);
    case Kind:
        return Labels::kind(b.fields.kind);
    default:
        return {};
    }
}

QVariant EvaluatedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("On the list");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    default:
        return {};
    }
}

Qt::ItemFlags EvaluatedListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Code && !m_controller.isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool EvaluatedListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Code || role != Qt::CheckStateRole)
        return false;
    const qint64 id = m_rows[static_cast<std::size_t>(index.row())].id;
    const bool on = value.toInt() == Qt::Checked;
    // The controller's change reloads this model through registryChanged().
    return m_controller.setOnEvaluatedList(m_year, id, on, {});
}

} // namespace ui
