// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calendar.h"
#include "Error.h"

#include <array>
#include <vector>

namespace core {

class AuditLog;
class Database;

/// The five deadlines of §10, in their order.
enum class Stage {
    Reporting, ///< (1) evaluated bodies submit reporting information (§41)
    ConclusionsToBodies, ///< (2) authorized bodies send conclusions to the evaluated bodies (§46)
    ConclusionsToStatePlanning, ///< (3) conclusions after the appeals go to the state planning body
    ToWorkingBody, ///< (4) the state planning body sends all blocks to the working body (§48)
    ToPresident, ///< (5) the Commission presents the results to the President (§50)
};
inline constexpr int StageCount = 5;
[[nodiscard]] QString toString(Stage stage); // "reporting", "conclusions-to-bodies", …
[[nodiscard]] std::optional<Stage> parseStage(const QString& text);

/// The schedule of the evaluation of one evaluated year (§10–11): the year's activity is
/// evaluated in the following year; the schedule is approved by 15 December of the evaluated year.
struct Schedule
{
    int year = 0; ///< the evaluated year
    QDate approvedOn; ///< the order of the Head of the PA (§11)
    std::array<QDate, StageCount> stages;
    QDate resultsEvaluation; ///< the report on results evaluation to the President (§70)

    [[nodiscard]] QDate stage(Stage s) const { return stages[static_cast<std::size_t>(s)]; }
    /// 15 December of the evaluated year (§11).
    [[nodiscard]] QDate approvalDeadline() const { return QDate(year, 12, 15); }
    /// 1 September of the year after the evaluated one (§70).
    [[nodiscard]] QDate resultsEvaluationDeadline() const { return QDate(year + 1, 9, 1); }
    friend bool operator==(const Schedule&, const Schedule&) = default;
};

/// Something to know about a valid schedule, not a reason to refuse it.
struct ScheduleWarning
{
    enum class Kind {
        ApprovedLate, ///< approved after 15 December (§11)
        NotApproved, ///< no approval date yet
        OnDayOff, ///< a fixed date falls on a non-working day (it is not moved)
        ResultsEvaluationLate, ///< later than 1 September (§70)
    };
    Kind kind;
    QString field; ///< "approved_on", a stage name, or "results_evaluation"
    QDate date;
};

class ScheduleService
{
public:
    ScheduleService(Database& db, AuditLog& audit);

    /// The stored schedule of `year`, or an empty one (all dates null).
    [[nodiscard]] Result<Schedule> schedule(int year) const;
    [[nodiscard]] Result<std::vector<Schedule>> all() const;
    /// Refuses stages out of the order of §10 or dates outside the evaluated and the following year.
    [[nodiscard]] static Result<void> validate(const Schedule& schedule);
    [[nodiscard]] static std::vector<ScheduleWarning> warnings(const Schedule& schedule, const Calendar& calendar);
    [[nodiscard]] Result<void> set(const Schedule& schedule, const QString& reason);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace core
