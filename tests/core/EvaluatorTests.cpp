// SPDX-License-Identifier: GPL-3.0-or-later
// Who evaluates whom: chapters 5–7 of the decree (DECREE.md, "Who evaluates whom"), applied to the
// shipped registry (REGISTRY.md).
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include "core/Evaluators.h"

#include <catch2/catch.hpp>

#include <map>

using namespace Qt::StringLiterals;

namespace {

/// The shipped registry with the evaluator service, and the codes of its bodies by id.
struct Fixture
{
    Fixture()
        : service(t.registry->repository())
    {
        const auto bodies = t.registry->repository().bodies();
        if (!bodies)
            throw std::runtime_error(bodies.error().detail.toStdString());
        for (const core::Body& b : *bodies)
            codes.emplace(b.id, b.code);
    }

    [[nodiscard]] QString codeOf(const std::optional<qint64>& id) const
    {
        if (!id)
            return u"nobody"_s;
        const auto it = codes.find(*id);
        return it == codes.end() ? u"body %1"_s.arg(*id) : it->second;
    }

    /// "MNE §24", with " (conflict)" when the role is a conflict of interest.
    [[nodiscard]] QString describe(const core::EvaluatorRole& r) const
    {
        return codeOf(r.evaluatorId) + u' ' + r.paragraph + (r.conflict ? u" (conflict)"_s : QString());
    }

    /// "goals: MNE §24 + MOF §24": the part, the lead and the co-evaluators.
    [[nodiscard]] QString describe(const core::PartEvaluation& e) const
    {
        QString text = core::toString(e.part) + u": "_s + describe(e.lead);
        for (const core::EvaluatorRole& co : e.coEvaluators)
            text += u" + "_s + describe(co);
        return text;
    }

    [[nodiscard]] std::vector<core::PartEvaluation> evaluations(const QString& code, int year) const
    {
        auto result = service.forBody(t.idOf(code), year);
        REQUIRE(result.has_value());
        return *result;
    }

    /// One line per part of the body's evaluation for `year`.
    [[nodiscard]] QStringList table(const QString& code, int year) const
    {
        QStringList lines;
        for (const core::PartEvaluation& e : evaluations(code, year))
            lines << describe(e);
        return lines;
    }

    /// The line of one part, or "(not evaluated)" when the part is outside the body's scope.
    [[nodiscard]] QString line(const QString& code, int year, core::Part part) const
    {
        for (const core::PartEvaluation& e : evaluations(code, year))
            if (e.part == part)
                return describe(e);
        return u"(not evaluated)"_s;
    }

    [[nodiscard]] core::PartEvaluation part(const QString& code, int year, core::Part part) const
    {
        for (const core::PartEvaluation& e : evaluations(code, year))
            if (e.part == part)
                return e;
        FAIL("part " << core::toString(part).toStdString() << " not in the scope of " << code.toStdString());
        return {};
    }

    /// The parts of the body's evaluation for `year`, by name.
    [[nodiscard]] QStringList parts(const QString& code, int year) const
    {
        QStringList names;
        for (const core::PartEvaluation& e : evaluations(code, year))
            names << core::toString(e.part);
        return names;
    }

    test::TestDatabase t;
    core::EvaluatorService service;
    std::map<qint64, QString> codes;
};

/// The table row of an ordinary ministry, from DECREE.md, with the 2019 role holders.
const QStringList ordinary2019 = {
    u"goals: MNE §24 + MOF §24"_s, u"public-services: ADGS §29"_s, u"e-services: MDDIAI §29"_s,
    u"complaints: KPSSU §29"_s,    u"openness: MISD §29"_s,        u"personnel: ADGS §36"_s,
    u"it: MDDIAI §36"_s,
};

const QStringList allPartNames = {u"goals"_s,    u"public-services"_s, u"e-services"_s, u"complaints"_s,
                                  u"openness"_s, u"personnel"_s,       u"it"_s};
const QStringList block2PartNames = {u"public-services"_s, u"e-services"_s, u"complaints"_s, u"openness"_s};

/// A hand-made evaluated central body on every block.
core::Body handMade(qint64 id, const QString& code = u"TEST"_s)
{
    core::Body b;
    b.id = id;
    b.code = code;
    b.fields = test::evaluatedCentral();
    b.names.push_back(test::newName());
    return b;
}

const core::EvaluatorRules::Ancestors noAncestors = [](qint64) { return std::vector<qint64>(); };

} // namespace

