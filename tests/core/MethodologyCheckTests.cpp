// SPDX-License-Identifier: GPL-3.0-or-later
// The §20 checks of a methodology before approval (§19): every kind of problem, in each language where it
// applies, comparability with last year's version, and the order in which problems are listed.
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"

#include "core/Methodology.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using core::Criterion;
using core::Direction;
using core::Indicator;
using core::Language;
using core::Methodology;
using core::MethodologyProblem;
using core::ScoringKind;
using Kind = core::MethodologyProblem::Kind;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoCriteria:
        return u"NoCriteria"_s;
    case Kind::EmptyCriterion:
        return u"EmptyCriterion"_s;
    case Kind::CriterionWeights:
        return u"CriterionWeights"_s;
    case Kind::IndicatorWeights:
        return u"IndicatorWeights"_s;
    case Kind::NoSource:
        return u"NoSource"_s;
    case Kind::SourceNotAllowed:
        return u"SourceNotAllowed"_s;
    case Kind::NoVerification:
        return u"NoVerification"_s;
    case Kind::NoDefinition:
        return u"NoDefinition"_s;
    case Kind::NoName:
        return u"NoName"_s;
    case Kind::DuplicateName:
        return u"DuplicateName"_s;
    case Kind::DuplicateCode:
        return u"DuplicateCode"_s;
    case Kind::ScoringDirection:
        return u"ScoringDirection"_s;
    case Kind::BadScale:
        return u"BadScale"_s;
    case Kind::BadFormula:
        return u"BadFormula"_s;
    case Kind::BadCap:
        return u"BadCap"_s;
    case Kind::NoPlan:
        return u"NoPlan"_s;
    case Kind::NotComparable:
        return u"NotComparable"_s;
    case Kind::Dropped:
        return u"Dropped"_s;
    case Kind::NoApprovalRecord:
        return u"NoApprovalRecord"_s;
    }
    return u"Kind(%1)"_s.arg(static_cast<int>(kind));
}

/// A problem as "Kind error|warning criterion/indicator [language] (detail)".
QString describe(const MethodologyProblem& p)
{
    QString text = kindName(p.kind) + (p.blocking ? u" error "_s : u" warning "_s) + p.criterion + u'/' + p.indicator;
    if (p.language)
        text += u' ' + core::languageCode(*p.language);
    if (!p.detail.isEmpty())
        text += u" ("_s + p.detail + u')';
    return text;
}

QStringList problemsOf(const Methodology& m, const Methodology* previous = nullptr, bool forApproval = false)
{
    QStringList result;
    for (const MethodologyProblem& p : core::checkMethodology(m, previous, forApproval))
        result << describe(p);
    return result;
}

core::Text3 text3(const QString& base)
{
    return {base + u" (kk)"_s, base + u" (ru)"_s, base + u" (en)"_s};
}

/// A ratio of official statistics, with everything §20 asks for.
Indicator goodIndicator(const QString& code, double weight)
{
    Indicator i;
    i.code = code;
    i.name = text3(u"Name of "_s + code);
    i.definition = text3(u"Definition of "_s + code);
    i.unit = text3(u"percent"_s);
    i.verification = text3(u"Verification of "_s + code);
    i.weight = weight;
    i.scoring = ScoringKind::Ratio;
    i.direction = Direction::Higher;
    i.plan = 100;
    i.sourceType = 6; // §7: official statistics
    return i;
}

/// Block 2 of 2025: C1 (60) with I1 (70) and I2 (30); C2 (40) with I3 (100).
Methodology goodMethodology()
{
    Methodology m;
    m.block = 2;
    m.year = 2025;
    m.title = text3(u"Block 2"_s);
    Criterion c1;
    c1.code = u"C1"_s;
    c1.name = text3(u"Criterion 1"_s);
    c1.weight = 60;
    c1.indicators = {goodIndicator(u"I1"_s, 70), goodIndicator(u"I2"_s, 30)};
    Criterion c2;
    c2.code = u"C2"_s;
    c2.name = text3(u"Criterion 2"_s);
    c2.weight = 40;
    c2.indicators = {goodIndicator(u"I3"_s, 100)};
    m.criteria = {c1, c2};
    return m;
}

