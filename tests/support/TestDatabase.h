// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditLog.h"
#include "core/CalendarService.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ReferenceData.h"
#include "core/RegistryService.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <stdexcept>

namespace test {

/// A clock that says what the test wants.
class FixedClock final : public core::Clock
{
public:
    explicit FixedClock(QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC))
        : m_now(std::move(now))
    { }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

/// Which shipped datasets a TestDatabase loads.
enum class Shipped {
    Nothing,
    Registry, ///< resources/data/registry.json
    Calendar, ///< resources/data/calendar.json
    All, ///< both
};

/// A fresh database file in a temporary folder, with an audit log, the registry service and the
/// calendar service. `withReference` loads the shipped registry (not the calendar).
struct TestDatabase
{
    explicit TestDatabase(bool withReference = true)
        : TestDatabase(withReference ? Shipped::Registry : Shipped::Nothing)
    { }

    /// A copy of the database file `copyOf`, opened as it is.
    struct CopyOf
    {
        QString path;
    };
    explicit TestDatabase(const CopyOf& source)
    {
        if (!QFile::copy(source.path, dir.filePath(QStringLiteral("test.db"))))
            throw std::runtime_error("cannot copy " + source.path.toStdString());
        openServices();
    }

    explicit TestDatabase(Shipped shipped)
    {
        openServices();
        if (shipped == Shipped::Registry || shipped == Shipped::All) {
            auto loaded = core::ReferenceData::loadRegistry(*db, *registry);
            if (!loaded)
                throw std::runtime_error(loaded.error().detail.toStdString());
        }
        if (shipped == Shipped::Calendar || shipped == Shipped::All) {
            auto loaded = core::ReferenceData::loadCalendar(*db, *calendar);
            if (!loaded)
                throw std::runtime_error(loaded.error().detail.toStdString());
        }
    }

    void openServices()
    {
        auto opened = core::Database::open(dir.filePath(QStringLiteral("test.db")), {});
        if (!opened)
            throw std::runtime_error(opened.error().detail.toStdString());
        db = std::move(*opened);
        audit = std::make_unique<core::AuditLog>(*db, clock, QStringLiteral("tester"));
        registry = std::make_unique<core::RegistryService>(*db, *audit);
        calendar = std::make_unique<core::CalendarService>(*db, *audit);
    }

    /// The working-day calendar as the database has it now.
    [[nodiscard]] core::Calendar currentCalendar() const
    {
        auto computed = calendar->calendar();
        if (!computed)
            throw std::runtime_error(computed.error().detail.toStdString());
        return std::move(*computed);
    }

    [[nodiscard]] qint64 idOf(const QString& code) const
    {
        auto body = registry->repository().bodyByCode(code);
        if (!body || !*body)
            throw std::runtime_error("no body " + code.toStdString());
        return (*body)->id;
    }

    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<core::Database> db;
    std::unique_ptr<core::AuditLog> audit;
    std::unique_ptr<core::RegistryService> registry;
    std::unique_ptr<core::CalendarService> calendar;
};

} // namespace test
