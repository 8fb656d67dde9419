// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>

namespace ui {

/// Translated sentences for core's error codes, for the GUI and the command-line tool.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    /// One sentence saying what went wrong and, where it helps, what to do.
    [[nodiscard]] static QString of(const core::Error& error);
};

} // namespace ui
