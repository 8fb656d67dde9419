// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generator.h"

#include "AuditLog.h"
#include "CalendarService.h"
#include "ConclusionService.h"
#include "Conclusions.h"
#include "Database.h"
#include "Evaluators.h"
#include "MethodologyService.h"
#include "ReferenceData.h"
#include "RegistryService.h"
#include "ScheduleService.h"
#include "ScoreService.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr int CriteriaPerBlock = 5;
constexpr double MissingFactShare = 0.02; ///< values without a fact: "not counted, no data"
constexpr double OwnPlanShare = 0.1; ///< values with a plan of the body's own
constexpr double AppealShare = 0.01; ///< conclusions of the last year with an objection

/// SplitMix64 (Steele, Lea, Flood 2014): a small generator whose output is the same on every
/// platform and standard library, so a seed gives the same database everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double real() { return double(next() >> 11) * 0x1.0p-53; }
    double real(double from, double to) { return from + (to - from) * real(); }
    int integer(int from, int to) { return from + int(next() % quint64(to - from + 1)); }

private:
    quint64 m_state;
};

/// One of SQLite's prepared statements, reused for every row: bind, step, reset.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    Statement& bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& bind(int i, int v) { return bind(i, qint64(v)); }
    Statement& bind(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
        return *this;
    }
    Statement& bind(int i, const std::optional<double>& v)
    {
        if (v)
            sqlite3_bind_double(m_stmt, i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement& bind(int i, const std::optional<qint64>& v)
    {
        if (v)
            sqlite3_bind_int64(m_stmt, i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement& bind(int i, const QByteArray& utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int i, const QString& text) { return bind(i, text.toUtf8()); }
    Statement& blob(int i, const QByteArray& bytes)
    {
        sqlite3_bind_blob(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    /// Runs it; the rowid of the inserted row, or an error.
    Result<qint64> run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return qint64(sqlite3_last_insert_rowid(m_db));
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

QString number(int n, int width = 4)
{
    return u"%1"_s.arg(n, width, 10, QLatin1Char('0'));
}

Text3 tri(QString kk, QString ru, QString en)
{
    return Text3{std::move(kk), std::move(ru), std::move(en)};
}

/// A methodology of one block: five criteria of equal weight, `count` indicators spread over them,
/// scored as ratio, inverse ratio or yes/no. Made once per block and dated for each year (approved
/// in January), as real methodologies keep their indicators from year to year.
Methodology makeMethodology(int block, int count, Random& random)
{
    Methodology m;
    m.block = block;
    m.version = 1;
    const int criteria = std::min(CriteriaPerBlock, std::max(1, count));
    for (int c = 0; c < criteria; ++c) {
        Criterion cr;
        cr.code = u"K%1.%2"_s.arg(block).arg(c + 1);
        cr.name = tri(u"%1.%2 өлшемшарты"_s.arg(block).arg(c + 1), u"Критерий %1.%2"_s.arg(block).arg(c + 1),
                      u"Criterion %1.%2"_s.arg(block).arg(c + 1));
        // Weights in whole percent that add up to 100.
        cr.weight = 100 / criteria + (c < 100 % criteria ? 1 : 0);
        const int first = count * c / criteria;
        const int last = count * (c + 1) / criteria;
        for (int i = first; i < last; ++i) {
            Indicator ind;
            const QString code = u"B%1-%2"_s.arg(block).arg(number(i + 1));
            ind.code = code;
            ind.name = tri(u"%1 көрсеткіші: қызмет үлесі"_s.arg(code), u"Показатель %1: доля услуг"_s.arg(code),
                           u"Indicator %1: share of services"_s.arg(code));
            ind.definition = tri(u"%1 жоспарға қатынасы"_s.arg(code), u"%1: отношение факта к плану"_s.arg(code),
                                 u"%1: the fact against the plan"_s.arg(code));
            ind.unit = tri(u"бірлік"_s, u"единиц"_s, u"units"_s);
            ind.verification = tri(u"Ресми статистика бойынша тексеріледі"_s, u"Сверка с официальной статистикой"_s,
                                   u"Checked against official statistics"_s);
            const int kind = random.integer(0, 9);
            if (kind < 6) {
                ind.scoring = ScoringKind::Ratio;
                ind.direction = Direction::Higher;
                ind.plan = double(random.integer(5, 100) * 10);
            } else if (kind < 8) {
                ind.scoring = ScoringKind::InverseRatio;
                ind.direction = Direction::Lower;
                ind.plan = double(random.integer(1, 60));
            } else {
                ind.scoring = ScoringKind::YesNo;
                ind.direction = Direction::Higher;
                ind.plan = 1;
                ind.unit = tri(u"иә/жоқ"_s, u"да/нет"_s, u"yes/no"_s);
            }
            ind.cap = ind.scoring == ScoringKind::YesNo ? 1.0 : (random.real() < 0.3 ? 1.2 : 1.0);
            ind.sourceType = random.integer(1, 6); // never 7 (experts), not allowed in block 1 (§7)
            ind.minimum = 0;
            cr.indicators.push_back(std::move(ind));
        }
        // Indicator weights in whole percent that add up to 100.
        const int n = int(cr.indicators.size());
        for (int i = 0; i < n; ++i)
            cr.indicators[std::size_t(i)].weight = 100 / n + (i < 100 % n ? 1 : 0);
        m.criteria.push_back(std::move(cr));
    }
    return m;
}

/// A body's value of an indicator: the fact follows the body's performance that year; a few
/// bodies set a plan of their own; a few facts are missing.
std::optional<IndicatorValue> makeValue(const Indicator& ind, double performance, Random& random)
{
    if (random.real() < MissingFactShare)
        return std::nullopt;
    IndicatorValue v;
    v.sourceType = ind.sourceType;
    double plan = ind.plan.value_or(1);
    if (ind.scoring != ScoringKind::YesNo && random.real() < OwnPlanShare) {
        plan = std::round(plan * random.real(0.9, 1.1));
        v.plan = plan;
    }
    const double noise = random.real(0.85, 1.15);
    switch (ind.scoring) {
    case ScoringKind::InverseRatio:
        v.fact = std::round(plan / std::max(0.05, performance * noise) * 10) / 10;
        break;
    case ScoringKind::YesNo:
        v.fact = random.real() < performance * 0.95 ? 1 : 0;
        break;
    default:
        v.fact = std::round(plan * performance * noise * 10) / 10;
        break;
    }
    return v;
}

/// A small text file standing in for a scanned document.
QByteArray evidenceFile(const QString& bodyCode, int year, int block, const QString& indicator)
{
    return u"Synthetic evidence for %1, %2, block %3, indicator %4.\nДәлел құжаты / Подтверждающий документ.\n"_s
        .arg(bodyCode)
        .arg(year)
        .arg(block)
        .arg(indicator)
        .toUtf8();
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray isoMoment(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray isoDay(QDate day)
{
    return day.toString(Qt::ISODate).toUtf8();
}

/// The next working day from `day` on, by the weekend alone (the generated dates only need to be
/// plausible; the real terms are counted by CalendarService when the application checks them).
QDate weekday(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

class Run
{
public:
    Run(Database& db, AuditLog& audit, const GeneratorOptions& options, const Progress& progress)
        : m_db(db)
        , m_audit(audit)
        , m_options(options)
        , m_progress(progress)
        , m_random(options.seed)
        , m_registry(db, audit)
        , m_calendar(db, audit)
        , m_schedules(db, audit)
        , m_methodologies(db, audit)
        , m_scores(m_registry.repository(), m_methodologies)
        , m_evaluators(m_registry.repository())
        , m_conclusions(db, audit, m_registry, m_methodologies, m_scores, m_evaluators, m_calendar, m_schedules)
        , m_sql(db.handle())
        , m_user(audit.user().toUtf8())
    { }

    Result<GeneratedCounts> run()
    {
        if (!m_sql)
            return fail(ErrorCode::Database, u"not an SQLite connection"_s);
        if (auto r = ReferenceData::loadAll(m_db, m_audit); !r)
            return std::unexpected(r.error());
        if (auto r = bodies(); !r)
            return std::unexpected(r.error());
        m_firstYear = m_options.lastYear - m_options.years + 1;
        for (int year = m_firstYear; year <= m_options.lastYear; ++year)
            if (auto r = ratingBands(year); !r)
                return std::unexpected(r.error());
        // The work to report: a step per value to write.
        for (int year = m_firstYear; year <= m_options.lastYear; ++year)
            for (int block = 1; block <= BlockCount; ++block) {
                auto inScope = m_scores.bodiesInScope(year, block);
                if (!inScope)
                    return std::unexpected(inScope.error());
                m_total += qint64(inScope->size()) * indicatorsOf(block);
            }
        if (!keepGoing(m_progress, 0, m_total))
            return fail(ErrorCode::Cancelled);
        for (int year = m_firstYear; year <= m_options.lastYear; ++year)
            for (int block = 1; block <= BlockCount; ++block)
                if (auto r = yearBlock(year, block); !r)
                    return std::unexpected(r.error());
        if (auto r =
                m_audit.record(AuditAction::Create, u"generated"_s, 0, std::nullopt, u"dataset"_s, std::nullopt,
                               u"synthetic: %1 bodies, %2 indicators, %3 years to %4, seed %5"_s.arg(m_options.bodies)
                                   .arg(m_options.indicators)
                                   .arg(m_options.years)
                                   .arg(m_options.lastYear)
                                   .arg(m_options.seed),
                               u"bagalau-cli generate"_s);
            !r)
            return std::unexpected(r.error());
        return m_counts;
    }

private:
    [[nodiscard]] int indicatorsOf(int block) const
    {
        // M indicators over three blocks as evenly as possible: 5,000 → 1,667 + 1,667 + 1,666.
        return m_options.indicators / BlockCount + (block <= m_options.indicators % BlockCount ? 1 : 0);
    }

    /// Synthetic district akimats beside the shipped registry, up to `bodies` evaluated bodies; each
    /// belongs to one of the oblasts and has its scope.
    Result<void> bodies()
    {
        const QDate yearEnd(m_options.lastYear, 12, 31);
        auto evaluated = m_registry.repository().evaluatedOn(yearEnd);
        if (!evaluated)
            return std::unexpected(evaluated.error());
        // The last year's list of evaluated bodies (§17) when the registry has one, as the scoring
        // reads it; otherwise the bodies evaluated on 31 December.
        auto listed = m_registry.repository().evaluatedList(m_options.lastYear);
        if (!listed)
            return std::unexpected(listed.error());
        if (!listed->empty()) {
            const std::set<qint64> onList(listed->begin(), listed->end());
            std::erase_if(*evaluated, [&onList](const Body& b) { return !onList.contains(b.id); });
        }
        std::vector<const Body*> oblasts;
        for (const Body& b : *evaluated)
            if (b.fields.kind == BodyKind::Oblast)
                oblasts.push_back(&b);
        const int synthetic = std::max(0, m_options.bodies - int(evaluated->size()));
        // The registry once, and the authors of the shipped bodies' conclusions while it is small:
        // ConclusionService reads the whole registry for each.
        auto all = m_registry.repository().bodies();
        if (!all)
            return std::unexpected(all.error());
        for (Body& b : *all)
            m_bodies.emplace(b.id, std::move(b));
        for (int year = std::max(m_options.lastYear - 1, m_options.lastYear - m_options.years + 1);
             year <= m_options.lastYear; ++year)
            for (int block = 1; block <= BlockCount; ++block) {
                auto inScope = m_scores.bodiesInScope(year, block);
                if (!inScope)
                    return std::unexpected(inScope.error());
                for (qint64 id : *inScope) {
                    auto author = m_conclusions.authorOf(id, year, block);
                    if (!author)
                        return std::unexpected(author.error());
                    m_authors.emplace(std::tuple(id, year, block), *author);
                }
            }
        if (synthetic > 0 && oblasts.empty())
            return fail(ErrorCode::ReferenceData, u"no oblast in the registry"_s);
        Statement body(m_sql,
                       "INSERT INTO body (code, kind, evaluated, presidential, parent_id, block1, block2, block3, "
                       "results) VALUES (?, 'oblast', 1, 0, ?, ?, ?, ?, ?)");
        Statement name(m_sql, "INSERT INTO body_name (body_id, valid_from, short_kk, short_ru, short_en, full_kk, "
                              "full_ru, full_en) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)");
        if (!body.ok() || !name.ok())
            return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_sql)));
        for (int i = 1; i <= synthetic; ++i) {
            const Body& oblast = *oblasts[std::size_t(i - 1) % oblasts.size()];
            const Scope& scope = oblast.fields.scope;
            const QString n = number(i);
            auto id = body.bind(1, u"D%1"_s.arg(n))
                          .bind(2, oblast.id)
                          .bind(3, int(scope.block1))
                          .bind(4, int(scope.block2))
                          .bind(5, int(scope.block3))
                          .bind(6, int(scope.results))
                          .run();
            if (!id)
                return std::unexpected(id.error());
            const Text3& region = oblast.nameOn(yearEnd).shortName;
            Body made;
            made.id = *id;
            made.code = u"D%1"_s.arg(n);
            made.fields.kind = BodyKind::Oblast;
            made.fields.parentId = oblast.id;
            made.fields.scope = scope;
            BodyName names;
            names.shortName =
                tri(u"№%1 аудан әкімдігі"_s.arg(n), u"Акимат района №%1"_s.arg(n), u"District %1 akimat"_s.arg(n));
            names.fullName = tri(u"%1, №%2 ауданның әкімдігі (синтетикалық)"_s.arg(region.kk, n),
                                 u"%1, акимат района №%2 (синтетический)"_s.arg(region.ru, n),
                                 u"%1, akimat of district No. %2 (synthetic)"_s.arg(region.en, n));
            auto named = name.bind(1, *id)
                             .bind(2, names.shortName.kk)
                             .bind(3, names.shortName.ru)
                             .bind(4, names.shortName.en)
                             .bind(5, names.fullName.kk)
                             .bind(6, names.fullName.ru)
                             .bind(7, names.fullName.en)
                             .run();
            if (!named)
                return std::unexpected(named.error());
            made.names.push_back(std::move(names));
            m_bodies.emplace(*id, std::move(made));
            m_parentOf[*id] = oblast.id;
        }
        // The synthetic akimats are on every year's list of evaluated bodies that the registry has.
        Statement list(m_sql, "INSERT INTO evaluated_list (year, body_id) VALUES (?, ?)");
        if (!list.ok())
            return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_sql)));
        for (int year = m_options.lastYear - m_options.years + 1; year <= m_options.lastYear; ++year) {
            auto yearList = m_registry.repository().evaluatedList(year);
            if (!yearList)
                return std::unexpected(yearList.error());
            if (yearList->empty())
                continue;
            for (const auto& [id, oblast] : m_parentOf)
                if (auto r = list.bind(1, year).bind(2, id).run(); !r)
                    return std::unexpected(r.error());
        }
        m_counts.bodies = int(evaluated->size()) + synthetic;
        return {};
    }

    Result<void> ratingBands(int year)
    {
        std::vector<RatingBand> bands = {
            {0, year, 90, u"A"_s, tri(u"Жоғары тиімділік"_s, u"Высокая эффективность"_s, u"High effectiveness"_s)},
            {0, year, 70, u"B"_s, tri(u"Орташа тиімділік"_s, u"Средняя эффективность"_s, u"Medium effectiveness"_s)},
            {0, year, 50, u"C"_s, tri(u"Төмен тиімділік"_s, u"Низкая эффективность"_s, u"Low effectiveness"_s)},
            {0, year, 0, u"D"_s, tri(u"Тиімсіз"_s, u"Неэффективно"_s, u"Ineffective"_s)},
        };
        return m_methodologies.setRatingBands(year, std::move(bands), u"bagalau-cli generate"_s);
    }

    /// A body's performance in a year: its own level, a trend (some fall year after year, §73), noise.
    double performance(qint64 bodyId, int year)
    {
        auto [it, added] = m_level.try_emplace(bodyId);
        if (added) {
            it->second.first = m_random.real(0.6, 1.05);
            it->second.second = m_random.real(-0.03, 0.025);
        }
        return std::max(0.2, it->second.first + it->second.second * (year - m_firstYear) + m_random.real(-0.04, 0.04));
    }

    Result<void> yearBlock(int year, int block)
    {
        auto shape = m_shapes.find(block);
        if (shape == m_shapes.end())
            shape = m_shapes.emplace(block, makeMethodology(block, indicatorsOf(block), m_random)).first;
        Methodology m = shape->second;
        m.year = year;
        m.title = tri(u"%1 жылғы %2-блок әдістемесі (синтетикалық)"_s.arg(year).arg(block),
                      u"Методика блока %2 за %1 год (синтетическая)"_s.arg(year).arg(block),
                      u"Methodology of block %2 for %1 (synthetic)"_s.arg(year).arg(block));
        m.approval.approvedBy = u"Synthetic joint order No. %1-%2"_s.arg(block).arg(year);
        m.approval.approvedOn = QDate(year, 1, 20);
        m.approval.agreedStatePlanning = QDate(year, 1, 15);
        m.approval.agreedWorkingBody = QDate(year, 1, 17);
        auto id = m_methodologies.importApproved(m, u"bagalau-cli generate"_s);
        if (!id)
            return std::unexpected(id.error());
        ++m_counts.methodologies;
        m_counts.indicators += indicatorsOf(block);
        auto stored = m_methodologies.inEffect(block, year);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, u"methodology %1/%2"_s.arg(year).arg(block));
        m = std::move(**stored);
        auto bands = m_methodologies.ratingBands(year);
        if (!bands)
            return std::unexpected(bands.error());
        auto inScope = m_scores.bodiesInScope(year, block);
        if (!inScope)
            return std::unexpected(inScope.error());
        const bool concluded = year >= m_options.lastYear - 1;

        Statement value(m_sql, "INSERT INTO indicator_value (year, block, indicator_code, body_id, plan, fact, "
                               "source_type, sample) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
        Statement report(m_sql,
                         "INSERT INTO report (body_id, year, block, state, revision, first_submitted_at, "
                         "submitted_at, return_reason, updated_at) VALUES (?, ?, ?, 'accepted', 1, ?, ?, '', ?)");
        Statement event(m_sql, "INSERT INTO report_event (report_id, at, user, action, revision, note) "
                               "VALUES (?, ?, ?, ?, ?, '')");
        Statement evidence(m_sql, "INSERT INTO evidence (report_id, indicator_code, file_name, sha256, size, "
                                  "content, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!value.ok() || !report.ok() || !event.ok() || !evidence.ok())
            return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_sql)));
        // The codes as UTF-8 once, not once per value.
        std::vector<std::pair<const Indicator*, QByteArray>> indicators;
        for (const Criterion& cr : m.criteria)
            for (const Indicator& ind : cr.indicators)
                indicators.emplace_back(&ind, ind.code.toUtf8());
        const QDate submitted = weekday(QDate(year + 1, 2, 10));
        const QByteArray submittedAt = isoMoment(submitted, 6);
        const QByteArray acceptedAt = isoMoment(weekday(submitted.addDays(14)), 10);
        const QByteArray submittedBy = "synthetic workstation";

        for (qint64 bodyId : *inScope) {
            const double level = performance(bodyId, year);
            std::map<QString, IndicatorValue> values;
            for (const auto& [ind, code] : indicators) {
                const auto v = makeValue(*ind, level, m_random);
                if (!v)
                    continue;
                auto written = value.bind(1, year)
                                   .bind(2, block)
                                   .bind(3, code)
                                   .bind(4, bodyId)
                                   .bind(5, v->plan)
                                   .bind(6, v->fact)
                                   .bind(7, v->sourceType)
                                   .run();
                if (!written)
                    return std::unexpected(written.error());
                ++m_counts.values;
                if (concluded)
                    values.emplace(ind->code, *v);
            }
            m_done += qint64(indicators.size());
            if (!keepGoing(m_progress, m_done, m_total))
                return fail(ErrorCode::Cancelled);

            // The accepted report of the values, with its history and a document for its first indicator.
            auto reportId = report.bind(1, bodyId)
                                .bind(2, year)
                                .bind(3, block)
                                .bind(4, submittedAt)
                                .bind(5, submittedAt)
                                .bind(6, acceptedAt)
                                .run();
            if (!reportId)
                return std::unexpected(reportId.error());
            ++m_counts.reports;
            for (const auto& [at, action] :
                 {std::pair{submittedAt, QByteArray("submitted")}, std::pair{acceptedAt, QByteArray("accepted")}})
                if (auto r = event.bind(1, *reportId).bind(2, at).bind(3, m_user).bind(4, action).bind(5, 1).run(); !r)
                    return std::unexpected(r.error());
            if (!indicators.empty()) {
                const QByteArray& code = indicators.front().second;
                const QByteArray file = evidenceFile(registryBody(bodyId).code, year, block, QString::fromUtf8(code));
                auto kept = evidence.bind(1, *reportId)
                                .bind(2, code)
                                .bind(3, QByteArray("evidence-" + code + ".txt"))
                                .bind(4, sha256(file))
                                .bind(5, qint64(file.size()))
                                .blob(6, file)
                                .bind(7, submittedAt)
                                .bind(8, submittedBy)
                                .run();
                if (!kept)
                    return std::unexpected(kept.error());
                ++m_counts.evidence;
            }
            if (concluded)
                if (auto r = conclusion(m, *bands, bodyId, year, block, values); !r)
                    return r;
        }
        return {};
    }

    /// The authorized body that writes a body's conclusion, found before the synthetic akimats were
    /// added; an akimat's is its oblast's (the same rules of §24–40 apply to both, and no evaluator
    /// is an oblast's part). GeneratorTests checks this against ConclusionService.
    [[nodiscard]] std::optional<qint64> author(qint64 bodyId, int year, int block) const
    {
        const auto parent = m_parentOf.find(bodyId);
        const auto found =
            m_authors.find(std::tuple(parent == m_parentOf.end() ? bodyId : parent->second, year, block));
        return found == m_authors.end() ? std::nullopt : found->second;
    }

    [[nodiscard]] const Body& registryBody(qint64 id) const { return m_bodies.at(id); }

    /// The conclusion on a body's block, issued from its values, sent, received and final; for a few
    /// of the last year, an objection that was decided (rejected: the version stands).
    Result<void> conclusion(const Methodology& m, const std::vector<RatingBand>& bands, qint64 bodyId, int year,
                            int block, const std::map<QString, IndicatorValue>& values)
    {
        const std::optional<qint64> authorId = author(bodyId, year, block);
        const Body& body = registryBody(bodyId);
        const QDate yearEnd(year, 12, 31);
        ConclusionContent content;
        content.bodyId = bodyId;
        content.bodyCode = body.code;
        content.bodyName = body.nameOn(yearEnd).fullName;
        if (authorId) {
            content.authorId = *authorId;
            content.authorName = registryBody(*authorId).nameOn(QDate(year + 1, 6, 30)).fullName;
        }
        content.year = year;
        content.block = block;
        const BlockScore score = scoreBlock(m, values);
        content.score = score.score;
        content.ownScore = score.score;
        content.methodologyVersion = m.version;
        if (score.score)
            if (const RatingBand* band = ratingFor(bands, *score.score)) {
                content.rating = band->code;
                content.ratingName = band->name;
            }
        content.lines = conclusionLines(&m, score, values);
        const QString points = score.score ? QString::number(*score.score, 'f', 1) : u"—"_s;
        content.summary =
            tri(u"Блок бойынша қорытынды балл: %1."_s.arg(points), u"Итоговый балл по блоку: %1."_s.arg(points),
                u"The block's final score: %1."_s.arg(points));
        content.findings = tri(u"Жоспарға жетпеген көрсеткіштердің себептерін талдау қажет."_s,
                               u"Необходимо проанализировать причины недостижения плановых значений."_s,
                               u"The reasons why planned values were not reached need analysis."_s);

        Statement& row = *m_conclusion;
        const QDate issued = weekday(QDate(year + 1, 4, 8));
        const QDate sent = weekday(issued.addDays(1));
        const QDate received = weekday(sent.addDays(2));
        auto id = row.bind(1, bodyId)
                      .bind(2, year)
                      .bind(3, block)
                      .bind(4, authorId)
                      .bind(5, content.summary.kk)
                      .bind(6, content.summary.ru)
                      .bind(7, content.summary.en)
                      .bind(8, content.findings.kk)
                      .bind(9, content.findings.ru)
                      .bind(10, content.findings.en)
                      .bind(11, isoMoment(issued.addDays(-7), 5))
                      .bind(12, m_user)
                      .run();
        if (!id)
            return std::unexpected(id.error());
        ++m_counts.conclusions;
        auto version = m_version->bind(1, *id)
                           .bind(2, isoMoment(issued, 6))
                           .bind(3, m_user)
                           .bind(4, score.score)
                           .bind(5, QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact))
                           .bind(6, isoDay(sent))
                           .bind(7, isoDay(received))
                           .run();
        if (!version)
            return std::unexpected(version.error());
        if (year == m_options.lastYear && !content.lines.empty() && m_random.real() < AppealShare)
            return appeal(*id, *version, received, content.lines.front().code);
        return {};
    }

    Result<void> appeal(qint64 conclusionId, qint64 versionId, QDate received, const QString& indicator)
    {
        const QDate filed = weekday(received.addDays(2));
        const QDate decided = weekday(filed.addDays(10));
        auto id = m_appeal->bind(1, conclusionId)
                      .bind(2, versionId)
                      .bind(3, isoDay(filed))
                      .bind(4, isoDay(decided))
                      .bind(5, isoMoment(filed, 7))
                      .bind(6, m_user)
                      .run();
        if (!id)
            return std::unexpected(id.error());
        if (auto r = m_appealItem->bind(1, *id).bind(2, indicator).run(); !r)
            return std::unexpected(r.error());
        const QByteArray letter = "Synthetic objection letter.\nҚарсылық хаты / Письмо с возражением.\n";
        if (auto r = m_appealDocument->bind(1, *id)
                         .bind(2, sha256(letter))
                         .bind(3, qint64(letter.size()))
                         .blob(4, letter)
                         .run();
            !r)
            return std::unexpected(r.error());
        ++m_counts.appeals;
        return {};
    }

public:
    /// The statements of the conclusions, prepared once for the whole run.
    Result<void> prepare()
    {
        m_conclusion = std::make_unique<Statement>(
            m_sql, "INSERT INTO conclusion (body_id, year, block, part, author_id, summary_kk, summary_ru, summary_en, "
                   "findings_kk, findings_ru, findings_en, created_at, created_by) "
                   "VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_version = std::make_unique<Statement>(
            m_sql, "INSERT INTO conclusion_version (conclusion_id, version, issued_at, issued_by, reason, score, "
                   "content, sent_on, received_on) VALUES (?, 1, ?, ?, '', ?, ?, ?, ?)");
        m_appeal = std::make_unique<Statement>(
            m_sql,
            "INSERT INTO appeal (kind, conclusion_id, version_id, filed_on, text, status, decided_on, reason_kk, "
            "reason_ru, reason_en, created_at, created_by) VALUES ('objection', ?, ?, ?, "
            "'We disagree with the fact counted for one indicator.', 'rejected', ?, "
            "'Дәлелдер расталмады.', 'Доводы не подтверждены.', 'The arguments were not confirmed.', ?, ?)");
        m_appealItem = std::make_unique<Statement>(
            m_sql, "INSERT INTO appeal_item (appeal_id, indicator_code, argument, accepted, reason) "
                   "VALUES (?, ?, 'The fact was reported late by the statistics office.', 0, 'Not confirmed.')");
        m_appealDocument =
            std::make_unique<Statement>(m_sql, "INSERT INTO appeal_document (appeal_id, name, sha256, size, content) "
                                               "VALUES (?, 'objection.txt', ?, ?, ?)");
        for (const auto* s :
             {m_conclusion.get(), m_version.get(), m_appeal.get(), m_appealItem.get(), m_appealDocument.get()})
            if (!s->ok())
                return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_sql)));
        return {};
    }

