// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the calendar's data: validated, audited, and all or nothing (CALENDAR.md: "everything
// year-specific here is data that a user must be able to add to and correct").
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include "core/CalendarService.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using core::DayKind;
using core::ErrorCode;

namespace {

const core::Text3 oneOff{u"Бір реттік демалыс"_s, u"Разовый выходной"_s, u"One-off day off"_s};
const core::Text3 note{u"Демалыс күнін ауыстыру"_s, u"Перенос выходного дня"_s, u"Transfer of a day off"_s};

core::DayKind kindOf(const test::TestDatabase& t, QDate date)
{
    return t.currentCalendar().day(date).kind;
}

/// A transfer that must be refused with `code`, writing nothing.
void checkTransferRefused(test::TestDatabase& t, const core::Transfer& transfer, ErrorCode code)
{
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.calendar->addTransfer(transfer, u"test"_s)) == code);
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.db->transactionDepth() == 0);
}

/// The dated days and transfers of `year`, without their ids, as text.
QStringList yearData(const test::TestDatabase& t, int year)
{
    const auto data = t.calendar->data();
    REQUIRE(data.has_value());
    QStringList lines;
    for (const core::DatedDay& d : data->datedDays)
        if (d.date.year() == year)
            lines << u"%1 %2 %3|%4|%5"_s.arg(core::isoDate(d.date), d.religious ? u"religious"_s : u"holiday"_s,
                                             d.name.kk, d.name.ru, d.name.en);
    for (const core::Transfer& x : data->transfers)
        if (x.dayOff.year() == year)
            lines << u"%1 ← %2 %3|%4|%5"_s.arg(core::isoDate(x.dayOff), core::isoDate(x.workingDay), x.note.kk,
                                               x.note.ru, x.note.en);
    lines.sort();
    return lines;
}

QStringList specialDays(const test::TestDatabase& t, int year)
{
    QStringList days;
    for (const core::DayInfo& info : t.currentCalendar().specialDays(year))
        days << test::describe(info);
    return days;
}

const QString header = u"date,kind,working_day,name_kk,name_ru,name_en"_s;

} // namespace

TEST_CASE("A transfer whose day off is already off is refused with TransferDayOffNotWorking and writes nothing "
          "(CALENDAR.md §4)",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    // A moved day off, a holiday, a Saturday, a religious day off.
    checkTransferRefused(t, {0, QDate(2026, 3, 24), QDate(2026, 3, 28), note}, ErrorCode::TransferDayOffNotWorking);
    checkTransferRefused(t, {0, QDate(2026, 5, 7), QDate(2026, 5, 16), note}, ErrorCode::TransferDayOffNotWorking);
    checkTransferRefused(t, {0, QDate(2026, 6, 6), QDate(2026, 6, 13), note}, ErrorCode::TransferDayOffNotWorking);
    checkTransferRefused(t, {0, QDate(2026, 5, 27), QDate(2026, 5, 30), note}, ErrorCode::TransferDayOffNotWorking);
}

TEST_CASE("A transfer whose working day is already a working day is refused with TransferWorkdayNotOff and writes "
          "nothing (CALENDAR.md §4)",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    checkTransferRefused(t, {0, QDate(2026, 6, 5), QDate(2026, 6, 3), note}, ErrorCode::TransferWorkdayNotOff);
    checkTransferRefused(t, {0, QDate(2026, 6, 5), QDate(2026, 6, 8), note}, ErrorCode::TransferWorkdayNotOff);
}

TEST_CASE("A transfer on a date that another transfer uses is refused with DuplicateDate and writes nothing",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    // The shipped transfer of 2025: Fri 3 January off ← Sun 5 January.
    checkTransferRefused(t, {0, QDate(2025, 1, 3), QDate(2025, 1, 11), note}, ErrorCode::DuplicateDate);
    checkTransferRefused(t, {0, QDate(2025, 1, 10), QDate(2025, 1, 5), note}, ErrorCode::DuplicateDate);
    checkTransferRefused(t, {0, QDate(2025, 1, 5), QDate(2025, 1, 11), note}, ErrorCode::DuplicateDate);
    checkTransferRefused(t, {0, QDate(2025, 1, 10), QDate(2025, 1, 3), note}, ErrorCode::DuplicateDate);
}

TEST_CASE("A transfer with a missing date or the same day twice is refused with InvalidDate and writes nothing",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    checkTransferRefused(t, {0, QDate(), QDate(2026, 6, 6), note}, ErrorCode::InvalidDate);
    checkTransferRefused(t, {0, QDate(2026, 6, 5), QDate(), note}, ErrorCode::InvalidDate);
    checkTransferRefused(t, {0, QDate(2026, 6, 6), QDate(2026, 6, 6), note}, ErrorCode::InvalidDate);
}