Methodology approved(Methodology m)
{
    m.approval.approvedBy = u"Joint order No. 12"_s;
    m.approval.agreedStatePlanning = QDate(2025, 1, 20);
    m.approval.agreedWorkingBody = QDate(2025, 1, 25);
    m.approval.approvedOn = QDate(2025, 2, 1);
    return m;
}

Indicator& indicatorOf(Methodology& m, std::size_t criterion, std::size_t indicator)
{
    return m.criteria.at(criterion).indicators.at(indicator);
}

} // namespace

TEST_CASE("A complete methodology has no problems, before and at approval", "[core][methodology][checks]")
{
    const Methodology m = approved(goodMethodology());
    CHECK(problemsOf(m).isEmpty());
    CHECK(problemsOf(m, nullptr, true).isEmpty());
    CHECK(problemsOf(m, &m, true).isEmpty()); // the same as last year: comparable
}

TEST_CASE("§20.6 a methodology without criteria is refused", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    m.criteria.clear();
    CHECK(problemsOf(m) == QStringList{u"NoCriteria error /"_s});
}

TEST_CASE("§20.6 a criterion without indicators is refused", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    m.criteria[1].indicators.clear();
    CHECK(problemsOf(m) == QStringList{u"EmptyCriterion error C2/"_s});
}

TEST_CASE("Criterion weights that do not add up to 100 are refused with their sum", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    m.criteria[1].weight = 30;
    CHECK(problemsOf(m) == QStringList{u"CriterionWeights error / (90)"_s});
    m.criteria[1].weight = 40.005; // within 0.01 of 100
    CHECK(problemsOf(m).isEmpty());
    m.criteria[1].weight = 40.5;
    CHECK(problemsOf(m) == QStringList{u"CriterionWeights error / (100.5)"_s});
}

TEST_CASE("Indicator weights that do not add up to 100 in a criterion are refused with their sum",
          "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 0, 1).weight = 20;
    indicatorOf(m, 1, 0).weight = 99.995;
    CHECK(problemsOf(m) == QStringList{u"IndicatorWeights error C1/ (90)"_s});
}

TEST_CASE("§20.1 an indicator without a §7 source type is refused", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 0, 1).sourceType = 0;
    CHECK(problemsOf(m) == QStringList{u"NoSource error C1/I2"_s});
    indicatorOf(m, 0, 1).sourceType = 10;
    CHECK(problemsOf(m) == QStringList{u"NoSource error C1/I2 (10)"_s});
}

TEST_CASE("§7 source type 7 is refused in the goals block", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 1, 0).sourceType = core::ExpertSourceType;
    CHECK(problemsOf(m).isEmpty()); // block 2 may rest on independent experts and public councils
    m.block = 1;
    CHECK(problemsOf(m) == QStringList{u"SourceNotAllowed error C2/I3 (7)"_s});
}

TEST_CASE("§20.2 a verification method missing in a language is refused for that language",
          "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 0, 0).verification.kk = u"  "_s;
    CHECK(problemsOf(m) == QStringList{u"NoVerification error C1/I1 kk"_s});
    indicatorOf(m, 0, 0).verification = {};
    CHECK(problemsOf(m)
          == QStringList{u"NoVerification error C1/I1 kk"_s, u"NoVerification error C1/I1 ru"_s,
                         u"NoVerification error C1/I1 en"_s});
}

TEST_CASE("§20.3 a definition missing in a language is refused for that language", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 0, 1).definition.ru.clear();
    CHECK(problemsOf(m) == QStringList{u"NoDefinition error C1/I2 ru"_s});
}

TEST_CASE("A name missing in a language is refused, for criteria and indicators", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    m.criteria[1].name.kk.clear();
    indicatorOf(m, 1, 0).name.en = u" "_s;
    CHECK(problemsOf(m) == QStringList{u"NoName error C2/ kk"_s, u"NoName error C2/I3 en"_s});
}

TEST_CASE("§20.3 two indicators of the same name in a language cannot be told apart", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    // Across criteria, and ignoring case and spacing.
    indicatorOf(m, 1, 0).name.ru = u"  name OF i1 (RU)"_s;
    CHECK(problemsOf(m) == QStringList{u"DuplicateName error C2/I3 ru (I1)"_s});

    // Blank names are missing, not duplicates.
    m = goodMethodology();
    indicatorOf(m, 0, 0).name.en.clear();
    indicatorOf(m, 0, 1).name.en.clear();
    CHECK(problemsOf(m) == QStringList{u"NoName error C1/I1 en"_s, u"NoName error C1/I2 en"_s});
}

