// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppealDecisionDialog.h"

#include "Appearance.h"
#include "ConclusionTexts.h"
#include "Text3Editor.h"

#include "ui/Language.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

AppealDecisionDialog::AppealDecisionDialog(const core::Appeal& appeal, const QString& subject,
                                           const std::vector<core::ConclusionLine>& lines,
                                           const QString& commissionNote, core::Language language, QWidget* parent)
    : DialogBase(parent)
    , m_appeal(appeal)
    , m_language(language)
    , m_items(new QTableWidget(0, ColumnCount, this))
    , m_reason(new Text3Editor(u"decisionReason"_s, this))
    , m_date(new QDateEdit(this))
    , m_term(wrappingLabel())
    , m_summary(wrappingLabel())
{
    setObjectName(u"appealDecisionDialog"_s);
    setWindowTitle(appeal.kind == core::AppealKind::Objection ? tr("Decision on the Objection")
                                                              : tr("Decide the Complaint"));
    QLabel* title = wrappingLabel();
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setText(subject);
    QLabel* filed = wrappingLabel();
    filed->setText(tr("%1 filed on %2.")
                       .arg(ConclusionTexts::appealKind(appeal.kind), ConclusionTexts::date(appeal.filedOn, language))
                   + (appeal.text.isEmpty() ? QString() : u' ' + tr("Letter: %1").arg(appeal.text)));
    filed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel* commission = wrappingLabel();
    commission->setObjectName(u"commissionLabel"_s);
    commission->setText(commissionNote);
    commission->setVisible(!commissionNote.isEmpty());

    m_items->setObjectName(u"itemsTableWidget"_s);
    m_items->setHorizontalHeaderLabels({tr("Indicator"), tr("Argument"), tr("Requested"), tr("Current fact"),
                                        tr("Decision"), tr("New fact"), tr("Reason")});
    m_items->verticalHeader()->hide();
    QHeaderView* header = m_items->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Indicator, QHeaderView::Interactive);
    header->setSectionResizeMode(Argument, QHeaderView::Interactive);
    header->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_items->setColumnWidth(Indicator, 200);
    m_items->setColumnWidth(Argument, 200);
    m_items->setRowCount(static_cast<int>(appeal.items.size()));
    int row = 0;
    for (const core::AppealItem& item : appeal.items) {
        const core::ConclusionLine* line = nullptr;
        for (const core::ConclusionLine& l : lines)
            if (l.code == item.code)
                line = &l;
        m_items->setItem(row, Indicator, readOnly(item.code + (line ? u"  "_s + line->name.in(language) : QString())));
        m_items->setItem(row, Argument, readOnly(item.argument));
        m_items->setItem(row, Requested,
                         readOnly(item.requestedFact ? Language::formatNumber(*item.requestedFact) : QString()));
        const std::optional<double> current = item.oldFact ? item.oldFact : (line ? line->fact : std::nullopt);
        m_items->setItem(row, CurrentFact, readOnly(current ? Language::formatNumber(*current) : tr("no data")));
        auto* decision = new QComboBox;
        decision->addItem(tr("Reject"), false);
        decision->addItem(tr("Accept"), true);
        m_items->setCellWidget(row, Decision, decision);
        const std::optional<double> proposed = item.requestedFact ? item.requestedFact : current;
        m_items->setItem(row, NewFact, new QTableWidgetItem(proposed ? Language::formatNumber(*proposed) : QString()));
        m_items->item(row, NewFact)->setToolTip(tr("The fact after an accepted item; empty: the fact stays as it is"));
        m_items->setItem(row, Reason, new QTableWidgetItem);
        connect(decision, &QComboBox::currentIndexChanged, this, &AppealDecisionDialog::updateSummary);
        ++row;
    }
    m_items->setMinimumHeight(160);

    m_reason->setRequired(false);
    m_date->setObjectName(u"decidedDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Language::dateFormat(language));
    m_date->setDate(QDate::currentDate());
    m_term->setObjectName(u"termLabel"_s);
    m_summary->setObjectName(u"summaryLabel"_s);
    makeSecondary(m_summary);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QLabel* reasonLabel = fieldLabel();
    reasonLabel->setText(tr("Reasons for the decision:"));
    form->addRow(reasonLabel, m_reason);
    form->addRow(tr("Decided on:"), m_date);
    form->addRow(QString(), m_term);
    body()->addWidget(title);
    body()->addWidget(filed);
    body()->addWidget(commission);
    body()->addWidget(m_items, 1);
    body()->addWidget(m_summary);
    body()->addLayout(form);

    connect(m_date, &QDateEdit::dateChanged, this, &AppealDecisionDialog::updateTerm);
    updateTerm();
    updateSummary();
    resize(980, 600);
}

