// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Progress.h"

#include <QString>

#include <optional>

namespace core {

class AuditLog;
class Database;

/// The shape of a synthetic dataset.
struct GeneratorOptions
{
    int bodies = 300; ///< evaluated bodies: the shipped registry's, then synthetic district akimats
    int indicators = 300; ///< indicators per body and year, split evenly over the three blocks
    int years = 10; ///< evaluated years, ending with lastYear
    int lastYear = 2024;
    quint64 seed = 1;

    /// "national" (300 bodies, 300 indicators, 10 years: about 0.9 million values) or "stress"
    /// (3,000 bodies, same shape: about 9 million); none for another name.
    [[nodiscard]] static std::optional<GeneratorOptions> preset(const QString& name);
};

/// What generate() wrote.
struct GeneratedCounts
{
    qint64 bodies = 0; ///< evaluated bodies with values
    qint64 methodologies = 0;
    qint64 indicators = 0; ///< indicator rows over all methodologies
    qint64 values = 0;
    qint64 reports = 0;
    qint64 evidence = 0;
    qint64 conclusions = 0;
    qint64 appeals = 0;
};

/// Fills a new database with realistic synthetic data for measuring Bagalau at national scale: the
/// shipped reference data (calendar, registry with its roles) and synthetic district akimats up to
/// `bodies` evaluated bodies; per year and block an approved methodology (five criteria, indicators
/// scored as ratio, inverse ratio or yes/no, each with names, definitions and verification in kk, ru
/// and en); every body's values (a few facts missing, so some indicators are not counted); an
/// accepted report per body, block and year with its history and one small evidence file; for the
/// last two years the conclusions, issued from those values, sent, received and final, with a few
/// objections decided. The same options give the same database, byte for byte, under a fixed clock.
///
/// Rows are written with SQLite's own prepared statements, reused, in one transaction: all or
/// nothing, and one audit entry that names the options. Refused with DatabaseNotEmpty when the
/// database has bodies already.
class Generator
{
public:
    Generator(Database& db, AuditLog& audit);
    /// `progress` counts values written; cancelling leaves the database as it was (Cancelled).
    [[nodiscard]] Result<GeneratedCounts> generate(const GeneratorOptions& options, const Progress& progress = {});

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace core
