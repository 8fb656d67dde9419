// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace core {

/// One schema step. Append only: a step that has shipped is never edited.
struct MigrationStep
{
    int version;
    QStringList statements; // QSQLITE runs one statement per exec()
};

[[nodiscard]] const std::vector<MigrationStep>& migrationSteps();
[[nodiscard]] int latestSchemaVersion();
[[nodiscard]] Result<int> userVersion(QSqlDatabase& db);

/// Brings `db` to `targetVersion` (default: the latest): every pending step in one transaction, so a
/// failure or a crash leaves the file at the version it had, with its data.
[[nodiscard]] Result<void> migrate(QSqlDatabase& db, int targetVersion = -1);

} // namespace core
