// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calendar.h"
#include "Error.h"

#include <vector>

namespace core {

class AuditLog;
class Database;

/// A running term counted from an event: N working days (§57, §62) or N calendar days (§60).
struct TrackedTerm
{
    enum class Kind { WorkingDays, CalendarDays };
    qint64 id = 0;
    QString title;
    QDate event;
    Kind kind = Kind::WorkingDays;
    int days = 0;
    QDate due; ///< computed from the calendar
    bool done = false;
};

/// A term whose last day changed when the calendar changed.
struct MovedTerm
{
    qint64 id = 0;
    QString title;
    QDate from;
    QDate to;
};

/// Terms tracked to their last day. Every change of the calendar recomputes the running ones
/// (those not done), in the transaction of that change, and says which moved.
class TermService
{
public:
    static constexpr int MaxDays = 365;

    TermService(Database& db, AuditLog& audit);

    [[nodiscard]] static QDate dueDate(const Calendar& calendar, QDate event, TrackedTerm::Kind kind, int days);

    [[nodiscard]] Result<std::vector<TrackedTerm>> terms() const;
    [[nodiscard]] Result<qint64> add(const TrackedTerm& term, const Calendar& calendar, const QString& reason);
    [[nodiscard]] Result<void> setDone(qint64 id, bool done, const QString& reason);
    [[nodiscard]] Result<void> remove(qint64 id, const QString& reason);
    /// Recomputes every running term against `calendar`; returns those whose last day moved.
    [[nodiscard]] Result<std::vector<MovedTerm>> recompute(const Calendar& calendar, const QString& reason);

private:
    Database& m_db;
    AuditLog& m_audit;
};

[[nodiscard]] QString toString(TrackedTerm::Kind kind); // "working", "calendar"

} // namespace core
