// SPDX-License-Identifier: GPL-3.0-or-later
// §20 as far as data can show it: what is wrong with a methodology before it is approved (§19).
#include "Methodology.h"
#include "Scoring.h"

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

using Kind = MethodologyProblem::Kind;

/// Weights that add up to 100 within this much are taken to add up to 100.
constexpr double WeightTolerance = 0.01;

constexpr Language Languages[] = {Language::Kazakh, Language::Russian, Language::English};

/// Collects the problems in the order they are found.
class Problems
{
public:
    void add(Kind kind, bool blocking, const QString& criterion = {}, const QString& indicator = {},
             std::optional<Language> language = std::nullopt, const QString& detail = {})
    {
        m_list.push_back(MethodologyProblem{kind, blocking, criterion, indicator, language, detail});
    }

    /// One problem for each language in which `text` is blank.
    void eachBlank(Kind kind, const Text3& text, const QString& criterion, const QString& indicator = {})
    {
        for (Language language : Languages)
            if (text.in(language).trimmed().isEmpty())
                add(kind, true, criterion, indicator, language);
    }

    std::vector<MethodologyProblem> take() { return std::move(m_list); }

private:
    std::vector<MethodologyProblem> m_list;
};

bool addsUpTo100(double sum)
{
    return std::abs(sum - 100) <= WeightTolerance;
}

/// Two names are the same for a reader when they differ only in case or spacing.
QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

/// §19: who approved the methodology, when, and the agreements with the state planning body and the
/// Commission's working body; detail names what is missing.
void checkApproval(const Methodology& m, Problems& problems)
{
    QStringList missing;
    if (m.approval.approvedBy.trimmed().isEmpty())
        missing << u"approved-by"_s;
    if (!m.approval.approvedOn.isValid())
        missing << u"approved-on"_s;
    if (!m.approval.agreedStatePlanning.isValid())
        missing << u"agreed-state-planning"_s;
    if (!m.approval.agreedWorkingBody.isValid())
        missing << u"agreed-working-body"_s;
    if (!missing.isEmpty())
        problems.add(Kind::NoApprovalRecord, true, {}, {}, std::nullopt, missing.join(u", "));
}

/// §20.5: comparable across periods. Changing what an indicator measures (its unit), which way is
/// better, or how it is scored breaks the comparison with last year: a warning, since a methodology
/// may have to change.
void checkComparable(const Criterion& criterion, const Indicator& indicator, const Methodology& previous,
                     Problems& problems)
{
    const Indicator* before = previous.indicator(indicator.code);
    if (!before)
        return;
    if (before->unit.trimmed() != indicator.unit.trimmed())
        problems.add(Kind::NotComparable, false, criterion.code, indicator.code, std::nullopt, u"unit"_s);
    if (before->direction != indicator.direction)
        problems.add(Kind::NotComparable, false, criterion.code, indicator.code, std::nullopt, u"direction"_s);
    if (before->scoring != indicator.scoring)
        problems.add(Kind::NotComparable, false, criterion.code, indicator.code, std::nullopt, u"scoring"_s);
}