TEST_CASE("§56 the roles of an evaluation are read on 30 June of the year it is held", "[core][evaluators]")
{
    CHECK(core::EvaluatorRules::roleDate(2019) == QDate(2020, 6, 30));
    CHECK(core::EvaluatorRules::roleDate(2023) == QDate(2024, 6, 30));
    CHECK(core::EvaluatorRules::roleDate(2025) == QDate(2026, 6, 30));
}

TEST_CASE("§24 §29 §36 an ordinary ministry is evaluated on every part by the bodies of the table",
          "[core][evaluators]")
{
    Fixture f;
    CHECK(f.table(u"MOA"_s, 2019) == ordinary2019);

    const auto parts = f.evaluations(u"MOA"_s, 2019);
    REQUIRE(parts.size() == 7);
    // The roles, the blocks and the order of allParts().
    const std::vector<core::Role> leads = {
        core::Role::StatePlanning, core::Role::CivilService, core::Role::Informatization, core::Role::LegalStatistics,
        core::Role::Information,   core::Role::CivilService, core::Role::Informatization};
    const std::vector<int> blocks = {1, 2, 2, 2, 2, 3, 3};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        CAPTURE(i);
        CHECK(parts[i].part == core::allParts()[i]);
        CHECK(parts[i].lead.role == leads[i]);
        CHECK(parts[i].block() == blocks[i]);
        CHECK_FALSE(parts[i].conflict());
    }
    REQUIRE(parts[0].coEvaluators.size() == 1);
    CHECK(parts[0].coEvaluators[0].role == core::Role::Budget);
    for (std::size_t i = 1; i < parts.size(); ++i)
        CHECK(parts[i].coEvaluators.empty());
}

TEST_CASE("§24 §29 §36 an akimat is evaluated on every part like a ministry", "[core][evaluators]")
{
    Fixture f;
    CHECK(f.table(u"AKM"_s, 2019) == ordinary2019);
    CHECK(f.table(u"AST"_s, 2019) == ordinary2019);
    CHECK(f.table(u"SHY"_s, 2019) == ordinary2019);
}

TEST_CASE("§25 the state planning body is evaluated on goals by the PMO alone", "[core][evaluators]")
{
    Fixture f;
    const auto goals = f.part(u"MNE"_s, 2019, core::Part::Goals);
    CHECK(goals.lead.role == core::Role::PMO);
    CHECK(f.codeOf(goals.lead.evaluatorId) == u"PMO"_s);
    CHECK(goals.lead.paragraph == u"§25"_s);
    CHECK(goals.coEvaluators.empty());
    // The other parts follow the table.
    QStringList expected = ordinary2019;
    expected[0] = u"goals: PMO §25"_s;
    CHECK(f.table(u"MNE"_s, 2019) == expected);
}

TEST_CASE("§25 the budget execution body is evaluated on goals by the PMO alone", "[core][evaluators]")
{
    Fixture f;
    const auto goals = f.part(u"MOF"_s, 2019, core::Part::Goals);
    CHECK(goals.lead.role == core::Role::PMO);
    CHECK(goals.lead.paragraph == u"§25"_s);
    CHECK(goals.coEvaluators.empty());
    QStringList expected = ordinary2019;
    expected[0] = u"goals: PMO §25"_s;
    CHECK(f.table(u"MOF"_s, 2019) == expected);
}

TEST_CASE("§26 the Agency for Civil Service Affairs, accountable to the President, is evaluated on goals by the PA",
          "[core][evaluators]")
{
    Fixture f;
    const auto goals = f.part(u"ADGS"_s, 2019, core::Part::Goals);
    CHECK(goals.lead.role == core::Role::PA);
    CHECK(f.codeOf(goals.lead.evaluatorId) == u"PA"_s);
    CHECK(goals.lead.paragraph == u"§26"_s);
    CHECK(goals.coEvaluators.empty());
}

