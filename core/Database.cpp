// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace core {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"bagalau-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

/// True when the file starts with SQLite's header, or is empty (SQLite treats that as a new database).
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

/// PRAGMA user_version as a well-formed SQLite header holds it (bytes 60–63, big-endian), or 0 when the
/// header is short or malformed (SQLite then says what the file is). Read without SQLite, which would
/// leave "-wal" and "-shm" files beside a file in WAL mode.
qint32 headerUserVersion(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return 0;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint16 pageSize = qFromBigEndian<quint16>(bytes + 16); // 1 stands for 65536
    const bool validPageSize = pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0);
    if (!validPageSize || bytes[21] != 64 || bytes[22] != 32 || bytes[23] != 32)
        return 0;
    return qFromBigEndian<qint32>(bytes + 60);
}

} // namespace

Database::~Database()
{
    m_prepared.clear(); // before the connection they belong to closes
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

int Database::latestVersion()
{
    return latestSchemaVersion();
}

Error Database::sqlError(const QSqlQuery& query, ErrorCode code)
{
    return Error{code, query.lastError().text() + u" — "_s + query.lastQuery()};
}

Result<void> Database::ensureWritable() const
{
    if (m_readOnly)
        return fail(ErrorCode::ReadOnly, m_path);
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    const bool exists = QFileInfo::exists(db->m_path);
    if (!exists && (!options.create || options.access == Access::ReadOnly))
        return fail(ErrorCode::CannotOpen, db->m_path);
    if (exists && !looksLikeSqlite(db->m_path))
        return fail(ErrorCode::NotADatabase, db->m_path);
    // A newer file is refused before SQLite touches it (configure() checks again, with SQLite).
    if (const qint32 version = exists ? headerUserVersion(db->m_path) : 0; version > latestSchemaVersion())
        return fail(ErrorCode::DatabaseNewer, u"%1 > %2"_s.arg(version).arg(latestSchemaVersion()));
    if (!exists && !QDir().mkpath(QFileInfo(db->m_path).absolutePath()))
        return fail(ErrorCode::CannotOpen, db->m_path);

    db->m_readOnly = options.access == Access::ReadOnly;
    if (!db->m_readOnly) {
        db->m_lock = std::make_unique<QLockFile>(db->m_path + u".lock"_s);
        db->m_lock->setStaleLockTime(0); // only a lock whose process is gone is stale
        if (!db->m_lock->tryLock(0)) {
            db->m_lock.reset();
            if (options.whenLocked == WhenLocked::Refuse || !exists)
                return fail(ErrorCode::DatabaseLocked, db->m_path);
            db->m_readOnly = true;
            db->m_lockedByAnother = true;
        }
    }

    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (db->m_readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    db->m_db.setConnectOptions(connectOptions);
    if (!db->m_db.open())
        return fail(ErrorCode::CannotOpen, db->m_db.lastError().text());
    if (auto r = db->configure(options); !r)
        return std::unexpected(r.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = u":memory:"_s;
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    if (!db->m_db.open())
        return fail(ErrorCode::CannotOpen, db->m_db.lastError().text());
    if (auto r = db->configure({}); !r)
        return std::unexpected(r.error());
    return db;
}

Result<void> Database::configure(const Options& options)
{
    // Read before anything is written: a newer file must stay untouched.
    const auto version = userVersion(m_db);
    if (!version)
        return std::unexpected(version.error());
    if (*version > latestSchemaVersion())
        return fail(ErrorCode::DatabaseNewer, u"%1 > %2"_s.arg(*version).arg(latestSchemaVersion()));

    QSqlQuery q(m_db);
    // Version 0 with tables in it is another program's database: not ours to write into.
    if (*version == 0) {
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
            return fail(ErrorCode::NotADatabase, q.lastError().text());
        if (q.value(0).toInt() > 0)
            return fail(ErrorCode::NotADatabase, u"user_version 0 with tables: another program's database"_s);
    }
    // foreign_keys is per connection and must be set outside a transaction.
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s) || !q.exec(u"PRAGMA foreign_keys"_s) || !q.next()
        || q.value(0).toInt() != 1)
        return std::unexpected(sqlError(q));
    if (m_readOnly) {
        if (*version < latestSchemaVersion())
            return fail(ErrorCode::NeedsUpgrade, u"%1 < %2"_s.arg(*version).arg(latestSchemaVersion()));
        return {};
    }
    if (m_path != u":memory:") {
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next()
            || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return std::unexpected(sqlError(q));
        // FULL: a committed change survives a power loss, not only a crash of the application.
        if (!q.exec(u"PRAGMA synchronous = FULL"_s))
            return std::unexpected(sqlError(q));
    }
    if (*version > 0 && *version < latestSchemaVersion() && m_path != u":memory:") {
        const QString dir =
            options.backupDir.isEmpty() ? QFileInfo(m_path).absolutePath() + u"/backups"_s : options.backupDir;
        auto backup = backupInto(dir, u"before-v%1"_s.arg(latestSchemaVersion()));
        if (!backup)
            return std::unexpected(backup.error());
        m_migrationBackup = *backup;
    }
    return migrate(m_db);
}

Result<QSqlQuery*> Database::prepared(const QString& sql)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql))
            return std::unexpected(sqlError(*query));
        found = m_prepared.emplace(sql, std::move(query)).first;
    }
    return found->second.get();
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

