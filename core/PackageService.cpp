// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageService.h"

#include "AuditLog.h"
#include "CalendarService.h"
#include "Clock.h"
#include "Database.h"
#include "MethodologyService.h"
#include "ReferenceData.h"
#include "RegistryRepository.h"
#include "RegistryService.h"
#include "ReportService.h"
#include "ScheduleService.h"
#include "Signing.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

QString blocksText(const std::vector<int>& blocks)
{
    QStringList parts;
    for (int b : blocks)
        parts << QString::number(b);
    return parts.join(u',');
}

std::vector<int> parseBlocks(const QString& text)
{
    std::vector<int> blocks;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        blocks.push_back(part.toInt());
    return blocks;
}

QString producer()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? u"Bagalau"_s : u"Bagalau "_s + version;
}

QString numberText(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

QString stateText(ReportState state, int revision)
{
    return u"%1 (%2)"_s.arg(toString(state)).arg(revision);
}

/// A moment whole to the second, as packages carry it.
QDateTime wholeSeconds(const QDateTime& t)
{
    if (!t.isValid())
        return t;
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

Result<std::optional<qint64>> bodyIdByCode(Database& db, const QString& code)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id FROM body WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return std::optional<qint64>{};
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QString> bodyCode(Database& db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT code FROM body WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"body %1"_s.arg(id));
    return q.value(0).toString();
}

/// This installation's key pair, made on first use (inside the caller's transaction).
Result<signing::KeyPair> ownKeyPair(Database& db, AuditLog& audit, bool create)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT public_key, secret_key FROM signing_key ORDER BY id LIMIT 1"_s))
        return std::unexpected(Database::sqlError(q));
    if (q.next())
        return signing::KeyPair{q.value(0).toByteArray(), q.value(1).toByteArray()};
    if (!create)
        return fail(ErrorCode::NotFound, u"signing key"_s);
    auto pair = signing::generateKeyPair();
    if (!pair)
        return std::unexpected(pair.error());
    QSqlQuery w(db.connection());
    w.prepare(u"INSERT INTO signing_key (public_key, secret_key, created_at) VALUES (?, ?, ?)"_s);
    w.addBindValue(pair->publicKey);
    w.addBindValue(pair->secretKey);
    w.addBindValue(sqlDateTime(audit.clock().now()));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r = audit.record(AuditAction::Create, u"signing_key"_s, w.lastInsertId().toLongLong(), std::nullopt, {},
                              std::nullopt, signing::fingerprint(pair->publicKey), u"first package signed here"_s);
        !r)
        return std::unexpected(r.error());
    return *pair;
}

PackageHeader newHeader(PackageKind kind, const QString& body, int year, std::vector<int> blocks, qint64 sequence,
                        const QDateTime& now)
{
    PackageHeader h;
    h.kind = kind;
    h.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h.body = body;
    h.year = year;
    h.blocks = std::move(blocks);
    h.sequence = sequence;
    h.created = wholeSeconds(now);
    h.producer = producer();
    return h;
}

} // namespace

PackageService::PackageService(Database& db, AuditLog& audit, RegistryService& registry,
                               MethodologyService& methodologies, ScheduleService& schedules, ReportService& reports)
    : m_db(db)
    , m_audit(audit)
    , m_registry(registry)
    , m_methodologies(methodologies)
    , m_schedules(schedules)
    , m_reports(reports)
{ }

// ---- analyst -------------------------------------------------------------------------------------

