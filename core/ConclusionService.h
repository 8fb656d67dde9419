// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conclusions.h"
#include "Error.h"

#include <optional>
#include <vector>

namespace core {

class AuditLog;
class CalendarService;
class Database;
class EvaluatorService;
class MethodologyService;
class RegistryService;
class ScheduleService;
class ScoreService;
class Transaction;

/// Conclusions of the authorized bodies (§46–47): created per body, block (or part) and year,
/// written (summary, findings, recommendations, the status of earlier recommendations, the staff
/// who took part), issued as frozen versions, sent and received. Every change is audited and runs
/// in one transaction.
class ConclusionService
{
public:
    ConclusionService(Database& db, AuditLog& audit, RegistryService& registry, MethodologyService& methodologies,
                      ScoreService& scores, EvaluatorService& evaluators, CalendarService& calendar,
                      ScheduleService& schedules);

    /// The conclusions of a year (optionally one block), ordered by body code, block, part.
    [[nodiscard]] Result<std::vector<Conclusion>> conclusions(int year, std::optional<int> block = {}) const;
    [[nodiscard]] Result<Conclusion> conclusion(qint64 id) const;
    /// The conclusion of a body, block and year (`part` none: the block's own), if there is one.
    [[nodiscard]] Result<std::optional<Conclusion>> find(qint64 bodyId, int year, int block,
                                                         std::optional<Part> part = {}) const;

    /// Starts a conclusion. Its author is the authorized body that evaluates the body's block (or
    /// part) under ch. 5–7 (the block's assembler for blocks 2 and 3, §33, §39) on the role date
    /// (§56). ConclusionOutOfScope when the body is not evaluated on the block that year;
    /// EvaluatedWithinSuccessor (§53); ConclusionExists.
    [[nodiscard]] Result<qint64> create(qint64 bodyId, int year, int block, std::optional<Part> part,
                                        const QString& reason);
    /// The authorized body that writes the conclusion on a body's block (or part) of a year: the
    /// part's evaluator; for a whole block, the block's lead (block 1) or its assembler (§33, §39)
    /// unless that is the body itself, then the first part's evaluator (§31, §37). None when no body
    /// plays the role.
    [[nodiscard]] Result<std::optional<qint64>> authorOf(qint64 bodyId, int year, int block,
                                                         std::optional<Part> part = {}) const;
    /// Starts every missing conclusion of a year's blocks (bodies in scope, not §53); returns how
    /// many were made.
    [[nodiscard]] Result<int> createAll(int year, std::optional<int> block, const QString& reason);
    /// The working texts (for the next version): part 1 summary, part 3 findings, confidentiality.
    [[nodiscard]] Result<void> setTexts(qint64 id, const Text3& summary, const Text3& findings, bool confidential,
                                        const QString& reason);
    /// The staff who took part in the evaluation (names; a person is found or added by name and the
    /// author). CommissionConflict when one of them sits on the author's special commission that
    /// year (§59).
    [[nodiscard]] Result<void> setParticipants(qint64 id, const std::vector<QString>& names, const QString& reason);

    /// Part 3: the conclusion's new recommendations, in order.
    [[nodiscard]] Result<std::vector<Recommendation>> recommendations(qint64 conclusionId) const;
    /// Part 2: the recommendations given to the body for the year before (by the conclusions of the
    /// same block, by the Commission, and those passed from reorganized predecessors, §54–55).
    [[nodiscard]] Result<std::vector<Recommendation>> earlierRecommendations(qint64 conclusionId) const;
    /// The recommendations and orders of the Commission to a body's head for a year (§51).
    [[nodiscard]] Result<std::vector<Recommendation>> commissionRecommendations(qint64 bodyId, int year) const;
    /// Adds a recommendation. `conclusionId` set: a conclusion's (its body, year and block);
    /// otherwise `rec.bodyId`/`rec.year` and the source Commission or Reorganization. EmptyName
    /// when the text is blank in every language.
    [[nodiscard]] Result<qint64> addRecommendation(Recommendation rec, const QString& reason);
    /// Changes a recommendation's text, order flag and confidentiality.
    [[nodiscard]] Result<void> updateRecommendation(const Recommendation& rec, const QString& reason);
    [[nodiscard]] Result<void> removeRecommendation(qint64 id, const QString& reason);
    /// Records what became of an earlier recommendation.
    [[nodiscard]] Result<void> setRecommendationStatus(qint64 id, RecommendationStatus status, const Text3& note,
                                                       const QString& reason);

    /// The content a version issued now would have (scores from the current data).
    [[nodiscard]] Result<ConclusionContent> preview(qint64 id) const;
    /// Issues a new version from the current data; returns its id. A version after the first needs
    /// a reason (EmptyName). `appealId` links a §61 correction.
    [[nodiscard]] Result<qint64> issue(qint64 id, const QString& versionReason, const QString& reason,
                                       std::optional<qint64> appealId = {});
    [[nodiscard]] Result<std::vector<ConclusionVersion>> versions(qint64 conclusionId) const;
    [[nodiscard]] Result<ConclusionVersion> version(qint64 versionId) const;
    /// The latest version of a conclusion (ConclusionNotIssued when there is none).
    [[nodiscard]] Result<ConclusionVersion> latest(qint64 conclusionId) const;
    /// The score and rating of the latest version of every issued whole-block conclusion of a year
    /// and block, keyed by conclusion id, in one query (the Commission's result).
    [[nodiscard]] Result<std::map<qint64, VersionSummary>> latestSummaries(int year, int block) const;
    /// Records when the latest version was sent (§46). InvalidReceipt after it was received.
    [[nodiscard]] Result<void> markSent(qint64 conclusionId, QDate date, const QString& reason);
    /// Records when the body received the latest version; the first receipt starts the appeal term
    /// (§57). A version not marked sent is taken as sent that day. InvalidReceipt before sending;
    /// ConclusionNotIssued.
    [[nodiscard]] Result<void> markReceived(qint64 conclusionId, QDate date, const QString& reason);
    /// The last day to file an objection: 5 working days after `received` (§57).
    [[nodiscard]] Result<QDate> appealDeadline(QDate received) const;

private:
    [[nodiscard]] Result<std::vector<Conclusion>> query(const QString& where, const QVariantList& values) const;
    [[nodiscard]] Result<std::vector<ConclusionVersion>> readVersions(const QString& where, qint64 id) const;
    [[nodiscard]] Result<ConclusionContent> build(const Conclusion& c) const;
    [[nodiscard]] Result<std::vector<ReorganizationNote>> reorganizationNotes(qint64 bodyId, int year, int block) const;
    [[nodiscard]] Result<qint64> personId(const QString& name, std::optional<qint64> bodyId);

    Database& m_db;
    AuditLog& m_audit;
    RegistryService& m_registry;
    MethodologyService& m_methodologies;
    ScoreService& m_scores;
    EvaluatorService& m_evaluators;
    CalendarService& m_calendar;
    ScheduleService& m_schedules;
};

} // namespace core
