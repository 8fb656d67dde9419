// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of registry changes: each refused change is refused with its error code and writes nothing.
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <array>

using namespace Qt::StringLiterals;
using core::ErrorCode;

namespace {

core::Body bodyOf(const test::TestDatabase& t, const QString& code)
{
    const auto body = t.registry->repository().body(t.idOf(code));
    REQUIRE(body.has_value());
    return *body;
}

core::Reorganization reorganization(core::ReorganizationKind kind, QDate date, std::vector<qint64> from,
                                    std::vector<qint64> to)
{
    core::Reorganization r;
    r.kind = kind;
    r.date = date;
    r.predecessors = std::move(from);
    r.successors = std::move(to);
    return r;
}

} // namespace

TEST_CASE("A body code that is not 2–16 capital Latin letters, digits, '-' or '_' is refused with InvalidCode",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const QString code = GENERATE(u"mes"_s, u"Mes"_s, u"M"_s, u"ABCDEFGHIJKLMNOPQ"_s, u"M ES"_s, u" MES"_s, u"MES "_s,
                                  u""_s, u"МЕС"_s, u"ÄBC"_s, u"1AB"_s);
    CAPTURE(code);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->addBody(code, test::evaluatedCentral(), test::newName(), {}))
          == ErrorCode::InvalidCode);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A body code of 2 to 16 capital letters, digits, '-' or '_' is accepted", "[core][registry][validation]")
{
    test::TestDatabase t;
    const QString code = GENERATE(u"AB"_s, u"ABCDEFGHIJKLMNOP"_s, u"A-1_B"_s);
    CAPTURE(code);
    const auto id = t.registry->addBody(code, test::evaluatedCentral(), test::newName(), {});
    REQUIRE(id.has_value());
    CHECK(t.idOf(code) == *id);
}

