// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Reports.h"

#include <map>
#include <vector>

namespace core {

class AuditLog;
class Database;
class MethodologyService;
class ScheduleService;
class ScoreService;

/// A line of the overview of a year's reports: one body and block.
struct ReportSummary
{
    Report report;
    QString bodyCode;
    int errors = 0; ///< checkReport() errors now
    int warnings = 0;
    int filled = 0; ///< lines with a fact
    int lines = 0; ///< indicators of the methodology in effect
    int remarks = 0; ///< lines with a remark
    int evidence = 0; ///< evidence files
};

/// The bodies' reporting information (§41): forms generated from the methodology in effect, saved
/// line by line as they are typed (a draft survives a crash), evidence stored with its SHA-256,
/// submission refused while the form has errors, return for revision with remarks, acceptance.
/// Every change runs in one transaction with audit entries (entity "report", "report_item",
/// "evidence"; plan, fact and source type also through indicator_value as MethodologyService does).
class ReportService
{
public:
    static constexpr qint64 MaxEvidenceBytes = 20 * 1024 * 1024;

    ReportService(Database& db, AuditLog& audit, MethodologyService& methodologies, ScheduleService& schedules,
                  const ScoreService& scores);

    /// The report of a body, block and year (id 0 and state draft when nothing was entered yet),
    /// with its deadline and timeliness today (the audit clock's date).
    [[nodiscard]] Result<Report> report(const ReportKey& key) const;
    /// The lines of the form: one per indicator of the methodology in effect, in its order, with
    /// the values entered, notes, evidence and last year's values; plus lines of codes the
    /// methodology no longer has, if values exist for them. NotFound when there is no methodology.
    [[nodiscard]] Result<std::vector<ReportItem>> items(const ReportKey& key) const;
    /// checkReport() of the form as stored.
    [[nodiscard]] Result<std::vector<EntryProblem>> problems(const ReportKey& key) const;
    /// Every body in the year's scope (ScoreService::bodiesInScope rules) × every block that has a
    /// methodology, or only `bodyId`'s.
    [[nodiscard]] Result<std::vector<ReportSummary>> overview(int year, std::optional<qint64> bodyId = {}) const;
    [[nodiscard]] Result<std::vector<ReportEvent>> history(const ReportKey& key) const;

    /// Saves one line of a draft or returned report (plan, fact, source type, comment, reference,
    /// answer; remark and evidence are not touched). Creates the report on the first save.
    /// ReportLocked when submitted or accepted; InvalidValue for non-finite numbers;
    /// InvalidSourceType outside 0–9; NotFound for a code the methodology does not have.
    [[nodiscard]] Result<void> saveItem(const ReportKey& key, const ReportItem& item, const QString& reason);
    /// Many lines at once (a spreadsheet import), all or nothing, each like saveItem().
    [[nodiscard]] Result<int> saveItems(const ReportKey& key, const std::vector<ReportItem>& items,
                                        const QString& reason);

    /// The header of a spreadsheet of values (importCsv()).
    static constexpr const char* CsvHeader = "block,indicator,plan,fact,comment,source_type";
    /// A body's values of a year from a spreadsheet: CSV with the header row CsvHeader, numbers with
    /// '.' or ',' as the decimal mark, empty for none, source type 1–9 or empty (the methodology's).
    /// Every bad row is reported (CsvInvalid, one "line N: what" per line of the detail) and nothing
    /// is written unless all rows are valid; then all rows are saved like saveItem(), in one
    /// transaction. A row of a locked report is a bad row.
    [[nodiscard]] Result<int> importCsv(qint64 bodyId, int year, const QString& csv, const QString& reason);

    /// Attaches a file to a line (ReportLocked, EvidenceTooLarge). The same content twice is kept once.
    [[nodiscard]] Result<qint64> addEvidence(const ReportKey& key, const QString& code, const QString& fileName,
                                             const QByteArray& content, const QString& reason);
    [[nodiscard]] Result<void> removeEvidence(qint64 evidenceId, const QString& reason);
    /// The stored content, checked against its hash (EvidenceDamaged).
    [[nodiscard]] Result<QByteArray> evidenceContent(qint64 evidenceId) const;
    [[nodiscard]] Result<EvidenceInfo> evidenceInfo(qint64 evidenceId) const;

    /// Draft → submitted, returned → resubmitted. ReportHasErrors (detail: "G1.1 fact-missing; …")
    /// while checkReport() lists errors; ReportWrongState otherwise; NotFound without a methodology.
    [[nodiscard]] Result<void> submit(const ReportKey& key, const QString& reason);
    /// Submitted or resubmitted → returned, with the reason and remarks per indicator code (the
    /// previous remarks are cleared; answers are kept). ReportWrongState otherwise.
    [[nodiscard]] Result<void> returnForRevision(const ReportKey& key, const QString& returnReason,
                                                 const std::map<QString, QString>& remarks, const QString& reason);
    /// Submitted or resubmitted → accepted.
    [[nodiscard]] Result<void> accept(const ReportKey& key, const QString& reason);
    /// Takes back a submission, return or acceptance (undo only): back to `state` with `revision`.
    [[nodiscard]] Result<void> restoreState(const ReportKey& key, ReportState state, int revision,
                                            const QString& reason);

    /// The report's id, creating the draft row when `create` (inside the caller's transaction).
    [[nodiscard]] Result<qint64> reportId(const ReportKey& key, bool create);
    /// Appends to a report's history (inside the caller's transaction).
    [[nodiscard]] Result<void> addEvent(qint64 reportId, const ReportEvent& event);
    /// A line's comment, source reference and answer, audited field by field (inside the caller's
    /// transaction; no lock is checked: an import and the forms share it).
    [[nodiscard]] Result<void> storeNotes(qint64 reportId, qint64 bodyId, const QString& code, const QString& comment,
                                          const QString& sourceReference, const QString& answer, const QString& reason);
    /// An evidence file of a line, kept once per content (its SHA-256 is checked, not trusted), audited
    /// (inside the caller's transaction; no lock is checked). A null addedAt / empty addedBy: now, this user.
    [[nodiscard]] Result<qint64> storeEvidence(qint64 reportId, qint64 bodyId, const QString& code,
                                               const QString& fileName, const QByteArray& content,
                                               const QDateTime& addedAt, const QString& addedBy, const QString& reason);

private:
    Database& m_db;
    AuditLog& m_audit;
    MethodologyService& m_methodologies;
    ScheduleService& m_schedules;
    const ScoreService& m_scores;
};

} // namespace core