TEST_CASE("Adding a transfer swaps its two days, with an audit entry, removing it swaps them back (CALENDAR.md §4)",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    REQUIRE(kindOf(t, QDate(2026, 5, 8)) == DayKind::Working);
    REQUIRE(kindOf(t, QDate(2026, 5, 16)) == DayKind::Weekend);

    const auto added = t.calendar->addTransfer({0, QDate(2026, 5, 8), QDate(2026, 5, 16), note}, u"resolution"_s);
    REQUIRE(added.has_value());
    CHECK(added->id > 0);
    CHECK(added->moved.empty());
    const core::Calendar after = t.currentCalendar();
    CHECK(after.day(QDate(2026, 5, 8)).kind == DayKind::TransferOff);
    CHECK(after.day(QDate(2026, 5, 8)).relatedDate == QDate(2026, 5, 16));
    CHECK(after.day(QDate(2026, 5, 8)).name == note);
    CHECK_FALSE(after.isWorking(QDate(2026, 5, 8)));
    CHECK(after.day(QDate(2026, 5, 16)).kind == DayKind::TransferWork);
    CHECK(after.isWorking(QDate(2026, 5, 16)));

    auto entries = test::auditOf(*t.audit, u"calendar_transfer"_s, added->id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == core::AuditAction::Create);
    CHECK(entries[0].user == u"tester"_s);
    CHECK_FALSE(entries[0].oldValue.has_value());
    CHECK(entries[0].newValue == std::optional<QString>(u"2026-05-08 ← 2026-05-16"_s));
    CHECK(entries[0].reason == u"resolution"_s);

    const auto removed = t.calendar->removeTransfer(added->id, u"withdrawn"_s);
    REQUIRE(removed.has_value());
    CHECK(kindOf(t, QDate(2026, 5, 8)) == DayKind::Working);
    CHECK(kindOf(t, QDate(2026, 5, 16)) == DayKind::Weekend);
    entries = test::auditOf(*t.audit, u"calendar_transfer"_s, added->id);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].action == core::AuditAction::Delete);
    CHECK(entries[1].oldValue == std::optional<QString>(u"2026-05-08 ← 2026-05-16"_s));
    CHECK(entries[1].reason == u"withdrawn"_s);

    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.calendar->removeTransfer(added->id, {})) == ErrorCode::NotFound);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("setKurbanAit for 2027 adds a religious day off and a second call for 2027 replaces the first, leaving "
          "every other year's (CALENDAR.md §2)",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    QStringList others;
    for (int year = 2019; year <= 2026; ++year)
        others << yearData(t, year);
    REQUIRE(others.size() == 8 + 11);

    // Sun 16 May 2027: a religious day off on a weekend moves nothing.
    const auto first = t.calendar->setKurbanAit(QDate(2027, 5, 16), u"expected"_s);
    REQUIRE(first.has_value());
    CHECK(kindOf(t, QDate(2027, 5, 16)) == DayKind::Religious);
    CHECK(kindOf(t, QDate(2027, 5, 17)) == DayKind::Working);
    CHECK(yearData(t, 2027) == QStringList{u"2027-05-16 religious Құрбан айт|Курбан айт|Kurban Ait"_s});

    const auto second = t.calendar->setKurbanAit(QDate(2027, 5, 17), u"confirmed"_s);
    REQUIRE(second.has_value());
    CHECK(kindOf(t, QDate(2027, 5, 16)) == DayKind::Weekend);
    CHECK(kindOf(t, QDate(2027, 5, 17)) == DayKind::Religious);
    CHECK(yearData(t, 2027) == QStringList{u"2027-05-17 religious Құрбан айт|Курбан айт|Kurban Ait"_s});

    QStringList othersAfter;
    for (int year = 2019; year <= 2026; ++year)
        othersAfter << yearData(t, year);
    CHECK(othersAfter == others);

    // The first was deleted and the second created, each with the reason given. (SQLite may give the
    // second the first one's id, so the entries are found by their order.)
    const auto recent = t.audit->recent(3);
    REQUIRE(recent.has_value());
    REQUIRE(recent->size() == 3);
    const core::AuditEntry& created = recent->at(0);
    const core::AuditEntry& deleted = recent->at(1);
    const core::AuditEntry& firstCreated = recent->at(2);
    CHECK(firstCreated.action == core::AuditAction::Create);
    CHECK(firstCreated.entity == u"calendar_dated_day"_s);
    CHECK(firstCreated.newValue == std::optional<QString>(u"2027-05-16 Kurban Ait"_s));
    CHECK(firstCreated.reason == u"expected"_s);
    CHECK(deleted.action == core::AuditAction::Delete);
    CHECK(deleted.entity == u"calendar_dated_day"_s);
    CHECK(deleted.entityId == first->id);
    CHECK(deleted.oldValue == std::optional<QString>(u"2027-05-16 Kurban Ait"_s));
    CHECK(deleted.reason == u"confirmed"_s);
    CHECK(created.action == core::AuditAction::Create);
    CHECK(created.entityId == second->id);
    CHECK(created.newValue == std::optional<QString>(u"2027-05-17 Kurban Ait"_s));
    CHECK(created.reason == u"confirmed"_s);
}