Result<QByteArray> PackageService::ownPublicKey()
{
    if (auto existing = ownKeyPair(m_db, m_audit, false))
        return existing->publicKey;
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto pair = ownKeyPair(m_db, m_audit, true);
    if (!pair)
        return std::unexpected(pair.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return pair->publicKey;
}

Result<QByteArray> PackageService::issueTemplate(qint64 bodyId, int year, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (auto ws = workstation(); !ws)
        return std::unexpected(ws.error());
    else if (*ws)
        return fail(ErrorCode::IsAWorkstation);
    if (year < 2000 || year > 2100)
        return fail(ErrorCode::InvalidYear, QString::number(year));
    auto body = m_registry.repository().body(bodyId);
    if (!body)
        return std::unexpected(body.error());
    if (!body->fields.evaluated)
        return fail(ErrorCode::NotEvaluatedBody, body->code);

    TemplatePayload payload;
    std::vector<int> blocks;
    for (int block : body->fields.scope.blocks()) {
        auto m = m_methodologies.inEffect(block, year);
        if (!m)
            return std::unexpected(m.error());
        if (!*m)
            continue;
        Methodology copy = **m;
        copy.id = 0;
        copy.owners.clear();
        copy.basedOn.reset();
        for (Criterion& c : copy.criteria) {
            c.id = 0;
            for (Indicator& i : c.indicators)
                i.id = 0;
        }
        payload.methodologies.push_back(std::move(copy));
        blocks.push_back(block);
        auto last = m_methodologies.values(year - 1, block);
        if (!last)
            return std::unexpected(last.error());
        if (auto it = last->find(bodyId); it != last->end())
            for (const auto& [code, value] : it->second)
                payload.lastYear.push_back({block, code, value.plan, value.fact});
    }
    if (blocks.empty())
        return fail(ErrorCode::NotFound, u"no methodology for %1's blocks in %2"_s.arg(body->code).arg(year));
    auto schedule = m_schedules.schedule(year);
    if (!schedule)
        return std::unexpected(schedule.error());
    payload.schedule = *schedule;
    payload.body = *body;
    payload.body.id = 0;
    payload.body.fields.parentId.reset();
    for (BodyName& n : payload.body.names)
        n.id = 0;
    payload.issuedBy = m_audit.user();

    auto bodyKeys = signing::generateKeyPair();
    if (!bodyKeys)
        return std::unexpected(bodyKeys.error());
    payload.secretKey = bodyKeys->secretKey;

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto own = ownKeyPair(m_db, m_audit, true);
    if (!own)
        return std::unexpected(own.error());
    const QDateTime now = m_audit.clock().now();
    // A new template replaces the body's earlier key for that year: packages signed with it are refused.
    QSqlQuery old(m_db.connection());
    old.prepare(u"SELECT id, public_key FROM body_key WHERE body_id = ? AND year = ? AND revoked_at IS NULL"_s);
    old.addBindValue(bodyId);
    old.addBindValue(year);
    if (!old.exec())
        return std::unexpected(Database::sqlError(old));
    std::vector<std::pair<qint64, QByteArray>> revoked;
    while (old.next())
        revoked.emplace_back(old.value(0).toLongLong(), old.value(1).toByteArray());
    QSqlQuery w(m_db.connection());
    for (const auto& [keyId, key] : revoked) {
        w.prepare(u"UPDATE body_key SET revoked_at = ? WHERE id = ?"_s);
        w.addBindValue(sqlDateTime(now));
        w.addBindValue(keyId);
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        if (auto r = m_audit.record(AuditAction::Update, u"body_key"_s, keyId, bodyId, u"revoked_at"_s, std::nullopt,
                                    now.toUTC().toString(Qt::ISODate), reason);
            !r)
            return std::unexpected(r.error());
    }
    const QDate expires(year + 1, 12, 31);
    w.prepare(u"INSERT INTO body_key (body_id, year, public_key, registered_at, expires_on) VALUES (?, ?, ?, ?, ?)"_s);
    w.addBindValue(bodyId);
    w.addBindValue(year);
    w.addBindValue(bodyKeys->publicKey);
    w.addBindValue(sqlDateTime(now));
    w.addBindValue(isoDate(expires));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    const qint64 keyId = w.lastInsertId().toLongLong();
    if (auto r = m_audit.record(
            AuditAction::Create, u"body_key"_s, keyId, bodyId, {}, std::nullopt,
            u"%1 for %2, until %3"_s.arg(signing::fingerprint(bodyKeys->publicKey)).arg(year).arg(isoDate(expires)),
            reason);
        !r)
        return std::unexpected(r.error());

    PackageHeader header = newHeader(PackageKind::Template, body->code, year, blocks, 0, now);
    w.prepare(u"INSERT INTO issued_template (uuid, body_id, year, blocks, key_id, issued_at, issued_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    w.addBindValue(header.id);
    w.addBindValue(bodyId);
    w.addBindValue(year);
    w.addBindValue(blocksText(blocks));
    w.addBindValue(keyId);
    w.addBindValue(sqlDateTime(now));
    w.addBindValue(sqlText(m_audit.user()));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r = m_audit.record(AuditAction::Create, u"issued_template"_s, w.lastInsertId().toLongLong(), bodyId, {},
                                std::nullopt, u"%1, blocks %2"_s.arg(year).arg(blocksText(blocks)), reason);
        !r)
        return std::unexpected(r.error());
    auto file = writePackage(header, toJson(payload), own->secretKey);
    if (!file)
        return std::unexpected(file.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return file;
}

Result<PackageCheck> PackageService::verify(const QByteArray& file) const
{
    auto pkg = readPackage(file);
    if (!pkg)
        return std::unexpected(pkg.error());
    if (pkg->header.kind != PackageKind::Report)
        return fail(ErrorCode::PackageWrongKind, toString(pkg->header.kind));
    auto payload = reportPayload(pkg->payload);
    if (!payload)
        return std::unexpected(payload.error());
    return check(*pkg, *payload);
}

Result<PackageCheck> PackageService::check(const Package& pkg, const ReportPayload& payload) const
{
    const PackageHeader& h = pkg.header;
    if (auto ws = workstation(); !ws)
        return std::unexpected(ws.error());
    else if (*ws)
        return fail(ErrorCode::IsAWorkstation);

    PackageCheck check;
    check.header = h;
    check.sha256 = QString::fromLatin1(pkg.sha256);
    auto bodyId = bodyIdByCode(m_db, h.body);
    if (!bodyId)
        return std::unexpected(bodyId.error());
    if (!*bodyId)
        return fail(ErrorCode::PackageNoTemplate, h.body);
    check.bodyId = **bodyId;
    if (auto body = m_registry.repository().body(check.bodyId))
        check.bodyName = body->nameOn(QDate(h.year, 12, 31)).shortName.en;

    // The signer: a key registered for this body, not revoked, not expired.
    QSqlQuery k(m_db.connection());
    k.prepare(u"SELECT k.id, k.body_id, k.expires_on, k.revoked_at, b.code FROM body_key k JOIN body b "
              "ON b.id = k.body_id WHERE k.public_key = ?"_s);
    k.addBindValue(h.signerKey);
    if (!k.exec())
        return std::unexpected(Database::sqlError(k));
    if (!k.next())
        return fail(ErrorCode::PackageWrongSigner,
                    u"key %1 is not registered for any body"_s.arg(signing::fingerprint(h.signerKey)));
    const qint64 keyId = k.value(0).toLongLong();
    if (k.value(1).toLongLong() != check.bodyId)
        return fail(ErrorCode::PackageWrongSigner,
                    u"the package says %1 but is signed with the key of %2"_s.arg(h.body, k.value(4).toString()));
    if (!k.value(3).isNull())
        return fail(ErrorCode::PackageKeyExpired,
                    u"key %1 was replaced on %2"_s.arg(signing::fingerprint(h.signerKey), k.value(3).toString()));
    const QDate expires = parseIsoDate(k.value(2).toString());
    if (expires.isValid() && m_audit.clock().today() > expires)
        return fail(ErrorCode::PackageKeyExpired,
                    u"key %1 expired on %2"_s.arg(signing::fingerprint(h.signerKey), isoDate(expires)));

    // The template the key came with: year and blocks.
    QSqlQuery t(m_db.connection());
    t.prepare(u"SELECT uuid, year, blocks FROM issued_template WHERE key_id = ?"_s);
    t.addBindValue(keyId);
    if (!t.exec())
        return std::unexpected(Database::sqlError(t));
    if (!t.next())
        return fail(ErrorCode::PackageNoTemplate, h.body);
    check.templateId = t.value(0).toString();
    if (t.value(1).toInt() != h.year)
        return fail(ErrorCode::PackageMismatch,
                    u"year %1, the template is for %2"_s.arg(h.year).arg(t.value(1).toInt()));
    const std::vector<int> templateBlocks = parseBlocks(t.value(2).toString());
    for (int b : h.blocks)
        if (std::find(templateBlocks.begin(), templateBlocks.end(), b) == templateBlocks.end())
            return fail(ErrorCode::PackageMismatch,
                        u"block %1 is not in the template (blocks %2)"_s.arg(b).arg(t.value(2).toString()));
    if (payload.templateId != check.templateId)
        return fail(ErrorCode::PackageMismatch,
                    u"made from template %1, not %2"_s.arg(payload.templateId, check.templateId));
    std::set<int> payloadBlocks;
    for (const ReportData& r : payload.reports)
        payloadBlocks.insert(r.block);
    if (payloadBlocks != std::set<int>(h.blocks.begin(), h.blocks.end())
        || payloadBlocks.size() != payload.reports.size())
        return fail(ErrorCode::PackageDamaged, u"the reports do not match the header's blocks"_s);

    // This very file, or its place among the packages of its template (a new template starts anew).
    QSqlQuery p(m_db.connection());
    p.prepare(u"SELECT id FROM package_import WHERE sha256 = ?"_s);
    p.addBindValue(check.sha256);
    if (!p.exec())
        return std::unexpected(Database::sqlError(p));
    if (p.next()) {
        check.alreadyImported = true;
        return check;
    }
    QSqlQuery latestQuery(m_db.connection());
    latestQuery.prepare(u"SELECT id, sequence FROM package_import WHERE template_uuid = ? AND kind = 'report' "
                        "ORDER BY sequence DESC LIMIT 1"_s);
    latestQuery.addBindValue(check.templateId);
    if (!latestQuery.exec())
        return std::unexpected(Database::sqlError(latestQuery));
    if (latestQuery.next()) {
        const qint64 latest = latestQuery.value(1).toLongLong();
        if (h.sequence < latest)
            return fail(ErrorCode::PackageOlder,
                        u"package %1 is older than package %2 already imported"_s.arg(h.sequence).arg(latest));
        if (h.sequence == latest)
            return fail(ErrorCode::PackageConflict, u"package %1 was imported with other contents"_s.arg(latest));
    }
    QSqlQuery previous(m_db.connection());
    previous.prepare(u"SELECT id FROM package_import WHERE body_id = ? AND year = ? AND kind = 'report' "
                     "AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"_s);
    previous.addBindValue(check.bodyId);
    previous.addBindValue(h.year);
    if (!previous.exec())
        return std::unexpected(Database::sqlError(previous));
    if (previous.next())
        check.supersedes = previous.value(0).toLongLong();

    // Each block: the step its report takes, and what would change.
    const QDate today = m_audit.clock().today();
    for (const ReportData& data : payload.reports) {
        const ReportKey key{check.bodyId, h.year, data.block};
        auto current = m_reports.report(key);
        if (!current)
            return std::unexpected(current.error());
        auto methodology = m_methodologies.inEffect(data.block, h.year);
        if (!methodology)
            return std::unexpected(methodology.error());
        if (!*methodology)
            return fail(ErrorCode::PackageMismatch,
                        u"no methodology of block %1 for %2 here"_s.arg(data.block).arg(h.year));
        auto items = m_reports.items(key);
        if (!items)
            return std::unexpected(items.error());
        const auto state = parseReportState(data.state);
        if (state != ReportState::Submitted && state != ReportState::Resubmitted)
            return fail(
                ErrorCode::PackageMismatch,
                u"block %1 is %2: a report package carries submitted reports"_s.arg(data.block).arg(data.state));

        // Facts corrected by re-verification stay as corrected.
        std::set<QString> corrected;
        QSqlQuery c(m_db.connection());
        c.prepare(u"SELECT indicator_code FROM recheck WHERE year = ? AND block = ? AND body_id = ? "
                  "AND outcome = 'corrected'"_s);
        c.addBindValue(h.year);
        c.addBindValue(data.block);
        c.addBindValue(check.bodyId);
        if (!c.exec())
            return std::unexpected(Database::sqlError(c));
        while (c.next())
            corrected.insert(c.value(0).toString());

        std::map<QString, ReportItem> merged;
        for (const ReportItem& item : *items)
            merged[item.code] = item;
        std::vector<PackageChange> changes;
        std::set<QString> seen;
        const auto byCode = indicatorsByCode(**methodology);
        for (const ReportLine& line : data.lines) {
            const Indicator* indicator = byCode.value(line.code);
            if (!indicator)
                return fail(ErrorCode::PackageMismatch,
                            u"block %1 has no indicator %2 here"_s.arg(data.block).arg(line.code));
            if (!seen.insert(line.code).second)
                return fail(ErrorCode::PackageDamaged,
                            u"indicator %1 twice in block %2"_s.arg(line.code).arg(data.block));
            if (line.sourceType < 0 || line.sourceType > SourceTypeCount
                || (data.block == 1 && line.sourceType == ExpertSourceType))
                return fail(ErrorCode::PackageMismatch,
                            u"%1: source type %2 is not allowed in block %3"_s.arg(line.code)
                                .arg(line.sourceType)
                                .arg(data.block));
            ReportItem& item = merged[line.code];
            auto change = [&](PackageChange::Kind kind, const QString& field, const QString& before,
                              const QString& after) {
                if (before != after)
                    changes.push_back({kind, data.block, line.code, field, before, after});
            };
            change(PackageChange::Kind::Value, u"plan"_s, numberText(item.value.plan), numberText(line.plan));
            if (corrected.contains(line.code)) {
                if (item.value.fact != line.fact)
                    check.keptCorrections.push_back(u"block %1 %2"_s.arg(data.block).arg(line.code));
            } else {
                change(PackageChange::Kind::Value, u"fact"_s, numberText(item.value.fact), numberText(line.fact));
                item.value.fact = line.fact;
            }
            item.value.plan = line.plan;
            if (line.sourceType != 0 && line.sourceType != item.value.sourceType) {
                change(PackageChange::Kind::Value, u"source_type"_s,
                       item.value.sourceType ? QString::number(item.value.sourceType) : QString(),
                       QString::number(line.sourceType));
                item.value.sourceType = line.sourceType;
            }
            change(PackageChange::Kind::Note, u"comment"_s, item.comment, line.comment);
            change(PackageChange::Kind::Note, u"source_reference"_s, item.sourceReference, line.sourceReference);
            change(PackageChange::Kind::Note, u"answer"_s, item.answer, line.answer);
            item.comment = line.comment;
            item.sourceReference = line.sourceReference;
            item.answer = line.answer;
            for (const EvidenceFile& e : line.evidence) {
                const bool known = std::any_of(item.evidence.begin(), item.evidence.end(),
                                               [&e](const EvidenceInfo& i) { return i.sha256 == e.sha256; });
                if (!known)
                    changes.push_back({PackageChange::Kind::Evidence, data.block, line.code, e.fileName, {}, e.sha256});
            }
        }

        // The step of the report: first receipt, or a resubmission after a return. A report received
        // already (awaiting review or accepted) is not changed by a package of the same revision.
        const int r = current->revision;
        bool apply = false;
        switch (current->state) {
        case ReportState::Draft:
            if (r > 0 && data.revision <= r)
                return fail(ErrorCode::PackageOlder,
                            u"block %1: revision %2, already at %3"_s.arg(data.block).arg(data.revision).arg(r));
            apply = true;
            break;
        case ReportState::Returned:
            if (data.revision <= r)
                return fail(ErrorCode::PackageOlder,
                            u"block %1: revision %2 was made before the report was returned"_s.arg(data.block)
                                .arg(data.revision));
            if (data.revision != r + 1 || state != ReportState::Resubmitted)
                return fail(ErrorCode::PackageMismatch,
                            u"block %1: revision %2 after revision %3 was returned"_s.arg(data.block)
                                .arg(data.revision)
                                .arg(r));
            apply = true;
            break;
        case ReportState::Submitted:
        case ReportState::Resubmitted:
        case ReportState::Accepted:
            if (data.revision < r)
                return fail(ErrorCode::PackageOlder,
                            u"block %1: revision %2, already at %3"_s.arg(data.block).arg(data.revision).arg(r));
            if (data.revision > r)
                return fail(ErrorCode::PackageMismatch,
                            u"block %1: revision %2 without a return of revision %3"_s.arg(data.block)
                                .arg(data.revision)
                                .arg(r));
            if (!changes.empty())
                return fail(ErrorCode::PackageConflict,
                            u"block %1: revision %2 differs from the one received"_s.arg(data.block).arg(r));
            break;
        }
        if (!apply)
            continue;
        // A submitted form has no errors, whoever checked it before.
        std::vector<ReportItem> after;
        for (auto& [code, item] : merged)
            after.push_back(item);
        const auto problems = checkReport(**methodology, after, false);
        if (hasErrors(problems)) {
            QStringList detail;
            for (const EntryProblem& pr : problems)
                if (pr.error && detail.size() < 5)
                    detail << u"block %1 %2 %3"_s.arg(data.block).arg(pr.code, toString(pr.kind));
            return fail(ErrorCode::ReportHasErrors, detail.join(u"; "_s));
        }
        check.applied.push_back(data.block);
        check.changes.push_back({PackageChange::Kind::ReportState,
                                 data.block,
                                 {},
                                 u"state"_s,
                                 current->id ? stateText(current->state, r) : QString(),
                                 stateText(*state, data.revision)});
        check.changes.insert(check.changes.end(), changes.begin(), changes.end());
        Report received = *current;
        if (!received.firstSubmittedAt.isValid())
            received.firstSubmittedAt = m_audit.clock().now();
        if (timelinessOf(received, current->deadline, today) == Timeliness::Late)
            check.lateBlocks.push_back(data.block);
    }
    return check;
}

Result<PackageCheck> PackageService::importReport(const QByteArray& file, bool dryRun, const QString& reason,
                                                  const Progress& progress)
{
    if (!dryRun)
        if (auto r = m_db.ensureWritable(); !r)
            return std::unexpected(r.error());
    auto pkg = readPackage(file);
    if (!pkg)
        return std::unexpected(pkg.error());
    if (pkg->header.kind != PackageKind::Report)
        return fail(ErrorCode::PackageWrongKind, toString(pkg->header.kind));
    auto payload = reportPayload(pkg->payload);
    if (!payload)
        return std::unexpected(payload.error());
    if (dryRun)
        return check(*pkg, *payload);

    // The checks and the changes in one transaction: no other import comes in between.
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto checked = check(*pkg, *payload);
    if (!checked || checked->alreadyImported)
        return checked;
    const PackageHeader& h = pkg->header;
    const QDateTime now = m_audit.clock().now();
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO package_import (kind, uuid, body_id, year, sequence, created_at, sha256, content, "
              "imported_at, imported_by, template_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    w.addBindValue(toString(h.kind));
    w.addBindValue(h.id);
    w.addBindValue(checked->bodyId);
    w.addBindValue(h.year);
    w.addBindValue(h.sequence);
    w.addBindValue(sqlDateTime(h.created));
    w.addBindValue(checked->sha256);
    w.addBindValue(file);
    w.addBindValue(sqlDateTime(now));
    w.addBindValue(sqlText(m_audit.user()));
    w.addBindValue(checked->templateId);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    const qint64 importId = w.lastInsertId().toLongLong();
    if (auto r = m_audit.record(
            AuditAction::Create, u"package_import"_s, importId, checked->bodyId, {}, std::nullopt,
            u"report package %1 of %2, sha256 %3"_s.arg(h.sequence).arg(h.year).arg(checked->sha256), reason);
        !r)
        return std::unexpected(r.error());
    // The body's earlier packages of the year: those of an earlier template, and older ones of this.
    QSqlQuery older(m_db.connection());
    older.prepare(u"SELECT id FROM package_import WHERE body_id = ? AND year = ? AND kind = 'report' AND id <> ? "
                  "AND superseded_by IS NULL AND (template_uuid <> ? OR sequence < ?)"_s);
    older.addBindValue(checked->bodyId);
    older.addBindValue(h.year);
    older.addBindValue(importId);
    older.addBindValue(checked->templateId);
    older.addBindValue(h.sequence);
    if (!older.exec())
        return std::unexpected(Database::sqlError(older));
    std::vector<qint64> superseded;
    while (older.next())
        superseded.push_back(older.value(0).toLongLong());
    for (qint64 id : superseded) {
        w.prepare(u"UPDATE package_import SET superseded_by = ? WHERE id = ?"_s);
        w.addBindValue(importId);
        w.addBindValue(id);
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        if (auto r = m_audit.record(AuditAction::Update, u"package_import"_s, id, checked->bodyId, u"superseded_by"_s,
                                    std::nullopt, QString::number(importId), reason);
            !r)
            return std::unexpected(r.error());
    }

    qint64 totalLines = 0;
    qint64 doneLines = 0;
    for (const ReportData& data : payload->reports)
        totalLines += qint64(data.lines.size());
    if (!keepGoing(progress, 0, totalLines))
        return fail(ErrorCode::Cancelled);
    for (const ReportData& data : payload->reports) {
        if (std::find(checked->applied.begin(), checked->applied.end(), data.block) == checked->applied.end()) {
            doneLines += qint64(data.lines.size());
            continue;
        }
        const ReportKey key{checked->bodyId, h.year, data.block};
        auto id = m_reports.reportId(key, true);
        if (!id)
            return std::unexpected(id.error());
        auto current = m_reports.report(key);
        if (!current)
            return std::unexpected(current.error());
        auto items = m_reports.items(key);
        if (!items)
            return std::unexpected(items.error());
        std::map<QString, const ReportItem*> byCode;
        for (const ReportItem& item : *items)
            byCode[item.code] = &item;
        const QString blockPrefix = u"block %1 "_s.arg(data.block);
        for (const ReportLine& line : data.lines) {
            const ReportItem* item = byCode.contains(line.code) ? byCode.at(line.code) : nullptr;
            const bool keepFact =
                std::find(checked->keptCorrections.begin(), checked->keptCorrections.end(), blockPrefix + line.code)
                != checked->keptCorrections.end();
            IndicatorValue value{line.plan, keepFact && item ? item->value.fact : line.fact, line.sourceType};
            if (value.sourceType == 0 && item)
                value.sourceType = item->value.sourceType;
            const bool valueChanged = !item || item->value.plan != value.plan || item->value.fact != value.fact
                                      || item->value.sourceType != value.sourceType;
            if (valueChanged)
                if (auto r = m_methodologies.setValue(h.year, data.block, checked->bodyId, line.code, value, reason);
                    !r)
                    return std::unexpected(Error{r.error().code, line.code + u": "_s + r.error().detail});
            if (auto r = m_reports.storeNotes(*id, checked->bodyId, line.code, line.comment, line.sourceReference,
                                              line.answer, reason);
                !r)
                return std::unexpected(r.error());
            for (const EvidenceFile& e : line.evidence)
                if (auto r = m_reports.storeEvidence(*id, checked->bodyId, line.code, e.fileName, e.content, e.addedAt,
                                                     e.addedBy, reason);
                    !r)
                    return std::unexpected(r.error());
            if (!keepGoing(progress, ++doneLines, totalLines))
                return fail(ErrorCode::Cancelled);
        }
        // The body's own steps (its submissions) join the history, marked as coming from the package;
        // the authorized body's steps are recorded here, never taken from a package.
        for (const ReportEventData& e : data.history) {
            if ((e.action != u"submitted"_s && e.action != u"resubmitted"_s) || e.revision <= current->revision)
                continue;
            if (auto r = m_reports.addEvent(*id, {e.at, e.user, e.action, e.revision,
                                                  u"at the body's workstation, package %1"_s.arg(h.sequence)});
                !r)
                return std::unexpected(r.error());
        }
        // Received now: the analyst's side counts the report as submitted when its package arrives.
        const auto state = parseReportState(data.state).value_or(ReportState::Submitted);
        w.prepare(u"UPDATE report SET state = ?, revision = ?, updated_at = ?, "
                  "first_submitted_at = COALESCE(first_submitted_at, ?), submitted_at = ? WHERE id = ?"_s);
        w.addBindValue(toString(state));
        w.addBindValue(data.revision);
        w.addBindValue(sqlDateTime(now));
        w.addBindValue(sqlDateTime(now));
        w.addBindValue(sqlDateTime(now));
        w.addBindValue(*id);
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        if (auto r =
                m_audit.record(AuditAction::Update, u"report"_s, *id, checked->bodyId, u"state"_s,
                               stateText(current->state, current->revision), stateText(state, data.revision), reason);
            !r)
            return std::unexpected(r.error());
        if (auto r = m_audit.record(AuditAction::Update, u"report"_s, *id, checked->bodyId, u"submitted_at"_s,
                                    current->submittedAt.isValid()
                                        ? std::optional<QString>(current->submittedAt.toString(Qt::ISODate))
                                        : std::nullopt,
                                    now.toUTC().toString(Qt::ISODate), reason);
            !r)
            return std::unexpected(r.error());
        if (auto r =
                m_reports.addEvent(*id, {now, m_audit.user(), u"imported"_s, data.revision,
                                         u"package %1, sha256 %2"_s.arg(h.sequence).arg(checked->sha256.left(16))});
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return checked;
}

Result<QByteArray> PackageService::returnPackage(const ReportKey& key, const QString& returnReason,
                                                 const std::map<QString, QString>& remarks, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    QSqlQuery t(m_db.connection());
    t.prepare(u"SELECT t.uuid FROM issued_template t JOIN body_key k ON k.id = t.key_id WHERE t.body_id = ? "
              "AND t.year = ? AND k.revoked_at IS NULL ORDER BY t.id DESC LIMIT 1"_s);
    t.addBindValue(key.bodyId);
    t.addBindValue(key.year);
    if (!t.exec())
        return std::unexpected(Database::sqlError(t));
    if (!t.next())
        return fail(ErrorCode::PackageNoTemplate, u"body %1, %2"_s.arg(key.bodyId).arg(key.year));
    const QString templateId = t.value(0).toString();
    auto code = bodyCode(m_db, key.bodyId);
    if (!code)
        return std::unexpected(code.error());

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto r = m_reports.returnForRevision(key, returnReason, remarks, reason); !r)
        return std::unexpected(r.error());
    auto current = m_reports.report(key);
    if (!current)
        return std::unexpected(current.error());
    auto own = ownKeyPair(m_db, m_audit, true);
    if (!own)
        return std::unexpected(own.error());
    const QDateTime now = m_audit.clock().now();
    ReturnPayload payload;
    payload.templateId = templateId;
    payload.block = key.block;
    payload.revision = current->revision;
    payload.reason = returnReason.trimmed();
    for (const auto& [c, remark] : remarks)
        if (!remark.trimmed().isEmpty())
            payload.remarks.emplace_back(c, remark.trimmed());
    payload.returnedAt = wholeSeconds(now);
    payload.returnedBy = m_audit.user();
    const PackageHeader header = newHeader(PackageKind::Return, *code, key.year, {key.block}, current->revision, now);
    auto file = writePackage(header, toJson(payload), own->secretKey);
    if (!file)
        return std::unexpected(file.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return file;
}

Result<std::vector<BodyKey>> PackageService::bodyKeys(std::optional<qint64> bodyId) const
{
    std::vector<BodyKey> keys;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, body_id, year, public_key, registered_at, expires_on, revoked_at FROM body_key "
              "WHERE ? IS NULL OR body_id = ? ORDER BY id"_s);
    const QVariant filter = bodyId ? QVariant(*bodyId) : QVariant(QMetaType(QMetaType::LongLong));
    q.addBindValue(filter);
    q.addBindValue(filter);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        keys.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toByteArray(),
                        readDateTime(q.value(4)), parseIsoDate(q.value(5).toString()), readDateTime(q.value(6))});
    return keys;
}

Result<std::vector<IssuedTemplate>> PackageService::templates(std::optional<int> year) const
{
    std::vector<IssuedTemplate> result;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, uuid, body_id, year, blocks, key_id, issued_at, issued_by FROM issued_template "
              "WHERE ? IS NULL OR year = ? ORDER BY id"_s);
    const QVariant filter = year ? QVariant(*year) : QVariant(QMetaType(QMetaType::Int));
    q.addBindValue(filter);
    q.addBindValue(filter);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                          parseBlocks(q.value(4).toString()), q.value(5).toLongLong(), readDateTime(q.value(6)),
                          q.value(7).toString()});
    return result;
}

