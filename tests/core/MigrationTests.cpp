// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"

#include "core/Database.h"
#include "core/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

using namespace Qt::StringLiterals;

namespace {

/// tests/data/db/v<N>.sql: a database at schema version N with rows in every table (see README.md there).
QString fixturePath(int version)
{
    return QString::fromUtf8(BAGALAU_TEST_DATA_DIR) + u"/db/v%1.sql"_s.arg(version);
}

/// Runs a fixture script: statements end with ';' at the end of a line; lines starting with "--" are comments.
void runScript(test::RawConnection& raw, const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QString statement;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (statement.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(u"--")))
            continue;
        statement += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            raw.exec(statement);
            statement.clear();
        }
    }
    REQUIRE(statement.trimmed().isEmpty());
}

/// A database file at schema version `version`: its golden fixture when there is one, otherwise the
/// migration steps up to that version (no rows: version 0 has no tables).
void buildAtVersion(const QString& path, int version)
{
    test::RawConnection raw(path);
    if (version > 0 && QFileInfo::exists(fixturePath(version)))
        runScript(raw, fixturePath(version));
    else
        REQUIRE(core::migrate(raw.db, version).has_value());
    REQUIRE(test::userVersionOf(raw.db) == version);
}

/// The schema of a database, one line per table and index, whitespace normalized.
QStringList schemaOf(QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"_s));
    QStringList schema;
    while (q.next())
        schema << q.value(0).toString() + u' ' + q.value(1).toString() + u": "_s + q.value(2).toString().simplified();
    return schema;
}

struct TableContents
{
    QStringList columns;
    QStringList rows;
};

/// Every table with its columns and rows.
std::map<QString, TableContents> contentsOf(QSqlDatabase& db)
{
    std::map<QString, TableContents> contents;
    for (const QString& table : test::tableNames(db)) {
        const QStringList columns = test::columnsOf(db, table);
        contents[table] = TableContents{columns, test::tableRows(db, table, columns)};
    }
    return contents;
}

} // namespace

TEST_CASE("Every schema version has a golden fixture with rows in every table", "[core][migration]")
{
    for (int version = 1; version <= core::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("version " << version)
        {
            INFO("add tests/data/db/v" << version << ".sql when adding schema version " << version);
            REQUIRE(QFileInfo::exists(fixturePath(version)));
            QTemporaryDir dir;
            const QString path = dir.filePath(u"fixture.db"_s);
            buildAtVersion(path, version);
            test::RawConnection raw(path);
            const QStringList tables = test::tableNames(raw.db);
            CHECK_FALSE(tables.isEmpty());
            for (const QString& table : tables) {
                INFO("table " << table.toStdString());
                CHECK_FALSE(test::tableRows(raw.db, table).isEmpty());
            }
        }
    }
}

TEST_CASE("Each golden fixture has exactly the schema that the migration steps up to its version create",
          "[core][migration]")
{
    // A shipped step is never edited: if it were, the files written with it would differ from this.
    for (int version = 1; version <= core::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("version " << version)
        {
            REQUIRE(QFileInfo::exists(fixturePath(version)));
            QTemporaryDir dir;
            buildAtVersion(dir.filePath(u"fixture.db"_s), version);
            test::RawConnection fixture(dir.filePath(u"fixture.db"_s));
            test::RawConnection migrated(dir.filePath(u"migrated.db"_s));
            REQUIRE(core::migrate(migrated.db, version).has_value());
            CHECK(schemaOf(fixture.db) == schemaOf(migrated.db));
        }
    }
}

TEST_CASE("A database of every earlier schema version opens at the latest version with its rows kept",
          "[core][migration]")
{
    for (int version = 0; version < core::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"old.db"_s);
            buildAtVersion(path, version);
            std::map<QString, TableContents> old;
            {
                test::RawConnection raw(path);
                old = contentsOf(raw.db);
            }

            auto opened = core::Database::open(path, {});
            REQUIRE(opened.has_value());
            QSqlDatabase& db = (*opened)->connection();
            CHECK(test::userVersionOf(db) == core::latestSchemaVersion());
            for (const auto& [table, contents] : old) {
                INFO("table " << table.toStdString());
                CHECK(test::tableRows(db, table, contents.columns) == contents.rows);
            }

            if (version > 0) {
                // The copy made before the migration is the file as it was.
                const QString backup = (*opened)->migrationBackup();
                REQUIRE_FALSE(backup.isEmpty());
                REQUIRE(QFileInfo::exists(backup));
                test::RawConnection copy(backup);
                CHECK(test::userVersionOf(copy.db) == version);
                const auto copied = contentsOf(copy.db);
                REQUIRE(copied.size() == old.size());
                for (const auto& [table, contents] : old) {
                    INFO("table " << table.toStdString());
                    REQUIRE(copied.contains(table));
                    CHECK(copied.at(table).rows == contents.rows);
                }
            }
        }
    }
}

