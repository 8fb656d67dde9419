// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule of an evaluation (decree §10–11, §70): its order, its window, its warnings and its storage.
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include "core/ScheduleService.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using core::ErrorCode;
using core::Schedule;
using core::Stage;
using WarningKind = core::ScheduleWarning::Kind;

namespace {

void setStage(Schedule& s, Stage stage, QDate date)
{
    s.stages[static_cast<std::size_t>(stage)] = date;
}

/// The evaluation of 2025, every date on a working day and in time.
Schedule schedule2025()
{
    Schedule s;
    s.year = 2025;
    s.approvedOn = QDate(2025, 12, 15); // §11: by 15 December of the evaluated year
    setStage(s, Stage::Reporting, QDate(2026, 2, 2));
    setStage(s, Stage::ConclusionsToBodies, QDate(2026, 4, 1));
    setStage(s, Stage::ConclusionsToStatePlanning, QDate(2026, 5, 4));
    setStage(s, Stage::ToWorkingBody, QDate(2026, 6, 1));
    setStage(s, Stage::ToPresident, QDate(2026, 7, 1));
    s.resultsEvaluation = QDate(2026, 9, 1); // §70: by 1 September of the following year
    return s;
}

/// The error of a schedule that must be refused: "code: detail".
QString refusal(const Schedule& s)
{
    const auto r = core::ScheduleService::validate(s);
    if (r.has_value())
        return u"accepted"_s;
    return QString::fromStdString(Catch::StringMaker<ErrorCode>::convert(r.error().code)) + u": "_s + r.error().detail;
}

/// The warnings as "kind field date".
QStringList warningsOf(const Schedule& s)
{
    QStringList result;
    for (const core::ScheduleWarning& w : core::ScheduleService::warnings(s, test::shippedCalendar()))
        result << QString::fromStdString(Catch::StringMaker<WarningKind>::convert(w.kind)) + u' ' + w.field + u' '
                      + core::isoDate(w.date);
    return result;
}

QStringList describe(const Schedule& s)
{
    QStringList dates{QString::number(s.year), core::isoDate(s.approvedOn)};
    for (const QDate& d : s.stages)
        dates << core::isoDate(d);
    dates << core::isoDate(s.resultsEvaluation);
    return dates;
}

} // namespace

TEST_CASE("A schedule with its stages in the order of §10 inside its window is accepted", "[core][schedule]")
{
    CHECK(refusal(schedule2025()) == u"accepted"_s);
    Schedule sameDay = schedule2025();
    setStage(sameDay, Stage::ConclusionsToBodies, QDate(2026, 2, 2)); // the same day as reporting
    CHECK(refusal(sameDay) == u"accepted"_s);
    // The order of the Head of the PA may come in the following year (§11 is a deadline, not a window).
    Schedule approvedLate = schedule2025();
    approvedLate.approvedOn = QDate(2026, 1, 12);
    CHECK(refusal(approvedLate) == u"accepted"_s);
}

TEST_CASE("A schedule with stages out of the order of §10 is refused with ScheduleOrder", "[core][schedule]")
{
    Schedule s = schedule2025();
    setStage(s, Stage::ConclusionsToBodies, QDate(2026, 1, 30));
    CHECK(refusal(s) == u"ScheduleOrder: reporting > conclusions-to-bodies"_s);

    s = schedule2025();
    setStage(s, Stage::ToPresident, QDate(2026, 5, 29));
    CHECK(refusal(s) == u"ScheduleOrder: to-working-body > to-president"_s);

    s = schedule2025();
    s.approvedOn = QDate(2026, 2, 3);
    CHECK(refusal(s) == u"ScheduleOrder: approved_on > reporting"_s);

    // Stages not set yet do not hide the order of those around them.
    s = schedule2025();
    setStage(s, Stage::ConclusionsToStatePlanning, {});
    setStage(s, Stage::ToWorkingBody, QDate(2026, 3, 2));
    CHECK(refusal(s) == u"ScheduleOrder: conclusions-to-bodies > to-working-body"_s);
}