Result<std::vector<ImportedPackage>> PackageService::importedPackages(std::optional<int> year) const
{
    std::vector<ImportedPackage> result;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, kind, uuid, body_id, year, sequence, created_at, sha256, imported_at, imported_by, "
              "superseded_by FROM package_import WHERE ? IS NULL OR year = ? ORDER BY id"_s);
    const QVariant filter = year ? QVariant(*year) : QVariant(QMetaType(QMetaType::Int));
    q.addBindValue(filter);
    q.addBindValue(filter);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    while (q.next()) {
        ImportedPackage p;
        p.id = q.value(0).toLongLong();
        p.kind = parsePackageKind(q.value(1).toString()).value_or(PackageKind::Report);
        p.uuid = q.value(2).toString();
        p.bodyId = q.value(3).toLongLong();
        p.year = q.value(4).toInt();
        p.sequence = q.value(5).toLongLong();
        p.createdAt = readDateTime(q.value(6));
        p.sha256 = q.value(7).toString();
        p.importedAt = readDateTime(q.value(8));
        p.importedBy = q.value(9).toString();
        if (!q.value(10).isNull())
            p.supersededBy = q.value(10).toLongLong();
        result.push_back(std::move(p));
    }
    return result;
}

Result<QByteArray> PackageService::importedContent(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT content FROM package_import WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"package %1"_s.arg(id));
    return q.value(0).toByteArray();
}

