// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring (PRODUCT.md: 100 points, statuses full / partial / not achieved / not counted): each kind of
// indicator at its edges, formulas through muparser, blocks under both "not counted" policies with
// numbers worked out by hand, rating bands, and the two-years-of-decline rule of §73.
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"

#include "core/Scoring.h"

#include <catch2/catch.hpp>

#include <locale>
#include <numeric>

using namespace Qt::StringLiterals;
using core::Direction;
using core::ErrorCode;
using core::Indicator;
using core::IndicatorScore;
using core::IndicatorValue;
using core::Methodology;
using core::NotCountedPolicy;
using core::NotCountedReason;
using core::ScaleStep;
using core::ScoringKind;
using core::Status;

namespace {

Methodology methodology(NotCountedPolicy policy = NotCountedPolicy::Reweight)
{
    Methodology m;
    m.block = 1;
    m.year = 2025;
    m.notCounted = policy;
    m.fullAt = 100;
    m.partialAt = 50;
    return m;
}

Indicator indicator(ScoringKind kind, std::optional<double> plan = std::nullopt, double cap = 1.0,
                    Direction direction = Direction::Higher)
{
    Indicator i;
    i.code = u"I1"_s;
    i.weight = 100;
    i.scoring = kind;
    i.plan = plan;
    i.cap = cap;
    i.direction = direction;
    return i;
}

IndicatorValue fact(std::optional<double> f, std::optional<double> ownPlan = std::nullopt)
{
    IndicatorValue v;
    v.fact = f;
    v.plan = ownPlan;
    return v;
}

/// "status score" when counted, "not-counted reason" when not: the outcome the tests compare.
QString outcome(const IndicatorScore& s)
{
    QString text = core::toString(s.status);
    if (s.score)
        text += u' ' + QString::number(*s.score, 'g', 12);
    if (s.reason != NotCountedReason::None)
        text += u' ' + core::toString(s.reason);
    return text;
}

QString outcome(const Indicator& i, const IndicatorValue& v, const Methodology& m = methodology())
{
    return outcome(core::scoreIndicator(m, i, v));
}

Indicator formula(const QString& text, std::optional<double> plan = std::nullopt, double cap = 1.0)
{
    Indicator i = indicator(ScoringKind::Formula, plan, cap);
    i.formula = text;
    return i;
}

Indicator scale(Direction direction, std::vector<ScaleStep> steps)
{
    Indicator i = indicator(ScoringKind::Scale, std::nullopt, 1.0, direction);
    i.scale = std::move(steps);
    return i;
}

Indicator weighted(const QString& code, double weight, ScoringKind kind = ScoringKind::Ratio,
                   std::optional<double> plan = 100, double cap = 1.0)
{
    Indicator i = indicator(kind, plan, cap);
    i.code = code;
    i.weight = weight;
    return i;
}

core::Criterion criterion(const QString& code, double weight, std::vector<Indicator> indicators)
{
    core::Criterion c;
    c.code = code;
    c.weight = weight;
    c.indicators = std::move(indicators);
    return c;
}

/// Two criteria: C1 (60) with I1 (50), I2 (30), I3 (20), ratios of a plan of 100; C2 (40) with I4 (100),
/// yes/no.
Methodology twoCriteria(NotCountedPolicy policy)
{
    Methodology m = methodology(policy);
    m.criteria.push_back(criterion(u"C1"_s, 60, {weighted(u"I1"_s, 50), weighted(u"I2"_s, 30), weighted(u"I3"_s, 20)}));
    m.criteria.push_back(criterion(u"C2"_s, 40, {weighted(u"I4"_s, 100, ScoringKind::YesNo, std::nullopt)}));
    return m;
}

/// I1 80 %, I2 50 %, I3 no data, I4 yes.
std::map<QString, IndicatorValue> usualValues()
{
    return {{u"I1"_s, fact(80)}, {u"I2"_s, fact(50)}, {u"I4"_s, fact(1)}};
}

double sumOfContributions(const core::BlockScore& b)
{
    return std::accumulate(b.indicators.begin(), b.indicators.end(), 0.0,
                           [](double sum, const IndicatorScore& s) { return sum + s.contribution; });
}

QStringList codesAndCriteria(const core::BlockScore& b)
{
    QStringList result;
    for (const IndicatorScore& s : b.indicators)
        result << s.criterion + u'/' + s.code;
    return result;
}

core::RatingBand band(const QString& code, double minScore)
{
    core::RatingBand b;
    b.year = 2025;
    b.code = code;
    b.minScore = minScore;
    return b;
}

QString ratingOf(const std::vector<core::RatingBand>& bands, double score)
{
    const core::RatingBand* b = core::ratingFor(bands, score);
    return b ? b->code : u"none"_s;
}

/// A numpunct that writes "1,5", as the ru_KZ locale does (the test machine has no such locale installed).
struct CommaDecimal : std::numpunct<char>
{
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return ' '; }
    std::string do_grouping() const override { return "\3"; }
};

} // namespace

