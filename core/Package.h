// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Methodology.h"
#include "Registry.h"
#include "ScheduleService.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace core {

/// The packages exchanged between the state planning body's analyst and an evaluated body's
/// workstation (docs/package-format.md): a template for the body, the body's report, and the
/// analyst's return for revision. Each is one file, signed with Ed25519.
///
/// This file reads and writes them. It trusts nothing: readPackage() refuses anything that is not
/// a whole, well-formed package of a format it knows, signed by the key its header names, and the
/// payload readers refuse every field of the wrong type or out of range. Whether that key is the
/// right one (the body's, not expired) is for the PackageService to decide.
inline constexpr int PackageFormatVersion = 1;

enum class PackageKind {
    Template, ///< analyst → body: what the body needs to report offline
    Report, ///< body → analyst: the submitted reports
    Return, ///< analyst → body: a report returned for revision, with remarks
};
[[nodiscard]] QString toString(PackageKind kind); // "template", "report", "return"
[[nodiscard]] std::optional<PackageKind> parsePackageKind(const QString& text);

/// What every package says about itself, signed with the payload.
struct PackageHeader
{
    int format = PackageFormatVersion;
    PackageKind kind = PackageKind::Report;
    QString id; ///< a UUID of this package, without braces
    QString body; ///< the code of the evaluated body it concerns
    int year = 0; ///< the evaluated year
    std::vector<int> blocks; ///< ascending, 1–3
    qint64 sequence = 0; ///< report: the workstation's export number (1, 2, …); return: the analyst's
    QDateTime created; ///< UTC, whole seconds
    QByteArray signerKey; ///< the Ed25519 public key the package is signed with (32 bytes)
    QString producer; ///< "Bagalau 0.5.0"
    friend bool operator==(const PackageHeader&, const PackageHeader&) = default;
};

/// A package as read: the header, the payload (a JSON object) and what was signed.
struct Package
{
    PackageHeader header;
    QJsonObject payload;
    QByteArray sha256; ///< of the whole file, lowercase hex: the package's identity in history
};

/// A package file: header and payload, signed with `secretKey` (whose public key goes into the
/// header's signerKey, overwriting what is there). Deterministic for the same input.
[[nodiscard]] Result<QByteArray> writePackage(PackageHeader header, const QJsonObject& payload,
                                              const QByteArray& secretKey);
/// Reads and verifies a package file. Refusals, checked in this order:
/// NotAPackage (no magic), PackageNewerFormat (format > PackageFormatVersion), PackageDamaged
/// (unreadable header, bad field, trailing bytes; detail says where), PackageTruncated (shorter
/// than the header declares), PackageTampered (the signature does not verify).
[[nodiscard]] Result<Package> readPackage(const QByteArray& bytes);

// ---- payloads -----------------------------------------------------------------------------------

/// An evidence file attached to a value.
struct EvidenceFile
{
    QString fileName; ///< the name only, no folders
    QString sha256; ///< lowercase hex of content
    QByteArray content;
    QDateTime addedAt; ///< UTC
    QString addedBy;
    friend bool operator==(const EvidenceFile&, const EvidenceFile&) = default;
};

/// One indicator's line of a report.
struct ReportLine
{
    QString code;
    std::optional<double> plan;
    std::optional<double> fact;
    int sourceType = 0; ///< §7, 0 not set
    QString comment;
    QString sourceReference; ///< the document, register or statistic the fact comes from
    QString remark; ///< the analyst's remark when the report was returned
    QString answer; ///< the body's answer to the remark
    std::vector<EvidenceFile> evidence;
    friend bool operator==(const ReportLine&, const ReportLine&) = default;
};

/// A step of a report's history.
struct ReportEventData
{
    QDateTime at; ///< UTC
    QString user;
    QString action; ///< "created", "submitted", "returned", "resubmitted", "accepted", "imported", "recalled"
    int revision = 0;
    QString note;
    friend bool operator==(const ReportEventData&, const ReportEventData&) = default;
};

/// One block's report as it travels.
struct ReportData
{
    int block = 1;
    QString state; ///< "draft", "submitted", "returned", "resubmitted", "accepted"
    int revision = 0;
    QDateTime firstSubmittedAt; ///< UTC, null when never
    QDateTime submittedAt; ///< UTC, null when never
    QString returnReason;
    std::vector<ReportLine> lines;
    std::vector<ReportEventData> history;
    friend bool operator==(const ReportData&, const ReportData&) = default;
};

/// Report package (body → analyst): the submitted reports of the header's blocks.
struct ReportPayload
{
    QString templateId; ///< the template the workstation was made from
    std::vector<ReportData> reports;
    friend bool operator==(const ReportPayload&, const ReportPayload&) = default;
};

/// Return package (analyst → body): one block's report returned for revision.
struct ReturnPayload
{
    QString templateId;
    int block = 1;
    int revision = 0; ///< the revision that was returned
    QString reason;
    std::vector<std::pair<QString, QString>> remarks; ///< indicator code → remark
    QDateTime returnedAt; ///< UTC
    QString returnedBy;
    friend bool operator==(const ReturnPayload&, const ReturnPayload&) = default;
};

/// Last year's value of an indicator, for reference in the forms.
struct ReferenceValue
{
    int block = 1;
    QString code;
    std::optional<double> plan;
    std::optional<double> fact;
    friend bool operator==(const ReferenceValue&, const ReferenceValue&) = default;
};

/// Template package (analyst → body): everything the body's workstation needs.
struct TemplatePayload
{
    Body body; ///< the registry entry (ids are not carried: 0; parentId empty)
    Schedule schedule; ///< the year's schedule, for the reporting deadline (§41)
    std::vector<Methodology> methodologies; ///< in effect, one per block of the header (ids 0, owners empty)
    std::vector<ReferenceValue> lastYear; ///< the body's values of the year before
    QByteArray secretKey; ///< the body's Ed25519 secret key (64 bytes): whoever holds the file can sign as the body
    QString issuedBy; ///< the analyst's name
    friend bool operator==(const TemplatePayload&, const TemplatePayload&) = default;
};

[[nodiscard]] QJsonObject toJson(const ReportPayload& payload);
[[nodiscard]] QJsonObject toJson(const ReturnPayload& payload);
[[nodiscard]] QJsonObject toJson(const TemplatePayload& payload);
/// Strict readers: every missing field, wrong type, value out of range (block, source type, state,
/// non-finite number, evidence whose content does not match its hash, file names with folders)
/// is PackageDamaged with the field's path in the detail, e.g. "reports[0].lines[3].fact".
[[nodiscard]] Result<ReportPayload> reportPayload(const QJsonObject& payload);
[[nodiscard]] Result<ReturnPayload> returnPayload(const QJsonObject& payload);
[[nodiscard]] Result<TemplatePayload> templatePayload(const QJsonObject& payload);

/// Lowercase hex SHA-256 of `data`.
[[nodiscard]] QString sha256Hex(const QByteArray& data);

} // namespace core
