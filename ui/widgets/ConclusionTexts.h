// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppealService.h"
#include "core/CommissionService.h"
#include "core/Conclusions.h"
#include "core/Error.h"

#include <QColor>
#include <QCoreApplication>

#include <optional>
#include <utility>

namespace ui {

/// Translated names and sentences of the conclusions (§46–47), the appeals (§57–62) and the
/// Commission's stage (§48–51), shared by the Conclusions and Commission areas and the dashboard.
class ConclusionTexts
{
    Q_DECLARE_TR_FUNCTIONS(ConclusionTexts)
public:
    /// "Draft", "Issued", "Sent", "Received", "Under appeal", "Final".
    [[nodiscard]] static QString state(core::ConclusionState state);
    /// What the state means, in one sentence.
    [[nodiscard]] static QString stateHelp(core::ConclusionState state);
    /// The colours of a state's badge: background and text.
    [[nodiscard]] static std::pair<QColor, QColor> stateColors(core::ConclusionState state);
    /// "Open", "Done", "Partly done", "Not done".
    [[nodiscard]] static QString recommendationStatus(core::RecommendationStatus status);
    /// "Conclusion", "Commission", "Reorganized predecessor".
    [[nodiscard]] static QString recommendationSource(core::RecommendationSource source);
    /// "Objection (§57)", "Complaint (§62)".
    [[nodiscard]] static QString appealKind(core::AppealKind kind);
    /// "Pending", "Accepted", "Rejected".
    [[nodiscard]] static QString appealStatus(core::AppealStatus status);
    /// "Passed to the working body (§48)", …
    [[nodiscard]] static QString stage(core::CommissionStage stage);
    /// A narrow column header: "§48 working body", …
    [[nodiscard]] static QString stageShort(core::CommissionStage stage);
    /// "Block 2" or "Block 2: Quality of public services".
    [[nodiscard]] static QString blockPart(int block, const std::optional<core::Part>& part);
    /// A conclusion's line status ("full", "partial", …) as shown: "Achieved in full", …
    [[nodiscard]] static QString lineStatus(const QString& status);
    /// A number as shown in a table ("72,4"); empty for none.
    [[nodiscard]] static QString number(const std::optional<double>& value, int decimals = 1);
    /// A date in `language`'s format; empty for a null date.
    [[nodiscard]] static QString date(QDate date, core::Language language);
    /// The error's sentence, and what the detail adds for the refusals whose detail a user needs:
    /// the dates of a late appeal, the names of a commission's conflict, the blocks not final.
    [[nodiscard]] static QString error(const core::Error& error, core::Language language);
    /// The document languages of print-outs: Kazakh and Russian; the interface's when it is one of
    /// them, else Russian.
    [[nodiscard]] static core::Language defaultDocumentLanguage(core::Language interfaceLanguage);
};

} // namespace ui