TEST_CASE("§26 the National Bank, accountable to the President, is evaluated on goals by the PA", "[core][evaluators]")
{
    Fixture f;
    CHECK(f.table(u"NBK"_s, 2019)
          == QStringList{u"goals: PA §26"_s, u"public-services: ADGS §29"_s, u"e-services: MDDIAI §29"_s,
                         u"complaints: KPSSU §29"_s, u"openness: MISD §29"_s});
    CHECK(f.part(u"NBK"_s, 2019, core::Part::Goals).coEvaluators.empty());
}

TEST_CASE("§31 the General Prosecutor's Office is evaluated on public services by the PA", "[core][evaluators]")
{
    Fixture f;
    const auto services = f.part(u"GPO"_s, 2019, core::Part::PublicServices);
    CHECK(services.lead.role == core::Role::PA);
    CHECK(f.codeOf(services.lead.evaluatorId) == u"PA"_s);
    CHECK(services.lead.paragraph == u"§31"_s);
    CHECK(f.table(u"GPO"_s, 2019)
          == QStringList{u"public-services: PA §31"_s, u"e-services: MDDIAI §29"_s,
                         u"complaints: KPSSU §29 (conflict)"_s, u"openness: MISD §29"_s});
}

TEST_CASE("§31 §37 the civil service affairs body is evaluated on public services and personnel by the PA",
          "[core][evaluators]")
{
    Fixture f;
    CHECK(f.table(u"ADGS"_s, 2019)
          == QStringList{u"goals: PA §26"_s, u"public-services: PA §31"_s, u"e-services: MDDIAI §29"_s,
                         u"complaints: KPSSU §29"_s, u"openness: MISD §29"_s, u"personnel: PA §37"_s,
                         u"it: MDDIAI §36"_s});
    CHECK(f.part(u"ADGS"_s, 2019, core::Part::Personnel).lead.role == core::Role::PA);
}

TEST_CASE("§32 §38 the informatization body is evaluated on e-services and information technology by the PMO",
          "[core][evaluators]")
{
    Fixture f;
    CHECK(f.table(u"MDDIAI"_s, 2019)
          == QStringList{u"goals: MNE §24 + MOF §24"_s, u"public-services: ADGS §29"_s, u"e-services: PMO §32"_s,
                         u"complaints: KPSSU §29"_s, u"openness: MISD §29"_s, u"personnel: ADGS §36"_s,
                         u"it: PMO §38"_s});
    CHECK(f.part(u"MDDIAI"_s, 2019, core::Part::EServices).lead.role == core::Role::PMO);
    CHECK(f.part(u"MDDIAI"_s, 2019, core::Part::InformationTechnology).lead.role == core::Role::PMO);
}

TEST_CASE("§32 the information body is evaluated on openness by the PMO", "[core][evaluators]")
{
    Fixture f;
    CHECK(f.table(u"MISD"_s, 2019)
          == QStringList{u"goals: MNE §24 + MOF §24"_s, u"public-services: ADGS §29"_s, u"e-services: MDDIAI §29"_s,
                         u"complaints: KPSSU §29"_s, u"openness: PMO §32"_s, u"personnel: ADGS §36"_s,
                         u"it: MDDIAI §36"_s});
    CHECK(f.part(u"MISD"_s, 2019, core::Part::Openness).lead.role == core::Role::PMO);
}

TEST_CASE("§29 §32 §56 the information body of 2023 is MCI: roles are read on 2024-06-30", "[core][evaluators]")
{
    Fixture f;
    // 2022 is evaluated in 2023: on 2023-06-30 MISD is still the information body.
    CHECK(f.line(u"MOA"_s, 2022, core::Part::Openness) == u"openness: MISD §29"_s);
    CHECK(f.line(u"MISD"_s, 2022, core::Part::Openness) == u"openness: PMO §32"_s);
    CHECK(f.line(u"MCI"_s, 2022, core::Part::Openness) == u"openness: MISD §29"_s);
    // 2023 is evaluated in 2024: MCI (from 2023-09-01) evaluates openness and is itself evaluated by the PMO.
    CHECK(f.line(u"MOA"_s, 2023, core::Part::Openness) == u"openness: MCI §29"_s);
    CHECK(f.line(u"MCI"_s, 2023, core::Part::Openness) == u"openness: PMO §32"_s);
    // MISD ended on 2023-08-31 and MCI, its successor, does not evaluate it: the PMO does (§32).
    CHECK(f.line(u"MISD"_s, 2023, core::Part::Openness) == u"openness: PMO §32"_s);
}

