// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameEditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ui {

NameEditor::NameEditor(QWidget* parent)
    : QWidget(parent)
    , m_shortLabel(new QLabel(this))
    , m_fullLabel(new QLabel(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    static const char* const objectNames[] = {"Kk", "Ru", "En"};
    for (int i = 0; i < 3; ++i) {
        m_headers[i] = new QLabel(this);
        m_short[i] = new QLineEdit(this);
        m_full[i] = new QLineEdit(this);
        m_short[i]->setObjectName(u"short"_s + QLatin1StringView(objectNames[i]) + u"LineEdit"_s);
        m_full[i]->setObjectName(u"full"_s + QLatin1StringView(objectNames[i]) + u"LineEdit"_s);
        m_short[i]->setClearButtonEnabled(true);
        m_full[i]->setClearButtonEnabled(true);
        // One row per language: the short name beside the full one.
        grid->addWidget(m_headers[i], i + 1, 0);
        grid->addWidget(m_short[i], i + 1, 1);
        grid->addWidget(m_full[i], i + 1, 2);
        for (QLineEdit* edit : {m_short[i], m_full[i]})
            connect(edit, &QLineEdit::textEdited, this, [this] {
                markBlank();
                Q_EMIT edited();
            });
    }
    grid->addWidget(m_shortLabel, 0, 1);
    grid->addWidget(m_fullLabel, 0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    retranslate();
}

void NameEditor::retranslate()
{
    m_headers[0]->setText(tr("Kazakh:"));
    m_headers[1]->setText(tr("Russian:"));
    m_headers[2]->setText(tr("English:"));
    m_shortLabel->setText(tr("Short name"));
    m_fullLabel->setText(tr("Full name"));
}

void NameEditor::setName(const core::BodyName& name)
{
    m_name = name;
    const QString shortNames[] = {name.shortName.kk, name.shortName.ru, name.shortName.en};
    const QString fullNames[] = {name.fullName.kk, name.fullName.ru, name.fullName.en};
    for (int i = 0; i < 3; ++i) {
        m_short[i]->setText(shortNames[i]);
        m_full[i]->setText(fullNames[i]);
        m_short[i]->setCursorPosition(0);
        m_full[i]->setCursorPosition(0);
    }
    markBlank();
}

core::BodyName NameEditor::name() const
{
    core::BodyName n = m_name;
    n.shortName = core::Text3{m_short[0]->text(), m_short[1]->text(), m_short[2]->text()}.trimmed();
    n.fullName = core::Text3{m_full[0]->text(), m_full[1]->text(), m_full[2]->text()}.trimmed();
    return n;
}

bool NameEditor::isComplete() const
{
    const core::BodyName n = name();
    return n.shortName.isComplete() && n.fullName.isComplete();
}

void NameEditor::setReadOnly(bool readOnly)
{
    for (int i = 0; i < 3; ++i) {
        m_short[i]->setReadOnly(readOnly);
        m_full[i]->setReadOnly(readOnly);
    }
}

void NameEditor::markBlank()
{
    for (int i = 0; i < 3; ++i)
        for (QLineEdit* edit : {m_short[i], m_full[i]})
            edit->setStyleSheet(edit->text().trimmed().isEmpty() ? u"QLineEdit { background: #fde2e1; }"_s : QString());
}

} // namespace ui
