// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QDateTime noon(QDate(2024, 2, 29), QTime(12, 34, 56, 789), Qt::UTC);

std::vector<core::AuditEntry> entriesFor(const test::TestDatabase& t, qint64 bodyId)
{
    const auto entries = t.audit->forBody(bodyId);
    REQUIRE(entries.has_value());
    return *entries;
}

/// The entries written after the first `skip` ones.
std::vector<core::AuditEntry> after(std::vector<core::AuditEntry> entries, std::size_t skip)
{
    REQUIRE(entries.size() >= skip);
    entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(skip));
    return entries;
}

} // namespace

TEST_CASE("Adding a body writes one create entry with the user, the clock's time and the reason", "[core][audit]")
{
    test::TestDatabase t;
    t.clock.set(noon);
    const qint64 total = test::rowCount(*t.db, u"audit"_s);

    const auto id = t.registry->addBody(u"NEW"_s, test::evaluatedCentral(), test::newName(), u"Жарлық № 1"_s);
    REQUIRE(id.has_value());

    CHECK(test::rowCount(*t.db, u"audit"_s) == total + 1);
    const auto entries = entriesFor(t, *id);
    REQUIRE(entries.size() == 1);
    const core::AuditEntry& e = entries.front();
    CHECK(e.action == core::AuditAction::Create);
    CHECK(e.entity == u"body"_s);
    CHECK(e.entityId == *id);
    CHECK(e.bodyId == *id);
    CHECK(e.user == u"tester"_s);
    CHECK(e.at == noon);
    CHECK(e.field.isEmpty());
    CHECK_FALSE(e.oldValue.has_value());
    REQUIRE(e.newValue.has_value());
    CHECK(e.newValue->startsWith(u"NEW: Жаңа министрлік"_s));
    CHECK(e.reason == u"Жарлық № 1"_s);
}

TEST_CASE("Updating a body writes one entry per changed field with the old and the new value and the reason",
          "[core][audit]")
{
    test::TestDatabase t;
    const qint64 moa = t.idOf(u"MOA"_s);
    const std::size_t earlier = entriesFor(t, moa).size();
    core::BodyFields fields = t.registry->repository().body(moa)->fields;
    REQUIRE(fields.validTo.isNull());
    REQUIRE(fields.scope.block3);
    fields.validTo = QDate(2030, 12, 31);
    fields.scope.block3 = false;
    t.clock.set(noon);

    REQUIRE(t.registry->updateBody(moa, fields, u"a new decree"_s).has_value());

    const auto entries = after(entriesFor(t, moa), earlier);
    REQUIRE(entries.size() == 2);
    for (const core::AuditEntry& e : entries) {
        CHECK(e.action == core::AuditAction::Update);
        CHECK(e.entity == u"body"_s);
        CHECK(e.entityId == moa);
        CHECK(e.user == u"tester"_s);
        CHECK(e.at == noon);
        CHECK(e.reason == u"a new decree"_s);
    }
    CHECK(entries[0].field == u"valid_to"_s);
    CHECK(entries[0].oldValue == std::nullopt);
    CHECK(entries[0].newValue == std::optional(u"2030-12-31"_s));
    CHECK(entries[1].field == u"block3"_s);
    CHECK(entries[1].oldValue == std::optional(u"true"_s));
    CHECK(entries[1].newValue == std::optional(u"false"_s));
}

