// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodologyService.h"

#include "AuditLog.h"
#include "Database.h"
#include "Registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

const QString entity = u"methodology"_s;

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString scaleText(const std::vector<ScaleStep>& scale)
{
    if (scale.empty())
        return {};
    QJsonArray steps;
    for (const ScaleStep& s : scale)
        steps.append(QJsonArray{s.threshold, s.points});
    return QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact));
}

std::vector<ScaleStep> parseScale(const QString& text)
{
    std::vector<ScaleStep> result;
    const QJsonArray steps = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& step : steps) {
        const QJsonArray pair = step.toArray();
        result.push_back({pair.at(0).toDouble(), pair.at(1).toDouble()});
    }
    return result;
}

/// The methodology as field → text, for the audit trail: one entry per changed field.
std::map<QString, QString> flatten(const Methodology& m)
{
    std::map<QString, QString> f;
    auto text3 = [&f](const QString& key, const Text3& t) {
        f[key + u".kk"_s] = t.kk;
        f[key + u".ru"_s] = t.ru;
        f[key + u".en"_s] = t.en;
    };
    text3(u"title"_s, m.title);
    f[u"not_counted"_s] = toString(m.notCounted);
    f[u"full_at"_s] = number(m.fullAt);
    f[u"partial_at"_s] = number(m.partialAt);
    QStringList owners;
    for (qint64 o : m.owners)
        owners << QString::number(o);
    f[u"owners"_s] = owners.join(u',');
    for (const Criterion& c : m.criteria) {
        const QString ck = u"criterion "_s + c.code;
        text3(ck + u".name"_s, c.name);
        f[ck + u".weight"_s] = number(c.weight);
        for (const Indicator& i : c.indicators) {
            const QString ik = u"indicator "_s + i.code;
            f[ik + u".criterion"_s] = c.code;
            text3(ik + u".name"_s, i.name);
            text3(ik + u".definition"_s, i.definition);
            text3(ik + u".unit"_s, i.unit);
            text3(ik + u".verification"_s, i.verification);
            f[ik + u".direction"_s] = toString(i.direction);
            f[ik + u".weight"_s] = number(i.weight);
            f[ik + u".scoring"_s] = toString(i.scoring);
            f[ik + u".cap"_s] = number(i.cap);
            f[ik + u".scale"_s] = scaleText(i.scale);
            f[ik + u".formula"_s] = i.formula;
            f[ik + u".plan"_s] = i.plan ? number(*i.plan) : QString();
            f[ik + u".source_type"_s] = QString::number(i.sourceType);
            f[ik + u".minimum"_s] = i.minimum ? number(*i.minimum) : QString();
            f[ik + u".maximum"_s] = i.maximum ? number(*i.maximum) : QString();
        }
    }
    return f;
}

/// Criterion and indicator codes: 1–24 letters, digits, '.', '-' or '_' ("1.2", "B2-OPEN-3").
bool validCode(const QString& code)
{
    if (code.isEmpty() || code.size() > 24)
        return false;
    for (QChar ch : code)
        if (!ch.isLetterOrNumber() && ch != u'.' && ch != u'-' && ch != u'_')
            return false;
    return true;
}

/// An empty text for a NOT NULL column (a null QString binds as NULL).
QString nn(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

bool validWeight(double w)
{
    return std::isfinite(w) && w >= 0 && w <= 100;
}

/// The audit entries of one value's change: one per changed field (plan, fact, §7 source), old → new;
/// `before` or `after` empty for a value created or removed.
Result<void> recordValueChange(AuditLog& audit, qint64 id, qint64 bodyId, int year, int block, const QString& code,
                               const std::optional<IndicatorValue>& before, const std::optional<IndicatorValue>& after,
                               const QString& reason)
{
    const AuditAction action = !after ? AuditAction::Delete : (before ? AuditAction::Update : AuditAction::Create);
    auto real = [](const std::optional<IndicatorValue>& v, std::optional<double> IndicatorValue::*field) {
        return v && (*v).*field ? std::optional<QString>(number(*((*v).*field))) : std::nullopt;
    };
    auto source = [](const std::optional<IndicatorValue>& v) {
        return v ? std::optional<QString>(QString::number(v->sourceType)) : std::nullopt;
    };
    const QString prefix = u"%1 %2 block %3: "_s.arg(code).arg(year).arg(block);
    const std::vector<std::tuple<QString, std::optional<QString>, std::optional<QString>>> changes{
        {u"plan"_s, real(before, &IndicatorValue::plan), real(after, &IndicatorValue::plan)},
        {u"fact"_s, real(before, &IndicatorValue::fact), real(after, &IndicatorValue::fact)},
        {u"source_type"_s, source(before), source(after)}};
    for (const auto& [field, oldValue, newValue] : changes) {
        if (oldValue == newValue)
            continue;
        if (auto r = audit.record(action, u"indicator_value"_s, id, bodyId, prefix + field, oldValue, newValue, reason);
            !r)
            return r;
    }
    return {};
}

} // namespace