TEST_CASE("§29 §36 §56 the informatization body is MDDIAI for 2024 and MAIDD for 2025", "[core][evaluators]")
{
    Fixture f;
    // 2024 is evaluated in 2025: on 2025-06-30 MDDIAI is still the informatization body.
    CHECK(f.line(u"MOA"_s, 2024, core::Part::EServices) == u"e-services: MDDIAI §29"_s);
    CHECK(f.line(u"MOA"_s, 2024, core::Part::InformationTechnology) == u"it: MDDIAI §36"_s);
    CHECK(f.line(u"MDDIAI"_s, 2024, core::Part::EServices) == u"e-services: PMO §32"_s);
    CHECK(f.line(u"MDDIAI"_s, 2024, core::Part::InformationTechnology) == u"it: PMO §38"_s);
    // 2025 is evaluated in 2026: MAIDD (from 2025-09-08).
    CHECK(f.line(u"MOA"_s, 2025, core::Part::EServices) == u"e-services: MAIDD §29"_s);
    CHECK(f.line(u"MOA"_s, 2025, core::Part::InformationTechnology) == u"it: MAIDD §36"_s);
    CHECK(f.line(u"MAIDD"_s, 2025, core::Part::EServices) == u"e-services: PMO §32"_s);
    CHECK(f.line(u"MAIDD"_s, 2025, core::Part::InformationTechnology) == u"it: PMO §38"_s);
    // MAIDD is MDDIAI renamed: it does not evaluate its own predecessor (§32, §38).
    CHECK(f.line(u"MDDIAI"_s, 2025, core::Part::EServices) == u"e-services: PMO §32"_s);
    CHECK(f.line(u"MDDIAI"_s, 2025, core::Part::InformationTechnology) == u"it: PMO §38"_s);
    // The other roles do not change.
    CHECK(f.line(u"MOA"_s, 2025, core::Part::Goals) == u"goals: MNE §24 + MOF §24"_s);
    CHECK(f.line(u"MOA"_s, 2025, core::Part::Openness) == u"openness: MCI §29"_s);
}

TEST_CASE("Appendix 2 the General Prosecutor's Office is evaluated on the four parts of block 2 only",
          "[core][evaluators]")
{
    Fixture f;
    CHECK(f.parts(u"GPO"_s, 2019) == block2PartNames);
}

TEST_CASE("Appendix 2 the National Bank is evaluated on goals and block 2, not on block 3", "[core][evaluators]")
{
    Fixture f;
    CHECK(f.parts(u"NBK"_s, 2019) == QStringList{u"goals"_s} + block2PartNames);
}

TEST_CASE("Appendix 2 the Ministry of Defence, the Supreme Court apparatus and the Ministry of Internal Affairs "
          "are evaluated on block 2 only",
          "[core][evaluators]")
{
    Fixture f;
    CHECK(f.parts(u"MOD"_s, 2019) == block2PartNames);
    CHECK(f.parts(u"SCD"_s, 2019) == block2PartNames);
    CHECK(f.parts(u"MIA"_s, 2019) == block2PartNames);
    CHECK(f.table(u"MOD"_s, 2019) == ordinary2019.mid(1, 4));
}

TEST_CASE("Appendix 2 ministries and akimats are evaluated on all seven parts", "[core][evaluators]")
{
    Fixture f;
    for (const QString& code : {u"MOA"_s, u"MOJ"_s, u"MOF"_s, u"MNE"_s, u"ADGS"_s, u"AKM"_s, u"AST"_s, u"ALA"_s}) {
        CAPTURE(code);
        CHECK(f.parts(code, 2019) == allPartNames);
    }
}

