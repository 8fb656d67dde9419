// SPDX-License-Identifier: GPL-3.0-or-later
// A methodology, a schedule and the services of the reporting information, for the report and
// package tests.
#pragma once

#include "core/MethodologyService.h"
#include "core/PackageService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include "CoreTestSupport.h"

#include <catch2/catch.hpp>

namespace test {

inline core::Text3 text3(const QString& en)
{
    return {QStringLiteral("қаз ") + en, QStringLiteral("рус ") + en, en};
}

inline core::Indicator reportIndicator(const QString& code, double weight, core::ScoringKind kind,
                                       std::optional<double> plan, int source = 1)
{
    core::Indicator i;
    i.code = code;
    i.name = text3(QStringLiteral("Indicator ") + code);
    i.definition = text3(QStringLiteral("How ") + code + QStringLiteral(" is counted"));
    i.unit = text3(QStringLiteral("%"));
    i.verification = text3(QStringLiteral("Checked against the register"));
    i.weight = weight;
    i.scoring = kind;
    i.direction = kind == core::ScoringKind::InverseRatio ? core::Direction::Lower : core::Direction::Higher;
    i.plan = plan;
    i.sourceType = source;
    return i;
}

/// Block 2 of `year`: R1 ratio (plan 100, at most 1000), R2 yes/no, R3 expert out of 10, R4
/// inverse ratio (plan 5, source type 6). Weights 40/20/20/20.
inline core::Methodology reportMethodology(int year = 2024, int block = 2)
{
    core::Methodology m;
    m.block = block;
    m.year = year;
    m.title = text3(QStringLiteral("Reporting test methodology"));
    core::Criterion c;
    c.code = QStringLiteral("C1");
    c.name = text3(QStringLiteral("Criterion"));
    c.weight = 100;
    auto r1 = reportIndicator(QStringLiteral("R1"), 40, core::ScoringKind::Ratio, 100);
    r1.minimum = 0;
    r1.maximum = 1000;
    c.indicators = {r1, reportIndicator(QStringLiteral("R2"), 20, core::ScoringKind::YesNo, 1),
                    reportIndicator(QStringLiteral("R3"), 20, core::ScoringKind::Expert, 10),
                    reportIndicator(QStringLiteral("R4"), 20, core::ScoringKind::InverseRatio, 5, 6)};
    m.criteria = {c};
    return m;
}

/// The analyst's side of the reporting: registry, methodology of block 2 in 2024 approved, and
/// the schedule of 2024 with the reporting deadline on 14 February 2025.
struct ReportFixture
{
    static constexpr int Year = 2024;
    TestDatabase t;
    core::MethodologyService methodologies{*t.db, *t.audit};
    core::ScheduleService schedules{*t.db, *t.audit};
    core::ScoreService scores{t.registry->repository(), methodologies};
    core::ReportService reports{*t.db, *t.audit, methodologies, schedules, scores};
    core::PackageService packages{*t.db, *t.audit, *t.registry, methodologies, schedules, reports};
    qint64 moa = 0;

    explicit ReportFixture(bool withSchedule = true)
    {
        moa = t.idOf(QStringLiteral("MOA"));
        auto id = methodologies.create(reportMethodology(), QStringLiteral("test"));
        REQUIRE(id);
        REQUIRE(methodologies.approve(
            *id, {QStringLiteral("Order No. 1"), QDate(2024, 12, 20), QDate(2024, 12, 10), QDate(2024, 12, 15)},
            QStringLiteral("test")));
        if (withSchedule) {
            core::Schedule s;
            s.year = Year;
            s.approvedOn = QDate(2024, 12, 10);
            s.stages = {QDate(2025, 2, 14), QDate(2025, 4, 1), QDate(2025, 5, 1), QDate(2025, 5, 20),
                        QDate(2025, 6, 10)};
            REQUIRE(schedules.set(s, QStringLiteral("test")));
        }
        at(QDate(2025, 2, 3));
    }

    void at(QDate day, QTime time = QTime(10, 0)) { t.clock.set(QDateTime(day, time, Qt::UTC)); }

    [[nodiscard]] core::ReportKey key(qint64 body = 0) const { return {body ? body : moa, Year, 2}; }

    static core::ReportItem line(const QString& code, std::optional<double> fact, std::optional<double> plan = {},
                                 const QString& reference = QStringLiteral("Register No. 7"))
    {
        core::ReportItem item;
        item.code = code;
        item.value.fact = fact;
        item.value.plan = plan;
        item.sourceReference = reference;
        return item;
    }

    /// Every line filled without errors.
    void fillValid(qint64 body = 0)
    {
        REQUIRE(reports.saveItems(key(body),
                                  {line(QStringLiteral("R1"), 90), line(QStringLiteral("R2"), 1),
                                   line(QStringLiteral("R3"), 8), line(QStringLiteral("R4"), 2)},
                                  QStringLiteral("test")));
    }
};

} // namespace test
