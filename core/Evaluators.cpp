// SPDX-License-Identifier: GPL-3.0-or-later
#include "Evaluators.h"

#include "RegistryRepository.h"

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// Appendix 2 code of the General Prosecutor's Office. §31 names it explicitly ("Қазақстан
/// Республикасының Бас прокуратурасы"), not by a role of §13, so it is recognized by its code:
/// codes are stable while names change (REGISTRY.md).
const QString generalProsecutorCode = u"GPO"_s;

/// Builds the evaluator roles of one body: who plays the role, and whether that is a conflict of
/// interest (§12 objectivity: the evaluator is the body itself, or part of it — as the legal
/// statistics committee is part of the General Prosecutor's Office).
class RoleMaker
{
public:
    RoleMaker(const Body& body, const EvaluatorRules::RoleHolder& holder, const EvaluatorRules::Ancestors& ancestors,
              std::vector<qint64> successors)
        : m_body(body)
        , m_holder(holder)
        , m_ancestors(ancestors)
        , m_successors(std::move(successors))
    { }

    [[nodiscard]] EvaluatorRole operator()(Role role, const QString& paragraph) const
    {
        EvaluatorRole r;
        r.role = role;
        r.evaluatorId = m_holder(role);
        r.paragraph = paragraph;
        r.conflict = r.evaluatorId && isSelfOrPartOfBody(*r.evaluatorId);
        return r;
    }

    /// Whether the body plays `role`, itself or through its successor.
    [[nodiscard]] bool holds(Role role) const
    {
        const std::optional<qint64> id = m_holder(role);
        return id && isSelf(*id);
    }

private:
    [[nodiscard]] bool isSelf(qint64 id) const
    {
        return id == m_body.id || std::find(m_successors.begin(), m_successors.end(), id) != m_successors.end();
    }

    [[nodiscard]] bool isSelfOrPartOfBody(qint64 evaluatorId) const
    {
        if (isSelf(evaluatorId))
            return true;
        if (!m_ancestors)
            return false;
        const std::vector<qint64> parents = m_ancestors(evaluatorId);
        return std::find(parents.begin(), parents.end(), m_body.id) != parents.end();
    }

    const Body& m_body;
    const EvaluatorRules::RoleHolder& m_holder;
    const EvaluatorRules::Ancestors& m_ancestors;
    std::vector<qint64> m_successors;
};

bool inScope(const Scope& scope, Part part)
{
    switch (blockOf(part)) {
    case 1:
        return scope.block1;
    case 2:
        return scope.block2;
    case 3:
        return scope.block3;
    default:
        return false;
    }
}

PartEvaluation evaluatePart(Part part, const Body& body, const RoleMaker& make)
{
    PartEvaluation e;
    e.part = part;
    switch (part) {
    case Part::Goals:
        // §25: the state planning and budget execution bodies are evaluated by the PMO.
        if (make.holds(Role::StatePlanning) || make.holds(Role::Budget))
            e.lead = make(Role::PMO, u"§25"_s);
        // §26: central bodies directly subordinate and accountable to the President, by the PA.
        else if (body.fields.kind == BodyKind::Central && body.fields.presidential)
            e.lead = make(Role::PA, u"§26"_s);
        else {
            // §24: the state planning body, jointly with the budget execution body.
            e.lead = make(Role::StatePlanning, u"§24"_s);
            e.coEvaluators.push_back(make(Role::Budget, u"§24"_s));
        }
        break;
    case Part::PublicServices:
        // §31: the General Prosecutor's Office and the civil service affairs body, by the PA.
        if (body.code == generalProsecutorCode || make.holds(Role::CivilService))
            e.lead = make(Role::PA, u"§31"_s);
        else
            e.lead = make(Role::CivilService, u"§29"_s);
        break;
    case Part::EServices:
        // §32 (first part): the informatization body, by the PMO.
        if (make.holds(Role::Informatization))
            e.lead = make(Role::PMO, u"§32"_s);
        else
            e.lead = make(Role::Informatization, u"§29"_s);
        break;
    case Part::Complaints:
        // §29; the decree names no exception.
        e.lead = make(Role::LegalStatistics, u"§29"_s);
        break;
    case Part::Openness:
        // §32 (second part): the information body, by the PMO.
        if (make.holds(Role::Information))
            e.lead = make(Role::PMO, u"§32"_s);
        else
            e.lead = make(Role::Information, u"§29"_s);
        break;
    case Part::Personnel:
        // §37: the civil service affairs body, by the PA.
        if (make.holds(Role::CivilService))
            e.lead = make(Role::PA, u"§37"_s);
        else
            e.lead = make(Role::CivilService, u"§36"_s);
        break;
    case Part::InformationTechnology:
        // §38: the informatization body, by the PMO.
        if (make.holds(Role::Informatization))
            e.lead = make(Role::PMO, u"§38"_s);
        else
            e.lead = make(Role::Informatization, u"§36"_s);
        break;
    }
    return e;
}

} // namespace

