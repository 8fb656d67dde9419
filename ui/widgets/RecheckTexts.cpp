// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecheckTexts.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ui {

QString RecheckTexts::kind(core::RiskKind kind)
{
    switch (kind) {
    case core::RiskKind::LargeChange:
        return tr("Large change");
    case core::RiskKind::OnTarget:
        return tr("Exactly on plan");
    case core::RiskKind::Late:
        return tr("Late report");
    case core::RiskKind::EarlierCorrections:
        return tr("Corrected last year");
    case core::RiskKind::Random:
        return tr("Random sample");
    }
    return {};
}

QString RecheckTexts::kindHelp(core::RiskKind kind)
{
    switch (kind) {
    case core::RiskKind::LargeChange:
        return tr("A fact that changed from last year by more than the percentage set here.");
    case core::RiskKind::OnTarget:
        return tr("A fact exactly equal to its plan.");
    case core::RiskKind::Late:
        return tr("Every value of a report first submitted after the deadline (§41).");
    case core::RiskKind::EarlierCorrections:
        return tr("Every value of a body whose values re-verification corrected the year before.");
    case core::RiskKind::Random:
        return tr("Every value of a random share of the bodies that reported.");
    }
    return {};
}

bool RecheckTexts::hasParameter(core::RiskKind kind)
{
    return kind == core::RiskKind::LargeChange || kind == core::RiskKind::Random;
}

QString RecheckTexts::parameterHelp(core::RiskKind kind)
{
    switch (kind) {
    case core::RiskKind::LargeChange:
        return tr("Change from last year's fact, in percent, above which a value is selected");
    case core::RiskKind::Random:
        return tr("Share of the bodies that reported, in percent, drawn at random");
    default:
        return {};
    }
}

QString RecheckTexts::outcome(core::RecheckOutcome outcome)
{
    switch (outcome) {
    case core::RecheckOutcome::Pending:
        return tr("Pending");
    case core::RecheckOutcome::Confirmed:
        return tr("Confirmed");
    case core::RecheckOutcome::Corrected:
        return tr("Corrected");
    }
    return {};
}

QString RecheckTexts::reason(const core::RiskReason& reason)
{
    // The figures stay as core wrote them (untranslated numbers and units).
    return reason.detail.isEmpty() ? kind(reason.kind) : kind(reason.kind) + u" ("_s + reason.detail + u')';
}

QString RecheckTexts::reasons(const std::vector<core::RiskReason>& reasons, const QString& separator)
{
    QStringList parts;
    for (const core::RiskReason& r : reasons)
        parts << reason(r);
    return parts.join(separator);
}

} // namespace ui
