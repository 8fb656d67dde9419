// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include "core/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QString testData = QString::fromUtf8(BAGALAU_TEST_DATA_DIR);

/// A date long ago, given to a file's modification time so that any write shows.
const QDateTime longAgo(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);

void setModified(const QString& path, const QDateTime& when)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

/// Size, digest and modification time of a file: equal exactly when it was not touched.
QString fileState(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"(missing)"_s;
    const QByteArray bytes = file.readAll();
    return u"%1 bytes, sha1 %2, modified %3"_s.arg(bytes.size())
        .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()))
        .arg(QFileInfo(path).lastModified().toUTC().toString(Qt::ISODateWithMs));
}

/// Every file in a folder, hidden ones included (a -wal, -shm or .lock file would show).
QStringList folderContents(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// A database as a newer Bagalau would leave it: one schema version ahead, with a row.
void writeNewerFile(const QString& path, bool wal)
{
    test::RawConnection raw(path);
    if (wal)
        raw.exec(u"PRAGMA journal_mode = WAL"_s);
    raw.exec(u"CREATE TABLE future (x TEXT)"_s);
    raw.exec(u"INSERT INTO future VALUES ('from a newer Bagalau')"_s);
    raw.exec(u"PRAGMA user_version = %1"_s.arg(core::latestSchemaVersion() + 1));
}

QString pragma(core::Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return u"(error)"_s;
    return q.value(0).toString();
}

core::Database::Options whenLocked(core::Database::WhenLocked choice)
{
    core::Database::Options options;
    options.whenLocked = choice;
    return options;
}

core::BodyName sampleName()
{
    core::BodyName n;
    n.shortName = {u"Сынақ органы"_s, u"Тестовый орган"_s, u"Test body"_s};
    n.fullName = {u"Сынақ органы толық"_s, u"Тестовый орган полностью"_s, u"Test body in full"_s};
    return n;
}

} // namespace

TEST_CASE("A new database file is in WAL journal mode", "[core][database]")
{
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(u"new.db"_s), {});
    REQUIRE(db.has_value());
    CHECK(pragma(**db, u"journal_mode"_s) == u"wal"_s);
}

TEST_CASE("A new database file enforces foreign keys", "[core][database]")
{
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(u"new.db"_s), {});
    REQUIRE(db.has_value());
    CHECK(pragma(**db, u"foreign_keys"_s) == u"1"_s);
    QSqlQuery q((*db)->connection());
    CHECK_FALSE(q.exec(u"INSERT INTO evaluated_list (year, body_id) VALUES (2024, 12345)"_s));
    CHECK(test::rowCount(**db, u"evaluated_list"_s) == 0);
}

TEST_CASE("A new database file is created at the latest schema version without a backup", "[core][database]")
{
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(u"new.db"_s), {});
    REQUIRE(db.has_value());
    CHECK(test::userVersionOf((*db)->connection()) == core::Database::latestVersion());
    CHECK(core::Database::latestVersion() == core::latestSchemaVersion());
    CHECK((*db)->migrationBackup().isEmpty());
    CHECK_FALSE((*db)->isReadOnly());
}

TEST_CASE("A file written by a newer Bagalau is refused with DatabaseNewer", "[core][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.db"_s);
    writeNewerFile(path, false);
    const auto db = core::Database::open(path, {});
    CHECK(test::errorOf(db) == core::ErrorCode::DatabaseNewer);
}

