// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Text3.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <optional>
#include <vector>

namespace core {

class AuditLog;
class CalendarService;
class ConclusionService;
class Database;
class MethodologyService;

/// An objection of the evaluated body to a conclusion (§57–61), or a complaint after the appeal
/// procedure that the Commission's working body may re-check (§62).
enum class AppealKind { Objection, Complaint };
[[nodiscard]] QString toString(AppealKind kind); // "objection", "complaint"
[[nodiscard]] std::optional<AppealKind> parseAppealKind(const QString& text);

enum class AppealStatus { Pending, Accepted, Rejected };
[[nodiscard]] QString toString(AppealStatus status); // "pending", "accepted", "rejected"
[[nodiscard]] std::optional<AppealStatus> parseAppealStatus(const QString& text);

/// One indicator the body disagrees with, its argument and, once decided, the decision.
struct AppealItem
{
    qint64 id = 0;
    QString code; ///< the indicator
    QString argument; ///< the body's argument, as written
    std::optional<double> requestedFact; ///< the fact the body says is right
    std::optional<bool> accepted; ///< none while pending
    QString reason; ///< why the item was accepted or rejected
    std::optional<double> oldFact; ///< the fact before the decision
    std::optional<double> newFact; ///< the fact after an accepted item (§61)
};

/// A supporting document (§58), stored with its SHA-256.
struct AppealDocument
{
    qint64 id = 0;
    QString name;
    QString sha256;
    qint64 size = 0;
};

struct Appeal
{
    qint64 id = 0;
    AppealKind kind = AppealKind::Objection;
    qint64 conclusionId = 0;
    qint64 versionId = 0; ///< the version appealed against
    qint64 bodyId = 0;
    QString bodyCode;
    int year = 0;
    int block = 1;
    QString part; ///< the conclusion's part ("" for the whole block)
    std::optional<qint64> authorId; ///< the authorized body that decides (§57)
    QDate receivedOn; ///< when the body received the conclusion (objections), or the procedure ended (complaints)
    QDate fileBy; ///< the last day to file: 5 working days (§57, §62)
    QDate filedOn;
    QDate decideBy; ///< objections: the last day of the 15 calendar days (§60); complaints: none
    QString text; ///< the body's covering letter, as written
    AppealStatus status = AppealStatus::Pending;
    QDate decidedOn;
    Text3 decisionReason;
    std::optional<qint64> commissionId; ///< the special commission that considered it (§59)
    std::optional<qint64> correctedVersionId; ///< the conclusion's version made by the decision (§61)
    std::vector<AppealItem> items;
    std::vector<AppealDocument> documents;
    QDateTime createdAt;
    QString createdBy;

    /// Decided after the 15 calendar days of §60.
    [[nodiscard]] bool decidedLate() const { return decidedOn.isValid() && decideBy.isValid() && decidedOn > decideBy; }
};

/// What the body sends: the letter, the indicators with arguments, the documents.
struct NewAppeal
{
    AppealKind kind = AppealKind::Objection;
    qint64 conclusionId = 0;
    QDate filedOn;
    QString text;
    std::vector<AppealItem> items; ///< code, argument, requested fact
    struct Document
    {
        QString name;
        QByteArray content;
    };
    std::vector<Document> documents;
};

/// The decision on one item: accepted with the corrected fact (none: the fact stays as it is, e.g.
/// an argument about the source), or rejected.
struct ItemDecision
{
    qint64 itemId = 0;
    bool accepted = false;
    QString reason;
    std::optional<double> newFact;
};

/// A member of a special commission.
struct CommissionMember
{
    QString name;
    QString position;
    std::optional<qint64> organizationId; ///< the body the member works for
    bool workingBody = false; ///< represents the Commission's working body (§59)
    friend bool operator==(const CommissionMember&, const CommissionMember&) = default;
};

/// The special commission of an authorized body for a year's objections (§59).
struct SpecialCommission
{
    qint64 id = 0;
    qint64 authorityId = 0;
    int year = 0;
    QDate formedOn;
    std::vector<CommissionMember> members;
};

/// Objections and complaints with their terms, documents and decisions, and the special
/// commissions that decide them. Terms come from the working-day calendar:
/// - an objection is filed within 5 working days of receipt (§57), with documents (§58), and
///   decided within 15 calendar days (§60) by the author's special commission (§59; the PA decides
///   without one); an accepted item changes the fact and makes a corrected version (§61);
/// - a complaint (§62) is filed within 5 working days after the appeal procedure: the objection's
///   decision, or the end of the objection term when there was none.
class AppealService
{
public:
    /// A supporting document is at most this large (bytes).
    static constexpr qint64 MaxDocumentSize = 20 * 1024 * 1024;

