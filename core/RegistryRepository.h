// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Registry.h"

#include <optional>
#include <vector>

namespace core {

class Database;

/// Reads the registry: bodies with their name history, authorized-body roles, reorganizations
/// and the per-year lists of evaluated bodies (§17). Changes go through RegistryService.
class RegistryRepository
{
public:
    explicit RegistryRepository(Database& db);

    /// Every body, ordered by code, each with its names.
    [[nodiscard]] Result<std::vector<Body>> bodies() const;
    [[nodiscard]] Result<Body> body(qint64 id) const;
    [[nodiscard]] Result<std::optional<Body>> bodyByCode(const QString& code) const;
    /// The evaluated bodies that exist on `date`: central first, then oblasts, cities and the capital.
    [[nodiscard]] Result<std::vector<Body>> evaluatedOn(QDate date) const;

    [[nodiscard]] Result<std::vector<RoleAssignment>> roleAssignments() const;
    /// The body that plays `role` on `date`, if any.
    [[nodiscard]] Result<std::optional<qint64>> roleHolder(Role role, QDate date) const;

    [[nodiscard]] Result<std::vector<Reorganization>> reorganizations() const;
    [[nodiscard]] Result<Reorganization> reorganization(qint64 id) const;

    /// The bodies on the list of evaluated bodies for `year` (§17).
    [[nodiscard]] Result<std::vector<qint64>> evaluatedList(int year) const;
    /// Years that have a list.
    [[nodiscard]] Result<std::vector<int>> evaluatedListYears() const;

    /// True when roles, reorganizations, lists or other bodies refer to the body.
    [[nodiscard]] Result<bool> isReferenced(qint64 bodyId) const;

private:
    Database& m_db;
};

} // namespace core