TEST_CASE("A file written by a newer Bagalau is left byte for byte untouched, with nothing created beside it",
          "[core][database]")
{
    const bool wal = GENERATE(false, true);
    CAPTURE(wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.db"_s);
    writeNewerFile(path, wal);
    setModified(path, longAgo);
    const QString before = fileState(path);
    const QStringList folderBefore = folderContents(dir.path());
    REQUIRE(folderBefore == QStringList{u"newer.db"_s});

    for (const auto access : {core::Database::Access::ReadWrite, core::Database::Access::ReadOnly}) {
        core::Database::Options options;
        options.access = access;
        CAPTURE(access == core::Database::Access::ReadOnly);
        CHECK(test::errorOf(core::Database::open(path, options)) == core::ErrorCode::DatabaseNewer);
        CHECK(fileState(path) == before);
        CHECK(folderContents(dir.path()) == folderBefore);
    }
    test::RawConnection raw(path);
    CHECK(test::userVersionOf(raw.db) == core::latestSchemaVersion() + 1);
    CHECK(test::tableNames(raw.db) == QStringList{u"future"_s});
}

TEST_CASE("A text file is refused with NotADatabase and left unchanged", "[core][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    setModified(path, longAgo);
    const QString before = fileState(path);

    CHECK(test::errorOf(core::Database::open(path, {})) == core::ErrorCode::NotADatabase);
    CHECK(fileState(path) == before);
    CHECK(folderContents(dir.path()) == QStringList{u"notes.db"_s});
}

TEST_CASE("A damaged file with an SQLite header is refused with NotADatabase and left unchanged", "[core][database]")
{
    // tests/data/broken-truncated.db: the first 5000 bytes of a 21-page database;
    // tests/data/broken-garbage.db: the SQLite header followed by random bytes;
    // tests/data/broken-header.db: the SQLite magic, then zeros but for a user_version of 999.
    const QString fixture = GENERATE(u"broken-truncated.db"_s, u"broken-garbage.db"_s, u"broken-header.db"_s);
    CAPTURE(fixture);
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    REQUIRE(QFile::copy(testData + u'/' + fixture, path));
    setModified(path, longAgo);
    const QString before = fileState(path);

    CHECK(test::errorOf(core::Database::open(path, {})) == core::ErrorCode::NotADatabase);
    CHECK(fileState(path) == before);
    CHECK(folderContents(dir.path()) == QStringList{fixture});
}

TEST_CASE("A second read-write open of a file that another copy holds is refused with DatabaseLocked",
          "[core][database][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.db"_s);
    auto first = core::Database::open(path, {});
    REQUIRE(first.has_value());

    const auto second = core::Database::open(path, whenLocked(core::Database::WhenLocked::Refuse));
    CHECK(test::errorOf(second) == core::ErrorCode::DatabaseLocked);
}

TEST_CASE("A second open of a file that another copy holds opens read-only when asked to", "[core][database][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.db"_s);
    auto first = core::Database::open(path, {});
    REQUIRE(first.has_value());

    auto second = core::Database::open(path, whenLocked(core::Database::WhenLocked::OpenReadOnly));
    REQUIRE(second.has_value());
    CHECK((*second)->isReadOnly());
    CHECK((*second)->lockedByAnother());
    CHECK_FALSE((*first)->isReadOnly());
    CHECK_FALSE((*first)->lockedByAnother());
    CHECK(test::userVersionOf((*second)->connection()) == core::latestSchemaVersion());
}