TEST_CASE("Two criteria or two indicators of one code are refused", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    m.criteria[1].code = u"C1"_s;
    indicatorOf(m, 1, 0).code = u"I2"_s;
    indicatorOf(m, 1, 0).name = text3(u"Another"_s);
    CHECK(problemsOf(m) == QStringList{u"DuplicateCode error C1/ (C1)"_s, u"DuplicateCode error C1/I2 (I2)"_s});
}

TEST_CASE("A ratio where lower is better or an inverse ratio where higher is better is refused",
          "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 0, 0).direction = Direction::Lower;
    indicatorOf(m, 0, 1).scoring = ScoringKind::InverseRatio;
    CHECK(problemsOf(m)
          == QStringList{u"ScoringDirection error C1/I1 (ratio lower)"_s,
                         u"ScoringDirection error C1/I2 (inverse-ratio higher)"_s});
    indicatorOf(m, 0, 1).direction = Direction::Lower; // an inverse ratio where lower is better is right
    indicatorOf(m, 0, 0).direction = Direction::Higher;
    CHECK(problemsOf(m).isEmpty());
}

TEST_CASE("A scale without steps is refused", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 0, 0).scoring = ScoringKind::Scale;
    CHECK(problemsOf(m) == QStringList{u"BadScale error C1/I1"_s});
    indicatorOf(m, 0, 0).scale = {{90, 100}, {50, 50}};
    CHECK(problemsOf(m).isEmpty());
}

TEST_CASE("A formula muparser cannot read is refused with its message", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    Indicator& i = indicatorOf(m, 0, 0);
    i.scoring = ScoringKind::Formula;
    i.formula = u"fact / plan"_s;
    CHECK(problemsOf(m).isEmpty());

    i.formula = u"fact / (plan"_s;
    auto problems = core::checkMethodology(m, nullptr);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == Kind::BadFormula);
    CHECK(problems[0].blocking);
    CHECK(problems[0].indicator == u"I1"_s);
    CHECK_FALSE(problems[0].detail.isEmpty());

    i.formula = u"fact / target"_s;
    problems = core::checkMethodology(m, nullptr);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == Kind::BadFormula);
    CHECK(problems[0].detail.contains(u"target"_s));
}

TEST_CASE("A cap below 1 is refused", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 1, 0).cap = 0.9;
    CHECK(problemsOf(m) == QStringList{u"BadCap error C2/I3 (0.9)"_s});
    indicatorOf(m, 1, 0).cap = 1.2;
    CHECK(problemsOf(m).isEmpty());
}

TEST_CASE("A ratio, inverse ratio or expert score without a default plan is a warning", "[core][methodology][checks]")
{
    Methodology m = goodMethodology();
    indicatorOf(m, 0, 0).plan.reset();
    indicatorOf(m, 0, 1).plan.reset();
    indicatorOf(m, 0, 1).scoring = ScoringKind::InverseRatio;
    indicatorOf(m, 0, 1).direction = Direction::Lower;
    indicatorOf(m, 1, 0).plan.reset();
    indicatorOf(m, 1, 0).scoring = ScoringKind::Expert;
    CHECK(problemsOf(m)
          == QStringList{u"NoPlan warning C1/I1 (ratio)"_s, u"NoPlan warning C1/I2 (inverse-ratio)"_s,
                         u"NoPlan warning C2/I3 (expert)"_s});

    // Yes/no and scales need no plan.
    indicatorOf(m, 0, 0).scoring = ScoringKind::YesNo;
    indicatorOf(m, 0, 1).scoring = ScoringKind::Scale;
    indicatorOf(m, 0, 1).scale = {{1, 100}};
    indicatorOf(m, 1, 0).scoring = ScoringKind::Formula;
    indicatorOf(m, 1, 0).formula = u"fact"_s;
    CHECK(problemsOf(m).isEmpty());
}

