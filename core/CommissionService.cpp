// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommissionService.h"

#include "AppealService.h"
#include "AuditLog.h"
#include "ConclusionService.h"
#include "Database.h"
#include "Registry.h"
#include "RegistryRepository.h"
#include "RegistryService.h"
#include "ScoreService.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

const QString stageEntity = u"commission_stage"_s;

/// Scores closer than this share a rank: the same score computed along two paths (a frozen
/// version, the current data) may differ in the last bits.
constexpr double TieTolerance = 1e-6;

constexpr std::pair<CommissionStage, QStringView> stageNames[] = {
    {CommissionStage::ToWorkingBody, u"to-working-body"},
    {CommissionStage::Presented, u"presented"},
    {CommissionStage::ToHead, u"to-head"},
};

/// The column of commission_stage that holds a stage's date.
QString stageColumn(CommissionStage stage)
{
    switch (stage) {
    case CommissionStage::ToWorkingBody:
        return u"to_working_body"_s;
    case CommissionStage::Presented:
        return u"presented"_s;
    case CommissionStage::ToHead:
        return u"to_head"_s;
    }
    return {};
}

std::size_t indexOf(CommissionStage stage)
{
    return static_cast<std::size_t>(stage);
}

bool validYear(int year)
{
    return year >= RegistryService::MinYear && year <= RegistryService::MaxYear;
}

std::optional<QString> dateOrNull(QDate date)
{
    return date.isValid() ? std::optional<QString>(isoDate(date)) : std::nullopt;
}

/// The recorded stages of a year, by body.
Result<std::map<qint64, std::array<QDate, CommissionStageCount>>> readStages(Database& db, int year,
                                                                             std::optional<qint64> bodyId = {})
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT body_id, to_working_body, presented, to_head FROM commission_stage WHERE year = ?"_s
              + (bodyId ? u" AND body_id = ?"_s : QString()));
    q.addBindValue(year);
    if (bodyId)
        q.addBindValue(*bodyId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::map<qint64, std::array<QDate, CommissionStageCount>> result;
    while (q.next()) {
        auto& dates = result[q.value(0).toLongLong()];
        for (int i = 0; i < CommissionStageCount; ++i)
            dates[static_cast<std::size_t>(i)] = parseIsoDate(q.value(i + 1).toString());
    }
    return result;
}

/// "block 1: no conclusion, block 3: received", for ConclusionsNotFinal.
QString notFinalDetail(const CommissionRow& row)
{
    QStringList parts;
    for (const CommissionBlock& b : row.blocks) {
        if (!b.inScope || (b.conclusionId && b.state == ConclusionState::Final))
            continue;
        parts << u"block %1: %2"_s.arg(b.block).arg(b.conclusionId ? toString(b.state) : u"no conclusion"_s);
    }
    return row.code + u" "_s + parts.join(u", "_s);
}

/// Standard competition ranks ("1, 1, 3") among the rows scored in `block`.
void rank(std::vector<CommissionRow>& rows, int block)
{
    const auto i = static_cast<std::size_t>(block - 1);
    std::vector<double> scores;
    for (const CommissionRow& r : rows)
        if (r.blocks[i].inScope && r.blocks[i].score)
            scores.push_back(*r.blocks[i].score);
    std::sort(scores.begin(), scores.end(), std::greater<>());
    for (CommissionRow& r : rows) {
        CommissionBlock& b = r.blocks[i];
        if (!b.inScope || !b.score)
            continue;
        const double mine = *b.score;
        const auto better =
            std::count_if(scores.begin(), scores.end(), [mine](double s) { return s > mine + TieTolerance; });
        b.rank = static_cast<int>(better) + 1;
    }
}

} // namespace

QString toString(CommissionStage stage)
{
    for (const auto& [s, name] : stageNames)
        if (s == stage)
            return name.toString();
    return {};
}

std::optional<CommissionStage> parseCommissionStage(const QString& text)
{
    for (const auto& [s, name] : stageNames)
        if (name == text)
            return s;
    return std::nullopt;
}

bool CommissionRow::conclusionsFinal() const
{
    bool any = false;
    for (const CommissionBlock& b : blocks) {
        if (!b.inScope)
            continue;
        any = true;
        if (!b.conclusionId || b.state != ConclusionState::Final)
            return false;
    }
    return any;
}

CommissionService::CommissionService(Database& db, AuditLog& audit, ConclusionService& conclusions,
                                     AppealService& appeals, ScoreService& scores, RegistryService& registry,
                                     MethodologyService& methodologies)
    : m_db(db)
    , m_audit(audit)
    , m_conclusions(conclusions)
    , m_appeals(appeals)
    , m_scores(scores)
    , m_registry(registry)
    , m_methodologies(methodologies)
{ }