TEST_CASE("setKurbanAit for a year with a date replaces that year's date only (CALENDAR.md §2)",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    REQUIRE(t.calendar->setKurbanAit(QDate(2026, 5, 26), {}).has_value());
    CHECK(kindOf(t, QDate(2026, 5, 27)) == DayKind::Working);
    CHECK(kindOf(t, QDate(2026, 5, 26)) == DayKind::Religious);
    CHECK(kindOf(t, QDate(2025, 6, 6)) == DayKind::Religious);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.calendar->setKurbanAit(QDate(), {})) == ErrorCode::InvalidDate);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A one-off holiday on a Saturday gives the next working day off, a religious day off on a Saturday does "
          "not (CALENDAR.md §2–3)",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const auto holiday = t.calendar->addDatedDay({0, QDate(2026, 6, 13), false, oneOff}, u"decree"_s);
    REQUIRE(holiday.has_value());
    const auto religious = t.calendar->addDatedDay({0, QDate(2026, 6, 20), true, oneOff}, u"decree"_s);
    REQUIRE(religious.has_value());

    const core::Calendar calendar = t.currentCalendar();
    CHECK(calendar.day(QDate(2026, 6, 13)).kind == DayKind::Holiday);
    CHECK(calendar.day(QDate(2026, 6, 13)).name == oneOff);
    CHECK(calendar.day(QDate(2026, 6, 15)).kind == DayKind::Moved);
    CHECK(calendar.day(QDate(2026, 6, 15)).relatedDate == QDate(2026, 6, 13));
    CHECK(calendar.day(QDate(2026, 6, 20)).kind == DayKind::Religious);
    CHECK(calendar.day(QDate(2026, 6, 22)).kind == DayKind::Working);

    const auto entries = test::auditOf(*t.audit, u"calendar_dated_day"_s, holiday->id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == core::AuditAction::Create);
    CHECK(entries[0].newValue == std::optional<QString>(u"2026-06-13 One-off day off"_s));
    CHECK(entries[0].reason == u"decree"_s);

    REQUIRE(t.calendar->removeDatedDay(holiday->id, u"cancelled"_s).has_value());
    CHECK(kindOf(t, QDate(2026, 6, 13)) == DayKind::Weekend);
    CHECK(kindOf(t, QDate(2026, 6, 15)) == DayKind::Working);
    const auto removedEntries = test::auditOf(*t.audit, u"calendar_dated_day"_s, holiday->id);
    REQUIRE(removedEntries.size() == 2);
    CHECK(removedEntries[1].action == core::AuditAction::Delete);
    CHECK(removedEntries[1].reason == u"cancelled"_s);
}

