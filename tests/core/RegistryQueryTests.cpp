// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// The codes of the evaluated bodies on `date`, in the order evaluatedOn gives them.
QStringList evaluatedCodes(const test::TestDatabase& t, QDate date)
{
    const auto bodies = t.registry->repository().evaluatedOn(date);
    REQUIRE(bodies.has_value());
    QStringList codes;
    for (const core::Body& b : *bodies)
        codes << b.code;
    return codes;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList localCodes(const test::TestDatabase& t, QDate date)
{
    const auto bodies = t.registry->repository().evaluatedOn(date);
    REQUIRE(bodies.has_value());
    QStringList codes;
    for (const core::Body& b : *bodies)
        if (b.fields.kind != core::BodyKind::Central)
            codes << b.code;
    return sorted(codes);
}

QStringList centralCodes(const test::TestDatabase& t, QDate date)
{
    const auto bodies = t.registry->repository().evaluatedOn(date);
    REQUIRE(bodies.has_value());
    QStringList codes;
    for (const core::Body& b : *bodies)
        if (b.fields.kind == core::BodyKind::Central)
            codes << b.code;
    return sorted(codes);
}

std::optional<qint64> holder(const test::TestDatabase& t, core::Role role, QDate date)
{
    const auto id = t.registry->repository().roleHolder(role, date);
    REQUIRE(id.has_value());
    return *id;
}

// REGISTRY.md, sections 1 and 2.
const QStringList appendix2 = {u"GPO"_s, u"ADGS"_s, u"NBK"_s,    u"MISD"_s, u"MOA"_s,   u"MOJ"_s, u"MES"_s,
                               u"MOH"_s, u"MLSP"_s, u"MIID"_s,   u"MOF"_s,  u"MOD"_s,   u"MCS"_s, u"MTI"_s,
                               u"MFA"_s, u"MNE"_s,  u"MDDIAI"_s, u"MIA"_s,  u"MEGNR"_s, u"MOE"_s, u"SCD"_s};
const QStringList localIn2019 = {u"AKM"_s, u"AKT"_s, u"ALM"_s, u"ATY"_s, u"ZKO"_s, u"ZHA"_s,
                                 u"KAR"_s, u"KOS"_s, u"KZY"_s, u"MAN"_s, u"PAV"_s, u"SKO"_s,
                                 u"TUR"_s, u"VKO"_s, u"AST"_s, u"ALA"_s, u"SHY"_s};

} // namespace

TEST_CASE("On 2019-09-01 the evaluated bodies are the 21 central bodies of Appendix 2 and 17 akimats",
          "[core][registry][query]")
{
    test::TestDatabase t;
    const QDate date(2019, 9, 1);
    CHECK(centralCodes(t, date) == sorted(appendix2));
    CHECK(centralCodes(t, date).size() == 21);
    CHECK(localCodes(t, date) == sorted(localIn2019));
    CHECK(localCodes(t, date).size() == 17);
}

TEST_CASE("On 2023-01-01 there are 20 evaluated local executive bodies", "[core][registry][query]")
{
    test::TestDatabase t;
    QStringList expected = localIn2019;
    expected << u"ABA"_s << u"ZHE"_s << u"ULY"_s;
    CHECK(localCodes(t, QDate(2023, 1, 1)) == sorted(expected));
    CHECK(localCodes(t, QDate(2023, 1, 1)).size() == 20);
}

TEST_CASE("Exactly the oblasts Abai, Zhetysu and Ulytau become evaluated on 2022-06-08", "[core][registry][query]")
{
    test::TestDatabase t;
    const QStringList before = evaluatedCodes(t, QDate(2022, 6, 7));
    const QStringList on = evaluatedCodes(t, QDate(2022, 6, 8));
    QStringList added;
    for (const QString& code : on)
        if (!before.contains(code))
            added << code;
    CHECK(sorted(added) == QStringList{u"ABA"_s, u"ULY"_s, u"ZHE"_s});
    for (const QString& code : before)
        CHECK(on.contains(code));
    for (const QString& code : {u"ABA"_s, u"ZHE"_s, u"ULY"_s})
        CHECK_FALSE(before.contains(code));
}

TEST_CASE("MES is evaluated on 2022-06-10 and not on 2022-06-11", "[core][registry][query]")
{
    test::TestDatabase t;
    CHECK(evaluatedCodes(t, QDate(2022, 6, 10)).contains(u"MES"_s));
    CHECK_FALSE(evaluatedCodes(t, QDate(2022, 6, 11)).contains(u"MES"_s));
}

