// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Text3.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace core {

/// How a day counts (CALENDAR.md).
enum class DayKind {
    Working, ///< an ordinary working day
    Weekend, ///< Saturday or Sunday (five-day week)
    Holiday, ///< a holiday of the Law on holidays
    Moved, ///< the day off for a holiday that fell on a weekend (the weekend rule)
    Religious, ///< 7 January or the first day of Kurban Ait: off, never moved
    TransferOff, ///< a day off by the Government's transfer
    TransferWork, ///< a weekend (or moved) day made a working day by a transfer
};
[[nodiscard]] QString toString(DayKind kind); // "working", "weekend", "holiday", "moved", "religious",
                                              // "transfer-off", "transfer-work"

/// A holiday that recurs every year on the same date, in the years given (Law on holidays).
struct HolidayRule
{
    qint64 id = 0;
    int month = 1;
    int day = 1;
    int firstYear = 0; ///< 0: since always
    int lastYear = 0; ///< 0: still in force
    bool religious = false; ///< religious days off are never moved by the weekend rule
    Text3 name;
    [[nodiscard]] bool appliesIn(int year) const;
};

/// A day off on one date only: the first day of Kurban Ait of a year, or a one-off holiday.
struct DatedDay
{
    qint64 id = 0;
    QDate date;
    bool religious = false;
    Text3 name;
};

/// The Government's transfer: `dayOff` becomes a day off, `workingDay` (a weekend or moved day) a working day.
struct Transfer
{
    qint64 id = 0;
    QDate dayOff;
    QDate workingDay;
    Text3 note;
};

/// Everything a calendar is computed from; the rules are code, these are data.
struct CalendarData
{
    std::vector<HolidayRule> rules;
    std::vector<DatedDay> datedDays;
    std::vector<Transfer> transfers;
    std::vector<int> confirmedYears; ///< years whose transfers and Kurban Ait date are known
};

/// One day of the calendar and why it is what it is.
struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Working;
    Text3 name; ///< the holiday, or for a moved day and a transfer the day it stands for
    QDate relatedDate; ///< Moved: the holiday; TransferOff: the day worked instead; TransferWork: the day off
    [[nodiscard]] bool isWorking() const { return kind == DayKind::Working || kind == DayKind::TransferWork; }
};

/// The working-day calendar of Kazakhstan (five-day week): weekends, the holidays of the Law with
/// the years each applies, the weekend rule, religious days off that never move, and the
/// Government's transfers. Computed per year on demand from CalendarData.
class Calendar
{
public:
    Calendar() = default;
    explicit Calendar(CalendarData data);

    [[nodiscard]] const CalendarData& data() const { return m_data; }
    [[nodiscard]] DayInfo day(QDate date) const;
    [[nodiscard]] bool isWorking(QDate date) const { return day(date).isWorking(); }
    /// Every day of the year that is not an ordinary working day or an ordinary weekend day,
    /// plus every weekend day: the non-working days and the working weekend days, in date order.
    [[nodiscard]] std::vector<DayInfo> specialDays(int year) const;
    [[nodiscard]] bool isConfirmed(int year) const;

    /// The N-th working day after `event` (a term of N working days from the event, CALENDAR.md §5).
    [[nodiscard]] QDate addWorkingDays(QDate event, int n) const;
    /// The day N calendar days after `event`, moved forward to the next working day if it is not one.
    [[nodiscard]] QDate addCalendarDays(QDate event, int n) const;
    /// The next working day on or after `date`.
    [[nodiscard]] QDate workingDayOnOrAfter(QDate date) const;
    /// Working days after `from` up to and including `to` (negative when `to` is before `from`).
    [[nodiscard]] int workingDaysBetween(QDate from, QDate to) const;

private:
    const std::map<QDate, DayInfo>& year(int year) const;
    [[nodiscard]] std::map<QDate, DayInfo> compute(int year) const;

    CalendarData m_data;
    mutable std::map<int, std::map<QDate, DayInfo>> m_years;
};

} // namespace core
