// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Registry.h"

#include <QCollator>
#include <QDate>
#include <QSortFilterProxyModel>

#include <map>
#include <optional>
#include <vector>

namespace ui {

class BodyTableModel;

/// Search, filters and collation-aware sorting over BodyTableModel. Filtering reads the bodies
/// directly, and sorting compares collation keys made once per row: a keystroke in the search over
/// thousands of bodies is a few milliseconds.
class BodyFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Category { All, Evaluated, AuthorizedOnly };

    explicit BodyFilterProxyModel(QObject* parent = nullptr);

    /// Takes a BodyTableModel.
    void setSourceModel(QAbstractItemModel* model) override;

    /// Case-insensitive in every language ("ҚАРАҒАНДЫ" finds "Қарағанды"), over code and all names.
    void setSearchText(const QString& text);
    void setKind(std::optional<core::BodyKind> kind);
    void setCategory(Category category);
    /// Only bodies that exist on `date`; a null date shows every period.
    void setAsOf(QDate date);
    /// Sorting of names follows the display language's collation.
    void setLanguage(core::Language language);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// The collation key of a cell's text, made when first compared.
    [[nodiscard]] const QCollatorSortKey& sortKey(const QModelIndex& index) const;
    void dropSortKeys() const { m_sortKeys.clear(); }

    const BodyTableModel* m_bodies = nullptr;
    QString m_search;
    std::optional<core::BodyKind> m_kind;
    Category m_category = Category::All;
    QDate m_asOf;
    core::Language m_language = core::Language::English; ///< of m_collator
    QCollator m_collator;
    /// Per source column, per source row; dropped whenever the source's rows or texts change.
    mutable std::map<int, std::vector<std::optional<QCollatorSortKey>>> m_sortKeys;
};

} // namespace ui
