// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-bench: the in-process halves of the benchmarks (tests/bench/run.sh drives them).
//
//   bagalau-bench score --db FILE --year YEAR [--check SQL_OUTPUT] [--strict]
//       times core::ScoreService::scores() for blocks 1-3 of the year; with --check, compares every
//       body's block score with the sqlite3 shell's output of score_year.sql ("block|body_id|score")
//       and exits 3 when they differ.
//   bagalau-bench prepare-import --db FILE --year YEAR
//       copies the methodologies in effect for YEAR-1 to YEAR and approves them (the year a report
//       package is made for), then prints the code of the body with the most values in YEAR-1.
//   bagalau-bench import --db ANALYST --package FILE [--runs N] [--work DIR]
//       imports the package into N fresh copies of the analyst's database, timing
//       core::PackageService::importReport() each time.
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Methodology.h"
#include "core/MethodologyService.h"
#include "core/PackageService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int UsageError = 2;
constexpr int Mismatch = 3;
constexpr double Tolerance = 1e-6;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failed(const QString& what, const core::Error& error)
{
    err() << u"bagalau-bench: "_s << what << u": error "_s << static_cast<int>(error.code) << u" "_s << error.detail
          << u"\n"_s;
    err().flush();
    return 1;
}

double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// The value of `--name VALUE` in `args`, or none.
std::optional<QString> option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return std::nullopt;
    return args.at(i + 1);
}

core::Result<std::unique_ptr<core::Database>> openDatabase(const QString& path, bool readOnly)
{
    core::Database::Options options;
    options.access = readOnly ? core::Database::Access::ReadOnly : core::Database::Access::ReadWrite;
    options.whenLocked = core::Database::WhenLocked::OpenReadOnly;
    options.create = false;
    return core::Database::open(path, options);
}

/// The blocks whose methodology in effect has an indicator score_year.sql does not compute (formulas).
std::set<int> blocksWithOtherKinds(const core::MethodologyService& methodologies, int year)
{
    std::set<int> result;
    for (int block = 1; block <= core::BlockCount; ++block) {
        auto m = methodologies.inEffect(block, year);
        if (!m || !*m)
            continue;
        for (const core::Criterion& c : (**m).criteria)
            for (const core::Indicator& i : c.indicators)
                if (i.scoring == core::ScoringKind::Formula)
                    result.insert(block);
    }
    return result;
}

using ScoreKey = std::pair<int, qint64>; // block, body

/// score_year.sql's output: "block|body_id|score", score empty when nothing counts.
std::optional<std::map<ScoreKey, std::optional<double>>> readSqlScores(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    std::map<ScoreKey, std::optional<double>> result;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(u'|');
        if (parts.size() != 3)
            return std::nullopt;
        std::optional<double> score;
        if (!parts.at(2).isEmpty())
            score = parts.at(2).toDouble();
        result[{parts.at(0).toInt(), parts.at(1).toLongLong()}] = score;
    }
    return result;
}