// --- Indicators -------------------------------------------------------------------------------------------

TEST_CASE("An indicator without a fact is not counted (no data), whatever its scoring", "[core][scoring]")
{
    const ScoringKind kind = GENERATE(ScoringKind::Ratio, ScoringKind::InverseRatio, ScoringKind::YesNo,
                                      ScoringKind::Scale, ScoringKind::Expert, ScoringKind::Formula);
    Indicator i = indicator(kind, 100);
    i.formula = u"fact / plan"_s;
    i.scale = {{50, 100}};
    const IndicatorScore s = core::scoreIndicator(methodology(), i, fact(std::nullopt));
    CHECK(outcome(s) == u"not-counted no-data"_s);
    CHECK_FALSE(s.score.has_value());
    CHECK_FALSE(s.achievement.has_value());
}

TEST_CASE("An indicator score carries its code, weight, plan in effect and fact, not yet its criterion",
          "[core][scoring]")
{
    Indicator i = indicator(ScoringKind::Ratio, 200);
    i.code = u"GOAL-1"_s;
    i.weight = 35;
    IndicatorScore s = core::scoreIndicator(methodology(), i, fact(150));
    CHECK(s.code == u"GOAL-1"_s);
    CHECK(s.criterion.isEmpty());
    CHECK(s.weight == 35);
    CHECK(s.plan == 200);
    CHECK(s.fact == 150);
    CHECK(s.achievement == Approx(0.75));
    CHECK(outcome(s) == u"partial 75"_s);

    // The body's own plan comes before the indicator's.
    s = core::scoreIndicator(methodology(), i, fact(150, 300));
    CHECK(s.plan == 300);
    CHECK(outcome(s) == u"partial 50"_s);
}

TEST_CASE("A ratio scores fact / plan × 100 with the statuses of the methodology", "[core][scoring]")
{
    const Indicator i = indicator(ScoringKind::Ratio, 80);
    CHECK(outcome(i, fact(80)) == u"full 100"_s);
    CHECK(outcome(i, fact(60)) == u"partial 75"_s);
    CHECK(outcome(i, fact(40)) == u"partial 50"_s); // partialAt is inclusive
    CHECK(outcome(i, fact(30)) == u"not-achieved 37.5"_s);
    CHECK(outcome(i, fact(0)) == u"not-achieved 0"_s);
    CHECK(outcome(i, fact(-20)) == u"not-achieved 0"_s); // a negative fact achieves nothing, not less

    Methodology strict = methodology();
    strict.fullAt = 90;
    strict.partialAt = 60;
    CHECK(outcome(i, fact(72), strict) == u"full 90"_s);
    CHECK(outcome(i, fact(48), strict) == u"partial 60"_s);
    CHECK(outcome(i, fact(47.2), strict) == u"not-achieved 59"_s);
}

TEST_CASE("A plan met exactly is full even when the division is not exact in binary", "[core][scoring]")
{
    // 0.3 / (0.1 + 0.2) is 0.99999999999999989 in doubles.
    const Indicator i = indicator(ScoringKind::Ratio, 0.1 + 0.2);
    CHECK(core::scoreIndicator(methodology(), i, fact(0.3)).status == Status::Full);
}

TEST_CASE("A ratio without a plan, or with a plan of zero or less, is not counted", "[core][scoring]")
{
    CHECK(outcome(indicator(ScoringKind::Ratio), fact(50)) == u"not-counted no-plan"_s);
    CHECK(outcome(indicator(ScoringKind::Ratio, 0), fact(50)) == u"not-counted zero-plan"_s);
    CHECK(outcome(indicator(ScoringKind::Ratio, -10), fact(50)) == u"not-counted zero-plan"_s);
    // A body's own plan of 0 is not replaced by the indicator's.
    CHECK(outcome(indicator(ScoringKind::Ratio, 100), fact(50, 0)) == u"not-counted zero-plan"_s);
    // The body's plan fills a missing default.
    CHECK(outcome(indicator(ScoringKind::Ratio), fact(50, 100)) == u"partial 50"_s);
}