TEST_CASE("§20.5 a change of unit, direction or scoring since last year is a warning", "[core][methodology][checks]")
{
    const Methodology previous = goodMethodology();
    Methodology m = goodMethodology();
    m.year = 2026;
    indicatorOf(m, 0, 0).unit.ru = u"тысяч тенге"_s;
    indicatorOf(m, 0, 1).direction = Direction::Lower;
    indicatorOf(m, 0, 1).scoring = ScoringKind::InverseRatio;
    CHECK(problemsOf(m, &previous)
          == QStringList{u"NotComparable warning C1/I1 (unit)"_s, u"NotComparable warning C1/I2 (direction)"_s,
                         u"NotComparable warning C1/I2 (scoring)"_s});
    CHECK(problemsOf(m).isEmpty()); // nothing to compare with

    // Other changes keep the indicator comparable.
    m = goodMethodology();
    indicatorOf(m, 0, 0).name = text3(u"Renamed"_s);
    indicatorOf(m, 0, 0).plan = 120;
    indicatorOf(m, 0, 0).weight = 60;
    indicatorOf(m, 0, 1).weight = 40;
    CHECK(problemsOf(m, &previous).isEmpty());
}

TEST_CASE("§20.5 an indicator of last year's version that is gone is a warning", "[core][methodology][checks]")
{
    const Methodology previous = goodMethodology();
    Methodology m = goodMethodology();
    m.criteria[0].indicators = {goodIndicator(u"I1"_s, 70), goodIndicator(u"I9"_s, 30)}; // I2 replaced by I9
    CHECK(problemsOf(m, &previous) == QStringList{u"Dropped warning C1/I2"_s});
    // The other way round I2 is new, which is no problem, and I9 is gone.
    CHECK(problemsOf(previous, &m) == QStringList{u"Dropped warning C1/I9"_s});
}

TEST_CASE("§19 approval needs who approved and both agreements recorded", "[core][methodology][checks]")
{
    Methodology m = approved(goodMethodology());
    m.approval.approvedBy = u"  "_s;
    m.approval.agreedWorkingBody = QDate();
    CHECK(problemsOf(m).isEmpty()); // only checked for approval
    CHECK(problemsOf(m, nullptr, true)
          == QStringList{u"NoApprovalRecord error / (approved-by, agreed-working-body)"_s});

    m = goodMethodology();
    CHECK(problemsOf(m, nullptr, true)
          == QStringList{u"NoApprovalRecord error / (approved-by, approved-on, agreed-state-planning, "
                         "agreed-working-body)"_s});
    m = approved(goodMethodology());
    m.approval.agreedStatePlanning = QDate(2025, 2, 30); // no such day
    CHECK(problemsOf(m, nullptr, true) == QStringList{u"NoApprovalRecord error / (agreed-state-planning)"_s});
}

TEST_CASE("Problems are listed methodology first, then criterion by criterion and indicator by indicator",
          "[core][methodology][checks]")
{
    const Methodology previous = goodMethodology();
    Methodology m = goodMethodology();
    m.block = 1;
    m.criteria[0].weight = 50;
    m.criteria[0].indicators.pop_back(); // I2 is dropped and C1's weights add up to 70
    indicatorOf(m, 0, 0).sourceType = core::ExpertSourceType;
    indicatorOf(m, 0, 0).unit = text3(u"tenge"_s);
    indicatorOf(m, 1, 0).definition.kk.clear();
    indicatorOf(m, 1, 0).plan.reset();
    m.criteria[1].name.en.clear();
    CHECK(problemsOf(m, &previous, true)
          == QStringList{u"NoApprovalRecord error / (approved-by, approved-on, agreed-state-planning, "
                         "agreed-working-body)"_s,
                         u"CriterionWeights error / (90)"_s, u"IndicatorWeights error C1/ (70)"_s,
                         u"SourceNotAllowed error C1/I1 (7)"_s, u"NotComparable warning C1/I1 (unit)"_s,
                         u"NoName error C2/ en"_s, u"NoDefinition error C2/I3 kk"_s, u"NoPlan warning C2/I3 (ratio)"_s,
                         u"Dropped warning C1/I2"_s});
}

TEST_CASE("Warnings alone do not block approval", "[core][methodology][checks]")
{
    const Methodology previous = goodMethodology();
    Methodology m = approved(goodMethodology());
    indicatorOf(m, 0, 0).plan.reset();
    indicatorOf(m, 0, 1).unit = text3(u"days"_s);
    const auto problems = core::checkMethodology(m, &previous, true);
    REQUIRE(problems.size() == 2);
    for (const MethodologyProblem& p : problems)
        CHECK_FALSE(p.blocking);
}