void checkIndicator(const Methodology& m, const Criterion& criterion, const Indicator& indicator,
                    std::set<QString>& indicatorCodes, std::map<Language, std::map<QString, QString>>& names,
                    Problems& problems)
{
    const QString& c = criterion.code;
    const QString& code = indicator.code;

    problems.eachBlank(Kind::NoName, indicator.name, c, code);
    // §20.3: defined unambiguously. Two indicators of one name cannot be told apart; detail: the code of
    // the first one.
    for (Language language : Languages) {
        const QString key = nameKey(indicator.name.in(language));
        if (key.isEmpty())
            continue;
        const auto [found, inserted] = names[language].try_emplace(key, code);
        if (!inserted)
            problems.add(Kind::DuplicateName, true, c, code, language, found->second);
    }
    if (!code.isEmpty() && !indicatorCodes.insert(code).second)
        problems.add(Kind::DuplicateCode, true, c, code, std::nullopt, code);
    // §20.3: how it is calculated, in each language.
    problems.eachBlank(Kind::NoDefinition, indicator.definition, c, code);
    // §20.2: collected so that its correctness can be checked.
    problems.eachBlank(Kind::NoVerification, indicator.verification, c, code);
    // §20.1, §7: it rests on one of the nine kinds of source.
    if (indicator.sourceType < 1 || indicator.sourceType > SourceTypeCount)
        problems.add(Kind::NoSource, true, c, code, std::nullopt,
                     indicator.sourceType == 0 ? QString() : QString::number(indicator.sourceType));
    // §7: independent experts and public councils are not a source for the goals block.
    else if (m.block == 1 && indicator.sourceType == ExpertSourceType)
        problems.add(Kind::SourceNotAllowed, true, c, code, std::nullopt, QString::number(indicator.sourceType));
    // §20.3: a ratio rewards a higher fact, an inverse ratio a lower one; the other direction would
    // score the opposite of what the indicator means.
    if ((indicator.scoring == ScoringKind::Ratio && indicator.direction == Direction::Lower)
        || (indicator.scoring == ScoringKind::InverseRatio && indicator.direction == Direction::Higher))
        problems.add(Kind::ScoringDirection, true, c, code, std::nullopt,
                     toString(indicator.scoring) + u' ' + toString(indicator.direction));
    if (indicator.scoring == ScoringKind::Scale && indicator.scale.empty())
        problems.add(Kind::BadScale, true, c, code);
    if (indicator.scoring == ScoringKind::Formula)
        if (auto r = validateFormula(indicator.formula); !r)
            problems.add(Kind::BadFormula, true, c, code, std::nullopt, r.error().detail);
    if (!(indicator.cap >= 1))
        problems.add(Kind::BadCap, true, c, code, std::nullopt, QString::number(indicator.cap));
    // Without a default plan each body must give its own, or the indicator is not counted: a warning.
    if ((indicator.scoring == ScoringKind::Ratio || indicator.scoring == ScoringKind::InverseRatio
         || indicator.scoring == ScoringKind::Expert)
        && !indicator.plan)
        problems.add(Kind::NoPlan, false, c, code, std::nullopt, toString(indicator.scoring));
}

} // namespace

std::vector<MethodologyProblem> checkMethodology(const Methodology& m, const Methodology* previous, bool forApproval)
{
    Problems problems;

    // The methodology as a whole first.
    if (forApproval)
        checkApproval(m, problems);
    // §20.6: together the criteria cover the body's activity; a methodology without any covers nothing.
    if (m.criteria.empty())
        problems.add(Kind::NoCriteria, true);
    else {
        double sum = 0;
        for (const Criterion& criterion : m.criteria)
            sum += criterion.weight;
        if (!addsUpTo100(sum))
            problems.add(Kind::CriterionWeights, true, {}, {}, std::nullopt, QString::number(sum));
    }

    // Then each criterion and its indicators, in their order.
    std::set<QString> criterionCodes;
    std::set<QString> indicatorCodes;
    std::map<Language, std::map<QString, QString>> indicatorNames;
    for (const Criterion& criterion : m.criteria) {
        problems.eachBlank(Kind::NoName, criterion.name, criterion.code);
        if (!criterion.code.isEmpty() && !criterionCodes.insert(criterion.code).second)
            problems.add(Kind::DuplicateCode, true, criterion.code, {}, std::nullopt, criterion.code);
        // §20.6: a criterion without indicators measures nothing.
        if (criterion.indicators.empty())
            problems.add(Kind::EmptyCriterion, true, criterion.code);
        else {
            double sum = 0;
            for (const Indicator& indicator : criterion.indicators)
                sum += indicator.weight;
            if (!addsUpTo100(sum))
                problems.add(Kind::IndicatorWeights, true, criterion.code, {}, std::nullopt, QString::number(sum));
        }
        for (const Indicator& indicator : criterion.indicators) {
            checkIndicator(m, criterion, indicator, indicatorCodes, indicatorNames, problems);
            if (previous)
                checkComparable(criterion, indicator, *previous, problems);
        }
    }

    // §20.5: collected continuously. Last year's indicators that are gone, in last year's order.
    if (previous)
        for (const Criterion& criterion : previous->criteria)
            for (const Indicator& indicator : criterion.indicators)
                if (!m.indicator(indicator.code))
                    problems.add(Kind::Dropped, false, criterion.code, indicator.code);

    return problems.take();
}

} // namespace core
