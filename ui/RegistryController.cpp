// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryController.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/RegistryService.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// A command made of steps, applied in one transaction: all of them, or none.
class RegistryCommand final : public QUndoCommand
{
public:
    RegistryCommand(RegistryController& controller, const QString& text, std::vector<RegistryController::Step> steps)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_steps(std::move(steps))
    { }

    void redo() override { run(true); }
    void undo() override { run(false); }

private:
    void run(bool forward)
    {
        core::Transaction tx(m_controller.database());
        core::Result<void> result = tx.begun();
        if (result) {
            if (forward) {
                for (auto it = m_steps.begin(); result && it != m_steps.end(); ++it)
                    result = it->redo();
            } else {
                for (auto it = m_steps.rbegin(); result && it != m_steps.rend(); ++it)
                    result = it->undo();
            }
        }
        if (result)
            result = tx.commit();
        if (!result) {
            setObsolete(true); // QUndoStack drops a command that could not be applied
            m_controller.commandFailed(result.error());
            return;
        }
        m_controller.commandSucceeded();
    }

    RegistryController& m_controller;
    std::vector<RegistryController::Step> m_steps;
};

core::Result<void> asVoid(const core::Result<qint64>& r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace

RegistryController::RegistryController(core::Database& db, core::RegistryService& registry, core::AuditLog& audit,
                                       QUndoStack& undoStack, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_registry(registry)
    , m_audit(audit)
    , m_undo(undoStack)
{ }

const core::RegistryRepository& RegistryController::repository() const
{
    return m_registry.repository();
}

bool RegistryController::isReadOnly() const
{
    return m_db.isReadOnly();
}

QString RegistryController::undoReason(const QString& reason)
{
    return reason.isEmpty() ? u"undo"_s : u"undo: "_s + reason;
}

void RegistryController::report(const core::Error& error)
{
    m_lastError = error;
    Q_EMIT errorOccurred(error);
}

void RegistryController::commandFailed(const core::Error& error)
{
    m_failed = true;
    report(error); // the transaction was rolled back: nothing changed, the user's input stays
}

void RegistryController::commandSucceeded()
{
    Q_EMIT registryChanged();
}

bool RegistryController::run(const QString& text, std::vector<Step> steps)
{
    m_lastError.reset();
    if (auto r = m_db.ensureWritable(); !r) {
        report(r.error());
        return false;
    }
    m_failed = false;
    m_undo.push(new RegistryCommand(*this, text, std::move(steps)));
    return !m_failed;
}

bool RegistryController::addBody(const QString& code, const core::BodyFields& fields, const core::BodyName& name,
                                 const QString& reason)
{
    // A re-done creation gets back the ids that later commands refer to.
    auto id = std::make_shared<qint64>(0);
    auto nameId = std::make_shared<qint64>(0);
    return run(tr("Add body %1").arg(code), {{[=, this]() -> core::Result<void> {
                                                  core::BodyName first = name;
                                                  first.id = *nameId;
                                                  auto r = m_registry.addBody(code, fields, first, reason, *id);
                                                  if (!r)
                                                      return std::unexpected(r.error());
                                                  *id = *r;
                                                  if (auto body = m_registry.repository().body(*r);
                                                      body && !body->names.empty())
                                                      *nameId = body->names.front().id;
                                                  return {};
                                              },
                                              [=, this] { return m_registry.removeBody(*id, undoReason(reason)); }}});
}

bool RegistryController::updateBody(qint64 id, const core::BodyFields& fields,
                                    const std::optional<core::BodyName>& name, const QString& reason)
{
    const auto old = repository().body(id);
    if (!old) {
        report(old.error());
        return false;
    }
    std::vector<Step> steps;
    if (old->fields != fields) {
        const core::BodyFields before = old->fields;
        steps.push_back({[=, this] { return m_registry.updateBody(id, fields, reason); },
                         [=, this] { return m_registry.updateBody(id, before, undoReason(reason)); }});
    }
    if (name) {
        const auto it = std::find_if(old->names.begin(), old->names.end(),
                                     [&name](const core::BodyName& n) { return n.id == name->id; });
        if (it != old->names.end() && !(*it == *name)) {
            const core::BodyName before = *it;
            const core::BodyName after = *name;
            steps.push_back({[=, this] { return m_registry.updateName(id, after, reason); },
                             [=, this] { return m_registry.updateName(id, before, undoReason(reason)); }});
        }
    }
    if (steps.empty())
        return true;
    return run(tr("Edit %1").arg(old->code), std::move(steps));
}

bool RegistryController::retireBody(qint64 id, QDate lastDay, const QString& reason)
{
    const auto old = repository().body(id);
    if (!old) {
        report(old.error());
        return false;
    }
    core::BodyFields fields = old->fields;
    fields.validTo = lastDay;
    const core::BodyFields before = old->fields;
    return run(tr("Retire %1").arg(old->code),
               {{[=, this] { return m_registry.updateBody(id, fields, reason); },
                 [=, this] { return m_registry.updateBody(id, before, undoReason(reason)); }}});
}

bool RegistryController::addName(qint64 bodyId, const core::BodyName& name, const QString& reason)
{
    auto id = std::make_shared<qint64>(0);
    return run(tr("Rename"), {{[=, this]() -> core::Result<void> {
                                   auto r = m_registry.addName(bodyId, name, reason);
                                   if (r)
                                       *id = *r;
                                   return asVoid(r);
                               },
                               [=, this] { return m_registry.removeName(bodyId, *id, undoReason(reason)); }}});
}

bool RegistryController::removeName(qint64 bodyId, qint64 nameId, const QString& reason)
{
    const auto body = repository().body(bodyId);
    if (!body) {
        report(body.error());
        return false;
    }
    const auto it = std::find_if(body->names.begin(), body->names.end(),
                                 [nameId](const core::BodyName& n) { return n.id == nameId; });
    if (it == body->names.end()) {
        report(core::Error{core::ErrorCode::NotFound, {}});
        return false;
    }
    const core::BodyName removed = *it;
    auto id = std::make_shared<qint64>(nameId);
    return run(tr("Remove name"), {{[=, this] { return m_registry.removeName(bodyId, *id, reason); },
                                    [=, this]() -> core::Result<void> {
                                        auto r = m_registry.addName(bodyId, removed, undoReason(reason));
                                        if (r)
                                            *id = *r;
                                        return asVoid(r);
                                    }}});
}

bool RegistryController::recordReorganization(const core::Reorganization& reorganization, bool retirePredecessors,
                                              const QString& reason)
{
    std::vector<Step> steps;
    auto id = std::make_shared<qint64>(0);
    steps.push_back({[=, this]() -> core::Result<void> {
                         core::Reorganization recorded = reorganization;
                         recorded.id = *id; // 0 the first time; then the id it had
                         auto r = m_registry.recordReorganization(recorded, reason);
                         if (r)
                             *id = *r;
                         return asVoid(r);
                     },
                     [=, this] { return m_registry.removeReorganization(*id, undoReason(reason)); }});
    if (retirePredecessors) {
        const QDate lastDay = reorganization.date.addDays(-1);
        for (qint64 bodyId : reorganization.predecessors) {
            if (std::find(reorganization.successors.begin(), reorganization.successors.end(), bodyId)
                != reorganization.successors.end())
                continue; // a renamed body goes on
            const auto old = repository().body(bodyId);
            if (!old) {
                report(old.error());
                return false;
            }
            if (old->fields.validTo.isValid() && old->fields.validTo <= lastDay)
                continue;
            core::BodyFields fields = old->fields;
            fields.validTo = lastDay;
            const core::BodyFields before = old->fields;
            steps.push_back({[=, this] { return m_registry.updateBody(bodyId, fields, reason); },
                             [=, this] { return m_registry.updateBody(bodyId, before, undoReason(reason)); }});
        }
    }
    return run(tr("Record reorganization"), std::move(steps));
}

bool RegistryController::updateReorganization(const core::Reorganization& reorganization, const QString& reason)
{
    const auto old = repository().reorganization(reorganization.id);
    if (!old) {
        report(old.error());
        return false;
    }
    const core::Reorganization before = *old;
    return run(tr("Edit reorganization"),
               {{[=, this] { return m_registry.updateReorganization(reorganization, reason); },
                 [=, this] { return m_registry.updateReorganization(before, undoReason(reason)); }}});
}

bool RegistryController::setOnEvaluatedList(int year, qint64 bodyId, bool onList, const QString& reason)
{
    return run(onList ? tr("Add to the list of %1").arg(year) : tr("Remove from the list of %1").arg(year),
               {{[=, this] { return m_registry.setOnEvaluatedList(year, bodyId, onList, reason); },
                 [=, this] { return m_registry.setOnEvaluatedList(year, bodyId, !onList, undoReason(reason)); }}});
}

} // namespace ui
