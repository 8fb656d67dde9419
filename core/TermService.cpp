// SPDX-License-Identifier: GPL-3.0-or-later
#include "TermService.h"

#include "AuditLog.h"
#include "Database.h"
#include "Registry.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace core {

QString toString(TrackedTerm::Kind kind)
{
    return kind == TrackedTerm::Kind::WorkingDays ? u"working"_s : u"calendar"_s;
}

TermService::TermService(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

QDate TermService::dueDate(const Calendar& calendar, QDate event, TrackedTerm::Kind kind, int days)
{
    return kind == TrackedTerm::Kind::WorkingDays ? calendar.addWorkingDays(event, days)
                                                  : calendar.addCalendarDays(event, days);
}

Result<std::vector<TrackedTerm>> TermService::terms() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, title, event_date, term_kind, term_days, due, done FROM tracked_term ORDER BY due, id"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<TrackedTerm> result;
    while (q.next()) {
        TrackedTerm t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.event = parseIsoDate(q.value(2).toString());
        t.kind =
            q.value(3).toString() == u"calendar" ? TrackedTerm::Kind::CalendarDays : TrackedTerm::Kind::WorkingDays;
        t.days = q.value(4).toInt();
        t.due = parseIsoDate(q.value(5).toString());
        t.done = q.value(6).toBool();
        result.push_back(std::move(t));
    }
    return result;
}

Result<qint64> TermService::add(const TrackedTerm& input, const Calendar& calendar, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (input.title.trimmed().isEmpty())
        return fail(ErrorCode::EmptyName);
    if (!input.event.isValid())
        return fail(ErrorCode::InvalidDate);
    if (input.days < 0 || input.days > MaxDays)
        return fail(ErrorCode::InvalidTerm, QString::number(input.days));
    const QDate due = dueDate(calendar, input.event, input.kind, input.days);
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO tracked_term (title, event_date, term_kind, term_days, due, done) "
              "VALUES (:title, :event, :kind, :days, :due, 0)"_s);
    q.bindValue(u":title"_s, input.title.trimmed());
    q.bindValue(u":event"_s, isoDate(input.event));
    q.bindValue(u":kind"_s, toString(input.kind));
    q.bindValue(u":days"_s, input.days);
    q.bindValue(u":due"_s, isoDate(due));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    const QString summary = u"%1: %2 + %3 %4 = %5"_s.arg(input.title.trimmed(), isoDate(input.event))
                                .arg(input.days)
                                .arg(toString(input.kind), isoDate(due));
    if (auto r =
            m_audit.record(AuditAction::Create, u"tracked_term"_s, id, std::nullopt, {}, std::nullopt, summary, reason);
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> TermService::setDone(qint64 id, bool done, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE tracked_term SET done = :done WHERE id = :id AND done <> :done"_s);
    q.bindValue(u":done"_s, done ? 1 : 0);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.numRowsAffected() == 0)
        return {};
    if (auto r = m_audit.record(AuditAction::Update, u"tracked_term"_s, id, std::nullopt, u"done"_s,
                                done ? u"false"_s : u"true"_s, done ? u"true"_s : u"false"_s, reason);
        !r)
        return r;
    return tx.commit();
}

Result<void> TermService::remove(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM tracked_term WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"term %1"_s.arg(id));
    if (auto r = m_audit.record(AuditAction::Delete, u"tracked_term"_s, id, std::nullopt, {}, QString::number(id),
                                std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

Result<std::vector<MovedTerm>> TermService::recompute(const Calendar& calendar, const QString& reason)
{
    auto all = terms();
    if (!all)
        return std::unexpected(all.error());
    std::vector<MovedTerm> moved;
    for (const TrackedTerm& t : *all) {
        if (t.done)
            continue;
        const QDate due = dueDate(calendar, t.event, t.kind, t.days);
        if (due != t.due)
            moved.push_back({t.id, t.title, t.due, due});
    }
    if (moved.empty())
        return moved;
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE tracked_term SET due = :due WHERE id = :id"_s);
    for (const MovedTerm& m : moved) {
        q.bindValue(u":due"_s, isoDate(m.to));
        q.bindValue(u":id"_s, m.id);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
        if (auto r = m_audit.record(AuditAction::Update, u"tracked_term"_s, m.id, std::nullopt, u"due"_s,
                                    isoDate(m.from), isoDate(m.to), reason);
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return moved;
}

} // namespace core