private:
    Database& m_db;
    AuditLog& m_audit;
    GeneratorOptions m_options;
    const Progress& m_progress;
    Random m_random;
    RegistryService m_registry;
    CalendarService m_calendar;
    ScheduleService m_schedules;
    MethodologyService m_methodologies;
    ScoreService m_scores;
    EvaluatorService m_evaluators;
    ConclusionService m_conclusions;
    sqlite3* m_sql;
    QByteArray m_user;
    int m_firstYear = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    GeneratedCounts m_counts;
    std::map<qint64, qint64> m_parentOf; ///< synthetic akimat → its oblast
    std::map<qint64, std::pair<double, double>> m_level; ///< body → performance level and yearly trend
    std::map<std::tuple<qint64, int, int>, std::optional<qint64>> m_authors;
    std::map<qint64, Body> m_bodies;
    std::map<int, Methodology> m_shapes; ///< block → its methodology, the same every year
    std::unique_ptr<Statement> m_conclusion;
    std::unique_ptr<Statement> m_version;
    std::unique_ptr<Statement> m_appeal;
    std::unique_ptr<Statement> m_appealItem;
    std::unique_ptr<Statement> m_appealDocument;
};

} // namespace

std::optional<GeneratorOptions> GeneratorOptions::preset(const QString& name)
{
    GeneratorOptions o;
    if (name == u"national")
        return o;
    if (name == u"stress") {
        o.bodies = 3000;
        return o;
    }
    return std::nullopt;
}

Generator::Generator(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<GeneratedCounts> Generator::generate(const GeneratorOptions& options, const Progress& progress)
{
    if (options.bodies < 1 || options.indicators < BlockCount || options.years < 1 || options.lastYear < 2000
        || options.lastYear > 2100)
        return fail(ErrorCode::InvalidValue, u"bodies, indicators, years"_s);
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT (SELECT count(*) FROM body) + (SELECT count(*) FROM methodology)"_s) || !q.next())
            return std::unexpected(Database::sqlError(q));
        if (q.value(0).toLongLong() > 0)
            return fail(ErrorCode::DatabaseNotEmpty); // the message names the file already
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    Run run(m_db, m_audit, options, progress);
    if (auto r = run.prepare(); !r)
        return std::unexpected(r.error());
    auto counts = run.run();
    if (!counts)
        return counts;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return counts;
}

} // namespace core
