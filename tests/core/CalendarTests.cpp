// SPDX-License-Identifier: GPL-3.0-or-later
// The working-day calendar against the facts of CALENDAR.md. The expected days are written out by
// hand from the document (its holidays with their years, the Kurban Ait dates, the weekend rule and
// the transfers), not computed: a wrong rule in core/Calendar.cpp cannot agree with them by accident.
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"

#include "core/Calendar.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using core::DayKind;

namespace {

/// Per year: the weekdays (Monday–Friday) that are not working days, and the weekend days that are.
struct YearFacts
{
    QStringList weekdaysOff;
    QStringList workingWeekendDays;
};

// CALENDAR.md §1 (holidays and their years), §2 (7 January, Kurban Ait), §3 (the weekend rule), §4 (transfers).
const std::map<int, YearFacts> facts = {
    {2019,
     {{
          u"Tue 2019-01-01 holiday"_s,
          u"Wed 2019-01-02 holiday"_s,
          u"Mon 2019-01-07 religious"_s,
          u"Fri 2019-03-08 holiday"_s,
          u"Thu 2019-03-21 holiday"_s,
          u"Fri 2019-03-22 holiday"_s,
          u"Mon 2019-03-25 moved"_s, // Nauryz, Sat 23 March
          u"Wed 2019-05-01 holiday"_s,
          u"Tue 2019-05-07 holiday"_s,
          u"Thu 2019-05-09 holiday"_s,
          u"Fri 2019-05-10 transfer-off"_s, // ← Sat 4 May
          u"Mon 2019-07-08 moved"_s, // Capital Day, Sat 6 July
          u"Fri 2019-08-30 holiday"_s,
          u"Mon 2019-12-02 moved"_s, // First President Day, Sun 1 December
          u"Mon 2019-12-16 holiday"_s,
          u"Tue 2019-12-17 holiday"_s,
      },
      {u"Sat 2019-05-04 transfer-work"_s}}},
    {2020,
     {{
          u"Wed 2020-01-01 holiday"_s, u"Thu 2020-01-02 holiday"_s,
          u"Fri 2020-01-03 transfer-off"_s, // ← Sun 5 January
          u"Tue 2020-01-07 religious"_s,
          u"Mon 2020-03-09 moved"_s, // 8 March, a Sunday
          u"Mon 2020-03-23 holiday"_s,
          u"Tue 2020-03-24 moved"_s, // Nauryz, Sat 21 March
          u"Wed 2020-03-25 moved"_s, // Nauryz, Sun 22 March
          u"Fri 2020-05-01 holiday"_s, u"Thu 2020-05-07 holiday"_s,
          u"Fri 2020-05-08 transfer-off"_s, // ← Mon 11 May, the day Victory Day (Sat 9 May) would have given
          u"Mon 2020-07-06 holiday"_s, u"Fri 2020-07-31 religious"_s,
          u"Mon 2020-08-31 moved"_s, // Constitution Day, Sun 30 August
          u"Tue 2020-12-01 holiday"_s, u"Wed 2020-12-16 holiday"_s, u"Thu 2020-12-17 holiday"_s,
          u"Fri 2020-12-18 transfer-off"_s, // ← Sun 20 December
      },
      {u"Sun 2020-01-05 transfer-work"_s, u"Sun 2020-12-20 transfer-work"_s}}},
    {2021,
     {{
          u"Fri 2021-01-01 holiday"_s,
          u"Mon 2021-01-04 moved"_s, // New Year, Sat 2 January
          u"Thu 2021-01-07 religious"_s,
          u"Mon 2021-03-08 holiday"_s,
          u"Mon 2021-03-22 holiday"_s,
          u"Tue 2021-03-23 holiday"_s,
          u"Wed 2021-03-24 moved"_s, // Nauryz, Sun 21 March: 22 and 23 are off already
          u"Mon 2021-05-03 moved"_s, // Unity Day, Sat 1 May
          u"Fri 2021-05-07 holiday"_s,
          u"Mon 2021-05-10 moved"_s, // Victory Day, Sun 9 May
          u"Mon 2021-07-05 transfer-off"_s, // ← Sat 3 July
          u"Tue 2021-07-06 holiday"_s,
          u"Tue 2021-07-20 religious"_s,
          u"Mon 2021-08-30 holiday"_s,
          u"Wed 2021-12-01 holiday"_s,
          u"Thu 2021-12-16 holiday"_s,
          u"Fri 2021-12-17 holiday"_s,
      },
      {u"Sat 2021-07-03 transfer-work"_s}}},
    {2022,
     {{
          u"Mon 2022-01-03 moved"_s, // New Year, Sat 1 January
          u"Tue 2022-01-04 moved"_s, // New Year, Sun 2 January
          u"Fri 2022-01-07 religious"_s,
          u"Mon 2022-03-07 transfer-off"_s, // ← Sat 5 March
          u"Tue 2022-03-08 holiday"_s,
          u"Mon 2022-03-21 holiday"_s,
          u"Tue 2022-03-22 holiday"_s,
          u"Wed 2022-03-23 holiday"_s,
          u"Mon 2022-05-02 moved"_s, // Unity Day, Sun 1 May
          u"Mon 2022-05-09 holiday"_s,
          u"Tue 2022-05-10 moved"_s, // Defender's Day, Sat 7 May
          u"Wed 2022-07-06 holiday"_s,
          u"Mon 2022-08-29 transfer-off"_s, // ← Sat 27 August
          u"Tue 2022-08-30 holiday"_s,
          u"Mon 2022-10-24 transfer-off"_s, // ← Sat 22 October
          u"Tue 2022-10-25 holiday"_s,
          u"Fri 2022-12-16 holiday"_s,
      },
      {u"Sat 2022-03-05 transfer-work"_s, u"Sat 2022-08-27 transfer-work"_s, u"Sat 2022-10-22 transfer-work"_s}}},
    {2023,
     {{
          u"Mon 2023-01-02 holiday"_s,
          u"Tue 2023-01-03 moved"_s, // New Year, Sun 1 January: 2 January is off already
          u"Wed 2023-03-08 holiday"_s, u"Tue 2023-03-21 holiday"_s, u"Wed 2023-03-22 holiday"_s,
          u"Thu 2023-03-23 holiday"_s, u"Mon 2023-05-01 holiday"_s,
          u"Mon 2023-05-08 moved"_s, // Defender's Day, Sun 7 May
          u"Tue 2023-05-09 holiday"_s, u"Wed 2023-06-28 religious"_s, u"Thu 2023-07-06 holiday"_s,
          u"Fri 2023-07-07 transfer-off"_s, // ← Sat 1 July
          u"Wed 2023-08-30 holiday"_s, u"Wed 2023-10-25 holiday"_s,
          u"Mon 2023-12-18 moved"_s, // Independence Day, Sat 16 December
      },
      {u"Sat 2023-07-01 transfer-work"_s}}},
    {2024,
     {{
          u"Mon 2024-01-01 holiday"_s,
          u"Tue 2024-01-02 holiday"_s,
          u"Fri 2024-03-08 holiday"_s,
          u"Thu 2024-03-21 holiday"_s,
          u"Fri 2024-03-22 holiday"_s,
          u"Mon 2024-03-25 moved"_s, // Nauryz, Sat 23 March
          u"Wed 2024-05-01 holiday"_s,
          u"Tue 2024-05-07 holiday"_s,
          u"Wed 2024-05-08 transfer-off"_s, // ← Sat 4 May
          u"Thu 2024-05-09 holiday"_s,
          u"Mon 2024-07-08 moved"_s, // Capital Day, Sat 6 July
          u"Fri 2024-08-30 holiday"_s,
          u"Fri 2024-10-25 holiday"_s,
          u"Mon 2024-12-16 holiday"_s,
      },
      {u"Sat 2024-05-04 transfer-work"_s}}},
    {2025,
     {{
          u"Wed 2025-01-01 holiday"_s,
          u"Thu 2025-01-02 holiday"_s,
          u"Fri 2025-01-03 transfer-off"_s, // ← Sun 5 January
          u"Tue 2025-01-07 religious"_s,
          u"Mon 2025-03-10 moved"_s, // 8 March, a Saturday
          u"Fri 2025-03-21 holiday"_s,
          u"Mon 2025-03-24 moved"_s, // Nauryz, Sat 22 March
          u"Tue 2025-03-25 moved"_s, // Nauryz, Sun 23 March
          u"Thu 2025-05-01 holiday"_s,
          u"Wed 2025-05-07 holiday"_s,
          u"Fri 2025-05-09 holiday"_s,
          u"Fri 2025-06-06 religious"_s,
          u"Mon 2025-07-07 moved"_s, // Capital Day, Sun 6 July
          u"Mon 2025-09-01 moved"_s, // Constitution Day, Sat 30 August
          u"Mon 2025-10-27 moved"_s, // Republic Day, Sat 25 October
          u"Tue 2025-12-16 holiday"_s,
      },
      {u"Sun 2025-01-05 transfer-work"_s}}},
    {2026,
     {{
          u"Thu 2026-01-01 holiday"_s,
          u"Fri 2026-01-02 holiday"_s,
          u"Wed 2026-01-07 religious"_s,
          u"Mon 2026-03-09 moved"_s, // 8 March, a Sunday
          u"Mon 2026-03-23 holiday"_s,
          u"Tue 2026-03-24 moved"_s, // Nauryz, Sat 21 March
          u"Wed 2026-03-25 moved"_s, // Nauryz, Sun 22 March
          u"Fri 2026-05-01 holiday"_s,
          u"Thu 2026-05-07 holiday"_s,
          u"Mon 2026-05-11 moved"_s, // Victory Day, Sat 9 May
          u"Wed 2026-05-27 religious"_s,
          u"Mon 2026-07-06 holiday"_s,
          u"Mon 2026-10-26 moved"_s, // Republic Day, Sun 25 October
          u"Wed 2026-12-16 holiday"_s,
      },
      {}}},
    // No transfers and no Kurban Ait date yet: the rules alone (Constitution Day on 15 March from 2027).
    {2027,
     {{
          u"Fri 2027-01-01 holiday"_s,
          u"Mon 2027-01-04 moved"_s, // New Year, Sat 2 January
          u"Thu 2027-01-07 religious"_s,
          u"Mon 2027-03-08 holiday"_s,
          u"Mon 2027-03-15 holiday"_s,
          u"Mon 2027-03-22 holiday"_s,
          u"Tue 2027-03-23 holiday"_s,
          u"Wed 2027-03-24 moved"_s, // Nauryz, Sun 21 March
          u"Mon 2027-05-03 moved"_s, // Unity Day, Sat 1 May
          u"Fri 2027-05-07 holiday"_s,
          u"Mon 2027-05-10 moved"_s, // Victory Day, Sun 9 May
          u"Tue 2027-07-06 holiday"_s,
          u"Mon 2027-10-25 holiday"_s,
          u"Thu 2027-12-16 holiday"_s,
      },
      {}}},
};

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

std::set<QDate> datesOf(const QStringList& described)
{
    std::set<QDate> dates;
    for (const QString& line : described) {
        const QDate date = core::parseIsoDate(line.section(u' ', 1, 1));
        REQUIRE(date.isValid());
        dates.insert(date);
    }
    return dates;
}

/// Compares every day of `year` with the facts: isWorking() day by day, and the kinds that specialDays() gives.
void checkYear(const core::Calendar& calendar, int year)
{
    REQUIRE(facts.contains(year));
    const YearFacts& expected = facts.at(year);
    const std::set<QDate> off = datesOf(expected.weekdaysOff);
    const std::set<QDate> workingWeekend = datesOf(expected.workingWeekendDays);

    int days = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1), ++days) {
        const bool working = isWeekend(d) ? workingWeekend.contains(d) : !off.contains(d);
        INFO(core::isoDate(d).toStdString());
        CHECK(calendar.isWorking(d) == working);
        CHECK(calendar.day(d).date == d);
    }
    CHECK(days == QDate(year, 1, 1).daysInYear());

    QStringList weekdaysOff;
    QStringList workingWeekendDays;
    std::set<QDate> weekendDaysListed;
    QDate previous;
    for (const core::DayInfo& info : calendar.specialDays(year)) {
        INFO(test::describe(info).toStdString());
        CHECK(info.date.year() == year);
        CHECK(info.date > previous); // in date order, each day once
        previous = info.date;
        if (isWeekend(info.date))
            weekendDaysListed.insert(info.date);
        if (!isWeekend(info.date) && !info.isWorking())
            weekdaysOff << test::describe(info);
        if (isWeekend(info.date) && info.isWorking())
            workingWeekendDays << test::describe(info);
        if (info.kind == DayKind::Weekend)
            CHECK(isWeekend(info.date));
        if (info.kind == DayKind::Working)
            FAIL_CHECK("an ordinary working day is not special");
    }
    CHECK(weekdaysOff == expected.weekdaysOff);
    CHECK(workingWeekendDays == expected.workingWeekendDays);
    // specialDays() lists every Saturday and Sunday.
    int weekendDays = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        weekendDays += isWeekend(d) ? 1 : 0;
    CHECK(static_cast<int>(weekendDaysListed.size()) == weekendDays);
}

