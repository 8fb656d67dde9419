// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleService.h"

#include "AuditLog.h"
#include "Database.h"
#include "Registry.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr std::array<QStringView, StageCount> stageNames{
    u"reporting", u"conclusions-to-bodies", u"conclusions-to-state-planning", u"to-working-body", u"to-president"};
// Column names: constants, never input.
constexpr std::array<QStringView, StageCount> stageColumns{
    u"reporting", u"conclusions_to_bodies", u"conclusions_to_state_planning", u"to_working_body", u"to_president"};

std::optional<QString> auditDate(QDate date)
{
    return date.isValid() ? std::optional<QString>(isoDate(date)) : std::nullopt;
}

} // namespace

QString toString(Stage stage)
{
    return stageNames[static_cast<std::size_t>(stage)].toString();
}

std::optional<Stage> parseStage(const QString& text)
{
    for (std::size_t i = 0; i < stageNames.size(); ++i)
        if (stageNames[i] == text)
            return static_cast<Stage>(i);
    return std::nullopt;
}

ScheduleService::ScheduleService(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<std::vector<Schedule>> ScheduleService::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT year, approved_on, reporting, conclusions_to_bodies, conclusions_to_state_planning, "
                "to_working_body, to_president, results_evaluation FROM schedule ORDER BY year"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<Schedule> result;
    while (q.next()) {
        Schedule s;
        s.year = q.value(0).toInt();
        s.approvedOn = parseIsoDate(q.value(1).toString());
        for (int i = 0; i < StageCount; ++i)
            s.stages[static_cast<std::size_t>(i)] = parseIsoDate(q.value(2 + i).toString());
        s.resultsEvaluation = parseIsoDate(q.value(7).toString());
        result.push_back(s);
    }
    return result;
}

Result<Schedule> ScheduleService::schedule(int year) const
{
    auto schedules = all();
    if (!schedules)
        return std::unexpected(schedules.error());
    for (const Schedule& s : *schedules)
        if (s.year == year)
            return s;
    Schedule empty;
    empty.year = year;
    return empty;
}

Result<void> ScheduleService::validate(const Schedule& s)
{
    if (s.year < 2010 || s.year > 2100)
        return fail(ErrorCode::InvalidYear, QString::number(s.year));
    // The schedule is drafted during the evaluated year and the evaluation runs in the next one.
    if (s.approvedOn.isValid() && (s.approvedOn.year() < s.year || s.approvedOn.year() > s.year + 1))
        return fail(ErrorCode::ScheduleOutOfWindow, u"approved_on"_s);
    QDate previous = s.approvedOn;
    QString previousName = u"approved_on"_s;
    for (int i = 0; i < StageCount; ++i) {
        const QDate date = s.stages[static_cast<std::size_t>(i)];
        if (!date.isValid())
            continue;
        if (date.year() != s.year + 1)
            return fail(ErrorCode::ScheduleOutOfWindow, stageNames[static_cast<std::size_t>(i)].toString());
        if (previous.isValid() && date < previous)
            return fail(ErrorCode::ScheduleOrder,
                        previousName + u" > "_s + stageNames[static_cast<std::size_t>(i)].toString());
        previous = date;
        previousName = stageNames[static_cast<std::size_t>(i)].toString();
    }
    if (s.resultsEvaluation.isValid() && s.resultsEvaluation.year() != s.year + 1)
        return fail(ErrorCode::ScheduleOutOfWindow, u"results_evaluation"_s);
    return {};
}

std::vector<ScheduleWarning> ScheduleService::warnings(const Schedule& s, const Calendar& calendar)
{
    using Kind = ScheduleWarning::Kind;
    std::vector<ScheduleWarning> result;
    if (!s.approvedOn.isValid())
        result.push_back({Kind::NotApproved, u"approved_on"_s, {}});
    else if (s.approvedOn > s.approvalDeadline())
        result.push_back({Kind::ApprovedLate, u"approved_on"_s, s.approvedOn});
    auto onDayOff = [&](const QString& field, QDate date) {
        if (date.isValid() && !calendar.isWorking(date))
            result.push_back({Kind::OnDayOff, field, date});
    };
    onDayOff(u"approved_on"_s, s.approvedOn);
    for (int i = 0; i < StageCount; ++i)
        onDayOff(stageNames[static_cast<std::size_t>(i)].toString(), s.stages[static_cast<std::size_t>(i)]);
    onDayOff(u"results_evaluation"_s, s.resultsEvaluation);
    if (s.resultsEvaluation.isValid() && s.resultsEvaluation > s.resultsEvaluationDeadline())
        result.push_back({Kind::ResultsEvaluationLate, u"results_evaluation"_s, s.resultsEvaluation});
    return result;
}

Result<void> ScheduleService::set(const Schedule& s, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (auto r = validate(s); !r)
        return r;
    auto old = schedule(s.year);
    if (!old)
        return std::unexpected(old.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO schedule (year, approved_on, reporting, conclusions_to_bodies, "
              "conclusions_to_state_planning, to_working_body, to_president, results_evaluation) "
              "VALUES (:year, :approved, :s0, :s1, :s2, :s3, :s4, :results) ON CONFLICT (year) DO UPDATE SET "
              "approved_on = excluded.approved_on, reporting = excluded.reporting, "
              "conclusions_to_bodies = excluded.conclusions_to_bodies, "
              "conclusions_to_state_planning = excluded.conclusions_to_state_planning, "
              "to_working_body = excluded.to_working_body, to_president = excluded.to_president, "
              "results_evaluation = excluded.results_evaluation"_s);
    q.bindValue(u":year"_s, s.year);
    q.bindValue(u":approved"_s, sqlDate(s.approvedOn));
    for (int i = 0; i < StageCount; ++i)
        q.bindValue(u":s%1"_s.arg(i), sqlDate(s.stages[static_cast<std::size_t>(i)]));
    q.bindValue(u":results"_s, sqlDate(s.resultsEvaluation));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    auto record = [&](const QString& field, QDate before, QDate after) -> Result<void> {
        if (before == after)
            return {};
        return m_audit.record(AuditAction::Update, u"schedule"_s, s.year, std::nullopt, field, auditDate(before),
                              auditDate(after), reason);
    };
    if (auto r = record(u"approved_on"_s, old->approvedOn, s.approvedOn); !r)
        return r;
    for (int i = 0; i < StageCount; ++i)
        if (auto r = record(stageColumns[static_cast<std::size_t>(i)].toString(),
                            old->stages[static_cast<std::size_t>(i)], s.stages[static_cast<std::size_t>(i)]);
            !r)
            return r;
    if (auto r = record(u"results_evaluation"_s, old->resultsEvaluation, s.resultsEvaluation); !r)
        return r;
    return tx.commit();
}

} // namespace core
