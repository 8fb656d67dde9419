// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include "core/ReorganizationRules.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace Catch {
template <>
struct StringMaker<core::Treatment>
{
    static std::string convert(core::Treatment treatment)
    {
        switch (treatment) {
        case core::Treatment::NotApplicable:
            return "NotApplicable";
        case core::Treatment::Continues:
            return "Continues";
        case core::Treatment::BeforeYear:
            return "BeforeYear";
        case core::Treatment::WithinSuccessor:
            return "WithinSuccessor";
        case core::Treatment::AnalysedForSuccessor:
            return "AnalysedForSuccessor";
        case core::Treatment::ResultsToSuccessor:
            return "ResultsToSuccessor";
        case core::Treatment::EvaluatedItself:
            return "EvaluatedItself";
        }
        return "Treatment(" + std::to_string(static_cast<int>(treatment)) + ")";
    }
};
} // namespace Catch

namespace {

constexpr qint64 predecessor = 1;
constexpr int evaluatedYear = 2022;
/// A reporting deadline in the year after the evaluated one, as a schedule would set it.
const QDate deadline(2023, 3, 15);

/// Body 1 split into bodies 2 and 3 on `date`.
core::Reorganization splitOn(QDate date)
{
    core::Reorganization r;
    r.date = date;
    r.kind = core::ReorganizationKind::Split;
    r.predecessors = {predecessor};
    r.successors = {2, 3};
    return r;
}

/// The reorganization of the shipped registry with this predecessor on this date.
core::Reorganization shipped(const test::TestDatabase& t, const QString& code, QDate date)
{
    const auto all = t.registry->repository().reorganizations();
    REQUIRE(all.has_value());
    const qint64 id = t.idOf(code);
    for (const core::Reorganization& r : *all)
        if (r.date == date && std::find(r.predecessors.begin(), r.predecessors.end(), id) != r.predecessors.end())
            return r;
    FAIL("no reorganization of " << code.toStdString() << " on " << date.toString(Qt::ISODate).toStdString());
    return {};
}

} // namespace

TEST_CASE("§53: a body reorganized in the first half of the evaluated year is evaluated within its successor",
          "[core][reorganization]")
{
    const QDate date = GENERATE(QDate(2022, 1, 1), QDate(2022, 3, 31), QDate(2022, 6, 30));
    CAPTURE(date);
    const auto result = core::treatmentFor(splitOn(date), predecessor, evaluatedYear, deadline);
    CHECK(result.treatment == core::Treatment::WithinSuccessor);
    CHECK(result.paragraph == 53);
    CHECK_FALSE(result.deadlineUnknown);
}

TEST_CASE("§54: a body reorganized in the second half of the evaluated year is analysed for its successor",
          "[core][reorganization]")
{
    const QDate date = GENERATE(QDate(2022, 7, 1), QDate(2022, 10, 15), QDate(2022, 12, 31));
    CAPTURE(date);
    const auto result = core::treatmentFor(splitOn(date), predecessor, evaluatedYear, deadline);
    CHECK(result.treatment == core::Treatment::AnalysedForSuccessor);
    CHECK(result.paragraph == 54);
    CHECK_FALSE(result.deadlineUnknown);
}

TEST_CASE("§55: a body reorganized in the following year up to the reporting deadline inclusive passes its results "
          "to its successor",
          "[core][reorganization]")
{
    const QDate date = GENERATE(QDate(2023, 1, 1), QDate(2023, 2, 1), QDate(2023, 3, 15));
    CAPTURE(date);
    const auto result = core::treatmentFor(splitOn(date), predecessor, evaluatedYear, deadline);
    CHECK(result.treatment == core::Treatment::ResultsToSuccessor);
    CHECK(result.paragraph == 55);
    CHECK_FALSE(result.deadlineUnknown);
}

TEST_CASE("§55: a body reorganized after the reporting deadline of the following year is evaluated as itself",
          "[core][reorganization]")
{
    const QDate date = GENERATE(QDate(2023, 3, 16), QDate(2023, 6, 30), QDate(2023, 12, 31), QDate(2024, 1, 1));
    CAPTURE(date);
    const auto result = core::treatmentFor(splitOn(date), predecessor, evaluatedYear, deadline);
    CHECK(result.treatment == core::Treatment::EvaluatedItself);
    CHECK(result.paragraph == 0);
    CHECK_FALSE(result.deadlineUnknown);
}

TEST_CASE("§55: without a known reporting deadline, a reorganization before 1 July of the following year is taken "
          "as §55 and marked so",
          "[core][reorganization]")
{
    const QDate date = GENERATE(QDate(2023, 1, 1), QDate(2023, 4, 1), QDate(2023, 6, 30));
    CAPTURE(date);
    const auto result = core::treatmentFor(splitOn(date), predecessor, evaluatedYear);
    CHECK(result.treatment == core::Treatment::ResultsToSuccessor);
    CHECK(result.paragraph == 55);
    CHECK(result.deadlineUnknown);
}

TEST_CASE("§55: without a known reporting deadline, a body reorganized from 1 July of the following year is "
          "evaluated as itself",
          "[core][reorganization]")
{
    const QDate date = GENERATE(QDate(2023, 7, 1), QDate(2023, 12, 31), QDate(2024, 3, 1));
    CAPTURE(date);
    const auto result = core::treatmentFor(splitOn(date), predecessor, evaluatedYear);
    CHECK(result.treatment == core::Treatment::EvaluatedItself);
    CHECK(result.paragraph == 0);
    CHECK_FALSE(result.deadlineUnknown);
}

