// SPDX-License-Identifier: GPL-3.0-or-later
// Counting terms (CALENDAR.md §5) and the tracked terms that a change of the calendar recomputes.
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include "core/CalendarService.h"
#include "core/TermService.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Kind = core::TrackedTerm::Kind;

namespace {

const core::Calendar& calendar()
{
    return test::shippedCalendar();
}

core::TrackedTerm term(const QString& title, QDate event, Kind kind, int days)
{
    core::TrackedTerm t;
    t.title = title;
    t.event = event;
    t.kind = kind;
    t.days = days;
    return t;
}

core::TrackedTerm storedTerm(test::TestDatabase& t, qint64 id)
{
    const auto all = t.calendar->terms().terms();
    REQUIRE(all.has_value());
    for (const core::TrackedTerm& x : *all)
        if (x.id == id)
            return x;
    FAIL("no term " << id);
    return {};
}

const core::Text3 oneOff{u"Бір реттік демалыс"_s, u"Разовый выходной"_s, u"One-off day off"_s};

} // namespace

TEST_CASE("5 working days from a receipt on Friday 20 March 2026 end on Wednesday 1 April, past the weekend and the "
          "Nauryz days off (CALENDAR.md §5, decree §57)",
          "[core][terms]")
{
    const QDate receipt(2026, 3, 20);
    // 21–22 March weekend, 23 Nauryz, 24–25 moved: the first working day is Thursday 26.
    CHECK(calendar().addWorkingDays(receipt, 1) == QDate(2026, 3, 26));
    CHECK(calendar().addWorkingDays(receipt, 2) == QDate(2026, 3, 27));
    CHECK(calendar().addWorkingDays(receipt, 3) == QDate(2026, 3, 30));
    CHECK(calendar().addWorkingDays(receipt, 5) == QDate(2026, 4, 1));
}

TEST_CASE("A term of working days starts on the day after the receipt, also when the receipt is on a day off "
          "(CALENDAR.md §5)",
          "[core][terms]")
{
    CHECK(calendar().addWorkingDays(QDate(2026, 3, 21), 1) == QDate(2026, 3, 26)); // a Saturday holiday
    CHECK(calendar().addWorkingDays(QDate(2026, 3, 25), 1) == QDate(2026, 3, 26)); // a moved day off
    CHECK(calendar().addWorkingDays(QDate(2026, 4, 1), 1) == QDate(2026, 4, 2)); // an ordinary Wednesday
    CHECK(calendar().addWorkingDays(QDate(2026, 4, 3), 1) == QDate(2026, 4, 6)); // a Friday
}

TEST_CASE("A term of working days counts a weekend day that a transfer made a working day (CALENDAR.md §4–5)",
          "[core][terms]")
{
    // 2024: Wed 8 May off ← Sat 4 May worked; 7 and 9 May are holidays.
    CHECK(calendar().addWorkingDays(QDate(2024, 5, 3), 1) == QDate(2024, 5, 4));
    CHECK(calendar().addWorkingDays(QDate(2024, 5, 3), 2) == QDate(2024, 5, 6));
    CHECK(calendar().addWorkingDays(QDate(2024, 5, 6), 1) == QDate(2024, 5, 10));
}

TEST_CASE("15 calendar days ending on a Saturday end on the Monday after (CALENDAR.md §5, decree §60)", "[core][terms]")
{
    CHECK(calendar().addCalendarDays(QDate(2026, 4, 3), 15) == QDate(2026, 4, 20)); // 18 April is a Saturday
    CHECK(calendar().addCalendarDays(QDate(2026, 4, 4), 15) == QDate(2026, 4, 20)); // 19 April is a Sunday
    CHECK(calendar().addCalendarDays(QDate(2026, 4, 1), 15) == QDate(2026, 4, 16)); // a Thursday: kept
}

