// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QLabel;
class QPalette;
class QString;
class QWidget;

namespace ui {

/// Text of second rank (descriptions, notes): the text colour blended towards the background,
/// so that it stays readable in light and dark themes.
[[nodiscard]] QColor secondaryColor(const QPalette& palette);
/// Gives `widget` the secondary text colour.
void makeSecondary(QWidget* widget);
/// The style sheet of an error message under a field or in a dialog (dark red text).
[[nodiscard]] QString errorStyleSheet();
/// A label that wraps its text.
[[nodiscard]] QLabel* wrappingLabel();
/// The label of a form field whose editor is taller than one line: aligned to the top.
[[nodiscard]] QLabel* fieldLabel();

} // namespace ui