TEST_CASE("Over-achievement of a ratio counts only up to the cap", "[core][scoring]")
{
    // cap 1.0: no credit above the plan.
    IndicatorScore s = core::scoreIndicator(methodology(), indicator(ScoringKind::Ratio, 100, 1.0), fact(130));
    CHECK(outcome(s) == u"full 100"_s);
    CHECK(s.achievement == Approx(1.0));
    // cap 1.2: up to 120 points.
    const Indicator capped = indicator(ScoringKind::Ratio, 100, 1.2);
    CHECK(outcome(capped, fact(110)) == u"full 110"_s);
    s = core::scoreIndicator(methodology(), capped, fact(150));
    CHECK(outcome(s) == u"full 120"_s);
    CHECK(s.achievement == Approx(1.2));
}

TEST_CASE("An inverse ratio scores plan / fact: less is better", "[core][scoring]")
{
    const Indicator i = indicator(ScoringKind::InverseRatio, 10, 1.0, Direction::Lower);
    CHECK(outcome(i, fact(10)) == u"full 100"_s);
    CHECK(outcome(i, fact(20)) == u"partial 50"_s);
    CHECK(outcome(i, fact(40)) == u"not-achieved 25"_s);
    CHECK(outcome(i, fact(5)) == u"full 100"_s); // twice as good, capped at 1
    const Indicator capped = indicator(ScoringKind::InverseRatio, 10, 1.2, Direction::Lower);
    CHECK(outcome(capped, fact(5)) == u"full 120"_s);
    CHECK(core::scoreIndicator(methodology(), capped, fact(9)).score == Approx(1000.0 / 9)); // 10 / 9 < 1.2
    CHECK(outcome(capped, fact(8)) == u"full 120"_s); // 10 / 8 = 1.25, capped at 1.2
}

TEST_CASE("An inverse ratio with a fact of 0 is the best there is: the cap", "[core][scoring]")
{
    CHECK(outcome(indicator(ScoringKind::InverseRatio, 10, 1.0, Direction::Lower), fact(0)) == u"full 100"_s);
    CHECK(outcome(indicator(ScoringKind::InverseRatio, 10, 1.2, Direction::Lower), fact(0)) == u"full 120"_s);
    // Nothing planned and nothing happened: the plan met, not an over-achievement.
    CHECK(outcome(indicator(ScoringKind::InverseRatio, 0, 1.0, Direction::Lower), fact(0)) == u"full 100"_s);
    CHECK(outcome(indicator(ScoringKind::InverseRatio, 0, 1.2, Direction::Lower), fact(0)) == u"full 100"_s);
}

TEST_CASE("An inverse ratio with a plan of 0 that was not kept achieves 0", "[core][scoring]")
{
    const IndicatorScore s =
        core::scoreIndicator(methodology(), indicator(ScoringKind::InverseRatio, 0, 1.0, Direction::Lower), fact(3));
    CHECK(outcome(s) == u"not-achieved 0"_s);
    CHECK(s.achievement == 0.0);
}

TEST_CASE("An inverse ratio without a plan or with a negative plan is not counted", "[core][scoring]")
{
    const Indicator noPlan = indicator(ScoringKind::InverseRatio, std::nullopt, 1.0, Direction::Lower);
    CHECK(outcome(noPlan, fact(3)) == u"not-counted no-plan"_s);
    CHECK(outcome(noPlan, fact(0)) == u"not-counted no-plan"_s);
    const Indicator negative = indicator(ScoringKind::InverseRatio, -1, 1.0, Direction::Lower);
    CHECK(outcome(negative, fact(3)) == u"not-counted zero-plan"_s);
    CHECK(outcome(negative, fact(0)) == u"not-counted zero-plan"_s);
}

