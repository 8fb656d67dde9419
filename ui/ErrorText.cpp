// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"

namespace ui {

namespace {

QString sentence(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) { // no default: -Wswitch catches a code without a text
    case ErrorCode::Database:
        return ErrorText::tr("The database could not carry out the operation.");
    case ErrorCode::CannotOpen:
        return ErrorText::tr("The file cannot be opened or created.");
    case ErrorCode::NotADatabase:
        return ErrorText::tr("This file is not a Bagalau database, or it is damaged. It was not changed.");
    case ErrorCode::DatabaseNewer:
        return ErrorText::tr("This database was written by a newer version of Bagalau. Update the application to "
                             "open it; the file was not changed.");
    case ErrorCode::DatabaseLocked:
        return ErrorText::tr("Another copy of Bagalau is working with this database. Close it first, or open the "
                             "file read-only.");
    case ErrorCode::ReadOnly:
        return ErrorText::tr("The database is open read-only, so nothing can be changed.");
    case ErrorCode::NeedsUpgrade:
        return ErrorText::tr("This database was made by an older version and must be upgraded, which is not "
                             "possible while it is open read-only.");
    case ErrorCode::MigrationFailed:
        return ErrorText::tr("The database could not be upgraded to this version. Nothing was changed.");
    case ErrorCode::BackupFailed:
        return ErrorText::tr("The backup copy could not be written.");
    case ErrorCode::ReferenceData:
        return ErrorText::tr("The reference data could not be read. Nothing was loaded.");
    case ErrorCode::NotFound:
        return ErrorText::tr("The record no longer exists.");
    case ErrorCode::InvalidCode:
        return ErrorText::tr("A code has 2 to 16 characters: capital Latin letters, digits, '-' or '_', starting "
                             "with a letter.");
    case ErrorCode::DuplicateCode:
        return ErrorText::tr("Another body already has this code.");
    case ErrorCode::EmptyName:
        return ErrorText::tr("Enter the short and the full name in Kazakh, Russian and English.");
    case ErrorCode::InvalidDate:
        return ErrorText::tr("Enter a valid date.");
    case ErrorCode::InvalidDateRange:
        return ErrorText::tr("The end of the period is before its beginning.");
    case ErrorCode::EmptyScope:
        return ErrorText::tr("An evaluated body must be evaluated on at least one block or on results.");
    case ErrorCode::InvalidParent:
        return ErrorText::tr("A body cannot be a part of itself, directly or through another body.");
    case ErrorCode::NameOutsideValidity:
        return ErrorText::tr("A name must take effect while the body exists.");
    case ErrorCode::DuplicateNameStart:
        return ErrorText::tr("The body already has a name that takes effect on this day.");
    case ErrorCode::LastName:
        return ErrorText::tr("The first name of a body cannot be removed.");
    case ErrorCode::BodyInUse:
        return ErrorText::tr("The body is referred to by roles, reorganizations or lists; retire it instead.");
    case ErrorCode::NoPredecessor:
        return ErrorText::tr("Choose at least one body that is reorganized.");
    case ErrorCode::NoSuccessor:
        return ErrorText::tr("Choose at least one successor (only a liquidation has none).");
    case ErrorCode::RenameNeedsOneToOne:
        return ErrorText::tr("A renaming has exactly one body before and one after.");
    case ErrorCode::BodyOnBothSides:
        return ErrorText::tr("A body cannot be its own successor, except in a renaming.");
    case ErrorCode::BodyNotValidOnDate:
        return ErrorText::tr("A chosen body does not exist on this date.");
    case ErrorCode::InvalidYear:
        return ErrorText::tr("The year is outside the supported range.");
    case ErrorCode::RoleOverlap:
        return ErrorText::tr("Another body plays this role during part of that period; end its period first.");
    case ErrorCode::DuplicateDate:
        return ErrorText::tr("The calendar already has a day off or a transfer on this date.");
    case ErrorCode::TransferDayOffNotWorking:
        return ErrorText::tr("The day to give off is not a working day.");
    case ErrorCode::TransferWorkdayNotOff:
        return ErrorText::tr("The day to work on is already a working day: choose a weekend day or a day off.");
    case ErrorCode::InvalidTerm:
        return ErrorText::tr("A term is a number of days from 0 to 365.");
    case ErrorCode::CsvInvalid:
        return ErrorText::tr("The CSV file has a row that cannot be read; nothing was imported.");
    case ErrorCode::ScheduleOrder:
        return ErrorText::tr("The schedule's deadlines must follow the order of §10, each after the one before.");
    case ErrorCode::ScheduleOutOfWindow:
        return ErrorText::tr("A date is outside the evaluation: deadlines fall in the year after the evaluated "
                             "one, the approval in the evaluated year or the next.");
    case ErrorCode::NotEvaluatedBody:
        return ErrorText::tr("This body only evaluates others; mark it as an evaluated body first.");
    case ErrorCode::InvalidBlock:
        return ErrorText::tr("There are three blocks: 1, 2 and 3.");
    case ErrorCode::InvalidWeight:
        return ErrorText::tr("A weight is a number from 0 to 100.");
    case ErrorCode::InvalidSourceType:
        return ErrorText::tr("The source type is one of the nine kinds of §7; type 7 (independent experts, public "
                             "councils) is not allowed in the goals block.");
    case ErrorCode::InvalidFormula:
        return ErrorText::tr("The formula cannot be read. It may use fact, plan, numbers, + - * / ^, "
                             "parentheses and functions such as min, max, abs.");
    case ErrorCode::InvalidScale:
        return ErrorText::tr("The scoring settings are not valid: a scale needs at least one step, and the cap is "
                             "at least 1.");
    case ErrorCode::InvalidValue:
        return ErrorText::tr("A plan or a fact must be a number.");
    case ErrorCode::MethodologyFrozen:
        return ErrorText::tr("This methodology is approved and in use, so it is frozen. Make a new version to "
                             "change it.");
    case ErrorCode::MethodologyProblems:
        return ErrorText::tr("The methodology cannot be approved while the §20 checks list errors.");
    case ErrorCode::MethodologyExists:
        return ErrorText::tr("That year already has a methodology for this block.");
    case ErrorCode::InvalidRatingBands:
        return ErrorText::tr("Rating bands need distinct codes and starting scores from 0 to 100.");
    case ErrorCode::ReportLocked:
        return ErrorText::tr(
            "This report has been submitted and is locked. It can be changed only after it is returned for revision.");
    case ErrorCode::ReportHasErrors:
        return ErrorText::tr("This report still has errors. Correct them before submitting.");
    case ErrorCode::ReportWrongState:
        return ErrorText::tr("This step is not possible in the report's current state.");
    case ErrorCode::EvidenceTooLarge:
        return ErrorText::tr("The file is too large to attach as evidence (the limit is 20 MB).");
    case ErrorCode::EvidenceDamaged:
        return ErrorText::tr("The stored evidence file does not match its recorded hash: it is damaged.");
    case ErrorCode::FileUnreadable:
        return ErrorText::tr("The file cannot be read or written.");
    case ErrorCode::NotAPackage:
        return ErrorText::tr("This file is not a Bagalau package.");
    case ErrorCode::PackageTruncated:
        return ErrorText::tr("The package is incomplete: the file was cut off while it was copied or sent.");
    case ErrorCode::PackageDamaged:
        return ErrorText::tr("The package is damaged: its contents cannot be read.");
    case ErrorCode::PackageTampered:
        return ErrorText::tr("The package was changed after it was signed: its signature does not match its contents.");
    case ErrorCode::PackageNewerFormat:
        return ErrorText::tr("The package was made by a newer version of Bagalau. Update Bagalau to read it.");
    case ErrorCode::PackageWrongKind:
        return ErrorText::tr("This is a different kind of package from the one expected here.");
    case ErrorCode::PackageWrongSigner:
        return ErrorText::tr("The package is not signed by the body it claims to come from.");
    case ErrorCode::PackageKeyExpired:
        return ErrorText::tr(
            "The package is signed with a key that has expired or was replaced when a newer template was issued.");
    case ErrorCode::PackageNoTemplate:
        return ErrorText::tr("No template was issued to this body for this year, so its packages cannot be accepted.");
    case ErrorCode::PackageMismatch:
        return ErrorText::tr("The package's year or blocks do not match the template issued to the body.");
    case ErrorCode::PackageOlder:
        return ErrorText::tr(
            "A newer package from this body has already been imported; an older one cannot replace it.");
    case ErrorCode::PackageConflict:
        return ErrorText::tr("A different package with the same number from this body has already been imported.");
    case ErrorCode::NotAWorkstation:
        return ErrorText::tr("This works only on an evaluated body's workstation.");
    case ErrorCode::IsAWorkstation:
        return ErrorText::tr("This is not available on an evaluated body's workstation.");
    case ErrorCode::WorkstationNotEmpty:
        return ErrorText::tr("A workstation can be made only in a new, empty database.");
    case ErrorCode::NothingSubmitted:
        return ErrorText::tr("No report has been submitted yet, so there is nothing to export.");
    case ErrorCode::InvalidRecheckCriteria:
        return ErrorText::tr("A re-verification criterion has a value out of range.");
    case ErrorCode::CryptoFailed:
        return ErrorText::tr("The signature library failed; nothing was signed or verified.");
    case ErrorCode::ConclusionExists:
        return ErrorText::tr("This body already has a conclusion for that block and year.");
    case ErrorCode::ConclusionOutOfScope:
        return ErrorText::tr("This body is not evaluated on that block in that year.");
    case ErrorCode::EvaluatedWithinSuccessor:
        return ErrorText::tr("This body was reorganized in the first half of the evaluated year: it is evaluated "
                             "within its legal successor (§53).");
    case ErrorCode::ConclusionNotIssued:
        return ErrorText::tr("The conclusion has not been issued yet.");
    case ErrorCode::ConclusionNotReceived:
        return ErrorText::tr("The evaluated body has not received the conclusion yet, so no appeal term runs.");
    case ErrorCode::InvalidReceipt:
        return ErrorText::tr("A conclusion cannot be received before it was sent, or sent before it was issued.");
    case ErrorCode::AppealLate:
        return ErrorText::tr(
            "The objection was filed after the last day of the term (§57, §62) and is not considered.");
    case ErrorCode::AppealTooEarly:
        return ErrorText::tr("The objection is dated before the conclusion was received.");
    case ErrorCode::AppealNoDocuments:
        return ErrorText::tr("An objection without supporting documents is not considered (§58).");
    case ErrorCode::AppealNoItems:
        return ErrorText::tr("An objection must name at least one indicator with the body's argument.");
    case ErrorCode::AppealExists:
        return ErrorText::tr("This conclusion already has an objection; add to it instead.");
    case ErrorCode::AppealDecided:
        return ErrorText::tr("The appeal has been decided; the decision is final (§60).");
    case ErrorCode::NoSpecialCommission:
        return ErrorText::tr("The authorized body has no special commission for this year (§59).");
    case ErrorCode::CommissionConflict:
        return ErrorText::tr("Staff who took part in the evaluation cannot sit on the special commission (§59).");
    case ErrorCode::CommissionNeedsWorkingBody:
        return ErrorText::tr("A special commission includes a representative of the Commission's working body (§59).");
    case ErrorCode::SpecialCommissionForPa:
        return ErrorText::tr("The Presidential Administration does not form a special commission (§59).");
    case ErrorCode::UnknownIndicator:
        return ErrorText::tr("The indicator is not one of this conclusion's indicators.");
    case ErrorCode::NoApprovedMethodology:
        return ErrorText::tr(
            "The block has no approved methodology for that year, so no conclusion can be issued (§19).");
    case ErrorCode::ExportFolderNotEmpty:
        return ErrorText::tr("The folder holds other files than an earlier export; choose an empty folder.");
    case ErrorCode::ConclusionsNotFinal:
        return ErrorText::tr("Not every block's conclusion has passed the appeal procedure (§48).");
    case ErrorCode::Cancelled:
        return ErrorText::tr("Cancelled. Nothing was changed.");
    case ErrorCode::DatabaseNotEmpty:
        return ErrorText::tr("The database already holds data; generate into a new file.");
    }
    return {};
}

} // namespace

QString ErrorText::of(const core::Error& error)
{
    return sentence(error.code);
}

} // namespace ui
