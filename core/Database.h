// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Progress.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

class QLockFile;
class QSqlQuery;
struct sqlite3;

namespace core {

/// The user's document: one SQLite file, opened with foreign keys on, WAL and a busy timeout,
/// migrated to the current schema (append-only steps, `PRAGMA user_version`).
///
/// Only one copy of Bagalau writes to a file at a time: a lock file beside it (`<file>.lock`,
/// stale locks of dead processes are taken over) decides. When another copy holds it, open()
/// either refuses (ErrorCode::DatabaseLocked) or opens the file read-only, as the caller asks.
/// A file written by a newer Bagalau is refused before anything is written to it.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class WhenLocked { Refuse, OpenReadOnly };

    struct Options
    {
        Access access = Access::ReadWrite;
        WhenLocked whenLocked = WhenLocked::Refuse;
        bool create = true; ///< create the file when it does not exist
        QString backupDir; ///< where pre-migration copies go; empty: "<dir>/backups"
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    /// A private in-memory database at the current schema, for tests and scratch work.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openInMemory();

    [[nodiscard]] static int latestVersion();

    [[nodiscard]] QSqlDatabase& connection() { return m_db; }
    [[nodiscard]] const QString& path() const { return m_path; }
    /// True when writing to `target` would write to this database: the file itself, its -wal, -shm or
    /// -journal companion, through any symbolic link (a link is resolved, a new file by its folder).
    [[nodiscard]] bool isOwnFile(const QString& target) const;
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// True when the file was opened read-only because another copy holds the write lock.
    [[nodiscard]] bool lockedByAnother() const { return m_lockedByAnother; }
    /// The backup made before the last migration on open, or empty.
    [[nodiscard]] const QString& migrationBackup() const { return m_migrationBackup; }

    /// A consistent copy of the database (SQLite's online backup, page by page), written to a new
    /// file at `target`. The copy is written beside it as "<target>.part" and renamed when complete,
    /// so a crash or a cancel never leaves a half-written file under the target's name. `progress`
    /// counts pages; cancelling removes the partial copy (Cancelled).
    [[nodiscard]] Result<void> backupTo(const QString& target, const Progress& progress = {});
    /// A timestamped copy in `dir` ("bagalau-YYYYMMDD-HHMMSS[-tag].db"); returns its path.
    [[nodiscard]] Result<QString> backupInto(const QString& dir, const QString& tag = {},
                                             const Progress& progress = {});

    /// SQLite's own handle of the connection, for what Qt SQL does not offer (online backup, bulk
    /// loading with reused statements). Null if the driver is not SQLite.
    [[nodiscard]] sqlite3* handle() const;

    /// A statement prepared once for this connection and then reused: bind its values, exec() it,
    /// finish() it. For the writes and single-row lookups that run once per row of a long operation
    /// (an import, the audit trail), where preparing each time costs more than the work. Not for a
    /// query whose rows are still being read when the same SQL runs again.
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);

    /// A failure of `query` as an Error, for repositories.
    [[nodiscard]] static Error sqlError(const QSqlQuery& query, ErrorCode code = ErrorCode::Database);
    [[nodiscard]] Result<void> ensureWritable() const;

    // Used by Transaction: nesting depth, so inner transactions become savepoints.
    int& transactionDepth() { return m_depth; }

private:
    Database() = default;
    [[nodiscard]] Result<void> configure(const Options& options);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QString m_migrationBackup;
    bool m_readOnly = false;
    bool m_lockedByAnother = false;
    int m_depth = 0;
};

/// RAII transaction: BEGIN IMMEDIATE at the outermost level, a SAVEPOINT inside another one.
/// Rolls back in its destructor unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] const Result<void>& begun() const { return m_begun; }
    [[nodiscard]] Result<void> commit();

private:
    Database& m_db;
    Result<void> m_begun;
    int m_level = 0;
    bool m_done = false;
};

} // namespace core
