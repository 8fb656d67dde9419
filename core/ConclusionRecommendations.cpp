// SPDX-License-Identifier: GPL-3.0-or-later
// ConclusionService: recommendations (§45, §47 parts 2 and 3, §51, §54–55), and the rows shared by its files.
#include "ConclusionService.h"

#include "AuditLog.h"
#include "ConclusionRows.h"
#include "Database.h"
#include "Registry.h"
#include "RegistryRepository.h"
#include "RegistryService.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace core {

namespace conclusionrows {

std::optional<QString> textOrNull(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

/// Audits the three languages of a text that changed, one entry per language.
Result<void> auditText3(AuditLog& audit, const QString& entity, qint64 id, std::optional<qint64> bodyId,
                        const QString& field, const Text3& before, const Text3& after, const QString& reason)
{
    const std::pair<QString, std::pair<QString, QString>> fields[] = {
        {u"_kk"_s, {before.kk, after.kk}}, {u"_ru"_s, {before.ru, after.ru}}, {u"_en"_s, {before.en, after.en}}};
    for (const auto& [suffix, values] : fields) {
        if (values.first == values.second)
            continue;
        if (auto r = audit.record(AuditAction::Update, entity, id, bodyId, field + suffix, textOrNull(values.first),
                                  textOrNull(values.second), reason);
            !r)
            return r;
    }
    return {};
}

Text3 readText3(const QSqlQuery& q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString()};
}

const QString RecommendationColumns =
    u"id, body_id, year, block, conclusion_id, source, is_order, from_body_id, position, text_kk, text_ru, text_en, "
    "confidential, status, note_kk, note_ru, note_en"_s;

Result<std::vector<Recommendation>> queryRecommendations(Database& db, const QString& where, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT "_s + RecommendationColumns + u" FROM recommendation WHERE "_s + where
              + u" ORDER BY year, block, source, position, id"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<Recommendation> result;
    while (q.next()) {
        Recommendation r;
        r.id = q.value(0).toLongLong();
        r.bodyId = q.value(1).toLongLong();
        r.year = q.value(2).toInt();
        if (!q.value(3).isNull())
            r.block = q.value(3).toInt();
        if (!q.value(4).isNull())
            r.conclusionId = q.value(4).toLongLong();
        const QString source = q.value(5).toString();
        r.source = source == u"commission"       ? RecommendationSource::Commission
                   : source == u"reorganization" ? RecommendationSource::Reorganization
                                                 : RecommendationSource::Conclusion;
        r.order = q.value(6).toBool();
        if (!q.value(7).isNull())
            r.fromBodyId = q.value(7).toLongLong();
        r.position = q.value(8).toInt();
        r.text = readText3(q, 9);
        r.confidential = q.value(12).toBool();
        r.status = parseRecommendationStatus(q.value(13).toString()).value_or(RecommendationStatus::Open);
        r.note = readText3(q, 14);
        result.push_back(std::move(r));
    }
    return result;
}

Result<Recommendation> loadRecommendation(Database& db, qint64 id)
{
    auto found = queryRecommendations(db, u"id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, u"recommendation %1"_s.arg(id));
    return found->front();
}

QString recommendationWhat(const Recommendation& r)
{
    return u"recommendation %1 (%2 %3)"_s.arg(r.id).arg(toString(r.source)).arg(r.year);
}

Result<qint64> insertRecommendation(Database& db, AuditLog& audit, const Recommendation& r, const QString& reason)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO recommendation (body_id, year, block, conclusion_id, source, is_order, from_body_id, "
              "position, text_kk, text_ru, text_en, confidential, status, note_kk, note_ru, note_en) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(r.bodyId);
    q.addBindValue(r.year);
    q.addBindValue(r.block ? QVariant(*r.block) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(r.conclusionId ? QVariant(*r.conclusionId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(toString(r.source));
    q.addBindValue(r.order ? 1 : 0);
    q.addBindValue(r.fromBodyId ? QVariant(*r.fromBodyId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.position);
    q.addBindValue(sqlText(r.text.kk));
    q.addBindValue(sqlText(r.text.ru));
    q.addBindValue(sqlText(r.text.en));
    q.addBindValue(r.confidential ? 1 : 0);
    q.addBindValue(toString(r.status));
    q.addBindValue(sqlText(r.note.kk));
    q.addBindValue(sqlText(r.note.ru));
    q.addBindValue(sqlText(r.note.en));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = audit.record(AuditAction::Create, u"recommendation"_s, id, r.bodyId, u"text"_s, std::nullopt,
                              r.text.en.isEmpty() ? (r.text.ru.isEmpty() ? r.text.kk : r.text.ru) : r.text.en, reason);
        !a)
        return std::unexpected(a.error());
    return id;
}

} // namespace conclusionrows

using namespace conclusionrows;

namespace {

bool validYear(int year)
{
    return year >= 2010 && year <= 2100;
}

} // namespace

Result<std::vector<Recommendation>> ConclusionService::recommendations(qint64 conclusionId) const
{
    return queryRecommendations(m_db, u"conclusion_id = ? AND source = 'conclusion'"_s, {conclusionId});
}

Result<std::vector<Recommendation>> ConclusionService::earlierRecommendations(qint64 conclusionId) const
{
    auto c = conclusion(conclusionId);
    if (!c)
        return std::unexpected(c.error());
    // The year before: the block's conclusions and the Commission's on this block; this year: what
    // the analysis of reorganized predecessors passed on (§54–55).
    return queryRecommendations(m_db,
                                u"body_id = ? AND ((year = ? AND block = ? AND source IN ('conclusion', 'commission')) "
                                "OR (year = ? AND block = ? AND source = 'reorganization'))"_s,
                                {c->bodyId, c->year - 1, c->block, c->year, c->block});
}

Result<std::vector<Recommendation>> ConclusionService::commissionRecommendations(qint64 bodyId, int year) const
{
    return queryRecommendations(m_db, u"body_id = ? AND year = ? AND source = 'commission'"_s, {bodyId, year});
}

Result<qint64> ConclusionService::addRecommendation(Recommendation rec, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    rec.text = rec.text.trimmed();
    if (rec.text.kk.isEmpty() && rec.text.ru.isEmpty() && rec.text.en.isEmpty())
        return fail(ErrorCode::EmptyName, u"recommendation"_s);
    if (rec.conclusionId) {
        auto c = conclusion(*rec.conclusionId);
        if (!c)
            return std::unexpected(c.error());
        rec.bodyId = c->bodyId;
        rec.year = c->year;
        rec.block = c->block;
        rec.source = RecommendationSource::Conclusion;
    } else {
        if (rec.source == RecommendationSource::Conclusion)
            return fail(ErrorCode::NotFound, u"conclusion"_s);
        if (!validYear(rec.year))
            return fail(ErrorCode::InvalidYear, QString::number(rec.year));
        if (rec.block && (*rec.block < 1 || *rec.block > BlockCount))
            return fail(ErrorCode::InvalidBlock, QString::number(*rec.block));
        if (auto b = m_registry.repository().body(rec.bodyId); !b)
            return std::unexpected(b.error());
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(max(position), 0) + 1 FROM recommendation WHERE body_id = ? AND year = ? "
              "AND source = ? AND coalesce(block, 0) = ?"_s);
    q.addBindValue(rec.bodyId);
    q.addBindValue(rec.year);
    q.addBindValue(toString(rec.source));
    q.addBindValue(rec.block.value_or(0));
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q));
    rec.position = q.value(0).toInt();
    rec.status = RecommendationStatus::Open;
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto id = insertRecommendation(m_db, m_audit, rec, reason);
    if (!id)
        return id;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return id;
}

Result<void> ConclusionService::updateRecommendation(const Recommendation& rec, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto before = loadRecommendation(m_db, rec.id);
    if (!before)
        return std::unexpected(before.error());
    const Text3 text = rec.text.trimmed();
    if (text.kk.isEmpty() && text.ru.isEmpty() && text.en.isEmpty())
        return fail(ErrorCode::EmptyName, u"recommendation"_s);
    if (text == before->text && rec.order == before->order && rec.confidential == before->confidential)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE recommendation SET text_kk = ?, text_ru = ?, text_en = ?, is_order = ?, confidential = ? "
              "WHERE id = ?"_s);
    q.addBindValue(sqlText(text.kk));
    q.addBindValue(sqlText(text.ru));
    q.addBindValue(sqlText(text.en));
    q.addBindValue(rec.order ? 1 : 0);
    q.addBindValue(rec.confidential ? 1 : 0);
    q.addBindValue(rec.id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto a =
            auditText3(m_audit, u"recommendation"_s, rec.id, before->bodyId, u"text"_s, before->text, text, reason);
        !a)
        return a;
    const std::tuple<QString, bool, bool> flags[] = {{u"order"_s, before->order, rec.order},
                                                     {u"confidential"_s, before->confidential, rec.confidential}};
    for (const auto& [field, was, now] : flags)
        if (was != now)
            if (auto a = m_audit.record(AuditAction::Update, u"recommendation"_s, rec.id, before->bodyId, field,
                                        was ? u"1"_s : u"0"_s, now ? u"1"_s : u"0"_s, reason);
                !a)
                return a;
    return tx.commit();
}

Result<void> ConclusionService::removeRecommendation(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto before = loadRecommendation(m_db, id);
    if (!before)
        return std::unexpected(before.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM recommendation WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto a = m_audit.record(AuditAction::Delete, u"recommendation"_s, id, before->bodyId, u"text"_s,
                                recommendationWhat(*before), std::nullopt, reason);
        !a)
        return a;
    return tx.commit();
}

Result<void> ConclusionService::setRecommendationStatus(qint64 id, RecommendationStatus status, const Text3& note,
                                                        const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto before = loadRecommendation(m_db, id);
    if (!before)
        return std::unexpected(before.error());
    const Text3 n = note.trimmed();
    if (status == before->status && n == before->note)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE recommendation SET status = ?, note_kk = ?, note_ru = ?, note_en = ? WHERE id = ?"_s);
    q.addBindValue(toString(status));
    q.addBindValue(sqlText(n.kk));
    q.addBindValue(sqlText(n.ru));
    q.addBindValue(sqlText(n.en));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (status != before->status)
        if (auto a = m_audit.record(AuditAction::Update, u"recommendation"_s, id, before->bodyId, u"status"_s,
                                    toString(before->status), toString(status), reason);
            !a)
            return a;
    if (auto a = auditText3(m_audit, u"recommendation"_s, id, before->bodyId, u"note"_s, before->note, n, reason); !a)
        return a;
    return tx.commit();
}

} // namespace core
