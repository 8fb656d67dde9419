// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace core {

/// What went wrong, as a code the UI turns into a translated sentence (ui/ErrorText.cpp).
/// Core never returns translated text: `detail` is untranslated, for logs and "Details…".
enum class ErrorCode {
    Database, ///< an SQL statement failed
    CannotOpen, ///< the file cannot be opened or created
    NotADatabase, ///< the file is not an SQLite database (or is damaged)
    DatabaseNewer, ///< the file was written by a newer Bagalau; it is left untouched
    DatabaseLocked, ///< another copy of Bagalau is writing to this file
    ReadOnly, ///< the database is open read-only; nothing can be changed
    NeedsUpgrade, ///< an older file cannot be upgraded while open read-only
    MigrationFailed, ///< a schema upgrade failed and was rolled back
    BackupFailed, ///< a backup copy could not be written
    ReferenceData, ///< the shipped reference data cannot be read
    NotFound, ///< the record does not exist (any more)
    InvalidCode, ///< a body code is not 2–16 capital letters, digits, '-' or '_'
    DuplicateCode, ///< another body already has this code
    EmptyName, ///< a name is missing in one of the three languages
    InvalidDate, ///< a date is missing or not a valid date
    InvalidDateRange, ///< a period ends before it begins
    EmptyScope, ///< an evaluated body is evaluated on nothing
    InvalidParent, ///< a body cannot be part of itself
    NameOutsideValidity, ///< a name starts outside the body's validity period
    DuplicateNameStart, ///< two names of one body start on the same day
    LastName, ///< the only name of a body cannot be removed
    BodyInUse, ///< the body is referenced by other records
    NoPredecessor, ///< a reorganization needs at least one predecessor
    NoSuccessor, ///< a reorganization (other than liquidation) needs a successor
    RenameNeedsOneToOne, ///< a rename has exactly one predecessor and one successor
    BodyOnBothSides, ///< a body cannot be its own successor (except a rename)
    BodyNotValidOnDate, ///< a body does not exist on the date given
    InvalidYear, ///< an evaluation year outside the supported range
    NotEvaluatedBody, ///< the body only evaluates others; it cannot be on a list of evaluated bodies
    RoleOverlap, ///< another body plays the same §13 role in part of that period
    DuplicateDate, ///< the calendar already has a day off or a transfer on this date
    TransferDayOffNotWorking, ///< a transfer's day off is already a non-working day
    TransferWorkdayNotOff, ///< a transfer's working day is already a working day
    InvalidTerm, ///< a term of days is negative or too long
    CsvInvalid, ///< a CSV file has a bad row; detail: "line N: what"
    ScheduleOrder, ///< the schedule's stages are not in the order of §10
    ScheduleOutOfWindow, ///< a schedule date is outside the years of its evaluation
    InvalidBlock, ///< a block number other than 1–3
    InvalidWeight, ///< a weight is negative or above 100
    InvalidSourceType, ///< a §7 source type other than 1–9, or type 7 in the goals block
    InvalidFormula, ///< muparser cannot read a formula; detail: its message
    InvalidScale, ///< a scale needs steps, a cap is at least 1, thresholds are numbers
    InvalidValue, ///< a plan or fact is not a finite number
    MethodologyFrozen, ///< an approved methodology is in use: changes make a new version
    MethodologyProblems, ///< a methodology cannot be approved while §20 checks show errors
    MethodologyExists, ///< the year already has a methodology for this block
    InvalidRatingBands, ///< rating bands need distinct codes and starting scores within 0–100
    ReportLocked, ///< a submitted or accepted report is locked: it is returned for revision to be changed
    ReportHasErrors, ///< a report with errors cannot be submitted; detail: the first problems
    ReportWrongState, ///< the report's state does not allow this step; detail: the state
    EvidenceTooLarge, ///< an evidence file is larger than the limit
    EvidenceDamaged, ///< a stored evidence file no longer matches its hash
    FileUnreadable, ///< a file cannot be read or written; detail: the path and the reason
    NotAPackage, ///< the file is not a Bagalau package
    PackageTruncated, ///< the package ends before its declared length: it was cut off
    PackageDamaged, ///< the package's structure cannot be read; detail: where
    PackageTampered, ///< the signature does not match the content: it was changed after signing
    PackageNewerFormat, ///< the package was written in a newer format than this Bagalau reads
    PackageWrongKind, ///< a template where a report is expected, or the other way round
    PackageWrongSigner, ///< the package is signed by a key that is not the body's; detail: whose
    PackageKeyExpired, ///< the signing key has expired or was replaced by a newer template
    PackageNoTemplate, ///< no template was issued to that body for that year
    PackageMismatch, ///< the year or blocks differ from the template; detail: what
    PackageOlder, ///< a newer package of the body is already imported
    PackageConflict, ///< another package with the same number is already imported
    NotAWorkstation, ///< the command needs a body's workstation database
    IsAWorkstation, ///< the command is not available on a body's workstation
    WorkstationNotEmpty, ///< a workstation is made only in a new, empty database
    NothingSubmitted, ///< no report has been submitted, so there is nothing to export
    InvalidRecheckCriteria, ///< a re-verification criterion's parameter is out of range
    CryptoFailed, ///< the cryptographic library could not be initialised or failed
    ConclusionExists, ///< the body already has a conclusion for that block (part) and year
    ConclusionOutOfScope, ///< the body is not evaluated on that block in that year
    EvaluatedWithinSuccessor, ///< §53: the body is evaluated within its legal successor; detail: the successor
    ConclusionNotIssued, ///< the conclusion has no issued version yet
    ConclusionNotReceived, ///< the body has not received the conclusion, so no appeal term runs
    InvalidReceipt, ///< a conclusion is received before it was sent, or sent before it was issued
    AppealLate, ///< filed after the last day of the term; detail: "filed DATE, last day DATE"
    AppealTooEarly, ///< filed before the conclusion was received (or before the appeal procedure ended)
    AppealNoDocuments, ///< §58: an objection without supporting documents is not considered
    AppealNoItems, ///< an objection names no indicator with the body's argument
    AppealExists, ///< the conclusion already has an objection (or the complaint already exists)
    AppealDecided, ///< the appeal has been decided; the decision is final (§60)
    NoSpecialCommission, ///< the authorized body has no special commission for that year (§59)
    CommissionConflict, ///< §59: a member took part in the evaluation; detail: the names
    CommissionNeedsWorkingBody, ///< §59: a representative of the Commission's working body must sit on it
    SpecialCommissionForPa, ///< §59: the Presidential Administration forms no special commission
    UnknownIndicator, ///< the indicator is not one of the conclusion's (or methodology's); detail: the code
    NoApprovedMethodology, ///< §19: the block has no approved methodology for that year; detail: year and block
    ExportFolderNotEmpty, ///< the export folder holds other files than an earlier export; detail: the folder
    ConclusionsNotFinal, ///< §48: not every block's conclusion has passed the appeal procedure; detail: which
    Cancelled, ///< the user stopped a long operation; nothing was changed
    DatabaseNotEmpty, ///< the operation needs a new, empty database (generating data); detail: the file
};

struct Error
{
    ErrorCode code;
    QString detail; ///< untranslated: SQL text, a value, a file name
    friend bool operator==(const Error&, const Error&) = default;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected(Error{code, std::move(detail)});
}

} // namespace core
