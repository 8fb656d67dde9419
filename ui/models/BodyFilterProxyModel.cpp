// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyFilterProxyModel.h"

#include "BodyTableModel.h"

#include "ui/Language.h"

namespace ui {

BodyFilterProxyModel::BodyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(Language::localeFor(core::Language::English))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void BodyFilterProxyModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

void BodyFilterProxyModel::setKind(std::optional<core::BodyKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void BodyFilterProxyModel::setCategory(Category category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void BodyFilterProxyModel::setAsOf(QDate date)
{
    if (date == m_asOf)
        return;
    m_asOf = date;
    invalidateFilter();
}

void BodyFilterProxyModel::setLanguage(core::Language language)
{
    m_collator = QCollator(Language::localeFor(language));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    invalidate();
}

bool BodyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(BodyTableModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    const bool evaluated = index.data(BodyTableModel::EvaluatedRole).toBool();
    if ((m_category == Category::Evaluated && !evaluated) || (m_category == Category::AuthorizedOnly && evaluated))
        return false;
    if (m_asOf.isValid()
        && !core::isValidOn(index.data(BodyTableModel::ValidFromRole).toDate(),
                            index.data(BodyTableModel::ValidToRole).toDate(), m_asOf))
        return false;
    if (!m_search.isEmpty() && !index.data(BodyTableModel::SearchTextRole).toString().contains(m_search))
        return false;
    return true;
}

bool BodyFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    switch (left.column()) {
    case BodyTableModel::ValidFrom:
        return left.data(BodyTableModel::ValidFromRole).toDate() < right.data(BodyTableModel::ValidFromRole).toDate();
    case BodyTableModel::ValidTo:
        return left.data(BodyTableModel::ValidToRole).toDate() < right.data(BodyTableModel::ValidToRole).toDate();
    default:
        return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
    }
}

} // namespace ui
