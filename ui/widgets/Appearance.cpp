// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include <QLabel>
#include <QPalette>
#include <QString>
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

QString errorStyleSheet()
{
    return QStringLiteral("color: #b3261e;");
}

QLabel* wrappingLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    return label;
}

QLabel* fieldLabel()
{
    auto* label = new QLabel;
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setContentsMargins(0, 4, 0, 0);
    return label;
}

} // namespace ui
