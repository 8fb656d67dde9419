// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConclusionService.h"

#include "ConclusionRows.h"

#include "AuditLog.h"
#include "CalendarService.h"
#include "Clock.h"
#include "Database.h"
#include "Evaluators.h"
#include "MethodologyService.h"
#include "RegistryRepository.h"
#include "RegistryService.h"
#include "ScheduleService.h"
#include "ScoreService.h"
#include "TermService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr int ObjectionWorkingDays = 5; // §57

bool validYear(int year)
{
    return year >= 2010 && year <= 2100;
}

/// The part's code, or '' (never NULL) for the whole block.
QString partCode(const std::optional<Part>& part)
{
    return sqlText(part ? toString(*part) : QString());
}

QString what(const QString& bodyCode, int year, int block, const std::optional<Part>& part)
{
    QString text = u"%1 %2 block %3"_s.arg(bodyCode).arg(year).arg(block);
    if (part)
        text += u" "_s + toString(*part);
    return text;
}
QString simplifiedName(const QString& name)
{
    return name.simplified();
}

} // namespace

using namespace conclusionrows;

ConclusionService::ConclusionService(Database& db, AuditLog& audit, RegistryService& registry,
                                     MethodologyService& methodologies, ScoreService& scores,
                                     EvaluatorService& evaluators, CalendarService& calendar,
                                     ScheduleService& schedules)
    : m_db(db)
    , m_audit(audit)
    , m_registry(registry)
    , m_methodologies(methodologies)
    , m_scores(scores)
    , m_evaluators(evaluators)
    , m_calendar(calendar)
    , m_schedules(schedules)
{ }

Result<std::vector<Conclusion>> ConclusionService::query(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT c.id, c.body_id, b.code, c.year, c.block, c.part, c.author_id, c.summary_kk, c.summary_ru, "
              "c.summary_en, c.findings_kk, c.findings_ru, c.findings_en, c.confidential, c.created_at, c.created_by, "
              "(SELECT count(*) FROM conclusion_version v WHERE v.conclusion_id = c.id), "
              "(SELECT v.id FROM conclusion_version v WHERE v.conclusion_id = c.id ORDER BY v.version DESC LIMIT 1), "
              "(SELECT v.sent_on FROM conclusion_version v WHERE v.conclusion_id = c.id "
              " ORDER BY v.version DESC LIMIT 1), "
              "(SELECT min(v.received_on) FROM conclusion_version v WHERE v.conclusion_id = c.id), "
              "(SELECT count(*) FROM appeal a WHERE a.conclusion_id = c.id AND a.status = 'pending'), "
              "(SELECT count(*) FROM appeal a WHERE a.conclusion_id = c.id AND a.kind = 'objection' "
              " AND a.status <> 'pending') "
              "FROM conclusion c JOIN body b ON b.id = c.body_id WHERE "_s
              + where + u" ORDER BY b.code, c.block, c.part"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<Conclusion> result;
    std::vector<std::pair<int, int>> appealCounts; // pending, decided objections
    while (q.next()) {
        Conclusion c;
        c.id = q.value(0).toLongLong();
        c.bodyId = q.value(1).toLongLong();
        c.bodyCode = q.value(2).toString();
        c.year = q.value(3).toInt();
        c.block = q.value(4).toInt();
        if (const QString part = q.value(5).toString(); !part.isEmpty())
            c.part = parsePart(part);
        if (!q.value(6).isNull())
            c.authorId = q.value(6).toLongLong();
        c.summary = readText3(q, 7);
        c.findings = readText3(q, 10);
        c.confidential = q.value(13).toBool();
        c.createdAt = readDateTime(q.value(14));
        c.createdBy = q.value(15).toString();
        c.versions = q.value(16).toInt();
        if (!q.value(17).isNull())
            c.latestVersionId = q.value(17).toLongLong();
        c.sentOn = parseIsoDate(q.value(18).toString());
        c.receivedOn = parseIsoDate(q.value(19).toString());
        appealCounts.emplace_back(q.value(20).toInt(), q.value(21).toInt());
        result.push_back(std::move(c));
    }
    if (result.empty())
        return result;

    // The staff who took part, and the states (the appeal term needs the calendar).
    std::map<qint64, std::size_t> index;
    for (std::size_t i = 0; i < result.size(); ++i)
        index[result[i].id] = i;
    QSqlQuery people(m_db.connection());
    people.prepare(u"SELECT cp.conclusion_id, p.name FROM conclusion_participant cp JOIN person p ON p.id = "
                   "cp.person_id JOIN conclusion c ON c.id = cp.conclusion_id JOIN body b ON b.id = c.body_id WHERE "_s
                   + where + u" ORDER BY p.name"_s);
    for (const QVariant& v : values)
        people.addBindValue(v);
    if (!people.exec())
        return std::unexpected(Database::sqlError(people));
    while (people.next())
        if (const auto it = index.find(people.value(0).toLongLong()); it != index.end())
            result[it->second].participants.push_back(people.value(1).toString());

    std::optional<Calendar> calendar;
    const QDate today = kazakhstanDate(m_audit.clock().now());
    for (std::size_t i = 0; i < result.size(); ++i) {
        Conclusion& c = result[i];
        const auto [pending, decided] = appealCounts[i];
        if (c.receivedOn.isValid()) {
            if (!calendar) {
                auto loaded = m_calendar.calendar();
                if (!loaded)
                    return std::unexpected(loaded.error());
                calendar = std::move(*loaded);
            }
            c.appealDeadline =
                TermService::dueDate(*calendar, c.receivedOn, TrackedTerm::Kind::WorkingDays, ObjectionWorkingDays);
        }
        if (c.versions == 0)
            c.state = ConclusionState::Draft;
        else if (pending > 0)
            c.state = ConclusionState::UnderAppeal;
        else if (c.receivedOn.isValid())
            c.state = (decided > 0 || today > c.appealDeadline) ? ConclusionState::Final : ConclusionState::Received;
        else
            c.state = c.sentOn.isValid() ? ConclusionState::Sent : ConclusionState::Issued;
    }
    return result;
}

