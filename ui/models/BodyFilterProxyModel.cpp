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

void BodyFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    dropSortKeys();
    m_bodies = qobject_cast<const BodyTableModel*>(model);
    if (model) {
        // Connected before QSortFilterProxyModel's own handlers, which sort with the keys at once.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { dropSortKeys(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { dropSortKeys(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { dropSortKeys(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { dropSortKeys(); });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { dropSortKeys(); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { dropSortKeys(); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { dropSortKeys(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
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
    if (m_language == language)
        return;
    m_language = language;
    m_collator = QCollator(Language::localeFor(language));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    dropSortKeys();
    invalidate();
}

bool BodyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_bodies || sourceParent.isValid())
        return true;
    const core::Body* body = m_bodies->bodyAt(sourceRow);
    if (!body)
        return false;
    if (m_kind && body->fields.kind != *m_kind)
        return false;
    const bool evaluated = body->fields.evaluated;
    if ((m_category == Category::Evaluated && !evaluated) || (m_category == Category::AuthorizedOnly && evaluated))
        return false;
    if (m_asOf.isValid() && !core::isValidOn(body->fields.validFrom, body->fields.validTo, m_asOf))
        return false;
    if (!m_search.isEmpty() && !m_bodies->searchText(sourceRow).contains(m_search))
        return false;
    return true;
}

const QCollatorSortKey& BodyFilterProxyModel::sortKey(const QModelIndex& index) const
{
    auto& keys = m_sortKeys[index.column()];
    if (keys.size() != static_cast<std::size_t>(sourceModel()->rowCount()))
        keys.assign(static_cast<std::size_t>(sourceModel()->rowCount()), std::nullopt);
    auto& key = keys[static_cast<std::size_t>(index.row())];
    if (!key)
        key = m_collator.sortKey(index.data(sortRole()).toString());
    return *key;
}

bool BodyFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const core::Body* a = m_bodies ? m_bodies->bodyAt(left.row()) : nullptr;
    const core::Body* b = m_bodies ? m_bodies->bodyAt(right.row()) : nullptr;
    switch (left.column()) {
    case BodyTableModel::ValidFrom:
        if (a && b)
            return a->fields.validFrom < b->fields.validFrom;
        return left.data(BodyTableModel::ValidFromRole).toDate() < right.data(BodyTableModel::ValidFromRole).toDate();
    case BodyTableModel::ValidTo:
        if (a && b)
            return a->fields.validTo < b->fields.validTo;
        return left.data(BodyTableModel::ValidToRole).toDate() < right.data(BodyTableModel::ValidToRole).toDate();
    default:
        return sortKey(left).compare(sortKey(right)) < 0;
    }
}

} // namespace ui