TEST_CASE("Calendar days ending on a holiday end on the next working day after every day off that follows "
          "(CALENDAR.md §5)",
          "[core][terms]")
{
    CHECK(calendar().addCalendarDays(QDate(2026, 4, 22), 15) == QDate(2026, 5, 8)); // Thu 7 May, Defender's Day
    // Sat 9 May, Victory Day: Sunday 10 and the moved Monday 11 are off too.
    CHECK(calendar().addCalendarDays(QDate(2026, 4, 24), 15) == QDate(2026, 5, 12));
    // Sat 21 March 2026: Nauryz runs to Wednesday 25.
    CHECK(calendar().addCalendarDays(QDate(2026, 3, 6), 15) == QDate(2026, 3, 26));
    // Across the year: Thu 1 January 2026, then Friday 2 and the weekend.
    CHECK(calendar().addCalendarDays(QDate(2025, 12, 17), 15) == QDate(2026, 1, 5));
}

TEST_CASE("A term of zero days ends on the event itself, or for calendar days on the next working day", "[core][terms]")
{
    CHECK(calendar().addWorkingDays(QDate(2026, 4, 1), 0) == QDate(2026, 4, 1));
    CHECK(calendar().addCalendarDays(QDate(2026, 4, 1), 0) == QDate(2026, 4, 1));
    CHECK(calendar().addCalendarDays(QDate(2026, 4, 4), 0) == QDate(2026, 4, 6)); // a Saturday
    CHECK(calendar().workingDayOnOrAfter(QDate(2026, 3, 21)) == QDate(2026, 3, 26));
    CHECK(calendar().workingDayOnOrAfter(QDate(2026, 3, 26)) == QDate(2026, 3, 26));
}

TEST_CASE("A negative or too long term, or a missing event, gives a null date", "[core][terms]")
{
    const QDate event(2026, 4, 1);
    CHECK_FALSE(calendar().addWorkingDays(event, -1).isValid());
    CHECK_FALSE(calendar().addCalendarDays(event, -1).isValid());
    CHECK_FALSE(calendar().addWorkingDays(event, 3661).isValid());
    CHECK_FALSE(calendar().addCalendarDays(event, 3661).isValid());
    CHECK_FALSE(calendar().addWorkingDays(QDate(), 5).isValid());
    CHECK_FALSE(calendar().addCalendarDays(QDate(), 5).isValid());
    CHECK_FALSE(calendar().workingDayOnOrAfter(QDate()).isValid());
    // The longest term allowed still has an end.
    CHECK(calendar().addCalendarDays(event, 3660) >= event.addDays(3660));
    CHECK(calendar().addWorkingDays(event, 3660) > event.addDays(3660));
}

TEST_CASE("5 working days from Tuesday 30 December 2025 skip 1 and 2 January, the weekend and 7 January "
          "(CALENDAR.md §5 across the year boundary)",
          "[core][terms]")
{
    const QDate receipt(2025, 12, 30);
    CHECK(calendar().addWorkingDays(receipt, 1) == QDate(2025, 12, 31));
    CHECK(calendar().addWorkingDays(receipt, 2) == QDate(2026, 1, 5));
    CHECK(calendar().addWorkingDays(receipt, 3) == QDate(2026, 1, 6));
    CHECK(calendar().addWorkingDays(receipt, 4) == QDate(2026, 1, 8)); // Wed 7 January is religious
    CHECK(calendar().addWorkingDays(receipt, 5) == QDate(2026, 1, 9));
}

TEST_CASE("Working days from 30 December 2021 skip the New Year weekend and its two moved days off "
          "(CALENDAR.md §3, §5)",
          "[core][terms]")
{
    const QDate receipt(2021, 12, 30);
    CHECK(calendar().addWorkingDays(receipt, 1) == QDate(2021, 12, 31));
    CHECK(calendar().addWorkingDays(receipt, 2) == QDate(2022, 1, 5));
    CHECK(calendar().addWorkingDays(receipt, 3) == QDate(2022, 1, 6));
    CHECK(calendar().addWorkingDays(receipt, 4) == QDate(2022, 1, 10)); // Fri 7 January is religious
}