core::DayInfo dayOf(int year, int month, int day)
{
    return test::shippedCalendar().day(QDate(year, month, day));
}

} // namespace

TEST_CASE("Every day of 2019–2026 is a working day or not exactly as CALENDAR.md §1–4 say", "[core][calendar]")
{
    const int year = GENERATE(range(2019, 2027));
    CAPTURE(year);
    checkYear(test::shippedCalendar(), year);
}

TEST_CASE("The number of working days of 2024 is 249 and of 2025 is 246 (CALENDAR.md §1–4)", "[core][calendar]")
{
    // Counted from the facts: 366 − 104 weekend days − 14 weekdays off + 1 working Saturday, and
    // 365 − 104 − 16 + 1.
    const core::Calendar& calendar = test::shippedCalendar();
    CHECK(calendar.workingDaysBetween(QDate(2023, 12, 31), QDate(2024, 12, 31)) == 249);
    CHECK(calendar.workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31)) == 246);
}

TEST_CASE("A year without data (2027) follows the rules alone: 15 March is Constitution Day and 30 August is not "
          "(CALENDAR.md §1, §3)",
          "[core][calendar]")
{
    const core::Calendar& calendar = test::shippedCalendar();
    checkYear(calendar, 2027);
    CHECK(dayOf(2027, 3, 15).kind == DayKind::Holiday);
    CHECK(dayOf(2027, 3, 15).name.en == u"Constitution Day"_s);
    CHECK(dayOf(2027, 8, 30).kind == DayKind::Working); // a Monday
    CHECK(dayOf(2026, 3, 16).kind == DayKind::Working); // 15 March 2026 was a Sunday and no holiday
    CHECK(dayOf(2026, 3, 15).kind == DayKind::Weekend);
}

