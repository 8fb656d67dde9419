// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring of indicators and blocks (PRODUCT.md: the goals block is scored on 100 points; indicators are
// fully achieved, partially achieved, not achieved or not counted), formulas through muparser, rating
// bands and the two-years-of-decline rule of §73.
#include "Scoring.h"

#include <muParser.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <string>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// Scores are sums of products of doubles: a score meant to be exactly a threshold (100 for "full")
/// may come out a hair below it.
constexpr double Tolerance = 1e-9;

// muparser's strings are narrow or wide depending on how it was built (MUP_USE_WIDE_STRING); Debian's
// 2.3.3 is narrow. Overloads, so that only the matching one is used.
[[maybe_unused]] QString fromMu(const std::string& text)
{
    return QString::fromStdString(text);
}

[[maybe_unused]] QString fromMu(const std::wstring& text)
{
    return QString::fromStdWString(text);
}

[[maybe_unused]] void toMu(const QString& text, std::string& out)
{
    out = text.toStdString();
}

[[maybe_unused]] void toMu(const QString& text, std::wstring& out)
{
    out = text.toStdWString();
}

mu::string_type toMu(const QString& text)
{
    mu::string_type out;
    toMu(text, out);
    return out;
}

/// A formula read by muparser with the variables `fact` and `plan`, ready to be evaluated. Holds the
/// variables muparser points to, so it is neither copied nor moved.
class CompiledFormula
{
public:
    CompiledFormula() = default;
    CompiledFormula(const CompiledFormula&) = delete;
    CompiledFormula& operator=(const CompiledFormula&) = delete;

    /// ErrorCode::InvalidFormula with muparser's message when the formula is empty, unreadable, uses a
    /// variable other than `fact` and `plan`, or gives more than one result ("fact, plan").
    Result<void> compile(const QString& formula)
    {
        const QString text = formula.trimmed();
        if (text.isEmpty())
            return fail(ErrorCode::InvalidFormula, u"empty formula"_s);
        try {
            // Numbers in formulas are always written with a '.': muparser reads them through its own
            // static locale (the "C" one with '.' as the decimal separator), never the user's (ru_KZ
            // writes "1,5"). Setting it changes a static, so it is done once, before any parser reads.
            static std::once_flag localeSet;
            std::call_once(localeSet, [this] { m_parser.SetDecSep('.'); });
            m_parser.SetArgSep(',');
            m_parser.DefineVar(toMu(u"fact"_s), &m_fact);
            m_parser.DefineVar(toMu(u"plan"_s), &m_plan);
            m_parser.SetExpr(toMu(text));
            // GetUsedVar() lists the undefined variables too: name the first unknown one.
            for (const auto& used : m_parser.GetUsedVar()) {
                const QString name = fromMu(used.first);
                if (name == u"plan")
                    m_usesPlan = true;
                else if (name != u"fact")
                    return fail(ErrorCode::InvalidFormula, u"unknown variable: "_s + name);
            }
            // Reading happens on the first evaluation; it also catches a string result.
            m_fact = 1;
            m_plan = 1;
            m_parser.Eval();
            if (m_parser.GetNumResults() != 1)
                return fail(ErrorCode::InvalidFormula, u"more than one result"_s);
        } catch (const mu::Parser::exception_type& e) {
            return fail(ErrorCode::InvalidFormula, fromMu(e.GetMsg()));
        } catch (const std::exception& e) {
            return fail(ErrorCode::InvalidFormula, QString::fromLocal8Bit(e.what()));
        }
        return {};
    }

    [[nodiscard]] bool usesPlan() const { return m_usesPlan; }

    /// The value for `fact` and `plan` (NaN for a missing plan); ErrorCode::InvalidFormula should
    /// muparser still throw.
    Result<double> evaluate(double fact, double plan)
    {
        m_fact = fact;
        m_plan = plan;
        try {
            return m_parser.Eval();
        } catch (const mu::Parser::exception_type& e) {
            return fail(ErrorCode::InvalidFormula, fromMu(e.GetMsg()));
        } catch (const std::exception& e) {
            return fail(ErrorCode::InvalidFormula, QString::fromLocal8Bit(e.what()));
        }
    }

private:
    double m_fact = 0;
    double m_plan = 0;
    bool m_usesPlan = false;
    mu::Parser m_parser;
};