TEST_CASE("A body reorganized before the evaluated year is replaced by its successors", "[core][reorganization]")
{
    const QDate date = GENERATE(QDate(2021, 12, 31), QDate(2020, 6, 1));
    CAPTURE(date);
    const auto result = core::treatmentFor(splitOn(date), predecessor, evaluatedYear, deadline);
    CHECK(result.treatment == core::Treatment::BeforeYear);
    CHECK(result.paragraph == 0);
}

TEST_CASE("A rename of the same body (AST, 2022-09-17) is not a reorganization under §53–55", "[core][reorganization]")
{
    test::TestDatabase t;
    const qint64 ast = t.idOf(u"AST"_s);
    const core::Reorganization rename = shipped(t, u"AST"_s, QDate(2022, 9, 17));
    REQUIRE(rename.kind == core::ReorganizationKind::Rename);
    REQUIRE(rename.successors == std::vector<qint64>{ast});
    const int year = GENERATE(2021, 2022, 2023);
    CAPTURE(year);
    const auto result = core::treatmentFor(rename, ast, year);
    CHECK(result.treatment == core::Treatment::NotApplicable);
    CHECK(result.paragraph == 0);
    CHECK_FALSE(result.deadlineUnknown);
}

TEST_CASE("§53: MES, split on 2022-06-11, is evaluated for 2022 within MEDU and MSHE", "[core][reorganization]")
{
    test::TestDatabase t;
    const core::Reorganization split = shipped(t, u"MES"_s, QDate(2022, 6, 11));
    CHECK(split.successors.size() == 2);
    const auto result = core::treatmentFor(split, t.idOf(u"MES"_s), 2022);
    CHECK(result.treatment == core::Treatment::WithinSuccessor);
    CHECK(result.paragraph == 53);
}

TEST_CASE("§55: MES, split on 2022-06-11, passes its 2021 results to its successors while the deadline is unknown",
          "[core][reorganization]")
{
    test::TestDatabase t;
    const core::Reorganization split = shipped(t, u"MES"_s, QDate(2022, 6, 11));
    const auto result = core::treatmentFor(split, t.idOf(u"MES"_s), 2021);
    CHECK(result.treatment == core::Treatment::ResultsToSuccessor);
    CHECK(result.paragraph == 55);
    CHECK(result.deadlineUnknown);
    // With a deadline before the split, MES was evaluated as itself for 2021.
    CHECK(core::treatmentFor(split, t.idOf(u"MES"_s), 2021, QDate(2022, 4, 1)).treatment
          == core::Treatment::EvaluatedItself);
}

TEST_CASE("§54: MIID, split on 2023-09-01, is analysed for 2023 for MIC and MOT", "[core][reorganization]")
{
    test::TestDatabase t;
    const core::Reorganization split = shipped(t, u"MIID"_s, QDate(2023, 9, 1));
    const auto result = core::treatmentFor(split, t.idOf(u"MIID"_s), 2023);
    CHECK(result.treatment == core::Treatment::AnalysedForSuccessor);
    CHECK(result.paragraph == 54);
    CHECK_FALSE(result.deadlineUnknown);
}

TEST_CASE("§56: an authorized body reorganized in the first half of the following year leaves the evaluation to its "
          "successor",
          "[core][reorganization]")
{
    CHECK(core::successorConductsEvaluation(QDate(2024, 3, 1), 2023));
    CHECK(core::successorConductsEvaluation(QDate(2024, 1, 1), 2023));
    CHECK(core::successorConductsEvaluation(QDate(2024, 6, 30), 2023));
}

TEST_CASE("§56: an authorized body reorganized outside the first half of the following year conducts the evaluation "
          "itself",
          "[core][reorganization]")
{
    CHECK_FALSE(core::successorConductsEvaluation(QDate(2024, 7, 1), 2023));
    CHECK_FALSE(core::successorConductsEvaluation(QDate(2023, 12, 31), 2023));
    CHECK_FALSE(core::successorConductsEvaluation(QDate(2023, 3, 1), 2023));
    CHECK_FALSE(core::successorConductsEvaluation(QDate(2025, 3, 1), 2023));
}

TEST_CASE("A body that goes on after a separation of a part is evaluated itself, not under §53–55",
          "[core][reorganization]")
{
    test::TestDatabase t;
    // 2022-06-08: Abai, Zhetysu and Ulytau oblasts separated from East Kazakhstan, Almaty and Karaganda.
    const core::Reorganization r = shipped(t, u"VKO"_s, QDate(2022, 6, 8));
    const auto result = core::treatmentFor(r, t.idOf(u"VKO"_s), 2022);
    CHECK(result.treatment == core::Treatment::Continues);
    CHECK(result.paragraph == 0);
}

TEST_CASE("A body that is not a predecessor of the reorganization gets no treatment", "[core][reorganization]")
{
    const core::Reorganization r = splitOn(QDate(2022, 3, 1));
    CHECK(core::treatmentFor(r, 2, evaluatedYear).treatment == core::Treatment::NotApplicable);
    CHECK(core::treatmentFor(r, 99, evaluatedYear).treatment == core::Treatment::NotApplicable);
}
