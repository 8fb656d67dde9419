// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Text3.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace core {

/// Kinds of evaluated body (Appendix 2 and §1 of the decree).
enum class BodyKind { Central, Oblast, City, Capital };
[[nodiscard]] QString toString(BodyKind kind); // "central", "oblast", "city", "capital"
[[nodiscard]] std::optional<BodyKind> parseBodyKind(const QString& text);

/// The authorized-body roles of §13.
enum class Role { PA, PMO, StatePlanning, CivilService, Budget, LegalStatistics, Informatization, Information };
[[nodiscard]] QString toString(Role role); // "pa", "pmo", "state-planning", …
[[nodiscard]] std::optional<Role> parseRole(const QString& text);
[[nodiscard]] const std::vector<Role>& allRoles();
[[nodiscard]] int paragraphItem(Role role); ///< the item number of the role in §13 (1–8)

enum class ReorganizationKind {
    Split, ///< the body ends; its functions go to several successors
    SpinOff, ///< functions or territory split off into a new body; the body continues
    Merge, ///< several bodies (or their parts) become one
    Rename, ///< a new name (and possibly code) for the same activity
    FunctionsMoved, ///< functions moved to an existing body
    Liquidation, ///< the body ends without a successor
};
[[nodiscard]] QString toString(ReorganizationKind kind); // "split", "spin-off", …
[[nodiscard]] std::optional<ReorganizationKind> parseReorganizationKind(const QString& text);
/// Whether the predecessors of this kind of reorganization usually cease to exist on its date.
[[nodiscard]] bool endsPredecessors(ReorganizationKind kind);

/// What Appendix 2 says a body is evaluated on.
struct Scope
{
    bool block1 = false; ///< achievement of goals
    bool block2 = false; ///< interaction with individuals and legal entities
    bool block3 = false; ///< organizational development
    bool results = false; ///< results evaluation (chapter 10)
    Text3 note; ///< e.g. "except its law-enforcement activity"

    [[nodiscard]] bool isEmpty() const { return !block1 && !block2 && !block3 && !results; }
    [[nodiscard]] std::vector<int> blocks() const;
    friend bool operator==(const Scope&, const Scope&) = default;
};

/// One name of a body, in force from `validFrom` (null: from the body's start) until the next one.
struct BodyName
{
    qint64 id = 0;
    QDate validFrom;
    Text3 shortName;
    Text3 fullName;
    friend bool operator==(const BodyName&, const BodyName&) = default;
};

/// What can be edited about a body, apart from its code and its names.
struct BodyFields
{
    BodyKind kind = BodyKind::Central;
    bool evaluated = true; ///< an evaluated body (false: it only evaluates, e.g. the PA)
    bool presidential = false; ///< directly subordinate and accountable to the President (§26)
    std::optional<qint64> parentId; ///< the body it is part of (the legal statistics committee is part of the GPO)
    QDate validFrom; ///< null: since before the registry
    QDate validTo; ///< null: open
    Scope scope;
    friend bool operator==(const BodyFields&, const BodyFields&) = default;
};

/// A body of the registry with its name history.
struct Body
{
    qint64 id = 0;
    QString code; ///< stable identifier: names change, codes do not
    BodyFields fields;
    std::vector<BodyName> names; ///< ordered by validFrom, the open start first

    [[nodiscard]] bool isValidOn(QDate date) const;
    /// The name in force on `date`; before the first dated name, the first one.
    [[nodiscard]] const BodyName& nameOn(QDate date) const;
    /// True when the body exists at some time in [from, to].
    [[nodiscard]] bool overlaps(QDate from, QDate to) const;
    friend bool operator==(const Body&, const Body&) = default;
};

/// Which body plays an authorized-body role in a period.
struct RoleAssignment
{
    qint64 id = 0;
    Role role = Role::PA;
    qint64 bodyId = 0;
    QDate validFrom;
    QDate validTo;
    [[nodiscard]] bool isValidOn(QDate date) const;
};

struct Reorganization
{
    qint64 id = 0;
    QDate date;
    ReorganizationKind kind = ReorganizationKind::Split;
    bool approximate = false; ///< the date is not confirmed yet
    Text3 note;
    std::vector<qint64> predecessors;
    std::vector<qint64> successors;
};

[[nodiscard]] bool isValidOn(QDate from, QDate to, QDate date);
[[nodiscard]] QString isoDate(QDate date); ///< "YYYY-MM-DD", or empty for a null date
[[nodiscard]] QDate parseIsoDate(const QString& text);
/// A date to bind in SQL: its isoDate(), or NULL for a null date (an open end).
[[nodiscard]] QVariant sqlDate(QDate date);
/// A text to bind in a NOT NULL column: a null QString becomes "".
[[nodiscard]] inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
/// A number to bind in SQL, NULL when none; and back.
[[nodiscard]] QVariant sqlReal(const std::optional<double>& value);
[[nodiscard]] std::optional<double> readReal(const QVariant& value);
/// A moment as stored: UTC ISO 8601 with milliseconds ("2025-03-14T09:30:00.000Z"), NULL when null; and back.
[[nodiscard]] QVariant sqlDateTime(const QDateTime& moment);
[[nodiscard]] QDateTime readDateTime(const QVariant& value);

} // namespace core
