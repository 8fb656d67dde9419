// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ReferenceData.h"
#include "core/RegistryService.h"

#include <QTemporaryDir>

#include <memory>

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

/// A fresh database file in a temporary folder, with an audit log and the registry service.
/// `withReference` loads the shipped registry.
struct TestDatabase
{
    explicit TestDatabase(bool withReference = true)
    {
        auto opened = core::Database::open(dir.filePath(QStringLiteral("test.db")), {});
        if (!opened)
            throw std::runtime_error(opened.error().detail.toStdString());
        db = std::move(*opened);
        audit = std::make_unique<core::AuditLog>(*db, clock, QStringLiteral("tester"));
        registry = std::make_unique<core::RegistryService>(*db, *audit);
        if (withReference) {
            auto loaded = core::ReferenceData::loadRegistry(*db, *registry);
            if (!loaded)
                throw std::runtime_error(loaded.error().detail.toStdString());
        }
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
};

} // namespace test
