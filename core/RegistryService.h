// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Registry.h"
#include "RegistryRepository.h"

namespace core {

class AuditLog;
class Database;

/// Every change to the registry: validated, in one transaction, with an audit entry per changed
/// field (who, when, old → new, why). A refused change writes nothing.
class RegistryService
{
public:
    static constexpr int MinYear = 2010; ///< the decree's year
    static constexpr int MaxYear = 2100;

    RegistryService(Database& db, AuditLog& audit);

    /// The audit log it records to (its user and clock).
    [[nodiscard]] const AuditLog& audit() const { return m_audit; }

    [[nodiscard]] const RegistryRepository& repository() const { return m_repo; }

    [[nodiscard]] static Result<void> validateCode(const QString& code);
    [[nodiscard]] static Result<void> validateFields(const BodyFields& fields);
    [[nodiscard]] static Result<void> validateName(const BodyName& name);

    /// Adds a body with its first name. Ids given (`bodyId`, `firstName.id`) are kept: undo puts a
    /// body back under the id that later commands refer to; 0 lets the database choose.
    [[nodiscard]] Result<qint64> addBody(const QString& code, const BodyFields& fields, const BodyName& firstName,
                                         const QString& reason, qint64 bodyId = 0);
    [[nodiscard]] Result<void> updateBody(qint64 id, const BodyFields& fields, const QString& reason);
    /// Deletes a body that nothing refers to (undoing its creation).
    [[nodiscard]] Result<void> removeBody(qint64 id, const QString& reason);

    /// A later name; a non-zero `name.id` is kept (a name put back by undo).
    [[nodiscard]] Result<qint64> addName(qint64 bodyId, const BodyName& name, const QString& reason);
    [[nodiscard]] Result<void> updateName(qint64 bodyId, const BodyName& name, const QString& reason);
    [[nodiscard]] Result<void> removeName(qint64 bodyId, qint64 nameId, const QString& reason);

    /// A non-zero `reorganization.id` is kept (a reorganization put back by undo).
    [[nodiscard]] Result<qint64> recordReorganization(const Reorganization& reorganization, const QString& reason);
    /// Changes date, kind, approximate flag and note (the links stay).
    [[nodiscard]] Result<void> updateReorganization(const Reorganization& reorganization, const QString& reason);
    [[nodiscard]] Result<void> removeReorganization(qint64 id, const QString& reason);

    /// A body plays a §13 role in a period. A holder from a date takes the role over from an
    /// open-ended earlier holder (whose period ends the day before); other overlaps are refused.
    [[nodiscard]] Result<qint64> assignRole(const RoleAssignment& assignment, const QString& reason);

    /// Puts a body on, or takes it off, the list of evaluated bodies for `year` (§17).
    [[nodiscard]] Result<void> setOnEvaluatedList(int year, qint64 bodyId, bool onList, const QString& reason);

private:
    [[nodiscard]] Result<void> checkName(const Body& body, const BodyName& name, qint64 ignoreId) const;
    [[nodiscard]] Result<void> writeName(qint64 bodyId, const BodyName& name, bool insert);

    Database& m_db;
    AuditLog& m_audit;
    RegistryRepository m_repo;
};

} // namespace core
