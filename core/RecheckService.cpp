// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecheckService.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "MethodologyService.h"
#include "Package.h"
#include "Registry.h"
#include "ReportService.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr int MinYear = 2010;
constexpr int MaxYear = 2100;
constexpr double MaxLargeChange = 10000;

const QString recheckEntity = u"recheck"_s;
const QString criterionEntity = u"recheck_criterion"_s;

constexpr std::pair<RiskKind, QStringView> kindNames[] = {
    {RiskKind::LargeChange, u"large-change"},
    {RiskKind::OnTarget, u"on-target"},
    {RiskKind::Late, u"late"},
    {RiskKind::EarlierCorrections, u"earlier-corrections"},
    {RiskKind::Random, u"random"},
};

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

std::optional<QString> numberOrNull(const std::optional<double>& v)
{
    return v ? std::optional<QString>(number(*v)) : std::nullopt;
}

std::optional<QString> textOrNull(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

/// An empty text for a NOT NULL column (a null QString binds as NULL).
QString nn(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

/// A percentage rounded to one decimal, without trailing zeros: 62.5, 100, 33.3.
QString percent(double v)
{
    return number(std::round(v * 10) / 10);
}

/// 64-bit FNV-1a: a hash that is the same on every machine and in every version, so that the
/// "random" share of a year is reproducible.
quint64 fnv1a(const QByteArray& data)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

bool validYear(int year)
{
    return year >= MinYear && year <= MaxYear;
}

Result<void> checkYearAndBlock(int year, std::optional<int> block)
{
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    if (block && (*block < 1 || *block > BlockCount))
        return fail(ErrorCode::InvalidBlock, QString::number(*block));
    return {};
}

void sortReasons(std::vector<RiskReason>& reasons)
{
    std::sort(reasons.begin(), reasons.end(), [](const RiskReason& a, const RiskReason& b) { return a.kind < b.kind; });
}

QString reasonKinds(const std::vector<RiskReason>& reasons)
{
    QStringList kinds;
    for (const RiskReason& r : reasons)
        kinds << toString(r.kind);
    return kinds.join(u", "_s);
}

/// "G1.1 2025 block 1", how the audit names a selected value.
QString valueWhat(const Recheck& r)
{
    return u"%1 %2 block %3"_s.arg(r.code).arg(r.year).arg(r.block);
}

/// The stored selection matching `where` (with `values` bound in order), ordered by body code,
/// block and indicator code, with its reasons. A pending value's reported fact is the fact now.
Result<std::vector<Recheck>> query(Database& db, const QString& where, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT r.id, r.year, r.block, r.body_id, b.code, r.indicator_code, r.selected_at, r.selected_by, "
              "r.outcome, CASE WHEN r.outcome IS NULL THEN v.fact ELSE r.reported_fact END, r.corrected_fact, "
              "r.outcome_reason, r.evidence_id, r.decided_at, r.decided_by "
              "FROM recheck r JOIN body b ON b.id = r.body_id "
              "LEFT JOIN indicator_value v ON v.year = r.year AND v.block = r.block AND v.body_id = r.body_id "
              "AND v.indicator_code = r.indicator_code WHERE "_s
              + where + u" ORDER BY b.code, r.block, r.indicator_code"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<Recheck> result;
    std::map<qint64, std::size_t> index;
    while (q.next()) {
        Recheck r;
        r.id = q.value(0).toLongLong();
        r.year = q.value(1).toInt();
        r.block = q.value(2).toInt();
        r.bodyId = q.value(3).toLongLong();
        r.bodyCode = q.value(4).toString();
        r.code = q.value(5).toString();
        r.selectedAt = readDateTime(q.value(6));
        r.selectedBy = q.value(7).toString();
        const QString outcome = q.value(8).toString();
        r.outcome = outcome == u"corrected"   ? RecheckOutcome::Corrected
                    : outcome == u"confirmed" ? RecheckOutcome::Confirmed
                                              : RecheckOutcome::Pending;
        r.reportedFact = readReal(q.value(9));
        r.correctedFact = readReal(q.value(10));
        r.outcomeReason = q.value(11).toString();
        if (!q.value(12).isNull())
            r.evidenceId = q.value(12).toLongLong();
        r.decidedAt = readDateTime(q.value(13));
        r.decidedBy = q.value(14).toString();
        index[r.id] = result.size();
        result.push_back(std::move(r));
    }
    if (result.empty())
        return result;

    QSqlQuery reasons(db.connection());
    // `where` names only columns of r.
    reasons.prepare(
        u"SELECT x.recheck_id, x.kind, x.detail FROM recheck_reason x JOIN recheck r ON r.id = x.recheck_id "
        "WHERE "_s
        + where);
    for (const QVariant& v : values)
        reasons.addBindValue(v);
    if (!reasons.exec())
        return std::unexpected(Database::sqlError(reasons));
    while (reasons.next()) {
        const auto it = index.find(reasons.value(0).toLongLong());
        const auto kind = parseRiskKind(reasons.value(1).toString());
        if (it == index.end() || !kind)
            continue;
        result[it->second].reasons.push_back({*kind, reasons.value(2).toString()});
    }
    for (Recheck& r : result)
        sortReasons(r.reasons);
    return result;
}

Result<Recheck> loadOne(Database& db, qint64 id)
{
    auto found = query(db, u"r.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, u"recheck %1"_s.arg(id));
    return std::move(found->front());
}

/// The value as stored in indicator_value (no row: nothing).
Result<std::optional<IndicatorValue>> storedValue(Database& db, const Recheck& r)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT plan, fact, source_type FROM indicator_value "
              "WHERE year = ? AND block = ? AND body_id = ? AND indicator_code = ?"_s);
    q.addBindValue(r.year);
    q.addBindValue(r.block);
    q.addBindValue(r.bodyId);
    q.addBindValue(r.code);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return std::optional<IndicatorValue>();
    return std::optional<IndicatorValue>(
        IndicatorValue{readReal(q.value(0)), readReal(q.value(1)), q.value(2).toInt()});
}

/// The decision columns of a recheck row and their audit entries, one per changed field.
struct Decision
{
    std::optional<RecheckOutcome> outcome; ///< none: pending
    std::optional<double> reportedFact;
    std::optional<double> correctedFact;
    QString outcomeReason;
    std::optional<qint64> evidenceId;
};

Decision decisionOf(const Recheck& r)
{
    return {r.outcome == RecheckOutcome::Pending ? std::nullopt : std::optional(r.outcome),
            r.outcome == RecheckOutcome::Pending ? std::nullopt : r.reportedFact, r.correctedFact, r.outcomeReason,
            r.evidenceId};
}

Result<void> writeDecision(Database& db, AuditLog& audit, const Recheck& before, const Decision& after,
                           const QString& reason)
{
    const bool decided = after.outcome.has_value();
    QSqlQuery w(db.connection());
    w.prepare(u"UPDATE recheck SET outcome = ?, reported_fact = ?, corrected_fact = ?, outcome_reason = ?, "
              "evidence_id = ?, decided_at = ?, decided_by = ? WHERE id = ?"_s);
    w.addBindValue(decided ? QVariant(toString(*after.outcome)) : QVariant(QMetaType(QMetaType::QString)));
    w.addBindValue(sqlReal(after.reportedFact));
    w.addBindValue(sqlReal(after.correctedFact));
    w.addBindValue(nn(after.outcomeReason));
    w.addBindValue(after.evidenceId ? QVariant(*after.evidenceId) : QVariant(QMetaType(QMetaType::LongLong)));
    w.addBindValue(decided ? sqlDateTime(audit.clock().now()) : QVariant(QMetaType(QMetaType::QString)));
    w.addBindValue(decided ? QVariant(audit.user()) : QVariant(QMetaType(QMetaType::QString)));
    w.addBindValue(before.id);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));

    const Decision old = decisionOf(before);
    auto outcomeText = [](const std::optional<RecheckOutcome>& o) {
        return o ? std::optional<QString>(toString(*o)) : std::nullopt;
    };
    auto idText = [](const std::optional<qint64>& id) {
        return id ? std::optional<QString>(QString::number(*id)) : std::nullopt;
    };
    const QString prefix = valueWhat(before) + u": "_s;
    const std::tuple<QString, std::optional<QString>, std::optional<QString>> changes[] = {
        {u"outcome"_s, outcomeText(old.outcome), outcomeText(after.outcome)},
        {u"reported_fact"_s, numberOrNull(old.reportedFact), numberOrNull(after.reportedFact)},
        {u"corrected_fact"_s, numberOrNull(old.correctedFact), numberOrNull(after.correctedFact)},
        {u"outcome_reason"_s, textOrNull(old.outcomeReason), textOrNull(after.outcomeReason)},
        {u"evidence_id"_s, idText(old.evidenceId), idText(after.evidenceId)},
    };
    for (const auto& [field, oldValue, newValue] : changes) {
        if (oldValue == newValue)
            continue;
        if (auto r = audit.record(AuditAction::Update, recheckEntity, before.id, before.bodyId, prefix + field,
                                  oldValue, newValue, reason);
            !r)
            return r;
    }
    return {};
}

} // namespace