TEST_CASE("A yes/no indicator scores 100 for 1 and 0 for 0, any other fact is invalid", "[core][scoring]")
{
    // The plan is ignored, even a plan of 0.
    const Indicator i = indicator(ScoringKind::YesNo, 0);
    IndicatorScore s = core::scoreIndicator(methodology(), i, fact(1));
    CHECK(outcome(s) == u"full 100"_s);
    CHECK(s.achievement == 1.0);
    CHECK(outcome(i, fact(0)) == u"not-achieved 0"_s);
    CHECK(outcome(i, fact(0.5)) == u"not-counted invalid-value"_s);
    CHECK(outcome(i, fact(2)) == u"not-counted invalid-value"_s);
    CHECK(outcome(i, fact(-1)) == u"not-counted invalid-value"_s);
    CHECK(outcome(indicator(ScoringKind::YesNo), fact(1)) == u"full 100"_s); // no plan needed
}

TEST_CASE("A scale where higher is better gives the points of the first threshold reached", "[core][scoring]")
{
    const Indicator i = scale(Direction::Higher, {{90, 100}, {70, 60}, {50, 30}});
    CHECK(outcome(i, fact(95)) == u"full 100"_s);
    CHECK(outcome(i, fact(90)) == u"full 100"_s); // the threshold itself is reached
    CHECK(outcome(i, fact(89.9)) == u"partial 60"_s);
    CHECK(outcome(i, fact(50)) == u"not-achieved 30"_s);
    CHECK(outcome(i, fact(49)) == u"not-achieved 0"_s); // no step reached
    CHECK_FALSE(core::scoreIndicator(methodology(), i, fact(95)).achievement.has_value());
}

TEST_CASE("A scale where lower is better gives the points of the first threshold not exceeded", "[core][scoring]")
{
    const Indicator i = scale(Direction::Lower, {{1, 100}, {3, 60}, {5, 20}});
    CHECK(outcome(i, fact(0)) == u"full 100"_s);
    CHECK(outcome(i, fact(1)) == u"full 100"_s);
    CHECK(outcome(i, fact(2)) == u"partial 60"_s);
    CHECK(outcome(i, fact(5)) == u"not-achieved 20"_s);
    CHECK(outcome(i, fact(6)) == u"not-achieved 0"_s);
}

TEST_CASE("A scale without steps is not counted (invalid value)", "[core][scoring]")
{
    CHECK(outcome(scale(Direction::Higher, {}), fact(10)) == u"not-counted invalid-value"_s);
}

TEST_CASE("An expert score is a share of the maximum given as the plan", "[core][scoring]")
{
    const Indicator i = indicator(ScoringKind::Expert, 5);
    IndicatorScore s = core::scoreIndicator(methodology(), i, fact(4));
    CHECK(outcome(s) == u"partial 80"_s);
    CHECK(s.achievement == Approx(0.8));
    CHECK(outcome(i, fact(5)) == u"full 100"_s);
    CHECK(outcome(i, fact(6)) == u"full 100"_s); // above the maximum: capped at 1
    CHECK(outcome(indicator(ScoringKind::Expert, 5, 1.2), fact(6)) == u"full 120"_s);
    CHECK(outcome(indicator(ScoringKind::Expert), fact(4)) == u"not-counted no-plan"_s);
    CHECK(outcome(indicator(ScoringKind::Expert, 0), fact(4)) == u"not-counted zero-plan"_s);
}

TEST_CASE("A formula gives the achievement ratio from fact and plan", "[core][scoring][formula]")
{
    IndicatorScore s = core::scoreIndicator(methodology(), formula(u"fact / plan"_s, 200), fact(150));
    CHECK(outcome(s) == u"partial 75"_s);
    CHECK(s.achievement == Approx(0.75));
    // A formula may do without a plan.
    CHECK(outcome(formula(u"min(fact, 10) / 10"_s), fact(4)) == u"not-achieved 40"_s);
    CHECK(outcome(formula(u"fact >= plan ? 1 : 0.5"_s, 10), fact(9)) == u"partial 50"_s);
    // Limited to [0, cap].
    CHECK(outcome(formula(u"fact - 2"_s), fact(1)) == u"not-achieved 0"_s);
    CHECK(outcome(formula(u"fact / plan"_s, 100), fact(150)) == u"full 100"_s);
    CHECK(outcome(formula(u"fact / plan"_s, 100, 1.2), fact(150)) == u"full 120"_s);
    // Decimals are written with '.'.
    CHECK(outcome(formula(u"0.5 * fact"_s), fact(1)) == u"partial 50"_s);
}

