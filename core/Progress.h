// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace core {

/// How a long operation (an import, scoring a year, a backup, printing, publishing, generating data)
/// tells how far it has got and asks whether to go on. `done` of `total` steps (`total` 0: unknown);
/// returning false cancels: the operation stops, rolls back what it began and fails with
/// ErrorCode::Cancelled, so a cancelled operation leaves nothing half-done. Called on the thread
/// that does the work, often: keep it cheap.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Reports to `progress` if there is one; false when the user asked to stop.
[[nodiscard]] inline bool keepGoing(const Progress& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace core