Result<std::map<qint64, std::optional<VersionSummary>>>
CommissionService::blockConclusions(int year, int block, std::map<qint64, Conclusion>& found) const
{
    std::map<qint64, std::optional<VersionSummary>> latest;
    if (!validYear(year))
        return latest;
    auto list = m_conclusions.conclusions(year, block);
    if (!list)
        return std::unexpected(list.error());
    auto summaries = m_conclusions.latestSummaries(year, block);
    if (!summaries)
        return std::unexpected(summaries.error());
    for (Conclusion& c : *list) {
        if (c.part)
            continue;
        std::optional<VersionSummary> version;
        if (const auto s = summaries->find(c.id); s != summaries->end())
            version = std::move(s->second);
        latest.emplace(c.bodyId, std::move(version));
        const qint64 bodyId = c.bodyId;
        found.insert_or_assign(bodyId, std::move(c));
    }
    return latest;
}

Result<CommissionResult> CommissionService::result(int year, const Progress& progress) const
{
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    // The steps: the scores of each block in this year and the two before (the change from last
    // year, the §73 alerts); a step that scores reports its bodies within its share.
    constexpr qint64 Steps = 3 * BlockCount;
    const auto step = [&progress](qint64 index) -> Progress {
        if (!progress)
            return {};
        return [&progress, index](qint64 done, qint64 total) {
            return keepGoing(progress, index * total + done, total > 0 ? Steps * total : 0);
        };
    };
    if (!keepGoing(progress, 0, Steps))
        return fail(ErrorCode::Cancelled);
    auto bodies = m_registry.repository().bodies();
    if (!bodies)
        return std::unexpected(bodies.error());
    std::map<qint64, const Body*> bodyById;
    for (const Body& b : *bodies)
        bodyById.emplace(b.id, &b);
    auto stages = readStages(m_db, year);
    if (!stages)
        return std::unexpected(stages.error());

    // The year's appeals once, by conclusion, rather than a query per conclusion.
    auto yearAppeals = m_appeals.appeals(year);
    if (!yearAppeals)
        return std::unexpected(yearAppeals.error());
    std::map<qint64, std::vector<const Appeal*>> appealsOf;
    for (const Appeal& a : *yearAppeals)
        appealsOf[a.conclusionId].push_back(&a);
    std::map<int, std::vector<DeclineAlert>> alertsOf; // by block, from the scores computed here

    std::map<qint64, CommissionRow> rows;
    auto rowOf = [&](qint64 bodyId) -> CommissionRow& {
        auto [it, added] = rows.try_emplace(bodyId);
        if (added) {
            CommissionRow& r = it->second;
            r.bodyId = bodyId;
            if (const auto b = bodyById.find(bodyId); b != bodyById.end()) {
                r.code = b->second->code;
                if (!b->second->names.empty())
                    r.name = b->second->nameOn(QDate(year, 12, 31)).shortName;
            }
            for (int i = 0; i < BlockCount; ++i)
                r.blocks[static_cast<std::size_t>(i)].block = i + 1;
            if (const auto s = stages->find(bodyId); s != stages->end())
                r.stages = s->second;
        }
        return it->second;
    };

    for (int block = 1; block <= BlockCount; ++block) {
        const auto i = static_cast<std::size_t>(block - 1);
        auto inScope = m_scores.bodiesInScope(year, block);
        if (!inScope)
            return std::unexpected(inScope.error());
        if (inScope->empty())
            continue;
        auto current = m_scores.scores(year, block, step(3 * (block - 1)));
        if (!current)
            return std::unexpected(current.error());
        std::map<qint64, const BodyScore*> scoreOf;
        for (const BodyScore& s : *current)
            scoreOf.emplace(s.bodyId, &s);
        std::map<qint64, Conclusion> conclusions;
        auto versions = blockConclusions(year, block, conclusions);
        if (!versions)
            return std::unexpected(versions.error());
        // Last year: the latest version of its conclusion, else the score from the data.
        std::map<qint64, Conclusion> lastConclusions;
        auto lastVersions = blockConclusions(year - 1, block, lastConclusions);
        if (!lastVersions)
            return std::unexpected(lastVersions.error());
        std::map<qint64, double> lastScore;
        // The scores alone (no breakdown) of the three years that §73 looks at.
        const auto scoresOnly = [](const std::vector<BodyScore>& all) {
            std::vector<BodyScore> slim;
            slim.reserve(all.size());
            for (const BodyScore& s : all) {
                BodyScore x;
                x.bodyId = s.bodyId;
                x.result.score = s.result.score;
                slim.push_back(std::move(x));
            }
            return slim;
        };
        std::map<int, std::vector<BodyScore>> byYear{{year, scoresOnly(*current)}};
        for (int back = 1; back <= 2; ++back)
            if (validYear(year - back)) {
                auto earlier = m_scores.scores(year - back, block, step(3 * (block - 1) + back));
                if (!earlier)
                    return std::unexpected(earlier.error());
                if (back == 1)
                    for (const BodyScore& s : *earlier)
                        if (s.result.score)
                            lastScore.emplace(s.bodyId, *s.result.score);
                byYear[year - back] = scoresOnly(*earlier);
            }
        alertsOf[block] = ScoreService::alerts(year, block, byYear);
        for (const auto& [bodyId, version] : *lastVersions)
            if (version) {
                if (version->score)
                    lastScore.insert_or_assign(bodyId, *version->score);
                else
                    lastScore.erase(bodyId);
            }

        for (qint64 bodyId : *inScope) {
            CommissionRow& row = rowOf(bodyId);
            CommissionBlock& b = row.blocks[i];
            b.inScope = true;
            if (const auto c = conclusions.find(bodyId); c != conclusions.end()) {
                b.conclusionId = c->second.id;
                b.state = c->second.state;
                b.version = c->second.versions;
                static const std::vector<const Appeal*> none;
                const auto found = appealsOf.find(c->second.id);
                const std::vector<const Appeal*>& appeals = found == appealsOf.end() ? none : found->second;
                b.pendingAppeals = static_cast<int>(std::count_if(appeals.begin(), appeals.end(), [](const Appeal* a) {
                    return a->status == AppealStatus::Pending;
                }));
                // The appeal procedure ends with the objection term, or with a later decision (§57, §60).
                b.procedureEnd = c->second.appealDeadline;
                for (const Appeal* a : appeals)
                    if (a->kind == AppealKind::Objection && a->decidedOn.isValid() && a->decidedOn > b.procedureEnd)
                        b.procedureEnd = a->decidedOn;
            }
            const auto v = versions->find(bodyId);
            if (v != versions->end() && v->second) {
                const VersionSummary& content = *v->second;
                b.fromConclusion = true;
                b.score = content.score;
                b.rating = content.rating;
                b.ratingName = content.ratingName;
                for (const ReorganizationNote& n : content.reorganizations)
                    if (std::none_of(row.reorganizations.begin(), row.reorganizations.end(),
                                     [&n](const ReorganizationNote& x) { return x.bodyId == n.bodyId; }))
                        row.reorganizations.push_back(n);
            } else if (const auto s = scoreOf.find(bodyId); s != scoreOf.end()) {
                b.score = s->second->result.score;
                if (s->second->rating) {
                    b.rating = s->second->rating->code;
                    b.ratingName = s->second->rating->name;
                }
            }
            if (const auto p = lastScore.find(bodyId); p != lastScore.end()) {
                b.previous = p->second;
                if (b.score)
                    b.change = *b.score - p->second;
            }
        }
    }

    CommissionResult result;
    result.year = year;
    for (auto& [id, row] : rows) {
        auto recommendations = m_conclusions.commissionRecommendations(id, year);
        if (!recommendations)
            return std::unexpected(recommendations.error());
        row.recommendations = static_cast<int>(recommendations->size());
        result.rows.push_back(std::move(row));
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const CommissionRow& a, const CommissionRow& b) { return a.code < b.code; });
    for (int block = 1; block <= BlockCount; ++block)
        rank(result.rows, block);

    if (!keepGoing(progress, Steps, Steps))
        return fail(ErrorCode::Cancelled);
    std::vector<DeclineAlert> alerts;
    for (auto& [block, found] : alertsOf)
        alerts.insert(alerts.end(), found.begin(), found.end());
    for (const DeclineAlert& a : alerts) {
        const auto row = std::find_if(result.rows.begin(), result.rows.end(),
                                      [&a](const CommissionRow& r) { return r.bodyId == a.bodyId; });
        if (row == result.rows.end() || a.block < 1 || a.block > BlockCount)
            continue;
        row->blocks[static_cast<std::size_t>(a.block - 1)].alert = true;
        result.alerts.push_back({a.bodyId, row->code, row->name, a.block, a.scores});
    }
    std::sort(result.alerts.begin(), result.alerts.end(), [](const CommissionAlert& a, const CommissionAlert& b) {
        return std::tie(a.code, a.block) < std::tie(b.code, b.block);
    });
    return result;
}