TEST_CASE("A formula that uses the plan is not counted without one", "[core][scoring][formula]")
{
    CHECK(outcome(formula(u"fact / plan"_s), fact(150)) == u"not-counted no-plan"_s);
    CHECK(outcome(formula(u"fact / plan"_s), fact(150, 300)) == u"partial 50"_s);
}

TEST_CASE("A formula that gives no number, or that muparser cannot read, is not counted", "[core][scoring][formula]")
{
    CHECK(outcome(formula(u"fact / plan"_s, 0), fact(5)) == u"not-counted invalid-value"_s); // infinity
    CHECK(outcome(formula(u"sqrt(fact - 10)"_s), fact(5)) == u"not-counted invalid-value"_s); // NaN
    CHECK(outcome(formula(u"fact +"_s), fact(5)) == u"not-counted formula-error"_s);
    CHECK(outcome(formula(u"fact * target"_s), fact(5)) == u"not-counted formula-error"_s);
    CHECK(outcome(formula(u""_s), fact(5)) == u"not-counted formula-error"_s);
}

TEST_CASE("toString of statuses and reasons gives the stored names", "[core][scoring]")
{
    CHECK(core::toString(Status::Full) == u"full"_s);
    CHECK(core::toString(Status::Partial) == u"partial"_s);
    CHECK(core::toString(Status::NotAchieved) == u"not-achieved"_s);
    CHECK(core::toString(Status::NotCounted) == u"not-counted"_s);
    CHECK(core::toString(NotCountedReason::None).isEmpty());
    CHECK(core::toString(NotCountedReason::NoData) == u"no-data"_s);
    CHECK(core::toString(NotCountedReason::NoPlan) == u"no-plan"_s);
    CHECK(core::toString(NotCountedReason::ZeroPlan) == u"zero-plan"_s);
    CHECK(core::toString(NotCountedReason::InvalidValue) == u"invalid-value"_s);
    CHECK(core::toString(NotCountedReason::FormulaError) == u"formula-error"_s);
}

// --- Formulas ---------------------------------------------------------------------------------------------

TEST_CASE("validateFormula accepts expressions of fact and plan", "[core][scoring][formula]")
{
    const QString text = GENERATE(u"fact / plan"_s, u"  fact  "_s, u"min(fact / plan, 1.5)"_s, u"1"_s,
                                  u"fact > plan ? 1 : fact / plan"_s, u"(plan - fact) / plan + 1"_s);
    CAPTURE(text);
    CHECK(core::validateFormula(text).has_value());
}

TEST_CASE("validateFormula refuses an empty or unreadable formula with InvalidFormula", "[core][scoring][formula]")
{
    const QString text = GENERATE(u""_s, u"   "_s, u"fact +"_s, u"(fact / plan"_s, u"fact plan"_s, u"fact, plan"_s,
                                  u"\"text\""_s, u"nofunction(fact)"_s);
    CAPTURE(text);
    const auto r = core::validateFormula(text);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ErrorCode::InvalidFormula);
    CHECK_FALSE(r.error().detail.isEmpty());
}

TEST_CASE("validateFormula refuses variables other than fact and plan, naming them", "[core][scoring][formula]")
{
    const auto r = core::validateFormula(u"fact / target"_s);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ErrorCode::InvalidFormula);
    CHECK(r.error().detail.contains(u"target"_s));
}

TEST_CASE("evaluateFormula gives the value for a fact and a plan", "[core][scoring][formula]")
{
    auto r = core::evaluateFormula(u"fact / plan"_s, 3, 4);
    REQUIRE(r.has_value());
    CHECK(*r == Approx(0.75));
    r = core::evaluateFormula(u"fact * 2"_s, 3, std::nullopt);
    REQUIRE(r.has_value());
    CHECK(*r == Approx(6));
    r = core::evaluateFormula(u"fact > plan ? 1.5 : 0.25"_s, 5, 4);
    REQUIRE(r.has_value());
    CHECK(*r == Approx(1.5));
}

TEST_CASE("evaluateFormula refuses a bad formula, a missing plan and a result that is no number",
          "[core][scoring][formula]")
{
    auto r = core::evaluateFormula(u"fact / (plan"_s, 3, 4);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ErrorCode::InvalidFormula);
    r = core::evaluateFormula(u"fact / x"_s, 3, 4);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ErrorCode::InvalidFormula);
    r = core::evaluateFormula(u"fact / plan"_s, 3, std::nullopt);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ErrorCode::InvalidValue);
    r = core::evaluateFormula(u"fact / plan"_s, 3, 0);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ErrorCode::InvalidValue);
}

