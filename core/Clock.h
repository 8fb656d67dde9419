// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace core {

/// The source of "now" for audit entries and default dates; tests inject a fixed clock.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// The system's clock, unless the environment variable BAGALAU_NOW holds an ISO 8601 moment
/// ("2025-05-20T09:00:00Z"): then always that moment. For reproducible runs of the command-line tool
/// (the crash harness compares whole databases before and after, the benchmarks generate the same
/// file twice); an unreadable value is ignored.
class EnvironmentClock final : public Clock
{
public:
    EnvironmentClock()
        : m_fixed(QDateTime::fromString(qEnvironmentVariable("BAGALAU_NOW"), Qt::ISODate))
    { }
    [[nodiscard]] QDateTime now() const override
    {
        return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc();
    }

private:
    QDateTime m_fixed;
};

/// The day in Kazakhstan of a moment: deadlines are days there, whatever the computer's time zone
/// (UTC+5 when the system has no time-zone data).
[[nodiscard]] inline QDate kazakhstanDate(const QDateTime& moment)
{
    static const QTimeZone kazakhstan(QByteArrayLiteral("Asia/Almaty"));
    return kazakhstan.isValid() ? moment.toTimeZone(kazakhstan).date() : moment.toOffsetFromUtc(5 * 3600).date();
}

} // namespace core
