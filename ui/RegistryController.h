// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Registry.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QUndoStack;

namespace core {
class AuditLog;
class Database;
class RegistryRepository;
class RegistryService;
} // namespace core

namespace ui {

/// The GUI's way to change the registry: every change becomes an undoable command that calls
/// core::RegistryService inside one transaction, so a change and its audit entries are applied,
/// undone or refused as a whole.
class RegistryController : public QObject
{
    Q_OBJECT
public:
    /// One reversible piece of a command.
    struct Step
    {
        std::function<core::Result<void>()> redo;
        std::function<core::Result<void>()> undo;
    };

    RegistryController(core::Database& db, core::RegistryService& registry, core::AuditLog& audit,
                       QUndoStack& undoStack, QObject* parent = nullptr);

    [[nodiscard]] const core::RegistryRepository& repository() const;
    [[nodiscard]] core::AuditLog& audit() { return m_audit; }
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QUndoStack& undoStack() { return m_undo; }

    /// Each returns false when the change was refused; errorOccurred() then says why.
    bool addBody(const QString& code, const core::BodyFields& fields, const core::BodyName& name,
                 const QString& reason);
    bool updateBody(qint64 id, const core::BodyFields& fields, const std::optional<core::BodyName>& name,
                    const QString& reason);
    bool retireBody(qint64 id, QDate lastDay, const QString& reason);
    bool addName(qint64 bodyId, const core::BodyName& name, const QString& reason);
    bool removeName(qint64 bodyId, qint64 nameId, const QString& reason);
    /// Records a reorganization; with `retirePredecessors`, the predecessors' validity ends the day before.
    bool recordReorganization(const core::Reorganization& reorganization, bool retirePredecessors,
                              const QString& reason);
    bool updateReorganization(const core::Reorganization& reorganization, const QString& reason);
    bool setOnEvaluatedList(int year, qint64 bodyId, bool onList, const QString& reason);

    /// The reason written in the audit trail when a change is undone.
    [[nodiscard]] static QString undoReason(const QString& reason);

    /// The error of the last refused change.
    [[nodiscard]] const std::optional<core::Error>& lastError() const { return m_lastError; }

    /// Runs any change as one undoable command of steps in one transaction (the calendar and the
    /// schedule use it too); false when refused, with lastError() and errorOccurred().
    bool execute(const QString& text, std::vector<Step> steps) { return run(text, std::move(steps)); }

    // Used by the commands.
    void commandFailed(const core::Error& error);
    void commandSucceeded();
    [[nodiscard]] core::Database& database() { return m_db; }

Q_SIGNALS:
    void registryChanged(); ///< after any change made through this controller, and its undo
    void errorOccurred(const core::Error& error);

private:
    bool run(const QString& text, std::vector<Step> steps);
    void report(const core::Error& error);

    core::Database& m_db;
    core::RegistryService& m_registry;
    core::AuditLog& m_audit;
    QUndoStack& m_undo;
    bool m_failed = false;
    std::optional<core::Error> m_lastError;
};

} // namespace ui
