// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

namespace core {

class Database;

/// The demonstration year's conclusions and appeals (part of DemoData): for `year` (the last sample
/// year) every body's block conclusions, written, issued, sent and received in spring of the year
/// after; a few conclusions of the year before with recommendations whose status the new ones
/// record; special commissions of the authorized bodies (§59); three objections — accepted (a
/// corrected version 2, §61), rejected, and one still awaiting its decision; the Commission's
/// recommendations to two heads (§51); and one conclusion, one recommendation and one value marked
/// confidential (§52). Each step goes through the services on its own date.
[[nodiscard]] Result<void> demoConclusions(Database& db, const QString& user, const QString& reason, int year);

} // namespace core
