// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStandardPaths>
#include <QString>

namespace app {

/// The database the GUI and the command-line tool use when none is named:
/// ~/.local/share/bagalau/bagalau.db on Linux.
inline QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/bagalau/bagalau.db");
}

} // namespace app