MethodologyService::MethodologyService(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<std::vector<MethodologySummary>> MethodologyService::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT m.id, m.block, m.year, m.version, m.sample, m.approved_on IS NOT NULL, m.title_kk, "
                "m.title_ru, m.title_en, "
                "(SELECT COUNT(*) FROM criterion c WHERE c.methodology_id = m.id), "
                "(SELECT COUNT(*) FROM indicator i JOIN criterion c ON c.id = i.criterion_id "
                "WHERE c.methodology_id = m.id) "
                "FROM methodology m ORDER BY m.year DESC, m.block, m.version DESC"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<MethodologySummary> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                          q.value(4).toBool(), q.value(5).toBool(),
                          Text3{q.value(6).toString(), q.value(7).toString(), q.value(8).toString()},
                          q.value(9).toInt(), q.value(10).toInt()});
    return result;
}

Result<Methodology> MethodologyService::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT block, year, version, sample, title_kk, title_ru, title_en, approved_by, approved_on, "
              "agreed_state_planning, agreed_working_body, not_counted, full_at, partial_at, based_on "
              "FROM methodology WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"methodology %1"_s.arg(id));
    Methodology m;
    m.id = id;
    m.block = q.value(0).toInt();
    m.year = q.value(1).toInt();
    m.version = q.value(2).toInt();
    m.sample = q.value(3).toBool();
    m.title = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    m.approval = {q.value(7).toString(), parseIsoDate(q.value(8).toString()), parseIsoDate(q.value(9).toString()),
                  parseIsoDate(q.value(10).toString())};
    m.notCounted = parseNotCountedPolicy(q.value(11).toString()).value_or(NotCountedPolicy::Reweight);
    m.fullAt = q.value(12).toDouble();
    m.partialAt = q.value(13).toDouble();
    if (!q.value(14).isNull())
        m.basedOn = q.value(14).toLongLong();

    QSqlQuery o(m_db.connection());
    o.prepare(u"SELECT body_id FROM methodology_owner WHERE methodology_id = ? ORDER BY body_id"_s);
    o.addBindValue(id);
    if (!o.exec())
        return std::unexpected(Database::sqlError(o));
    while (o.next())
        m.owners.push_back(o.value(0).toLongLong());

    QSqlQuery c(m_db.connection());
    c.prepare(u"SELECT id, code, name_kk, name_ru, name_en, weight FROM criterion WHERE methodology_id = ? "
              "ORDER BY position"_s);
    c.addBindValue(id);
    if (!c.exec())
        return std::unexpected(Database::sqlError(c));
    while (c.next())
        m.criteria.push_back(Criterion{c.value(0).toLongLong(),
                                       c.value(1).toString(),
                                       {c.value(2).toString(), c.value(3).toString(), c.value(4).toString()},
                                       c.value(5).toDouble(),
                                       {}});
    QSqlQuery i(m_db.connection());
    i.prepare(u"SELECT id, code, name_kk, name_ru, name_en, definition_kk, definition_ru, definition_en, unit_kk, "
              "unit_ru, unit_en, direction, weight, scoring, cap, scale, formula, plan, source_type, "
              "verification_kk, verification_ru, verification_en, min_value, max_value FROM indicator "
              "WHERE criterion_id = ? "
              "ORDER BY position"_s);
    for (Criterion& criterion : m.criteria) {
        i.bindValue(0, criterion.id);
        if (!i.exec())
            return std::unexpected(Database::sqlError(i));
        while (i.next()) {
            Indicator ind;
            ind.id = i.value(0).toLongLong();
            ind.code = i.value(1).toString();
            ind.name = {i.value(2).toString(), i.value(3).toString(), i.value(4).toString()};
            ind.definition = {i.value(5).toString(), i.value(6).toString(), i.value(7).toString()};
            ind.unit = {i.value(8).toString(), i.value(9).toString(), i.value(10).toString()};
            ind.direction = parseDirection(i.value(11).toString()).value_or(Direction::Higher);
            ind.weight = i.value(12).toDouble();
            ind.scoring = parseScoringKind(i.value(13).toString()).value_or(ScoringKind::Ratio);
            ind.cap = i.value(14).toDouble();
            ind.scale = parseScale(i.value(15).toString());
            ind.formula = i.value(16).toString();
            ind.plan = readReal(i.value(17));
            ind.sourceType = i.value(18).toInt();
            ind.verification = {i.value(19).toString(), i.value(20).toString(), i.value(21).toString()};
            ind.minimum = readReal(i.value(22));
            ind.maximum = readReal(i.value(23));
            criterion.indicators.push_back(std::move(ind));
        }
    }
    return m;
}

