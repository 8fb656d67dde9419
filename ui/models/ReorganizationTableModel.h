// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Registry.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>

namespace core {
class RegistryRepository;
}

namespace ui {

/// Reorganizations with their predecessors, successors and the §53–55 treatment for one evaluated year.
class ReorganizationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, From, To, Treatment, Note, ColumnCount };
    enum Role { ReorganizationIdRole = Qt::UserRole + 1 };

    explicit ReorganizationTableModel(const core::RegistryRepository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    core::Result<void> reload();
    void setPresentation(core::Language language, int evaluatedYear);
    /// Only the reorganizations that concern `bodyId` (nullopt: all).
    void setBodyFilter(std::optional<qint64> bodyId);
    [[nodiscard]] const core::Reorganization* reorganizationAt(int row) const;

private:
    [[nodiscard]] QString names(const std::vector<qint64>& ids, QDate date) const;
    [[nodiscard]] QString treatment(const core::Reorganization& r) const;
    void applyFilter();

    const core::RegistryRepository& m_repo;
    std::vector<core::Reorganization> m_all;
    std::vector<core::Reorganization> m_rows;
    std::map<qint64, core::Body> m_bodies;
    std::optional<qint64> m_bodyFilter;
    core::Language m_language = core::Language::English;
    int m_year = 2019;
};

} // namespace ui