// ---- workstation ---------------------------------------------------------------------------------

Result<std::optional<WorkstationInfo>> PackageService::workstation() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT w.body_id, b.code, w.year, w.blocks, w.template_uuid, w.public_key, w.issuer_key, "
                "w.issued_at, w.exported_sequence, w.imported_sequence FROM workstation w JOIN body b "
                "ON b.id = w.body_id"_s))
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return std::optional<WorkstationInfo>{};
    WorkstationInfo w;
    w.bodyId = q.value(0).toLongLong();
    w.bodyCode = q.value(1).toString();
    w.year = q.value(2).toInt();
    w.blocks = parseBlocks(q.value(3).toString());
    w.templateId = q.value(4).toString();
    w.publicKey = q.value(5).toByteArray();
    w.issuerKey = q.value(6).toByteArray();
    w.issuedAt = readDateTime(q.value(7));
    w.exportedSequence = q.value(8).toLongLong();
    w.importedSequence = q.value(9).toLongLong();
    return std::optional<WorkstationInfo>(std::move(w));
}

Result<WorkstationInfo> PackageService::initWorkstation(const QByteArray& templateFile, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto pkg = readPackage(templateFile);
    if (!pkg)
        return std::unexpected(pkg.error());
    if (pkg->header.kind != PackageKind::Template)
        return fail(ErrorCode::PackageWrongKind, toString(pkg->header.kind));
    auto payload = templatePayload(pkg->payload);
    if (!payload)
        return std::unexpected(payload.error());
    if (payload->body.code != pkg->header.body)
        return fail(ErrorCode::PackageDamaged, u"body"_s);
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT (SELECT COUNT(*) FROM body) + (SELECT COUNT(*) FROM workstation)"_s) || !q.next())
        return std::unexpected(Database::sqlError(q));
    if (q.value(0).toInt() != 0)
        return fail(ErrorCode::WorkstationNotEmpty);
    if (payload->body.names.empty())
        return fail(ErrorCode::PackageDamaged, u"body.names"_s);

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto bodyId = m_registry.addBody(payload->body.code, payload->body.fields, payload->body.names.front(), reason);
    if (!bodyId)
        return std::unexpected(bodyId.error());
    for (std::size_t i = 1; i < payload->body.names.size(); ++i)
        if (auto r = m_registry.addName(*bodyId, payload->body.names[i], reason); !r)
            return std::unexpected(r.error());
    const PackageHeader& h = pkg->header;
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO workstation (id, body_id, year, blocks, template_uuid, public_key, secret_key, "
              "issuer_key, issued_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    w.addBindValue(*bodyId);
    w.addBindValue(h.year);
    w.addBindValue(blocksText(h.blocks));
    w.addBindValue(h.id);
    w.addBindValue(signing::publicKeyOf(payload->secretKey));
    w.addBindValue(payload->secretKey);
    w.addBindValue(h.signerKey);
    w.addBindValue(sqlDateTime(h.created));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r = m_audit.record(
            AuditAction::Create, u"workstation"_s, 1, *bodyId, {}, std::nullopt,
            u"%1 %2 from template %3 issued by %4"_s.arg(h.body).arg(h.year).arg(h.id, payload->issuedBy), reason);
        !r)
        return std::unexpected(r.error());
    // The working-day calendar ships with the application; the registry does not come to a workstation.
    CalendarService calendar(m_db, m_audit);
    if (auto r = ReferenceData::loadCalendar(m_db, calendar); !r)
        return std::unexpected(r.error());
    if (payload->schedule.year == h.year
        && std::any_of(payload->schedule.stages.begin(), payload->schedule.stages.end(),
                       [](const QDate& d) { return d.isValid(); }))
        if (auto r = m_schedules.set(payload->schedule, reason); !r)
            return std::unexpected(r.error());
    for (const Methodology& m : payload->methodologies)
        if (auto r = m_methodologies.importApproved(m, reason); !r)
            return std::unexpected(r.error());
    std::map<int, std::vector<StoredValue>> lastYear;
    for (const ReferenceValue& v : payload->lastYear)
        lastYear[v.block].push_back({*bodyId, v.code, IndicatorValue{v.plan, v.fact, 0}});
    for (const auto& [block, values] : lastYear)
        if (auto r = m_methodologies.importValues(h.year - 1, block, values, false, reason); !r)
            return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    auto info = workstation();
    if (!info)
        return std::unexpected(info.error());
    return **info;
}

