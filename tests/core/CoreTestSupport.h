// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the core tests: raw SQLite connections, and the contents of a database as text,
// to show that a refused change wrote nothing.
#pragma once

#include "core/Calendar.h"
#include "core/Database.h"
#include "core/Error.h"
#include "core/Registry.h"
#include "core/ScheduleService.h"
#include "core/Text3.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

#include <optional>
#include <stdexcept>

namespace Catch {
template <>
struct StringMaker<core::ErrorCode>
{
    static std::string convert(core::ErrorCode code)
    {
        switch (code) {
        case core::ErrorCode::Database:
            return "Database";
        case core::ErrorCode::CannotOpen:
            return "CannotOpen";
        case core::ErrorCode::NotADatabase:
            return "NotADatabase";
        case core::ErrorCode::DatabaseNewer:
            return "DatabaseNewer";
        case core::ErrorCode::DatabaseLocked:
            return "DatabaseLocked";
        case core::ErrorCode::ReadOnly:
            return "ReadOnly";
        case core::ErrorCode::NeedsUpgrade:
            return "NeedsUpgrade";
        case core::ErrorCode::MigrationFailed:
            return "MigrationFailed";
        case core::ErrorCode::BackupFailed:
            return "BackupFailed";
        case core::ErrorCode::ReferenceData:
            return "ReferenceData";
        case core::ErrorCode::NotFound:
            return "NotFound";
        case core::ErrorCode::InvalidCode:
            return "InvalidCode";
        case core::ErrorCode::DuplicateCode:
            return "DuplicateCode";
        case core::ErrorCode::EmptyName:
            return "EmptyName";
        case core::ErrorCode::InvalidDate:
            return "InvalidDate";
        case core::ErrorCode::InvalidDateRange:
            return "InvalidDateRange";
        case core::ErrorCode::EmptyScope:
            return "EmptyScope";
        case core::ErrorCode::InvalidParent:
            return "InvalidParent";
        case core::ErrorCode::NameOutsideValidity:
            return "NameOutsideValidity";
        case core::ErrorCode::DuplicateNameStart:
            return "DuplicateNameStart";
        case core::ErrorCode::LastName:
            return "LastName";
        case core::ErrorCode::BodyInUse:
            return "BodyInUse";
        case core::ErrorCode::NoPredecessor:
            return "NoPredecessor";
        case core::ErrorCode::NoSuccessor:
            return "NoSuccessor";
        case core::ErrorCode::RenameNeedsOneToOne:
            return "RenameNeedsOneToOne";
        case core::ErrorCode::BodyOnBothSides:
            return "BodyOnBothSides";
        case core::ErrorCode::BodyNotValidOnDate:
            return "BodyNotValidOnDate";
        case core::ErrorCode::InvalidYear:
            return "InvalidYear";
        case core::ErrorCode::NotEvaluatedBody:
            return "NotEvaluatedBody";
        case core::ErrorCode::RoleOverlap:
            return "RoleOverlap";
        case core::ErrorCode::DuplicateDate:
            return "DuplicateDate";
        case core::ErrorCode::TransferDayOffNotWorking:
            return "TransferDayOffNotWorking";
        case core::ErrorCode::TransferWorkdayNotOff:
            return "TransferWorkdayNotOff";
        case core::ErrorCode::InvalidTerm:
            return "InvalidTerm";
        case core::ErrorCode::CsvInvalid:
            return "CsvInvalid";
        case core::ErrorCode::ScheduleOrder:
            return "ScheduleOrder";
        case core::ErrorCode::ScheduleOutOfWindow:
            return "ScheduleOutOfWindow";
        case core::ErrorCode::InvalidBlock:
            return "InvalidBlock";
        case core::ErrorCode::InvalidWeight:
            return "InvalidWeight";
        case core::ErrorCode::InvalidSourceType:
            return "InvalidSourceType";
        case core::ErrorCode::InvalidFormula:
            return "InvalidFormula";
        case core::ErrorCode::InvalidScale:
            return "InvalidScale";
        case core::ErrorCode::InvalidValue:
            return "InvalidValue";
        case core::ErrorCode::MethodologyFrozen:
            return "MethodologyFrozen";
        case core::ErrorCode::MethodologyProblems:
            return "MethodologyProblems";
        case core::ErrorCode::MethodologyExists:
            return "MethodologyExists";
        case core::ErrorCode::InvalidRatingBands:
            return "InvalidRatingBands";
        case core::ErrorCode::ReportLocked:
            return "ReportLocked";
        case core::ErrorCode::ReportHasErrors:
            return "ReportHasErrors";
        case core::ErrorCode::ReportWrongState:
            return "ReportWrongState";
        case core::ErrorCode::EvidenceTooLarge:
            return "EvidenceTooLarge";
        case core::ErrorCode::EvidenceDamaged:
            return "EvidenceDamaged";
        case core::ErrorCode::FileUnreadable:
            return "FileUnreadable";
        case core::ErrorCode::NotAPackage:
            return "NotAPackage";
        case core::ErrorCode::PackageTruncated:
            return "PackageTruncated";
        case core::ErrorCode::PackageDamaged:
            return "PackageDamaged";
        case core::ErrorCode::PackageTampered:
            return "PackageTampered";
        case core::ErrorCode::PackageNewerFormat:
            return "PackageNewerFormat";
        case core::ErrorCode::PackageWrongKind:
            return "PackageWrongKind";
        case core::ErrorCode::PackageWrongSigner:
            return "PackageWrongSigner";
        case core::ErrorCode::PackageKeyExpired:
            return "PackageKeyExpired";
        case core::ErrorCode::PackageNoTemplate:
            return "PackageNoTemplate";
        case core::ErrorCode::PackageMismatch:
            return "PackageMismatch";
        case core::ErrorCode::PackageOlder:
            return "PackageOlder";
        case core::ErrorCode::PackageConflict:
            return "PackageConflict";
        case core::ErrorCode::NotAWorkstation:
            return "NotAWorkstation";
        case core::ErrorCode::IsAWorkstation:
            return "IsAWorkstation";
        case core::ErrorCode::WorkstationNotEmpty:
            return "WorkstationNotEmpty";
        case core::ErrorCode::NothingSubmitted:
            return "NothingSubmitted";
        case core::ErrorCode::InvalidRecheckCriteria:
            return "InvalidRecheckCriteria";
        case core::ErrorCode::CryptoFailed:
            return "CryptoFailed";
        case core::ErrorCode::ConclusionExists:
            return "ConclusionExists";
        case core::ErrorCode::ConclusionOutOfScope:
            return "ConclusionOutOfScope";
        case core::ErrorCode::EvaluatedWithinSuccessor:
            return "EvaluatedWithinSuccessor";
        case core::ErrorCode::ConclusionNotIssued:
            return "ConclusionNotIssued";
        case core::ErrorCode::ConclusionNotReceived:
            return "ConclusionNotReceived";
        case core::ErrorCode::InvalidReceipt:
            return "InvalidReceipt";
        case core::ErrorCode::AppealLate:
            return "AppealLate";
        case core::ErrorCode::AppealTooEarly:
            return "AppealTooEarly";
        case core::ErrorCode::AppealNoDocuments:
            return "AppealNoDocuments";
        case core::ErrorCode::AppealNoItems:
            return "AppealNoItems";
        case core::ErrorCode::AppealExists:
            return "AppealExists";
        case core::ErrorCode::AppealDecided:
            return "AppealDecided";
        case core::ErrorCode::NoSpecialCommission:
            return "NoSpecialCommission";
        case core::ErrorCode::CommissionConflict:
            return "CommissionConflict";
        case core::ErrorCode::CommissionNeedsWorkingBody:
            return "CommissionNeedsWorkingBody";
        case core::ErrorCode::SpecialCommissionForPa:
            return "SpecialCommissionForPa";
        case core::ErrorCode::UnknownIndicator:
            return "UnknownIndicator";
        case core::ErrorCode::NoApprovedMethodology:
            return "NoApprovedMethodology";
        case core::ErrorCode::ExportFolderNotEmpty:
            return "ExportFolderNotEmpty";
        case core::ErrorCode::ConclusionsNotFinal:
            return "ConclusionsNotFinal";
        case core::ErrorCode::Cancelled:
            return "Cancelled";
        case core::ErrorCode::DatabaseNotEmpty:
            return "DatabaseNotEmpty";
        default:
            return "ErrorCode(" + std::to_string(static_cast<int>(code)) + ")";
        }
    }
};

template <>
struct StringMaker<core::DayKind>
{
    static std::string convert(core::DayKind kind) { return core::toString(kind).toStdString(); }
};

template <>
struct StringMaker<core::ScheduleWarning::Kind>
{
    static std::string convert(core::ScheduleWarning::Kind kind)
    {
        switch (kind) {
        case core::ScheduleWarning::Kind::ApprovedLate:
            return "ApprovedLate";
        case core::ScheduleWarning::Kind::NotApproved:
            return "NotApproved";
        case core::ScheduleWarning::Kind::OnDayOff:
            return "OnDayOff";
        case core::ScheduleWarning::Kind::ResultsEvaluationLate:
            return "ResultsEvaluationLate";
        }
        return "ScheduleWarning::Kind(" + std::to_string(static_cast<int>(kind)) + ")";
    }
};

template <>
struct StringMaker<core::Text3>
{
    static std::string convert(const core::Text3& t)
    {
        return "{kk: " + t.kk.toStdString() + ", ru: " + t.ru.toStdString() + ", en: " + t.en.toStdString() + "}";
    }
};

template <>
struct StringMaker<std::optional<QString>>
{
    static std::string convert(const std::optional<QString>& value)
    {
        return value ? '"' + value->toStdString() + '"' : std::string("(null)");
    }
};
} // namespace Catch

