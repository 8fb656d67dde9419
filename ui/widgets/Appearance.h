// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace ui {

/// Text of second rank (descriptions, notes): the text colour blended towards the background,
/// so that it stays readable in light and dark themes.
[[nodiscard]] QColor secondaryColor(const QPalette& palette);
/// Gives `widget` the secondary text colour.
void makeSecondary(QWidget* widget);

} // namespace ui
