// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Methodology.h"
#include "Scoring.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace core {

/// The life of a body's reporting information for one block and year (§41):
/// draft → submitted (locked) → returned for revision → resubmitted (locked) → accepted.
enum class ReportState { Draft, Submitted, Returned, Resubmitted, Accepted };
[[nodiscard]] QString toString(ReportState state); // "draft", "submitted", "returned", "resubmitted", "accepted"
[[nodiscard]] std::optional<ReportState> parseReportState(const QString& text);
/// Submitted, resubmitted and accepted reports cannot be changed.
[[nodiscard]] bool isLocked(ReportState state);
/// Submitted or resubmitted: waiting for the authorized body.
[[nodiscard]] bool isAwaitingReview(ReportState state);

/// Whether the reporting information came by the schedule's deadline. Separate from the state:
/// a report can be late and accepted, on time and returned.
enum class Timeliness {
    NoDeadline, ///< the year has no reporting date in its schedule
    Pending, ///< not submitted, the deadline has not passed
    Overdue, ///< not submitted, the deadline has passed
    OnTime, ///< first submitted on or before the deadline
    Late, ///< first submitted after the deadline
};
[[nodiscard]] QString toString(Timeliness timeliness); // "no-deadline", "pending", "overdue", "on-time", "late"

struct ReportKey
{
    qint64 bodyId = 0;
    int year = 0;
    int block = 1;
    friend bool operator==(const ReportKey&, const ReportKey&) = default;
};

/// A report's header.
struct Report
{
    qint64 id = 0; ///< 0: nothing entered yet (a draft that does not exist in the database)
    ReportKey key;
    ReportState state = ReportState::Draft;
    int revision = 0; ///< how many times it was submitted
    QDateTime firstSubmittedAt; ///< UTC
    QDateTime submittedAt; ///< UTC, the last submission
    QString returnReason; ///< while returned (and kept after, for the history)
    QDateTime updatedAt; ///< UTC
    QDate deadline; ///< the schedule's reporting date (§10 (1)), null when none
    Timeliness timeliness = Timeliness::NoDeadline;
    /// Calendar days after the deadline it was first submitted (late), or that have passed (overdue).
    int daysLate = 0;
};

/// An attached evidence file, without its content.
struct EvidenceInfo
{
    qint64 id = 0;
    QString code; ///< the indicator
    QString fileName;
    QString sha256; ///< lowercase hex
    qint64 size = 0;
    QDateTime addedAt; ///< UTC
    QString addedBy;
};

/// One indicator's line of a report form: what the methodology asks and what the body answers.
struct ReportItem
{
    QString code;
    IndicatorValue value; ///< plan, fact, §7 source type
    QString comment;
    QString sourceReference;
    QString remark; ///< the authorized body's remark when returned
    QString answer; ///< the body's answer to the remark
    std::vector<EvidenceInfo> evidence;
    std::optional<double> lastYearFact; ///< for reference
    std::optional<double> lastYearPlan;
};

struct ReportEvent
{
    QDateTime at; ///< UTC
    QString user;
    QString action; ///< as in ReportEventData
    int revision = 0;
    QString note;
};

/// Something wrong with an entry of a form, found by checkReport().
struct EntryProblem
{
    enum class Kind {
        FactMissing, ///< no fact and no comment explaining why (error)
        PlanMissing, ///< a ratio, inverse ratio, expert or formula needs a plan; none here nor in the methodology
                     ///< (error)
        PlanNotPositive, ///< a ratio or expert plan of 0 or less (error)
        Negative, ///< a negative fact or plan where the scoring reads only ≥ 0 (error)
        NotYesNo, ///< a yes/no indicator takes 1 or 0 (error)
        BelowMinimum, ///< the fact is below the methodology's minimum (error); bound = the minimum
        AboveMaximum, ///< the fact is above the methodology's maximum (error); bound = the maximum
        ExpertAbovePlan, ///< an expert score above its maximum, the plan (error)
        FormulaFails, ///< the formula gives no number for these values (error)
        SourceTypeMissing, ///< no §7 source type (error)
        SourceTypeNotAllowed, ///< type 7 in the goals block, or not 1–9 (error)
        SourceReferenceMissing, ///< a fact without the document it comes from (warning)
        RemarkUnanswered, ///< a remark of the returned report has no answer (error)
        UnknownIndicator, ///< a value for a code the methodology does not have (error)
        LargeChange, ///< the fact differs from last year's by more than half (warning: explain in a comment)
    };
    QString code; ///< the indicator
    Kind kind = Kind::FactMissing;
    bool error = true; ///< false: a warning, which does not stop submission
    double bound = 0;
    friend bool operator==(const EntryProblem&, const EntryProblem&) = default;
};
[[nodiscard]] QString toString(EntryProblem::Kind kind); // "fact-missing", …

/// Checks a report's lines against the methodology (type, range, required, cross-field rules).
/// `returned`: the report was returned for revision, so remarks need answers.
[[nodiscard]] std::vector<EntryProblem> checkReport(const Methodology& methodology,
                                                    const std::vector<ReportItem>& items, bool returned);
/// True when `problems` has an error (not just warnings).
[[nodiscard]] bool hasErrors(const std::vector<EntryProblem>& problems);

/// A report's timeliness against a deadline, on `today`.
[[nodiscard]] Timeliness timelinessOf(const Report& report, QDate deadline, QDate today, int* daysLate = nullptr);

} // namespace core