int score(const QStringList& args)
{
    const auto path = option(args, u"--db"_s);
    const auto yearText = option(args, u"--year"_s);
    if (!path || !yearText) {
        err() << u"usage: bagalau-bench score --db FILE --year YEAR [--check SQL_OUTPUT] [--strict]\n"_s;
        return UsageError;
    }
    const int year = yearText->toInt();
    QElapsedTimer openTimer;
    openTimer.start();
    auto db = openDatabase(*path, true);
    if (!db)
        return failed(u"open"_s, db.error());
    core::EnvironmentClock clock;
    core::AuditLog audit(**db, clock, u"bench"_s);
    const core::RegistryRepository registry(**db);
    const core::MethodologyService methodologies(**db, audit);
    const core::ScoreService scores(registry, methodologies);
    out() << u"open-ms "_s << ms(openTimer) << u"\n"_s;

    std::map<ScoreKey, std::optional<double>> ours;
    double total = 0;
    for (int block = 1; block <= core::BlockCount; ++block) {
        QElapsedTimer timer;
        timer.start();
        auto list = scores.scores(year, block);
        const double elapsed = ms(timer);
        if (!list)
            return failed(u"scores of block %1"_s.arg(block), list.error());
        total += elapsed;
        qint64 indicators = 0;
        for (const core::BodyScore& s : *list) {
            ours[{block, s.bodyId}] = s.result.score;
            indicators += qint64(s.result.indicators.size());
        }
        out() << u"block-ms "_s << block << u" "_s << elapsed << u" bodies "_s << list->size() << u" indicators "_s
              << indicators << u"\n"_s;
    }
    out() << u"score-ms "_s << total << u"\n"_s;

    const auto checkPath = option(args, u"--check"_s);
    if (!checkPath)
        return 0;
    const auto sql = readSqlScores(*checkPath);
    if (!sql) {
        err() << u"bagalau-bench: cannot read the SQL scores in "_s << *checkPath << u"\n"_s;
        return 1;
    }
    const std::set<int> skipped = blocksWithOtherKinds(methodologies, year);
    for (int block : skipped)
        out() << u"check: block "_s << block << u" skipped (formula indicators)\n"_s;
    if (!skipped.empty() && args.contains(u"--strict"_s)) {
        err() << u"bagalau-bench: MISMATCH: --strict and a block was skipped\n"_s;
        return Mismatch;
    }
    int compared = 0;
    int problems = 0;
    double sumOurs = 0;
    double sumSql = 0;
    double maxDiff = 0;
    auto problem = [&problems](const QString& text) {
        if (++problems <= 10)
            err() << u"bagalau-bench: MISMATCH: "_s << text << u"\n"_s;
    };
    std::set<ScoreKey> keys;
    for (const auto& [key, value] : ours)
        keys.insert(key);
    for (const auto& [key, value] : *sql)
        keys.insert(key);
    for (const ScoreKey& key : keys) {
        if (skipped.contains(key.first))
            continue;
        const auto o = ours.find(key);
        const auto s = sql->find(key);
        const QString where = u"block %1 body %2"_s.arg(key.first).arg(key.second);
        if (o == ours.end()) {
            problem(where + u": only in the SQL"_s);
            continue;
        }
        if (s == sql->end()) {
            problem(where + u": only in Bagalau"_s);
            continue;
        }
        ++compared;
        if (o->second.has_value() != s->second.has_value()) {
            problem(where + u": scored on one side only"_s);
            continue;
        }
        if (!o->second)
            continue;
        sumOurs += *o->second;
        sumSql += *s->second;
        const double diff = std::abs(*o->second - *s->second);
        maxDiff = std::max(maxDiff, diff);
        if (diff >= Tolerance)
            problem(where + u": %1 against %2"_s.arg(*o->second, 0, 'g', 17).arg(*s->second, 0, 'g', 17));
    }
    out() << u"check: "_s << compared << u" scores compared, sum "_s << QString::number(sumOurs, 'f', 6) << u" (SQL "_s
          << QString::number(sumSql, 'f', 6) << u"), max difference "_s << QString::number(maxDiff, 'g', 3) << u"\n"_s;
    if (compared == 0)
        problem(u"nothing to compare"_s);
    if (problems > 0) {
        err() << u"bagalau-bench: MISMATCH: "_s << problems << u" difference(s) between Bagalau and the SQL\n"_s;
        return Mismatch;
    }
    out() << u"check: ok\n"_s;
    return 0;
}

int prepareImport(const QStringList& args)
{
    const auto path = option(args, u"--db"_s);
    const auto yearText = option(args, u"--year"_s);
    if (!path || !yearText) {
        err() << u"usage: bagalau-bench prepare-import --db FILE --year YEAR\n"_s;
        return UsageError;
    }
    const int year = yearText->toInt();
    auto db = openDatabase(*path, false);
    if (!db)
        return failed(u"open"_s, db.error());
    core::EnvironmentClock clock;
    core::AuditLog audit(**db, clock, u"bench"_s);
    core::MethodologyService methodologies(**db, audit);
    const QString reason = u"benchmark: the year of the report package"_s;
    for (int block = 1; block <= core::BlockCount; ++block) {
        auto previous = methodologies.inEffect(block, year - 1);
        if (!previous)
            return failed(u"methodology"_s, previous.error());
        if (!*previous)
            continue;
        auto copy = methodologies.copyToYear((**previous).id, year, reason);
        if (!copy)
            return failed(u"copy the methodology of block %1"_s.arg(block), copy.error());
        const QDate approved(year - 1, 12, 1);
        if (auto r = methodologies.approve(*copy, {u"Benchmark order No. 1"_s, approved, approved, approved}, reason);
            !r)
            return failed(u"approve the methodology of block %1"_s.arg(block), r.error());
    }
    QSqlQuery q((**db).connection());
    // The body with the most values (one in all three blocks).
    q.prepare(u"SELECT b.code FROM body b JOIN indicator_value v ON v.body_id = b.id WHERE v.year = ? "
              "GROUP BY b.id ORDER BY count(*) DESC, b.id LIMIT 1"_s);
    q.addBindValue(year - 1);
    if (!q.exec() || !q.next()) {
        err() << u"bagalau-bench: no body has values in "_s << (year - 1) << u"\n"_s;
        return 1;
    }
    out() << q.value(0).toString() << u"\n"_s;
    return 0;
}

