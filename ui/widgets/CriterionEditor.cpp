// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriterionEditor.h"

#include "Appearance.h"
#include "Text3Editor.h"

#include "ui/Language.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {

namespace { } // namespace

CriterionEditor::CriterionEditor(QWidget* parent)
    : QWidget(parent)
    , m_codeLabel(fieldLabel())
    , m_code(new QLineEdit)
    , m_weightLabel(fieldLabel())
    , m_weight(new QDoubleSpinBox)
    , m_nameLabel(fieldLabel())
    , m_name(new Text3Editor(u"criterionName"_s))
    , m_sum(wrappingLabel())
{
    m_code->setObjectName(u"criterionCodeLineEdit"_s);
    m_code->setMaxLength(24);
    m_weight->setObjectName(u"criterionWeightSpinBox"_s);
    m_weight->setRange(0, 100);
    m_weight->setDecimals(2);
    m_sum->setObjectName(u"criterionSumLabel"_s);
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addSpacing(12);
    codeRow->addWidget(m_weightLabel);
    codeRow->addWidget(m_weight);
    for (QLabel* label : {m_codeLabel, m_weightLabel}) {
        label->setContentsMargins(0, 0, 0, 0);
        label->setAlignment(Qt::AlignVCenter | (label == m_codeLabel ? Qt::AlignLeft : Qt::AlignRight));
    }
    m_codeLabel->setBuddy(m_code);
    m_weightLabel->setBuddy(m_weight);
    m_nameLabel->setBuddy(m_name->line(core::Language::Kazakh));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_codeLabel, 0, 0);
    grid->addLayout(codeRow, 0, 1);
    grid->addWidget(m_nameLabel, 1, 0);
    grid->addWidget(m_name, 1, 1);
    grid->addWidget(m_sum, 2, 1);
    grid->setRowStretch(3, 1);

    const auto onEdited = [this] {
        if (m_filling)
            return;
        m_criterion = criterion();
        Q_EMIT edited();
    };
    connect(m_code, &QLineEdit::textEdited, this, onEdited);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, onEdited);
    connect(m_name, &Text3Editor::edited, this, onEdited);
    retranslate();
}

void CriterionEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CriterionEditor::retranslate()
{
    m_codeLabel->setText(tr("Code:"));
    m_weightLabel->setText(tr("Weight in the block, %:"));
    m_weight->setToolTip(tr("The criterion's share of the block; the weights of the criteria add up to 100"));
    m_nameLabel->setText(tr("Name:"));
    m_name->retranslate();
    updateSum();
}

void CriterionEditor::setCriterion(const core::Criterion& criterion)
{
    m_filling = true;
    m_criterion = criterion;
    m_code->setText(criterion.code);
    m_weight->setValue(criterion.weight);
    m_name->setText(criterion.name);
    m_filling = false;
    updateSum();
}

core::Criterion CriterionEditor::criterion() const
{
    core::Criterion c = m_criterion;
    c.code = m_code->text().trimmed();
    c.weight = m_weight->value();
    c.name = m_name->text();
    return c;
}

void CriterionEditor::setReadOnly(bool readOnly)
{
    m_code->setReadOnly(readOnly);
    m_weight->setReadOnly(readOnly);
    m_name->setReadOnly(readOnly);
}

void CriterionEditor::updateSum()
{
    double sum = 0;
    for (const core::Indicator& i : m_criterion.indicators)
        sum += i.weight;
    const auto count = static_cast<int>(m_criterion.indicators.size());
    const bool ok = count == 0 || std::abs(sum - 100) <= 0.01;
    m_sum->setText(
        count == 0 ? tr("The criterion has no indicators yet.")
        : count == 1
            ? tr("The weight of its indicator is %1 %.").arg(Language::formatNumber(sum))
            : tr("The weights of its %n indicators add up to %1 %.", nullptr, count).arg(Language::formatNumber(sum)));
    m_sum->setStyleSheet(ok ? QString() : errorStyleSheet());
}

} // namespace ui
