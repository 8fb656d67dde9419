// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString testData = QString::fromUtf8(BAGALAU_TEST_DATA_DIR);

/// The codes on the list of evaluated bodies of `year`, sorted.
QStringList listCodes(const test::TestDatabase& t, int year)
{
    const auto ids = t.registry->repository().evaluatedList(year);
    REQUIRE(ids.has_value());
    QStringList codes;
    for (const qint64 id : *ids) {
        const auto body = t.registry->repository().body(id);
        REQUIRE(body.has_value());
        codes << body->code;
    }
    codes.sort();
    return codes;
}

bool hasBody(const test::TestDatabase& t, const QString& code)
{
    const auto body = t.registry->repository().bodyByCode(code);
    REQUIRE(body.has_value());
    return body->has_value();
}

/// The reorganizations that MIID is a predecessor of.
std::vector<core::Reorganization> reorganizationsOfMiid(const test::TestDatabase& t)
{
    const auto all = t.registry->repository().reorganizations();
    REQUIRE(all.has_value());
    const qint64 miid = t.idOf(u"MIID"_s);
    std::vector<core::Reorganization> found;
    for (const core::Reorganization& r : *all)
        if (std::find(r.predecessors.begin(), r.predecessors.end(), miid) != r.predecessors.end())
            found.push_back(r);
    return found;
}

/// The user's edits that a re-load must keep: MOA's validity and scope note, AKM taken off the 2024 list,
/// and the approximate date of MIID's split confirmed as another day.
void editAsUser(test::TestDatabase& t)
{
    const qint64 moa = t.idOf(u"MOA"_s);
    core::BodyFields fields = t.registry->repository().body(moa)->fields;
    fields.validTo = QDate(2030, 12, 31);
    fields.scope.note = {u"пайдаланушы"_s, u"пользователь"_s, u"user's note"_s};
    REQUIRE(t.registry->updateBody(moa, fields, u"user"_s).has_value());
    REQUIRE(t.registry->setOnEvaluatedList(2024, t.idOf(u"AKM"_s), false, u"user"_s).has_value());
    auto split = reorganizationsOfMiid(t);
    REQUIRE(split.size() == 1);
    REQUIRE(split.front().approximate);
    split.front().date = QDate(2023, 9, 4);
    split.front().approximate = false;
    REQUIRE(t.registry->updateReorganization(split.front(), u"user"_s).has_value());
}

void checkUserEditsKept(const test::TestDatabase& t)
{
    const auto moa = t.registry->repository().body(t.idOf(u"MOA"_s));
    REQUIRE(moa.has_value());
    CHECK(moa->fields.validTo == QDate(2030, 12, 31));
    CHECK(moa->fields.scope.note.en == u"user's note"_s);
    CHECK_FALSE(listCodes(t, 2024).contains(u"AKM"_s));
    CHECK(listCodes(t, 2024).contains(u"AKT"_s));
    const auto split = reorganizationsOfMiid(t);
    REQUIRE(split.size() == 1);
    CHECK(split.front().date == QDate(2023, 9, 4));
    CHECK_FALSE(split.front().approximate);
}