Result<QByteArray> PackageService::exportReport(const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto ws = workstation();
    if (!ws)
        return std::unexpected(ws.error());
    if (!*ws)
        return fail(ErrorCode::NotAWorkstation);
    const WorkstationInfo& info = **ws;
    QSqlQuery secret(m_db.connection());
    if (!secret.exec(u"SELECT secret_key FROM workstation"_s) || !secret.next())
        return std::unexpected(Database::sqlError(secret));
    const QByteArray secretKey = secret.value(0).toByteArray();

    ReportPayload payload;
    payload.templateId = info.templateId;
    std::vector<int> blocks;
    for (int block : info.blocks) {
        const ReportKey key{info.bodyId, info.year, block};
        auto report = m_reports.report(key);
        if (!report)
            return std::unexpected(report.error());
        if (!isLocked(report->state))
            continue;
        auto items = m_reports.items(key);
        if (!items)
            return std::unexpected(items.error());
        ReportData data;
        data.block = block;
        data.state = toString(report->state);
        data.revision = report->revision;
        data.firstSubmittedAt = wholeSeconds(report->firstSubmittedAt);
        data.submittedAt = wholeSeconds(report->submittedAt);
        data.returnReason = report->returnReason;
        for (const ReportItem& item : *items) {
            ReportLine line{item.code,
                            item.value.plan,
                            item.value.fact,
                            item.value.sourceType,
                            item.comment,
                            item.sourceReference,
                            item.remark,
                            item.answer,
                            {}};
            for (const EvidenceInfo& e : item.evidence) {
                auto content = m_reports.evidenceContent(e.id);
                if (!content)
                    return std::unexpected(content.error());
                line.evidence.push_back({e.fileName, e.sha256, *content, wholeSeconds(e.addedAt), e.addedBy});
            }
            if (line.plan || line.fact || !line.comment.isEmpty() || !line.sourceReference.isEmpty()
                || !line.answer.isEmpty() || !line.evidence.empty())
                data.lines.push_back(std::move(line));
        }
        auto history = m_reports.history(key);
        if (!history)
            return std::unexpected(history.error());
        for (const ReportEvent& e : *history)
            data.history.push_back({wholeSeconds(e.at), e.user, e.action, e.revision, e.note});
        payload.reports.push_back(std::move(data));
        blocks.push_back(block);
    }
    if (blocks.empty())
        return fail(ErrorCode::NothingSubmitted);

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    const qint64 sequence = info.exportedSequence + 1;
    QSqlQuery w(m_db.connection());
    w.prepare(u"UPDATE workstation SET exported_sequence = ?"_s);
    w.addBindValue(sequence);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r = m_audit.record(AuditAction::Update, u"workstation"_s, 1, info.bodyId, u"exported_sequence"_s,
                                QString::number(info.exportedSequence), QString::number(sequence), reason);
        !r)
        return std::unexpected(r.error());
    const PackageHeader header =
        newHeader(PackageKind::Report, info.bodyCode, info.year, blocks, sequence, m_audit.clock().now());
    auto file = writePackage(header, toJson(payload), secretKey);
    if (!file)
        return std::unexpected(file.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return file;
}

