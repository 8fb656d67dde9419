// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conclusions.h"
#include "Error.h"
#include "Progress.h"

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace core {

class AppealService;
class AuditLog;
class ConclusionService;
class Database;
class MethodologyService;
class RegistryService;
class ScoreService;

/// The stages of a body's year after its conclusions (§48, §50, §51).
enum class CommissionStage {
    ToWorkingBody, ///< §48: the state planning body passed all blocks to the working body
    Presented, ///< §50: the Commission presented the results to the President
    ToHead, ///< §51: the results with orders and recommendations went to the body's head
};
inline constexpr int CommissionStageCount = 3;
[[nodiscard]] QString toString(CommissionStage stage); // "to-working-body", "presented", "to-head"
[[nodiscard]] std::optional<CommissionStage> parseCommissionStage(const QString& text);

/// One block of a body in the Commission's result.
struct CommissionBlock
{
    int block = 1;
    bool inScope = false; ///< the block is part of the body's scope that year
    std::optional<qint64> conclusionId;
    ConclusionState state = ConclusionState::Draft; ///< Draft also when there is no conclusion
    int version = 0; ///< the conclusion's latest version, 0 when none
    bool fromConclusion = false; ///< the score is the latest version's; otherwise computed now
    std::optional<double> score;
    QString rating;
    Text3 ratingName;
    std::optional<int> rank; ///< among the bodies scored in the block, 1 = best
    std::optional<double> previous; ///< last year's score
    std::optional<double> change; ///< score − previous
    bool alert = false; ///< §73: fallen two or more years in a row
    int pendingAppeals = 0;
    QDate procedureEnd; ///< the objection term's last day, or the objection's later decision
};

/// A body's line in the Commission's result (§50) and its progress through the stages.
struct CommissionRow
{
    qint64 bodyId = 0;
    QString code;
    Text3 name;
    std::array<CommissionBlock, 3> blocks;
    std::array<QDate, CommissionStageCount> stages; ///< indexed by CommissionStage
    std::vector<ReorganizationNote> reorganizations; ///< predecessors attached by §53–55
    int recommendations = 0; ///< the Commission's recommendations and orders to the head (§51)
    /// Every block in scope has a received conclusion whose appeal procedure is over.
    [[nodiscard]] bool conclusionsFinal() const;
};

/// A §73 alert line for the Commission's report.
struct CommissionAlert
{
    qint64 bodyId = 0;
    QString code;
    Text3 name;
    int block = 1;
    std::vector<double> scores; ///< the falling years' scores, oldest first
};

/// The Commission's consolidated result of a year.
struct CommissionResult
{
    int year = 0;
    std::vector<CommissionRow> rows; ///< ordered by body code
    std::vector<CommissionAlert> alerts;
};

/// The Commission's stage of the year: its consolidated result per body on all blocks, with ranks
/// and change from last year, the stages of §48–51, and its recommendations to the heads (kept by
/// ConclusionService with source Commission).
class CommissionService
{
public:
    CommissionService(Database& db, AuditLog& audit, ConclusionService& conclusions, AppealService& appeals,
                      ScoreService& scores, RegistryService& registry, MethodologyService& methodologies);

    /// Every body evaluated that year (the year's list), with its blocks and stages. A block's score
    /// is its latest conclusion version's when there is one, otherwise the current score.
    /// `progress` counts the scoring steps (this year's and last year's scores of each block, then
    /// the §73 alerts); stopping it fails with Cancelled (nothing is written either way).
    [[nodiscard]] Result<CommissionResult> result(int year, const Progress& progress = {}) const;
    /// Records a stage for one body. ToWorkingBody needs every block's conclusion final
    /// (ConclusionsNotFinal, detail: which blocks); a later stage needs the earlier one
    /// (InvalidDateRange); a null date clears it.
    [[nodiscard]] Result<void> setStage(int year, qint64 bodyId, CommissionStage stage, QDate date,
                                        const QString& reason);
    /// Records a stage for every body whose conclusions allow it; returns how many were set.
    [[nodiscard]] Result<int> setStageAll(int year, CommissionStage stage, QDate date, const QString& reason);

private:
    /// The block's own conclusions of a year (by body) with their latest versions (none when not
    /// issued); empty for a year outside the supported range.
    [[nodiscard]] Result<std::map<qint64, std::optional<VersionSummary>>>
    blockConclusions(int year, int block, std::map<qint64, Conclusion>& found) const;
    /// One body's blocks (scope, conclusion, state) and stages, without scores: what setStage checks.
    [[nodiscard]] Result<CommissionRow> readiness(int year, qint64 bodyId) const;
    [[nodiscard]] static Result<void> checkStage(const CommissionRow& row, CommissionStage stage, QDate date);
    [[nodiscard]] Result<void> writeStage(int year, const CommissionRow& row, CommissionStage stage, QDate date,
                                          const QString& reason);

    Database& m_db;
    AuditLog& m_audit;
    ConclusionService& m_conclusions;
    AppealService& m_appeals;
    ScoreService& m_scores;
    RegistryService& m_registry;
    MethodologyService& m_methodologies;
};

} // namespace core