TEST_CASE("Appendix 2 every body on the 2019 list is evaluated on the parts of its scope", "[core][evaluators]")
{
    Fixture f;
    const auto list = f.t.registry->repository().evaluatedList(2019);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 38);
    for (qint64 id : *list) {
        const auto body = f.t.registry->repository().body(id);
        REQUIRE(body.has_value());
        CAPTURE(body->code);
        QStringList expected;
        for (int block : body->fields.scope.blocks())
            for (core::Part p : core::partsOf(block))
                expected << core::toString(p);
        CHECK(f.parts(body->code, 2019) == expected);
    }
}

TEST_CASE("§12 the legal statistics committee, part of the General Prosecutor's Office, has a conflict on its "
          "complaints",
          "[core][evaluators]")
{
    Fixture f;
    const auto complaints = f.part(u"GPO"_s, 2019, core::Part::Complaints);
    CHECK(f.codeOf(complaints.lead.evaluatorId) == u"KPSSU"_s);
    CHECK(complaints.lead.role == core::Role::LegalStatistics);
    CHECK(complaints.lead.paragraph == u"§29"_s);
    CHECK(complaints.lead.conflict);
    CHECK(complaints.conflict());
    // The other parts of the GPO are free of conflict.
    for (const core::PartEvaluation& e : f.evaluations(u"GPO"_s, 2019)) {
        CAPTURE(core::toString(e.part));
        CHECK(e.conflict() == (e.part == core::Part::Complaints));
    }
}

TEST_CASE("§12 no other body on the 2019 list has a conflict of interest", "[core][evaluators]")
{
    Fixture f;
    const auto list = f.t.registry->repository().evaluatedList(2019);
    REQUIRE(list.has_value());
    REQUIRE_FALSE(list->empty());
    QStringList conflicts;
    for (qint64 id : *list) {
        const auto parts = f.service.forBody(id, 2019);
        REQUIRE(parts.has_value());
        for (const core::PartEvaluation& e : *parts) {
            if (e.conflict())
                conflicts << f.codeOf(id) + u' ' + core::toString(e.part);
            for (const core::EvaluatorRole& co : e.coEvaluators)
                CHECK_FALSE(co.conflict);
        }
    }
    CHECK(conflicts == QStringList{u"GPO complaints"_s});
}

TEST_CASE("§12 an evaluator that is the body itself or part of it is a conflict, on the lead and on a co-evaluator",
          "[core][evaluators]")
{
    const core::Body body = handMade(10);
    // Body 11 is part of body 10 and plays the budget role; body 10 itself plays legal statistics.
    const core::EvaluatorRules::RoleHolder holder = [](core::Role role) -> std::optional<qint64> {
        switch (role) {
        case core::Role::Budget:
            return 11;
        case core::Role::LegalStatistics:
            return 10;
        case core::Role::StatePlanning:
            return 20;
        default:
            return 30;
        }
    };
    const core::EvaluatorRules::Ancestors ancestors = [](qint64 id) {
        return id == 11 ? std::vector<qint64>{10, 5} : std::vector<qint64>();
    };
    const auto parts = core::EvaluatorRules::evaluate(body, holder, ancestors);
    REQUIRE(parts.size() == 7);

    const core::PartEvaluation& goals = parts[0];
    CHECK(goals.lead.evaluatorId == 20);
    CHECK_FALSE(goals.lead.conflict);
    REQUIRE(goals.coEvaluators.size() == 1);
    CHECK(goals.coEvaluators[0].evaluatorId == 11);
    CHECK(goals.coEvaluators[0].conflict);
    CHECK(goals.conflict());

    const core::PartEvaluation& complaints = parts[3];
    CHECK(complaints.part == core::Part::Complaints);
    CHECK(complaints.lead.evaluatorId == 10);
    CHECK(complaints.lead.paragraph == u"§29"_s);
    CHECK(complaints.lead.conflict);

    // Body 11 belongs to body 5 through body 10: evaluating body 5, it is a conflict too.
    const core::Body grandparent = handMade(5, u"GRAND"_s);
    const auto grandparentParts = core::EvaluatorRules::evaluate(grandparent, holder, ancestors);
    REQUIRE_FALSE(grandparentParts.empty());
    REQUIRE(grandparentParts[0].coEvaluators.size() == 1);
    CHECK(grandparentParts[0].coEvaluators[0].conflict);
    // The other way round is not: body 10 evaluating body 11, which belongs to it.
    const core::Body part = handMade(11, u"PART"_s);
    const auto partParts = core::EvaluatorRules::evaluate(part, holder, ancestors);
    CHECK(partParts[3].lead.evaluatorId == 10);
    CHECK_FALSE(partParts[3].lead.conflict);
}