TEST_CASE("A dated day off on a date that has one, without a full name or without a date is refused and writes "
          "nothing",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.calendar->addDatedDay({0, QDate(2026, 5, 27), false, oneOff}, {}))
          == ErrorCode::DuplicateDate);
    CHECK(test::errorOf(t.calendar->addDatedDay({0, QDate(2026, 6, 13), false, {u"kk"_s, u"ru"_s, u" "_s}}, {}))
          == ErrorCode::EmptyName);
    CHECK(test::errorOf(t.calendar->addDatedDay({0, QDate(), false, oneOff}, {})) == ErrorCode::InvalidDate);
    CHECK(test::errorOf(t.calendar->removeDatedDay(999999, {})) == ErrorCode::NotFound);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A holiday rule added for some years applies in those years only, bad rules are refused (CALENDAR.md §1)",
          "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.calendar->addRule({0, 13, 1, 0, 0, false, oneOff}, {})) == ErrorCode::InvalidDate);
    CHECK(test::errorOf(t.calendar->addRule({0, 2, 30, 0, 0, false, oneOff}, {})) == ErrorCode::InvalidDate);
    CHECK(test::errorOf(t.calendar->addRule({0, 6, 1, 2028, 2027, false, oneOff}, {})) == ErrorCode::InvalidDateRange);
    CHECK(test::errorOf(t.calendar->addRule({0, 6, 1, 0, 0, false, {u"kk"_s, {}, u"en"_s}}, {}))
          == ErrorCode::EmptyName);
    CHECK(test::errorOf(t.calendar->removeRule(999999, {})) == ErrorCode::NotFound);
    CHECK(test::databaseState(*t.db) == before);

    const auto added = t.calendar->addRule({0, 6, 1, 2027, 2028, false, oneOff}, u"law"_s);
    REQUIRE(added.has_value());
    CHECK(kindOf(t, QDate(2026, 6, 1)) == DayKind::Working);
    CHECK(kindOf(t, QDate(2027, 6, 1)) == DayKind::Holiday);
    CHECK(kindOf(t, QDate(2028, 6, 1)) == DayKind::Holiday);
    CHECK(kindOf(t, QDate(2029, 6, 1)) == DayKind::Working);
    const auto entries = test::auditOf(*t.audit, u"calendar_rule"_s, added->id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].newValue == std::optional<QString>(u"06-01 2027–2028 One-off day off"_s));

    REQUIRE(t.calendar->removeRule(added->id, u"repealed"_s).has_value());
    CHECK(kindOf(t, QDate(2027, 6, 1)) == DayKind::Working);
    CHECK(test::auditOf(*t.audit, u"calendar_rule"_s, added->id).size() == 2);
}

TEST_CASE("Confirming a year is stored and audited, confirming it again writes nothing", "[core][calendar-service]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    REQUIRE_FALSE(t.currentCalendar().isConfirmed(2027));
    REQUIRE(t.calendar->setConfirmed(2027, true, u"resolution published"_s).has_value());
    CHECK(t.currentCalendar().isConfirmed(2027));
    auto entries = test::auditOf(*t.audit, u"calendar_year"_s, 2027);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].field == u"confirmed"_s);
    CHECK(entries[0].oldValue == std::optional<QString>(u"false"_s));
    CHECK(entries[0].newValue == std::optional<QString>(u"true"_s));

    const QStringList before = test::databaseState(*t.db);
    REQUIRE(t.calendar->setConfirmed(2027, true, {}).has_value());
    CHECK(test::databaseState(*t.db) == before);
    CHECK(test::errorOf(t.calendar->setConfirmed(1991, true, {})) == ErrorCode::InvalidYear);
    CHECK(test::databaseState(*t.db) == before);

    REQUIRE(t.calendar->setConfirmed(2026, false, {}).has_value());
    CHECK_FALSE(t.currentCalendar().isConfirmed(2026));
    entries = test::auditOf(*t.audit, u"calendar_year"_s, 2026);
    REQUIRE(entries.size() == 2); // confirmed by the shipped data, then not
    CHECK(entries[1].newValue == std::optional<QString>(u"false"_s));
}

TEST_CASE("The CSV of 2024 holds its transfer and its Kurban Ait, in date order", "[core][calendar-service][csv]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const auto csv = t.calendar->exportCsv(2024);
    REQUIRE(csv.has_value());
    CHECK(
        *csv
        == header + u"\n"_s
               + u"2024-05-08,transfer,2024-05-04,Демалыс күнін ауыстыру,Перенос выходного дня,Transfer of a day off\n"_s
               + u"2024-06-16,religious,,Құрбан айт,Курбан айт,Kurban Ait\n"_s);
    const auto empty = t.calendar->exportCsv(2030);
    REQUIRE(empty.has_value());
    CHECK(*empty == header + u"\n"_s);
}

TEST_CASE("Exporting 2024 to CSV and importing it back leaves the data and the calendar as they were",
          "[core][calendar-service][csv]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    // A name with a comma and quotes must survive the trip.
    REQUIRE(t.calendar
                ->addDatedDay(
                    {0, QDate(2024, 11, 29), false, {u"Күн, \"бір\""_s, u"День, \"один\""_s, u"Day, \"one\""_s}}, {})
                .has_value());
    const QStringList data2024 = yearData(t, 2024);
    REQUIRE(data2024.size() == 3);
    QStringList otherYears;
    for (const int year : {2023, 2025})
        otherYears << yearData(t, year);
    const QStringList days2024 = specialDays(t, 2024);
    const auto csv = t.calendar->exportCsv(2024);
    REQUIRE(csv.has_value());
    const qint64 auditRows = test::rowCount(*t.db, u"audit"_s);

    const auto imported = t.calendar->importCsv(2024, *csv, u"round trip"_s);
    REQUIRE(imported.has_value());
    CHECK(yearData(t, 2024) == data2024);
    QStringList otherYearsAfter;
    for (const int year : {2023, 2025})
        otherYearsAfter << yearData(t, year);
    CHECK(otherYearsAfter == otherYears);
    CHECK(specialDays(t, 2024) == days2024);
    const auto again = t.calendar->exportCsv(2024);
    REQUIRE(again.has_value());
    CHECK(*again == *csv);
    // Three rows deleted and three created, each audited.
    CHECK(test::rowCount(*t.db, u"audit"_s) == auditRows + 6);
}

