// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecheckCriteriaEditor.h"

#include "Appearance.h"
#include "RecheckTexts.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace ui {

RecheckCriteriaEditor::RecheckCriteriaEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < core::RiskKindCount; ++i) {
        const auto kind = static_cast<core::RiskKind>(i);
        const std::size_t at = index(kind);
        m_enabled[at] = new QCheckBox;
        m_enabled[at]->setObjectName(u"%1CheckBox"_s.arg(core::toString(kind)));
        m_help[at] = wrappingLabel();
        makeSecondary(m_help[at]);
        m_help[at]->setContentsMargins(22, 0, 0, 6);
        grid->addWidget(m_enabled[at], 2 * i, 0);
        grid->addWidget(m_help[at], 2 * i + 1, 0, 1, 2);
        connect(m_enabled[at], &QCheckBox::toggled, this, [this] {
            updateEnabled();
            if (!m_loading)
                Q_EMIT edited();
        });
        if (RecheckTexts::hasParameter(kind)) {
            auto* spin = new QDoubleSpinBox;
            spin->setObjectName(u"%1SpinBox"_s.arg(core::toString(kind)));
            spin->setDecimals(1);
            spin->setSuffix(u" %"_s);
            if (kind == core::RiskKind::Random)
                spin->setRange(0, 100);
            else
                spin->setRange(0.1, 10000);
            spin->setSingleStep(kind == core::RiskKind::Random ? 1 : 5);
            m_parameter[at] = spin;
            grid->addWidget(spin, 2 * i, 1);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
                if (!m_loading)
                    Q_EMIT edited();
            });
        }
    }
    retranslate();
    setCriteria(core::defaultRiskCriteria());
}

void RecheckCriteriaEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecheckCriteriaEditor::retranslate()
{
    for (int i = 0; i < core::RiskKindCount; ++i) {
        const auto kind = static_cast<core::RiskKind>(i);
        const std::size_t at = index(kind);
        m_enabled[at]->setText(RecheckTexts::kind(kind));
        m_help[at]->setText(RecheckTexts::kindHelp(kind));
        if (m_parameter[at])
            m_parameter[at]->setToolTip(RecheckTexts::parameterHelp(kind));
    }
}

void RecheckCriteriaEditor::setCriteria(const std::vector<core::RiskCriterion>& criteria)
{
    m_loading = true;
    for (int i = 0; i < core::RiskKindCount; ++i)
        m_enabled[static_cast<std::size_t>(i)]->setChecked(false);
    for (const core::RiskCriterion& c : criteria) {
        const std::size_t at = index(c.kind);
        if (at >= m_enabled.size())
            continue;
        m_enabled[at]->setChecked(c.enabled);
        if (m_parameter[at])
            m_parameter[at]->setValue(c.parameter);
    }
    m_loading = false;
    updateEnabled();
}

std::vector<core::RiskCriterion> RecheckCriteriaEditor::criteria() const
{
    std::vector<core::RiskCriterion> result;
    for (int i = 0; i < core::RiskKindCount; ++i) {
        const auto kind = static_cast<core::RiskKind>(i);
        const std::size_t at = index(kind);
        core::RiskCriterion c;
        c.kind = kind;
        c.enabled = m_enabled[at]->isChecked();
        c.parameter = m_parameter[at] ? m_parameter[at]->value() : 0;
        result.push_back(c);
    }
    return result;
}

void RecheckCriteriaEditor::setReadOnly(bool readOnly)
{
    for (QCheckBox* box : m_enabled)
        box->setEnabled(!readOnly);
    for (QDoubleSpinBox* spin : m_parameter)
        if (spin)
            spin->setReadOnly(readOnly);
}

void RecheckCriteriaEditor::updateEnabled()
{
    for (std::size_t at = 0; at < m_parameter.size(); ++at)
        if (m_parameter[at])
            m_parameter[at]->setEnabled(m_enabled[at]->isChecked());
}

} // namespace ui
