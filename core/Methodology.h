// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Text3.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace core {

/// The blocks of operational evaluation (§18) have parts, each evaluated by one authorized body.
enum class Part {
    Goals, ///< block 1: achievement of goals (§23)
    PublicServices, ///< block 2: quality of public services (§28)
    EServices, ///< block 2: quality of public services in electronic form
    Complaints, ///< block 2: consideration of complaints and applications
    Openness, ///< block 2: degree of openness
    Personnel, ///< block 3: personnel management (§35)
    InformationTechnology, ///< block 3: use of information technology
};
inline constexpr int BlockCount = 3;
[[nodiscard]] QString
toString(Part part); // "goals", "public-services", "e-services", "complaints", "openness", "personnel", "it"
[[nodiscard]] std::optional<Part> parsePart(const QString& text);
[[nodiscard]] const std::vector<Part>& allParts();
[[nodiscard]] int blockOf(Part part); ///< 1–3
[[nodiscard]] std::vector<Part> partsOf(int block);

/// Whether a higher or a lower fact is better.
enum class Direction { Higher, Lower };
[[nodiscard]] QString toString(Direction direction); // "higher", "lower"
[[nodiscard]] std::optional<Direction> parseDirection(const QString& text);

/// How an indicator's fact becomes a score of 0–100.
enum class ScoringKind {
    Ratio, ///< fact / plan, counted at most up to the cap (higher is better)
    InverseRatio, ///< plan / fact, counted at most up to the cap (lower is better)
    YesNo, ///< fact 1 (yes) scores 100, fact 0 (no) scores 0
    Scale, ///< the points of the first step whose threshold the fact reaches
    Expert, ///< an expert's score out of the plan (the maximum), as a share of 100
    Formula, ///< a muparser expression of `fact` and `plan` giving the achievement ratio (1 = plan met)
};
[[nodiscard]] QString toString(ScoringKind kind); // "ratio", "inverse-ratio", "yes-no", "scale", "expert", "formula"
[[nodiscard]] std::optional<ScoringKind> parseScoringKind(const QString& text);
[[nodiscard]] const std::vector<ScoringKind>& allScoringKinds();

/// §7: the nine kinds of information source (1–9). Type 7 (independent experts, public councils)
/// is not allowed in the goals block.
inline constexpr int SourceTypeCount = 9;
inline constexpr int ExpertSourceType = 7;

/// What the methodology does with an indicator that is not counted (no data).
enum class NotCountedPolicy {
    Reweight, ///< the other indicators' weights are scaled up to fill its place (the default)
    Zero, ///< it counts as a score of 0
};
[[nodiscard]] QString toString(NotCountedPolicy policy); // "reweight", "zero"
[[nodiscard]] std::optional<NotCountedPolicy> parseNotCountedPolicy(const QString& text);

/// One step of a scale: a fact that reaches `threshold` (at least it when higher is better, at most
/// it when lower is better) scores `points`. Steps are ordered from the best.
struct ScaleStep
{
    double threshold = 0;
    double points = 0;
    friend bool operator==(const ScaleStep&, const ScaleStep&) = default;
};

struct Indicator
{
    qint64 id = 0;
    QString code; ///< unique within the methodology, kept across versions and years
    Text3 name;
    Text3 definition; ///< how it is calculated, unambiguous for evaluator and evaluated (§20.3)
    Text3 unit;
    Direction direction = Direction::Higher;
    double weight = 0; ///< percent of its criterion; the weights of a criterion add up to 100
    ScoringKind scoring = ScoringKind::Ratio;
    double cap = 1.0; ///< the highest achievement ratio counted (1.0: no credit for over-achievement)
    std::vector<ScaleStep> scale; ///< for ScoringKind::Scale
    QString formula; ///< for ScoringKind::Formula
    std::optional<double> plan; ///< the default plan; a body's value may set its own
    int sourceType = 0; ///< §7, 1–9; 0: not set
    Text3 verification; ///< how the value is checked (§20.2)
    std::optional<double> minimum; ///< the smallest fact accepted in a report (none: no limit)
    std::optional<double> maximum; ///< the largest fact accepted in a report (none: no limit)
    friend bool operator==(const Indicator&, const Indicator&) = default;
};