TEST_CASE("Only the years whose transfers and Kurban Ait date are known are confirmed: 2019–2026, not 2027",
          "[core][calendar]")
{
    const core::Calendar& calendar = test::shippedCalendar();
    for (int year = 2019; year <= 2026; ++year) {
        INFO(year);
        CHECK(calendar.isConfirmed(year));
    }
    CHECK_FALSE(calendar.isConfirmed(2027));
    CHECK_FALSE(calendar.isConfirmed(2018));
}

TEST_CASE("Nauryz 2026 on Sat 21, Sun 22 and Mon 23 March gives Tue 24 and Wed 25 March off (CALENDAR.md §3)",
          "[core][calendar]")
{
    CHECK(dayOf(2026, 3, 21).kind == DayKind::Holiday);
    CHECK(dayOf(2026, 3, 22).kind == DayKind::Holiday);
    CHECK(dayOf(2026, 3, 23).kind == DayKind::Holiday);
    const core::DayInfo tuesday = dayOf(2026, 3, 24);
    CHECK(tuesday.kind == DayKind::Moved);
    CHECK(tuesday.relatedDate == QDate(2026, 3, 21));
    CHECK(tuesday.name.en == u"Nauryz"_s);
    const core::DayInfo wednesday = dayOf(2026, 3, 25);
    CHECK(wednesday.kind == DayKind::Moved);
    CHECK(wednesday.relatedDate == QDate(2026, 3, 22));
    CHECK(dayOf(2026, 3, 26).isWorking());
}

