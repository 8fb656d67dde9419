// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace core {

class AuditLog;
class CalendarService;
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

    /// The shipped working-day calendar (resources/data/calendar.json, from CALENDAR.md).
    [[nodiscard]] static QString shippedCalendarPath() { return QStringLiteral(":/data/calendar.json"); }
    /// Loads the calendar dataset once per version, like loadRegistry: holiday rules, religious
    /// days off, transfers and the confirmed years. All or nothing.
    [[nodiscard]] static Result<bool> loadCalendar(Database& db, CalendarService& calendar,
                                                   const QString& path = shippedCalendarPath());
    /// The dataset in `path` if it is called `name` and its version is not loaded yet; nullopt when
    /// it was loaded already; ErrorCode::ReferenceData when the file cannot be read.
    [[nodiscard]] static Result<std::optional<QJsonObject>> pendingDataset(Database& db, const QString& path,
                                                                           const QString& name);
    /// Records that the dataset `root` (its "dataset" and "version") was loaded at `at` (the
    /// services' clock, so that a fixed clock gives the same database twice).
    [[nodiscard]] static Result<void> markLoaded(Database& db, const QJsonObject& root, const QDateTime& at);

    /// Every shipped dataset; true when something was loaded.
    [[nodiscard]] static Result<bool> loadAll(Database& db, AuditLog& audit);
};

} // namespace core
