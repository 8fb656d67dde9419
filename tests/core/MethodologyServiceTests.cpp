// SPDX-License-Identifier: GPL-3.0-or-later
// Methodologies as versioned data (§19–22), the bodies' values, rating bands and the scores
// computed from them.
#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"
#include "core/ScoreService.h"

#include "CoreTestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using core::ErrorCode;

namespace {

core::Text3 t3(const QString& en)
{
    return {u"kk "_s + en, u"ru "_s + en, en};
}

core::Indicator indicator(const QString& code, double weight, core::ScoringKind kind, core::Direction direction,
                          std::optional<double> plan, int source = 1)
{
    core::Indicator i;
    i.code = code;
    i.name = t3(u"Indicator "_s + code);
    i.definition = t3(u"How "_s + code + u" is counted"_s);
    i.unit = t3(u"%"_s);
    i.verification = t3(u"Checked against the report"_s);
    i.weight = weight;
    i.scoring = kind;
    i.direction = direction;
    i.plan = plan;
    i.sourceType = source;
    return i;
}

/// Block 2, one criterion of two indicators: 60 % ratio (plan 100), 40 % inverse ratio (plan 5).
core::Methodology small(int block = 2, int year = 2023)
{
    core::Methodology m;
    m.block = block;
    m.year = year;
    m.title = t3(u"Test methodology"_s);
    core::Criterion c;
    c.code = u"C1"_s;
    c.name = t3(u"Criterion one"_s);
    c.weight = 100;
    c.indicators = {indicator(u"C1.1"_s, 60, core::ScoringKind::Ratio, core::Direction::Higher, 100),
                    indicator(u"C1.2"_s, 40, core::ScoringKind::InverseRatio, core::Direction::Lower, 5, 6)};
    m.criteria = {c};
    return m;
}

core::Approval approval(int year = 2023)
{
    return {u"Joint order No. 1"_s, QDate(year + 1, 1, 20), QDate(year + 1, 1, 10), QDate(year + 1, 1, 15)};
}

struct Fixture
{
    test::TestDatabase t;
    core::MethodologyService service{*t.db, *t.audit};
    core::ScoreService scores{t.registry->repository(), service};

    qint64 approvedSmall(int block = 2, int year = 2023)
    {
        auto id = service.create(small(block, year), u"test"_s);
        REQUIRE(id);
        REQUIRE(service.approve(*id, approval(year), u"test"_s));
        return *id;
    }

    void setFacts(const QString& code, int year, std::optional<double> first, std::optional<double> second)
    {
        REQUIRE(service.setValue(year, 2, t.idOf(code), u"C1.1"_s, {std::nullopt, first, 1}, u"test"_s));
        REQUIRE(service.setValue(year, 2, t.idOf(code), u"C1.2"_s, {std::nullopt, second, 6}, u"test"_s));
    }

    std::optional<double> scoreOf(const QString& code, int year, int block = 2)
    {
        auto s = scores.score(t.idOf(code), year, block);
        REQUIRE(s);
        REQUIRE(s->has_value());
        return (*s)->result.score;
    }
};

} // namespace

TEST_CASE("A new methodology is stored as a draft, version 1, exactly as given", "[core][methodology]")
{
    Fixture f;
    auto id = f.service.create(small(), u"first draft"_s);
    INFO((id ? QString() : id.error().detail).toStdString());
    REQUIRE(id);
    auto loaded = f.service.load(*id);
    REQUIRE(loaded);
    CHECK(loaded->version == 1);
    CHECK_FALSE(loaded->isApproved());
    CHECK(loaded->sameContent(small()));
    CHECK(loaded->criteria.at(0).indicators.at(1).plan == 5.0);
    CHECK(loaded->criteria.at(0).indicators.at(1).scoring == core::ScoringKind::InverseRatio);
    auto second = f.service.create(small(), u"another"_s);
    REQUIRE(second);
    CHECK(f.service.load(*second)->version == 2);
}

TEST_CASE("§19 an approved methodology is frozen: saving or deleting it is refused and changes nothing",
          "[core][methodology]")
{
    Fixture f;
    const qint64 id = f.approvedSmall();
    auto m = f.service.load(id);
    REQUIRE(m);
    CHECK(m->approval == approval());
    const QStringList before = test::databaseState(*f.t.db);
    core::Methodology changed = *m;
    changed.criteria[0].indicators[0].weight = 50;
    changed.criteria[0].indicators[1].weight = 50;
    CHECK(test::errorOf(f.service.save(changed, u"edit"_s)) == ErrorCode::MethodologyFrozen);
    CHECK(test::errorOf(f.service.remove(id, u"delete"_s)) == ErrorCode::MethodologyFrozen);
    CHECK(test::errorOf(f.service.approve(id, approval(), u"again"_s)) == ErrorCode::MethodologyFrozen);
    CHECK(test::databaseState(*f.t.db) == before);
}