Result<std::vector<Conclusion>> ConclusionService::conclusions(int year, std::optional<int> block) const
{
    if (block)
        return query(u"c.year = ? AND c.block = ?"_s, {year, *block});
    return query(u"c.year = ?"_s, {year});
}

Result<Conclusion> ConclusionService::conclusion(qint64 id) const
{
    auto found = query(u"c.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, u"conclusion %1"_s.arg(id));
    return std::move(found->front());
}

Result<std::optional<Conclusion>> ConclusionService::find(qint64 bodyId, int year, int block,
                                                          std::optional<Part> part) const
{
    auto found =
        query(u"c.body_id = ? AND c.year = ? AND c.block = ? AND c.part = ?"_s, {bodyId, year, block, partCode(part)});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::optional<Conclusion>();
    return std::optional<Conclusion>(std::move(found->front()));
}

Result<qint64> ConclusionService::create(qint64 bodyId, int year, int block, std::optional<Part> part,
                                         const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (!validYear(year))
        return fail(ErrorCode::InvalidYear, QString::number(year));
    if (block < 1 || block > BlockCount || (part && blockOf(*part) != block))
        return fail(ErrorCode::InvalidBlock, QString::number(block));
    auto body = m_registry.repository().body(bodyId);
    if (!body)
        return std::unexpected(body.error());

    // §53: a body reorganized in the first half of the year is evaluated within its successor.
    auto schedule = m_schedules.schedule(year);
    const QDate reporting = schedule ? schedule->stage(Stage::Reporting) : QDate();
    auto reorganizations = m_registry.repository().reorganizations();
    if (!reorganizations)
        return std::unexpected(reorganizations.error());
    for (const Reorganization& r : *reorganizations) {
        if (treatmentFor(r, bodyId, year, reporting).treatment != Treatment::WithinSuccessor)
            continue;
        QStringList successors;
        for (qint64 s : r.successors)
            if (auto b = m_registry.repository().body(s))
                successors << b->code;
        return fail(ErrorCode::EvaluatedWithinSuccessor, successors.join(u", "_s));
    }
    auto inScope = m_scores.bodiesInScope(year, block);
    if (!inScope)
        return std::unexpected(inScope.error());
    if (std::find(inScope->begin(), inScope->end(), bodyId) == inScope->end())
        return fail(ErrorCode::ConclusionOutOfScope, what(body->code, year, block, part));
    auto existing = find(bodyId, year, block, part);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::ConclusionExists, what(body->code, year, block, part));

    auto author = authorOf(bodyId, year, block, part);
    if (!author)
        return std::unexpected(author.error());

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO conclusion (body_id, year, block, part, author_id, created_at, created_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(bodyId);
    q.addBindValue(year);
    q.addBindValue(block);
    q.addBindValue(partCode(part));
    q.addBindValue(*author ? QVariant(**author) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sqlDateTime(m_audit.clock().now()));
    q.addBindValue(m_audit.user());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = m_audit.record(AuditAction::Create, u"conclusion"_s, id, bodyId, u"conclusion"_s, std::nullopt,
                                what(body->code, year, block, part), reason);
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return id;
}

Result<int> ConclusionService::createAll(int year, std::optional<int> block, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    int made = 0;
    for (int b = 1; b <= BlockCount; ++b) {
        if (block && *block != b)
            continue;
        auto bodies = m_scores.bodiesInScope(year, b);
        if (!bodies)
            return std::unexpected(bodies.error());
        for (qint64 bodyId : *bodies) {
            auto existing = find(bodyId, year, b);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing)
                continue;
            auto id = create(bodyId, year, b, std::nullopt, reason);
            if (!id && id.error().code == ErrorCode::EvaluatedWithinSuccessor)
                continue;
            if (!id)
                return std::unexpected(id.error());
            ++made;
        }
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return made;
}

Result<void> ConclusionService::setTexts(qint64 id, const Text3& summary, const Text3& findings, bool confidential,
                                         const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto c = conclusion(id);
    if (!c)
        return std::unexpected(c.error());
    const Text3 s = summary.trimmed();
    const Text3 f = findings.trimmed();
    if (s == c->summary && f == c->findings && confidential == c->confidential)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE conclusion SET summary_kk = ?, summary_ru = ?, summary_en = ?, findings_kk = ?, "
              "findings_ru = ?, findings_en = ?, confidential = ? WHERE id = ?"_s);
    for (const QString& v : {s.kk, s.ru, s.en, f.kk, f.ru, f.en})
        q.addBindValue(sqlText(v));
    q.addBindValue(confidential ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto a = auditText3(m_audit, u"conclusion"_s, id, c->bodyId, u"summary"_s, c->summary, s, reason); !a)
        return a;
    if (auto a = auditText3(m_audit, u"conclusion"_s, id, c->bodyId, u"findings"_s, c->findings, f, reason); !a)
        return a;
    if (confidential != c->confidential)
        if (auto a = m_audit.record(AuditAction::Update, u"conclusion"_s, id, c->bodyId, u"confidential"_s,
                                    c->confidential ? u"1"_s : u"0"_s, confidential ? u"1"_s : u"0"_s, reason);
            !a)
            return a;
    return tx.commit();
}

