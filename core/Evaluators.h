// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Methodology.h"
#include "Registry.h"

#include <functional>
#include <optional>
#include <vector>

namespace core {

class RegistryRepository;

/// One authorized body evaluating one part of a body's evaluation.
struct EvaluatorRole
{
    Role role = Role::PA;
    std::optional<qint64> evaluatorId; ///< the body playing the role; none when nobody does
    QString paragraph; ///< the paragraph that decides it, e.g. "§24"
    bool conflict = false; ///< the evaluator is the evaluated body itself, its successor or part of it (§12)
};

/// Who evaluates one part of a body's evaluation (DECREE.md, "Who evaluates whom").
struct PartEvaluation
{
    Part part = Part::Goals;
    EvaluatorRole lead; ///< the evaluator (for goals, the state planning body under §24)
    std::vector<EvaluatorRole> coEvaluators; ///< evaluators jointly with the lead (goals: the budget body, §24)
    [[nodiscard]] int block() const { return blockOf(part); }
    [[nodiscard]] bool conflict() const;
};

/// Which role collects the conclusions of a block's parts (§33, §39).
struct BlockAssembler
{
    int block = 2;
    Role role = Role::CivilService;
    std::optional<qint64> bodyId;
    QString paragraph;
};

/// The rules of chapters 5–7 as a pure function of a body, its scope and who plays each role.
class EvaluatorRules
{
public:
    using RoleHolder = std::function<std::optional<qint64>(Role)>;
    /// The bodies that `bodyId` is part of (its parent, the parent's parent, …).
    using Ancestors = std::function<std::vector<qint64>(qint64)>;
    /// The bodies that took `bodyId`'s place through reorganizations that ended it (a rename, a
    /// merger, a split), and theirs in turn.
    using Successors = std::function<std::vector<qint64>(qint64)>;

    /// The date on which the roles are read for the evaluation of `year`: 30 June of the year
    /// the evaluation is held. An authorized body reorganized in the first half of that year is
    /// replaced by its successor (§56).
    [[nodiscard]] static QDate roleDate(int year) { return QDate(year + 1, 6, 30); }

    /// One entry per part of the body's scope (Appendix 2), in the order of allParts(). A body whose
    /// successor plays a role counts as playing it ("the informatization body itself", §32, §38):
    /// a successor does not evaluate the body it replaced.
    [[nodiscard]] static std::vector<PartEvaluation>
    evaluate(const Body& body, const RoleHolder& holder, const Ancestors& ancestors, const Successors& successors = {});
    /// The assemblers of blocks 2 (§33) and 3 (§39).
    [[nodiscard]] static std::vector<BlockAssembler> assemblers(const RoleHolder& holder);
};

/// The rules applied to the registry: who evaluates the bodies of a year.
class EvaluatorService
{
public:
    explicit EvaluatorService(const RegistryRepository& registry);

    [[nodiscard]] Result<std::vector<PartEvaluation>> forBody(qint64 bodyId, int year) const;
    [[nodiscard]] Result<std::vector<BlockAssembler>> assemblers(int year) const;

private:
    const RegistryRepository& m_registry;
};

} // namespace core