TEST_CASE("A body code that another body has is refused with DuplicateCode", "[core][registry][validation]")
{
    test::TestDatabase t;
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->addBody(u"MES"_s, test::evaluatedCentral(), test::newName(), {}))
          == ErrorCode::DuplicateCode);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A name that is empty or blank in any of the three languages is refused with EmptyName",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const int field = GENERATE(range(0, 6));
    const QString blank = GENERATE(u""_s, u"   "_s, u"\t\n"_s);
    CAPTURE(field, blank);
    core::BodyName name = test::newName();
    const std::array<QString*, 6> texts = {&name.shortName.kk, &name.shortName.ru, &name.shortName.en,
                                           &name.fullName.kk,  &name.fullName.ru,  &name.fullName.en};
    *texts.at(static_cast<std::size_t>(field)) = blank;
    const QStringList before = test::databaseState(*t.db);

    CHECK(test::errorOf(t.registry->addBody(u"NEW"_s, test::evaluatedCentral(), name, {})) == ErrorCode::EmptyName);
    name.validFrom = QDate(2024, 1, 1);
    CHECK(test::errorOf(t.registry->addName(t.idOf(u"MOA"_s), name, {})) == ErrorCode::EmptyName);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A validity period that ends before it begins is refused with InvalidDateRange",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    core::BodyFields fields = test::evaluatedCentral();
    fields.validFrom = QDate(2024, 1, 2);
    fields.validTo = QDate(2024, 1, 1);
    core::BodyFields moa = bodyOf(t, u"MOA"_s).fields;
    moa.validFrom = QDate(2024, 1, 2);
    moa.validTo = QDate(2024, 1, 1);
    const QStringList before = test::databaseState(*t.db);

    CHECK(test::errorOf(t.registry->addBody(u"NEW"_s, fields, test::newName(), {})) == ErrorCode::InvalidDateRange);
    CHECK(test::errorOf(t.registry->updateBody(t.idOf(u"MOA"_s), moa, {})) == ErrorCode::InvalidDateRange);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("An evaluated body with an empty scope is refused with EmptyScope", "[core][registry][validation]")
{
    test::TestDatabase t;
    core::BodyFields fields = test::evaluatedCentral();
    fields.scope = {};
    fields.scope.note = {u"ештеңе"_s, u"ничего"_s, u"nothing"_s};
    const QStringList before = test::databaseState(*t.db);

    CHECK(test::errorOf(t.registry->addBody(u"NEW"_s, fields, test::newName(), {})) == ErrorCode::EmptyScope);
    core::BodyFields moa = bodyOf(t, u"MOA"_s).fields;
    moa.scope = {};
    CHECK(test::errorOf(t.registry->updateBody(t.idOf(u"MOA"_s), moa, {})) == ErrorCode::EmptyScope);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A body that is not evaluated may have an empty scope", "[core][registry][validation]")
{
    test::TestDatabase t;
    core::BodyFields fields = test::evaluatedCentral();
    fields.evaluated = false;
    fields.scope = {};
    CHECK(t.registry->addBody(u"NEW"_s, fields, test::newName(), {}).has_value());
}

TEST_CASE("A body cannot be made part of itself (InvalidParent)", "[core][registry][validation]")
{
    test::TestDatabase t;
    const qint64 gpo = t.idOf(u"GPO"_s);
    core::BodyFields fields = bodyOf(t, u"GPO"_s).fields;
    fields.parentId = gpo;
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->updateBody(gpo, fields, {})) == ErrorCode::InvalidParent);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A body cannot be made part of a body that is part of it (InvalidParent)", "[core][registry][validation]")
{
    test::TestDatabase t;
    // KPSSU is part of the GPO: the GPO cannot become part of KPSSU.
    core::BodyFields fields = bodyOf(t, u"GPO"_s).fields;
    fields.parentId = t.idOf(u"KPSSU"_s);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->updateBody(t.idOf(u"GPO"_s), fields, {})) == ErrorCode::InvalidParent);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("Two bodies cannot play one §13 role in overlapping periods (RoleOverlap)", "[core][registry][validation]")
{
    test::TestDatabase t;
    core::RoleAssignment a;
    a.role = core::Role::Informatization; // MDDIAI until 2025-09-07, MAIDD from 2025-09-08
    a.bodyId = t.idOf(u"MNE"_s);
    a.validFrom = QDate(2025, 1, 1);
    a.validTo = QDate(2025, 12, 31);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->assignRole(a, {})) == ErrorCode::RoleOverlap);
    CHECK(test::databaseState(*t.db) == before);
    a.role = core::Role::PA;
    a.validFrom = {};
    CHECK(test::errorOf(t.registry->assignRole(a, {})) == ErrorCode::RoleOverlap);
}

TEST_CASE("A new holder of a §13 role from a date ends the open period of the one before", "[core][registry]")
{
    test::TestDatabase t;
    core::RoleAssignment a;
    a.role = core::Role::Information; // MCI from 2023-09-01, open
    a.bodyId = t.idOf(u"MNE"_s);
    a.validFrom = QDate(2027, 1, 1);
    REQUIRE(t.registry->assignRole(a, u"decree"_s).has_value());
    CHECK(*t.registry->repository().roleHolder(core::Role::Information, QDate(2026, 12, 31))
          == std::optional<qint64>(t.idOf(u"MCI"_s)));
    CHECK(*t.registry->repository().roleHolder(core::Role::Information, QDate(2027, 1, 1))
          == std::optional<qint64>(t.idOf(u"MNE"_s)));
}

TEST_CASE("A name dated outside the body's validity is refused with NameOutsideValidity",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const QStringList before = test::databaseState(*t.db);
    // MES ends on 2022-06-10; MEDU begins on 2022-06-11.
    CHECK(test::errorOf(t.registry->addName(t.idOf(u"MES"_s), test::newName(QDate(2022, 6, 11)), {}))
          == ErrorCode::NameOutsideValidity);
    CHECK(test::errorOf(t.registry->addName(t.idOf(u"MEDU"_s), test::newName(QDate(2022, 6, 10)), {}))
          == ErrorCode::NameOutsideValidity);
    CHECK(test::databaseState(*t.db) == before);
    // The last day of validity is inside it.
    CHECK(t.registry->addName(t.idOf(u"MES"_s), test::newName(QDate(2022, 6, 10)), {}).has_value());
}

