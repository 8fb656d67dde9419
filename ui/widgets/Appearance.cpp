// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include <QPalette>
#include <QWidget>

namespace ui {

QColor secondaryColor(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const auto mix = [](float a, float b) { return a * 0.62f + b * 0.38f; };
    return QColor::fromRgbF(mix(text.redF(), back.redF()), mix(text.greenF(), back.greenF()),
                            mix(text.blueF(), back.blueF()));
}

void makeSecondary(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, secondaryColor(palette));
    widget->setPalette(palette);
}

} // namespace ui
