// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppealService.h"

#include "AuditLog.h"
#include "CalendarService.h"
#include "Clock.h"
#include "ConclusionService.h"
#include "Database.h"
#include "MethodologyService.h"
#include "Registry.h"
#include "TermService.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr int FilingWorkingDays = 5; // §57, §62
constexpr int DecisionCalendarDays = 15; // §60

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

std::optional<QString> numberOrNull(const std::optional<double>& v)
{
    return v ? std::optional(number(*v)) : std::nullopt;
}

QString appealWhat(const Appeal& a)
{
    return u"%1 %2 %3 block %4"_s.arg(toString(a.kind), a.bodyCode).arg(a.year).arg(a.block);
}

/// The person with this name (whitespace simplified), added when new; position and body updated.
Result<qint64> personFor(Database& db, const CommissionMember& m)
{
    const QString name = m.name.simplified();
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id FROM person WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const QVariant body = m.organizationId ? QVariant(*m.organizationId) : QVariant(QMetaType(QMetaType::LongLong));
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery u(db.connection());
        u.prepare(u"UPDATE person SET position = ?, body_id = coalesce(?, body_id) WHERE id = ?"_s);
        u.addBindValue(sqlText(m.position.simplified()));
        u.addBindValue(body);
        u.addBindValue(id);
        if (!u.exec())
            return std::unexpected(Database::sqlError(u));
        return id;
    }
    QSqlQuery w(db.connection());
    w.prepare(u"INSERT INTO person (name, position, body_id) VALUES (?, ?, ?)"_s);
    w.addBindValue(name);
    w.addBindValue(sqlText(m.position.simplified()));
    w.addBindValue(body);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    return w.lastInsertId().toLongLong();
}

Result<bool> isPresidentialAdministration(Database& db, qint64 bodyId, int year)
{
    QSqlQuery q(db.connection());
    const QString roleDate = isoDate(QDate(year + 1, 6, 30)); // EvaluatorRules::roleDate
    q.prepare(u"SELECT count(*) FROM role_assignment WHERE role = 'pa' AND body_id = ? "
              "AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)"_s);
    q.addBindValue(bodyId);
    q.addBindValue(roleDate);
    q.addBindValue(roleDate);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q));
    return q.value(0).toInt() > 0;
}

/// The names of the staff who took part in the evaluations of `where` (columns of conclusion c).
Result<std::set<QString>> participantsWhere(Database& db, const QString& where, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT DISTINCT p.name FROM conclusion_participant cp JOIN person p ON p.id = cp.person_id "
              "JOIN conclusion c ON c.id = cp.conclusion_id WHERE "_s
              + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::set<QString> names;
    while (q.next())
        names.insert(q.value(0).toString());
    return names;
}

} // namespace

QString toString(AppealKind kind)
{
    return kind == AppealKind::Complaint ? u"complaint"_s : u"objection"_s;
}

std::optional<AppealKind> parseAppealKind(const QString& text)
{
    if (text == u"objection")
        return AppealKind::Objection;
    if (text == u"complaint")
        return AppealKind::Complaint;
    return std::nullopt;
}