TEST_CASE("§24 §29 §36 when nobody plays a role the part still names its role and paragraph but no evaluator",
          "[core][evaluators]")
{
    const core::Body body = handMade(1);
    const core::EvaluatorRules::RoleHolder nobody = [](core::Role) { return std::optional<qint64>(); };
    const auto parts = core::EvaluatorRules::evaluate(body, nobody, noAncestors);
    REQUIRE(parts.size() == 7);
    const QStringList paragraphs = {u"§24"_s, u"§29"_s, u"§29"_s, u"§29"_s, u"§29"_s, u"§36"_s, u"§36"_s};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        CAPTURE(i);
        CHECK(parts[i].part == core::allParts()[i]);
        CHECK_FALSE(parts[i].lead.evaluatorId.has_value());
        CHECK(parts[i].lead.paragraph == paragraphs[static_cast<qsizetype>(i)]);
        CHECK_FALSE(parts[i].conflict());
    }
    REQUIRE(parts[0].coEvaluators.size() == 1);
    CHECK(parts[0].coEvaluators[0].role == core::Role::Budget);
    CHECK_FALSE(parts[0].coEvaluators[0].evaluatorId.has_value());

    // Without a holder or ancestors function at all, the same.
    const auto bare = core::EvaluatorRules::evaluate(body, {}, {});
    REQUIRE(bare.size() == 7);
    CHECK_FALSE(bare[0].lead.evaluatorId.has_value());
    CHECK_FALSE(bare[0].conflict());
}

TEST_CASE("§25 §26 the PMO rule comes before the PA rule, and §26 is for central bodies only", "[core][evaluators]")
{
    const core::EvaluatorRules::RoleHolder holder = [](core::Role role) -> std::optional<qint64> {
        switch (role) {
        case core::Role::PA:
            return 100;
        case core::Role::PMO:
            return 101;
        case core::Role::Budget:
            return 7;
        default:
            return 50;
        }
    };
    // A presidential central body that is also the budget execution body: §25.
    core::Body both = handMade(7);
    both.fields.presidential = true;
    auto parts = core::EvaluatorRules::evaluate(both, holder, noAncestors);
    REQUIRE_FALSE(parts.empty());
    CHECK(parts[0].lead.role == core::Role::PMO);
    CHECK(parts[0].lead.evaluatorId == 101);
    CHECK(parts[0].lead.paragraph == u"§25"_s);

    // A presidential central body: §26.
    core::Body presidential = handMade(8);
    presidential.fields.presidential = true;
    parts = core::EvaluatorRules::evaluate(presidential, holder, noAncestors);
    CHECK(parts[0].lead.role == core::Role::PA);
    CHECK(parts[0].lead.evaluatorId == 100);
    CHECK(parts[0].lead.paragraph == u"§26"_s);

    // §26 names central bodies: an akimat marked presidential by mistake keeps §24.
    core::Body akimat = handMade(9);
    akimat.fields.kind = core::BodyKind::Oblast;
    akimat.fields.presidential = true;
    parts = core::EvaluatorRules::evaluate(akimat, holder, noAncestors);
    CHECK(parts[0].lead.role == core::Role::StatePlanning);
    CHECK(parts[0].lead.paragraph == u"§24"_s);
    CHECK(parts[0].coEvaluators.size() == 1);
}