TEST_CASE("New Year 2022 on Sat 1 and Sun 2 January gives Mon 3 and Tue 4 January off (CALENDAR.md §3)",
          "[core][calendar]")
{
    CHECK(dayOf(2022, 1, 1).kind == DayKind::Holiday);
    CHECK(dayOf(2022, 1, 2).kind == DayKind::Holiday);
    CHECK(dayOf(2022, 1, 3).kind == DayKind::Moved);
    CHECK(dayOf(2022, 1, 3).relatedDate == QDate(2022, 1, 1));
    CHECK(dayOf(2022, 1, 4).kind == DayKind::Moved);
    CHECK(dayOf(2022, 1, 4).relatedDate == QDate(2022, 1, 2));
    CHECK(dayOf(2022, 1, 5).isWorking());
    CHECK(dayOf(2022, 1, 6).isWorking());
    CHECK(dayOf(2022, 1, 7).kind == DayKind::Religious);
}

TEST_CASE("Defender's Day on Sat 7 May 2022 skips Victory Day on Mon 9 May and gives Tue 10 May off "
          "(CALENDAR.md §3)",
          "[core][calendar]")
{
    CHECK(dayOf(2022, 5, 7).kind == DayKind::Holiday);
    CHECK(dayOf(2022, 5, 8).kind == DayKind::Weekend);
    CHECK(dayOf(2022, 5, 9).kind == DayKind::Holiday);
    CHECK(dayOf(2022, 5, 9).name.en == u"Victory Day"_s);
    const core::DayInfo tuesday = dayOf(2022, 5, 10);
    CHECK(tuesday.kind == DayKind::Moved);
    CHECK(tuesday.relatedDate == QDate(2022, 5, 7));
    CHECK(tuesday.name.en == u"Defender of the Fatherland Day"_s);
    CHECK(dayOf(2022, 5, 11).isWorking());
}

