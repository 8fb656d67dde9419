// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/PackageService.h"
#include "core/Text3.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace ui {

class Session;

/// The packages imported from the bodies' workstations, newest first. A package replaced by a
/// newer one of the same body and year stays in the history, greyed, "superseded by #n".
class PackageHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Body, Year, Kind, Sequence, Created, ImportedAt, ImportedBy, Hash, State, ColumnCount };
    enum Role {
        PackageIdRole = Qt::UserRole + 1, ///< qint64
        SupersededRole, ///< bool
        SortRole,
    };

    struct Row
    {
        core::ImportedPackage package;
        QString bodyCode;
        core::Text3 bodyName;
    };

    explicit PackageHistoryModel(Session& session, QObject* parent = nullptr);

    /// Re-reads the imported packages (of `year`, or all).
    core::Result<void> load(std::optional<int> year);
    void setLanguage(core::Language language);

    [[nodiscard]] const Row& row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] int rowOfPackage(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    core::Language m_language = core::Language::English;
    std::vector<Row> m_rows;
};

} // namespace ui
