// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecommendationDialog.h"

#include "Appearance.h"
#include "Text3Editor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

RecommendationDialog::RecommendationDialog(const core::Recommendation& recommendation, const QString& subject,
                                           QWidget* parent)
    : DialogBase(parent)
    , m_recommendation(recommendation)
    , m_text(new Text3Editor(u"recommendation"_s, this))
    , m_order(new QCheckBox(this))
    , m_confidential(new QCheckBox(this))
{
    setObjectName(u"recommendationDialog"_s);
    const bool commission = recommendation.source == core::RecommendationSource::Commission;
    setWindowTitle(recommendation.id == 0 ? tr("New Recommendation") : tr("Edit Recommendation"));
    QLabel* title = wrappingLabel();
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setText(subject);
    m_text->setRequired(false);
    m_text->setText(recommendation.text);
    m_order->setObjectName(u"orderCheckBox"_s);
    m_order->setText(tr("An order (тапсырма / поручение), not a recommendation"));
    m_order->setChecked(recommendation.order);
    m_confidential->setObjectName(u"confidentialCheckBox"_s);
    m_confidential->setText(tr("Confidential: withheld from publication (§52)"));
    m_confidential->setChecked(recommendation.confidential);
    QLabel* note = wrappingLabel();
    makeSecondary(note);
    note->setText(commission ? tr("The Commission's recommendations and orders go to the body's head with its "
                                  "result (§51); the next evaluation records what became of them (§45).")
                             : tr("The body carries out the conclusion's recommendations; the next year's "
                                  "conclusion records what became of them (§47 part 2)."));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QLabel* textLabel = fieldLabel();
    textLabel->setText(tr("Text:"));
    form->addRow(textLabel, m_text);
    form->addRow(QString(), m_order);
    form->addRow(QString(), m_confidential);
    body()->addWidget(title);
    body()->addLayout(form);
    body()->addWidget(note);
    resize(720, sizeHint().height());
}

core::Recommendation RecommendationDialog::recommendation() const
{
    core::Recommendation r = m_recommendation;
    r.text = m_text->text();
    r.order = m_order->isChecked();
    r.confidential = m_confidential->isChecked();
    return r;
}

QString RecommendationDialog::problem() const
{
    const core::Text3 text = m_text->text();
    if (text.kk.isEmpty() && text.ru.isEmpty() && text.en.isEmpty())
        return tr("Write the recommendation in at least one language.");
    return {};
}

void RecommendationDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (const QString p = problem(); !p.isEmpty()) {
            showError(p);
            return;
        }
    }
    DialogBase::done(result);
}

} // namespace ui