TEST_CASE("Importing a year's CSV replaces that year's days off and transfers", "[core][calendar-service][csv]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const QString csv = header + u"\r\n2024-06-16,religious,,Құрбан айт,Курбан айт,Kurban Ait\r\n"_s
                        + u"2024-12-27,transfer,2024-12-28,,,\r\n"_s;
    REQUIRE(t.calendar->importCsv(2024, csv, {}).has_value());
    const core::Calendar calendar = t.currentCalendar();
    CHECK(calendar.day(QDate(2024, 5, 8)).kind == DayKind::Working); // the old transfer is gone
    CHECK(calendar.day(QDate(2024, 5, 4)).kind == DayKind::Weekend);
    CHECK(calendar.day(QDate(2024, 12, 27)).kind == DayKind::TransferOff);
    CHECK(calendar.day(QDate(2024, 12, 28)).kind == DayKind::TransferWork);
    CHECK(calendar.day(QDate(2024, 6, 16)).kind == DayKind::Religious);
    CHECK(calendar.day(QDate(2025, 1, 3)).kind == DayKind::TransferOff); // another year's is kept
}

TEST_CASE("A CSV with a bad row is refused with CsvInvalid naming the line, and changes nothing",
          "[core][calendar-service][csv]")
{
    const QString good = u"2024-06-16,religious,,Құрбан айт,Курбан айт,Kurban Ait"_s;
    struct Case
    {
        const char* what;
        QString csv;
        QString line;
    };
    const auto [what, csv, line] = GENERATE_COPY(values<Case>({
        {"a wrong header", u"date;kind;working_day;name_kk;name_ru;name_en\n"_s + good, u"line 1: "_s},
        {"an empty file", QString(), u"line 1: "_s},
        {"a date that does not exist", header + u"\n"_s + good + u"\n2024-02-30,holiday,,a,b,c\n"_s, u"line 3: "_s},
        {"a date that is not ISO", header + u"\n"_s + good + u"\n29.11.2024,holiday,,a,b,c\n"_s, u"line 3: "_s},
        {"a wrong kind", header + u"\n"_s + good + u"\n2024-11-29,vacation,,a,b,c\n"_s, u"line 3: "_s},
        {"a missing name", header + u"\n"_s + good + u"\n2024-11-29,holiday,,a,b,\n"_s, u"line 3: "_s},
        {"an unterminated quote", header + u"\n"_s + good + u"\n2024-11-29,holiday,,\"a,b,c\n"_s, u"line 3: "_s},
        {"too few fields", header + u"\n"_s + good + u"\n2024-11-29,holiday,,a,b\n"_s, u"line 3: "_s},
        {"a date of another year", header + u"\n"_s + good + u"\n2025-01-10,holiday,,a,b,c\n"_s, u"line 3: "_s},
        {"a transfer without a working day", header + u"\n"_s + good + u"\n2024-11-29,transfer,,,,\n"_s, u"line 3: "_s},
        {"a transfer whose day off is a holiday", header + u"\n"_s + good + u"\n2024-12-16,transfer,2024-12-14,,,\n"_s,
         u"line 3: "_s},
        {"a transfer whose working day is a working day",
         header + u"\n"_s + good + u"\n2024-11-29,transfer,2024-11-28,,,\n"_s, u"line 3: "_s},
        {"a day off twice", header + u"\n"_s + good + u"\n"_s + good + u"\n"_s, u"line 3: "_s},
    }));
    CAPTURE(what);
    test::TestDatabase t(test::Shipped::Calendar);
    const QStringList before = test::databaseState(*t.db);
    const auto imported = t.calendar->importCsv(2024, csv, u"import"_s);
    REQUIRE_FALSE(imported.has_value());
    CHECK(imported.error().code == ErrorCode::CsvInvalid);
    CAPTURE(imported.error().detail);
    CHECK(imported.error().detail.startsWith(line));
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.db->transactionDepth() == 0);
}
