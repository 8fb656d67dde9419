// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace core {

namespace {

QVariant nullable(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QString> optionalText(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

AuditAction parseAction(const QString& text)
{
    if (text == u"create")
        return AuditAction::Create;
    if (text == u"delete")
        return AuditAction::Delete;
    return AuditAction::Update;
}

} // namespace

QString toString(AuditAction action)
{
    switch (action) {
    case AuditAction::Create:
        return u"create"_s;
    case AuditAction::Update:
        return u"update"_s;
    case AuditAction::Delete:
        return u"delete"_s;
    }
    return u"update"_s;
}

AuditLog::AuditLog(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user))
{ }

Result<void> AuditLog::record(AuditAction action, const QString& entity, qint64 entityId, std::optional<qint64> bodyId,
                              const QString& field, const std::optional<QString>& oldValue,
                              const std::optional<QString>& newValue, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO audit (at, user_name, action, entity, entity_id, body_id, field, old_value, new_value, "
              "reason) VALUES (:at, :user, :action, :entity, :entity_id, :body_id, :field, :old, :new, :reason)"_s);
    q.bindValue(u":at"_s, m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(u":user"_s, m_user);
    q.bindValue(u":action"_s, toString(action));
    q.bindValue(u":entity"_s, entity);
    q.bindValue(u":entity_id"_s, entityId);
    q.bindValue(u":body_id"_s, bodyId ? QVariant(*bodyId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(u":field"_s, field.isNull() ? u""_s : field);
    q.bindValue(u":old"_s, nullable(oldValue));
    q.bindValue(u":new"_s, nullable(newValue));
    q.bindValue(u":reason"_s, reason.isNull() ? u""_s : reason);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    return {};
}

Result<std::vector<AuditEntry>> AuditLog::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT id, at, user_name, action, entity, entity_id, body_id, field, old_value, new_value, "
                   "reason FROM audit "_s
                   + where))
        return std::unexpected(Database::sqlError(q));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.action = parseAction(q.value(3).toString());
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            e.bodyId = q.value(6).toLongLong();
        e.field = q.value(7).toString();
        e.oldValue = optionalText(q.value(8));
        e.newValue = optionalText(q.value(9));
        e.reason = q.value(10).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

Result<std::vector<AuditEntry>> AuditLog::forBody(qint64 bodyId) const
{
    return select(u"WHERE body_id = ? ORDER BY id"_s, {bodyId});
}

Result<std::vector<AuditEntry>> AuditLog::forEntity(const QString& entity, qint64 entityId) const
{
    return select(u"WHERE entity = ? AND entity_id = ? ORDER BY id"_s, {entity, entityId});
}

Result<std::vector<AuditEntry>> AuditLog::recent(int limit) const
{
    return select(u"ORDER BY id DESC LIMIT ?"_s, {limit});
}

} // namespace core