TEST_CASE("Changing an approved methodology makes a new version and leaves the approved one as it was",
          "[core][methodology]")
{
    Fixture f;
    const qint64 v1 = f.approvedSmall();
    auto v2 = f.service.newVersion(v1, u"new indicator"_s);
    REQUIRE(v2);
    auto draft = f.service.load(*v2);
    REQUIRE(draft);
    CHECK(draft->version == 2);
    CHECK_FALSE(draft->isApproved());
    CHECK(draft->basedOn == v1);
    CHECK(draft->sameContent(*f.service.load(v1)));

    draft->criteria[0].indicators[0].weight = 50;
    draft->criteria[0].indicators[1].weight = 30;
    draft->criteria[0].indicators.push_back(
        indicator(u"C1.3"_s, 20, core::ScoringKind::YesNo, core::Direction::Higher, std::nullopt, 9));
    REQUIRE(f.service.save(*draft, u"add C1.3"_s));
    CHECK(f.service.load(v1)->sameContent(small()));
    CHECK(f.service.load(*v2)->criteria[0].indicators.size() == 3);

    // The approved version stays in effect until the new one is approved.
    CHECK(f.service.inEffect(2, 2023).value()->id == v1);
    REQUIRE(f.service.approve(*v2, approval(), u"approve v2"_s));
    CHECK(f.service.inEffect(2, 2023).value()->id == *v2);
    // Undo of an approval takes back the whole §19 record, each field in the audit trail.
    REQUIRE(f.service.withdrawApproval(*v2, u"undo"_s));
    CHECK_FALSE(f.service.load(*v2)->isApproved());
    CHECK(f.service.inEffect(2, 2023).value()->id == v1);
    const auto entries = test::auditOf(*f.t.audit, u"methodology"_s, *v2);
    CHECK(std::count_if(entries.begin(), entries.end(),
                        [](const core::AuditEntry& e) { return e.reason == u"undo" && e.oldValue && !e.newValue; })
          == 4);
}

TEST_CASE("Last year's methodology is copied as the first draft of the next year, once", "[core][methodology]")
{
    Fixture f;
    const qint64 id = f.approvedSmall(2, 2023);
    auto next = f.service.copyToYear(id, 2024, u"start 2024"_s);
    REQUIRE(next);
    auto copy = f.service.load(*next);
    REQUIRE(copy);
    CHECK(copy->year == 2024);
    CHECK(copy->version == 1);
    CHECK_FALSE(copy->isApproved());
    CHECK(copy->basedOn == id);
    CHECK(copy->criteria.at(0).id != f.service.load(id)->criteria.at(0).id); // new rows…
    core::Methodology expected = small(2, 2024);
    CHECK(copy->sameContent(expected)); // …with the same content
    CHECK(test::errorOf(f.service.copyToYear(id, 2024, u"again"_s)) == ErrorCode::MethodologyExists);
    CHECK(test::errorOf(f.service.copyToYear(id, 1999, u"far"_s)) == ErrorCode::InvalidYear);
}

TEST_CASE("§20 approval is refused while the checks list errors, and nothing is written", "[core][methodology]")
{
    Fixture f;
    core::Methodology m = small();
    m.criteria[0].indicators[1].weight = 30; // 60 + 30 ≠ 100
    auto id = f.service.create(m, u"draft"_s);
    REQUIRE(id);
    auto problems = f.service.check(*f.service.load(*id), true);
    REQUIRE(problems);
    CHECK(std::any_of(problems->begin(), problems->end(), [](const core::MethodologyProblem& p) {
        return p.kind == core::MethodologyProblem::Kind::IndicatorWeights && p.blocking;
    }));
    const QStringList before = test::databaseState(*f.t.db);
    CHECK(test::errorOf(f.service.approve(*id, approval(), u"approve"_s)) == ErrorCode::MethodologyProblems);
    CHECK(test::databaseState(*f.t.db) == before);
    // Without the §19 record, even a sound methodology is not approved.
    auto sound = f.service.create(small(), u"draft"_s);
    REQUIRE(sound);
    const QStringList withSound = test::databaseState(*f.t.db);
    CHECK(test::errorOf(f.service.approve(*sound, core::Approval{}, u"approve"_s)) == ErrorCode::MethodologyProblems);
    CHECK(test::databaseState(*f.t.db) == withSound);
    CHECK(before != withSound);
}