/// The shipped dataset as a later version 2 would be: the same records, plus a new body, a role
/// and a reorganization for it, and the lists of one more year.
QString writeVersion2(const QTemporaryDir& dir)
{
    QFile shipped(core::ReferenceData::shippedRegistryPath());
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
    REQUIRE(root[u"version"].toInt() == 1);
    root[u"version"] = 2;

    QJsonObject lists = root[u"evaluated_lists"].toObject();
    lists[u"last_year"] = 2026;
    root[u"evaluated_lists"] = lists;

    const QJsonObject text{{u"kk"_s, u"Жаңа агенттік"_s}, {u"ru"_s, u"Новое агентство"_s}, {u"en"_s, u"New Agency"_s}};
    QJsonArray bodies = root[u"bodies"].toArray();
    bodies.append(QJsonObject{
        {u"code"_s, u"NEWA"_s},
        {u"kind"_s, u"central"_s},
        {u"valid_from"_s, u"2026-01-01"_s},
        {u"scope"_s, QJsonObject{{u"block1"_s, true}, {u"block2"_s, true}, {u"block3"_s, true}, {u"results"_s, true}}},
        {u"names"_s, QJsonArray{QJsonObject{{u"short"_s, text}, {u"full"_s, text}}}},
    });
    root[u"bodies"] = bodies;

    QJsonArray roles = root[u"roles"].toArray();
    roles.append(
        QJsonObject{{u"role"_s, u"information"_s}, {u"body"_s, u"NEWA"_s}, {u"valid_from"_s, u"2026-01-01"_s}});
    root[u"roles"] = roles;

    QJsonArray reorganizations = root[u"reorganizations"].toArray();
    reorganizations.append(QJsonObject{{u"date"_s, u"2026-01-01"_s},
                                       {u"kind"_s, u"functions-moved"_s},
                                       {u"from"_s, QJsonArray{u"MCI"_s}},
                                       {u"to"_s, QJsonArray{u"NEWA"_s}}});
    root[u"reorganizations"] = reorganizations;

    const QString path = dir.filePath(u"registry-v2.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

TEST_CASE("Loading the shipped registry a second time changes nothing", "[core][reference]")
{
    test::TestDatabase t;
    const QStringList before = test::databaseState(*t.db);
    const auto loaded = core::ReferenceData::loadRegistry(*t.db, *t.registry);
    REQUIRE(loaded.has_value());
    CHECK_FALSE(*loaded);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("The first load of the shipped registry reports that it loaded something", "[core][reference]")
{
    test::TestDatabase t(false);
    REQUIRE(test::rowCount(*t.db, u"body"_s) == 0);
    const auto loaded = core::ReferenceData::loadRegistry(*t.db, *t.registry);
    REQUIRE(loaded.has_value());
    CHECK(*loaded);
    CHECK(test::rowCount(*t.db, u"body"_s) == 54);
    CHECK(test::rowCount(*t.db, u"role_assignment"_s) == 10);
    CHECK(test::rowCount(*t.db, u"reorganization"_s) == 10);
    CHECK(test::rowCount(*t.db, u"reference_load"_s) == 1);
}

TEST_CASE("User edits survive a re-load of the shipped registry", "[core][reference]")
{
    test::TestDatabase t;
    editAsUser(t);
    const auto loaded = core::ReferenceData::loadRegistry(*t.db, *t.registry);
    REQUIRE(loaded.has_value());
    CHECK_FALSE(*loaded);
    checkUserEditsKept(t);
}

TEST_CASE("A newer version of the dataset adds what is new, keeps the user's edits and duplicates nothing",
          "[core][reference]")
{
    test::TestDatabase t;
    editAsUser(t);
    const qint64 bodies = test::rowCount(*t.db, u"body"_s);
    const qint64 names = test::rowCount(*t.db, u"body_name"_s);
    const qint64 roles = test::rowCount(*t.db, u"role_assignment"_s);
    const qint64 reorganizations = test::rowCount(*t.db, u"reorganization"_s);
    const QStringList list2025 = listCodes(t, 2025);
    QTemporaryDir dir;

    const auto loaded = core::ReferenceData::loadRegistry(*t.db, *t.registry, writeVersion2(dir));
    REQUIRE(loaded.has_value());
    CHECK(*loaded);

    checkUserEditsKept(t);
    CHECK(test::rowCount(*t.db, u"body"_s) == bodies + 1);
    CHECK(test::rowCount(*t.db, u"body_name"_s) == names + 1);
    CHECK(test::rowCount(*t.db, u"role_assignment"_s) == roles + 1);
    CHECK(test::rowCount(*t.db, u"reorganization"_s) == reorganizations + 1);
    CHECK(test::rowCount(*t.db, u"reference_load"_s) == 2);
    CHECK(listCodes(t, 2025) == list2025);
    CHECK(listCodes(t, 2026).contains(u"NEWA"_s));
    const auto assignments = t.registry->repository().roleAssignments();
    REQUIRE(assignments.has_value());
    const qint64 newa = t.idOf(u"NEWA"_s);
    CHECK(std::count_if(assignments->begin(), assignments->end(),
                        [newa](const core::RoleAssignment& a) { return a.bodyId == newa; })
          == 1);
}

TEST_CASE("A dataset file that is not valid JSON is refused with ReferenceData and changes nothing",
          "[core][reference]")
{
    const bool withReference = GENERATE(false, true);
    CAPTURE(withReference);
    test::TestDatabase t(withReference);
    const QStringList before = test::databaseState(*t.db);
    const auto loaded = core::ReferenceData::loadRegistry(*t.db, *t.registry, testData + u"/broken-registry.json"_s);
    CHECK(test::errorOf(loaded) == core::ErrorCode::ReferenceData);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A dataset naming an unknown body in a role is refused with ReferenceData and adds no body",
          "[core][reference]")
{
    const bool withReference = GENERATE(false, true);
    CAPTURE(withReference);
    test::TestDatabase t(withReference);
    const QStringList before = test::databaseState(*t.db);
    const auto loaded =
        core::ReferenceData::loadRegistry(*t.db, *t.registry, testData + u"/broken-registry-unknown-body.json"_s);
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().code == core::ErrorCode::ReferenceData);
    CHECK_FALSE(hasBody(t, u"NEWA"_s));
    CHECK_FALSE(hasBody(t, u"NEWB"_s));
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("A dataset file that does not exist is refused with ReferenceData", "[core][reference]")
{
    test::TestDatabase t(false);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(core::ReferenceData::loadRegistry(*t.db, *t.registry, testData + u"/no-such-file.json"_s))
          == core::ErrorCode::ReferenceData);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("The shipped registry has lists of evaluated bodies for 2019 to 2025", "[core][reference][lists]")
{
    test::TestDatabase t;
    const auto years = t.registry->repository().evaluatedListYears();
    REQUIRE(years.has_value());
    CHECK(*years == std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025});
}

TEST_CASE("The 2019 list holds the 38 bodies evaluated at the end of 2019", "[core][reference][lists]")
{
    test::TestDatabase t;
    const QStringList codes = listCodes(t, 2019);
    CHECK(codes.size() == 38);
    const auto evaluated = t.registry->repository().evaluatedOn(QDate(2019, 12, 31));
    REQUIRE(evaluated.has_value());
    QStringList expected;
    for (const core::Body& b : *evaluated)
        expected << b.code;
    expected.sort();
    CHECK(codes == expected);
}

TEST_CASE("The 2022 list holds MEDU and MSHE but not MES", "[core][reference][lists]")
{
    test::TestDatabase t;
    const QStringList codes = listCodes(t, 2022);
    CHECK(codes.contains(u"MEDU"_s));
    CHECK(codes.contains(u"MSHE"_s));
    CHECK_FALSE(codes.contains(u"MES"_s));
    for (const QString& oblast : {u"ABA"_s, u"ZHE"_s, u"ULY"_s})
        CHECK(codes.contains(oblast));
}

TEST_CASE("The 2023 list holds the successors of that year's reorganizations and not their predecessors",
          "[core][reference][lists]")
{
    test::TestDatabase t;
    const QStringList codes = listCodes(t, 2023);
    for (const QString& code : {u"MIC"_s, u"MOT"_s, u"MCI"_s, u"MTS"_s, u"MWRI"_s, u"MENR"_s}) {
        CAPTURE(code);
        CHECK(codes.contains(code));
    }
    for (const QString& code : {u"MIID"_s, u"MISD"_s, u"MCS"_s, u"MEGNR"_s}) {
        CAPTURE(code);
        CHECK_FALSE(codes.contains(code));
    }
}

TEST_CASE("No list holds a body that is not evaluated", "[core][reference][lists]")
{
    test::TestDatabase t;
    for (int year = 2019; year <= 2025; ++year) {
        const QStringList codes = listCodes(t, year);
        for (const QString& code : {u"PA"_s, u"PMO"_s, u"KPSSU"_s}) {
            CAPTURE(year, code);
            CHECK_FALSE(codes.contains(code));
        }
    }
}

namespace {

/// The shipped calendar as a later version 2 would be: the same records, plus the data of 2027.
QString writeCalendarVersion2(const QTemporaryDir& dir)
{
    QFile shipped(core::ReferenceData::shippedCalendarPath());
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
    REQUIRE(root[u"version"].toInt() == 1);
    root[u"version"] = 2;
    const QJsonObject note{{u"kk"_s, u"Демалыс күнін ауыстыру"_s},
                           {u"ru"_s, u"Перенос выходного дня"_s},
                           {u"en"_s, u"Transfer of a day off"_s}};
    QJsonArray days = root[u"dated_days"].toArray();
    days.append(QJsonObject{
        {u"date"_s, u"2027-05-16"_s},
        {u"religious"_s, true},
        {u"name"_s, QJsonObject{{u"kk"_s, u"Құрбан айт"_s}, {u"ru"_s, u"Курбан айт"_s}, {u"en"_s, u"Kurban Ait"_s}}},
    });
    root[u"dated_days"] = days;
    QJsonArray transfers = root[u"transfers"].toArray();
    transfers.append(
        QJsonObject{{u"day_off"_s, u"2027-01-08"_s}, {u"working_day"_s, u"2027-01-09"_s}, {u"note"_s, note}});
    root[u"transfers"] = transfers;
    QJsonArray years = root[u"confirmed_years"].toArray();
    years.append(2027);
    root[u"confirmed_years"] = years;

    const QString path = dir.filePath(u"calendar-v2.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

TEST_CASE("The first load of the shipped calendar stores the rules, Kurban Ait days, transfers and confirmed years "
          "of CALENDAR.md",
          "[core][reference][calendar]")
{
    test::TestDatabase t(test::Shipped::Nothing);
    const auto loaded = core::ReferenceData::loadCalendar(*t.db, *t.calendar);
    REQUIRE(loaded.has_value());
    CHECK(*loaded);
    CHECK(test::rowCount(*t.db, u"calendar_rule"_s) == 17);
    CHECK(test::rowCount(*t.db, u"calendar_dated_day"_s) == 8);
    CHECK(test::rowCount(*t.db, u"calendar_transfer"_s) == 11);
    CHECK(test::rowCount(*t.db, u"calendar_year"_s) == 8);
    CHECK(test::rowCount(*t.db, u"reference_load"_s) == 1);
    CHECK(test::rowCount(*t.db, u"body"_s) == 0);
}

TEST_CASE("Loading the shipped calendar a second time changes nothing", "[core][reference][calendar]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    const QStringList before = test::databaseState(*t.db);
    const auto loaded = core::ReferenceData::loadCalendar(*t.db, *t.calendar);
    REQUIRE(loaded.has_value());
    CHECK_FALSE(*loaded);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("loadAll loads the registry and the calendar once", "[core][reference][calendar]")
{
    test::TestDatabase t(test::Shipped::Nothing);
    const auto loaded = core::ReferenceData::loadAll(*t.db, *t.audit);
    REQUIRE(loaded.has_value());
    CHECK(*loaded);
    CHECK(test::rowCount(*t.db, u"body"_s) == 54);
    CHECK(test::rowCount(*t.db, u"calendar_rule"_s) == 17);
    CHECK(test::rowCount(*t.db, u"calendar_transfer"_s) == 11);
    CHECK(test::tableRows(t.db->connection(), u"reference_load"_s, {u"dataset"_s, u"version"_s})
          == QStringList{u"'registry'|'1'"_s, u"'calendar'|'1'"_s});
    CHECK(t.db->transactionDepth() == 0);

    const QStringList before = test::databaseState(*t.db);
    const auto again = core::ReferenceData::loadAll(*t.db, *t.audit);
    REQUIRE(again.has_value());
    CHECK_FALSE(*again);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("loadAll after the registry alone was loaded loads the calendar", "[core][reference][calendar]")
{
    test::TestDatabase t(test::Shipped::Registry);
    const auto loaded = core::ReferenceData::loadAll(*t.db, *t.audit);
    REQUIRE(loaded.has_value());
    CHECK(*loaded);
    CHECK(test::rowCount(*t.db, u"body"_s) == 54);
    CHECK(test::rowCount(*t.db, u"calendar_dated_day"_s) == 8);
}

TEST_CASE("A calendar dataset with a transfer whose working day is a working day is refused with ReferenceData and "
          "changes nothing (CALENDAR.md §4)",
          "[core][reference][calendar]")
{
    const bool withCalendar = GENERATE(false, true);
    CAPTURE(withCalendar);
    test::TestDatabase t(withCalendar ? test::Shipped::Calendar : test::Shipped::Nothing);
    const QStringList before = test::databaseState(*t.db);
    const auto loaded =
        core::ReferenceData::loadCalendar(*t.db, *t.calendar, testData + u"/broken-calendar-transfer.json"_s);
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().code == core::ErrorCode::ReferenceData);
    CHECK(loaded.error().detail.contains(u"2027-06-04"_s));
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("A registry dataset is not a calendar dataset", "[core][reference][calendar]")
{
    test::TestDatabase t(test::Shipped::Nothing);
    const QStringList before = test::databaseState(*t.db);
    CHECK(
        test::errorOf(core::ReferenceData::loadCalendar(*t.db, *t.calendar, core::ReferenceData::shippedRegistryPath()))
        == core::ErrorCode::ReferenceData);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A newer version of the calendar dataset adds the new year's data, keeps the user's corrections and "
          "duplicates nothing",
          "[core][reference][calendar]")
{
    test::TestDatabase t(test::Shipped::Calendar);
    // The user's corrections: another Kurban Ait date for 2026, and 2026 no longer confirmed.
    REQUIRE(t.calendar->setKurbanAit(QDate(2026, 5, 26), u"user"_s).has_value());
    REQUIRE(t.calendar->setConfirmed(2026, false, u"user"_s).has_value());
    QTemporaryDir dir;

    const auto loaded = core::ReferenceData::loadCalendar(*t.db, *t.calendar, writeCalendarVersion2(dir));
    REQUIRE(loaded.has_value());
    CHECK(*loaded);
    CHECK(test::rowCount(*t.db, u"calendar_rule"_s) == 17);
    CHECK(test::rowCount(*t.db, u"calendar_dated_day"_s) == 9);
    CHECK(test::rowCount(*t.db, u"calendar_transfer"_s) == 12);
    CHECK(test::rowCount(*t.db, u"reference_load"_s) == 2);
    const core::Calendar calendar = t.currentCalendar();
    CHECK(calendar.day(QDate(2026, 5, 26)).kind == core::DayKind::Religious);
    CHECK(calendar.day(QDate(2026, 5, 27)).kind == core::DayKind::Working);
    CHECK_FALSE(calendar.isConfirmed(2026));
    CHECK(calendar.isConfirmed(2027));
    CHECK(calendar.day(QDate(2027, 5, 16)).kind == core::DayKind::Religious);
    CHECK(calendar.day(QDate(2027, 1, 8)).kind == core::DayKind::TransferOff);
    CHECK(calendar.day(QDate(2027, 1, 9)).kind == core::DayKind::TransferWork);
}