Result<std::optional<Methodology>> MethodologyService::inEffect(int block, int year) const
{
    QSqlQuery q(m_db.connection());
    // The latest approved version; without one, the latest draft.
    q.prepare(u"SELECT id FROM methodology WHERE block = ? AND year = ? "
              "ORDER BY approved_on IS NOT NULL DESC, version DESC LIMIT 1"_s);
    q.addBindValue(block);
    q.addBindValue(year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return std::optional<Methodology>();
    auto m = load(q.value(0).toLongLong());
    if (!m)
        return std::unexpected(m.error());
    return std::optional<Methodology>(std::move(*m));
}

Result<std::optional<Methodology>> MethodologyService::previousYear(const Methodology& m) const
{
    return inEffect(m.block, m.year - 1);
}

Result<std::vector<MethodologyProblem>> MethodologyService::check(const Methodology& m, bool forApproval) const
{
    auto previous = previousYear(m);
    if (!previous)
        return std::unexpected(previous.error());
    return checkMethodology(m, *previous ? &**previous : nullptr, forApproval);
}

Result<void> MethodologyService::validate(const Methodology& m)
{
    if (m.block < 1 || m.block > BlockCount)
        return fail(ErrorCode::InvalidBlock, QString::number(m.block));
    if (m.year < 2010 || m.year > 2100)
        return fail(ErrorCode::InvalidYear, QString::number(m.year));
    if (!std::isfinite(m.fullAt) || !std::isfinite(m.partialAt) || m.partialAt < 0 || m.fullAt > 100
        || m.partialAt > m.fullAt)
        return fail(ErrorCode::InvalidScale, u"thresholds %1/%2"_s.arg(m.partialAt).arg(m.fullAt));
    std::set<QString> criterionCodes;
    std::set<QString> indicatorCodes;
    for (const Criterion& c : m.criteria) {
        if (!validCode(c.code))
            return fail(ErrorCode::InvalidCode, c.code);
        if (!criterionCodes.insert(c.code).second)
            return fail(ErrorCode::DuplicateCode, c.code);
        if (!validWeight(c.weight))
            return fail(ErrorCode::InvalidWeight, c.code);
        for (const Indicator& i : c.indicators) {
            if (!validCode(i.code))
                return fail(ErrorCode::InvalidCode, i.code);
            if (!indicatorCodes.insert(i.code).second)
                return fail(ErrorCode::DuplicateCode, i.code);
            if (!validWeight(i.weight))
                return fail(ErrorCode::InvalidWeight, i.code);
            if (i.sourceType < 0 || i.sourceType > SourceTypeCount
                || (m.block == 1 && i.sourceType == ExpertSourceType))
                return fail(ErrorCode::InvalidSourceType, i.code);
            if (!std::isfinite(i.cap) || i.cap < 1 || i.cap > 10)
                return fail(ErrorCode::InvalidScale, i.code + u": cap"_s);
            if (i.plan && !std::isfinite(*i.plan))
                return fail(ErrorCode::InvalidValue, i.code + u": plan"_s);
            if ((i.minimum && !std::isfinite(*i.minimum)) || (i.maximum && !std::isfinite(*i.maximum))
                || (i.minimum && i.maximum && *i.minimum > *i.maximum))
                return fail(ErrorCode::InvalidValue, i.code + u": range"_s);
            for (const ScaleStep& s : i.scale)
                if (!std::isfinite(s.threshold) || !std::isfinite(s.points) || s.points < 0 || s.points > 100)
                    return fail(ErrorCode::InvalidScale, i.code);
            if (i.scoring == ScoringKind::Formula)
                if (auto r = validateFormula(i.formula); !r)
                    return fail(ErrorCode::InvalidFormula, i.code + u": "_s + r.error().detail);
        }
    }
    return {};
}

Result<int> MethodologyService::nextVersion(int block, int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COALESCE(MAX(version), 0) + 1 FROM methodology WHERE block = ? AND year = ?"_s);
    q.addBindValue(block);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q));
    return q.value(0).toInt();
}