TEST_CASE("Formulas read '.' as the decimal separator whatever the global locale", "[core][scoring][formula]")
{
    const std::locale saved = std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
    const auto r = core::evaluateFormula(u"1.5 * fact + min(plan, 0.25)"_s, 2, 1);
    const auto comma = core::validateFormula(u"1,5 * fact"_s);
    std::locale::global(saved);
    REQUIRE(r.has_value());
    CHECK(*r == Approx(3.25));
    CHECK_FALSE(comma.has_value()); // "1,5" is not a number in a formula
}

// --- Blocks -----------------------------------------------------------------------------------------------

TEST_CASE("Under reweight the counted indicators fill the place of one without data", "[core][scoring][block]")
{
    const core::BlockScore b = core::scoreBlock(twoCriteria(NotCountedPolicy::Reweight), usualValues());
    // C1 = (50 × 80 + 30 × 50) / (50 + 30) = 5500 / 80 = 68.75; I3 (no data) is left out.
    // C2 = 100 (yes). Block = 0.6 × 68.75 + 0.4 × 100 = 41.25 + 40 = 81.25.
    REQUIRE(b.score.has_value());
    CHECK(*b.score == Approx(81.25));
    REQUIRE(b.criteria.size() == 2);
    CHECK(b.criteria[0].code == u"C1"_s);
    CHECK(b.criteria[0].weight == 60);
    CHECK(b.criteria[0].score == Approx(68.75));
    CHECK(b.criteria[0].share == Approx(0.6));
    CHECK(b.criteria[0].contribution == Approx(41.25));
    CHECK(b.criteria[1].score == Approx(100));
    CHECK(b.criteria[1].contribution == Approx(40));
    REQUIRE(b.indicators.size() == 4);
    // Shares: I1 = 50/80 × 0.6 = 0.375 → 30 points; I2 = 30/80 × 0.6 = 0.225 → 11.25; I3 0; I4 = 0.4 → 40.
    CHECK(b.indicators[0].share == Approx(0.375));
    CHECK(b.indicators[0].contribution == Approx(30));
    CHECK(b.indicators[1].share == Approx(0.225));
    CHECK(b.indicators[1].contribution == Approx(11.25));
    CHECK(outcome(b.indicators[2]) == u"not-counted no-data"_s);
    CHECK_FALSE(b.indicators[2].score.has_value());
    CHECK(b.indicators[2].share == 0);
    CHECK(b.indicators[2].contribution == 0);
    CHECK(b.indicators[3].share == Approx(0.4));
    CHECK(b.indicators[3].contribution == Approx(40));
    CHECK(sumOfContributions(b) == Approx(*b.score));
}

TEST_CASE("Under zero an indicator without data counts as 0 with its weight", "[core][scoring][block]")
{
    const core::BlockScore b = core::scoreBlock(twoCriteria(NotCountedPolicy::Zero), usualValues());
    // C1 = (50 × 80 + 30 × 50 + 20 × 0) / 100 = 55; C2 = 100. Block = 0.6 × 55 + 0.4 × 100 = 33 + 40 = 73.
    REQUIRE(b.score.has_value());
    CHECK(*b.score == Approx(73));
    CHECK(b.criteria[0].score == Approx(55));
    // Shares: I1 = 0.5 × 0.6 = 0.3 → 24; I2 = 0.3 × 0.6 = 0.18 → 9; I3 = 0.2 × 0.6 = 0.12 → 0; I4 0.4 → 40.
    CHECK(b.indicators[0].share == Approx(0.3));
    CHECK(b.indicators[0].contribution == Approx(24));
    CHECK(b.indicators[1].share == Approx(0.18));
    CHECK(b.indicators[1].contribution == Approx(9));
    // I3 stays "not counted (no data)" but scores 0 with its share.
    CHECK(outcome(b.indicators[2]) == u"not-counted 0 no-data"_s);
    CHECK(b.indicators[2].share == Approx(0.12));
    CHECK(b.indicators[2].contribution == 0);
    CHECK(b.indicators[3].contribution == Approx(40));
    CHECK(sumOfContributions(b) == Approx(*b.score));
}

