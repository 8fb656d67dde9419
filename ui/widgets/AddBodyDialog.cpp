// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddBodyDialog.h"

#include "DateField.h"
#include "NameEditor.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

AddBodyDialog::AddBodyDialog(core::Language language, QWidget* parent)
    : DialogBase(parent)
    , m_code(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_evaluated(new QCheckBox(tr("Evaluated body"), this))
    , m_results(new QCheckBox(tr("Results evaluation"), this))
    , m_validFrom(new DateField(this))
    , m_name(new NameEditor(this))
{
    setWindowTitle(tr("Add Body"));
    m_code->setObjectName(u"codeLineEdit"_s);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z][A-Za-z0-9_-]{0,15}"_s), this));
    m_code->setPlaceholderText(tr("e.g. MOT"));
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int pos = m_code->cursorPosition();
        m_code->setText(text.toUpper());
        m_code->setCursorPosition(pos);
    });
    for (core::BodyKind k :
         {core::BodyKind::Central, core::BodyKind::Oblast, core::BodyKind::City, core::BodyKind::Capital})
        m_kind->addItem(Labels::kind(k), static_cast<int>(k));
    m_evaluated->setChecked(true);
    auto* scope = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_blocks[i] = new QCheckBox(tr("Block %1").arg(i + 1), this);
        m_blocks[i]->setChecked(true);
        scope->addWidget(m_blocks[i]);
    }
    m_results->setChecked(true);
    scope->addWidget(m_results);
    scope->addStretch();
    m_validFrom->setCheckText(tr("since"));
    m_validFrom->setDisplayFormat(Language::dateFormat(language));
    m_validFrom->setDate(QDate::currentDate());

    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(QString(), m_evaluated);
    form->addRow(tr("Evaluated on:"), scope);
    form->addRow(tr("Valid:"), m_validFrom);
    body()->addLayout(form);
    body()->addWidget(m_name);
    resize(760, sizeHint().height());
}

QString AddBodyDialog::code() const
{
    return m_code->text().trimmed();
}

core::BodyFields AddBodyDialog::fields() const
{
    core::BodyFields f;
    f.kind = static_cast<core::BodyKind>(m_kind->currentData().toInt());
    f.evaluated = m_evaluated->isChecked();
    f.validFrom = m_validFrom->date();
    f.scope.block1 = m_blocks[0]->isChecked();
    f.scope.block2 = m_blocks[1]->isChecked();
    f.scope.block3 = m_blocks[2]->isChecked();
    f.scope.results = m_results->isChecked();
    return f;
}

core::BodyName AddBodyDialog::name() const
{
    return m_name->name();
}

} // namespace ui