TEST_CASE("A weekend holding two holidays pushes two days off in order: Nauryz 22–23 March 2025 gives Mon 24 and "
          "Tue 25 March (CALENDAR.md §3)",
          "[core][calendar]")
{
    CHECK(dayOf(2025, 3, 21).kind == DayKind::Holiday); // a Friday: nothing moves for it
    CHECK(dayOf(2025, 3, 24).kind == DayKind::Moved);
    CHECK(dayOf(2025, 3, 24).relatedDate == QDate(2025, 3, 22));
    CHECK(dayOf(2025, 3, 25).kind == DayKind::Moved);
    CHECK(dayOf(2025, 3, 25).relatedDate == QDate(2025, 3, 23));
    CHECK(dayOf(2025, 3, 26).isWorking());
}

TEST_CASE("The 2020 transfer makes Fri 8 May a day off and Mon 11 May, Victory Day's moved day, a working day "
          "(CALENDAR.md §4)",
          "[core][calendar]")
{
    const core::DayInfo friday = dayOf(2020, 5, 8);
    CHECK(friday.kind == DayKind::TransferOff);
    CHECK(friday.relatedDate == QDate(2020, 5, 11));
    CHECK_FALSE(friday.isWorking());
    CHECK(dayOf(2020, 5, 9).kind == DayKind::Holiday); // Victory Day, a Saturday
    const core::DayInfo monday = dayOf(2020, 5, 11);
    CHECK(monday.kind == DayKind::TransferWork);
    CHECK(monday.relatedDate == QDate(2020, 5, 8));
    CHECK(monday.isWorking());
    // Victory Day's day off is not pushed further on.
    CHECK(dayOf(2020, 5, 12).isWorking());
}

TEST_CASE("Without its transfer, Victory Day on Sat 9 May 2020 gives Mon 11 May off (CALENDAR.md §3)",
          "[core][calendar]")
{
    core::CalendarData data = test::shippedCalendar().data();
    std::erase_if(data.transfers, [](const core::Transfer& t) { return t.dayOff == QDate(2020, 5, 8); });
    const core::Calendar calendar(std::move(data));
    CHECK(calendar.day(QDate(2020, 5, 8)).isWorking());
    CHECK(calendar.day(QDate(2020, 5, 11)).kind == DayKind::Moved);
    CHECK(calendar.day(QDate(2020, 5, 11)).relatedDate == QDate(2020, 5, 9));
}

TEST_CASE("Kurban Ait on a weekend moves no day: Sun 11 August 2019 leaves Mon 12 August working (CALENDAR.md §2)",
          "[core][calendar]")
{
    const core::DayInfo sunday = dayOf(2019, 8, 11);
    CHECK(sunday.kind == DayKind::Religious);
    CHECK(sunday.name.en == u"Kurban Ait"_s);
    CHECK(dayOf(2019, 8, 12).kind == DayKind::Working);
    CHECK(dayOf(2022, 7, 9).kind == DayKind::Religious); // a Saturday
    CHECK(dayOf(2022, 7, 11).kind == DayKind::Working);
    CHECK(dayOf(2024, 6, 16).kind == DayKind::Religious); // a Sunday
    CHECK(dayOf(2024, 6, 17).kind == DayKind::Working);
}