TEST_CASE("An update that changes nothing writes no audit entry", "[core][audit]")
{
    test::TestDatabase t;
    const qint64 mof = t.idOf(u"MOF"_s);
    core::BodyFields fields = t.registry->repository().body(mof)->fields;
    REQUIRE_FALSE(fields.scope.note.en.isEmpty());
    SECTION("the same fields") { }
    SECTION("the same fields with blanks around the scope note")
    {
        fields.scope.note.kk = u"  "_s + fields.scope.note.kk + u"\n"_s;
        fields.scope.note.en = fields.scope.note.en + u" "_s;
    }
    const QStringList before = test::databaseState(*t.db);
    REQUIRE(t.registry->updateBody(mof, fields, u"no change"_s).has_value());
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("forBody returns a body's entries oldest first", "[core][audit]")
{
    test::TestDatabase t;
    t.clock.set(noon);
    const auto id = t.registry->addBody(u"NEW"_s, test::evaluatedCentral(), test::newName(), u"1"_s);
    REQUIRE(id.has_value());
    t.clock.set(noon.addDays(1));
    REQUIRE(t.registry->addName(*id, test::newName(QDate(2025, 1, 1)), u"2"_s).has_value());
    t.clock.set(noon.addDays(2));
    core::BodyFields fields = t.registry->repository().body(*id)->fields;
    fields.presidential = true;
    REQUIRE(t.registry->updateBody(*id, fields, u"3"_s).has_value());
    t.clock.set(noon.addDays(3));
    REQUIRE(t.registry->setOnEvaluatedList(2025, *id, true, u"4"_s).has_value());
    // Another body's change in between is not among them.
    REQUIRE(t.registry->setOnEvaluatedList(2025, t.idOf(u"MOA"_s), false, u"other"_s).has_value());

    const auto entries = entriesFor(t, *id);
    REQUIRE(entries.size() == 4);
    QStringList reasons;
    QStringList entities;
    for (const core::AuditEntry& e : entries) {
        reasons << e.reason;
        entities << e.entity;
    }
    CHECK(reasons == QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s});
    CHECK(entities == QStringList{u"body"_s, u"body_name"_s, u"body"_s, u"evaluated_list"_s});
    CHECK(std::is_sorted(entries.begin(), entries.end(),
                         [](const core::AuditEntry& a, const core::AuditEntry& b) { return a.id < b.id; }));
    CHECK(entries[0].at == noon);
    CHECK(entries[3].at == noon.addDays(3));
}

TEST_CASE("A refused change writes no audit entry", "[core][audit]")
{
    test::TestDatabase t;
    const qint64 moa = t.idOf(u"MOA"_s);
    const std::size_t before = entriesFor(t, moa).size();
    const qint64 total = test::rowCount(*t.db, u"audit"_s);
    core::BodyFields fields = t.registry->repository().body(moa)->fields;
    fields.validFrom = QDate(2030, 1, 1);
    fields.validTo = QDate(2020, 1, 1);

    REQUIRE_FALSE(t.registry->updateBody(moa, fields, u"refused"_s).has_value());
    REQUIRE_FALSE(t.registry->addName(moa, test::newName(), u"refused: no date"_s).has_value());
    REQUIRE_FALSE(t.registry->removeBody(t.idOf(u"MES"_s), u"refused: in use"_s).has_value());

    CHECK(entriesFor(t, moa).size() == before);
    CHECK(test::rowCount(*t.db, u"audit"_s) == total);
}

TEST_CASE("Removing a reorganization writes a delete entry for each of its bodies", "[core][audit]")
{
    test::TestDatabase t;
    const qint64 mes = t.idOf(u"MES"_s);
    const qint64 medu = t.idOf(u"MEDU"_s);
    const qint64 mshe = t.idOf(u"MSHE"_s);
    const auto all = t.registry->repository().reorganizations();
    REQUIRE(all.has_value());
    const auto split = std::find_if(all->begin(), all->end(), [mes](const core::Reorganization& r) {
        return r.predecessors == std::vector<qint64>{mes};
    });
    REQUIRE(split != all->end());
    const qint64 total = test::rowCount(*t.db, u"audit"_s);
    t.clock.set(noon);

    REQUIRE(t.registry->removeReorganization(split->id, u"recorded twice"_s).has_value());

    CHECK(test::errorOf(t.registry->repository().reorganization(split->id)) == core::ErrorCode::NotFound);
    CHECK(test::rowCount(*t.db, u"audit"_s) == total + 3);
    const auto entries = t.audit->forEntity(u"reorganization"_s, split->id);
    REQUIRE(entries.has_value());
    std::vector<core::AuditEntry> deletes;
    std::copy_if(entries->begin(), entries->end(), std::back_inserter(deletes),
                 [](const core::AuditEntry& e) { return e.action == core::AuditAction::Delete; });
    REQUIRE(deletes.size() == 3);
    std::vector<std::pair<qint64, QString>> sides;
    for (const core::AuditEntry& e : deletes) {
        REQUIRE(e.bodyId.has_value());
        sides.emplace_back(*e.bodyId, e.field);
        CHECK(e.oldValue == std::optional(u"split 2022-06-11"_s));
        CHECK_FALSE(e.newValue.has_value());
        CHECK(e.reason == u"recorded twice"_s);
        CHECK(e.at == noon);
    }
    std::sort(sides.begin(), sides.end());
    std::vector<std::pair<qint64, QString>> expected = {{mes, u"from"_s}, {medu, u"to"_s}, {mshe, u"to"_s}};
    std::sort(expected.begin(), expected.end());
    CHECK(sides == expected);
}
