// SPDX-License-Identifier: GPL-3.0-or-later
// The services of conclusions and appeals on the shipped registry and calendar, with an approved
// goals methodology for 2024 (and 2022, 2023 when asked) and values for a few bodies.
#pragma once

#include "core/AppealService.h"
#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include "CoreTestSupport.h"
#include "ReportTestSupport.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace test {

struct ConclusionFixture
{
    static constexpr int Year = 2024;
    TestDatabase t{Shipped::All};
    core::MethodologyService methodologies{*t.db, *t.audit};
    core::ScheduleService schedules{*t.db, *t.audit};
    core::ScoreService scores{t.registry->repository(), methodologies};
    core::EvaluatorService evaluators{t.registry->repository()};
    core::ConclusionService conclusions{*t.db,  *t.audit,   *t.registry, methodologies,
                                        scores, evaluators, *t.calendar, schedules};
    core::AppealService appeals{*t.db, *t.audit, conclusions, methodologies, *t.calendar};
    core::CommissionService commission{*t.db, *t.audit, conclusions, appeals, scores, *t.registry, methodologies};

    ConclusionFixture() { addYear(Year); }

    /// An approved goals methodology (R1–R4) for `year`.
    void addYear(int year)
    {
        auto id = methodologies.create(reportMethodology(year, 1), QStringLiteral("test"));
        REQUIRE(id);
        REQUIRE(methodologies.approve(
            *id, {QStringLiteral("Order No. 1"), QDate(year, 12, 20), QDate(year, 12, 10), QDate(year, 12, 15)},
            QStringLiteral("test")));
    }

    [[nodiscard]] qint64 id(const QString& code) const { return t.idOf(code); }

    /// Values of the goals block for a body: R1 fact of `r1` (plan 100), R2 yes, R3 8 of 10, R4 2 (plan 5).
    void values(qint64 body, double r1, int year = Year)
    {
        for (const auto& [code, fact] : {std::pair(QStringLiteral("R1"), r1), std::pair(QStringLiteral("R2"), 1.0),
                                         std::pair(QStringLiteral("R3"), 8.0), std::pair(QStringLiteral("R4"), 2.0)})
            REQUIRE(methodologies.setValue(year, 1, body, code, core::IndicatorValue{std::nullopt, fact, 1},
                                           QStringLiteral("test")));
    }

    /// A conclusion of block 1 issued and received on `received`.
    qint64 received(qint64 body, QDate received, int year = Year)
    {
        auto c = conclusions.create(body, year, 1, std::nullopt, QStringLiteral("test"));
        REQUIRE(c);
        REQUIRE(conclusions.issue(*c, {}, QStringLiteral("test")));
        REQUIRE(conclusions.markReceived(*c, received, QStringLiteral("test")));
        return *c;
    }

    [[nodiscard]] qint64 holder(core::Role role, int year = Year) const
    {
        auto h = t.registry->repository().roleHolder(role, core::EvaluatorRules::roleDate(year));
        REQUIRE(h);
        REQUIRE(*h);
        return **h;
    }

    void at(QDate day) { t.clock.set(QDateTime(day, QTime(10, 0), Qt::UTC)); }
};

} // namespace test