TEST_CASE("Kurban Ait on a weekday is a religious day off (CALENDAR.md §2)", "[core][calendar]")
{
    CHECK(dayOf(2026, 5, 27).kind == DayKind::Religious);
    CHECK_FALSE(dayOf(2026, 5, 27).isWorking());
    CHECK(dayOf(2026, 5, 27).name == core::Text3{u"Құрбан айт"_s, u"Курбан айт"_s, u"Kurban Ait"_s});
}

TEST_CASE("7 January on a weekend moves no day: Sat 7 January 2023 leaves Mon 9 January working (CALENDAR.md §2)",
          "[core][calendar]")
{
    CHECK(dayOf(2023, 1, 7).kind == DayKind::Religious);
    CHECK(dayOf(2023, 1, 7).name.en == u"Orthodox Christmas"_s);
    CHECK(dayOf(2023, 1, 9).kind == DayKind::Working);
    CHECK(dayOf(2024, 1, 7).kind == DayKind::Religious); // a Sunday
    CHECK(dayOf(2024, 1, 8).kind == DayKind::Working);
}

TEST_CASE("30 August is a holiday until 2025 only: Sat 30 August 2025 gives Mon 1 September off, Mon 31 August 2026 "
          "is working (CALENDAR.md §1)",
          "[core][calendar]")
{
    CHECK(dayOf(2025, 8, 30).kind == DayKind::Holiday);
    CHECK(dayOf(2025, 9, 1).kind == DayKind::Moved);
    CHECK(dayOf(2025, 9, 1).relatedDate == QDate(2025, 8, 30));
    CHECK(dayOf(2025, 9, 1).name.en == u"Constitution Day"_s);
    CHECK(dayOf(2026, 8, 30).kind == DayKind::Weekend);
    CHECK(dayOf(2026, 8, 31).kind == DayKind::Working);
    CHECK(dayOf(2024, 8, 30).kind == DayKind::Holiday);
}

TEST_CASE("25 October is a holiday from 2022 only (CALENDAR.md §1)", "[core][calendar]")
{
    CHECK(dayOf(2019, 10, 25).kind == DayKind::Working); // a Friday
    CHECK(dayOf(2020, 10, 25).kind == DayKind::Weekend); // a Sunday: nothing moves
    CHECK(dayOf(2020, 10, 26).kind == DayKind::Working);
    CHECK(dayOf(2021, 10, 25).kind == DayKind::Working); // a Monday
    CHECK(dayOf(2022, 10, 25).kind == DayKind::Holiday);
    CHECK(dayOf(2022, 10, 25).name.en == u"Republic Day"_s);
    CHECK(dayOf(2025, 10, 27).kind == DayKind::Moved); // 25 October 2025, a Saturday
}

TEST_CASE("1 December and 17 December are holidays until 2021 only (CALENDAR.md §1)", "[core][calendar]")
{
    CHECK(dayOf(2021, 12, 1).kind == DayKind::Holiday);
    CHECK(dayOf(2021, 12, 17).kind == DayKind::Holiday);
    CHECK(dayOf(2019, 12, 2).kind == DayKind::Moved); // 1 December 2019, a Sunday
    CHECK(dayOf(2022, 12, 1).kind == DayKind::Working);
    CHECK(dayOf(2023, 12, 1).kind == DayKind::Working);
    CHECK(dayOf(2022, 12, 17).kind == DayKind::Weekend); // a Saturday, no holiday any more
    CHECK(dayOf(2022, 12, 19).kind == DayKind::Working);
    // 16 December 2023 is a Saturday and gives Monday 18 off; 17 December, a Sunday, gives nothing.
    CHECK(dayOf(2023, 12, 17).kind == DayKind::Weekend);
    CHECK(dayOf(2023, 12, 18).kind == DayKind::Moved);
    CHECK(dayOf(2023, 12, 19).kind == DayKind::Working);
}

TEST_CASE("Wed 7 January 2026 is a religious day off after the New Year holidays (CALENDAR.md §1–2)",
          "[core][calendar]")
{
    CHECK(dayOf(2026, 1, 1).kind == DayKind::Holiday);
    CHECK(dayOf(2026, 1, 2).kind == DayKind::Holiday);
    CHECK(dayOf(2026, 1, 5).kind == DayKind::Working);
    CHECK(dayOf(2026, 1, 6).kind == DayKind::Working);
    CHECK(dayOf(2026, 1, 7).kind == DayKind::Religious);
    CHECK(dayOf(2026, 1, 8).kind == DayKind::Working);
}