TEST_CASE("A criterion none of whose indicators counts is left out under reweight and 0 under zero",
          "[core][scoring][block]")
{
    auto values = usualValues();
    values.erase(u"I4"_s);

    const core::BlockScore reweighted = core::scoreBlock(twoCriteria(NotCountedPolicy::Reweight), values);
    // Only C1 counts: 68.75. Shares: I1 = 50/80 = 0.625 → 50; I2 = 30/80 = 0.375 → 18.75.
    CHECK(reweighted.score == Approx(68.75));
    CHECK_FALSE(reweighted.criteria[1].score.has_value());
    CHECK(reweighted.criteria[0].share == Approx(1));
    CHECK(reweighted.criteria[1].share == 0);
    CHECK(reweighted.indicators[0].contribution == Approx(50));
    CHECK(reweighted.indicators[1].contribution == Approx(18.75));
    CHECK(sumOfContributions(reweighted) == Approx(68.75));

    const core::BlockScore zero = core::scoreBlock(twoCriteria(NotCountedPolicy::Zero), values);
    // C1 = 55 (as above), C2 not counted: 0 with its weight. Block = 0.6 × 55 + 0.4 × 0 = 33.
    CHECK(zero.score == Approx(33));
    CHECK_FALSE(zero.criteria[1].score.has_value());
    CHECK(zero.criteria[1].share == Approx(0.4));
    CHECK(zero.criteria[1].contribution == 0);
    CHECK(zero.indicators[3].share == Approx(0.4));
    CHECK(outcome(zero.indicators[3]) == u"not-counted 0 no-data"_s);
    CHECK(sumOfContributions(zero) == Approx(33));
}

TEST_CASE("A block in which nothing counts has no score", "[core][scoring][block]")
{
    const NotCountedPolicy policy = GENERATE(NotCountedPolicy::Reweight, NotCountedPolicy::Zero);
    const core::BlockScore b = core::scoreBlock(twoCriteria(policy), {{u"I1"_s, fact(50, 0)}});
    CHECK_FALSE(b.score.has_value());
    CHECK(b.count(Status::NotCounted) == 4);
    CHECK(b.count(Status::Full) == 0);
    CHECK(outcome(b.indicators[0]).startsWith(u"not-counted"_s));
    CHECK(b.indicators[0].reason == NotCountedReason::ZeroPlan);
    CHECK_FALSE(b.criteria[0].score.has_value());
    CHECK_FALSE(b.criteria[1].score.has_value());
    CHECK(sumOfContributions(b) == 0);

    CHECK_FALSE(core::scoreBlock(methodology(policy), {}).score.has_value()); // no criteria at all
}

TEST_CASE("A block keeps the indicators in methodology order with their criteria and counts statuses",
          "[core][scoring][block]")
{
    const core::BlockScore b = core::scoreBlock(twoCriteria(NotCountedPolicy::Reweight), usualValues());
    CHECK(codesAndCriteria(b) == QStringList{u"C1/I1"_s, u"C1/I2"_s, u"C1/I3"_s, u"C2/I4"_s});
    CHECK(b.count(Status::Full) == 1); // I4
    CHECK(b.count(Status::Partial) == 2); // I1 80, I2 50
    CHECK(b.count(Status::NotAchieved) == 0);
    CHECK(b.count(Status::NotCounted) == 1); // I3
}

TEST_CASE("Over-achievement may make up for a shortfall but the block is limited to 100", "[core][scoring][block]")
{
    Methodology m = methodology();
    m.criteria.push_back(criterion(
        u"C1"_s, 100,
        {weighted(u"I1"_s, 50, ScoringKind::Ratio, 100, 1.2), weighted(u"I2"_s, 50, ScoringKind::Ratio, 100, 1.2)}));
    // 0.5 × 120 + 0.5 × 80 = 100: the first makes up for the second.
    core::BlockScore b = core::scoreBlock(m, {{u"I1"_s, fact(130)}, {u"I2"_s, fact(80)}});
    CHECK(b.score == Approx(100));
    // 0.5 × 120 + 0.5 × 100 = 110, limited to 100; the contributions still show the 110.
    b = core::scoreBlock(m, {{u"I1"_s, fact(130)}, {u"I2"_s, fact(100)}});
    CHECK(b.score == Approx(100));
    CHECK(b.criteria[0].score == Approx(110));
    CHECK(b.indicators[0].contribution == Approx(60));
    CHECK(b.indicators[1].contribution == Approx(50));
    CHECK(sumOfContributions(b) == Approx(110));
}