Result<PackageCheck> PackageService::importReturn(const QByteArray& file, bool dryRun, const QString& reason)
{
    if (!dryRun)
        if (auto r = m_db.ensureWritable(); !r)
            return std::unexpected(r.error());
    auto ws = workstation();
    if (!ws)
        return std::unexpected(ws.error());
    if (!*ws)
        return fail(ErrorCode::NotAWorkstation);
    const WorkstationInfo& info = **ws;
    auto pkg = readPackage(file);
    if (!pkg)
        return std::unexpected(pkg.error());
    const PackageHeader& h = pkg->header;
    if (h.kind != PackageKind::Return)
        return fail(ErrorCode::PackageWrongKind, toString(h.kind));
    if (h.signerKey != info.issuerKey)
        return fail(ErrorCode::PackageWrongSigner,
                    u"signed with %1, not with the key of the template's issuer %2"_s.arg(
                        signing::fingerprint(h.signerKey), signing::fingerprint(info.issuerKey)));
    if (h.body != info.bodyCode || h.year != info.year)
        return fail(ErrorCode::PackageMismatch,
                    u"%1 %2, this workstation is %3 %4"_s.arg(h.body).arg(h.year).arg(info.bodyCode).arg(info.year));
    auto payload = returnPayload(pkg->payload);
    if (!payload)
        return std::unexpected(payload.error());
    if (payload->templateId != info.templateId)
        return fail(ErrorCode::PackageMismatch,
                    u"made for template %1, not %2"_s.arg(payload->templateId, info.templateId));
    PackageCheck check;
    check.header = h;
    check.sha256 = QString::fromLatin1(pkg->sha256);
    check.bodyId = info.bodyId;
    const ReportKey key{info.bodyId, info.year, payload->block};
    auto current = m_reports.report(key);
    if (!current)
        return std::unexpected(current.error());
    if (current->state == ReportState::Returned && current->revision == payload->revision
        && current->returnReason == payload->reason) {
        check.alreadyImported = true;
        return check;
    }
    if (!isAwaitingReview(current->state) || current->revision != payload->revision)
        return fail(ErrorCode::PackageOlder, u"returns revision %1; the report is %2"_s.arg(payload->revision)
                                                 .arg(stateText(current->state, current->revision)));
    check.changes.push_back({PackageChange::Kind::ReportState,
                             payload->block,
                             {},
                             u"state"_s,
                             stateText(current->state, current->revision),
                             stateText(ReportState::Returned, current->revision)});
    std::map<QString, QString> remarks;
    for (const auto& [code, remark] : payload->remarks) {
        remarks[code] = remark;
        check.changes.push_back({PackageChange::Kind::Remark, payload->block, code, u"remark"_s, {}, remark});
    }
    if (dryRun)
        return check;
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto r = m_reports.returnForRevision(key, payload->reason, remarks, reason); !r)
        return std::unexpected(r.error());
    QSqlQuery w(m_db.connection());
    w.prepare(u"UPDATE workstation SET imported_sequence = MAX(imported_sequence, ?)"_s);
    w.addBindValue(h.sequence);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return check;
}

} // namespace core