TEST_CASE("Values a database cannot hold are refused before anything is written", "[core][methodology]")
{
    Fixture f;
    const QStringList before = test::databaseState(*f.t.db);
    core::Methodology m = small();
    m.block = 4;
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::InvalidBlock);
    m = small();
    m.criteria[0].weight = 120;
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::InvalidWeight);
    m = small(1);
    m.criteria[0].indicators[0].sourceType = core::ExpertSourceType; // §7: not in the goals block
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::InvalidSourceType);
    m = small(2);
    m.criteria[0].indicators[0].sourceType = 10;
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::InvalidSourceType);
    m = small();
    m.criteria[0].indicators[0].scoring = core::ScoringKind::Formula;
    m.criteria[0].indicators[0].formula = u"fact / (plan"_s;
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::InvalidFormula);
    m = small();
    m.criteria[0].indicators[1].code = u"C1.1"_s;
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::DuplicateCode);
    m = small();
    m.criteria[0].indicators[0].cap = 0.5;
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::InvalidScale);
    m = small();
    m.criteria[0].indicators[0].code = u"C 1"_s;
    CHECK(test::errorOf(f.service.create(m, {})) == ErrorCode::InvalidCode);
    CHECK(test::databaseState(*f.t.db) == before);
}

TEST_CASE("A change of a draft leaves one audit entry per changed field, old and new", "[core][methodology][audit]")
{
    Fixture f;
    auto id = f.service.create(small(), u"draft"_s);
    REQUIRE(id);
    core::Methodology m = *f.service.load(*id);
    m.criteria[0].indicators[0].weight = 70;
    m.criteria[0].indicators[1].weight = 30;
    m.criteria[0].indicators[1].name.kk = u"Жаңа атау"_s;
    REQUIRE(f.service.save(m, u"rebalance"_s));
    const auto entries = test::auditOf(*f.t.audit, u"methodology"_s, *id);
    auto find = [&entries](const QString& field) -> const core::AuditEntry* {
        const core::AuditEntry* found = nullptr;
        for (const core::AuditEntry& e : entries)
            if (e.field == field && e.reason == u"rebalance")
                found = &e;
        return found;
    };
    const core::AuditEntry* weight = find(u"indicator C1.1.weight"_s);
    REQUIRE(weight);
    CHECK(weight->oldValue == u"60"_s);
    CHECK(weight->newValue == u"70"_s);
    CHECK(weight->user == u"tester"_s);
    const core::AuditEntry* name = find(u"indicator C1.2.name.kk"_s);
    REQUIRE(name);
    CHECK(name->newValue == u"Жаңа атау"_s);
    CHECK(std::count_if(entries.begin(), entries.end(),
                        [](const core::AuditEntry& e) { return e.reason == u"rebalance"; })
          == 3);
}

TEST_CASE("A body's value is set, replaced and removed, each change audited with old and new",
          "[core][methodology][values]")
{
    Fixture f;
    const qint64 moa = f.t.idOf(u"MOA"_s);
    REQUIRE(f.service.setValue(2023, 2, moa, u"C1.1"_s, {std::nullopt, 80.0, 1}, u"report"_s));
    REQUIRE(f.service.setValue(2023, 2, moa, u"C1.1"_s, {90.0, 85.0, 1}, u"corrected"_s));
    auto values = f.service.values(2023, 2);
    REQUIRE(values);
    CHECK(values->at(moa).at(u"C1.1"_s).fact == 85.0);
    CHECK(values->at(moa).at(u"C1.1"_s).plan == 90.0);
    const auto history = f.t.audit->forBody(moa);
    REQUIRE(history);
    const auto& last = history->back();
    CHECK(last.entity == u"indicator_value"_s);
    CHECK(last.reason == u"corrected"_s);
    REQUIRE(f.service.setValue(2023, 2, moa, u"C1.1"_s, {}, u"withdrawn"_s));
    CHECK_FALSE(f.service.values(2023, 2)->contains(moa));

    const QStringList before = test::databaseState(*f.t.db);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(test::errorOf(f.service.setValue(2023, 2, moa, u"C1.1"_s, {std::nullopt, nan, 1}, {}))
          == ErrorCode::InvalidValue);
    CHECK(test::errorOf(f.service.setValue(2023, 1, moa, u"C1.1"_s, {std::nullopt, 1.0, 7}, {}))
          == ErrorCode::InvalidSourceType);
    CHECK(test::errorOf(f.service.setValue(2023, 0, moa, u"C1.1"_s, {std::nullopt, 1.0, 1}, {}))
          == ErrorCode::InvalidBlock);
    CHECK(test::databaseState(*f.t.db) == before);
}