Result<CommissionRow> CommissionService::readiness(int year, qint64 bodyId) const
{
    auto body = m_registry.repository().body(bodyId);
    if (!body)
        return std::unexpected(body.error());
    CommissionRow row;
    row.bodyId = bodyId;
    row.code = body->code;
    if (!body->names.empty())
        row.name = body->nameOn(QDate(year, 12, 31)).shortName;
    bool any = false;
    for (int block = 1; block <= BlockCount; ++block) {
        CommissionBlock& b = row.blocks[static_cast<std::size_t>(block - 1)];
        b.block = block;
        auto inScope = m_scores.bodiesInScope(year, block);
        if (!inScope)
            return std::unexpected(inScope.error());
        b.inScope = std::find(inScope->begin(), inScope->end(), bodyId) != inScope->end();
        if (!b.inScope)
            continue;
        any = true;
        auto c = m_conclusions.find(bodyId, year, block);
        if (!c)
            return std::unexpected(c.error());
        if (*c) {
            b.conclusionId = (*c)->id;
            b.state = (*c)->state;
            b.version = (*c)->versions;
        }
    }
    if (!any)
        return fail(ErrorCode::ConclusionOutOfScope, u"%1 %2"_s.arg(row.code).arg(year));
    auto stages = readStages(m_db, year, bodyId);
    if (!stages)
        return std::unexpected(stages.error());
    if (const auto s = stages->find(bodyId); s != stages->end())
        row.stages = s->second;
    return row;
}