TEST_CASE("MEDU and MSHE are evaluated from 2022-06-11 and not the day before", "[core][registry][query]")
{
    test::TestDatabase t;
    const QString code = GENERATE(u"MEDU"_s, u"MSHE"_s);
    CAPTURE(code);
    CHECK_FALSE(evaluatedCodes(t, QDate(2022, 6, 10)).contains(code));
    CHECK(evaluatedCodes(t, QDate(2022, 6, 11)).contains(code));
    CHECK(evaluatedCodes(t, QDate(2025, 12, 31)).contains(code));
}

TEST_CASE("The authorized bodies PA, PMO and KPSSU are never among the evaluated bodies", "[core][registry][query]")
{
    test::TestDatabase t;
    const QStringList authorized = {u"PA"_s, u"PMO"_s, u"KPSSU"_s};
    for (const QString& code : authorized) {
        const auto body = t.registry->repository().bodyByCode(code);
        REQUIRE(body.has_value());
        REQUIRE(body->has_value()); // they are in the registry
        CHECK_FALSE((*body)->fields.evaluated);
    }
    for (int year = 2015; year <= 2030; ++year) {
        for (const QDate date : {QDate(year, 1, 1), QDate(year, 7, 1), QDate(year, 12, 31)}) {
            CAPTURE(date);
            const QStringList codes = evaluatedCodes(t, date);
            for (const QString& code : authorized)
                CHECK_FALSE(codes.contains(code));
        }
    }
}

TEST_CASE("evaluatedOn lists the central bodies first, then the oblasts, the cities and the capital",
          "[core][registry][query]")
{
    test::TestDatabase t;
    const auto bodies = t.registry->repository().evaluatedOn(QDate(2019, 9, 1));
    REQUIRE(bodies.has_value());
    std::vector<core::BodyKind> kinds;
    for (const core::Body& b : *bodies)
        kinds.push_back(b.fields.kind);
    std::vector<core::BodyKind> expected(21, core::BodyKind::Central);
    expected.insert(expected.end(), 14, core::BodyKind::Oblast);
    expected.insert(expected.end(), 2, core::BodyKind::City);
    expected.push_back(core::BodyKind::Capital);
    CHECK(kinds == expected);
    CHECK(bodies->back().code == u"AST"_s);
}

TEST_CASE("The informatization role passes from MDDIAI on 2025-09-07 to MAIDD on 2025-09-08", "[core][registry][role]")
{
    test::TestDatabase t;
    CHECK(holder(t, core::Role::Informatization, QDate(2019, 9, 1)) == t.idOf(u"MDDIAI"_s));
    CHECK(holder(t, core::Role::Informatization, QDate(2025, 9, 7)) == t.idOf(u"MDDIAI"_s));
    CHECK(holder(t, core::Role::Informatization, QDate(2025, 9, 8)) == t.idOf(u"MAIDD"_s));
}

TEST_CASE("The information role passes from MISD on 2023-08-31 to MCI on 2023-09-01", "[core][registry][role]")
{
    test::TestDatabase t;
    CHECK(holder(t, core::Role::Information, QDate(2019, 9, 1)) == t.idOf(u"MISD"_s));
    CHECK(holder(t, core::Role::Information, QDate(2023, 8, 31)) == t.idOf(u"MISD"_s));
    CHECK(holder(t, core::Role::Information, QDate(2023, 9, 1)) == t.idOf(u"MCI"_s));
}

TEST_CASE("The legal-statistics role is played by KPSSU, which is part of GPO", "[core][registry][role]")
{
    test::TestDatabase t;
    const qint64 kpssu = t.idOf(u"KPSSU"_s);
    CHECK(holder(t, core::Role::LegalStatistics, QDate(2019, 9, 1)) == kpssu);
    CHECK(holder(t, core::Role::LegalStatistics, QDate(2025, 1, 1)) == kpssu);
    const auto body = t.registry->repository().body(kpssu);
    REQUIRE(body.has_value());
    CHECK(body->fields.parentId == t.idOf(u"GPO"_s));
}

TEST_CASE("Every role of §13 has a holder that exists on every date from 2019-09-01 to 2026", "[core][registry][role]")
{
    test::TestDatabase t;
    for (QDate date(2019, 9, 1); date <= QDate(2026, 12, 31); date = date.addDays(7)) {
        for (const core::Role role : core::allRoles()) {
            CAPTURE(date, core::toString(role));
            const auto id = holder(t, role, date);
            REQUIRE(id.has_value());
            const auto body = t.registry->repository().body(*id);
            REQUIRE(body.has_value());
            CHECK(body->isValidOn(date));
        }
    }
}