TEST_CASE("In a copy opened read-only because of the lock, every registry change is refused with ReadOnly and "
          "changes nothing",
          "[core][database][lock]")
{
    test::TestDatabase t; // holds the lock
    auto opened = core::Database::open(t.db->path(), whenLocked(core::Database::WhenLocked::OpenReadOnly));
    REQUIRE(opened.has_value());
    core::Database& ro = **opened;
    REQUIRE(ro.isReadOnly());
    test::FixedClock clock;
    core::AuditLog audit(ro, clock, u"second copy"_s);
    core::RegistryService service(ro, audit);

    const QStringList before = test::databaseState(ro);
    REQUIRE(before == test::databaseState(*t.db));
    const qint64 moa = t.idOf(u"MOA"_s);
    const qint64 ast = t.idOf(u"AST"_s);
    const auto moaBody = service.repository().body(moa);
    const auto astBody = service.repository().body(ast);
    REQUIRE(moaBody.has_value());
    REQUIRE(astBody.has_value());
    const auto reorganizations = service.repository().reorganizations();
    REQUIRE(reorganizations.has_value());
    REQUIRE_FALSE(reorganizations->empty());

    core::BodyFields changed = moaBody->fields;
    changed.validTo = QDate(2030, 12, 31);
    core::BodyName later = sampleName();
    later.validFrom = QDate(2024, 1, 1);
    core::BodyName renamed = astBody->names.back();
    renamed.shortName.en = u"Astana City"_s;
    core::Reorganization liquidation;
    liquidation.date = QDate(2024, 1, 1);
    liquidation.kind = core::ReorganizationKind::Liquidation;
    liquidation.predecessors = {moa};
    core::Reorganization edited = reorganizations->front();
    edited.approximate = !edited.approximate;
    core::RoleAssignment role;
    role.role = core::Role::Budget;
    role.bodyId = moa;
    role.validFrom = QDate(2030, 1, 1);

    using core::ErrorCode;
    CHECK(test::errorOf(service.addBody(u"NEW"_s, moaBody->fields, sampleName(), {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.updateBody(moa, changed, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.removeBody(moa, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.addName(moa, later, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.updateName(ast, renamed, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.removeName(ast, astBody->names.back().id, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.recordReorganization(liquidation, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.updateReorganization(edited, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.removeReorganization(edited.id, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.assignRole(role, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(service.setOnEvaluatedList(2024, moa, false, {})) == ErrorCode::ReadOnly);
    CHECK(test::errorOf(core::ReferenceData::loadRegistry(ro, service)) == ErrorCode::ReadOnly);

    CHECK(test::databaseState(ro) == before);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("After the copy that holds the lock is closed, a read-write open succeeds", "[core][database][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.db"_s);
    {
        auto first = core::Database::open(path, {});
        REQUIRE(first.has_value());
        REQUIRE_FALSE(core::Database::open(path, {}).has_value());
    }
    auto again = core::Database::open(path, {});
    REQUIRE(again.has_value());
    CHECK_FALSE((*again)->isReadOnly());
    CHECK_FALSE((*again)->lockedByAnother());
}

TEST_CASE("backupTo writes a copy that opens and holds the same rows", "[core][database][backup]")
{
    test::TestDatabase t;
    // A change that may still sit in the write-ahead log must be in the copy too.
    const qint64 moa = t.idOf(u"MOA"_s);
    auto fields = t.registry->repository().body(moa)->fields;
    fields.validTo = QDate(2030, 12, 31);
    REQUIRE(t.registry->updateBody(moa, fields, u"before the backup"_s).has_value());

    const QString target = t.dir.filePath(u"copies/backup.db"_s);
    REQUIRE(t.db->backupTo(target).has_value());
    REQUIRE(QFileInfo::exists(target));

    auto copy = core::Database::open(target, {});
    REQUIRE(copy.has_value());
    CHECK(test::userVersionOf((*copy)->connection()) == core::latestSchemaVersion());
    CHECK(test::databaseState(**copy) == test::databaseState(*t.db));
    CHECK(test::rowCount(**copy, u"body"_s) > 0);
}

TEST_CASE("backupTo refuses a target that exists and leaves it unchanged", "[core][database][backup]")
{
    test::TestDatabase t(false);
    const QString target = t.dir.filePath(u"existing.db"_s);
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("an earlier backup");
    }
    const QString before = fileState(target);

    CHECK(test::errorOf(t.db->backupTo(target)) == core::ErrorCode::BackupFailed);
    CHECK(fileState(target) == before);
}

TEST_CASE("A transaction that is not committed is rolled back", "[core][database][transaction]")
{
    test::TestDatabase t(false);
    {
        core::Transaction tx(*t.db);
        REQUIRE(tx.begun().has_value());
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(u"INSERT INTO reference_load VALUES ('uncommitted', 1, '2024-01-01')"_s));
        REQUIRE(test::rowCount(*t.db, u"reference_load"_s) == 1);
    }
    CHECK(test::rowCount(*t.db, u"reference_load"_s) == 0);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("A committed transaction keeps its work", "[core][database][transaction]")
{
    test::TestDatabase t(false);
    {
        core::Transaction tx(*t.db);
        REQUIRE(tx.begun().has_value());
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(u"INSERT INTO reference_load VALUES ('committed', 1, '2024-01-01')"_s));
        REQUIRE(tx.commit().has_value());
    }
    CHECK(test::rowCount(*t.db, u"reference_load"_s) == 1);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("A nested transaction that is rolled back keeps the work of the outer one", "[core][database][transaction]")
{
    test::TestDatabase t(false);
    {
        core::Transaction outer(*t.db);
        REQUIRE(outer.begun().has_value());
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(u"INSERT INTO reference_load VALUES ('outer', 1, '2024-01-01')"_s));
        {
            core::Transaction inner(*t.db);
            REQUIRE(inner.begun().has_value());
            REQUIRE(q.exec(u"INSERT INTO reference_load VALUES ('inner', 1, '2024-01-01')"_s));
            REQUIRE(test::rowCount(*t.db, u"reference_load"_s) == 2);
        }
        CHECK(test::rowCount(*t.db, u"reference_load"_s) == 1);
        {
            core::Transaction kept(*t.db);
            REQUIRE(kept.begun().has_value());
            REQUIRE(q.exec(u"INSERT INTO reference_load VALUES ('kept', 1, '2024-01-01')"_s));
            REQUIRE(kept.commit().has_value());
        }
        REQUIRE(outer.commit().has_value());
    }
    CHECK(test::tableRows(t.db->connection(), u"reference_load"_s, {u"dataset"_s})
          == QStringList{u"'outer'"_s, u"'kept'"_s});
}

TEST_CASE("Another program's SQLite database is refused and left untouched", "[core][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign-db"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s));
        REQUIRE(q.exec(u"INSERT INTO invoices (total) VALUES (12.5)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"foreign-db"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const auto opened = core::Database::open(path, {});
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == core::ErrorCode::NotADatabase);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
}
