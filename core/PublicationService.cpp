// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicationService.h"

#include "AuditLog.h"
#include "Clock.h"
#include "ConclusionService.h"
#include "Database.h"
#include "Registry.h"
#include "RegistryService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace core {

namespace {

const QString valueEntity = u"confidential_value"_s;
const QString publicationEntity = u"publication"_s;
/// Why an item without a reason of its own was left out.
const QString markedConfidential = u"marked confidential"_s;

constexpr std::pair<WithheldItem::Kind, QStringView> kindNames[] = {
    {WithheldItem::Kind::Conclusion, u"conclusion"},
    {WithheldItem::Kind::Recommendation, u"recommendation"},
    {WithheldItem::Kind::Value, u"value"},
};

std::optional<WithheldItem::Kind> parseKind(const QString& text)
{
    for (const auto& [k, name] : kindNames)
        if (name == text)
            return k;
    return std::nullopt;
}

bool validYear(int year)
{
    return year >= RegistryService::MinYear && year <= RegistryService::MaxYear;
}

/// "block 2, MOA, R1", how the audit names a value.
QString valueWhat(const ConfidentialValue& v, const QString& bodyCode)
{
    return u"block %1, %2, %3"_s.arg(QString::number(v.block), bodyCode, v.code);
}

QByteArray filesJson(const std::vector<std::pair<QString, QString>>& files)
{
    QJsonArray a;
    for (const auto& [name, sha256] : files)
        a.append(QJsonObject{{u"name"_s, name}, {u"sha256"_s, sha256}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray withheldJson(const std::vector<WithheldItem>& items)
{
    QJsonArray a;
    for (const WithheldItem& w : items)
        a.append(QJsonObject{{u"kind"_s, toString(w.kind)},
                             {u"body"_s, w.bodyId},
                             {u"body_code"_s, w.bodyCode},
                             {u"block"_s, w.block},
                             {u"what"_s, w.what},
                             {u"reason"_s, w.reason}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

std::vector<std::pair<QString, QString>> readFiles(const QString& json)
{
    std::vector<std::pair<QString, QString>> result;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        result.emplace_back(o.value(u"name").toString(), o.value(u"sha256").toString());
    }
    return result;
}

std::vector<WithheldItem> readWithheld(const QString& json)
{
    std::vector<WithheldItem> result;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        WithheldItem w;
        w.kind = parseKind(o.value(u"kind").toString()).value_or(WithheldItem::Kind::Value);
        w.bodyId = o.value(u"body").toInteger();
        w.bodyCode = o.value(u"body_code").toString();
        w.block = o.value(u"block").toInt();
        w.what = o.value(u"what").toString();
        w.reason = o.value(u"reason").toString();
        result.push_back(std::move(w));
    }
    return result;
}

/// The public part of a list of recommendations; the confidential ones (by their own mark, or
/// the current mark of the stored recommendation with the same id) go to `withheld`.
std::vector<Recommendation> publicRecommendations(const std::vector<Recommendation>& all,
                                                  const std::set<qint64>& markedNow, const CommissionRow& row,
                                                  int block, std::vector<WithheldItem>& withheld)
{
    std::vector<Recommendation> result;
    int number = 0;
    for (const Recommendation& r : all) {
        ++number;
        if (r.confidential || (r.id != 0 && markedNow.contains(r.id))) {
            withheld.push_back({WithheldItem::Kind::Recommendation, row.bodyId, row.code, block,
                                u"recommendation %1"_s.arg(r.position > 0 ? r.position : number), markedConfidential});
            continue;
        }
        result.push_back(r);
    }
    return result;
}

} // namespace

QString toString(WithheldItem::Kind kind)
{
    for (const auto& [k, name] : kindNames)
        if (k == kind)
            return name.toString();
    return {};
}

PublicationService::PublicationService(Database& db, AuditLog& audit, ConclusionService& conclusions,
                                       CommissionService& commission)
    : m_db(db)
    , m_audit(audit)
    , m_conclusions(conclusions)
    , m_commission(commission)
{ }

Result<std::vector<ConfidentialValue>> PublicationService::confidentialValues(int year) const
{
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT v.year, v.block, v.body_id, v.indicator_code, v.reason FROM confidential_value v "
              "JOIN body b ON b.id = v.body_id WHERE v.year = ? ORDER BY b.code, v.block, v.indicator_code"_s);
    q.addBindValue(year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<ConfidentialValue> result;
    while (q.next())
        result.push_back({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString(),
                          q.value(4).toString()});
    return result;
}

Result<void> PublicationService::setValueConfidential(const ConfidentialValue& value, bool confidential,
                                                      const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (!validYear(value.year))
        return fail(ErrorCode::InvalidYear, QString::number(value.year));
    if (value.block < 1 || value.block > BlockCount)
        return fail(ErrorCode::InvalidBlock, QString::number(value.block));
    const QString code = value.code.trimmed();
    if (code.isEmpty())
        return fail(ErrorCode::UnknownIndicator, value.code);
    QSqlQuery body(m_db.connection());
    body.prepare(u"SELECT code FROM body WHERE id = ?"_s);
    body.addBindValue(value.bodyId);
    if (!body.exec())
        return std::unexpected(Database::sqlError(body));
    if (!body.next())
        return fail(ErrorCode::NotFound, u"body %1"_s.arg(value.bodyId));
    const QString bodyCode = body.value(0).toString();
    // Only an indicator of the year's methodologies of the block, or one with a stored value.
    QSqlQuery known(m_db.connection());
    known.prepare(u"SELECT (SELECT count(*) FROM indicator i JOIN criterion c ON c.id = i.criterion_id "
                  "JOIN methodology m ON m.id = c.methodology_id WHERE m.year = ? AND m.block = ? AND i.code = ?) "
                  "+ (SELECT count(*) FROM indicator_value WHERE year = ? AND block = ? AND indicator_code = ?)"_s);
    for (const QVariant& v : {QVariant(value.year), QVariant(value.block), QVariant(code)})
        known.addBindValue(v);
    for (const QVariant& v : {QVariant(value.year), QVariant(value.block), QVariant(code)})
        known.addBindValue(v);
    if (!known.exec() || !known.next())
        return std::unexpected(Database::sqlError(known));
    if (confidential && known.value(0).toInt() == 0)
        return fail(ErrorCode::UnknownIndicator, code);

    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT reason FROM confidential_value WHERE year = ? AND block = ? AND body_id = ? "
              "AND indicator_code = ?"_s);
    q.addBindValue(value.year);
    q.addBindValue(value.block);
    q.addBindValue(value.bodyId);
    q.addBindValue(code);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const std::optional<QString> before = q.next() ? std::optional(q.value(0).toString()) : std::nullopt;
    const QString newReason = sqlText(value.reason.trimmed());
    if ((confidential && before == newReason) || (!confidential && !before))
        return {};

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery w(m_db.connection());
    if (confidential)
        w.prepare(u"INSERT INTO confidential_value (year, block, body_id, indicator_code, reason) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (year, block, body_id, indicator_code) "
                  "DO UPDATE SET reason = excluded.reason"_s);
    else
        w.prepare(u"DELETE FROM confidential_value WHERE year = ? AND block = ? AND body_id = ? "
                  "AND indicator_code = ?"_s);
    w.addBindValue(value.year);
    w.addBindValue(value.block);
    w.addBindValue(value.bodyId);
    w.addBindValue(code);
    if (confidential)
        w.addBindValue(newReason);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    const ConfidentialValue key{value.year, value.block, value.bodyId, code, {}};
    const AuditAction action = !confidential ? AuditAction::Delete : before ? AuditAction::Update : AuditAction::Create;
    if (auto r = m_audit.record(action, valueEntity, value.year, value.bodyId, valueWhat(key, bodyCode), before,
                                confidential ? std::optional(newReason) : std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

Result<PublicData> PublicationService::publicData(int year, const Progress& progress) const
{
    const Progress firstHalf =
        progress ? Progress([&progress](qint64 done, qint64 total) { return keepGoing(progress, done, 2 * total); })
                 : Progress();
    auto result = m_commission.result(year, firstHalf);
    if (!result)
        return std::unexpected(result.error());
    const auto rows = static_cast<qint64>(result->rows.size());
    qint64 rowsDone = 0;
    auto marked = confidentialValues(year);
    if (!marked)
        return std::unexpected(marked.error());
    std::map<std::tuple<qint64, int, QString>, QString> valueReason;
    for (const ConfidentialValue& v : *marked)
        valueReason.emplace(std::tuple(v.bodyId, v.block, v.code), v.reason);

    PublicData data;
    data.year = year;
    for (const CommissionRow& row : result->rows) {
        if (!keepGoing(progress, rows + rowsDone++, 2 * rows))
            return fail(ErrorCode::Cancelled);
        PublicBody body;
        body.bodyId = row.bodyId;
        body.code = row.code;
        body.name = row.name;
        for (const CommissionBlock& b : row.blocks) {
            if (!b.inScope)
                continue;
            PublicBlock p;
            p.block = b.block;
            p.score = b.score;
            p.rating = b.rating;
            p.ratingName = b.ratingName;
            p.rank = b.rank;
            p.change = b.change;
            if (b.conclusionId && b.version > 0) {
                auto conclusion = m_conclusions.conclusion(*b.conclusionId);
                if (!conclusion)
                    return std::unexpected(conclusion.error());
                auto version = m_conclusions.latest(*b.conclusionId);
                if (!version)
                    return std::unexpected(version.error());
                const ConclusionContent& content = version->content;
                // Withheld when the issued version says so or the conclusion is marked now; a
                // conclusion still open to appeal (§57–61) is not a result yet.
                if (content.confidential || conclusion->confidential) {
                    p.conclusionWithheld = true;
                    data.withheld.push_back({WithheldItem::Kind::Conclusion, row.bodyId, row.code, b.block,
                                             u"conclusion"_s, markedConfidential});
                } else if (conclusion->state != ConclusionState::Final) {
                    p.conclusionWithheld = true;
                    data.withheld.push_back({WithheldItem::Kind::Conclusion, row.bodyId, row.code, b.block,
                                             u"conclusion"_s, u"not final: "_s + toString(conclusion->state)});
                } else {
                    p.summary = content.summary;
                    p.findings = content.findings;
                    auto current = m_conclusions.recommendations(*b.conclusionId);
                    if (!current)
                        return std::unexpected(current.error());
                    std::set<qint64> markedNow;
                    for (const Recommendation& r : *current)
                        if (r.confidential)
                            markedNow.insert(r.id);
                    p.recommendations =
                        publicRecommendations(content.recommendations, markedNow, row, b.block, data.withheld);
                    for (const ConclusionLine& line : content.lines) {
                        const auto mark = valueReason.find(std::tuple(row.bodyId, b.block, line.code));
                        if (line.confidential || mark != valueReason.end()) {
                            const QString why = mark != valueReason.end() && !mark->second.isEmpty()
                                                    ? mark->second
                                                    : markedConfidential;
                            data.withheld.push_back(
                                {WithheldItem::Kind::Value, row.bodyId, row.code, b.block, line.code, why});
                            continue;
                        }
                        ConclusionLine publicLine = line;
                        publicLine.confidential = false;
                        p.lines.push_back(std::move(publicLine));
                    }
                }
            }
            body.blocks.push_back(std::move(p));
        }
        auto commission = m_conclusions.commissionRecommendations(row.bodyId, year);
        if (!commission)
            return std::unexpected(commission.error());
        body.commissionRecommendations = publicRecommendations(*commission, {}, row, 0, data.withheld);
        data.bodies.push_back(std::move(body));
    }
    return data;
}

Result<qint64> PublicationService::record(int year, const QString& target,
                                          const std::vector<std::pair<QString, QString>>& files,
                                          const std::vector<WithheldItem>& withheld, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    if (target.trimmed().isEmpty())
        return fail(ErrorCode::EmptyName, u"target"_s);
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO publication (year, published_at, published_by, target, files, withheld) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    w.addBindValue(year);
    w.addBindValue(sqlDateTime(m_audit.clock().now()));
    w.addBindValue(sqlText(m_audit.user()));
    w.addBindValue(target);
    w.addBindValue(QString::fromUtf8(filesJson(files)));
    w.addBindValue(QString::fromUtf8(withheldJson(withheld)));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    const qint64 id = w.lastInsertId().toLongLong();
    QStringList names;
    for (const auto& [name, sha256] : files)
        names << name;
    if (auto r = m_audit.record(AuditAction::Create, publicationEntity, id, std::nullopt, {}, std::nullopt,
                                u"%1 to %2: %3; %4 withheld"_s.arg(QString::number(year), target, names.join(u", "_s),
                                                                   QString::number(withheld.size())),
                                reason);
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<std::vector<PublicationRecord>> PublicationService::publications(int year) const
{
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, year, published_at, published_by, target, files, withheld FROM publication "
              "WHERE year = ? ORDER BY published_at, id"_s);
    q.addBindValue(year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<PublicationRecord> result;
    while (q.next()) {
        PublicationRecord p;
        p.id = q.value(0).toLongLong();
        p.year = q.value(1).toInt();
        p.publishedAt = readDateTime(q.value(2));
        p.publishedBy = q.value(3).toString();
        p.target = q.value(4).toString();
        p.files = readFiles(q.value(5).toString());
        p.withheld = readWithheld(q.value(6).toString());
        result.push_back(std::move(p));
    }
    return result;
}

} // namespace core