namespace test {

/// A plain QSQLITE connection to a file, outside core::Database: no lock, no pragmas, no migration.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-test-%1").arg(nextId()))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            throw std::runtime_error("cannot open " + path.toStdString() + ": " + db.lastError().text().toStdString());
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    /// Runs one statement; a failure throws, so that a broken fixture fails the test loudly.
    void exec(const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw std::runtime_error(q.lastError().text().toStdString() + " — " + sql.toStdString());
    }

    QSqlDatabase db;

private:
    static int nextId()
    {
        static int n = 0;
        return ++n;
    }
    QString m_name;
};

/// PRAGMA user_version, or -1 when it cannot be read.
inline int userVersionOf(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// The user tables of a database, by name.
inline QStringList tableNames(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

/// The columns of a table, in order.
inline QStringList columnsOf(QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

/// Every row of `table` (only `columns`, when given) in rowid order, one string per row;
/// NULL is told apart from the text "NULL".
inline QStringList tableRows(QSqlDatabase& db, const QString& table, QStringList columns = {})
{
    if (columns.isEmpty())
        columns = columnsOf(db, table);
    QStringList quoted;
    for (const QString& c : columns)
        quoted << u'"' + c + u'"';
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY rowid").arg(quoted.join(u", "), table)))
        throw std::runtime_error(q.lastError().text().toStdString());
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            fields << (v.isNull() ? QStringLiteral("<null>") : u'\'' + v.toString() + u'\'');
        }
        rows << fields.join(u'|');
    }
    return rows;
}

/// One line per table, "name: N rows, <digest of the rows>": equal exactly when no row was
/// added, removed or changed in any table (the audit trail included).
inline QStringList databaseState(QSqlDatabase& db)
{
    QStringList state;
    for (const QString& table : tableNames(db)) {
        const QStringList rows = tableRows(db, table);
        const QByteArray digest = QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex();
        state << QStringLiteral("%1: %2 rows, %3").arg(table).arg(rows.size()).arg(QString::fromLatin1(digest));
    }
    return state;
}

inline QStringList databaseState(core::Database& db)
{
    return databaseState(db.connection());
}

/// Rows in one table.
inline qint64 rowCount(core::Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next())
        throw std::runtime_error(q.lastError().text().toStdString());
    return q.value(0).toLongLong();
}