TEST_CASE("A schedule date outside the evaluated year and the next is refused with ScheduleOutOfWindow (§10–11)",
          "[core][schedule]")
{
    Schedule s = schedule2025();
    setStage(s, Stage::Reporting, QDate(2025, 12, 30)); // stages run in the year after the evaluated one
    CHECK(refusal(s) == u"ScheduleOutOfWindow: reporting"_s);

    s = schedule2025();
    setStage(s, Stage::ToPresident, QDate(2027, 1, 11));
    CHECK(refusal(s) == u"ScheduleOutOfWindow: to-president"_s);

    s = schedule2025();
    s.approvedOn = QDate(2024, 12, 13);
    CHECK(refusal(s) == u"ScheduleOutOfWindow: approved_on"_s);

    s = schedule2025();
    s.approvedOn = QDate(2027, 1, 4);
    CHECK(refusal(s) == u"ScheduleOutOfWindow: approved_on"_s);

    s = schedule2025();
    s.resultsEvaluation = QDate(2027, 1, 15);
    CHECK(refusal(s) == u"ScheduleOutOfWindow: results_evaluation"_s);

    s = schedule2025();
    s.resultsEvaluation = QDate(2025, 12, 1);
    CHECK(refusal(s) == u"ScheduleOutOfWindow: results_evaluation"_s);

    s = schedule2025();
    s.year = 2009;
    CHECK(refusal(s) == u"InvalidYear: 2009"_s);
}

TEST_CASE("A partial schedule is accepted: the dates not set yet are skipped", "[core][schedule]")
{
    Schedule empty;
    empty.year = 2025;
    CHECK(refusal(empty) == u"accepted"_s);
    Schedule partial;
    partial.year = 2025;
    setStage(partial, Stage::Reporting, QDate(2026, 2, 2));
    setStage(partial, Stage::ToPresident, QDate(2026, 7, 1));
    CHECK(refusal(partial) == u"accepted"_s);
    CHECK(warningsOf(partial) == QStringList{u"NotApproved approved_on "_s});
}

TEST_CASE("A schedule approved on 15 December and kept in time on working days has no warning (§11, §70)",
          "[core][schedule]")
{
    CHECK(warningsOf(schedule2025()).isEmpty());
}

TEST_CASE("A schedule approved after 15 December of the evaluated year gets ApprovedLate (§11)", "[core][schedule]")
{
    Schedule s = schedule2025();
    s.approvedOn = QDate(2025, 12, 17);
    CHECK(warningsOf(s) == QStringList{u"ApprovedLate approved_on 2025-12-17"_s});
    // 16 December is both late and Independence Day.
    s.approvedOn = QDate(2025, 12, 16);
    CHECK(warningsOf(s) == QStringList{u"ApprovedLate approved_on 2025-12-16"_s, u"OnDayOff approved_on 2025-12-16"_s});
}

TEST_CASE("A schedule without an approval date gets NotApproved (§11)", "[core][schedule]")
{
    Schedule s = schedule2025();
    s.approvedOn = {};
    CHECK(warningsOf(s) == QStringList{u"NotApproved approved_on "_s});
}

TEST_CASE("A fixed date on a non-working day is kept and gets OnDayOff (CALENDAR.md §5)", "[core][schedule]")
{
    Schedule s = schedule2025();
    setStage(s, Stage::Reporting, QDate(2026, 3, 24)); // moved for Nauryz
    setStage(s, Stage::ToPresident, QDate(2026, 7, 6)); // Capital Day
    s.approvedOn = QDate(2025, 12, 13); // a Saturday, in time
    CHECK(warningsOf(s)
          == QStringList{u"OnDayOff approved_on 2025-12-13"_s, u"OnDayOff reporting 2026-03-24"_s,
                         u"OnDayOff to-president 2026-07-06"_s});
    s = schedule2025();
    s.resultsEvaluation = QDate(2026, 8, 30); // a Sunday
    CHECK(warningsOf(s) == QStringList{u"OnDayOff results_evaluation 2026-08-30"_s});
}

TEST_CASE("A results evaluation after 1 September of the next year gets ResultsEvaluationLate (§70)",
          "[core][schedule]")
{
    Schedule s = schedule2025();
    s.resultsEvaluation = QDate(2026, 9, 2);
    CHECK(warningsOf(s) == QStringList{u"ResultsEvaluationLate results_evaluation 2026-09-02"_s});
    CHECK(s.resultsEvaluationDeadline() == QDate(2026, 9, 1));
    CHECK(s.approvalDeadline() == QDate(2025, 12, 15));
}