TEST_CASE("Shortening a body's validity so that one of its names falls outside it is refused with "
          "NameOutsideValidity",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    core::BodyFields fields = bodyOf(t, u"AST"_s).fields;
    fields.validTo = QDate(2022, 9, 16); // the name "Astana" starts on 2022-09-17
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->updateBody(t.idOf(u"AST"_s), fields, {})) == ErrorCode::NameOutsideValidity);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A second name starting on the same day is refused with DuplicateNameStart", "[core][registry][validation]")
{
    test::TestDatabase t;
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->addName(t.idOf(u"AST"_s), test::newName(QDate(2019, 3, 23)), {}))
          == ErrorCode::DuplicateNameStart);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("The first name of a body cannot be removed (LastName)", "[core][registry][validation]")
{
    test::TestDatabase t;
    const core::Body ast = bodyOf(t, u"AST"_s);
    REQUIRE(ast.names.size() == 3);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->removeName(ast.id, ast.names.front().id, {})) == ErrorCode::LastName);
    CHECK(test::databaseState(*t.db) == before);
    // A later name can go.
    CHECK(t.registry->removeName(ast.id, ast.names.back().id, {}).has_value());
    CHECK(bodyOf(t, u"AST"_s).names.size() == 2);
}

TEST_CASE("A body that other records refer to cannot be removed (BodyInUse)", "[core][registry][validation]")
{
    test::TestDatabase t;
    // MES: reorganization and lists; MOF: a role; GPO: the parent of KPSSU.
    const QString code = GENERATE(u"MES"_s, u"MOF"_s, u"GPO"_s);
    CAPTURE(code);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->removeBody(t.idOf(code), {})) == ErrorCode::BodyInUse);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A body that nothing refers to can be removed with its names", "[core][registry][validation]")
{
    test::TestDatabase t;
    const auto id = t.registry->addBody(u"NEW"_s, test::evaluatedCentral(), test::newName(), {});
    REQUIRE(id.has_value());
    REQUIRE(t.registry->addName(*id, test::newName(QDate(2024, 1, 1)), {}).has_value());
    const qint64 names = test::rowCount(*t.db, u"body_name"_s);
    REQUIRE(t.registry->removeBody(*id, u"entered by mistake"_s).has_value());
    CHECK_FALSE(t.registry->repository().bodyByCode(u"NEW"_s)->has_value());
    CHECK(test::rowCount(*t.db, u"body_name"_s) == names - 2);
}