Result<void> CommissionService::checkStage(const CommissionRow& row, CommissionStage stage, QDate date)
{
    const std::size_t i = indexOf(stage);
    if (date.isNull()) {
        for (std::size_t later = i + 1; later < row.stages.size(); ++later)
            if (row.stages[later].isValid())
                return fail(ErrorCode::InvalidDateRange,
                            u"%1: %2 is recorded"_s.arg(row.code, toString(static_cast<CommissionStage>(later))));
        return {};
    }
    if (!date.isValid())
        return fail(ErrorCode::InvalidDate, row.code);
    if (stage == CommissionStage::ToWorkingBody && !row.conclusionsFinal())
        return fail(ErrorCode::ConclusionsNotFinal, notFinalDetail(row));
    if (stage == CommissionStage::ToWorkingBody)
        for (const CommissionBlock& b : row.blocks)
            if (b.inScope && b.procedureEnd.isValid() && date < b.procedureEnd)
                return fail(ErrorCode::InvalidDateRange,
                            u"%1: %2 before the appeal procedure of block %3 ended on %4"_s.arg(row.code, isoDate(date))
                                .arg(b.block)
                                .arg(isoDate(b.procedureEnd)));
    if (i > 0) {
        const QDate earlier = row.stages[i - 1];
        const QString name = toString(static_cast<CommissionStage>(i - 1));
        if (!earlier.isValid())
            return fail(ErrorCode::InvalidDateRange, u"%1: %2 is not recorded"_s.arg(row.code, name));
        if (date < earlier)
            return fail(ErrorCode::InvalidDateRange,
                        u"%1: %2 before %3 %4"_s.arg(row.code, isoDate(date), name, isoDate(earlier)));
    }
    if (i + 1 < row.stages.size()) {
        const QDate later = row.stages[i + 1];
        const QString name = toString(static_cast<CommissionStage>(i + 1));
        if (later.isValid() && date > later)
            return fail(ErrorCode::InvalidDateRange,
                        u"%1: %2 after %3 %4"_s.arg(row.code, isoDate(date), name, isoDate(later)));
    }
    return {};
}

Result<void> CommissionService::writeStage(int year, const CommissionRow& row, CommissionStage stage, QDate date,
                                           const QString& reason)
{
    const QDate before = row.stages[indexOf(stage)];
    if (before == date || (!before.isValid() && !date.isValid()))
        return {};
    const QString column = stageColumn(stage);
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO commission_stage (year, body_id, %1) VALUES (?, ?, ?) "
              "ON CONFLICT (year, body_id) DO UPDATE SET %1 = excluded.%1"_s.arg(column));
    w.addBindValue(year);
    w.addBindValue(row.bodyId);
    w.addBindValue(sqlDate(date));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    return m_audit.record(AuditAction::Update, stageEntity, year, row.bodyId, toString(stage), dateOrNull(before),
                          dateOrNull(date), reason);
}

Result<void> CommissionService::setStage(int year, qint64 bodyId, CommissionStage stage, QDate date,
                                         const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    auto row = readiness(year, bodyId);
    if (!row)
        return std::unexpected(row.error());
    if (auto r = checkStage(*row, stage, date); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = writeStage(year, *row, stage, date, reason); !r)
        return r;
    return tx.commit();
}

Result<int> CommissionService::setStageAll(int year, CommissionStage stage, QDate date, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    if (!date.isValid())
        return fail(ErrorCode::InvalidDate, QString());
    auto all = result(year);
    if (!all)
        return std::unexpected(all.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    int count = 0;
    for (const CommissionRow& row : all->rows) {
        // A body already at that date, or not ready, is left as it is.
        if (row.stages[indexOf(stage)] == date || !checkStage(row, stage, date))
            continue;
        if (auto r = writeStage(year, row, stage, date, reason); !r)
            return std::unexpected(r.error());
        ++count;
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return count;
}

} // namespace core