QString toString(RiskKind kind)
{
    for (const auto& [k, name] : kindNames)
        if (k == kind)
            return name.toString();
    return {};
}

std::optional<RiskKind> parseRiskKind(const QString& text)
{
    for (const auto& [k, name] : kindNames)
        if (name == text)
            return k;
    return std::nullopt;
}

std::vector<RiskCriterion> defaultRiskCriteria()
{
    return {{RiskKind::LargeChange, true, 50},
            {RiskKind::OnTarget, true, 0},
            {RiskKind::Late, true, 0},
            {RiskKind::EarlierCorrections, true, 0},
            {RiskKind::Random, true, 10}};
}

QString toString(RecheckOutcome outcome)
{
    switch (outcome) {
    case RecheckOutcome::Pending:
        return u"pending"_s;
    case RecheckOutcome::Confirmed:
        return u"confirmed"_s;
    case RecheckOutcome::Corrected:
        return u"corrected"_s;
    }
    return {};
}

RecheckService::RecheckService(Database& db, AuditLog& audit, MethodologyService& methodologies, ReportService& reports)
    : m_db(db)
    , m_audit(audit)
    , m_methodologies(methodologies)
    , m_reports(reports)
{ }

Result<std::vector<RiskCriterion>> RecheckService::criteria(int year) const
{
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT kind, enabled, parameter FROM recheck_criterion WHERE year = ?"_s);
    q.addBindValue(year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::map<RiskKind, RiskCriterion> stored;
    while (q.next())
        if (const auto kind = parseRiskKind(q.value(0).toString()))
            stored[*kind] = {*kind, q.value(1).toInt() != 0, q.value(2).toDouble()};
    std::vector<RiskCriterion> result = defaultRiskCriteria();
    if (stored.empty())
        return result;
    // A year with stored criteria uses only those; a kind it lacks is off.
    for (RiskCriterion& c : result) {
        const auto it = stored.find(c.kind);
        if (it != stored.end())
            c = it->second;
        else
            c.enabled = false;
    }
    return result;
}

Result<void> RecheckService::setCriteria(int year, const std::vector<RiskCriterion>& criteria, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    std::set<RiskKind> seen;
    for (const RiskCriterion& c : criteria) {
        const QString what = toString(c.kind) + u' ' + number(c.parameter);
        if (!seen.insert(c.kind).second)
            return fail(ErrorCode::InvalidRecheckCriteria, u"duplicate "_s + toString(c.kind));
        if (!std::isfinite(c.parameter))
            return fail(ErrorCode::InvalidRecheckCriteria, what);
        if (c.kind == RiskKind::LargeChange && (c.parameter <= 0 || c.parameter > MaxLargeChange))
            return fail(ErrorCode::InvalidRecheckCriteria, what);
        if (c.kind == RiskKind::Random && (c.parameter < 0 || c.parameter > 100))
            return fail(ErrorCode::InvalidRecheckCriteria, what);
    }
    // The full set as stored: a kind not given is off, with its default parameter.
    std::vector<RiskCriterion> next = defaultRiskCriteria();
    for (RiskCriterion& c : next) {
        const auto it = std::find_if(criteria.begin(), criteria.end(),
                                     [&c](const RiskCriterion& given) { return given.kind == c.kind; });
        if (it != criteria.end())
            c = *it;
        else
            c.enabled = false;
    }

    QSqlQuery count(m_db.connection());
    count.prepare(u"SELECT COUNT(*) FROM recheck_criterion WHERE year = ?"_s);
    count.addBindValue(year);
    if (!count.exec() || !count.next())
        return std::unexpected(Database::sqlError(count));
    const bool storedBefore = count.value(0).toInt() > 0;
    auto before = this->criteria(year);
    if (!before)
        return std::unexpected(before.error());
    if (storedBefore && *before == next)
        return {};

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO recheck_criterion (year, kind, enabled, parameter) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (year, kind) DO UPDATE SET enabled = excluded.enabled, parameter = excluded.parameter"_s);
    for (std::size_t k = 0; k < next.size(); ++k) {
        const RiskCriterion& was = (*before)[k];
        const RiskCriterion& now = next[k];
        const QString kind = toString(now.kind);
        w.bindValue(0, year);
        w.bindValue(1, kind);
        w.bindValue(2, now.enabled ? 1 : 0);
        w.bindValue(3, now.parameter);
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        // The first time a year's criteria are stored every field is an entry; later only the changed ones.
        const std::pair<QString, std::pair<QString, QString>> fields[] = {
            {u".enabled"_s, {QString::number(was.enabled ? 1 : 0), QString::number(now.enabled ? 1 : 0)}},
            {u".parameter"_s, {number(was.parameter), number(now.parameter)}},
        };
        for (const auto& [field, values] : fields) {
            if (storedBefore && values.first == values.second)
                continue;
            if (auto r = m_audit.record(storedBefore ? AuditAction::Update : AuditAction::Create, criterionEntity, year,
                                        std::nullopt, kind + field,
                                        storedBefore ? std::optional<QString>(values.first) : std::nullopt,
                                        values.second, reason);
                !r)
                return r;
        }
    }
    return tx.commit();
}

Result<std::vector<Recheck>> RecheckService::candidates(int year, std::optional<int> block) const
{
    if (auto r = checkYearAndBlock(year, block); !r)
        return std::unexpected(r.error());
    auto criteriaOfYear = criteria(year);
    if (!criteriaOfYear)
        return std::unexpected(criteriaOfYear.error());
    std::map<RiskKind, RiskCriterion> on;
    for (const RiskCriterion& c : *criteriaOfYear)
        if (c.enabled)
            on[c.kind] = c;
    if (on.empty())
        return std::vector<Recheck>();

    // The reports looked at: submitted, resubmitted or accepted.
    struct Looked
    {
        ReportKey key;
        QString bodyCode;
    };
    std::vector<Looked> looked;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT r.body_id, b.code, r.block FROM report r JOIN body b ON b.id = r.body_id "
              "WHERE r.year = ? AND r.state IN ('submitted', 'resubmitted', 'accepted') "
              "AND (? IS NULL OR r.block = ?) ORDER BY b.code, r.block"_s);
    q.addBindValue(year);
    q.addBindValue(block ? QVariant(*block) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(block ? QVariant(*block) : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        looked.push_back({{q.value(0).toLongLong(), year, q.value(2).toInt()}, q.value(1).toString()});
    if (looked.empty())
        return std::vector<Recheck>();

    // Earlier corrections: the bodies with values corrected by re-verification the year before.
    std::map<qint64, int> corrected;
    if (on.contains(RiskKind::EarlierCorrections)) {
        QSqlQuery c(m_db.connection());
        c.prepare(u"SELECT body_id, COUNT(*) FROM recheck WHERE year = ? AND outcome = 'corrected' GROUP BY body_id"_s);
        c.addBindValue(year - 1);
        if (!c.exec())
            return std::unexpected(Database::sqlError(c));
        while (c.next())
            corrected[c.value(0).toLongLong()] = c.value(1).toInt();
    }

    // Random: the first ceil(share × n) of the bodies that reported, in the order of a hash of
    // "year:code", so that the same year gives the same bodies on every machine.
    std::set<qint64> drawn;
    if (const auto it = on.find(RiskKind::Random); it != on.end()) {
        std::map<qint64, QString> bodies;
        for (const Looked& l : looked)
            bodies[l.key.bodyId] = l.bodyCode;
        std::vector<std::tuple<quint64, QString, qint64>> order;
        for (const auto& [id, code] : bodies)
            order.emplace_back(fnv1a(u"%1:%2"_s.arg(year).arg(code).toUtf8()), code, id);
        std::sort(order.begin(), order.end());
        const double share = it->second.parameter * static_cast<double>(order.size()) / 100.0;
        const auto take = std::min(order.size(), static_cast<std::size_t>(std::max(0.0, std::ceil(share - 1e-9))));
        for (std::size_t k = 0; k < take; ++k)
            drawn.insert(std::get<2>(order[k]));
    }

    std::vector<Recheck> result;
    for (const Looked& l : looked) {
        auto report = m_reports.report(l.key);
        if (!report)
            return std::unexpected(report.error());
        auto methodology = m_methodologies.inEffect(l.key.block, year);
        if (!methodology)
            return std::unexpected(methodology.error());
        std::vector<ReportItem> lines;
        if (*methodology) {
            auto items = m_reports.items(l.key);
            if (!items)
                return std::unexpected(items.error());
            lines = std::move(*items);
        } else {
            // No methodology any more: the stored values are still what the body reported.
            auto values = m_methodologies.values(year, l.key.block);
            if (!values)
                return std::unexpected(values.error());
            auto lastYear = m_methodologies.values(year - 1, l.key.block);
            if (!lastYear)
                return std::unexpected(lastYear.error());
            const auto own = values->find(l.key.bodyId);
            const auto last = lastYear->find(l.key.bodyId);
            if (own != values->end())
                for (const auto& [code, value] : own->second) {
                    ReportItem item;
                    item.code = code;
                    item.value = value;
                    if (last != lastYear->end())
                        if (const auto v = last->second.find(code); v != last->second.end())
                            item.lastYearFact = v->second.fact;
                    lines.push_back(std::move(item));
                }
        }

        for (const ReportItem& item : lines) {
            if (!item.value.fact && !item.value.plan)
                continue; // nothing reported on this line
            std::vector<RiskReason> reasons;
            const std::optional<double> fact = item.value.fact;
            if (const auto it = on.find(RiskKind::LargeChange);
                it != on.end() && fact && item.lastYearFact && *item.lastYearFact != 0) {
                const double change = (*fact - *item.lastYearFact) / std::abs(*item.lastYearFact) * 100;
                if (std::abs(change) > it->second.parameter)
                    reasons.push_back({RiskKind::LargeChange, (change > 0 ? u"+"_s : QString()) + percent(change)
                                                                  + u" % from "_s + QString::number(year - 1)});
            }
            if (on.contains(RiskKind::OnTarget) && fact) {
                std::optional<double> plan = item.value.plan;
                if (!plan && *methodology)
                    if (const Indicator* indicator = (**methodology).indicator(item.code))
                        plan = indicator->plan;
                if (plan && *fact == *plan)
                    reasons.push_back({RiskKind::OnTarget, u"fact = plan "_s + number(*plan)});
            }
            if (on.contains(RiskKind::Late) && report->timeliness == Timeliness::Late)
                reasons.push_back({RiskKind::Late,
                                   report->daysLate == 1 ? u"1 day late"_s : u"%1 days late"_s.arg(report->daysLate)});
            if (const auto it = corrected.find(l.key.bodyId); it != corrected.end())
                reasons.push_back(
                    {RiskKind::EarlierCorrections, u"%1 corrected in %2"_s.arg(it->second).arg(year - 1)});
            if (drawn.contains(l.key.bodyId))
                reasons.push_back({RiskKind::Random, u"random %1 %"_s.arg(number(on.at(RiskKind::Random).parameter))});
            if (reasons.empty())
                continue;
            Recheck r;
            r.year = year;
            r.block = l.key.block;
            r.bodyId = l.key.bodyId;
            r.bodyCode = l.bodyCode;
            r.code = item.code;
            r.reasons = std::move(reasons);
            r.reportedFact = fact;
            result.push_back(std::move(r));
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Recheck& a, const Recheck& b) {
        return std::tie(a.bodyCode, a.block, a.code) < std::tie(b.bodyCode, b.block, b.code);
    });

    // Values selected already keep their id (and their decision), so a preview shows what is new.
    auto stored = query(m_db, u"r.year = ?"_s, {year});
    if (!stored)
        return std::unexpected(stored.error());
    std::map<std::tuple<qint64, int, QString>, const Recheck*> byValue;
    for (const Recheck& s : *stored)
        byValue[{s.bodyId, s.block, s.code}] = &s;
    for (Recheck& r : result)
        if (const auto it = byValue.find({r.bodyId, r.block, r.code}); it != byValue.end()) {
            const Recheck& s = *it->second;
            r.id = s.id;
            r.selectedAt = s.selectedAt;
            r.selectedBy = s.selectedBy;
            r.outcome = s.outcome;
            r.reportedFact = s.reportedFact;
            r.correctedFact = s.correctedFact;
            r.outcomeReason = s.outcomeReason;
            r.evidenceId = s.evidenceId;
            r.decidedAt = s.decidedAt;
            r.decidedBy = s.decidedBy;
        }
    return result;
}

Result<int> RecheckService::select(int year, std::optional<int> block, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto found = candidates(year, block);
    if (!found)
        return std::unexpected(found.error());
    auto stored = query(m_db, u"r.year = ?"_s, {year});
    if (!stored)
        return std::unexpected(stored.error());
    std::map<qint64, const Recheck*> byId;
    for (const Recheck& s : *stored)
        byId[s.id] = &s;

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    const QDateTime now = m_audit.clock().now();
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO recheck (year, block, body_id, indicator_code, selected_at, selected_by) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery addReason(m_db.connection());
    addReason.prepare(u"INSERT INTO recheck_reason (recheck_id, kind, detail) VALUES (?, ?, ?)"_s);
    int added = 0;
    for (const Recheck& c : *found) {
        qint64 id = c.id;
        std::vector<RiskReason> newReasons;
        if (id == 0) {
            insert.bindValue(0, year);
            insert.bindValue(1, c.block);
            insert.bindValue(2, c.bodyId);
            insert.bindValue(3, c.code);
            insert.bindValue(4, sqlDateTime(now));
            insert.bindValue(5, m_audit.user());
            if (!insert.exec())
                return std::unexpected(Database::sqlError(insert));
            id = insert.lastInsertId().toLongLong();
            newReasons = c.reasons;
            ++added;
            if (auto r = m_audit.record(AuditAction::Create, recheckEntity, id, c.bodyId, {}, std::nullopt,
                                        valueWhat(c) + u": "_s + reasonKinds(c.reasons), reason);
                !r)
                return std::unexpected(r.error());
        } else {
            const auto it = byId.find(id);
            for (const RiskReason& reasonNow : c.reasons) {
                const bool known = it != byId.end()
                                   && std::any_of(it->second->reasons.begin(), it->second->reasons.end(),
                                                  [&](const RiskReason& had) { return had.kind == reasonNow.kind; });
                if (known)
                    continue;
                newReasons.push_back(reasonNow);
                if (auto r = m_audit.record(AuditAction::Update, recheckEntity, id, c.bodyId,
                                            valueWhat(c) + u": reason "_s + toString(reasonNow.kind), std::nullopt,
                                            nn(reasonNow.detail), reason);
                    !r)
                    return std::unexpected(r.error());
            }
        }
        for (const RiskReason& r : newReasons) {
            addReason.bindValue(0, id);
            addReason.bindValue(1, toString(r.kind));
            addReason.bindValue(2, nn(r.detail));
            if (!addReason.exec())
                return std::unexpected(Database::sqlError(addReason));
        }
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return added;
}

Result<std::vector<Recheck>> RecheckService::list(int year, std::optional<int> block,
                                                  std::optional<qint64> bodyId) const
{
    if (auto r = checkYearAndBlock(year, block); !r)
        return std::unexpected(r.error());
    QString where = u"r.year = ?"_s;
    QVariantList values{year};
    if (block) {
        where += u" AND r.block = ?"_s;
        values << *block;
    }
    if (bodyId) {
        where += u" AND r.body_id = ?"_s;
        values << *bodyId;
    }
    return query(m_db, where, values);
}

Result<void> RecheckService::confirm(qint64 recheckId, const QString& outcomeReason, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto current = loadOne(m_db, recheckId);
    if (!current)
        return std::unexpected(current.error());
    if (current->outcome != RecheckOutcome::Pending)
        return fail(ErrorCode::ReportWrongState, toString(current->outcome));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // The confirmed fact is kept, so that a later change of the value shows against it.
    Decision d{RecheckOutcome::Confirmed, current->reportedFact, std::nullopt, outcomeReason.trimmed(), std::nullopt};
    if (auto r = writeDecision(m_db, m_audit, *current, d, reason); !r)
        return r;
    return tx.commit();
}

Result<void> RecheckService::correct(qint64 recheckId, std::optional<double> fact, const QString& outcomeReason,
                                     const QString& evidenceFileName, const QByteArray& evidence, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (outcomeReason.trimmed().isEmpty())
        return fail(ErrorCode::EmptyName, u"outcome_reason"_s);
    if (fact && !std::isfinite(*fact))
        return fail(ErrorCode::InvalidValue, number(*fact));
    const QString fileName = QFileInfo(evidenceFileName).fileName();
    if (!evidence.isEmpty()) {
        if (evidence.size() > ReportService::MaxEvidenceBytes)
            return fail(ErrorCode::EvidenceTooLarge, evidenceFileName);
        if (fileName.isEmpty())
            return fail(ErrorCode::FileUnreadable, evidenceFileName);
    }
    auto current = loadOne(m_db, recheckId);
    if (!current)
        return std::unexpected(current.error());
    if (current->outcome != RecheckOutcome::Pending)
        return fail(ErrorCode::ReportWrongState, toString(current->outcome));
    auto stored = storedValue(m_db, *current);
    if (!stored)
        return std::unexpected(stored.error());
    const IndicatorValue before = stored->value_or(IndicatorValue{});

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // The corrected fact replaces the reported one at once (scores use it); plan and §7 source stay.
    if (auto r = m_methodologies.setValue(current->year, current->block, current->bodyId, current->code,
                                          {before.plan, fact, before.sourceType}, reason);
        !r)
        return r;

    std::optional<qint64> evidenceId;
    if (!evidence.isEmpty()) {
        // ReportService::addEvidence refuses a locked report, and a re-verified one is locked: the
        // authorized body's evidence goes in as an import's does.
        auto reportId = m_reports.reportId({current->bodyId, current->year, current->block}, false);
        if (!reportId)
            return std::unexpected(reportId.error());
        if (*reportId == 0)
            return fail(ErrorCode::NotFound, u"report %1 block %2"_s.arg(current->year).arg(current->block));
        auto attached =
            m_reports.storeEvidence(*reportId, current->bodyId, current->code, fileName, evidence, {}, {}, reason);
        if (!attached)
            return std::unexpected(attached.error());
        evidenceId = *attached;
    }

    Decision d{RecheckOutcome::Corrected, before.fact, fact, outcomeReason.trimmed(), evidenceId};
    if (auto r = writeDecision(m_db, m_audit, *current, d, reason); !r)
        return r;
    return tx.commit();
}

Result<void> RecheckService::reopen(qint64 recheckId, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto current = loadOne(m_db, recheckId);
    if (!current)
        return std::unexpected(current.error());
    if (current->outcome == RecheckOutcome::Pending)
        return fail(ErrorCode::ReportWrongState, toString(current->outcome));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (current->outcome == RecheckOutcome::Corrected) {
        auto stored = storedValue(m_db, *current);
        if (!stored)
            return std::unexpected(stored.error());
        const IndicatorValue now = stored->value_or(IndicatorValue{});
        if (auto r = m_methodologies.setValue(current->year, current->block, current->bodyId, current->code,
                                              {now.plan, current->reportedFact, now.sourceType}, reason);
            !r)
            return r;
    }
    // The evidence of a correction stays with the report's line: it was received and is kept.
    if (auto r = writeDecision(m_db, m_audit, *current, Decision{}, reason); !r)
        return r;
    return tx.commit();
}

Result<void> RecheckService::remove(qint64 recheckId, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto current = loadOne(m_db, recheckId);
    if (!current)
        return std::unexpected(current.error());
    if (current->outcome != RecheckOutcome::Pending)
        return fail(ErrorCode::ReportWrongState, toString(current->outcome));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery w(m_db.connection());
    w.prepare(u"DELETE FROM recheck_reason WHERE recheck_id = ?"_s);
    w.addBindValue(recheckId);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    w.prepare(u"DELETE FROM recheck WHERE id = ?"_s);
    w.addBindValue(recheckId);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r = m_audit.record(AuditAction::Delete, recheckEntity, recheckId, current->bodyId, {},
                                valueWhat(*current) + u": "_s + reasonKinds(current->reasons), std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

} // namespace core
