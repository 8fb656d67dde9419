// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditLog.h"
#include "core/Calendar.h"
#include "core/Methodology.h"
#include "core/Registry.h"
#include "core/ReorganizationRules.h"
#include "core/ScheduleService.h"
#include "core/Scoring.h"

#include <QCoreApplication>

namespace ui {

/// Translated names of the registry's enumerations, shared by the GUI and the command-line tool.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    [[nodiscard]] static QString kind(core::BodyKind kind);
    [[nodiscard]] static QString role(core::Role role);
    [[nodiscard]] static QString reorganizationKind(core::ReorganizationKind kind);
    /// "§53: evaluated within its legal successor…"
    [[nodiscard]] static QString treatment(const core::TreatmentResult& result);
    [[nodiscard]] static QString auditAction(core::AuditAction action);
    /// A readable name for an audited field ("valid_to" → "Valid to").
    [[nodiscard]] static QString auditField(const QString& entity, const QString& field);
    [[nodiscard]] static QString auditEntity(const QString& entity);
    /// "1, 2, 3 + results"
    [[nodiscard]] static QString scope(const core::Scope& scope);
    [[nodiscard]] static QString yesNo(bool value);
    /// "Holiday", "Day off moved from a holiday", …
    [[nodiscard]] static QString dayKind(core::DayKind kind);
    /// A stage of §10 with its paragraph: "Reporting information to the authorized bodies (§41)".
    [[nodiscard]] static QString stage(core::Stage stage);
    /// A schedule warning as a sentence, with the holiday's name in `language` for a day off.
    [[nodiscard]] static QString scheduleWarning(const core::ScheduleWarning& warning, const core::Calendar& calendar,
                                                 core::Language language);
    /// The warning's code for JSON: "approved-late", "not-approved", "on-day-off", "results-evaluation-late".
    [[nodiscard]] static QString scheduleWarningCode(core::ScheduleWarning::Kind kind);

    /// "Block 2: interaction with individuals and legal entities"
    [[nodiscard]] static QString block(int block);
    /// "Block 2" (for narrow places: column headers, chart legends)
    [[nodiscard]] static QString blockShort(int block);
    /// A part of a block: "Quality of public services"
    [[nodiscard]] static QString part(core::Part part);
    [[nodiscard]] static QString direction(core::Direction direction);
    [[nodiscard]] static QString scoringKind(core::ScoringKind kind);
    /// How the kind scores, in one sentence, for tooltips and the editor.
    [[nodiscard]] static QString scoringKindHelp(core::ScoringKind kind);
    /// A §7 source type 1–9 ("6. Official statistics"); 0: "Not set".
    [[nodiscard]] static QString sourceType(int type);
    [[nodiscard]] static QString notCountedPolicy(core::NotCountedPolicy policy);
    [[nodiscard]] static QString status(core::Status status);
    [[nodiscard]] static QString notCountedReason(core::NotCountedReason reason);
    /// A §20 problem as a sentence naming the criterion or indicator and the language.
    [[nodiscard]] static QString methodologyProblem(const core::MethodologyProblem& problem);
    /// A language's name: "Kazakh", "Russian", "English".
    [[nodiscard]] static QString languageName(core::Language language);
};

} // namespace ui