TEST_CASE("workingDaysBetween counts the working days after the first date up to the second, negative backwards",
          "[core][terms]")
{
    CHECK(calendar().workingDaysBetween(QDate(2026, 3, 20), QDate(2026, 4, 1)) == 5);
    CHECK(calendar().workingDaysBetween(QDate(2026, 4, 1), QDate(2026, 3, 20)) == -5);
    CHECK(calendar().workingDaysBetween(QDate(2026, 3, 20), QDate(2026, 3, 25)) == 0);
    CHECK(calendar().workingDaysBetween(QDate(2026, 3, 20), QDate(2026, 3, 20)) == 0);
    CHECK(calendar().workingDaysBetween(QDate(2026, 3, 19), QDate(2026, 3, 20)) == 1);
    CHECK(calendar().workingDaysBetween(QDate(2026, 3, 20), QDate(2026, 3, 19)) == -1);
    CHECK(calendar().workingDaysBetween(QDate(), QDate(2026, 3, 19)) == 0);
    // The inverse of addWorkingDays, over the year boundary.
    const QDate event(2025, 12, 24);
    for (int n = 0; n <= 30; ++n) {
        INFO(n);
        CHECK(calendar().workingDaysBetween(event, calendar().addWorkingDays(event, n)) == n);
    }
}

TEST_CASE("dueDate counts working days or calendar days as the term's kind says (CALENDAR.md §5)", "[core][terms]")
{
    const QDate receipt(2026, 3, 20);
    CHECK(core::TermService::dueDate(calendar(), receipt, Kind::WorkingDays, 5) == QDate(2026, 4, 1));
    CHECK(core::TermService::dueDate(calendar(), receipt, Kind::CalendarDays, 5) == QDate(2026, 3, 26));
    CHECK(core::toString(Kind::WorkingDays) == u"working"_s);
    CHECK(core::toString(Kind::CalendarDays) == u"calendar"_s);
}

TEST_CASE("Adding a tracked term stores its last day and writes one audit entry", "[core][terms]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const auto id = t.calendar->terms().add(term(u"  Appeal of MOF  "_s, QDate(2026, 3, 20), Kind::WorkingDays, 5),
                                            t.currentCalendar(), u"received"_s);
    REQUIRE(id.has_value());
    const core::TrackedTerm stored = storedTerm(t, *id);
    CHECK(stored.title == u"Appeal of MOF"_s);
    CHECK(stored.event == QDate(2026, 3, 20));
    CHECK(stored.kind == Kind::WorkingDays);
    CHECK(stored.days == 5);
    CHECK(stored.due == QDate(2026, 4, 1));
    CHECK_FALSE(stored.done);
    const auto entries = test::auditOf(*t.audit, u"tracked_term"_s, *id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == core::AuditAction::Create);
    CHECK(entries[0].newValue == std::optional<QString>(u"Appeal of MOF: 2026-03-20 + 5 working = 2026-04-01"_s));
    CHECK(entries[0].reason == u"received"_s);
}

TEST_CASE("A tracked term without a title, without an event or with a negative or too long term is refused and "
          "writes nothing",
          "[core][terms]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const QStringList before = test::databaseState(*t.db);
    const core::Calendar cal = t.currentCalendar();
    const QDate event(2026, 3, 20);
    CHECK(test::errorOf(t.calendar->terms().add(term(u" "_s, event, Kind::WorkingDays, 5), cal, {}))
          == core::ErrorCode::EmptyName);
    CHECK(test::errorOf(t.calendar->terms().add(term(u"x"_s, QDate(), Kind::WorkingDays, 5), cal, {}))
          == core::ErrorCode::InvalidDate);
    CHECK(test::errorOf(t.calendar->terms().add(term(u"x"_s, event, Kind::WorkingDays, -1), cal, {}))
          == core::ErrorCode::InvalidTerm);
    CHECK(test::errorOf(
              t.calendar->terms().add(term(u"x"_s, event, Kind::CalendarDays, core::TermService::MaxDays + 1), cal, {}))
          == core::ErrorCode::InvalidTerm);
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.calendar->terms()
              .add(term(u"x"_s, event, Kind::CalendarDays, core::TermService::MaxDays), cal, {})
              .has_value());
}