TEST_CASE("A database at the latest schema version opens with its rows and without a migration backup",
          "[core][migration]")
{
    const int latest = core::latestSchemaVersion();
    REQUIRE(QFileInfo::exists(fixturePath(latest)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"current.db"_s);
    buildAtVersion(path, latest);
    std::map<QString, TableContents> before;
    {
        test::RawConnection raw(path);
        before = contentsOf(raw.db);
    }

    auto opened = core::Database::open(path, {});
    REQUIRE(opened.has_value());
    CHECK((*opened)->migrationBackup().isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"backups"_s)));
    CHECK(contentsOf((*opened)->connection()).size() == before.size());
    for (const auto& [table, contents] : before) {
        INFO("table " << table.toStdString());
        CHECK(test::tableRows((*opened)->connection(), table) == contents.rows);
    }
}

TEST_CASE("Migrating one version at a time gives the same schema as migrating at once", "[core][migration]")
{
    QTemporaryDir dir;
    test::RawConnection stepwise(dir.filePath(u"stepwise.db"_s));
    for (int version = 0; version <= core::latestSchemaVersion(); ++version) {
        REQUIRE(core::migrate(stepwise.db, version).has_value());
        REQUIRE(test::userVersionOf(stepwise.db) == version);
    }
    test::RawConnection atOnce(dir.filePath(u"at-once.db"_s));
    REQUIRE(core::migrate(atOnce.db).has_value());
    CHECK(test::userVersionOf(atOnce.db) == core::latestSchemaVersion());
    CHECK(schemaOf(stepwise.db) == schemaOf(atOnce.db));
}

TEST_CASE("A migration step that fails is rolled back and leaves user_version unchanged", "[core][migration]")
{
    QTemporaryDir dir;
    test::RawConnection raw(dir.filePath(u"clash.db"_s));
    // The first step creates an "audit" table after several others: an existing one makes it fail half way.
    raw.exec(u"CREATE TABLE audit (note TEXT)"_s);
    raw.exec(u"INSERT INTO audit VALUES ('mine')"_s);

    const auto result = core::migrate(raw.db);
    CHECK(test::errorOf(result) == core::ErrorCode::MigrationFailed);
    CHECK(test::userVersionOf(raw.db) == 0);
    CHECK(test::tableNames(raw.db) == QStringList{u"audit"_s});
    CHECK(test::tableRows(raw.db, u"audit"_s) == QStringList{u"'mine'"_s});
    // Not left inside a transaction: the connection can go on.
    QSqlQuery q(raw.db);
    CHECK(q.exec(u"BEGIN"_s));
    CHECK(q.exec(u"COMMIT"_s));
}

TEST_CASE("A failure in a later migration step leaves the file at its original version with its original data",
          "[core][migration]")
{
    // Version 2 to the latest runs steps 3, 4 and 5 in one transaction. A table that step 5 creates
    // makes it fail after steps 3 and 4 have run: none of them may remain, on disk either.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    buildAtVersion(path, 2);
    {
        test::RawConnection raw(path);
        raw.exec(u"CREATE TABLE publication (note TEXT)"_s);
        raw.exec(u"INSERT INTO publication VALUES ('mine')"_s);
    }
    QStringList schema;
    std::map<QString, TableContents> before;
    {
        test::RawConnection raw(path);
        schema = schemaOf(raw.db);
        before = contentsOf(raw.db);
    }
    REQUIRE(before.contains(u"calendar_rule"_s));
    REQUIRE_FALSE(before.contains(u"methodology"_s));

    {
        test::RawConnection raw(path);
        const auto result = core::migrate(raw.db);
        REQUIRE(test::errorOf(result) == core::ErrorCode::MigrationFailed);
        CHECK(result.error().detail.contains(u"publication"_s));
    }
    auto unchanged = [&](QSqlDatabase& db) {
        CHECK(test::userVersionOf(db) == 2);
        CHECK(schemaOf(db) == schema); // no table of step 3, 4 or 5, no column of step 4
        const auto after = contentsOf(db);
        REQUIRE(after.size() == before.size());
        for (const auto& [table, contents] : before) {
            INFO("table " << table.toStdString());
            REQUIRE(after.contains(table));
            CHECK(after.at(table).columns == contents.columns);
            CHECK(after.at(table).rows == contents.rows);
        }
    };
    {
        test::RawConnection reopened(path);
        unchanged(reopened.db);
    }

    // Opening it the usual way fails the same way, after its backup, and leaves it as it was.
    CHECK(test::errorOf(core::Database::open(path, {})) == core::ErrorCode::MigrationFailed);
    test::RawConnection reopened(path);
    unchanged(reopened.db);
}

TEST_CASE("migrate refuses a database of a newer schema version and leaves it as it is", "[core][migration]")
{
    QTemporaryDir dir;
    test::RawConnection raw(dir.filePath(u"newer.db"_s));
    raw.exec(u"PRAGMA user_version = %1"_s.arg(core::latestSchemaVersion() + 1));

    CHECK(test::errorOf(core::migrate(raw.db)) == core::ErrorCode::DatabaseNewer);
    CHECK(test::userVersionOf(raw.db) == core::latestSchemaVersion() + 1);
    CHECK(test::tableNames(raw.db).isEmpty());
}