/// The part of its group each weight has, 0–1. Negative weights count as 0; when the weights add up
/// to nothing (all 0), each gets an equal part rather than a division by zero.
std::vector<double> partsOf(const std::vector<double>& weights)
{
    double sum = 0;
    for (double w : weights)
        sum += std::max(0.0, w);
    std::vector<double> parts;
    parts.reserve(weights.size());
    for (double w : weights)
        parts.push_back(sum > 0 ? std::max(0.0, w) / sum : 1.0 / static_cast<double>(weights.size()));
    return parts;
}

IndicatorScore notCounted(IndicatorScore s, NotCountedReason reason)
{
    s.status = Status::NotCounted;
    s.reason = reason;
    s.achievement.reset();
    s.score.reset();
    return s;
}

/// A counted score with its status by the methodology's thresholds (PRODUCT.md: fully achieved,
/// partially achieved, not achieved).
IndicatorScore counted(const Methodology& m, IndicatorScore s, double score, std::optional<double> achievement)
{
    s.score = score;
    s.achievement = achievement;
    s.reason = NotCountedReason::None;
    if (score >= m.fullAt - Tolerance)
        s.status = Status::Full;
    else if (score >= m.partialAt - Tolerance)
        s.status = Status::Partial;
    else
        s.status = Status::NotAchieved;
    return s;
}

/// The achievement ratio limited to [0, cap].
double limited(double ratio, double cap)
{
    return std::clamp(ratio, 0.0, std::max(0.0, cap));
}

IndicatorScore scoreRatio(const Methodology& m, const Indicator& indicator, IndicatorScore s, double fact)
{
    if (!s.plan)
        return notCounted(std::move(s), NotCountedReason::NoPlan);
    if (*s.plan <= 0)
        return notCounted(std::move(s), NotCountedReason::ZeroPlan);
    // A negative fact achieves nothing; above the plan counts only up to the cap.
    const double a = limited(fact / *s.plan, indicator.cap);
    return counted(m, std::move(s), 100 * a, a);
}

IndicatorScore scoreInverseRatio(const Methodology& m, const Indicator& indicator, IndicatorScore s, double fact)
{
    if (!s.plan)
        return notCounted(std::move(s), NotCountedReason::NoPlan);
    // A negative plan of something where less is better means nothing: refused before looking at the
    // fact.
    if (*s.plan < 0)
        return notCounted(std::move(s), NotCountedReason::ZeroPlan);
    // Nothing happened (no accidents, no complaints): the best there is — but a plan of 0 kept is the
    // plan met, not an over-achievement.
    if (fact <= 0) {
        const double a = *s.plan > 0 ? limited(indicator.cap, indicator.cap) : 1.0;
        return counted(m, std::move(s), 100 * a, a);
    }
    // A plan of 0 that was not kept (fact > 0) achieves 0.
    const double a = limited(*s.plan / fact, indicator.cap);
    return counted(m, std::move(s), 100 * a, a);
}

IndicatorScore scoreYesNo(const Methodology& m, IndicatorScore s, double fact)
{
    if (fact == 1)
        return counted(m, std::move(s), 100, 1.0);
    if (fact == 0)
        return counted(m, std::move(s), 0, 0.0);
    return notCounted(std::move(s), NotCountedReason::InvalidValue);
}

IndicatorScore scoreScale(const Methodology& m, const Indicator& indicator, IndicatorScore s, double fact)
{
    if (indicator.scale.empty())
        return notCounted(std::move(s), NotCountedReason::InvalidValue);
    // Steps are ordered from the best: the first one the fact reaches gives its points.
    for (const ScaleStep& step : indicator.scale) {
        const bool reached = indicator.direction == Direction::Higher ? fact >= step.threshold : fact <= step.threshold;
        if (reached)
            return counted(m, std::move(s), step.points, std::nullopt);
    }
    return counted(m, std::move(s), 0, std::nullopt);
}

IndicatorScore scoreExpert(const Methodology& m, const Indicator& indicator, IndicatorScore s, double fact)
{
    // The plan is the highest score an expert can give.
    if (!s.plan)
        return notCounted(std::move(s), NotCountedReason::NoPlan);
    if (*s.plan <= 0)
        return notCounted(std::move(s), NotCountedReason::ZeroPlan);
    const double a = limited(fact / *s.plan, indicator.cap);
    return counted(m, std::move(s), 100 * a, a);
}