TEST_CASE("A holiday on Saturday 31 December moves its day off into January, after the New Year days off "
          "(CALENDAR.md §3 across the year boundary)",
          "[core][calendar]")
{
    core::CalendarData data = test::shippedCalendar().data();
    data.datedDays.push_back(core::DatedDay{0, QDate(2022, 12, 31), false, {u"kk"_s, u"ru"_s, u"One-off"_s}});
    const core::Calendar calendar(std::move(data));
    CHECK(calendar.day(QDate(2022, 12, 31)).kind == DayKind::Holiday);
    // 1 January 2023 is a Sunday and 2 January a holiday: 31 December takes Tue 3, 1 January Wed 4.
    CHECK(calendar.day(QDate(2023, 1, 3)).kind == DayKind::Moved);
    CHECK(calendar.day(QDate(2023, 1, 3)).relatedDate == QDate(2022, 12, 31));
    CHECK(calendar.day(QDate(2023, 1, 4)).kind == DayKind::Moved);
    CHECK(calendar.day(QDate(2023, 1, 4)).relatedDate == QDate(2023, 1, 1));
    CHECK(calendar.day(QDate(2023, 1, 5)).isWorking());
    // The shipped calendar has no such day: only 3 January is off.
    CHECK(test::shippedCalendar().day(QDate(2023, 1, 4)).isWorking());
}

TEST_CASE("A religious day off on a weekday is off, and on a weekend moves nothing, wherever it comes from "
          "(CALENDAR.md §2)",
          "[core][calendar]")
{
    core::CalendarData data;
    data.rules.push_back(core::HolidayRule{0, 6, 1, 0, 0, true, {u"kk"_s, u"ru"_s, u"Religious rule"_s}});
    data.rules.push_back(core::HolidayRule{0, 6, 2, 0, 0, false, {u"kk"_s, u"ru"_s, u"Holiday rule"_s}});
    const core::Calendar calendar(std::move(data));
    // 2024-06-01 is a Saturday, 2024-06-02 a Sunday: only the holiday gives a day off.
    CHECK(calendar.day(QDate(2024, 6, 1)).kind == DayKind::Religious);
    CHECK(calendar.day(QDate(2024, 6, 2)).kind == DayKind::Holiday);
    CHECK(calendar.day(QDate(2024, 6, 3)).kind == DayKind::Moved);
    CHECK(calendar.day(QDate(2024, 6, 3)).relatedDate == QDate(2024, 6, 2));
    CHECK(calendar.day(QDate(2024, 6, 4)).kind == DayKind::Working);
    // 2026-06-01 is a Monday.
    CHECK(calendar.day(QDate(2026, 6, 1)).kind == DayKind::Religious);
    CHECK_FALSE(calendar.isWorking(QDate(2026, 6, 1)));
}

TEST_CASE("A rule applies only in its years, and 29 February only in leap years", "[core][calendar]")
{
    core::HolidayRule rule{0, 2, 29, 2020, 2028, false, {u"kk"_s, u"ru"_s, u"Leap"_s}};
    CHECK(rule.appliesIn(2020));
    CHECK_FALSE(rule.appliesIn(2021));
    CHECK(rule.appliesIn(2024));
    CHECK(rule.appliesIn(2028));
    CHECK_FALSE(rule.appliesIn(2019));
    CHECK_FALSE(rule.appliesIn(2032));
    const core::Calendar calendar(core::CalendarData{{rule}, {}, {}, {}});
    CHECK(calendar.day(QDate(2024, 2, 29)).kind == DayKind::Holiday); // a Thursday
    CHECK(calendar.day(QDate(2023, 3, 1)).kind == DayKind::Working);
}

TEST_CASE("Every kind of day has its name for files and logs", "[core][calendar]")
{
    CHECK(core::toString(DayKind::Working) == u"working"_s);
    CHECK(core::toString(DayKind::Weekend) == u"weekend"_s);
    CHECK(core::toString(DayKind::Holiday) == u"holiday"_s);
    CHECK(core::toString(DayKind::Moved) == u"moved"_s);
    CHECK(core::toString(DayKind::Religious) == u"religious"_s);
    CHECK(core::toString(DayKind::TransferOff) == u"transfer-off"_s);
    CHECK(core::toString(DayKind::TransferWork) == u"transfer-work"_s);
}