/// A copy of the database file (and its write-ahead log, if any) at `target`.
bool copyDatabase(const QString& source, const QString& target)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(target + suffix);
    if (!QFile::copy(source, target))
        return false;
    if (QFile::exists(source + u"-wal"_s) && !QFile::copy(source + u"-wal"_s, target + u"-wal"_s))
        return false;
    return true;
}

int importPackage(const QStringList& args)
{
    const auto path = option(args, u"--db"_s);
    const auto packagePath = option(args, u"--package"_s);
    if (!path || !packagePath) {
        err() << u"usage: bagalau-bench import --db ANALYST --package FILE [--runs N] [--work DIR]\n"_s;
        return UsageError;
    }
    const int runs = std::max(1, option(args, u"--runs"_s).value_or(u"3"_s).toInt());
    const QString work = option(args, u"--work"_s).value_or(QDir::tempPath());
    QFile packageFile(*packagePath);
    if (!packageFile.open(QIODevice::ReadOnly)) {
        err() << u"bagalau-bench: cannot read "_s << *packagePath << u"\n"_s;
        return 1;
    }
    const QByteArray bytes = packageFile.readAll();
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const QString copy = work + u"/import-copy.db"_s;
        if (!copyDatabase(*path, copy)) {
            err() << u"bagalau-bench: cannot copy "_s << *path << u" to "_s << copy << u"\n"_s;
            return 1;
        }
        {
            auto db = openDatabase(copy, false);
            if (!db)
                return failed(u"open"_s, db.error());
            core::EnvironmentClock clock;
            core::AuditLog audit(**db, clock, u"bench"_s);
            core::RegistryService registry(**db, audit);
            core::MethodologyService methodologies(**db, audit);
            core::ScheduleService schedules(**db, audit);
            core::ScoreService scores(registry.repository(), methodologies);
            core::ReportService reports(**db, audit, methodologies, schedules, scores);
            core::PackageService packages(**db, audit, registry, methodologies, schedules, reports);
            QElapsedTimer timer;
            timer.start();
            auto check = packages.importReport(bytes, false, u"benchmark"_s);
            const double elapsed = ms(timer);
            if (!check)
                return failed(u"import"_s, check.error());
            if (check->alreadyImported || check->changes.empty()) {
                err() << u"bagalau-bench: the package changed nothing\n"_s;
                return 1;
            }
            qint64 values = 0;
            for (const core::PackageChange& c : check->changes)
                if (c.kind == core::PackageChange::Kind::Value && c.field == u"fact")
                    ++values;
            out() << u"import-ms "_s << elapsed << u" changes "_s << check->changes.size() << u" facts "_s << values
                  << u"\n"_s;
            times.push_back(elapsed);
        }
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(copy + suffix);
    }
    std::sort(times.begin(), times.end());
    out() << u"import-median-ms "_s << times[times.size() / 2] << u"\n"_s;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"bagalau"_s);
    QCoreApplication::setApplicationName(u"bagalau-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    int code = UsageError;
    if (command == u"score")
        code = score(args);
    else if (command == u"prepare-import")
        code = prepareImport(args);
    else if (command == u"import")
        code = importPackage(args);
    else
        err() << u"usage: bagalau-bench score|prepare-import|import …\n"_s;
    out().flush();
    err().flush();
    return code;
}