struct Criterion
{
    qint64 id = 0;
    QString code;
    Text3 name;
    double weight = 0; ///< percent of the block; the weights of a methodology add up to 100
    std::vector<Indicator> indicators;
    friend bool operator==(const Criterion&, const Criterion&) = default;
};

/// §19: approved by the authorized bodies, agreed with the state planning body and the
/// Commission's working body.
struct Approval
{
    QString approvedBy; ///< the act, e.g. "Joint order No. 12 of MNE and MOF"
    QDate approvedOn;
    QDate agreedStatePlanning;
    QDate agreedWorkingBody;
    friend bool operator==(const Approval&, const Approval&) = default;
};

/// The methodology of one block for one evaluated year, in one version. Approved is frozen:
/// a change makes a new version.
struct Methodology
{
    qint64 id = 0;
    int block = 1; ///< 1–3
    int year = 0; ///< the evaluated year
    int version = 1;
    bool sample = false; ///< a demonstration methodology, not a real one
    Text3 title;
    Approval approval;
    std::vector<qint64> owners; ///< the authorized bodies that run the block this year (§27, §34, §40)
    NotCountedPolicy notCounted = NotCountedPolicy::Reweight;
    double fullAt = 100; ///< an indicator scoring at least this is fully achieved
    double partialAt = 50; ///< at least this (and below fullAt) is partially achieved
    std::optional<qint64> basedOn; ///< the methodology it was copied from
    std::vector<Criterion> criteria;

    [[nodiscard]] bool isApproved() const { return approval.approvedOn.isValid(); }
    [[nodiscard]] const Indicator* indicator(const QString& code) const;
    [[nodiscard]] const Criterion* criterion(const QString& code) const;
    /// Everything but ids, approval, version and lineage: what a new version keeps.
    [[nodiscard]] bool sameContent(const Methodology& other) const;
    friend bool operator==(const Methodology&, const Methodology&) = default;
};

/// The indicators of a methodology by code, for a loop over many lines: Methodology::indicator()
/// searches, which a report of thousands of indicators cannot afford per line.
[[nodiscard]] QHash<QString, const Indicator*> indicatorsByCode(const Methodology& m);

/// §20: one thing the data shows to be wrong with a methodology, listed before approval.
struct MethodologyProblem
{
    enum class Kind {
        NoCriteria, ///< the methodology has no criteria (§20.6)
        EmptyCriterion, ///< a criterion has no indicators (§20.6)
        CriterionWeights, ///< the criteria's weights do not add up to 100
        IndicatorWeights, ///< a criterion's indicator weights do not add up to 100
        NoSource, ///< an indicator has no §7 source type (§20.1)
        SourceNotAllowed, ///< source type 7 in the goals block (§7)
        NoVerification, ///< an indicator has no verification method in some language (§20.2)
        NoDefinition, ///< a definition is missing in some language (§20.3)
        NoName, ///< a name is missing in some language
        DuplicateName, ///< two indicators share a name in some language (§20.3)
        DuplicateCode, ///< two criteria or indicators share a code
        ScoringDirection, ///< a ratio with "lower is better" or an inverse ratio with "higher is better"
        BadScale, ///< a scale without steps
        BadFormula, ///< a formula muparser cannot read
        BadCap, ///< a cap below 1
        NoPlan, ///< a ratio or expert score without a default plan (each body must then give one)
        NotComparable, ///< an indicator changed its unit, direction or scoring since last year (§20.5)
        Dropped, ///< an indicator of last year's version is gone (§20.5)
        NoApprovalRecord, ///< who approved and the §19 agreements are not recorded
    };
    Kind kind;
    bool blocking = true; ///< an error that prevents approval; false: a warning
    QString criterion; ///< code, if it concerns a criterion
    QString indicator; ///< code, if it concerns an indicator
    std::optional<Language> language; ///< the language concerned, if any
    QString detail; ///< untranslated: the sum of weights, muparser's message, …
};

/// Checks `m` against §20 as far as data can show, comparing with `previous` (last year's
/// version in effect) when given. Does not check the approval record unless `forApproval`.
[[nodiscard]] std::vector<MethodologyProblem> checkMethodology(const Methodology& m, const Methodology* previous,
                                                               bool forApproval = false);

} // namespace core
