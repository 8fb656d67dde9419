// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reports.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

#include <utility>

namespace ui {

/// Translated names and sentences of the reporting information (§41): states, timeliness, the
/// problems of an entry form, the steps of a report's history.
class ReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)
public:
    /// "Draft", "Submitted", "Returned for revision", …
    [[nodiscard]] static QString state(core::ReportState state);
    /// What the state means for the one who fills the form, in one sentence.
    [[nodiscard]] static QString stateHelp(core::ReportState state);
    /// "on time", "late — 12 days", "overdue — 3 days", "pending", "no deadline".
    [[nodiscard]] static QString timeliness(core::Timeliness timeliness, int daysLate);
    /// A problem of a line as a sentence, without the indicator's code.
    [[nodiscard]] static QString problem(const core::EntryProblem& problem);
    /// A step of the history: "Submitted", "Returned for revision", "Imported", …
    [[nodiscard]] static QString historyAction(const QString& action);
    /// A kind of change an imported package makes, for the preview of an import.
    [[nodiscard]] static QString packageField(const QString& field);
    /// A padlock, drawn: the mark of a locked report (draws it anew: keep it).
    [[nodiscard]] static QIcon lockIcon();
    /// The colours of a state's badge: background and text.
    [[nodiscard]] static std::pair<QColor, QColor> stateColors(core::ReportState state);
};

} // namespace ui