IndicatorScore scoreFormula(const Methodology& m, const Indicator& indicator, IndicatorScore s, double fact)
{
    CompiledFormula formula;
    if (!formula.compile(indicator.formula))
        return notCounted(std::move(s), NotCountedReason::FormulaError);
    if (formula.usesPlan() && !s.plan)
        return notCounted(std::move(s), NotCountedReason::NoPlan);
    const auto a = formula.evaluate(fact, s.plan.value_or(std::numeric_limits<double>::quiet_NaN()));
    if (!a)
        return notCounted(std::move(s), NotCountedReason::FormulaError);
    if (!std::isfinite(*a))
        return notCounted(std::move(s), NotCountedReason::InvalidValue);
    const double limitedA = limited(*a, indicator.cap);
    return counted(m, std::move(s), 100 * limitedA, limitedA);
}

} // namespace

QString toString(Status status)
{
    switch (status) {
    case Status::Full:
        return u"full"_s;
    case Status::Partial:
        return u"partial"_s;
    case Status::NotAchieved:
        return u"not-achieved"_s;
    case Status::NotCounted:
        return u"not-counted"_s;
    }
    return {};
}

QString toString(NotCountedReason reason)
{
    switch (reason) {
    case NotCountedReason::None:
        return {};
    case NotCountedReason::NoData:
        return u"no-data"_s;
    case NotCountedReason::NoPlan:
        return u"no-plan"_s;
    case NotCountedReason::ZeroPlan:
        return u"zero-plan"_s;
    case NotCountedReason::InvalidValue:
        return u"invalid-value"_s;
    case NotCountedReason::FormulaError:
        return u"formula-error"_s;
    }
    return {};
}

int BlockScore::count(Status status) const
{
    return static_cast<int>(std::count_if(indicators.begin(), indicators.end(),
                                          [status](const IndicatorScore& i) { return i.status == status; }));
}

IndicatorScore scoreIndicator(const Methodology& m, const Indicator& indicator, const IndicatorValue& value)
{
    IndicatorScore s;
    s.code = indicator.code;
    s.weight = indicator.weight;
    // The plan in effect: the body's own, else the indicator's (kept also for the kinds that ignore it).
    s.plan = value.plan ? value.plan : indicator.plan;
    s.fact = value.fact;
    // PRODUCT.md: "not counted (no data)".
    if (!value.fact)
        return notCounted(std::move(s), NotCountedReason::NoData);
    const double fact = *value.fact;
    if (!std::isfinite(fact) || (s.plan && !std::isfinite(*s.plan)))
        return notCounted(std::move(s), NotCountedReason::InvalidValue);
    switch (indicator.scoring) {
    case ScoringKind::Ratio:
        return scoreRatio(m, indicator, std::move(s), fact);
    case ScoringKind::InverseRatio:
        return scoreInverseRatio(m, indicator, std::move(s), fact);
    case ScoringKind::YesNo:
        return scoreYesNo(m, std::move(s), fact);
    case ScoringKind::Scale:
        return scoreScale(m, indicator, std::move(s), fact);
    case ScoringKind::Expert:
        return scoreExpert(m, indicator, std::move(s), fact);
    case ScoringKind::Formula:
        return scoreFormula(m, indicator, std::move(s), fact);
    }
    return notCounted(std::move(s), NotCountedReason::InvalidValue);
}

