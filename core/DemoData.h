// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>

namespace core {

class AuditLog;
class Database;

/// The demonstration dataset of `bagalau-cli init --demo` (resources/data/demo.json): sample
/// methodologies of the three blocks for 2019–2025, clearly marked as samples (the real ones are
/// set by orders that are not public), sample rating bands, and generated values for 2019–2024 for
/// every body in scope, varied so that every status, rising and falling trends and the §73 alert
/// appear. The values are generated deterministically: the same file on every machine.
class DemoData
{
public:
    [[nodiscard]] static QString shippedPath() { return QStringLiteral(":/data/demo.json"); }
    /// Loads the dataset once (like ReferenceData: a version already loaded is skipped). Needs the
    /// registry loaded first. All or nothing. Returns true when something was loaded.
    [[nodiscard]] static Result<bool> load(Database& db, AuditLog& audit, const QString& path = shippedPath());
};

} // namespace core