bool PartEvaluation::conflict() const
{
    return lead.conflict
           || std::any_of(coEvaluators.begin(), coEvaluators.end(), [](const EvaluatorRole& r) { return r.conflict; });
}

std::vector<PartEvaluation> EvaluatorRules::evaluate(const Body& body, const RoleHolder& holder,
                                                     const Ancestors& ancestors, const Successors& successors)
{
    const RoleHolder nobody = [](Role) { return std::optional<qint64>(); };
    const RoleMaker make(body, holder ? holder : nobody, ancestors,
                         successors ? successors(body.id) : std::vector<qint64>());
    std::vector<PartEvaluation> result;
    for (Part part : allParts())
        if (inScope(body.fields.scope, part))
            result.push_back(evaluatePart(part, body, make));
    return result;
}

std::vector<BlockAssembler> EvaluatorRules::assemblers(const RoleHolder& holder)
{
    const auto holderOf = [&holder](Role role) { return holder ? holder(role) : std::optional<qint64>(); };
    return {
        // §33: the conclusions on block 2 go to the civil service affairs body.
        BlockAssembler{2, Role::CivilService, holderOf(Role::CivilService), u"§33"_s},
        // §39: the conclusion on personnel management goes to the informatization body.
        BlockAssembler{3, Role::Informatization, holderOf(Role::Informatization), u"§39"_s},
    };
}

EvaluatorService::EvaluatorService(const RegistryRepository& registry)
    : m_registry(registry)
{ }

namespace {

/// The holders of every role on `date`.
Result<std::map<Role, qint64>> holdersOn(const RegistryRepository& registry, QDate date)
{
    std::map<Role, qint64> holders;
    for (Role role : allRoles()) {
        auto id = registry.roleHolder(role, date);
        if (!id)
            return std::unexpected(id.error());
        if (*id)
            holders.emplace(role, **id);
    }
    return holders;
}

EvaluatorRules::RoleHolder holderFunction(std::map<Role, qint64> holders)
{
    return [holders = std::move(holders)](Role role) -> std::optional<qint64> {
        const auto it = holders.find(role);
        if (it == holders.end())
            return std::nullopt;
        return it->second;
    };
}

} // namespace

Result<std::vector<PartEvaluation>> EvaluatorService::forBody(qint64 bodyId, int year) const
{
    auto bodies = m_registry.bodies();
    if (!bodies)
        return std::unexpected(bodies.error());
    std::map<qint64, std::optional<qint64>> parentOf;
    const Body* body = nullptr;
    for (const Body& b : *bodies) {
        parentOf.emplace(b.id, b.fields.parentId);
        if (b.id == bodyId)
            body = &b;
    }
    if (!body)
        return fail(ErrorCode::NotFound, u"body %1"_s.arg(bodyId));

    auto holders = holdersOn(m_registry, EvaluatorRules::roleDate(year));
    if (!holders)
        return std::unexpected(holders.error());

    const EvaluatorRules::Ancestors ancestors = [&parentOf](qint64 id) {
        std::vector<qint64> chain;
        std::set<qint64> seen{id};
        for (auto it = parentOf.find(id); it != parentOf.end() && it->second;) {
            const qint64 parent = *it->second;
            if (!seen.insert(parent).second)
                break; // a cycle in the data: stop rather than loop forever
            chain.push_back(parent);
            it = parentOf.find(parent);
        }
        return chain;
    };
    // Successors through reorganizations that ended the body (§53–55): a successor holding a role
    // is the body itself for the exceptions of §25, §31, §32, §37 and §38.
    auto reorganizations = m_registry.reorganizations();
    if (!reorganizations)
        return std::unexpected(reorganizations.error());
    const EvaluatorRules::Successors successors = [&reorganizations](qint64 id) {
        std::vector<qint64> found;
        std::vector<qint64> queue{id};
        std::set<qint64> seen{id};
        while (!queue.empty()) {
            const qint64 current = queue.back();
            queue.pop_back();
            for (const Reorganization& r : *reorganizations) {
                if (!endsPredecessors(r.kind)
                    || std::find(r.predecessors.begin(), r.predecessors.end(), current) == r.predecessors.end())
                    continue;
                for (qint64 next : r.successors)
                    if (seen.insert(next).second) {
                        found.push_back(next);
                        queue.push_back(next);
                    }
            }
        }
        return found;
    };
    return EvaluatorRules::evaluate(*body, holderFunction(std::move(*holders)), ancestors, successors);
}

Result<std::vector<BlockAssembler>> EvaluatorService::assemblers(int year) const
{
    auto holders = holdersOn(m_registry, EvaluatorRules::roleDate(year));
    if (!holders)
        return std::unexpected(holders.error());
    return EvaluatorRules::assemblers(holderFunction(std::move(*holders)));
}

} // namespace core