Result<qint64> ConclusionService::personId(const QString& name, std::optional<qint64> bodyId)
{
    const QString n = simplifiedName(name);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM person WHERE name = ?"_s);
    q.addBindValue(n);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO person (name, body_id) VALUES (?, ?)"_s);
    w.addBindValue(n);
    w.addBindValue(bodyId ? QVariant(*bodyId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    return w.lastInsertId().toLongLong();
}

Result<void> ConclusionService::setParticipants(qint64 id, const std::vector<QString>& names, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto c = conclusion(id);
    if (!c)
        return std::unexpected(c.error());
    std::set<QString> wanted;
    for (const QString& n : names)
        if (!simplifiedName(n).isEmpty())
            wanted.insert(simplifiedName(n));
    const std::set<QString> before(c->participants.begin(), c->participants.end());
    if (wanted == before)
        return {};
    // §59: nobody who sits on the author's special commission that year takes part in its evaluations.
    if (c->authorId) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT p.name FROM special_commission s JOIN special_commission_member m ON m.commission_id = s.id "
                  "JOIN person p ON p.id = m.person_id WHERE s.authority_id = ? AND s.year = ?"_s);
        q.addBindValue(*c->authorId);
        q.addBindValue(c->year);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
        QStringList conflicts;
        while (q.next())
            if (wanted.contains(q.value(0).toString()))
                conflicts << q.value(0).toString();
        if (!conflicts.isEmpty())
            return fail(ErrorCode::CommissionConflict, conflicts.join(u", "_s));
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery del(m_db.connection());
    del.prepare(u"DELETE FROM conclusion_participant WHERE conclusion_id = ?"_s);
    del.addBindValue(id);
    if (!del.exec())
        return std::unexpected(Database::sqlError(del));
    for (const QString& n : wanted) {
        auto person = personId(n, c->authorId);
        if (!person)
            return std::unexpected(person.error());
        QSqlQuery ins(m_db.connection());
        ins.prepare(u"INSERT INTO conclusion_participant (conclusion_id, person_id) VALUES (?, ?)"_s);
        ins.addBindValue(id);
        ins.addBindValue(*person);
        if (!ins.exec())
            return std::unexpected(Database::sqlError(ins));
    }
    auto joined = [](const std::set<QString>& set) {
        return set.empty() ? std::nullopt : std::optional(QStringList(set.begin(), set.end()).join(u"; "_s));
    };
    if (auto a = m_audit.record(AuditAction::Update, u"conclusion"_s, id, c->bodyId, u"participants"_s, joined(before),
                                joined(wanted), reason);
        !a)
        return a;
    return tx.commit();
}

Result<std::vector<ReorganizationNote>> ConclusionService::reorganizationNotes(qint64 bodyId, int year, int block) const
{
    auto reorganizations = m_registry.repository().reorganizations();
    if (!reorganizations)
        return std::unexpected(reorganizations.error());
    auto schedule = m_schedules.schedule(year);
    const QDate reporting = schedule ? schedule->stage(Stage::Reporting) : QDate();
    std::vector<ReorganizationNote> notes;
    for (const Reorganization& r : *reorganizations) {
        if (std::find(r.successors.begin(), r.successors.end(), bodyId) == r.successors.end())
            continue;
        for (qint64 p : r.predecessors) {
            if (p == bodyId)
                continue;
            const TreatmentResult t = treatmentFor(r, p, year, reporting);
            if (t.paragraph == 0)
                continue;
            auto body = m_registry.repository().body(p);
            if (!body)
                return std::unexpected(body.error());
            ReorganizationNote n;
            n.bodyId = p;
            n.code = body->code;
            n.name = body->nameOn(r.date.addDays(-1)).fullName;
            n.date = r.date;
            n.treatment = t.treatment;
            n.paragraph = t.paragraph;
            if (auto s = m_scores.scoreAny(p, year, block); s && *s)
                n.score = (*s)->result.score;
            notes.push_back(std::move(n));
        }
    }
    return notes;
}

Result<std::optional<qint64>> ConclusionService::authorOf(qint64 bodyId, int year, int block,
                                                          std::optional<Part> part) const
{
    // The part's evaluator; for a whole block, the block's lead (block 1) or its assembler (§33, §39)
    // unless the assembler is the body itself, then the first part's evaluator (§31, §37).
    auto parts = m_evaluators.forBody(bodyId, year);
    if (!parts)
        return std::unexpected(parts.error());
    std::optional<qint64> author;
    for (const PartEvaluation& p : *parts)
        if (p.block() == block && (!part || p.part == *part) && !author)
            author = p.lead.evaluatorId;
    if (!part && block > 1) {
        auto assemblers = m_evaluators.assemblers(year);
        if (!assemblers)
            return std::unexpected(assemblers.error());
        for (const BlockAssembler& a : *assemblers)
            if (a.block == block && a.bodyId && *a.bodyId != bodyId)
                author = a.bodyId;
    }
    return author;
}

Result<ConclusionContent> ConclusionService::build(const Conclusion& c) const
{
    ConclusionContent content;
    content.bodyId = c.bodyId;
    content.bodyCode = c.bodyCode;
    content.year = c.year;
    content.block = c.block;
    content.part = c.part;
    auto body = m_registry.repository().body(c.bodyId);
    if (!body)
        return std::unexpected(body.error());
    const QDate yearEnd(c.year, 12, 31);
    content.bodyName =
        body->nameOn(body->isValidOn(yearEnd) || !body->fields.validTo.isValid() ? yearEnd : body->fields.validTo)
            .fullName;
    if (c.authorId) {
        content.authorId = *c.authorId;
        if (auto author = m_registry.repository().body(*c.authorId))
            content.authorName = author->nameOn(QDate(c.year + 1, 6, 30)).fullName;
    }

    // The body is in the block's scope (create() saw to it): its own score alone is enough.
    auto score = m_scores.scoreAny(c.bodyId, c.year, c.block);
    if (!score)
        return std::unexpected(score.error());
    auto methodology = m_methodologies.inEffect(c.block, c.year);
    if (!methodology)
        return std::unexpected(methodology.error());
    auto values = m_methodologies.values(c.year, c.block, c.bodyId);
    if (!values)
        return std::unexpected(values.error());
    std::set<QString> corrected;
    std::set<QString> confidential;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT i.indicator_code FROM appeal_item i JOIN appeal a ON a.id = i.appeal_id "
                  "WHERE a.conclusion_id = ? AND i.accepted = 1"_s);
        q.addBindValue(c.id);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
        while (q.next())
            corrected.insert(q.value(0).toString());
        QSqlQuery k(m_db.connection());
        k.prepare(u"SELECT indicator_code FROM confidential_value WHERE year = ? AND block = ? AND body_id = ?"_s);
        k.addBindValue(c.year);
        k.addBindValue(c.block);
        k.addBindValue(c.bodyId);
        if (!k.exec())
            return std::unexpected(Database::sqlError(k));
        while (k.next())
            confidential.insert(k.value(0).toString());
    }
    if (*score) {
        const BodyScore& s = **score;
        content.ownScore = s.result.score;
        content.score = s.result.score;
        content.methodologyVersion = s.version;
        content.sampleMethodology = s.sample;
        if (s.rating) {
            content.rating = s.rating->code;
            content.ratingName = s.rating->name;
        }
        content.lines = conclusionLines(*methodology ? &**methodology : nullptr, s.result, *values);
        for (ConclusionLine& line : content.lines) {
            line.corrected = corrected.contains(line.code);
            line.confidential = confidential.contains(line.code);
        }
    }

    auto notes = reorganizationNotes(c.bodyId, c.year, c.block);
    if (!notes)
        return std::unexpected(notes.error());
    content.reorganizations = std::move(*notes);
    // §53: the predecessors evaluated within the body count in its final score — their scores and
    // the body's own, each once.
    std::vector<double> counted;
    if (content.ownScore)
        counted.push_back(*content.ownScore);
    for (const ReorganizationNote& n : content.reorganizations)
        if (n.treatment == Treatment::WithinSuccessor && n.score)
            counted.push_back(*n.score);
    if (counted.size() > (content.ownScore ? 1u : 0u)) {
        double sum = 0;
        for (double v : counted)
            sum += v;
        content.score = sum / static_cast<double>(counted.size());
        auto bands = m_methodologies.ratingBands(c.year);
        if (!bands)
            return std::unexpected(bands.error());
        const RatingBand* band = ratingFor(*bands, *content.score);
        content.rating = band ? band->code : QString();
        content.ratingName = band ? band->name : Text3{};
    }

    auto earlier = earlierRecommendations(c.id);
    if (!earlier)
        return std::unexpected(earlier.error());
    content.earlier = std::move(*earlier);
    auto recs = recommendations(c.id);
    if (!recs)
        return std::unexpected(recs.error());
    content.recommendations = std::move(*recs);
    content.summary = c.summary;
    content.findings = c.findings;
    content.confidential = c.confidential;
    content.participants = c.participants;
    return content;
}