    AppealService(Database& db, AuditLog& audit, ConclusionService& conclusions, MethodologyService& methodologies,
                  CalendarService& calendar);

    /// Files an appeal. Refusals record nothing: ConclusionNotReceived, AppealTooEarly, AppealLate
    /// (detail: "filed DATE, last day DATE"), AppealNoDocuments (§58), AppealNoItems, UnknownIndicator
    /// (an item that is not one of the conclusion's indicators), AppealExists (a second objection, or
    /// a complaint while the objection is pending), EvidenceTooLarge.
    [[nodiscard]] Result<qint64> file(const NewAppeal& appeal, const QString& reason);
    /// Decides a pending appeal: every item accepted or rejected. An objection to a conclusion of an
    /// authorized body other than the PA needs that body's special commission for the year
    /// (NoSpecialCommission), whose members did not take part in this evaluation (CommissionConflict).
    /// When any item is accepted the appeal is accepted, the facts change and a corrected version
    /// of the conclusion is issued (§61). AppealDecided for a decided one. A decision after the
    /// 15 days is recorded and shown as late.
    [[nodiscard]] Result<void> decide(qint64 appealId, const std::vector<ItemDecision>& decisions,
                                      const Text3& decisionReason, QDate decidedOn, const QString& reason);
    /// Removes a pending appeal entered by mistake.
    [[nodiscard]] Result<void> remove(qint64 appealId, const QString& reason);

    /// The appeals of a year (optionally of one kind), ordered by filing date.
    [[nodiscard]] Result<std::vector<Appeal>> appeals(int year, std::optional<AppealKind> kind = {}) const;
    [[nodiscard]] Result<Appeal> appeal(qint64 id) const;
    [[nodiscard]] Result<std::vector<Appeal>> forConclusion(qint64 conclusionId) const;
    /// A document's bytes, checked against its hash (EvidenceDamaged).
    [[nodiscard]] Result<QByteArray> documentContent(qint64 documentId) const;
    /// The objection term of a conclusion: received, last day to file (§57). ConclusionNotReceived.
    [[nodiscard]] Result<std::pair<QDate, QDate>> objectionTerm(qint64 conclusionId) const;
    /// The complaint term of a conclusion (§62): the day the appeal procedure ended and the last day
    /// to file. Empty dates while an objection is pending or the objection term runs.
    [[nodiscard]] Result<std::pair<QDate, QDate>> complaintTerm(qint64 conclusionId) const;

    /// The special commissions of a year.
    [[nodiscard]] Result<std::vector<SpecialCommission>> commissions(int year) const;
    [[nodiscard]] Result<std::optional<SpecialCommission>> commission(qint64 authorityId, int year) const;
    /// Forms or changes an authorized body's special commission. SpecialCommissionForPa;
    /// CommissionNeedsWorkingBody; CommissionConflict (detail: the names) when a member took part in
    /// an evaluation of that body that year; EmptyName for a member without a name; InvalidDate.
    [[nodiscard]] Result<qint64> setCommission(qint64 authorityId, int year, QDate formedOn,
                                               const std::vector<CommissionMember>& members, const QString& reason);

private:
    [[nodiscard]] Result<std::vector<Appeal>> query(const QString& where, const QVariantList& values) const;

    Database& m_db;
    AuditLog& m_audit;
    ConclusionService& m_conclusions;
    MethodologyService& m_methodologies;
    CalendarService& m_calendar;
};

} // namespace core
