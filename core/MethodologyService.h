// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Methodology.h"
#include "Scoring.h"

#include <map>
#include <optional>
#include <vector>

namespace core {

class AuditLog;
class Database;

/// A line of the list of methodologies.
struct MethodologySummary
{
    qint64 id = 0;
    int block = 1;
    int year = 0;
    int version = 1;
    bool sample = false;
    bool approved = false;
    Text3 title;
    int criteria = 0;
    int indicators = 0;
};

/// A body's value of one indicator in one year, as stored.
struct StoredValue
{
    qint64 bodyId = 0;
    QString code;
    IndicatorValue value;
};

/// Methodologies as versioned data (§19–22), the bodies' values and the rating bands. Every change
/// is validated, runs in one transaction and leaves an audit entry per changed field. An approved
/// methodology is frozen: changing it means a new version.
class MethodologyService
{
public:
    MethodologyService(Database& db, AuditLog& audit);

    [[nodiscard]] Result<std::vector<MethodologySummary>> list() const;
    [[nodiscard]] Result<Methodology> load(qint64 id) const;
    /// The version in effect for a block and year: the latest approved one, or else the latest draft.
    [[nodiscard]] Result<std::optional<Methodology>> inEffect(int block, int year) const;
    /// The version in effect the year before `m`'s year, for the comparability check (§20.5).
    [[nodiscard]] Result<std::optional<Methodology>> previousYear(const Methodology& m) const;
    /// checkMethodology() against the previous year's version in effect.
    [[nodiscard]] Result<std::vector<MethodologyProblem>> check(const Methodology& m, bool forApproval = false) const;

    /// Field-level validation (what the database cannot hold): block, weights, source types, cap,
    /// scale, formula, unique codes. §20 problems are not errors here: they are listed by check().
    [[nodiscard]] static Result<void> validate(const Methodology& m);

    /// A new draft: the next version of its block and year. Returns its id.
    [[nodiscard]] Result<qint64> create(Methodology m, const QString& reason);
    /// Replaces the content of a draft (criteria, indicators, title, owners, policy, thresholds).
    /// An approved methodology is refused with MethodologyFrozen.
    [[nodiscard]] Result<void> save(const Methodology& m, const QString& reason);
    /// A new draft version of the same block and year with the same content.
    [[nodiscard]] Result<qint64> newVersion(qint64 id, const QString& reason);
    /// Copies a methodology as the first draft of another year (last year's as the start of the next).
    [[nodiscard]] Result<qint64> copyToYear(qint64 id, int year, const QString& reason);
    /// Approves a draft (§19): refused with MethodologyProblems while check() lists errors.
    [[nodiscard]] Result<void> approve(qint64 id, const Approval& approval, const QString& reason);
    /// Stores a methodology as received in a template package (a body's workstation): the same block,
    /// year, version and approval record. MethodologyExists when that version is there already.
    [[nodiscard]] Result<qint64> importApproved(const Methodology& m, const QString& reason);
    /// Takes back an approval (for undo only: the methodology becomes a draft again).
    [[nodiscard]] Result<void> withdrawApproval(qint64 id, const QString& reason);
    /// Deletes a draft; an approved methodology is refused with MethodologyFrozen.
    [[nodiscard]] Result<void> remove(qint64 id, const QString& reason);

    /// A body's value of an indicator (by code) for a year and block; a value with neither plan nor
    /// fact removes it.
    [[nodiscard]] Result<void> setValue(int year, int block, qint64 bodyId, const QString& code,
                                        const IndicatorValue& value, const QString& reason);
    /// Many values of a year and block at once, all or nothing, audited like setValue (one entry
    /// per changed field, old → new; values that exist already are replaced). `sample` marks
    /// demonstration data.
    [[nodiscard]] Result<int> importValues(int year, int block, const std::vector<StoredValue>& values, bool sample,
                                           const QString& reason);
    /// Every value of a year and block, keyed by body, then indicator code.
    [[nodiscard]] Result<std::map<qint64, std::map<QString, IndicatorValue>>> values(int year, int block) const;
    /// One body's values of a year and block, keyed by indicator code.
    [[nodiscard]] Result<std::map<QString, IndicatorValue>> values(int year, int block, qint64 bodyId) const;
    /// Years that have values or methodologies.
    [[nodiscard]] Result<std::vector<int>> years() const;

    [[nodiscard]] Result<std::vector<RatingBand>> ratingBands(int year) const;
    /// Replaces the rating bands of a year.
    [[nodiscard]] Result<void> setRatingBands(int year, std::vector<RatingBand> bands, const QString& reason);

private:
    [[nodiscard]] Result<void> writeContent(qint64 id, const Methodology& m);
    [[nodiscard]] Result<qint64> insertCopy(const Methodology& source, int year, int version, const QString& reason,
                                            const QString& what);
    [[nodiscard]] Result<int> nextVersion(int block, int year) const;

    Database& m_db;
    AuditLog& m_audit;
};

} // namespace core
