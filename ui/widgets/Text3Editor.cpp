// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text3Editor.h"

#include "Appearance.h"

#include "ui/Labels.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr core::Language Languages[] = {core::Language::Kazakh, core::Language::Russian, core::Language::English};
const QString BlankStyle = u"QLineEdit { background: #fde2e1; }"_s;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

} // namespace

Text3Editor::Text3Editor(const QString& name, QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    static const char* const suffixes[] = {"Kk", "Ru", "En"};
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel(core::languageCode(Languages[i]).toUpper(), this);
        makeSecondary(label);
        auto* line = new QLineEdit(this);
        line->setObjectName(name + QLatin1StringView(suffixes[i]) + u"LineEdit"_s);
        label->setBuddy(line);
        grid->addWidget(label, i, 0);
        grid->addWidget(line, i, 1);
        m_labels[at(i)] = label;
        m_lines[at(i)] = line;
        connect(line, &QLineEdit::textEdited, this, [this] {
            markBlank();
            Q_EMIT edited();
        });
    }
    grid->setColumnStretch(1, 1);
    retranslate();
}

void Text3Editor::retranslate()
{
    for (int i = 0; i < 3; ++i) {
        m_labels[at(i)]->setToolTip(Labels::languageName(Languages[i]));
        m_lines[at(i)]->setPlaceholderText(Labels::languageName(Languages[i]));
    }
}

void Text3Editor::setText(const core::Text3& text)
{
    for (int i = 0; i < 3; ++i) {
        m_lines[at(i)]->setText(text.in(Languages[i]));
        m_lines[at(i)]->setCursorPosition(0); // the beginning of a long text says what it is about
    }
    markBlank();
}

core::Text3 Text3Editor::text() const
{
    return core::Text3{m_lines[0]->text(), m_lines[1]->text(), m_lines[2]->text()}.trimmed();
}

void Text3Editor::setReadOnly(bool readOnly)
{
    for (QLineEdit* line : m_lines)
        line->setReadOnly(readOnly);
}

void Text3Editor::setRequired(bool required)
{
    m_required = required;
    markBlank();
}

QLineEdit* Text3Editor::line(core::Language language) const
{
    return m_lines[at(static_cast<int>(language))];
}

void Text3Editor::markBlank()
{
    for (QLineEdit* line : m_lines)
        line->setStyleSheet(m_required && line->text().trimmed().isEmpty() ? BlankStyle : QString());
}

} // namespace ui
