// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calendar.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

/// Terms longer than this are not the decree's; the limit keeps a bad input from looping for years.
constexpr int MaxTermDays = 3660;

} // namespace

QString toString(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return u"working"_s;
    case DayKind::Weekend:
        return u"weekend"_s;
    case DayKind::Holiday:
        return u"holiday"_s;
    case DayKind::Moved:
        return u"moved"_s;
    case DayKind::Religious:
        return u"religious"_s;
    case DayKind::TransferOff:
        return u"transfer-off"_s;
    case DayKind::TransferWork:
        return u"transfer-work"_s;
    }
    return u"working"_s;
}

bool HolidayRule::appliesIn(int year) const
{
    return (firstYear == 0 || year >= firstYear) && (lastYear == 0 || year <= lastYear)
           && QDate(year, month, day).isValid();
}

Calendar::Calendar(CalendarData data)
    : m_data(std::move(data))
{ }

bool Calendar::isConfirmed(int year) const
{
    return std::find(m_data.confirmedYears.begin(), m_data.confirmedYears.end(), year) != m_data.confirmedYears.end();
}

const std::map<QDate, DayInfo>& Calendar::year(int y) const
{
    auto it = m_years.find(y);
    if (it == m_years.end())
        it = m_years.emplace(y, compute(y)).first;
    return it->second;
}

std::map<QDate, DayInfo> Calendar::compute(int y) const
{
    // Only days that are not ordinary working days are stored. December of the year before is
    // computed too, so that a moved day off that spills into January is not lost.
    const QDate first(y - 1, 12, 1);
    const QDate last(y, 12, 31);
    std::map<QDate, DayInfo> days;
    for (QDate d = first; d <= last; d = d.addDays(1))
        if (isWeekend(d))
            days[d] = DayInfo{d, DayKind::Weekend, {}, {}};

    std::vector<std::pair<QDate, Text3>> holidays; // those that the weekend rule moves
    auto addOff = [&](QDate d, bool religious, const Text3& name) {
        if (d < first || d > last)
            return;
        days[d] = DayInfo{d, religious ? DayKind::Religious : DayKind::Holiday, name, {}};
        if (isWeekend(d) && !religious)
            holidays.emplace_back(d, name);
    };
    for (int year : {y - 1, y}) {
        for (const HolidayRule& rule : m_data.rules)
            if (rule.appliesIn(year))
                addOff(QDate(year, rule.month, rule.day), rule.religious, rule.name);
    }
    for (const DatedDay& dated : m_data.datedDays)
        addOff(dated.date, dated.religious, dated.name);

    // The weekend rule: each holiday on a Saturday or Sunday gives the next working day off,
    // skipping days already off, in date order (Nauryz 2026: 21–23 March give 24 and 25 March).
    std::sort(holidays.begin(), holidays.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [holiday, name] : holidays) {
        QDate d = holiday.addDays(1);
        while (days.contains(d))
            d = d.addDays(1);
        days[d] = DayInfo{d, DayKind::Moved, name, holiday};
    }

    // Transfers come last: they can make a moved day a working one (9 May 2020).
    for (const Transfer& t : m_data.transfers) {
        if (t.workingDay >= first && t.workingDay <= last)
            days[t.workingDay] = DayInfo{t.workingDay, DayKind::TransferWork, t.note, t.dayOff};
        if (t.dayOff >= first && t.dayOff <= last)
            days[t.dayOff] = DayInfo{t.dayOff, DayKind::TransferOff, t.note, t.workingDay};
    }
    std::erase_if(days, [y](const auto& entry) { return entry.first.year() != y; });
    return days;
}

DayInfo Calendar::day(QDate date) const
{
    if (!date.isValid())
        return {};
    const auto& table = year(date.year());
    if (const auto it = table.find(date); it != table.end())
        return it->second;
    return DayInfo{date, DayKind::Working, {}, {}};
}

std::vector<DayInfo> Calendar::specialDays(int y) const
{
    std::vector<DayInfo> result;
    for (const auto& [date, info] : year(y))
        result.push_back(info);
    return result;
}

QDate Calendar::addWorkingDays(QDate event, int n) const
{
    if (!event.isValid() || n < 0 || n > MaxTermDays)
        return {};
    QDate d = event;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (isWorking(d))
            ++counted;
    }
    return d;
}

QDate Calendar::workingDayOnOrAfter(QDate date) const
{
    if (!date.isValid())
        return {};
    QDate d = date;
    for (int i = 0; i < MaxTermDays && !isWorking(d); ++i)
        d = d.addDays(1);
    return d;
}

QDate Calendar::addCalendarDays(QDate event, int n) const
{
    if (!event.isValid() || n < 0 || n > MaxTermDays)
        return {};
    return workingDayOnOrAfter(event.addDays(n));
}

int Calendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const int sign = to >= from ? 1 : -1;
    const QDate start = std::min(from, to);
    const QDate end = std::max(from, to);
    int count = 0;
    for (QDate d = start.addDays(1); d <= end; d = d.addDays(1))
        if (isWorking(d))
            ++count;
    return sign * count;
}

} // namespace core