Result<ConclusionContent> ConclusionService::preview(qint64 id) const
{
    auto c = conclusion(id);
    if (!c)
        return std::unexpected(c.error());
    return build(*c);
}

Result<qint64> ConclusionService::issue(qint64 id, const QString& versionReason, const QString& reason,
                                        std::optional<qint64> appealId)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto c = conclusion(id);
    if (!c)
        return std::unexpected(c.error());
    if (c->versions > 0 && versionReason.trimmed().isEmpty())
        return fail(ErrorCode::EmptyName, u"reason for the corrected version"_s);
    // §19: a conclusion rests on the block's approved methodology of that year.
    auto methodology = m_methodologies.inEffect(c->block, c->year);
    if (!methodology)
        return std::unexpected(methodology.error());
    if (!*methodology || !(*methodology)->isApproved())
        return fail(ErrorCode::NoApprovedMethodology, u"%1 block %2"_s.arg(c->year).arg(c->block));
    auto content = build(*c);
    if (!content)
        return std::unexpected(content.error());

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    const int number = c->versions + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO conclusion_version (conclusion_id, version, issued_at, issued_by, reason, appeal_id, "
              "score, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(number);
    q.addBindValue(sqlDateTime(m_audit.clock().now()));
    q.addBindValue(m_audit.user());
    q.addBindValue(sqlText(versionReason.trimmed()));
    q.addBindValue(appealId ? QVariant(*appealId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sqlReal(content->score));
    q.addBindValue(QString::fromUtf8(QJsonDocument(content->toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 versionId = q.lastInsertId().toLongLong();
    if (auto a = m_audit.record(
            AuditAction::Create, u"conclusion_version"_s, versionId, c->bodyId, u"version"_s, std::nullopt,
            what(c->bodyCode, c->year, c->block, c->part) + u" v%1"_s.arg(number)
                + (versionReason.trimmed().isEmpty() ? QString() : u": "_s + versionReason.trimmed()),
            reason);
        !a)
        return std::unexpected(a.error());

    // §54–55: the analysis of a reorganized body goes to its successors as recommendations.
    auto reorganizations = m_registry.repository().reorganizations();
    if (!reorganizations)
        return std::unexpected(reorganizations.error());
    auto schedule = m_schedules.schedule(c->year);
    const QDate reporting = schedule ? schedule->stage(Stage::Reporting) : QDate();
    for (const Reorganization& r : *reorganizations) {
        const Treatment t = treatmentFor(r, c->bodyId, c->year, reporting).treatment;
        if (t != Treatment::AnalysedForSuccessor && t != Treatment::ResultsToSuccessor)
            continue;
        // §54: used in the successor's evaluation of the same year; §55: the successor exists from the
        // following year, whose evaluation takes them.
        const int targetYear = t == Treatment::ResultsToSuccessor ? c->year + 1 : c->year;
        for (qint64 successor : r.successors) {
            QSqlQuery del(m_db.connection());
            del.prepare(u"DELETE FROM recommendation WHERE source = 'reorganization' AND body_id = ? AND year = ? "
                        "AND block = ? AND from_body_id = ?"_s);
            del.addBindValue(successor);
            del.addBindValue(targetYear);
            del.addBindValue(c->block);
            del.addBindValue(c->bodyId);
            if (!del.exec())
                return std::unexpected(Database::sqlError(del));
            if (del.numRowsAffected() > 0)
                if (auto a =
                        m_audit.record(AuditAction::Delete, u"recommendation"_s, 0, successor, u"text"_s,
                                       u"%1 recommendation(s) passed on from %2, replaced"_s.arg(del.numRowsAffected())
                                           .arg(c->bodyCode),
                                       std::nullopt, reason);
                    !a)
                    return std::unexpected(a.error());
            int position = 0;
            for (const Recommendation& rec : content->recommendations) {
                Recommendation copy = rec;
                copy.bodyId = successor;
                copy.year = targetYear;
                copy.conclusionId.reset();
                copy.source = RecommendationSource::Reorganization;
                copy.fromBodyId = c->bodyId;
                copy.position = ++position;
                copy.status = RecommendationStatus::Open;
                copy.note = {};
                if (auto added = insertRecommendation(m_db, m_audit, copy, reason); !added)
                    return std::unexpected(added.error());
            }
        }
    }
    if (auto done = tx.commit(); !done)
        return std::unexpected(done.error());
    return versionId;
}

Result<std::vector<ConclusionVersion>> ConclusionService::versions(qint64 conclusionId) const
{
    return readVersions(u"conclusion_id = ? ORDER BY version"_s, conclusionId);
}

Result<std::vector<ConclusionVersion>> ConclusionService::readVersions(const QString& where, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, conclusion_id, version, issued_at, issued_by, reason, appeal_id, sent_on, received_on, "
              "content FROM conclusion_version WHERE "_s
              + where);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<ConclusionVersion> result;
    while (q.next()) {
        ConclusionVersion v;
        v.id = q.value(0).toLongLong();
        v.conclusionId = q.value(1).toLongLong();
        v.version = q.value(2).toInt();
        v.issuedAt = readDateTime(q.value(3));
        v.issuedBy = q.value(4).toString();
        v.reason = q.value(5).toString();
        if (!q.value(6).isNull())
            v.appealId = q.value(6).toLongLong();
        v.sentOn = parseIsoDate(q.value(7).toString());
        v.receivedOn = parseIsoDate(q.value(8).toString());
        const auto content = ConclusionContent::fromJson(QJsonDocument::fromJson(q.value(9).toByteArray()).object());
        if (!content)
            return fail(ErrorCode::Database, u"conclusion_version %1: unreadable content"_s.arg(v.id));
        v.content = *content;
        result.push_back(std::move(v));
    }
    return result;
}

Result<std::map<qint64, VersionSummary>> ConclusionService::latestSummaries(int year, int block) const
{
    // The fields by SQLite's JSON functions: the whole content of every version is not needed.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, v.version, v.score, json_extract(v.content, '$.rating'), "
              "json_extract(v.content, '$.rating_name.kk'), json_extract(v.content, '$.rating_name.ru'), "
              "json_extract(v.content, '$.rating_name.en'), json_array_length(v.content, '$.reorganizations') "
              "FROM conclusion c JOIN conclusion_version v ON v.conclusion_id = c.id "
              "WHERE c.year = ? AND c.block = ? AND c.part = '' AND v.version = "
              "(SELECT max(version) FROM conclusion_version WHERE conclusion_id = c.id)"_s);
    q.addBindValue(year);
    q.addBindValue(block);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::map<qint64, VersionSummary> result;
    std::vector<qint64> reorganized;
    while (q.next()) {
        VersionSummary s;
        s.conclusionId = q.value(0).toLongLong();
        s.version = q.value(1).toInt();
        s.score = readReal(q.value(2));
        s.rating = q.value(3).toString();
        s.ratingName = Text3{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        if (q.value(7).toInt() > 0)
            reorganized.push_back(s.conclusionId);
        result.emplace(s.conclusionId, std::move(s));
    }
    // The few with reorganized predecessors: their notes from the whole content.
    for (qint64 id : reorganized) {
        auto v = latest(id);
        if (!v)
            return std::unexpected(v.error());
        result[id].reorganizations = v->content.reorganizations;
    }
    return result;
}

Result<ConclusionVersion> ConclusionService::version(qint64 versionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT conclusion_id FROM conclusion_version WHERE id = ?"_s);
    q.addBindValue(versionId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"conclusion version %1"_s.arg(versionId));
    auto all = versions(q.value(0).toLongLong());
    if (!all)
        return std::unexpected(all.error());
    for (ConclusionVersion& v : *all)
        if (v.id == versionId)
            return std::move(v);
    return fail(ErrorCode::NotFound, u"conclusion version %1"_s.arg(versionId));
}

Result<ConclusionVersion> ConclusionService::latest(qint64 conclusionId) const
{
    auto found = readVersions(u"conclusion_id = ? ORDER BY version DESC LIMIT 1"_s, conclusionId);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::ConclusionNotIssued, u"conclusion %1"_s.arg(conclusionId));
    return std::move(found->front());
}

Result<void> ConclusionService::markSent(qint64 conclusionId, QDate date, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (!date.isValid())
        return fail(ErrorCode::InvalidDate, {});
    auto v = latest(conclusionId);
    if (!v)
        return std::unexpected(v.error());
    // The date of the letter, which may be recorded later than it was sent: never before the year in
    // which the evaluation is held, before an earlier version's receipt, or after this one's.
    auto c = conclusion(conclusionId);
    if (!c)
        return std::unexpected(c.error());
    if (date < QDate(c->year + 1, 1, 1) || (v->receivedOn.isValid() && date > v->receivedOn)
        || (c->receivedOn.isValid() && !v->receivedOn.isValid() && date < c->receivedOn))
        return fail(ErrorCode::InvalidReceipt, u"sent %1"_s.arg(isoDate(date)));
    if (date == v->sentOn)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE conclusion_version SET sent_on = ? WHERE id = ?"_s);
    q.addBindValue(sqlDate(date));
    q.addBindValue(v->id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto a = m_audit.record(AuditAction::Update, u"conclusion_version"_s, v->id, v->content.bodyId, u"sent_on"_s,
                                textOrNull(isoDate(v->sentOn)), isoDate(date), reason);
        !a)
        return a;
    return tx.commit();
}

Result<void> ConclusionService::markReceived(qint64 conclusionId, QDate date, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (!date.isValid())
        return fail(ErrorCode::InvalidDate, {});
    auto v = latest(conclusionId);
    if (!v)
        return std::unexpected(v.error());
    if (v->sentOn.isValid() && date < v->sentOn)
        return fail(ErrorCode::InvalidReceipt, u"received %1, sent %2"_s.arg(isoDate(date), isoDate(v->sentOn)));
    if (date == v->receivedOn)
        return {};
    // The objection term runs from the receipt: once an appeal is filed, the receipt stands.
    QSqlQuery appealed(m_db.connection());
    appealed.prepare(u"SELECT count(*) FROM appeal WHERE conclusion_id = ?"_s);
    appealed.addBindValue(conclusionId);
    if (!appealed.exec() || !appealed.next())
        return std::unexpected(Database::sqlError(appealed));
    if (appealed.value(0).toInt() > 0 && v->receivedOn.isValid())
        return fail(ErrorCode::InvalidReceipt,
                    u"an appeal was filed after the receipt of %1"_s.arg(isoDate(v->receivedOn)));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (!v->sentOn.isValid()) {
        // Handed over in person: sent and received the same day.
        if (auto s = markSent(conclusionId, date, reason); !s)
            return s;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE conclusion_version SET received_on = ? WHERE id = ?"_s);
    q.addBindValue(sqlDate(date));
    q.addBindValue(v->id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto a = m_audit.record(AuditAction::Update, u"conclusion_version"_s, v->id, v->content.bodyId,
                                u"received_on"_s, textOrNull(isoDate(v->receivedOn)), isoDate(date), reason);
        !a)
        return a;
    return tx.commit();
}

Result<QDate> ConclusionService::appealDeadline(QDate received) const
{
    if (!received.isValid())
        return fail(ErrorCode::InvalidDate, {});
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return std::unexpected(calendar.error());
    return TermService::dueDate(*calendar, received, TrackedTerm::Kind::WorkingDays, ObjectionWorkingDays);
}

} // namespace core
