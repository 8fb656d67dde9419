// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace core {

class AuditLog;
class Database;
class MethodologyService;
class ReportService;

/// §42–43: the risk management system that selects reported data for re-verification. The state
/// planning body approves how bodies are selected: the criteria are data, per year.
enum class RiskKind {
    LargeChange, ///< the fact changed from last year by more than `parameter` percent
    OnTarget, ///< the fact equals the plan exactly
    Late, ///< the report was first submitted after the deadline (all its values)
    EarlierCorrections, ///< the body had values corrected by re-verification the year before (all its values)
    Random, ///< a random share of `parameter` percent of the bodies that reported (all their values)
};
inline constexpr int RiskKindCount = 5;
[[nodiscard]] QString toString(RiskKind kind); // "large-change", "on-target", "late", "earlier-corrections", "random"
[[nodiscard]] std::optional<RiskKind> parseRiskKind(const QString& text);

struct RiskCriterion
{
    RiskKind kind = RiskKind::LargeChange;
    bool enabled = true;
    double parameter = 0; ///< LargeChange: percent (> 0); Random: percent of bodies (0–100); others unused
    friend bool operator==(const RiskCriterion&, const RiskCriterion&) = default;
};
/// The defaults when a year has none stored: large change 50 %, on target, late, earlier
/// corrections, random 10 % — all enabled.
[[nodiscard]] std::vector<RiskCriterion> defaultRiskCriteria();

/// Why a value was selected.
struct RiskReason
{
    RiskKind kind = RiskKind::LargeChange;
    QString detail; ///< untranslated figures: "+62.5 % from 2023", "12 days late", "2 corrected in 2023"
    friend bool operator==(const RiskReason&, const RiskReason&) = default;
};

enum class RecheckOutcome { Pending, Confirmed, Corrected };
[[nodiscard]] QString toString(RecheckOutcome outcome); // "pending", "confirmed", "corrected"

/// A value selected for re-verification, and what the re-check found.
struct Recheck
{
    qint64 id = 0;
    int year = 0;
    int block = 1;
    qint64 bodyId = 0;
    QString bodyCode;
    QString code; ///< the indicator
    std::vector<RiskReason> reasons;
    QDateTime selectedAt;
    QString selectedBy;
    RecheckOutcome outcome = RecheckOutcome::Pending;
    std::optional<double> reportedFact; ///< the fact as reported (kept when corrected)
    std::optional<double> correctedFact;
    QString outcomeReason;
    std::optional<qint64> evidenceId;
    QDateTime decidedAt;
    QString decidedBy;
};

/// Selection and outcomes of re-verification. Only submitted, resubmitted or accepted reports are
/// looked at. Selecting again keeps what was selected and decided, and adds what is new (a value
/// selected anew gets the new reasons added). A correction changes the value's fact through
/// MethodologyService::setValue (so the scores use it at once) and keeps the reported one; the
/// evidence of a correction is stored with the report's line (a locked report still takes it), with
/// its SHA-256 like any evidence.
class RecheckService
{
public:
    RecheckService(Database& db, AuditLog& audit, MethodologyService& methodologies, ReportService& reports);

    /// The year's criteria (the stored ones, or the defaults).
    [[nodiscard]] Result<std::vector<RiskCriterion>> criteria(int year) const;
    /// Stores the year's criteria (InvalidRecheckCriteria for a parameter out of range), audited.
    [[nodiscard]] Result<void> setCriteria(int year, const std::vector<RiskCriterion>& criteria, const QString& reason);

    /// What select() would select now, without storing it (for a preview).
    [[nodiscard]] Result<std::vector<Recheck>> candidates(int year, std::optional<int> block = {}) const;
    /// Runs the criteria and stores the selection with its reasons; returns how many values are new.
    [[nodiscard]] Result<int> select(int year, std::optional<int> block, const QString& reason);
    /// The stored selection of a year (optionally a block or a body), ordered by body code, block, code.
    [[nodiscard]] Result<std::vector<Recheck>> list(int year, std::optional<int> block = {},
                                                    std::optional<qint64> bodyId = {}) const;

    /// The value was checked and is right.
    [[nodiscard]] Result<void> confirm(qint64 recheckId, const QString& outcomeReason, const QString& reason);
    /// The value was wrong: `fact` replaces it (none: no data), with the reason (EmptyName when blank)
    /// and, optionally, the evidence that shows it.
    [[nodiscard]] Result<void> correct(qint64 recheckId, std::optional<double> fact, const QString& outcomeReason,
                                       const QString& evidenceFileName, const QByteArray& evidence,
                                       const QString& reason);
    /// Back to pending (undo): a corrected value gets its reported fact back.
    [[nodiscard]] Result<void> reopen(qint64 recheckId, const QString& reason);
    /// Removes a pending selection (decided ones stay).
    [[nodiscard]] Result<void> remove(qint64 recheckId, const QString& reason);

private:
    Database& m_db;
    AuditLog& m_audit;
    MethodologyService& m_methodologies;
    ReportService& m_reports;
};

} // namespace core
