// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTexts.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace ui {

QString ReportTexts::state(core::ReportState state)
{
    switch (state) {
    case core::ReportState::Draft:
        return tr("Draft");
    case core::ReportState::Submitted:
        return tr("Submitted");
    case core::ReportState::Returned:
        return tr("Returned for revision");
    case core::ReportState::Resubmitted:
        return tr("Resubmitted");
    case core::ReportState::Accepted:
        return tr("Accepted");
    }
    return {};
}

QString ReportTexts::stateHelp(core::ReportState state)
{
    switch (state) {
    case core::ReportState::Draft:
        return tr("Being filled in: every value is saved as it is typed.");
    case core::ReportState::Submitted:
        return tr("Submitted to the authorized body and locked until it is accepted or returned for revision.");
    case core::ReportState::Returned:
        return tr("Returned for revision: correct the values and answer every remark, then submit again.");
    case core::ReportState::Resubmitted:
        return tr("Submitted again after a revision and locked until it is accepted or returned once more.");
    case core::ReportState::Accepted:
        return tr("Accepted by the authorized body: it can no longer be changed.");
    }
    return {};
}

QString ReportTexts::timeliness(core::Timeliness timeliness, int daysLate)
{
    switch (timeliness) {
    case core::Timeliness::NoDeadline:
        return tr("no deadline");
    case core::Timeliness::Pending:
        return tr("pending");
    case core::Timeliness::Overdue:
        if (daysLate <= 0)
            return tr("overdue");
        return daysLate == 1 ? tr("overdue — 1 day") : tr("overdue — %n days", nullptr, daysLate);
    case core::Timeliness::OnTime:
        return tr("on time");
    case core::Timeliness::Late:
        return daysLate == 1 ? tr("late — 1 day") : tr("late — %n days", nullptr, daysLate);
    }
    return {};
}

QString ReportTexts::problem(const core::EntryProblem& problem)
{
    using K = core::EntryProblem::Kind;
    const QString bound = QLocale().toString(problem.bound, 'g', 10);
    switch (problem.kind) {
    case K::FactMissing:
        return tr("No fact: enter it, or explain in a comment why there is none.");
    case K::PlanMissing:
        return tr("No plan: this indicator is scored against a plan, and the methodology gives none.");
    case K::PlanNotPositive:
        return tr("The plan must be greater than zero.");
    case K::Negative:
        return tr("The value cannot be negative.");
    case K::NotYesNo:
        return tr("A yes/no indicator takes 1 (yes) or 0 (no).");
    case K::BelowMinimum:
        return tr("The fact is below the smallest value the methodology accepts, %1.").arg(bound);
    case K::AboveMaximum:
        return tr("The fact is above the largest value the methodology accepts, %1.").arg(bound);
    case K::ExpertAbovePlan:
        return tr("An expert score cannot be above its maximum, the plan: %1.").arg(bound);
    case K::FormulaFails:
        return tr("The methodology's formula gives no result for these values.");
    case K::SourceTypeMissing:
        return tr("Choose the type of the source of information (§7).");
    case K::SourceTypeNotAllowed:
        return tr("This type of source is not allowed here: type 7 (independent experts) is not used in the goals "
                  "block (§7).");
    case K::SourceReferenceMissing:
        return tr("Name the document, register or statistic the fact comes from.");
    case K::RemarkUnanswered:
        return tr("Answer the remark of the authorized body.");
    case K::UnknownIndicator:
        return tr("The methodology in effect has no such indicator: this value is not counted.");
    case K::LargeChange:
        return tr("The fact differs from last year's by more than half: explain why in a comment.");
    }
    return {};
}

QString ReportTexts::historyAction(const QString& action)
{
    if (action == u"created")
        return tr("Started");
    if (action == u"submitted")
        return tr("Submitted");
    if (action == u"returned")
        return tr("Returned for revision");
    if (action == u"resubmitted")
        return tr("Resubmitted");
    if (action == u"accepted")
        return tr("Accepted");
    if (action == u"imported")
        return tr("Imported from a package");
    if (action == u"recalled")
        return tr("Taken back (undo)");
    return action;
}

QString ReportTexts::packageField(const QString& field)
{
    if (field == u"state")
        return tr("State");
    if (field == u"plan")
        return tr("Plan");
    if (field == u"fact")
        return tr("Fact");
    if (field == u"source_type")
        return tr("Source type (§7)");
    if (field == u"comment")
        return tr("Comment");
    if (field == u"source_reference")
        return tr("Source reference");
    if (field == u"answer")
        return tr("Answer to the remark");
    if (field == u"remark")
        return tr("Remark");
    return field; // an evidence file's name
}

QIcon ReportTexts::lockIcon()
{
    // Not cached in a static: a pixmap must not outlive the application. Callers keep it.
    QIcon result;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 16.0;
        const QColor colour(0x5f, 0x63, 0x68);
        p.setPen(QPen(colour, 1.6 * s));
        p.setBrush(Qt::NoBrush);
        QPainterPath shackle;
        shackle.moveTo(5 * s, 7.5 * s);
        shackle.lineTo(5 * s, 5 * s);
        shackle.arcTo(QRectF(5 * s, 2 * s, 6 * s, 6 * s), 180, -180);
        shackle.lineTo(11 * s, 7.5 * s);
        p.drawPath(shackle);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(3 * s, 7 * s, 10 * s, 7.5 * s), 1.5 * s, 1.5 * s);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8 * s, 10.5 * s), 1.2 * s, 1.2 * s);
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

std::pair<QColor, QColor> ReportTexts::stateColors(core::ReportState state)
{
    switch (state) {
    case core::ReportState::Draft:
        return {QColor(0xe8, 0xea, 0xed), QColor(0x3c, 0x40, 0x43)};
    case core::ReportState::Submitted:
    case core::ReportState::Resubmitted:
        return {QColor(0xd2, 0xe3, 0xfc), QColor(0x17, 0x4e, 0xa6)};
    case core::ReportState::Returned:
        return {QColor(0xfe, 0xef, 0xc3), QColor(0x7a, 0x4f, 0x01)};
    case core::ReportState::Accepted:
        return {QColor(0xce, 0xea, 0xd6), QColor(0x0d, 0x65, 0x2d)};
    }
    return {};
}

} // namespace ui