TEST_CASE("An import of values is all or nothing", "[core][methodology][values]")
{
    Fixture f;
    const qint64 moa = f.t.idOf(u"MOA"_s);
    const qint64 moj = f.t.idOf(u"MOJ"_s);
    const QStringList before = test::databaseState(*f.t.db);
    std::vector<core::StoredValue> values{{moa, u"C1.1"_s, {std::nullopt, 70.0, 1}},
                                          {moj, u"C1.1"_s, {std::nullopt, std::numeric_limits<double>::infinity(), 1}}};
    CHECK(test::errorOf(f.service.importValues(2023, 2, values, false, u"import"_s)) == ErrorCode::InvalidValue);
    CHECK(test::databaseState(*f.t.db) == before);
    values[1].value.fact = 60.0;
    auto imported = f.service.importValues(2023, 2, values, false, u"import"_s);
    REQUIRE(imported);
    CHECK(*imported == 2);
    CHECK(f.service.values(2023, 2)->at(moj).at(u"C1.1"_s).fact == 60.0);
    // A value that exists is replaced, and the audit trail keeps old → new for each value.
    values = {{moa, u"C1.1"_s, {std::nullopt, 75.0, 1}}};
    REQUIRE(f.service.importValues(2023, 2, values, false, u"corrected import"_s));
    CHECK(f.service.values(2023, 2)->at(moa).at(u"C1.1"_s).fact == 75.0);
    const auto history = f.t.audit->forBody(moa);
    REQUIRE(history);
    const auto& last = history->back();
    CHECK(last.entity == u"indicator_value"_s);
    CHECK(last.field == u"C1.1 2023 block 2: fact"_s);
    CHECK(last.oldValue == u"70"_s);
    CHECK(last.newValue == u"75"_s);
    CHECK(last.reason == u"corrected import"_s);
}

TEST_CASE("Rating bands are per-year data: replaced as a whole, duplicates refused", "[core][methodology][rating]")
{
    Fixture f;
    std::vector<core::RatingBand> bands{{0, 2023, 90, u"A"_s, t3(u"High"_s), false},
                                        {0, 2023, 70, u"B"_s, t3(u"Medium"_s), false},
                                        {0, 2023, 0, u"C"_s, t3(u"Low"_s), false}};
    REQUIRE(f.service.setRatingBands(2023, bands, u"order"_s));
    auto stored = f.service.ratingBands(2023);
    REQUIRE(stored);
    REQUIRE(stored->size() == 3);
    CHECK(stored->front().code == u"A"_s);
    CHECK(f.service.ratingBands(2024)->empty());
    const QStringList before = test::databaseState(*f.t.db);
    bands[1].code = u"A"_s;
    CHECK(test::errorOf(f.service.setRatingBands(2023, bands, {})) == ErrorCode::InvalidRatingBands);
    bands[1].code = u"B"_s;
    bands[1].minScore = 90;
    CHECK(test::errorOf(f.service.setRatingBands(2023, bands, {})) == ErrorCode::InvalidRatingBands);
    bands[1].minScore = 120;
    CHECK(test::errorOf(f.service.setRatingBands(2023, bands, {})) == ErrorCode::InvalidRatingBands);
    CHECK(test::databaseState(*f.t.db) == before);
}

