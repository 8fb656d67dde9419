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
    // One statement for every entry: an import writes thousands.
    auto prepared = m_db.prepared(u"INSERT INTO audit (at, user_name, action, entity, entity_id, body_id, field, "
                                  "old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery& q = **prepared;
    q.bindValue(0, m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(1, m_user);
    q.bindValue(2, toString(action));
    q.bindValue(3, entity);
    q.bindValue(4, entityId);
    q.bindValue(5, bodyId ? QVariant(*bodyId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(6, field.isNull() ? u""_s : field);
    q.bindValue(7, nullable(oldValue));
    q.bindValue(8, nullable(newValue));
    q.bindValue(9, reason.isNull() ? u""_s : reason);
    const bool ok = q.exec();
    const Error error = ok ? Error{} : Database::sqlError(q);
    q.finish();
    if (!ok)
        return std::unexpected(error);
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
