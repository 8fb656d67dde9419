// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Registry.h"

#include <QCollator>
#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace ui {

/// Search, filters and collation-aware sorting over BodyTableModel.
class BodyFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Category { All, Evaluated, AuthorizedOnly };

    explicit BodyFilterProxyModel(QObject* parent = nullptr);

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
    QString m_search;
    std::optional<core::BodyKind> m_kind;
    Category m_category = Category::All;
    QDate m_asOf;
    QCollator m_collator;
};

} // namespace ui
