// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Methodology.h"

#include <map>
#include <optional>
#include <vector>

namespace core {

/// The status of an indicator (PRODUCT.md: the goals block counts indicators so).
enum class Status { Full, Partial, NotAchieved, NotCounted };
[[nodiscard]] QString toString(Status status); // "full", "partial", "not-achieved", "not-counted"

/// Why an indicator is not counted.
enum class NotCountedReason {
    None,
    NoData, ///< no fact
    NoPlan, ///< the scoring needs a plan and there is none
    ZeroPlan, ///< a ratio of fact to a plan of zero (or less), or an expert score out of zero
    InvalidValue, ///< a yes/no fact other than 0 or 1, or a formula that gives no number
    FormulaError, ///< muparser cannot read the formula
};
[[nodiscard]] QString toString(NotCountedReason reason); // "", "no-data", "no-plan", "zero-plan", …

/// A body's value of an indicator for a year: a plan of its own (else the indicator's) and a fact.
struct IndicatorValue
{
    std::optional<double> plan;
    std::optional<double> fact;
    int sourceType = 0; ///< §7, where the fact came from
};

struct IndicatorScore
{
    QString code;
    QString criterion; ///< the criterion's code
    double weight = 0; ///< nominal, percent of the criterion
    std::optional<double> plan; ///< the plan used
    std::optional<double> fact;
    Status status = Status::NotCounted;
    NotCountedReason reason = NotCountedReason::None;
    std::optional<double> achievement; ///< the ratio counted (after the cap), when it applies
    std::optional<double> score; ///< 0–100 × cap; none when not counted (under "reweight")
    double share = 0; ///< effective share of the block score, 0–1, after re-weighting
    double contribution = 0; ///< points this indicator adds to the block score (share × score)
};

struct CriterionScore
{
    QString code;
    double weight = 0; ///< nominal, percent of the block
    std::optional<double> score; ///< 0–100; none when none of its indicators counts
    double share = 0; ///< effective share of the block score, 0–1
    double contribution = 0;
};

/// A block's score on a 100-point scale with its explanation down to each indicator. The
/// contributions of the indicators add up to the score (before it is limited to 100).
struct BlockScore
{
    std::optional<double> score; ///< none when no indicator counts
    std::vector<CriterionScore> criteria;
    std::vector<IndicatorScore> indicators;
    [[nodiscard]] int count(Status status) const;
};

/// Scores one indicator: status, achievement and score (muparser for formulas). `m` gives the
/// thresholds of the statuses.
[[nodiscard]] IndicatorScore scoreIndicator(const Methodology& m, const Indicator& indicator,
                                            const IndicatorValue& value);

/// Scores a block: each criterion is the weighted mean of its counted indicators, the block the
/// weighted mean of its counted criteria; "not counted" is handled as `m.notCounted` says.
/// `values` are keyed by indicator code; a missing key is "no data".
[[nodiscard]] BlockScore scoreBlock(const Methodology& m, const std::map<QString, IndicatorValue>& values);

/// Checks a formula: muparser can read it with the variables `fact` and `plan`.
/// ErrorCode::InvalidFormula with muparser's message as detail.
[[nodiscard]] Result<void> validateFormula(const QString& formula);

/// Evaluates a formula for `fact` and `plan`.
[[nodiscard]] Result<double> evaluateFormula(const QString& formula, double fact, std::optional<double> plan);

/// A rating band for a year: scores from `minScore` (inclusive) up to the next band.
struct RatingBand
{
    qint64 id = 0;
    int year = 0;
    double minScore = 0;
    QString code; ///< e.g. "A", "high"
    Text3 name;
    bool sample = false;
    friend bool operator==(const RatingBand&, const RatingBand&) = default;
};

/// The band a score falls in (`bands` of one year, any order); none when no band starts low enough.
[[nodiscard]] const RatingBand* ratingFor(const std::vector<RatingBand>& bands, double score);

/// §73: the years in which a block's score had fallen two or more years in a row (score(y) <
/// score(y-1) < score(y-2), over consecutive years with a score). `scores` maps year → score.
[[nodiscard]] std::vector<int> declineAlerts(const std::map<int, double>& scores);

} // namespace core