TEST_CASE("§31 the General Prosecutor's Office is recognized by its code", "[core][evaluators]")
{
    const core::EvaluatorRules::RoleHolder holder = [](core::Role role) -> std::optional<qint64> {
        return role == core::Role::PA ? 100 : 50;
    };
    core::Body gpo = handMade(3, u"GPO"_s);
    auto parts = core::EvaluatorRules::evaluate(gpo, holder, noAncestors);
    CHECK(parts[1].part == core::Part::PublicServices);
    CHECK(parts[1].lead.role == core::Role::PA);
    CHECK(parts[1].lead.evaluatorId == 100);
    CHECK(parts[1].lead.paragraph == u"§31"_s);
    // Other parts of block 2 and 3 are not affected by §31.
    CHECK(parts[5].lead.role == core::Role::CivilService);
    CHECK(parts[5].lead.paragraph == u"§36"_s);

    core::Body other = handMade(3, u"GPOX"_s);
    parts = core::EvaluatorRules::evaluate(other, holder, noAncestors);
    CHECK(parts[1].lead.role == core::Role::CivilService);
    CHECK(parts[1].lead.paragraph == u"§29"_s);
}

TEST_CASE("§33 §39 block 2 is assembled by the civil service affairs body and block 3 by the informatization body",
          "[core][evaluators]")
{
    Fixture f;
    auto assemblers = f.service.assemblers(2019);
    REQUIRE(assemblers.has_value());
    REQUIRE(assemblers->size() == 2);
    CHECK((*assemblers)[0].block == 2);
    CHECK((*assemblers)[0].role == core::Role::CivilService);
    CHECK(f.codeOf((*assemblers)[0].bodyId) == u"ADGS"_s);
    CHECK((*assemblers)[0].paragraph == u"§33"_s);
    CHECK((*assemblers)[1].block == 3);
    CHECK((*assemblers)[1].role == core::Role::Informatization);
    CHECK(f.codeOf((*assemblers)[1].bodyId) == u"MDDIAI"_s);
    CHECK((*assemblers)[1].paragraph == u"§39"_s);

    assemblers = f.service.assemblers(2025);
    REQUIRE(assemblers.has_value());
    REQUIRE(assemblers->size() == 2);
    CHECK(f.codeOf((*assemblers)[0].bodyId) == u"ADGS"_s);
    CHECK(f.codeOf((*assemblers)[1].bodyId) == u"MAIDD"_s);
}

TEST_CASE("§33 §39 the assemblers when nobody plays the roles", "[core][evaluators]")
{
    const auto assemblers = core::EvaluatorRules::assemblers([](core::Role) { return std::optional<qint64>(); });
    REQUIRE(assemblers.size() == 2);
    CHECK(assemblers[0].block == 2);
    CHECK(assemblers[0].paragraph == u"§33"_s);
    CHECK_FALSE(assemblers[0].bodyId.has_value());
    CHECK(assemblers[1].block == 3);
    CHECK(assemblers[1].paragraph == u"§39"_s);
    CHECK_FALSE(assemblers[1].bodyId.has_value());
}

TEST_CASE("The evaluators of an unknown body are not found", "[core][evaluators]")
{
    Fixture f;
    CHECK(test::errorOf(f.service.forBody(999999, 2019)) == core::ErrorCode::NotFound);
}

TEST_CASE("§12 a cycle of parents in the data does not hang the conflict check", "[core][evaluators]")
{
    Fixture f;
    // Not possible through RegistryService; written directly to show the guard.
    QSqlQuery q(f.t.db->connection());
    REQUIRE(q.exec(u"UPDATE body SET parent_id = %1 WHERE code = 'GPO'"_s.arg(f.t.idOf(u"KPSSU"_s))));
    const auto parts = f.service.forBody(f.t.idOf(u"GPO"_s), 2019);
    REQUIRE(parts.has_value());
    CHECK(parts->size() == 4);
    CHECK(f.part(u"GPO"_s, 2019, core::Part::Complaints).conflict());
    // MOA is evaluated by KPSSU, whose chain KPSSU → GPO → KPSSU never reaches MOA.
    CHECK_FALSE(f.part(u"MOA"_s, 2019, core::Part::Complaints).conflict());
}