/// The error code of a result that must be a failure: CHECK(errorOf(r) == ErrorCode::X).
template <typename T>
core::ErrorCode errorOf(const core::Result<T>& result)
{
    if (result.has_value())
        FAIL_CHECK("expected a failure, but it succeeded");
    REQUIRE_FALSE(result.has_value());
    return result.error().code;
}

/// An evaluated central body on every block and on results.
inline core::BodyFields evaluatedCentral()
{
    core::BodyFields f;
    f.kind = core::BodyKind::Central;
    f.evaluated = true;
    f.scope.block1 = true;
    f.scope.block2 = true;
    f.scope.block3 = true;
    f.scope.results = true;
    return f;
}

/// A complete trilingual name for a new test body.
inline core::BodyName newName(QDate validFrom = {})
{
    using namespace Qt::StringLiterals;
    core::BodyName n;
    n.validFrom = validFrom;
    n.shortName = {u"Жаңа министрлік"_s, u"Новое министерство"_s, u"New Ministry"_s};
    n.fullName = {u"Қазақстан Республикасының Жаңа министрлігі"_s, u"Новое министерство Республики Казахстан"_s,
                  u"New Ministry of the Republic of Kazakhstan"_s};
    return n;
}

/// The shipped calendar (resources/data/calendar.json, from CALENDAR.md) as ReferenceData::loadCalendar
/// stores it, loaded once for the tests that only read it.
inline const core::Calendar& shippedCalendar()
{
    static const core::Calendar calendar = [] {
        TestDatabase t(Shipped::Calendar);
        return t.currentCalendar();
    }();
    return calendar;
}

/// A date as "Mon 2026-03-23 kind", the form in which the tests write the expected days.
inline QString describe(const core::DayInfo& info)
{
    return QLocale::c().dayName(info.date.dayOfWeek(), QLocale::ShortFormat) + u' ' + core::isoDate(info.date) + u' '
           + core::toString(info.kind);
}

/// The audit entries about one record, oldest first.
inline std::vector<core::AuditEntry> auditOf(core::AuditLog& audit, const QString& entity, qint64 id)
{
    auto entries = audit.forEntity(entity, id);
    REQUIRE(entries.has_value());
    return *entries;
}

} // namespace test
