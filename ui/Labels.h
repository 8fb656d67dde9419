// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditLog.h"
#include "core/Registry.h"
#include "core/ReorganizationRules.h"

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
};

} // namespace ui