QString toString(AppealStatus status)
{
    switch (status) {
    case AppealStatus::Pending:
        return u"pending"_s;
    case AppealStatus::Accepted:
        return u"accepted"_s;
    case AppealStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<AppealStatus> parseAppealStatus(const QString& text)
{
    for (auto s : {AppealStatus::Pending, AppealStatus::Accepted, AppealStatus::Rejected})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

AppealService::AppealService(Database& db, AuditLog& audit, ConclusionService& conclusions,
                             MethodologyService& methodologies, CalendarService& calendar)
    : m_db(db)
    , m_audit(audit)
    , m_conclusions(conclusions)
    , m_methodologies(methodologies)
    , m_calendar(calendar)
{ }

Result<std::vector<Appeal>> AppealService::query(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT a.id, a.kind, a.conclusion_id, a.version_id, c.body_id, b.code, c.year, c.block, c.part, "
              "c.author_id, a.filed_on, a.text, a.status, a.decided_on, a.reason_kk, a.reason_ru, a.reason_en, "
              "a.commission_id, a.corrected_version_id, a.created_at, a.created_by, "
              "(SELECT min(v.received_on) FROM conclusion_version v WHERE v.conclusion_id = c.id), "
              "(SELECT o.decided_on FROM appeal o WHERE o.conclusion_id = c.id AND o.kind = 'objection') "
              "FROM appeal a JOIN conclusion c ON c.id = a.conclusion_id JOIN body b ON b.id = c.body_id WHERE "_s
              + where + u" ORDER BY a.filed_on, a.id"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<Appeal> result;
    std::map<qint64, std::size_t> index;
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return std::unexpected(calendar.error());
    while (q.next()) {
        Appeal a;
        a.id = q.value(0).toLongLong();
        a.kind = parseAppealKind(q.value(1).toString()).value_or(AppealKind::Objection);
        a.conclusionId = q.value(2).toLongLong();
        a.versionId = q.value(3).toLongLong();
        a.bodyId = q.value(4).toLongLong();
        a.bodyCode = q.value(5).toString();
        a.year = q.value(6).toInt();
        a.block = q.value(7).toInt();
        a.part = q.value(8).toString();
        if (!q.value(9).isNull())
            a.authorId = q.value(9).toLongLong();
        a.filedOn = parseIsoDate(q.value(10).toString());
        a.text = q.value(11).toString();
        a.status = parseAppealStatus(q.value(12).toString()).value_or(AppealStatus::Pending);
        a.decidedOn = parseIsoDate(q.value(13).toString());
        a.decisionReason = {q.value(14).toString(), q.value(15).toString(), q.value(16).toString()};
        if (!q.value(17).isNull())
            a.commissionId = q.value(17).toLongLong();
        if (!q.value(18).isNull())
            a.correctedVersionId = q.value(18).toLongLong();
        a.createdAt = readDateTime(q.value(19));
        a.createdBy = q.value(20).toString();
        const QDate received = parseIsoDate(q.value(21).toString());
        const QDate objectionDeadline =
            TermService::dueDate(*calendar, received, TrackedTerm::Kind::WorkingDays, FilingWorkingDays);
        if (a.kind == AppealKind::Objection) {
            a.receivedOn = received;
            a.fileBy = objectionDeadline;
            a.decideBy =
                TermService::dueDate(*calendar, a.filedOn, TrackedTerm::Kind::CalendarDays, DecisionCalendarDays);
        } else {
            const QDate objectionDecided = parseIsoDate(q.value(22).toString());
            a.receivedOn = objectionDecided.isValid() ? objectionDecided : objectionDeadline;
            a.fileBy = TermService::dueDate(*calendar, a.receivedOn, TrackedTerm::Kind::WorkingDays, FilingWorkingDays);
        }
        index[a.id] = result.size();
        result.push_back(std::move(a));
    }
    if (result.empty())
        return result;

    QSqlQuery items(m_db.connection());
    items.prepare(u"SELECT i.appeal_id, i.id, i.indicator_code, i.argument, i.requested_fact, i.accepted, i.reason, "
                  "i.old_fact, i.new_fact FROM appeal_item i JOIN appeal a ON a.id = i.appeal_id "
                  "JOIN conclusion c ON c.id = a.conclusion_id JOIN body b ON b.id = c.body_id WHERE "_s
                  + where + u" ORDER BY i.id"_s);
    for (const QVariant& v : values)
        items.addBindValue(v);
    if (!items.exec())
        return std::unexpected(Database::sqlError(items));
    while (items.next()) {
        const auto it = index.find(items.value(0).toLongLong());
        if (it == index.end())
            continue;
        AppealItem i;
        i.id = items.value(1).toLongLong();
        i.code = items.value(2).toString();
        i.argument = items.value(3).toString();
        i.requestedFact = readReal(items.value(4));
        if (!items.value(5).isNull())
            i.accepted = items.value(5).toBool();
        i.reason = items.value(6).toString();
        i.oldFact = readReal(items.value(7));
        i.newFact = readReal(items.value(8));
        result[it->second].items.push_back(std::move(i));
    }
    QSqlQuery docs(m_db.connection());
    docs.prepare(u"SELECT d.appeal_id, d.id, d.name, d.sha256, d.size FROM appeal_document d "
                 "JOIN appeal a ON a.id = d.appeal_id JOIN conclusion c ON c.id = a.conclusion_id "
                 "JOIN body b ON b.id = c.body_id WHERE "_s
                 + where + u" ORDER BY d.id"_s);
    for (const QVariant& v : values)
        docs.addBindValue(v);
    if (!docs.exec())
        return std::unexpected(Database::sqlError(docs));
    while (docs.next())
        if (const auto it = index.find(docs.value(0).toLongLong()); it != index.end())
            result[it->second].documents.push_back({docs.value(1).toLongLong(), docs.value(2).toString(),
                                                    docs.value(3).toString(), docs.value(4).toLongLong()});
    return result;
}

Result<std::vector<Appeal>> AppealService::appeals(int year, std::optional<AppealKind> kind) const
{
    if (kind)
        return query(u"c.year = ? AND a.kind = ?"_s, {year, toString(*kind)});
    return query(u"c.year = ?"_s, {year});
}

Result<Appeal> AppealService::appeal(qint64 id) const
{
    auto found = query(u"a.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, u"appeal %1"_s.arg(id));
    return std::move(found->front());
}

Result<std::vector<Appeal>> AppealService::forConclusion(qint64 conclusionId) const
{
    return query(u"a.conclusion_id = ?"_s, {conclusionId});
}

Result<std::pair<QDate, QDate>> AppealService::objectionTerm(qint64 conclusionId) const
{
    auto c = m_conclusions.conclusion(conclusionId);
    if (!c)
        return std::unexpected(c.error());
    if (!c->receivedOn.isValid())
        return fail(ErrorCode::ConclusionNotReceived, c->bodyCode);
    return std::pair(c->receivedOn, c->appealDeadline);
}

Result<std::pair<QDate, QDate>> AppealService::complaintTerm(qint64 conclusionId) const
{
    auto term = objectionTerm(conclusionId);
    if (!term)
        return std::unexpected(term.error());
    auto list = forConclusion(conclusionId);
    if (!list)
        return std::unexpected(list.error());
    QDate end;
    bool objection = false;
    for (const Appeal& a : *list) {
        if (a.kind != AppealKind::Objection)
            continue;
        objection = true;
        if (a.status == AppealStatus::Pending)
            return std::pair(QDate(), QDate());
        end = a.decidedOn;
    }
    if (!objection) {
        if (kazakhstanDate(m_audit.clock().now()) <= term->second)
            return std::pair(QDate(), QDate());
        end = term->second;
    }
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return std::unexpected(calendar.error());
    return std::pair(end, TermService::dueDate(*calendar, end, TrackedTerm::Kind::WorkingDays, FilingWorkingDays));
}

Result<qint64> AppealService::file(const NewAppeal& input, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto c = m_conclusions.conclusion(input.conclusionId);
    if (!c)
        return std::unexpected(c.error());
    auto version = m_conclusions.latest(c->id);
    if (!version)
        return std::unexpected(version.error());
    if (!c->receivedOn.isValid())
        return fail(ErrorCode::ConclusionNotReceived, c->bodyCode);
    if (!input.filedOn.isValid())
        return fail(ErrorCode::InvalidDate, {});
    auto existing = forConclusion(c->id);
    if (!existing)
        return std::unexpected(existing.error());

    if (input.kind == AppealKind::Objection) {
        // §57: within 5 working days of receipt.
        if (input.filedOn < c->receivedOn)
            return fail(ErrorCode::AppealTooEarly,
                        u"filed %1, received %2"_s.arg(isoDate(input.filedOn), isoDate(c->receivedOn)));
        if (input.filedOn > c->appealDeadline)
            return fail(ErrorCode::AppealLate,
                        u"filed %1, last day %2"_s.arg(isoDate(input.filedOn), isoDate(c->appealDeadline)));
        for (const Appeal& a : *existing)
            if (a.kind == AppealKind::Objection)
                return fail(ErrorCode::AppealExists, u"objection %1"_s.arg(a.id));
    } else {
        // §62: within 5 working days after the appeal procedure.
        for (const Appeal& a : *existing)
            if (a.status == AppealStatus::Pending)
                return fail(ErrorCode::AppealExists, u"%1 %2"_s.arg(toString(a.kind)).arg(a.id));
        QDate end = c->appealDeadline;
        for (const Appeal& a : *existing)
            if (a.kind == AppealKind::Objection)
                end = a.decidedOn;
        auto calendar = m_calendar.calendar();
        if (!calendar)
            return std::unexpected(calendar.error());
        const QDate last = TermService::dueDate(*calendar, end, TrackedTerm::Kind::WorkingDays, FilingWorkingDays);
        if (input.filedOn < end)
            return fail(ErrorCode::AppealTooEarly,
                        u"filed %1, the appeal procedure ends %2"_s.arg(isoDate(input.filedOn), isoDate(end)));
        if (input.filedOn > last)
            return fail(ErrorCode::AppealLate, u"filed %1, last day %2"_s.arg(isoDate(input.filedOn), isoDate(last)));
    }

    const QString text = input.text.trimmed();
    std::set<QString> lineCodes;
    for (const ConclusionLine& l : version->content.lines)
        lineCodes.insert(l.code);
    std::vector<AppealItem> items;
    std::set<QString> seen;
    for (const AppealItem& i : input.items) {
        AppealItem item = i;
        item.code = i.code.trimmed();
        item.argument = i.argument.trimmed();
        if (!lineCodes.contains(item.code))
            return fail(ErrorCode::UnknownIndicator, item.code);
        if (item.argument.isEmpty() || !seen.insert(item.code).second)
            return fail(ErrorCode::AppealNoItems, item.code);
        items.push_back(std::move(item));
    }
    if (text.isEmpty() && items.empty())
        return fail(ErrorCode::AppealNoItems, {});
    // §58: objections without supporting documents are not considered.
    if (input.kind == AppealKind::Objection && input.documents.empty())
        return fail(ErrorCode::AppealNoDocuments, {});
    for (const NewAppeal::Document& d : input.documents) {
        if (d.content.isEmpty() || QFileInfo(d.name).fileName().trimmed().isEmpty())
            return fail(ErrorCode::AppealNoDocuments, d.name);
        if (d.content.size() > MaxDocumentSize)
            return fail(ErrorCode::EvidenceTooLarge, d.name);
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO appeal (kind, conclusion_id, version_id, filed_on, text, created_at, created_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(toString(input.kind));
    q.addBindValue(c->id);
    q.addBindValue(version->id);
    q.addBindValue(sqlDate(input.filedOn));
    q.addBindValue(sqlText(text));
    q.addBindValue(sqlDateTime(m_audit.clock().now()));
    q.addBindValue(m_audit.user());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = m_audit.record(AuditAction::Create, u"appeal"_s, id, c->bodyId, toString(input.kind), std::nullopt,
                                u"%1 %2 block %3, filed %4: %5"_s.arg(c->bodyCode)
                                    .arg(c->year)
                                    .arg(c->block)
                                    .arg(isoDate(input.filedOn), text),
                                reason);
        !a)
        return std::unexpected(a.error());
    for (const AppealItem& i : items) {
        QSqlQuery w(m_db.connection());
        w.prepare(
            u"INSERT INTO appeal_item (appeal_id, indicator_code, argument, requested_fact) VALUES (?, ?, ?, ?)"_s);
        w.addBindValue(id);
        w.addBindValue(i.code);
        w.addBindValue(sqlText(i.argument));
        w.addBindValue(sqlReal(i.requestedFact));
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        if (auto a = m_audit.record(
                AuditAction::Create, u"appeal_item"_s, w.lastInsertId().toLongLong(), c->bodyId, i.code, std::nullopt,
                i.argument + (i.requestedFact ? u" → "_s + number(*i.requestedFact) : QString()), reason);
            !a)
            return std::unexpected(a.error());
    }
    for (const NewAppeal::Document& d : input.documents) {
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(d.content, QCryptographicHash::Sha256).toHex());
        QSqlQuery w(m_db.connection());
        w.prepare(u"INSERT INTO appeal_document (appeal_id, name, sha256, size, content) VALUES (?, ?, ?, ?, ?)"_s);
        w.addBindValue(id);
        w.addBindValue(QFileInfo(d.name).fileName().trimmed());
        w.addBindValue(sha);
        w.addBindValue(d.content.size());
        w.addBindValue(d.content);
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        if (auto a = m_audit.record(AuditAction::Create, u"appeal_document"_s, w.lastInsertId().toLongLong(), c->bodyId,
                                    u"document"_s, std::nullopt,
                                    QFileInfo(d.name).fileName().trimmed() + u" sha256:"_s + sha, reason);
            !a)
            return std::unexpected(a.error());
    }
    if (auto done = tx.commit(); !done)
        return std::unexpected(done.error());
    return id;
}

Result<void> AppealService::decide(qint64 appealId, const std::vector<ItemDecision>& decisions,
                                   const Text3& decisionReason, QDate decidedOn, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto a = appeal(appealId);
    if (!a)
        return std::unexpected(a.error());
    if (a->status != AppealStatus::Pending)
        return fail(ErrorCode::AppealDecided, toString(a->status));
    if (!decidedOn.isValid())
        return fail(ErrorCode::InvalidDate, {});
    if (decidedOn < a->filedOn)
        return fail(ErrorCode::InvalidDateRange,
                    u"decided %1, filed %2"_s.arg(isoDate(decidedOn), isoDate(a->filedOn)));
    const Text3 why = decisionReason.trimmed();
    if (why.kk.isEmpty() && why.ru.isEmpty() && why.en.isEmpty())
        return fail(ErrorCode::EmptyName, u"decision reason"_s);
    std::map<qint64, ItemDecision> byItem;
    for (const ItemDecision& d : decisions)
        byItem[d.itemId] = d;
    for (const AppealItem& i : a->items)
        if (!byItem.contains(i.id))
            return fail(ErrorCode::InvalidValue, u"no decision on %1"_s.arg(i.code));
    for (const auto& [itemId, d] : byItem)
        if (d.newFact && !std::isfinite(*d.newFact))
            return fail(ErrorCode::InvalidValue, number(*d.newFact));

    // §59: the objection is considered by the author's special commission, none of whose members took
    // part in this evaluation; the PA decides without one. A complaint (§62) is the working body's.
    std::optional<qint64> commissionId;
    if (a->kind == AppealKind::Objection && !a->authorId)
        return fail(ErrorCode::NoSpecialCommission, u"the conclusion has no authorized body"_s);
    if (a->kind == AppealKind::Objection) {
        auto pa = isPresidentialAdministration(m_db, *a->authorId, a->year);
        if (!pa)
            return std::unexpected(pa.error());
        if (!*pa) {
            auto sc = commission(*a->authorId, a->year);
            if (!sc)
                return std::unexpected(sc.error());
            if (!*sc)
                return fail(ErrorCode::NoSpecialCommission, QString::number(*a->authorId));
            if ((*sc)->formedOn > decidedOn)
                return fail(ErrorCode::InvalidDateRange,
                            u"formed %1, decided %2"_s.arg(isoDate((*sc)->formedOn), isoDate(decidedOn)));
            // Those who took part now, and those the appealed version names.
            auto took = participantsWhere(m_db, u"c.id = ?"_s, {a->conclusionId});
            if (!took)
                return std::unexpected(took.error());
            auto appealed = m_conclusions.version(a->versionId);
            if (!appealed)
                return std::unexpected(appealed.error());
            took->insert(appealed->content.participants.begin(), appealed->content.participants.end());
            QStringList conflicts;
            bool workingBody = false;
            for (const CommissionMember& m : (*sc)->members) {
                workingBody = workingBody || m.workingBody;
                if (took->contains(m.name))
                    conflicts << m.name;
            }
            if (!conflicts.isEmpty())
                return fail(ErrorCode::CommissionConflict, conflicts.join(u", "_s));
            if (!workingBody)
                return fail(ErrorCode::CommissionNeedsWorkingBody, {});
            commissionId = (*sc)->id;
        }
    }

    auto values = m_methodologies.values(a->year, a->block);
    if (!values)
        return std::unexpected(values.error());
    const auto bodyValues = values->find(a->bodyId);
    bool anyAccepted = false;

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (const AppealItem& item : a->items) {
        const ItemDecision& d = byItem.at(item.id);
        std::optional<IndicatorValue> current;
        if (bodyValues != values->end())
            if (const auto v = bodyValues->second.find(item.code); v != bodyValues->second.end())
                current = v->second;
        const std::optional<double> oldFact = current ? current->fact : std::nullopt;
        std::optional<double> newFact;
        if (d.accepted) {
            anyAccepted = true;
            // §61: the accepted fact replaces the evaluated one (unchanged when none is given).
            newFact = d.newFact ? d.newFact : oldFact;
            if (newFact != oldFact) {
                IndicatorValue value = current.value_or(IndicatorValue{});
                value.fact = newFact;
                if (auto s = m_methodologies.setValue(a->year, a->block, a->bodyId, item.code, value,
                                                      u"§61: appeal %1 accepted. "_s.arg(a->id) + reason);
                    !s)
                    return s;
            }
        }
        QSqlQuery w(m_db.connection());
        w.prepare(u"UPDATE appeal_item SET accepted = ?, reason = ?, old_fact = ?, new_fact = ? WHERE id = ?"_s);
        w.addBindValue(d.accepted ? 1 : 0);
        w.addBindValue(sqlText(d.reason.trimmed()));
        w.addBindValue(sqlReal(oldFact));
        w.addBindValue(sqlReal(d.accepted ? newFact : std::nullopt));
        w.addBindValue(item.id);
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        if (auto r = m_audit.record(
                AuditAction::Update, u"appeal_item"_s, item.id, a->bodyId, item.code, numberOrNull(oldFact),
                (d.accepted ? u"accepted"_s : u"rejected"_s)
                    + (d.accepted && newFact ? u" "_s + number(*newFact) : QString()) + u": "_s + d.reason.trimmed(),
                reason);
            !r)
            return r;
    }
    // An objection without items is decided as a whole.
    const bool accepted = a->items.empty() ? std::any_of(decisions.begin(), decisions.end(),
                                                         [](const ItemDecision& d) { return d.accepted; })
                                           : anyAccepted;
    const AppealStatus status = accepted ? AppealStatus::Accepted : AppealStatus::Rejected;
    QSqlQuery w(m_db.connection());
    w.prepare(u"UPDATE appeal SET status = ?, decided_on = ?, reason_kk = ?, reason_ru = ?, reason_en = ?, "
              "commission_id = ? WHERE id = ?"_s);
    w.addBindValue(toString(status));
    w.addBindValue(sqlDate(decidedOn));
    w.addBindValue(sqlText(why.kk));
    w.addBindValue(sqlText(why.ru));
    w.addBindValue(sqlText(why.en));
    w.addBindValue(commissionId ? QVariant(*commissionId) : QVariant(QMetaType(QMetaType::LongLong)));
    w.addBindValue(appealId);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r = m_audit.record(AuditAction::Update, u"appeal"_s, appealId, a->bodyId, u"status"_s, u"pending"_s,
                                toString(status) + u" "_s + isoDate(decidedOn), reason);
        !r)
        return r;
    if (accepted) {
        // §61: the authorized body corrects the conclusion.
        auto corrected = m_conclusions.issue(
            a->conclusionId,
            a->kind == AppealKind::Objection ? u"§61: objection %1 accepted on %2"_s.arg(a->id).arg(isoDate(decidedOn))
                                             : u"§62: complaint %1 upheld on %2"_s.arg(a->id).arg(isoDate(decidedOn)),
            reason, appealId);
        if (!corrected)
            return std::unexpected(corrected.error());
        QSqlQuery link(m_db.connection());
        link.prepare(u"UPDATE appeal SET corrected_version_id = ? WHERE id = ?"_s);
        link.addBindValue(*corrected);
        link.addBindValue(appealId);
        if (!link.exec())
            return std::unexpected(Database::sqlError(link));
        if (auto r = m_audit.record(AuditAction::Update, u"appeal"_s, appealId, a->bodyId, u"corrected_version_id"_s,
                                    std::nullopt, QString::number(*corrected), reason);
            !r)
            return r;
    }
    return tx.commit();
}

Result<void> AppealService::remove(qint64 appealId, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto a = appeal(appealId);
    if (!a)
        return std::unexpected(a.error());
    if (a->status != AppealStatus::Pending)
        return fail(ErrorCode::AppealDecided, toString(a->status));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM appeal WHERE id = ?"_s);
    q.addBindValue(appealId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto r = m_audit.record(AuditAction::Delete, u"appeal"_s, appealId, a->bodyId, toString(a->kind),
                                appealWhat(*a) + u", filed "_s + isoDate(a->filedOn), std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

Result<QByteArray> AppealService::documentContent(qint64 documentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT content, sha256, name FROM appeal_document WHERE id = ?"_s);
    q.addBindValue(documentId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"document %1"_s.arg(documentId));
    const QByteArray content = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())
        != q.value(1).toString())
        return fail(ErrorCode::EvidenceDamaged, q.value(2).toString());
    return content;
}

Result<std::vector<SpecialCommission>> AppealService::commissions(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT s.id, s.authority_id, s.year, s.formed_on, p.name, p.position, p.body_id, m.working_body "
              "FROM special_commission s LEFT JOIN special_commission_member m ON m.commission_id = s.id "
              "LEFT JOIN person p ON p.id = m.person_id WHERE s.year = ? ORDER BY s.id, m.working_body, p.name"_s);
    q.addBindValue(year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<SpecialCommission> result;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.empty() || result.back().id != id)
            result.push_back(
                {id, q.value(1).toLongLong(), q.value(2).toInt(), parseIsoDate(q.value(3).toString()), {}});
        if (q.value(4).isNull())
            continue;
        CommissionMember m;
        m.name = q.value(4).toString();
        m.position = q.value(5).toString();
        if (!q.value(6).isNull())
            m.organizationId = q.value(6).toLongLong();
        m.workingBody = q.value(7).toBool();
        result.back().members.push_back(std::move(m));
    }
    return result;
}

Result<std::optional<SpecialCommission>> AppealService::commission(qint64 authorityId, int year) const
{
    auto all = commissions(year);
    if (!all)
        return std::unexpected(all.error());
    for (SpecialCommission& c : *all)
        if (c.authorityId == authorityId)
            return std::optional<SpecialCommission>(std::move(c));
    return std::optional<SpecialCommission>();
}

Result<qint64> AppealService::setCommission(qint64 authorityId, int year, QDate formedOn,
                                            const std::vector<CommissionMember>& members, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (!formedOn.isValid())
        return fail(ErrorCode::InvalidDate, {});
    auto pa = isPresidentialAdministration(m_db, authorityId, year);
    if (!pa)
        return std::unexpected(pa.error());
    if (*pa)
        return fail(ErrorCode::SpecialCommissionForPa, {});
    std::vector<CommissionMember> list;
    std::set<QString> names;
    bool workingBody = false;
    for (const CommissionMember& m : members) {
        CommissionMember member = m;
        member.name = m.name.simplified();
        member.position = m.position.simplified();
        if (member.name.isEmpty())
            return fail(ErrorCode::EmptyName, u"member"_s);
        if (!names.insert(member.name).second)
            continue;
        workingBody = workingBody || member.workingBody;
        list.push_back(std::move(member));
    }
    if (!workingBody)
        return fail(ErrorCode::CommissionNeedsWorkingBody, {});
    auto took = participantsWhere(m_db, u"c.author_id = ? AND c.year = ?"_s, {authorityId, year});
    if (!took)
        return std::unexpected(took.error());
    QStringList conflicts;
    for (const CommissionMember& m : list)
        if (took->contains(m.name))
            conflicts << m.name;
    if (!conflicts.isEmpty())
        return fail(ErrorCode::CommissionConflict, conflicts.join(u", "_s));

    auto before = commission(authorityId, year);
    if (!before)
        return std::unexpected(before.error());
    if (*before) {
        // The members who decided an appeal stay as they were (§59, §60).
        QSqlQuery decided(m_db.connection());
        decided.prepare(u"SELECT count(*) FROM appeal WHERE commission_id = ? AND status <> 'pending'"_s);
        decided.addBindValue((*before)->id);
        if (!decided.exec() || !decided.next())
            return std::unexpected(Database::sqlError(decided));
        if (decided.value(0).toInt() > 0)
            return fail(ErrorCode::AppealDecided, u"the special commission has decided appeals"_s);
    }
    auto describe = [](const std::vector<CommissionMember>& ms) {
        QStringList parts;
        for (const CommissionMember& m : ms)
            parts << m.name + (m.workingBody ? u" (working body)"_s : QString());
        return parts.join(u"; "_s);
    };
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    qint64 id = 0;
    if (*before) {
        id = (*before)->id;
        QSqlQuery u(m_db.connection());
        u.prepare(u"UPDATE special_commission SET formed_on = ? WHERE id = ?"_s);
        u.addBindValue(sqlDate(formedOn));
        u.addBindValue(id);
        if (!u.exec())
            return std::unexpected(Database::sqlError(u));
        QSqlQuery d(m_db.connection());
        d.prepare(u"DELETE FROM special_commission_member WHERE commission_id = ?"_s);
        d.addBindValue(id);
        if (!d.exec())
            return std::unexpected(Database::sqlError(d));
    } else {
        QSqlQuery i(m_db.connection());
        i.prepare(u"INSERT INTO special_commission (authority_id, year, formed_on) VALUES (?, ?, ?)"_s);
        i.addBindValue(authorityId);
        i.addBindValue(year);
        i.addBindValue(sqlDate(formedOn));
        if (!i.exec())
            return std::unexpected(Database::sqlError(i));
        id = i.lastInsertId().toLongLong();
    }
    for (const CommissionMember& m : list) {
        auto person = personFor(m_db, m);
        if (!person)
            return std::unexpected(person.error());
        QSqlQuery i(m_db.connection());
        i.prepare(u"INSERT INTO special_commission_member (commission_id, person_id, working_body) VALUES (?, ?, ?)"_s);
        i.addBindValue(id);
        i.addBindValue(*person);
        i.addBindValue(m.workingBody ? 1 : 0);
        if (!i.exec())
            return std::unexpected(Database::sqlError(i));
    }
    const std::optional<QString> old =
        *before ? std::optional(isoDate((*before)->formedOn) + u": "_s + describe((*before)->members)) : std::nullopt;
    if (auto r = m_audit.record(*before ? AuditAction::Update : AuditAction::Create, u"special_commission"_s, id,
                                authorityId, u"members"_s, old, isoDate(formedOn) + u": "_s + describe(list), reason);
        !r)
        return std::unexpected(r.error());
    if (auto done = tx.commit(); !done)
        return std::unexpected(done.error());
    return id;
}

} // namespace core
