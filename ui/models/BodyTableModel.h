// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Registry.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace core {
class RegistryRepository;
}

namespace ui {

/// The registry's bodies, one per row, with names in the display language as of a date.
class BodyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Kind, Scope, ValidFrom, ValidTo, Status, ColumnCount };
    enum Role {
        BodyIdRole = Qt::UserRole + 1,
        SearchTextRole, ///< code and every name in every language, case-folded
        KindRole, ///< core::BodyKind as int
        EvaluatedRole,
        ValidFromRole,
        ValidToRole,
    };

    explicit BodyTableModel(const core::RegistryRepository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    core::Result<void> reload();
    /// The language of names and the day whose names are shown.
    void setPresentation(core::Language language, QDate nameDate);
    [[nodiscard]] core::Language language() const { return m_language; }

    [[nodiscard]] const core::Body* bodyAt(int row) const;
    [[nodiscard]] int rowOf(qint64 bodyId) const;
    /// The row's code and every name in every language, case-folded (SearchTextRole).
    [[nodiscard]] const QString& searchText(int row) const { return m_searchText[static_cast<std::size_t>(row)]; }
    [[nodiscard]] const std::vector<core::Body>& bodies() const { return m_rows; }

private:
    const core::RegistryRepository& m_repo;
    std::vector<core::Body> m_rows;
    std::vector<QString> m_searchText;
    core::Language m_language = core::Language::English;
    QDate m_nameDate;
};

} // namespace ui
