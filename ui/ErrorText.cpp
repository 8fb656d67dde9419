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
    }
    return {};
}

} // namespace

QString ErrorText::of(const core::Error& error)
{
    return sentence(error.code);
}

} // namespace ui
