// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic data generator of issue 7: realistic, consistent with the scoring rules,
// deterministic for a seed, all or nothing.
#include "CoreTestSupport.h"
#include "support/TestDatabase.h"

#include "core/ConclusionService.h"
#include "core/Conclusions.h"
#include "core/Evaluators.h"
#include "core/Generator.h"
#include "core/MethodologyService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using core::ErrorCode;

namespace {

/// A small dataset: the shipped bodies and five synthetic akimats, nine indicators, two years.
core::GeneratorOptions small(quint64 seed = 7)
{
    core::GeneratorOptions o;
    o.bodies = 0; // set by the caller from the registry's size
    o.indicators = 9;
    o.years = 2;
    o.lastYear = 2024;
    o.seed = seed;
    return o;
}

qint64 scalar(core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        throw std::runtime_error(sql.toStdString());
    return q.value(0).toLongLong();
}

/// The number of evaluated bodies of the shipped registry at the end of 2024.
int shippedBodies()
{
    test::TestDatabase t;
    auto evaluated = t.registry->repository().evaluatedOn(QDate(2024, 12, 31));
    REQUIRE(evaluated);
    return int(evaluated->size());
}

} // namespace

TEST_CASE("generate: the shipped registry, synthetic akimats, approved methodologies and values", "[generator]")
{
    test::TestDatabase t(test::Shipped::Nothing);
    auto options = small();
    options.bodies = shippedBodies() + 5;
    core::Generator generator(*t.db, *t.audit);
    const auto counts = generator.generate(options);
    REQUIRE(counts);
    CHECK(counts->bodies == options.bodies);
    CHECK(counts->methodologies == 6); // 3 blocks × 2 years
    CHECK(counts->indicators == 18);
    CHECK(scalar(*t.db, u"SELECT count(*) FROM body WHERE code LIKE 'D%'"_s) == 5);
    // Names in the three languages, the Kazakh one with its own letters.
    CHECK(scalar(*t.db, u"SELECT count(*) FROM body_name WHERE short_kk LIKE '%аудан әкімдігі'"_s) == 5);
    CHECK(scalar(*t.db, u"SELECT count(*) FROM indicator_value"_s) == counts->values);
    CHECK(scalar(*t.db, u"SELECT count(*) FROM report WHERE state = 'accepted'"_s) == counts->reports);
    CHECK(scalar(*t.db, u"SELECT count(*) FROM evidence"_s) == counts->evidence);
    CHECK(scalar(*t.db, u"SELECT count(*) FROM conclusion_version"_s) == counts->conclusions);

    // Every value belongs to a body in the block's scope and to an indicator of its methodology.
    core::MethodologyService methodologies(*t.db, *t.audit);
    core::ScoreService scores(t.registry->repository(), methodologies);
    qint64 expectedValues = 0;
    for (int year = 2023; year <= 2024; ++year)
        for (int block = 1; block <= core::BlockCount; ++block) {
            auto m = methodologies.inEffect(block, year);
            REQUIRE(m);
            REQUIRE(*m);
            CHECK((*m)->isApproved());
            auto problems = methodologies.check(**m, true);
            REQUIRE(problems);
            CHECK(problems->empty());
            auto inScope = scores.bodiesInScope(year, block);
            REQUIRE(inScope);
            expectedValues += qint64(inScope->size()) * 3;
        }
    // A few facts are left out on purpose ("no data"); never more than the indicators.
    CHECK(counts->values <= expectedValues);
    CHECK(counts->values > expectedValues * 9 / 10);
    CHECK(scalar(*t.db, u"SELECT count(*) FROM indicator_value v WHERE NOT EXISTS (SELECT 1 FROM indicator i "
                        "JOIN criterion c ON c.id = i.criterion_id JOIN methodology m ON m.id = c.methodology_id "
                        "WHERE m.year = v.year AND m.block = v.block AND i.code = v.indicator_code)"_s)
          == 0);
    // One audit entry names the whole dataset.
    CHECK(scalar(*t.db, u"SELECT count(*) FROM audit WHERE entity = 'generated'"_s) == 1);
}