QComboBox* AppealDecisionDialog::decisionCombo(int row) const
{
    return qobject_cast<QComboBox*>(m_items->cellWidget(row, Decision));
}

void AppealDecisionDialog::setDecision(int row, bool accepted, const QString& reason, const QString& newFact)
{
    if (row < 0 || row >= m_items->rowCount())
        return;
    if (QComboBox* combo = decisionCombo(row))
        combo->setCurrentIndex(accepted ? 1 : 0);
    m_items->item(row, Reason)->setText(reason);
    if (!newFact.isEmpty())
        m_items->item(row, NewFact)->setText(newFact);
}

void AppealDecisionDialog::setDecidedOn(QDate date)
{
    m_date->setDate(date);
}

void AppealDecisionDialog::setDecisionReason(const core::Text3& reason)
{
    m_reason->setText(reason);
}

void AppealDecisionDialog::updateTerm()
{
    if (!m_appeal.decideBy.isValid()) {
        m_term->setText(tr("A complaint is re-checked by the Commission's working body (§62)."));
        m_term->setStyleSheet({});
        return;
    }
    QString text = tr("The 15 calendar days for the decision end on %1 (§60).")
                       .arg(ConclusionTexts::date(m_appeal.decideBy, m_language));
    const int late = static_cast<int>(m_appeal.decideBy.daysTo(m_date->date()));
    if (late > 0)
        text += u' '
                + (late == 1 ? tr("Decided 1 day late: it is recorded and shown as late.")
                             : tr("Decided %n days late: it is recorded and shown as late.", nullptr, late));
    m_term->setText(text);
    m_term->setStyleSheet(late > 0 ? errorStyleSheet() : QString());
}

void AppealDecisionDialog::updateSummary()
{
    int accepted = 0;
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (QComboBox* combo = decisionCombo(row); combo && combo->currentData().toBool())
            ++accepted;
    m_summary->setText(accepted > 0 ? tr("%1 of %2 accepted: the appeal is accepted, the facts change and a "
                                         "corrected version of the conclusion is issued (§61).")
                                          .arg(accepted)
                                          .arg(m_items->rowCount())
                                    : tr("Nothing accepted: the appeal is rejected and the conclusion stays."));
}

std::vector<core::ItemDecision> AppealDecisionDialog::decisions() const
{
    std::vector<core::ItemDecision> list;
    int row = 0;
    for (const core::AppealItem& item : m_appeal.items) {
        core::ItemDecision d;
        d.itemId = item.id;
        const QComboBox* combo = decisionCombo(row);
        d.accepted = combo && combo->currentData().toBool();
        d.reason = m_items->item(row, Reason)->text().trimmed();
        if (d.accepted)
            d.newFact = Language::parseNumber(m_items->item(row, NewFact)->text());
        list.push_back(d);
        ++row;
    }
    return list;
}

core::Text3 AppealDecisionDialog::decisionReason() const
{
    return m_reason->text();
}

QDate AppealDecisionDialog::decidedOn() const
{
    return m_date->date();
}

void AppealDecisionDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        const core::Text3 why = m_reason->text();
        if (why.kk.isEmpty() && why.ru.isEmpty() && why.en.isEmpty()) {
            showError(tr("Give the reasons for the decision in at least one language (§60)."));
            return;
        }
        for (int row = 0; row < m_items->rowCount(); ++row) {
            const QComboBox* combo = decisionCombo(row);
            const QString text = m_items->item(row, NewFact)->text().trimmed();
            if (combo && combo->currentData().toBool() && !text.isEmpty() && !Language::parseNumber(text)) {
                showError(tr("“%1” is not a number: write the new fact as a number, or leave it empty for no data.")
                              .arg(text));
                return;
            }
        }
    }
    DialogBase::done(result);
}

} // namespace ui
