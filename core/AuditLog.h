// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace core {

class Clock;
class Database;

enum class AuditAction { Create, Update, Delete };

/// One change of one field: who, when, what, old → new, and why.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString user;
    AuditAction action = AuditAction::Update;
    QString entity; ///< the table: "body", "body_name", "reorganization", …
    qint64 entityId = 0;
    std::optional<qint64> bodyId; ///< the registry body the change concerns, for a body's history
    QString field; ///< empty for a whole record (create, delete)
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QString reason;
};

/// The permanent audit trail. Services call record() inside their own transaction, so an
/// entry exists exactly when its change does.
class AuditLog
{
public:
    AuditLog(Database& db, const Clock& clock, QString user);

    [[nodiscard]] const QString& user() const { return m_user; }
    void setUser(QString user) { m_user = std::move(user); }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    [[nodiscard]] Result<void> record(AuditAction action, const QString& entity, qint64 entityId,
                                      std::optional<qint64> bodyId, const QString& field,
                                      const std::optional<QString>& oldValue, const std::optional<QString>& newValue,
                                      const QString& reason);

    /// Every entry about a registry body (its fields, names, roles, reorganizations and lists), oldest first.
    [[nodiscard]] Result<std::vector<AuditEntry>> forBody(qint64 bodyId) const;
    [[nodiscard]] Result<std::vector<AuditEntry>> forEntity(const QString& entity, qint64 entityId) const;
    [[nodiscard]] Result<std::vector<AuditEntry>> recent(int limit) const;

private:
    [[nodiscard]] Result<std::vector<AuditEntry>> select(const QString& where, const QVariantList& values) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};

[[nodiscard]] QString toString(AuditAction action);

} // namespace core