TEST_CASE("Marking a term done and removing it are audited, marking it again writes nothing", "[core][terms]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    core::TermService& terms = t.calendar->terms();
    const auto id = terms.add(term(u"Appeal"_s, QDate(2026, 3, 20), Kind::WorkingDays, 5), t.currentCalendar(), {});
    REQUIRE(id.has_value());
    REQUIRE(terms.setDone(*id, true, u"answered"_s).has_value());
    CHECK(storedTerm(t, *id).done);
    auto entries = test::auditOf(*t.audit, u"tracked_term"_s, *id);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].field == u"done"_s);
    CHECK(entries[1].oldValue == std::optional<QString>(u"false"_s));
    CHECK(entries[1].newValue == std::optional<QString>(u"true"_s));
    CHECK(entries[1].reason == u"answered"_s);

    const QStringList before = test::databaseState(*t.db);
    REQUIRE(terms.setDone(*id, true, u"again"_s).has_value());
    CHECK(test::databaseState(*t.db) == before);

    REQUIRE(terms.remove(*id, u"entered by mistake"_s).has_value());
    entries = test::auditOf(*t.audit, u"tracked_term"_s, *id);
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].action == core::AuditAction::Delete);
    CHECK(test::rowCount(*t.db, u"tracked_term"_s) == 0);
    const QStringList afterRemove = test::databaseState(*t.db);
    CHECK(test::errorOf(terms.remove(*id, {})) == core::ErrorCode::NotFound);
    CHECK(test::databaseState(*t.db) == afterRemove);
}

TEST_CASE("A holiday added on a counted day moves the running term, says so, and audits the new last day, a term "
          "done stays, removing the holiday moves it back (CALENDAR.md §5)",
          "[core][terms][recompute]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    core::TermService& terms = t.calendar->terms();
    // 2027: 5 working days from Mon 3 May (itself a moved day off) are 4, 5, 6, 11 and 12 May
    // (Fri 7 Defender's Day, Mon 10 the moved day for Victory Day on Sunday 9).
    const auto running = terms.add(term(u"Appeal"_s, QDate(2027, 5, 3), Kind::WorkingDays, 5), t.currentCalendar(), {});
    const auto done = terms.add(term(u"Answered"_s, QDate(2027, 5, 3), Kind::WorkingDays, 5), t.currentCalendar(), {});
    const auto decision =
        terms.add(term(u"Decision"_s, QDate(2027, 5, 5), Kind::CalendarDays, 15), t.currentCalendar(), {});
    REQUIRE(running.has_value());
    REQUIRE(done.has_value());
    REQUIRE(decision.has_value());
    REQUIRE(terms.setDone(*done, true, {}).has_value());
    REQUIRE(storedTerm(t, *running).due == QDate(2027, 5, 12));
    REQUIRE(storedTerm(t, *decision).due == QDate(2027, 5, 20));

    const auto added = t.calendar->addDatedDay(core::DatedDay{0, QDate(2027, 5, 5), false, oneOff}, u"resolution"_s);
    REQUIRE(added.has_value());
    REQUIRE(added->moved.size() == 1);
    CHECK(added->moved[0].id == *running);
    CHECK(added->moved[0].title == u"Appeal"_s);
    CHECK(added->moved[0].from == QDate(2027, 5, 12));
    CHECK(added->moved[0].to == QDate(2027, 5, 13));
    CHECK(storedTerm(t, *running).due == QDate(2027, 5, 13));
    CHECK(storedTerm(t, *done).due == QDate(2027, 5, 12));
    CHECK(storedTerm(t, *decision).due == QDate(2027, 5, 20));

    auto entries = test::auditOf(*t.audit, u"tracked_term"_s, *running);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].action == core::AuditAction::Update);
    CHECK(entries[1].field == u"due"_s);
    CHECK(entries[1].oldValue == std::optional<QString>(u"2027-05-12"_s));
    CHECK(entries[1].newValue == std::optional<QString>(u"2027-05-13"_s));
    CHECK(entries[1].reason == u"resolution"_s);
    CHECK(test::auditOf(*t.audit, u"tracked_term"_s, *done).size() == 2); // created, done: not recomputed

    const auto removed = t.calendar->removeDatedDay(added->id, u"cancelled"_s);
    REQUIRE(removed.has_value());
    REQUIRE(removed->moved.size() == 1);
    CHECK(removed->moved[0].id == *running);
    CHECK(removed->moved[0].from == QDate(2027, 5, 13));
    CHECK(removed->moved[0].to == QDate(2027, 5, 12));
    CHECK(storedTerm(t, *running).due == QDate(2027, 5, 12));
    entries = test::auditOf(*t.audit, u"tracked_term"_s, *running);
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].oldValue == std::optional<QString>(u"2027-05-13"_s));
    CHECK(entries[2].newValue == std::optional<QString>(u"2027-05-12"_s));
    CHECK(entries[2].reason == u"cancelled"_s);
}