TEST_CASE("generate: each conclusion's frozen score is the score of the body's values (§47)", "[generator]")
{
    test::TestDatabase t(test::Shipped::Nothing);
    auto options = small(11);
    options.bodies = shippedBodies() + 3;
    core::Generator generator(*t.db, *t.audit);
    REQUIRE(generator.generate(options));

    core::MethodologyService methodologies(*t.db, *t.audit);
    core::ScoreService scores(t.registry->repository(), methodologies);
    core::ScheduleService schedules(*t.db, *t.audit);
    core::EvaluatorService evaluators(t.registry->repository());
    core::ConclusionService conclusions(*t.db, *t.audit, *t.registry, methodologies, scores, evaluators, *t.calendar,
                                        schedules);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(u"SELECT c.body_id, c.year, c.block, v.score, v.content, c.author_id FROM conclusion c "
                   "JOIN conclusion_version v ON v.conclusion_id = c.id"_s));
    int checked = 0;
    while (q.next()) {
        auto s = scores.score(q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt());
        REQUIRE(s);
        REQUIRE(*s);
        const auto frozen = q.value(3);
        CHECK(frozen.isNull() == !(*s)->result.score.has_value());
        if ((*s)->result.score)
            CHECK(frozen.toDouble() == Approx(*(*s)->result.score));
        const auto content =
            core::ConclusionContent::fromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).object());
        REQUIRE(content);
        CHECK(content->lines.size() == 3);
        CHECK(!content->summary.kk.isEmpty());
        // The author the application would choose (§24–40), for the shipped bodies and the akimats.
        auto author = conclusions.authorOf(q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt());
        REQUIRE(author);
        CHECK(author->value_or(0) == q.value(5).toLongLong());
        ++checked;
    }
    CHECK(checked > 0);

    // The conclusions are the application's own: the service finds them, final after the appeal term.
    auto listed = conclusions.conclusions(2024, 1);
    REQUIRE(listed);
    CHECK(!listed->empty());
    for (const core::Conclusion& c : *listed)
        CHECK(c.state == core::ConclusionState::Final); // received in April 2025, objections decided
}

TEST_CASE("generate: the same seed gives the same database, another seed another one", "[generator]")
{
    auto make = [](quint64 seed) {
        test::TestDatabase t(test::Shipped::Nothing);
        auto options = small(seed);
        options.bodies = 60;
        core::Generator generator(*t.db, *t.audit);
        REQUIRE(generator.generate(options));
        return test::databaseState(*t.db);
    };
    const QStringList first = make(3);
    CHECK(make(3) == first);
    CHECK(make(4) != first);
}

TEST_CASE("generate: a database that holds data is refused and left as it was", "[generator]")
{
    test::TestDatabase t; // the shipped registry is loaded
    const QStringList before = test::databaseState(*t.db);
    auto options = small();
    options.bodies = 50;
    core::Generator generator(*t.db, *t.audit);
    CHECK(test::errorOf(generator.generate(options)) == ErrorCode::DatabaseNotEmpty);
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("generate: cancelled midway, nothing is left", "[generator]")
{
    test::TestDatabase t(test::Shipped::Nothing);
    const QStringList before = test::databaseState(*t.db);
    auto options = small();
    options.bodies = 60;
    qint64 last = -1;
    qint64 reportedTotal = 0;
    int calls = 0;
    core::Generator generator(*t.db, *t.audit);
    const auto result = generator.generate(options, [&](qint64 done, qint64 total) {
        CHECK(done >= last); // never backwards
        last = done;
        reportedTotal = total;
        return ++calls < 20;
    });
    CHECK(test::errorOf(result) == ErrorCode::Cancelled);
    CHECK(reportedTotal > 0);
    CHECK(last < reportedTotal);
    CHECK(test::databaseState(*t.db) == before);
}
