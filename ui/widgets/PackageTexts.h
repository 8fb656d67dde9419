// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Package.h"
#include "core/PackageService.h"
#include "core/Text3.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace ui {

/// Translated names and formats of the packages exchanged with the bodies' workstations.
class PackageTexts
{
    Q_DECLARE_TR_FUNCTIONS(PackageTexts)
public:
    /// "Template", "Report", "Return for revision".
    [[nodiscard]] static QString kind(core::PackageKind kind);
    /// A moment stored in UTC as the user's local date and time: "24.11.2026 14:05".
    [[nodiscard]] static QString moment(const QDateTime& utc, core::Language language);
    /// A date as the interface shows dates: "24.11.2026", "24 Nov 2026".
    [[nodiscard]] static QString date(QDate date, core::Language language);
    /// Blocks as numbers: "1, 2, 3".
    [[nodiscard]] static QString blocks(const std::vector<int>& blocks);
    /// The first 12 hex digits of a SHA-256, enough to tell files apart by eye.
    [[nodiscard]] static QString shortHash(const QString& sha256);
    /// The field a change touches: "Fact", "State", "Evidence file: act.pdf".
    [[nodiscard]] static QString changeField(const core::PackageChange& change);
    /// One side of a change as the user reads it: numbers in the locale, states and source types by name.
    [[nodiscard]] static QString changeValue(const core::PackageChange& change, const QString& value);
    /// The file name offered when a template is saved: "MOA-2024-template.bagalau".
    [[nodiscard]] static QString templateFileName(const QString& bodyCode, int year);
    /// The file name offered for a copy of an imported package: "MOA-2024-report-3.bagalau".
    [[nodiscard]] static QString packageFileName(const QString& bodyCode, int year, core::PackageKind kind,
                                                 qint64 sequence);
    /// The filter of the file dialogs.
    [[nodiscard]] static QString fileFilter();
};

} // namespace ui