Result<void> Database::backupTo(const QString& target, const Progress& progress)
{
    if (QFileInfo::exists(target))
        return fail(ErrorCode::BackupFailed, target + u": exists"_s);
    if (isOwnFile(target))
        return fail(ErrorCode::BackupFailed, target);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(ErrorCode::BackupFailed, target);
    sqlite3* source = handle();
    if (!source)
        return fail(ErrorCode::BackupFailed, u"not an SQLite connection"_s);
    const QString partial = QFileInfo(target).absoluteFilePath() + u".part"_s;
    QFile::remove(partial); // a leftover of a copy that was killed
    QFile::remove(partial + u"-journal"_s);
    sqlite3* copy = nullptr;
    auto failed = [&](ErrorCode code, const QString& detail) {
        sqlite3_close(copy);
        QFile::remove(partial);
        return fail(code, detail);
    };
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return failed(ErrorCode::BackupFailed, partial + u": "_s + QString::fromUtf8(sqlite3_errmsg(copy)));
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
    if (!backup)
        return failed(ErrorCode::BackupFailed, QString::fromUtf8(sqlite3_errmsg(copy)));
    int rc = SQLITE_OK;
    int pages = 0;
    // A step of 1,024 pages (4 MiB) at a time: often enough to answer a cancel within a fraction of
    // a second, few enough steps to cost nothing.
    while ((rc = sqlite3_backup_step(backup, 1024)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        const int total = sqlite3_backup_pagecount(backup);
        if (!keepGoing(progress, total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            return failed(ErrorCode::Cancelled, target);
        }
        if (rc != SQLITE_OK)
            sqlite3_sleep(10);
    }
    pages = sqlite3_backup_pagecount(backup);
    if (sqlite3_backup_finish(backup) != SQLITE_OK || rc != SQLITE_DONE)
        return failed(ErrorCode::BackupFailed, QString::fromUtf8(sqlite3_errstr(rc)));
    // The copy is a file of its own: no -wal beside it once closed.
    char* error = nullptr;
    if (sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &error) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(error);
        sqlite3_free(error);
        return failed(ErrorCode::BackupFailed, detail);
    }
    if (sqlite3_close(copy) != SQLITE_OK) {
        copy = nullptr;
        QFile::remove(partial);
        return fail(ErrorCode::BackupFailed, partial);
    }
    copy = nullptr;
    if (!QFile::rename(partial, target))
        return failed(ErrorCode::BackupFailed, target);
    // The rename itself on disk before anything relies on the copy (a migration, after a power loss).
    const int folder = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    if (progress)
        progress(pages, pages); // complete: too late to cancel
    return {};
}

Result<QString> Database::backupInto(const QString& dir, const QString& tag, const Progress& progress)
{
    const QString base = QFileInfo(m_path).completeBaseName();
    // Unfinished copies of this database that a crash left behind ("<name>.db.part"); a copy being
    // written by another process right now was touched within the last minutes and stays.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const QFileInfo& leftover :
         QDir(dir).entryInfoList({base + u"-*.db.part"_s, base + u"-*.db.part-journal"_s}, QDir::Files))
        if (leftover.lastModified().toUTC() < stale)
            QFile::remove(leftover.absoluteFilePath());
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = tag.isEmpty() ? u"%1-%2"_s.arg(base, stamp) : u"%1-%2-%3"_s.arg(base, stamp, tag);
    QString target = QDir(dir).filePath(name + u".db"_s);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(dir).filePath(u"%1-%2.db"_s.arg(name).arg(n));
    if (auto r = backupTo(target, progress); !r)
        return std::unexpected(r.error());
    return target;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    QSqlQuery q(m_db.connection());
    const QString sql = m_level == 1 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp%1"_s.arg(m_level);
    if (!q.exec(sql)) {
        m_begun = std::unexpected(Database::sqlError(q));
        --m_db.transactionDepth();
        m_done = true;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    QSqlQuery q(m_db.connection());
    if (m_level == 1)
        q.exec(u"ROLLBACK"_s);
    else if (q.exec(u"ROLLBACK TO sp%1"_s.arg(m_level)))
        q.exec(u"RELEASE sp%1"_s.arg(m_level));
    --m_db.transactionDepth();
}

Result<void> Transaction::commit()
{
    if (m_done)
        return m_begun ? fail(ErrorCode::Database, u"transaction already finished"_s) : m_begun;
    QSqlQuery q(m_db.connection());
    const QString sql = m_level == 1 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_level);
    if (!q.exec(sql))
        return std::unexpected(Database::sqlError(q));
    m_done = true;
    --m_db.transactionDepth();
    return {};
}

bool Database::isOwnFile(const QString& target) const
{
    if (m_path.isEmpty() || m_path == u":memory:")
        return false;
    auto resolved = [](const QString& path) {
        const QFileInfo info(path);
        if (info.exists())
            return info.canonicalFilePath();
        if (info.isSymLink()) // a dangling link: where it points
            return QFileInfo(info.symLinkTarget()).absoluteFilePath();
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    };
    const QString wanted = resolved(target);
    const QString own = resolved(m_path);
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (wanted == own + suffix)
            return true;
    return false;
}

} // namespace core
