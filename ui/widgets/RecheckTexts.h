// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RecheckService.h"

#include <QCoreApplication>

#include <vector>

namespace ui {

/// Translated names of re-verification (§42–43): the risk criteria and the outcomes.
class RecheckTexts
{
    Q_DECLARE_TR_FUNCTIONS(RecheckTexts)
public:
    /// A criterion's short name: "Large change", "Random sample", …
    [[nodiscard]] static QString kind(core::RiskKind kind);
    /// What the criterion selects, in one sentence.
    [[nodiscard]] static QString kindHelp(core::RiskKind kind);
    /// Whether the criterion has a parameter (a percentage), and what it means.
    [[nodiscard]] static bool hasParameter(core::RiskKind kind);
    [[nodiscard]] static QString parameterHelp(core::RiskKind kind);
    /// "Pending", "Confirmed", "Corrected".
    [[nodiscard]] static QString outcome(core::RecheckOutcome outcome);
    /// A reason: the criterion's name and, in brackets, its figures as core wrote them.
    [[nodiscard]] static QString reason(const core::RiskReason& reason);
    /// Every reason, joined by `separator`.
    [[nodiscard]] static QString reasons(const std::vector<core::RiskReason>& reasons,
                                         const QString& separator = QStringLiteral("; "));
};

} // namespace ui
