// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>

namespace core {

class RegistryService;
class Database;

/// The registry that ships with Bagalau (resources/data/registry.json, from REGISTRY.md):
/// bodies with name histories, authorized-body roles, reorganizations and the lists of
/// evaluated bodies per year.
class ReferenceData
{
public:
    static constexpr int RegistryVersion = 1;

    /// The shipped registry, embedded in the library.
    [[nodiscard]] static QString shippedRegistryPath() { return QStringLiteral(":/data/registry.json"); }

    /// Loads the registry dataset from `path` once: a dataset version already loaded is skipped, so
    /// running it twice changes nothing and a user's later edits are never overwritten. Bodies whose
    /// code exists already are left as they are, and so are roles already held by the same body and
    /// reorganizations with the same predecessors and successors. All or nothing, in one transaction.
    /// Returns true when something was loaded.
    [[nodiscard]] static Result<bool> loadRegistry(Database& db, RegistryService& registry,
                                                   const QString& path = shippedRegistryPath());
};

} // namespace core