TEST_CASE("Setting a schedule stores it and audits one entry per changed field", "[core][schedule]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    core::ScheduleService schedules(*t.db, *t.audit);
    const auto none = schedules.schedule(2025);
    REQUIRE(none.has_value());
    CHECK(describe(*none) == QStringList{u"2025"_s, {}, {}, {}, {}, {}, {}, {}});

    REQUIRE(schedules.set(schedule2025(), u"order No. 1"_s).has_value());
    const auto stored = schedules.schedule(2025);
    REQUIRE(stored.has_value());
    CHECK(describe(*stored) == describe(schedule2025()));
    auto entries = test::auditOf(*t.audit, u"schedule"_s, 2025);
    REQUIRE(entries.size() == 7);
    const QStringList fields{
        u"approved_on"_s,     u"reporting"_s,    u"conclusions_to_bodies"_s, u"conclusions_to_state_planning"_s,
        u"to_working_body"_s, u"to_president"_s, u"results_evaluation"_s};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        INFO(i);
        CHECK(entries[i].action == core::AuditAction::Update);
        CHECK(entries[i].field == fields[static_cast<qsizetype>(i)]);
        CHECK_FALSE(entries[i].oldValue.has_value());
        CHECK(entries[i].newValue == std::optional<QString>(describe(schedule2025())[static_cast<qsizetype>(i) + 1]));
        CHECK(entries[i].reason == u"order No. 1"_s);
    }

    Schedule changed = schedule2025();
    setStage(changed, Stage::ToPresident, QDate(2026, 7, 2));
    changed.resultsEvaluation = {};
    REQUIRE(schedules.set(changed, u"order No. 2"_s).has_value());
    entries = test::auditOf(*t.audit, u"schedule"_s, 2025);
    REQUIRE(entries.size() == 9);
    CHECK(entries[7].field == u"to_president"_s);
    CHECK(entries[7].oldValue == std::optional<QString>(u"2026-07-01"_s));
    CHECK(entries[7].newValue == std::optional<QString>(u"2026-07-02"_s));
    CHECK(entries[8].field == u"results_evaluation"_s);
    CHECK(entries[8].oldValue == std::optional<QString>(u"2026-09-01"_s));
    CHECK_FALSE(entries[8].newValue.has_value());
    const auto reread = schedules.schedule(2025);
    REQUIRE(reread.has_value());
    CHECK(describe(*reread) == describe(changed));

    // The same schedule again changes nothing.
    const QStringList before = test::databaseState(*t.db);
    REQUIRE(schedules.set(changed, u"again"_s).has_value());
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A refused schedule writes nothing", "[core][schedule]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    core::ScheduleService schedules(*t.db, *t.audit);
    REQUIRE(schedules.set(schedule2025(), {}).has_value());
    const QStringList before = test::databaseState(*t.db);

    Schedule outOfOrder = schedule2025();
    setStage(outOfOrder, Stage::Reporting, QDate(2026, 4, 2));
    CHECK(test::errorOf(schedules.set(outOfOrder, {})) == ErrorCode::ScheduleOrder);
    Schedule outOfWindow = schedule2025();
    outOfWindow.resultsEvaluation = QDate(2027, 1, 15);
    CHECK(test::errorOf(schedules.set(outOfWindow, {})) == ErrorCode::ScheduleOutOfWindow);
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("Schedules of several years are stored apart and listed by year", "[core][schedule]")
{
    test::TestDatabase t(test::Shipped::Nothing);
    core::ScheduleService schedules(*t.db, *t.audit);
    Schedule partial;
    partial.year = 2026;
    setStage(partial, Stage::Reporting, QDate(2027, 2, 1));
    REQUIRE(schedules.set(partial, {}).has_value());
    REQUIRE(schedules.set(schedule2025(), {}).has_value());
    const auto all = schedules.all();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    CHECK(describe(all->at(0)) == describe(schedule2025()));
    CHECK(describe(all->at(1)) == describe(partial));
    CHECK(test::auditOf(*t.audit, u"schedule"_s, 2026).size() == 1);
}

TEST_CASE("The stages of §10 have stable names", "[core][schedule]")
{
    const QStringList names{u"reporting"_s, u"conclusions-to-bodies"_s, u"conclusions-to-state-planning"_s,
                            u"to-working-body"_s, u"to-president"_s};
    for (int i = 0; i < core::StageCount; ++i) {
        const auto stage = static_cast<Stage>(i);
        CHECK(core::toString(stage) == names[i]);
        CHECK(core::parseStage(names[i]) == std::optional<Stage>(stage));
    }
    CHECK_FALSE(core::parseStage(u"to_president"_s).has_value());
}