Result<void> MethodologyService::writeContent(qint64 id, const Methodology& m)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE methodology SET sample = ?, title_kk = ?, title_ru = ?, title_en = ?, not_counted = ?, "
              "full_at = ?, partial_at = ? WHERE id = ?"_s);
    q.addBindValue(m.sample);
    q.addBindValue(nn(m.title.kk));
    q.addBindValue(nn(m.title.ru));
    q.addBindValue(nn(m.title.en));
    q.addBindValue(toString(m.notCounted));
    q.addBindValue(m.fullAt);
    q.addBindValue(m.partialAt);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    // Content is replaced as a whole: values refer to indicators by code, so ids may change.
    for (const QString& sql : {u"DELETE FROM criterion WHERE methodology_id = ?"_s,
                               u"DELETE FROM methodology_owner WHERE methodology_id = ?"_s}) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
    }
    q.prepare(u"INSERT INTO methodology_owner (methodology_id, body_id) VALUES (?, ?)"_s);
    for (qint64 owner : std::set<qint64>(m.owners.begin(), m.owners.end())) {
        q.bindValue(0, id);
        q.bindValue(1, owner);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
    }
    QSqlQuery c(m_db.connection());
    c.prepare(u"INSERT INTO criterion (methodology_id, position, code, name_kk, name_ru, name_en, weight) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery i(m_db.connection());
    i.prepare(u"INSERT INTO indicator (criterion_id, position, code, name_kk, name_ru, name_en, definition_kk, "
              "definition_ru, definition_en, unit_kk, unit_ru, unit_en, direction, weight, scoring, cap, scale, "
              "formula, plan, source_type, verification_kk, verification_ru, verification_en, min_value, max_value) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int cpos = 0;
    for (const Criterion& criterion : m.criteria) {
        const QVariantList cv{id,
                              cpos++,
                              criterion.code,
                              nn(criterion.name.kk),
                              nn(criterion.name.ru),
                              nn(criterion.name.en),
                              criterion.weight};
        for (int k = 0; k < cv.size(); ++k)
            c.bindValue(k, cv.at(k));
        if (!c.exec())
            return std::unexpected(Database::sqlError(c));
        const qint64 criterionId = c.lastInsertId().toLongLong();
        int ipos = 0;
        for (const Indicator& ind : criterion.indicators) {
            const QVariantList iv{criterionId,
                                  ipos++,
                                  ind.code,
                                  nn(ind.name.kk),
                                  nn(ind.name.ru),
                                  nn(ind.name.en),
                                  nn(ind.definition.kk),
                                  nn(ind.definition.ru),
                                  nn(ind.definition.en),
                                  nn(ind.unit.kk),
                                  nn(ind.unit.ru),
                                  nn(ind.unit.en),
                                  toString(ind.direction),
                                  ind.weight,
                                  toString(ind.scoring),
                                  ind.cap,
                                  nn(scaleText(ind.scale)),
                                  nn(ind.formula),
                                  sqlReal(ind.plan),
                                  ind.sourceType,
                                  nn(ind.verification.kk),
                                  nn(ind.verification.ru),
                                  ind.verification.en,
                                  sqlReal(ind.minimum),
                                  sqlReal(ind.maximum)};
            for (int k = 0; k < iv.size(); ++k)
                i.bindValue(k, iv.at(k));
            if (!i.exec())
                return std::unexpected(Database::sqlError(i));
        }
    }
    return {};
}

namespace {

Result<void> recordDiff(AuditLog& audit, qint64 id, const std::map<QString, QString>& before,
                        const std::map<QString, QString>& after, const QString& reason)
{
    for (const auto& [field, value] : after) {
        const auto old = before.find(field);
        if (old != before.end() && old->second == value)
            continue;
        const std::optional<QString> oldValue = old == before.end() ? std::nullopt : std::optional(old->second);
        if (!oldValue && value.isEmpty())
            continue;
        if (auto r = audit.record(oldValue ? AuditAction::Update : AuditAction::Create, entity, id, std::nullopt, field,
                                  oldValue, value, reason);
            !r)
            return r;
    }
    for (const auto& [field, value] : before)
        if (!after.contains(field) && !value.isEmpty())
            if (auto r =
                    audit.record(AuditAction::Delete, entity, id, std::nullopt, field, value, std::nullopt, reason);
                !r)
                return r;
    return {};
}

} // namespace

Result<qint64> MethodologyService::insertCopy(const Methodology& source, int year, int version, const QString& reason,
                                              const QString& what)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO methodology (block, year, version, based_on) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(source.block);
    q.addBindValue(year);
    q.addBindValue(version);
    q.addBindValue(source.id ? QVariant(source.id) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = writeContent(id, source); !r)
        return std::unexpected(r.error());
    if (auto r =
            m_audit.record(AuditAction::Create, entity, id, std::nullopt, {}, std::nullopt,
                           u"block %1, %2, version %3%4"_s.arg(source.block).arg(year).arg(version).arg(what), reason);
        !r)
        return std::unexpected(r.error());
    return id;
}