TEST_CASE("A reorganization without a predecessor is refused with NoPredecessor", "[core][registry][validation]")
{
    test::TestDatabase t;
    const QStringList before = test::databaseState(*t.db);
    const auto r = reorganization(core::ReorganizationKind::Split, QDate(2024, 1, 1), {}, {t.idOf(u"MOA"_s)});
    CHECK(test::errorOf(t.registry->recordReorganization(r, {})) == ErrorCode::NoPredecessor);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A reorganization other than a liquidation without a successor is refused with NoSuccessor",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const auto kind =
        GENERATE(core::ReorganizationKind::Split, core::ReorganizationKind::SpinOff, core::ReorganizationKind::Merge,
                 core::ReorganizationKind::Rename, core::ReorganizationKind::FunctionsMoved);
    CAPTURE(core::toString(kind));
    const QStringList before = test::databaseState(*t.db);
    const auto r = reorganization(kind, QDate(2024, 1, 1), {t.idOf(u"MOA"_s)}, {});
    CHECK(test::errorOf(t.registry->recordReorganization(r, {})) == ErrorCode::NoSuccessor);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A liquidation needs no successor", "[core][registry][validation]")
{
    test::TestDatabase t;
    const auto r = reorganization(core::ReorganizationKind::Liquidation, QDate(2024, 1, 1), {t.idOf(u"MOA"_s)}, {});
    const auto id = t.registry->recordReorganization(r, {});
    REQUIRE(id.has_value());
    const auto stored = t.registry->repository().reorganization(*id);
    REQUIRE(stored.has_value());
    CHECK(stored->predecessors == std::vector<qint64>{t.idOf(u"MOA"_s)});
    CHECK(stored->successors.empty());
}

TEST_CASE("A rename that is not one body to one body is refused with RenameNeedsOneToOne",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const qint64 moa = t.idOf(u"MOA"_s);
    const qint64 moj = t.idOf(u"MOJ"_s);
    const qint64 moh = t.idOf(u"MOH"_s);
    const QStringList before = test::databaseState(*t.db);
    const QDate date(2024, 1, 1);
    CHECK(test::errorOf(t.registry->recordReorganization(
              reorganization(core::ReorganizationKind::Rename, date, {moa}, {moj, moh}), {}))
          == ErrorCode::RenameNeedsOneToOne);
    CHECK(test::errorOf(t.registry->recordReorganization(
              reorganization(core::ReorganizationKind::Rename, date, {moa, moj}, {moh}), {}))
          == ErrorCode::RenameNeedsOneToOne);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A body on both sides of a reorganization other than a rename is refused with BodyOnBothSides",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const qint64 moa = t.idOf(u"MOA"_s);
    const QStringList before = test::databaseState(*t.db);
    const auto r = reorganization(core::ReorganizationKind::Split, QDate(2024, 1, 1), {moa}, {moa, t.idOf(u"MOJ"_s)});
    CHECK(test::errorOf(t.registry->recordReorganization(r, {})) == ErrorCode::BodyOnBothSides);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A reorganization whose successor does not exist on its date is refused with BodyNotValidOnDate",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const QStringList before = test::databaseState(*t.db);
    // MEDU exists from 2022-06-11.
    const auto r = reorganization(core::ReorganizationKind::FunctionsMoved, QDate(2022, 6, 10), {t.idOf(u"MOA"_s)},
                                  {t.idOf(u"MEDU"_s)});
    CHECK(test::errorOf(t.registry->recordReorganization(r, {})) == ErrorCode::BodyNotValidOnDate);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("An evaluation year outside 2010–2100 is refused with InvalidYear", "[core][registry][validation]")
{
    test::TestDatabase t;
    const int year = GENERATE(core::RegistryService::MinYear - 1, core::RegistryService::MaxYear + 1, 0, -2024);
    CAPTURE(year);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->setOnEvaluatedList(year, t.idOf(u"MOA"_s), true, {})) == ErrorCode::InvalidYear);
    CHECK(test::errorOf(t.registry->setOnEvaluatedList(year, t.idOf(u"MOA"_s), false, {})) == ErrorCode::InvalidYear);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("The evaluation years 2010 and 2100 are accepted", "[core][registry][validation]")
{
    test::TestDatabase t;
    const int year = GENERATE(core::RegistryService::MinYear, core::RegistryService::MaxYear);
    CAPTURE(year);
    REQUIRE(t.registry->setOnEvaluatedList(year, t.idOf(u"MOA"_s), true, {}).has_value());
    const auto list = t.registry->repository().evaluatedList(year);
    REQUIRE(list.has_value());
    CHECK(*list == std::vector<qint64>{t.idOf(u"MOA"_s)});
}

TEST_CASE("A body that does not exist in a year cannot be put on that year's list (BodyNotValidOnDate)",
          "[core][registry][validation]")
{
    test::TestDatabase t;
    const auto [code, year] = GENERATE(table<QString, int>({
        {u"MEDU"_s, 2021}, // from 2022-06-11
        {u"ABA"_s, 2021}, // from 2022-06-08
        {u"MES"_s, 2023}, // until 2022-06-10
    }));
    CAPTURE(code, year);
    const QStringList before = test::databaseState(*t.db);
    CHECK(test::errorOf(t.registry->setOnEvaluatedList(year, t.idOf(code), true, {})) == ErrorCode::BodyNotValidOnDate);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A body that only evaluates others cannot be put on a list of evaluated bodies (§17)",
          "[core][registry][list]")
{
    test::TestDatabase t;
    const auto before = t.registry->repository().evaluatedList(2020);
    REQUIRE(before.has_value());
    const auto r = t.registry->setOnEvaluatedList(2020, t.idOf(u"PA"_s), true, {});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == core::ErrorCode::NotEvaluatedBody);
    CHECK(*t.registry->repository().evaluatedList(2020) == *before);
}