TEST_CASE("Scores follow the stored values: late data re-scores at once", "[core][score]")
{
    Fixture f;
    f.approvedSmall();
    REQUIRE(f.service.setRatingBands(
        2023, {{0, 2023, 90, u"A"_s, t3(u"High"_s), false}, {0, 2023, 0, u"D"_s, t3(u"Low"_s), false}}, {}));
    // No data yet: nothing counts.
    CHECK_FALSE(f.scoreOf(u"MOA"_s, 2023).has_value());
    // C1.1 80 of 100 → 80; C1.2 plan 5, fact 10 → 50. 0.6 × 80 + 0.4 × 50 = 68.
    f.setFacts(u"MOA"_s, 2023, 80.0, 10.0);
    CHECK(f.scoreOf(u"MOA"_s, 2023).value() == Approx(68.0));
    // The late report of C1.1: 100 → 0.6 × 100 + 0.4 × 50 = 80.
    REQUIRE(f.service.setValue(2023, 2, f.t.idOf(u"MOA"_s), u"C1.1"_s, {std::nullopt, 100.0, 1}, u"late"_s));
    auto s = f.scores.score(f.t.idOf(u"MOA"_s), 2023, 2);
    REQUIRE(s);
    REQUIRE(s->has_value());
    CHECK((*s)->result.score.value() == Approx(80.0));
    CHECK((*s)->rating.has_value());
    CHECK((*s)->rating->code == u"D"_s);
    CHECK_FALSE((*s)->draft);
    double sum = 0;
    for (const core::IndicatorScore& i : (*s)->result.indicators)
        sum += i.contribution;
    CHECK(sum == Approx(80.0));
}

TEST_CASE("Only the bodies of the year's list whose Appendix 2 scope has the block are scored", "[core][score]")
{
    Fixture f;
    auto ids = [&f](int year, int block) {
        auto list = f.scores.bodiesInScope(year, block);
        REQUIRE(list);
        QStringList codes;
        for (qint64 id : *list)
            codes << f.t.registry->repository().body(id)->code;
        return codes;
    };
    const QStringList block1 = ids(2019, 1);
    const QStringList block2 = ids(2019, 2);
    const QStringList block3 = ids(2019, 3);
    CHECK_FALSE(block1.contains(u"GPO"_s)); // block 2 and results only
    CHECK(block2.contains(u"GPO"_s));
    CHECK(block1.contains(u"NBK"_s));
    CHECK_FALSE(block3.contains(u"NBK"_s)); // all except block 3
    CHECK_FALSE(block1.contains(u"MOD"_s)); // block 2 only
    CHECK(block2.contains(u"MOD"_s));
    CHECK(block2.contains(u"SCD"_s));
    CHECK(block3.contains(u"AKM"_s));
    CHECK_FALSE(block2.contains(u"PA"_s)); // evaluates, is not evaluated
    CHECK(block2.size() == 38);
    CHECK(ids(2023, 2).contains(u"ULY"_s));
    CHECK_FALSE(block2.contains(u"ULY"_s));
}

TEST_CASE("§73 a block score that fell two years in a row raises the alert, one fall does not", "[core][score]")
{
    Fixture f;
    for (int year = 2020; year <= 2023; ++year)
        f.approvedSmall(2, year);
    // MOA: 100 → 80 → 60 → 40 (a fall every year); MOJ: 100 → 60 → 80 → 70.
    const double moa[] = {100, 80, 60, 40};
    const double moj[] = {100, 60, 80, 70};
    for (int k = 0; k < 4; ++k) {
        f.setFacts(u"MOA"_s, 2020 + k, moa[k], 5.0);
        f.setFacts(u"MOJ"_s, 2020 + k, moj[k], 5.0);
    }
    auto alertsOf = [&f](int year) {
        auto alerts = f.scores.alerts(year);
        REQUIRE(alerts);
        QStringList codes;
        for (const core::DeclineAlert& a : *alerts)
            codes << f.t.registry->repository().body(a.bodyId)->code + u"/"_s + QString::number(a.block);
        return codes;
    };
    CHECK(alertsOf(2021).isEmpty());
    CHECK(alertsOf(2022) == QStringList{u"MOA/2"_s});
    CHECK(alertsOf(2023) == QStringList{u"MOA/2"_s});
    auto history = f.scores.history(f.t.idOf(u"MOA"_s));
    REQUIRE(history);
    const auto trend =
        std::find_if(history->begin(), history->end(), [](const core::BlockTrend& t) { return t.block == 2; });
    REQUIRE(trend != history->end());
    CHECK(trend->scores.size() == 4);
    CHECK(trend->alerts == std::vector<int>{2022, 2023});
}

TEST_CASE("A draft methodology scores, marked as a draft, when no version is approved", "[core][score]")
{
    Fixture f;
    REQUIRE(f.service.create(small(), u"draft"_s));
    f.setFacts(u"MOA"_s, 2023, 100.0, 5.0);
    auto s = f.scores.score(f.t.idOf(u"MOA"_s), 2023, 2);
    REQUIRE(s);
    REQUIRE(s->has_value());
    CHECK((*s)->draft);
    CHECK((*s)->result.score.value() == Approx(100.0));
    CHECK(f.scores.scores(2023, 3)->empty()); // no methodology for block 3
}