Result<qint64> MethodologyService::create(Methodology m, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (auto r = validate(m); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto version = nextVersion(m.block, m.year);
    if (!version)
        return std::unexpected(version.error());
    m.id = 0;
    auto id = insertCopy(m, m.year, *version, reason, {});
    if (!id)
        return id;
    if (auto r = recordDiff(m_audit, *id, {}, flatten(m), reason); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<qint64> MethodologyService::importApproved(const Methodology& m, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (auto r = validate(m); !r)
        return std::unexpected(r.error());
    if (m.version < 1)
        return fail(ErrorCode::InvalidValue, u"version"_s);
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM methodology WHERE block = ? AND year = ? AND version = ?"_s);
    q.addBindValue(m.block);
    q.addBindValue(m.year);
    q.addBindValue(m.version);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.next())
        return fail(ErrorCode::MethodologyExists,
                    u"block %1, %2, version %3"_s.arg(m.block).arg(m.year).arg(m.version));
    Methodology copy = m;
    copy.id = 0;
    copy.owners.clear();
    auto id = insertCopy(copy, m.year, m.version, reason, u" (from a template)"_s);
    if (!id)
        return id;
    if (auto r = recordDiff(m_audit, *id, {}, flatten(copy), reason); !r)
        return std::unexpected(r.error());
    if (m.isApproved()) {
        q.prepare(u"UPDATE methodology SET approved_by = ?, approved_on = ?, agreed_state_planning = ?, "
                  "agreed_working_body = ? WHERE id = ?"_s);
        q.addBindValue(m.approval.approvedBy);
        q.addBindValue(sqlDate(m.approval.approvedOn));
        q.addBindValue(sqlDate(m.approval.agreedStatePlanning));
        q.addBindValue(sqlDate(m.approval.agreedWorkingBody));
        q.addBindValue(*id);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
        if (auto r = m_audit.record(AuditAction::Update, entity, *id, std::nullopt, u"approved_on"_s, std::nullopt,
                                    isoDate(m.approval.approvedOn), reason);
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> MethodologyService::save(const Methodology& m, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (auto r = validate(m); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto before = load(m.id);
    if (!before)
        return std::unexpected(before.error());
    if (before->isApproved())
        return fail(ErrorCode::MethodologyFrozen, u"methodology %1"_s.arg(m.id));
    if (before->block != m.block || before->year != m.year)
        return fail(ErrorCode::InvalidBlock, u"block and year of a methodology do not change"_s);
    if (auto r = writeContent(m.id, m); !r)
        return r;
    if (auto r = recordDiff(m_audit, m.id, flatten(*before), flatten(m), reason); !r)
        return r;
    return tx.commit();
}

Result<qint64> MethodologyService::newVersion(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto source = load(id);
    if (!source)
        return std::unexpected(source.error());
    auto version = nextVersion(source->block, source->year);
    if (!version)
        return std::unexpected(version.error());
    auto made = insertCopy(*source, source->year, *version, reason, u", new version of %1"_s.arg(source->version));
    if (!made)
        return made;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return made;
}

Result<qint64> MethodologyService::copyToYear(qint64 id, int year, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (year < 2010 || year > 2100)
        return fail(ErrorCode::InvalidYear, QString::number(year));
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto source = load(id);
    if (!source)
        return std::unexpected(source.error());
    auto version = nextVersion(source->block, year);
    if (!version)
        return std::unexpected(version.error());
    if (*version > 1)
        return fail(ErrorCode::MethodologyExists, u"block %1, %2"_s.arg(source->block).arg(year));
    auto made =
        insertCopy(*source, year, 1, reason, u", copied from %1 version %2"_s.arg(source->year).arg(source->version));
    if (!made)
        return made;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return made;
}

Result<void> MethodologyService::approve(qint64 id, const Approval& approval, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto m = load(id);
    if (!m)
        return std::unexpected(m.error());
    if (m->isApproved())
        return fail(ErrorCode::MethodologyFrozen, u"methodology %1"_s.arg(id));
    m->approval = approval;
    auto problems = check(*m, true);
    if (!problems)
        return std::unexpected(problems.error());
    const auto blocking =
        std::count_if(problems->begin(), problems->end(), [](const MethodologyProblem& p) { return p.blocking; });
    if (blocking > 0)
        return fail(ErrorCode::MethodologyProblems, QString::number(blocking));
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE methodology SET approved_by = ?, approved_on = ?, agreed_state_planning = ?, "
              "agreed_working_body = ? WHERE id = ?"_s);
    q.addBindValue(nn(approval.approvedBy));
    q.addBindValue(sqlDate(approval.approvedOn));
    q.addBindValue(sqlDate(approval.agreedStatePlanning));
    q.addBindValue(sqlDate(approval.agreedWorkingBody));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const std::vector<std::pair<QString, QString>> fields{
        {u"approved_by"_s, approval.approvedBy},
        {u"approved_on"_s, isoDate(approval.approvedOn)},
        {u"agreed_state_planning"_s, isoDate(approval.agreedStatePlanning)},
        {u"agreed_working_body"_s, isoDate(approval.agreedWorkingBody)}};
    for (const auto& [field, value] : fields)
        if (auto r = m_audit.record(AuditAction::Update, entity, id, std::nullopt, field, std::nullopt, value, reason);
            !r)
            return r;
    return tx.commit();
}

Result<void> MethodologyService::withdrawApproval(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto m = load(id);
    if (!m)
        return std::unexpected(m.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE methodology SET approved_by = '', approved_on = NULL, agreed_state_planning = NULL, "
              "agreed_working_body = NULL WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const std::vector<std::pair<QString, QString>> fields{
        {u"approved_by"_s, m->approval.approvedBy},
        {u"approved_on"_s, isoDate(m->approval.approvedOn)},
        {u"agreed_state_planning"_s, isoDate(m->approval.agreedStatePlanning)},
        {u"agreed_working_body"_s, isoDate(m->approval.agreedWorkingBody)}};
    for (const auto& [field, value] : fields)
        if (!value.isEmpty())
            if (auto r =
                    m_audit.record(AuditAction::Update, entity, id, std::nullopt, field, value, std::nullopt, reason);
                !r)
                return r;
    return tx.commit();
}

Result<void> MethodologyService::remove(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto m = load(id);
    if (!m)
        return std::unexpected(m.error());
    if (m->isApproved())
        return fail(ErrorCode::MethodologyFrozen, u"methodology %1"_s.arg(id));
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM methodology WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto r = recordDiff(m_audit, id, flatten(*m), {}, reason); !r)
        return r;
    if (auto r = m_audit.record(AuditAction::Delete, entity, id, std::nullopt, {},
                                u"block %1, %2, version %3"_s.arg(m->block).arg(m->year).arg(m->version), std::nullopt,
                                reason);
        !r)
        return r;
    return tx.commit();
}

Result<void> MethodologyService::setValue(int year, int block, qint64 bodyId, const QString& code,
                                          const IndicatorValue& value, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (block < 1 || block > BlockCount)
        return fail(ErrorCode::InvalidBlock, QString::number(block));
    if ((value.plan && !std::isfinite(*value.plan)) || (value.fact && !std::isfinite(*value.fact)))
        return fail(ErrorCode::InvalidValue, code);
    if (value.sourceType < 0 || value.sourceType > SourceTypeCount
        || (block == 1 && value.sourceType == ExpertSourceType))
        return fail(ErrorCode::InvalidSourceType, code);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Prepared once: an import sets thousands of values.
    auto found = m_db.prepared(u"SELECT id, plan, fact, source_type FROM indicator_value "
                               "WHERE year = ? AND block = ? AND indicator_code = ? AND body_id = ?"_s);
    if (!found)
        return std::unexpected(found.error());
    QSqlQuery& q = **found;
    q.bindValue(0, year);
    q.bindValue(1, block);
    q.bindValue(2, code);
    q.bindValue(3, bodyId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const bool exists = q.next();
    const qint64 rowId = exists ? q.value(0).toLongLong() : 0;
    const std::optional<double> oldPlan = exists ? readReal(q.value(1)) : std::nullopt;
    const std::optional<double> oldFact = exists ? readReal(q.value(2)) : std::nullopt;
    const int oldSource = exists ? q.value(3).toInt() : 0;
    q.finish();
    const bool empty = !value.plan && !value.fact && value.sourceType == 0;
    Result<QSqlQuery*> write = nullptr;
    if (empty) {
        if (!exists)
            return {};
        write = m_db.prepared(u"DELETE FROM indicator_value WHERE id = ?"_s);
        if (write)
            (*write)->bindValue(0, rowId);
    } else if (exists) {
        // A value someone sets is no longer a sample.
        write = m_db.prepared(u"UPDATE indicator_value SET plan = ?, fact = ?, source_type = ?, sample = 0 "
                              "WHERE id = ?"_s);
        if (write) {
            (*write)->bindValue(0, sqlReal(value.plan));
            (*write)->bindValue(1, sqlReal(value.fact));
            (*write)->bindValue(2, value.sourceType);
            (*write)->bindValue(3, rowId);
        }
    } else {
        write = m_db.prepared(u"INSERT INTO indicator_value (year, block, indicator_code, body_id, plan, fact, "
                              "source_type) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (write) {
            (*write)->bindValue(0, year);
            (*write)->bindValue(1, block);
            (*write)->bindValue(2, code);
            (*write)->bindValue(3, bodyId);
            (*write)->bindValue(4, sqlReal(value.plan));
            (*write)->bindValue(5, sqlReal(value.fact));
            (*write)->bindValue(6, value.sourceType);
        }
    }
    if (!write)
        return std::unexpected(write.error());
    QSqlQuery& w = **write;
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    const qint64 id = exists ? rowId : w.lastInsertId().toLongLong();
    w.finish();
    const std::optional<IndicatorValue> before =
        exists ? std::optional(IndicatorValue{oldPlan, oldFact, oldSource}) : std::nullopt;
    const std::optional<IndicatorValue> after = empty ? std::nullopt : std::optional(value);
    if (auto r = recordValueChange(m_audit, id, bodyId, year, block, code, before, after, reason); !r)
        return r;
    return tx.commit();
}

Result<int> MethodologyService::importValues(int year, int block, const std::vector<StoredValue>& values, bool sample,
                                             const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (block < 1 || block > BlockCount)
        return fail(ErrorCode::InvalidBlock, QString::number(block));
    for (const StoredValue& v : values) {
        if ((v.value.plan && !std::isfinite(*v.value.plan)) || (v.value.fact && !std::isfinite(*v.value.fact)))
            return fail(ErrorCode::InvalidValue, v.code);
        if (v.value.sourceType < 0 || v.value.sourceType > SourceTypeCount
            || (block == 1 && v.value.sourceType == ExpertSourceType))
            return fail(ErrorCode::InvalidSourceType, v.code);
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto existing = this->values(year, block);
    if (!existing)
        return std::unexpected(existing.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO indicator_value (year, block, indicator_code, body_id, plan, fact, source_type, sample) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year, block, indicator_code, body_id) DO UPDATE SET "
              "plan = excluded.plan, fact = excluded.fact, source_type = excluded.source_type, "
              "sample = excluded.sample RETURNING id"_s);
    for (const StoredValue& v : values) {
        const QVariantList row{
            year, block, v.code, v.bodyId, sqlReal(v.value.plan), sqlReal(v.value.fact), v.value.sourceType, sample};
        for (int k = 0; k < row.size(); ++k)
            q.bindValue(k, row.at(k));
        if (!q.exec() || !q.next())
            return std::unexpected(Database::sqlError(q));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        std::optional<IndicatorValue> before;
        if (const auto body = existing->find(v.bodyId); body != existing->end())
            if (const auto old = body->second.find(v.code); old != body->second.end())
                before = old->second;
        if (auto r = recordValueChange(m_audit, id, v.bodyId, year, block, v.code, before, v.value, reason); !r)
            return std::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return static_cast<int>(values.size());
}

Result<std::map<qint64, std::map<QString, IndicatorValue>>> MethodologyService::values(int year, int block) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT body_id, indicator_code, plan, fact, source_type FROM indicator_value "
              "WHERE year = ? AND block = ?"_s);
    q.addBindValue(year);
    q.addBindValue(block);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::map<qint64, std::map<QString, IndicatorValue>> result;
    while (q.next())
        result[q.value(0).toLongLong()][q.value(1).toString()] =
            IndicatorValue{readReal(q.value(2)), readReal(q.value(3)), q.value(4).toInt()};
    return result;
}

Result<std::map<QString, IndicatorValue>> MethodologyService::values(int year, int block, qint64 bodyId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT indicator_code, plan, fact, source_type FROM indicator_value "
              "WHERE body_id = ? AND year = ? AND block = ?"_s);
    q.addBindValue(bodyId);
    q.addBindValue(year);
    q.addBindValue(block);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::map<QString, IndicatorValue> result;
    while (q.next())
        result[q.value(0).toString()] = IndicatorValue{readReal(q.value(1)), readReal(q.value(2)), q.value(3).toInt()};
    return result;
}

Result<std::vector<int>> MethodologyService::years() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT year FROM methodology UNION SELECT year FROM indicator_value ORDER BY 1"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<int> result;
    while (q.next())
        result.push_back(q.value(0).toInt());
    return result;
}

Result<std::vector<RatingBand>> MethodologyService::ratingBands(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, min_score, code, name_kk, name_ru, name_en, sample FROM rating_band WHERE year = ? "
              "ORDER BY min_score DESC"_s);
    q.addBindValue(year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<RatingBand> result;
    while (q.next())
        result.push_back(RatingBand{q.value(0).toLongLong(), year, q.value(1).toDouble(), q.value(2).toString(),
                                    Text3{q.value(3).toString(), q.value(4).toString(), q.value(5).toString()},
                                    q.value(6).toBool()});
    return result;
}

Result<void> MethodologyService::setRatingBands(int year, std::vector<RatingBand> bands, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    std::set<QString> codes;
    std::set<double> starts;
    for (const RatingBand& b : bands)
        if (b.code.trimmed().isEmpty() || !std::isfinite(b.minScore) || b.minScore < 0 || b.minScore > 100
            || !codes.insert(b.code).second || !starts.insert(b.minScore).second)
            return fail(ErrorCode::InvalidRatingBands, b.code);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto before = ratingBands(year);
    if (!before)
        return std::unexpected(before.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM rating_band WHERE year = ?"_s);
    q.addBindValue(year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    q.prepare(u"INSERT INTO rating_band (year, min_score, code, name_kk, name_ru, name_en, sample) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    auto describe = [](const std::vector<RatingBand>& list) {
        QStringList parts;
        for (const RatingBand& b : list)
            parts << u"%1 ≥ %2 (%3 | %4 | %5)"_s.arg(b.code, number(b.minScore), b.name.kk, b.name.ru, b.name.en);
        return parts.join(u"; "_s);
    };
    for (const RatingBand& b : bands) {
        const QVariantList v{year, b.minScore, b.code, nn(b.name.kk), nn(b.name.ru), nn(b.name.en), b.sample};
        for (int k = 0; k < v.size(); ++k)
            q.bindValue(k, v.at(k));
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
    }
    std::sort(bands.begin(), bands.end(),
              [](const RatingBand& a, const RatingBand& b) { return a.minScore > b.minScore; });
    const QString oldText = describe(*before);
    const QString newText = describe(bands);
    if (oldText != newText)
        if (auto r = m_audit.record(before->empty() ? AuditAction::Create : AuditAction::Update, u"rating_band"_s, year,
                                    std::nullopt, u"bands"_s, before->empty() ? std::nullopt : std::optional(oldText),
                                    newText, reason);
            !r)
            return r;
    return tx.commit();
}

} // namespace core
