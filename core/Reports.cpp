// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reports.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr std::pair<ReportState, QStringView> stateNames[] = {
    {ReportState::Draft, u"draft"},       {ReportState::Submitted, u"submitted"},
    {ReportState::Returned, u"returned"}, {ReportState::Resubmitted, u"resubmitted"},
    {ReportState::Accepted, u"accepted"},
};

bool needsPlan(ScoringKind kind)
{
    return kind == ScoringKind::Ratio || kind == ScoringKind::InverseRatio || kind == ScoringKind::Expert;
}

} // namespace

QString toString(ReportState state)
{
    for (const auto& [s, name] : stateNames)
        if (s == state)
            return name.toString();
    return {};
}

std::optional<ReportState> parseReportState(const QString& text)
{
    for (const auto& [s, name] : stateNames)
        if (name == text)
            return s;
    return std::nullopt;
}

bool isLocked(ReportState state)
{
    return state == ReportState::Submitted || state == ReportState::Resubmitted || state == ReportState::Accepted;
}

bool isAwaitingReview(ReportState state)
{
    return state == ReportState::Submitted || state == ReportState::Resubmitted;
}

QString toString(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::NoDeadline:
        return u"no-deadline"_s;
    case Timeliness::Pending:
        return u"pending"_s;
    case Timeliness::Overdue:
        return u"overdue"_s;
    case Timeliness::OnTime:
        return u"on-time"_s;
    case Timeliness::Late:
        return u"late"_s;
    }
    return {};
}

QString toString(EntryProblem::Kind kind)
{
    using K = EntryProblem::Kind;
    switch (kind) {
    case K::FactMissing:
        return u"fact-missing"_s;
    case K::PlanMissing:
        return u"plan-missing"_s;
    case K::PlanNotPositive:
        return u"plan-not-positive"_s;
    case K::Negative:
        return u"negative"_s;
    case K::NotYesNo:
        return u"not-yes-no"_s;
    case K::BelowMinimum:
        return u"below-minimum"_s;
    case K::AboveMaximum:
        return u"above-maximum"_s;
    case K::ExpertAbovePlan:
        return u"expert-above-plan"_s;
    case K::FormulaFails:
        return u"formula-fails"_s;
    case K::SourceTypeMissing:
        return u"source-type-missing"_s;
    case K::SourceTypeNotAllowed:
        return u"source-type-not-allowed"_s;
    case K::SourceReferenceMissing:
        return u"source-reference-missing"_s;
    case K::RemarkUnanswered:
        return u"remark-unanswered"_s;
    case K::UnknownIndicator:
        return u"unknown-indicator"_s;
    case K::LargeChange:
        return u"large-change"_s;
    }
    return {};
}

std::vector<EntryProblem> checkReport(const Methodology& methodology, const std::vector<ReportItem>& items,
                                      bool returned)
{
    using K = EntryProblem::Kind;
    std::vector<EntryProblem> problems;
    auto add = [&problems](const QString& code, K kind, bool error = true, double bound = 0) {
        problems.push_back({code, kind, error, bound});
    };
    const auto byCode = indicatorsByCode(methodology);
    for (const ReportItem& item : items) {
        const Indicator* indicator = byCode.value(item.code);
        if (!indicator) {
            if (item.value.plan || item.value.fact)
                add(item.code, K::UnknownIndicator);
            continue;
        }
        const std::optional<double> plan = item.value.plan ? item.value.plan : indicator->plan;
        const std::optional<double> fact = item.value.fact;
        // Required: a fact, or a comment that says why there is none (it is then not counted).
        if (!fact && item.comment.trimmed().isEmpty())
            add(item.code, K::FactMissing);
        if (fact) {
            switch (indicator->scoring) {
            case ScoringKind::YesNo:
                if (*fact != 0 && *fact != 1)
                    add(item.code, K::NotYesNo);
                break;
            case ScoringKind::Ratio:
            case ScoringKind::InverseRatio:
            case ScoringKind::Expert:
                if (*fact < 0)
                    add(item.code, K::Negative);
                break;
            case ScoringKind::Formula:
                if (!evaluateFormula(indicator->formula, *fact, plan))
                    add(item.code, K::FormulaFails);
                break;
            case ScoringKind::Scale:
                break;
            }
            if (indicator->minimum && *fact < *indicator->minimum)
                add(item.code, K::BelowMinimum, true, *indicator->minimum);
            if (indicator->maximum && *fact > *indicator->maximum)
                add(item.code, K::AboveMaximum, true, *indicator->maximum);
            if (needsPlan(indicator->scoring)) {
                if (!plan)
                    add(item.code, K::PlanMissing);
                else if (indicator->scoring == ScoringKind::InverseRatio) {
                    if (*plan < 0)
                        add(item.code, K::Negative);
                } else if (*plan <= 0)
                    add(item.code, K::PlanNotPositive);
                else if (indicator->scoring == ScoringKind::Expert && *fact > *plan)
                    add(item.code, K::ExpertAbovePlan, true, *plan);
            }
            if (item.sourceReference.trimmed().isEmpty())
                add(item.code, K::SourceReferenceMissing, false);
            if (item.lastYearFact && *item.lastYearFact != 0 && item.comment.trimmed().isEmpty()
                && std::abs(*fact - *item.lastYearFact) / std::abs(*item.lastYearFact) > 0.5)
                add(item.code, K::LargeChange, false);
        }
        // The methodology's §7 type unless the line names its own.
        const int source = item.value.sourceType != 0 ? item.value.sourceType : indicator->sourceType;
        if (source == 0) {
            if (fact)
                add(item.code, K::SourceTypeMissing);
        } else if (source < 0 || source > SourceTypeCount || (methodology.block == 1 && source == ExpertSourceType)) {
            add(item.code, K::SourceTypeNotAllowed);
        }
        if (returned && !item.remark.trimmed().isEmpty() && item.answer.trimmed().isEmpty())
            add(item.code, K::RemarkUnanswered);
    }
    return problems;
}

bool hasErrors(const std::vector<EntryProblem>& problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const EntryProblem& p) { return p.error; });
}

Timeliness timelinessOf(const Report& report, QDate deadline, QDate today, int* daysLate)
{
    if (daysLate)
        *daysLate = 0;
    if (!deadline.isValid())
        return Timeliness::NoDeadline;
    if (report.firstSubmittedAt.isValid()) {
        const QDate submitted = kazakhstanDate(report.firstSubmittedAt);
        if (submitted <= deadline)
            return Timeliness::OnTime;
        if (daysLate)
            *daysLate = static_cast<int>(deadline.daysTo(submitted));
        return Timeliness::Late;
    }
    if (today <= deadline)
        return Timeliness::Pending;
    if (daysLate)
        *daysLate = static_cast<int>(deadline.daysTo(today));
    return Timeliness::Overdue;
}

} // namespace core