TEST_CASE("A transfer that makes a counted day off moves the running term, removing it moves the term back "
          "(CALENDAR.md §4–5)",
          "[core][terms][recompute]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const auto running =
        t.calendar->terms().add(term(u"Appeal"_s, QDate(2027, 5, 3), Kind::WorkingDays, 5), t.currentCalendar(), {});
    REQUIRE(running.has_value());

    // Thu 6 May 2027 off ← Sat 15 May: the fifth working day becomes Thursday 13.
    const auto added =
        t.calendar->addTransfer(core::Transfer{0, QDate(2027, 5, 6), QDate(2027, 5, 15), {}}, u"resolution"_s);
    REQUIRE(added.has_value());
    REQUIRE(added->moved.size() == 1);
    CHECK(added->moved[0].id == *running);
    CHECK(added->moved[0].from == QDate(2027, 5, 12));
    CHECK(added->moved[0].to == QDate(2027, 5, 13));
    CHECK(storedTerm(t, *running).due == QDate(2027, 5, 13));

    const auto removed = t.calendar->removeTransfer(added->id, {});
    REQUIRE(removed.has_value());
    REQUIRE(removed->moved.size() == 1);
    CHECK(removed->moved[0].to == QDate(2027, 5, 12));
    CHECK(storedTerm(t, *running).due == QDate(2027, 5, 12));
    const auto entries = test::auditOf(*t.audit, u"tracked_term"_s, *running);
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].reason == u"calendar changed"_s); // no reason given
}

TEST_CASE("Confirming Kurban Ait on the last day of a calendar-days term moves it to the next working day "
          "(CALENDAR.md §2, §5)",
          "[core][terms][recompute]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const auto decision = t.calendar->terms().add(term(u"Decision"_s, QDate(2027, 5, 5), Kind::CalendarDays, 15),
                                                  t.currentCalendar(), {});
    REQUIRE(decision.has_value());
    const auto set = t.calendar->setKurbanAit(QDate(2027, 5, 20), u"confirmed"_s);
    REQUIRE(set.has_value());
    REQUIRE(set->moved.size() == 1);
    CHECK(set->moved[0].from == QDate(2027, 5, 20));
    CHECK(set->moved[0].to == QDate(2027, 5, 21));
    CHECK(storedTerm(t, *decision).due == QDate(2027, 5, 21));
}

TEST_CASE("A change of the calendar that touches no counted day moves no term and audits none", "[core][terms]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const auto running =
        t.calendar->terms().add(term(u"Appeal"_s, QDate(2027, 5, 3), Kind::WorkingDays, 5), t.currentCalendar(), {});
    REQUIRE(running.has_value());
    const auto added = t.calendar->addDatedDay(core::DatedDay{0, QDate(2027, 6, 2), false, oneOff}, {});
    REQUIRE(added.has_value());
    CHECK(added->moved.empty());
    CHECK(storedTerm(t, *running).due == QDate(2027, 5, 12));
    CHECK(test::auditOf(*t.audit, u"tracked_term"_s, *running).size() == 1);
}