TEST_CASE("Weights that are all 0 count as equal weights, without a division by zero", "[core][scoring][block]")
{
    Methodology m = twoCriteria(NotCountedPolicy::Reweight);
    m.criteria[0].weight = 0;
    m.criteria[1].weight = 0;
    core::BlockScore b = core::scoreBlock(m, usualValues());
    // Block = 0.5 × 68.75 + 0.5 × 100 = 84.375.
    CHECK(b.score == Approx(84.375));
    CHECK(b.criteria[0].share == Approx(0.5));
    CHECK(sumOfContributions(b) == Approx(84.375));

    m = twoCriteria(NotCountedPolicy::Reweight);
    for (Indicator& i : m.criteria[0].indicators)
        i.weight = 0;
    b = core::scoreBlock(m, usualValues());
    // C1 = (80 + 50) / 2 = 65 (I3 not counted); block = 0.6 × 65 + 0.4 × 100 = 79.
    CHECK(b.criteria[0].score == Approx(65));
    CHECK(b.score == Approx(79));
    CHECK(b.indicators[0].share == Approx(0.3));
    CHECK(sumOfContributions(b) == Approx(79));
}

TEST_CASE("An indicator of weight 0 among weighted ones takes no share", "[core][scoring][block]")
{
    Methodology m = methodology();
    m.criteria.push_back(criterion(u"C1"_s, 100, {weighted(u"I1"_s, 100), weighted(u"I2"_s, 0)}));
    const core::BlockScore b = core::scoreBlock(m, {{u"I1"_s, fact(60)}, {u"I2"_s, fact(100)}});
    CHECK(b.score == Approx(60));
    CHECK(b.indicators[1].share == 0);
    CHECK(outcome(b.indicators[1]) == u"full 100"_s);
}

// --- Ratings and alerts -----------------------------------------------------------------------------------

TEST_CASE("A score falls in the band with the highest start not above it", "[core][scoring][rating]")
{
    const std::vector<core::RatingBand> bands{band(u"B"_s, 70), band(u"D"_s, 0), band(u"A"_s, 85), band(u"C"_s, 50)};
    CHECK(ratingOf(bands, 100) == u"A"_s);
    CHECK(ratingOf(bands, 85) == u"A"_s); // the start is inclusive
    CHECK(ratingOf(bands, 84.99) == u"B"_s);
    CHECK(ratingOf(bands, 50) == u"C"_s);
    CHECK(ratingOf(bands, 0) == u"D"_s);

    const std::vector<core::RatingBand> noLowBand{band(u"A"_s, 85), band(u"B"_s, 60)};
    CHECK(ratingOf(noLowBand, 59.9) == u"none"_s);
    CHECK(ratingOf({}, 50) == u"none"_s);
}

TEST_CASE("§73 a fall two years in a row alerts in the second year of the fall", "[core][scoring][alerts]")
{
    CHECK(core::declineAlerts({{2020, 80}, {2021, 75}, {2022, 70}}) == std::vector<int>{2022});
    // A fall over three years alerts in both later years.
    CHECK(core::declineAlerts({{2020, 80}, {2021, 75}, {2022, 70}, {2023, 65}}) == std::vector<int>{2022, 2023});
    // One fall is not enough.
    CHECK(core::declineAlerts({{2020, 80}, {2021, 75}}).empty());
    CHECK(core::declineAlerts({{2020, 80}, {2021, 75}, {2022, 76}, {2023, 70}}).empty());
    // An equal score is not a fall.
    CHECK(core::declineAlerts({{2020, 80}, {2021, 80}, {2022, 70}}).empty());
    CHECK(core::declineAlerts({}).empty());
}

TEST_CASE("§73 a year without a score breaks the run of falls", "[core][scoring][alerts]")
{
    CHECK(core::declineAlerts({{2019, 90}, {2020, 80}, {2022, 70}}).empty());
    CHECK(core::declineAlerts({{2018, 95}, {2019, 90}, {2021, 85}, {2022, 80}}).empty());
    // The run starts again after the gap.
    CHECK(core::declineAlerts({{2017, 99}, {2019, 90}, {2020, 85}, {2021, 80}}) == std::vector<int>{2021});
}
