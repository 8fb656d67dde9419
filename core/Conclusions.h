// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Methodology.h"
#include "ReorganizationRules.h"
#include "Scoring.h"
#include "Text3.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <map>
#include <optional>
#include <vector>

namespace core {

/// What became of a recommendation given earlier (§45, §47 part 2).
enum class RecommendationStatus { Open, Done, Partly, NotDone };
[[nodiscard]] QString toString(RecommendationStatus status); // "open", "done", "partly", "not-done"
[[nodiscard]] std::optional<RecommendationStatus> parseRecommendationStatus(const QString& text);

/// Who gave a recommendation.
enum class RecommendationSource {
    Conclusion, ///< an authorized body's conclusion (§47 part 3)
    Commission, ///< the Commission, with its result, to the body's head (§51)
    Reorganization, ///< the analysis of a reorganized predecessor, passed to the successor (§54–55)
};
[[nodiscard]] QString toString(RecommendationSource source); // "conclusion", "commission", "reorganization"

struct Recommendation
{
    qint64 id = 0;
    qint64 bodyId = 0; ///< the body that is to carry it out
    int year = 0; ///< the evaluated year whose evaluation gave it
    std::optional<int> block; ///< none for the Commission's recommendations on all blocks
    std::optional<qint64> conclusionId;
    RecommendationSource source = RecommendationSource::Conclusion;
    bool order = false; ///< an order (тапсырма / поручение) rather than a recommendation (§51)
    std::optional<qint64> fromBodyId; ///< §54–55: the predecessor whose analysis gave it
    int position = 0;
    Text3 text;
    bool confidential = false; ///< withheld from publication (§52)
    RecommendationStatus status = RecommendationStatus::Open;
    Text3 note; ///< how it was carried out, as the next evaluation found
    friend bool operator==(const Recommendation&, const Recommendation&) = default;
};

/// One indicator of a conclusion's final report (§47 part 1), frozen with its version.
struct ConclusionLine
{
    QString code;
    Text3 name;
    QString criterion; ///< the criterion's code
    Text3 criterionName;
    std::optional<double> plan;
    std::optional<double> fact;
    QString status; ///< "full", "partial", "not-achieved", "not-counted" (core::toString(Status))
    std::optional<double> score; ///< 0–100
    double contribution = 0; ///< points of the block score
    int sourceType = 0; ///< §7 type, 0 unknown
    bool corrected = false; ///< the fact was changed by an accepted appeal (§61)
    bool confidential = false; ///< the value is withheld from publication (§52)
    friend bool operator==(const ConclusionLine&, const ConclusionLine&) = default;
};

/// A reorganized predecessor whose year §53–55 attaches to the body's evaluation.
struct ReorganizationNote
{
    qint64 bodyId = 0;
    QString code;
    Text3 name;
    QDate date; ///< the reorganization's date
    Treatment treatment = Treatment::NotApplicable;
    int paragraph = 0; ///< 53, 54 or 55
    std::optional<double> score; ///< the predecessor's own score in the block, when it has values
    friend bool operator==(const ReorganizationNote&, const ReorganizationNote&) = default;
};

/// Everything a version of a conclusion says, frozen when it is issued: an old version stays
/// readable exactly as it was sent, whatever changes later.
struct ConclusionContent
{
    qint64 bodyId = 0;
    QString bodyCode;
    Text3 bodyName; ///< the name in force at the end of the evaluated year
    qint64 authorId = 0;
    Text3 authorName;
    int year = 0;
    int block = 1;
    std::optional<Part> part;
    // Part 1 (§47): the final report.
    std::optional<double> score; ///< the final score; none when nothing counts
    std::optional<double> ownScore; ///< the body's own score before §53 predecessors are counted in
    QString rating; ///< the rating band's code, empty when none
    Text3 ratingName;
    int methodologyVersion = 0;
    bool sampleMethodology = false;
    std::vector<ConclusionLine> lines;
    Text3 summary;
    std::vector<ReorganizationNote> reorganizations;
    // Part 2: recommendations given earlier, with what became of them.
    std::vector<Recommendation> earlier;
    // Part 3: findings and new recommendations.
    Text3 findings;
    std::vector<Recommendation> recommendations;
    bool confidential = false;
    std::vector<QString> participants; ///< the staff who took part in the evaluation (§59)

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ConclusionContent> fromJson(const QJsonObject& json);
    friend bool operator==(const ConclusionContent&, const ConclusionContent&) = default;
};

/// The §47 part 1 lines of a block score: one per indicator with its name and criterion from the
/// methodology (none: codes only) and its §7 source type from the body's values. `corrected` and
/// `confidential` are left false for the caller to set.
[[nodiscard]] std::vector<ConclusionLine> conclusionLines(const Methodology* methodology, const BlockScore& score,
                                                          const std::map<QString, IndicatorValue>& bodyValues);

/// One issued version of a conclusion. Version 1 is the conclusion as first issued; each correction
/// (§61, or the analyst's own) is a new version, and the old ones stay.
struct ConclusionVersion
{
    qint64 id = 0;
    qint64 conclusionId = 0;
    int version = 1;
    QDateTime issuedAt;
    QString issuedBy;
    QString reason; ///< why this version was made (empty for the first)
    std::optional<qint64> appealId; ///< the accepted appeal that corrected it (§61)
    QDate sentOn;
    QDate receivedOn;
    ConclusionContent content;
};

/// What the Commission's result reads of a conclusion's latest version.
struct VersionSummary
{
    qint64 conclusionId = 0;
    int version = 0;
    std::optional<double> score;
    QString rating;
    Text3 ratingName;
    std::vector<ReorganizationNote> reorganizations;
};

/// Where a conclusion stands.
enum class ConclusionState {
    Draft, ///< not issued yet
    Issued, ///< issued, not sent
    Sent, ///< sent to the evaluated body (§46)
    Received, ///< received: the appeal term runs (§57)
    UnderAppeal, ///< an objection or complaint awaits its decision
    Final, ///< the appeal term passed or the appeal was decided
};
[[nodiscard]] QString toString(ConclusionState state); // "draft", "issued", "sent", "received", "under-appeal", "final"

/// A conclusion of an authorized body on one evaluated body, block (or part of a block) and year
/// (§46–47), with its working texts (the next version's) and its versions' summary.
struct Conclusion
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QString bodyCode;
    int year = 0;
    int block = 1;
    std::optional<Part> part; ///< none: the whole block
    std::optional<qint64> authorId; ///< the authorized body that evaluates it (ch. 5–7, §56)
    Text3 summary; ///< part 1: the final report's text
    Text3 findings; ///< part 3: findings
    bool confidential = false; ///< the whole document is withheld from publication (§52)
    std::vector<QString> participants; ///< staff who took part in the evaluation (§59)
    QDateTime createdAt;
    QString createdBy;
    int versions = 0; ///< how many versions were issued
    std::optional<qint64> latestVersionId;
    QDate sentOn; ///< of the latest version
    QDate receivedOn; ///< the first receipt: it starts the appeal term (§57)
    QDate appealDeadline; ///< the last day to file an objection: 5 working days after receipt (§57)
    ConclusionState state = ConclusionState::Draft;
};

} // namespace core