BlockScore scoreBlock(const Methodology& m, const std::map<QString, IndicatorValue>& values)
{
    // "Not counted" (PRODUCT.md): under Reweight an indicator without a score leaves the means, and the
    // weights of the others fill its place; under Zero it stays in with a score of 0 (its status still
    // says "not counted"). The same goes one level up for a criterion none of whose indicators counts.
    const bool zero = m.notCounted == NotCountedPolicy::Zero;
    static const IndicatorValue noData;

    BlockScore result;
    bool anyCounted = false;
    // For each criterion, the indicators that take part in its mean and each one's part of it.
    std::vector<std::vector<std::size_t>> members(m.criteria.size());
    std::vector<std::vector<double>> memberParts(m.criteria.size());
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
        const Criterion& criterion = m.criteria[c];
        std::vector<double> weights;
        double mean = 0;
        bool criterionCounted = false;
        for (const Indicator& indicator : criterion.indicators) {
            const auto found = values.find(indicator.code);
            IndicatorScore s = scoreIndicator(m, indicator, found == values.end() ? noData : found->second);
            s.criterion = criterion.code;
            if (s.status != Status::NotCounted)
                criterionCounted = true;
            else if (zero)
                s.score = 0.0;
            if (s.score) {
                members[c].push_back(result.indicators.size());
                weights.push_back(s.weight);
            }
            result.indicators.push_back(std::move(s));
        }
        memberParts[c] = partsOf(weights);
        // The weighted mean Σ w_i s_i / Σ w_i over the indicators that take part.
        for (std::size_t k = 0; k < members[c].size(); ++k)
            mean += memberParts[c][k] * *result.indicators[members[c][k]].score;
        CriterionScore cs;
        cs.code = criterion.code;
        cs.weight = criterion.weight;
        if (criterionCounted)
            cs.score = mean;
        anyCounted = anyCounted || criterionCounted;
        result.criteria.push_back(std::move(cs));
    }

    // The block: the weighted mean of the criteria that take part (all of them under Zero, an uncounted
    // one scoring 0).
    std::vector<std::size_t> criteriaIn;
    std::vector<double> criterionWeights;
    for (std::size_t c = 0; c < result.criteria.size(); ++c) {
        if (zero || result.criteria[c].score) {
            criteriaIn.push_back(c);
            criterionWeights.push_back(result.criteria[c].weight);
        }
    }
    const std::vector<double> criterionParts = partsOf(criterionWeights);
    double total = 0;
    for (std::size_t k = 0; k < criteriaIn.size(); ++k) {
        const std::size_t c = criteriaIn[k];
        CriterionScore& cs = result.criteria[c];
        cs.share = criterionParts[k];
        cs.contribution = cs.share * cs.score.value_or(0);
        total += cs.contribution;
        // Each indicator's share of the block: its part of the criterion times the criterion's part
        // of the block, so that the contributions add up to the block score.
        for (std::size_t i = 0; i < members[c].size(); ++i) {
            IndicatorScore& s = result.indicators[members[c][i]];
            s.share = memberParts[c][i] * cs.share;
            s.contribution = s.share * *s.score;
        }
    }
    // The block is scored on 100 points (PRODUCT.md): a cap above 1 lets one indicator's
    // over-achievement make up for another's shortfall, never beyond 100.
    if (anyCounted)
        result.score = std::clamp(total, 0.0, 100.0);
    return result;
}

Result<void> validateFormula(const QString& formula)
{
    CompiledFormula compiled;
    return compiled.compile(formula);
}

Result<double> evaluateFormula(const QString& formula, double fact, std::optional<double> plan)
{
    CompiledFormula compiled;
    if (auto r = compiled.compile(formula); !r)
        return std::unexpected(r.error());
    if (compiled.usesPlan() && !plan)
        return fail(ErrorCode::InvalidValue, u"the formula uses plan, and there is none"_s);
    const auto value = compiled.evaluate(fact, plan.value_or(std::numeric_limits<double>::quiet_NaN()));
    if (!value)
        return value;
    if (!std::isfinite(*value))
        return fail(ErrorCode::InvalidValue, u"the formula gives %1"_s.arg(*value));
    return value;
}

const RatingBand* ratingFor(const std::vector<RatingBand>& bands, double score)
{
    const RatingBand* best = nullptr;
    for (const RatingBand& band : bands)
        if (band.minScore <= score && (!best || band.minScore > best->minScore))
            best = &band;
    return best;
}

std::vector<int> declineAlerts(const std::map<int, double>& scores)
{
    // §73: indicators fell two or more years in a row. Only consecutive years count: a year without a
    // score breaks the run. A fall over three years alerts in both later years.
    std::vector<int> years;
    for (const auto& [year, score] : scores) {
        const auto previous = scores.find(year - 1);
        const auto beforePrevious = scores.find(year - 2);
        if (previous != scores.end() && beforePrevious != scores.end() && score < previous->second
            && previous->second < beforePrevious->second)
            years.push_back(year);
    }
    return years;
}

} // namespace core
