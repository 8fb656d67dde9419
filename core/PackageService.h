// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Package.h"
#include "Progress.h"
#include "Reports.h"

#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace core {

class AuditLog;
class Database;
class MethodologyService;
class RegistryService;
class ReportService;
class ScheduleService;

/// A body's public key as registered at the analyst's side when a template is issued.
struct BodyKey
{
    qint64 id = 0;
    qint64 bodyId = 0;
    int year = 0;
    QByteArray publicKey;
    QDateTime registeredAt; ///< UTC
    QDate expiresOn; ///< the last day packages signed with it are accepted
    QDateTime revokedAt; ///< UTC; set when a newer template replaced it
};

/// A template issued to a body.
struct IssuedTemplate
{
    qint64 id = 0;
    QString uuid;
    qint64 bodyId = 0;
    int year = 0;
    std::vector<int> blocks;
    qint64 keyId = 0;
    QDateTime issuedAt; ///< UTC
    QString issuedBy;
};

/// An imported package kept in the history.
struct ImportedPackage
{
    qint64 id = 0;
    PackageKind kind = PackageKind::Report;
    QString uuid;
    qint64 bodyId = 0;
    int year = 0;
    qint64 sequence = 0;
    QDateTime createdAt;
    QString sha256;
    QDateTime importedAt;
    QString importedBy;
    std::optional<qint64> supersededBy;
};

/// What this database is for the workstation it was made as (a body's own database).
struct WorkstationInfo
{
    qint64 bodyId = 0;
    QString bodyCode;
    int year = 0;
    std::vector<int> blocks;
    QString templateId;
    QByteArray publicKey;
    QByteArray issuerKey; ///< the analyst's public key: return packages must be signed with it
    QDateTime issuedAt;
    qint64 exportedSequence = 0;
    qint64 importedSequence = 0;
};

/// One change an import would make (the dry run's preview) or made.
struct PackageChange
{
    enum class Kind {
        ReportState, ///< a block's report: state and revision, old → new
        Value, ///< a line's plan, fact or source type
        Note, ///< a line's comment, source reference or answer
        Evidence, ///< an evidence file added
        Remark, ///< (return package) a remark on a line
    };
    Kind kind = Kind::Value;
    int block = 1;
    QString code; ///< indicator, empty for ReportState
    QString field; ///< "state", "plan", "fact", "source_type", "comment", "source_reference", "answer", file name
    QString oldValue; ///< as text, empty when none
    QString newValue;
};

/// The outcome of checking a package against this database (verify, dry run, import).
struct PackageCheck
{
    PackageHeader header;
    QString sha256;
    QString bodyName; ///< in English, for logs; the UI names the body itself
    qint64 bodyId = 0;
    bool alreadyImported = false; ///< this very file was imported before: importing changes nothing
    std::optional<qint64> supersedes; ///< the imported package it replaces
    std::vector<PackageChange> changes;
    std::vector<int> lateBlocks; ///< blocks first submitted after the schedule's deadline
    std::vector<int> applied; ///< blocks the import changes (a block received already is left as it is)
    QString templateId; ///< the template the package was made from
    std::vector<QString> keptCorrections; ///< "block 2 S.1": facts corrected by re-verification, kept
};

/// Packages between the analyst and the bodies' workstations (docs/package-format.md).
///
/// Analyst's side: issueTemplate() makes a body's key pair, registers its public key and writes
/// the template (signed with this installation's own key); verify() / importReport() read a body's
/// report package: format, version, signature, the signer being the body's registered and unexpired
/// key, the year and blocks of the template, not older than what is imported; the dry run lists
/// the changes; the import is all or nothing, the same file twice changes nothing, a newer one
/// supersedes the older, which stays in the history. returnPackage() writes a return for revision.
///
/// Workstation's side: initWorkstation() makes a new, empty database the body's workstation;
/// exportReport() writes the submitted reports signed with the body's key; importReturn() applies
/// a return package signed by the analyst who issued the template.
class PackageService
{
public:
    PackageService(Database& db, AuditLog& audit, RegistryService& registry, MethodologyService& methodologies,
                   ScheduleService& schedules, ReportService& reports);

    // ---- analyst ----
    /// The template file for a body and year (blocks: the body's scope with a methodology in effect).
    /// A previous key of the body for that year is revoked. IsAWorkstation on a workstation.
    [[nodiscard]] Result<QByteArray> issueTemplate(qint64 bodyId, int year, const QString& reason);
    /// Checks a report package against this database without changing anything; the changes are those
    /// an import would make. Every refusal is an Error (see readPackage() and the codes above).
    [[nodiscard]] Result<PackageCheck> verify(const QByteArray& file) const;
    /// verify(), then applies it in one transaction (unless `dryRun`). An already imported file
    /// returns its check with alreadyImported and changes nothing. `progress` counts the lines
    /// applied; cancelling rolls the whole import back (Cancelled).
    [[nodiscard]] Result<PackageCheck> importReport(const QByteArray& file, bool dryRun, const QString& reason,
                                                    const Progress& progress = {});
    /// Returns a submitted report for revision (ReportService::returnForRevision) and writes the
    /// return package for the body's workstation, in one step.
    [[nodiscard]] Result<QByteArray> returnPackage(const ReportKey& key, const QString& returnReason,
                                                   const std::map<QString, QString>& remarks, const QString& reason);
    [[nodiscard]] Result<std::vector<BodyKey>> bodyKeys(std::optional<qint64> bodyId = {}) const;
    [[nodiscard]] Result<std::vector<IssuedTemplate>> templates(std::optional<int> year = {}) const;
    [[nodiscard]] Result<std::vector<ImportedPackage>> importedPackages(std::optional<int> year = {}) const;
    /// The stored bytes of an imported package.
    [[nodiscard]] Result<QByteArray> importedContent(qint64 id) const;
    /// This installation's own public key (made on first use).
    [[nodiscard]] Result<QByteArray> ownPublicKey();

    // ---- workstation ----
    /// The workstation this database is, if it is one.
    [[nodiscard]] Result<std::optional<WorkstationInfo>> workstation() const;
    /// Makes this new, empty database (no bodies) the workstation of the template's body:
    /// the body, the calendar's year (shipped reference data), the schedule, the methodologies,
    /// last year's values. WorkstationNotEmpty otherwise; PackageWrongKind for another kind.
    [[nodiscard]] Result<WorkstationInfo> initWorkstation(const QByteArray& templateFile, const QString& reason);
    /// The report package of the submitted (or accepted) blocks of the workstation's year, numbered
    /// with the next sequence. NothingSubmitted when none; NotAWorkstation elsewhere.
    [[nodiscard]] Result<QByteArray> exportReport(const QString& reason);
    /// Applies a return package from the analyst (verify it with `dryRun`).
    [[nodiscard]] Result<PackageCheck> importReturn(const QByteArray& file, bool dryRun, const QString& reason);

private:
    /// verify() of a package already read: every check, and what an import would change.
    [[nodiscard]] Result<PackageCheck> check(const Package& pkg, const ReportPayload& payload) const;

    Database& m_db;
    AuditLog& m_audit;
    RegistryService& m_registry;
    MethodologyService& m_methodologies;
    ScheduleService& m_schedules;
    ReportService& m_reports;
};

} // namespace core
