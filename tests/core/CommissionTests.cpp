// SPDX-License-Identifier: GPL-3.0-or-later
// §48–51: the Commission's consolidated result of a year (scores from the conclusions, ranks,
// change from last year, §73 alerts) and the stages of a body's year in their order.
#include "CommissionTestSupport.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using core::CommissionStage;
using core::ErrorCode;
using test::CommissionFixture;

namespace {

constexpr int Year = CommissionFixture::Year;

core::Result<core::CommissionResult> resultOf(CommissionFixture& f)
{
    return f.commission.result(Year);
}

} // namespace

TEST_CASE("The Commission's result ranks the bodies of a block and equal scores share a rank", "[core][commission]")
{
    CommissionFixture f;
    f.facts(u"GPO"_s, Year, 80, 40);
    f.facts(u"MOD"_s, Year, 80, 40);
    f.facts(u"MIA"_s, Year, 60, 30);
    // SCD has no values: it is in scope without a score.
    auto r = resultOf(f);
    REQUIRE(r);
    CHECK(r->year == Year);
    REQUIRE(r->rows.size() == 4);
    CHECK(r->rows[0].code == u"GPO"_s);
    CHECK(r->rows[1].code == u"MIA"_s);
    CHECK(r->rows[2].code == u"MOD"_s);
    CHECK(r->rows[3].code == u"SCD"_s);

    const auto& gpo = f.row(*r, u"GPO"_s);
    CHECK(gpo.name.kk == u"Бас прокуратурасы"_s);
    CHECK_FALSE(gpo.blocks[0].inScope);
    CHECK_FALSE(gpo.blocks[2].inScope);
    const auto& b = CommissionFixture::block(gpo);
    CHECK(b.inScope);
    REQUIRE(b.score);
    CHECK(*b.score == Approx(80));
    CHECK_FALSE(b.fromConclusion);
    CHECK(b.rating == u"A"_s);
    CHECK(b.ratingName.kk == u"Жоғары"_s);
    CHECK(b.rank == 1);
    CHECK(CommissionFixture::block(f.row(*r, u"MOD"_s)).rank == 1);
    CHECK(CommissionFixture::block(f.row(*r, u"MIA"_s)).rank == 3);
    CHECK(CommissionFixture::block(f.row(*r, u"MIA"_s)).rating == u"C"_s);
    const auto& scd = CommissionFixture::block(f.row(*r, u"SCD"_s));
    CHECK(scd.inScope);
    CHECK_FALSE(scd.score);
    CHECK_FALSE(scd.rank);
    // No conclusions yet: nothing is final, no stage is set.
    CHECK_FALSE(gpo.conclusionsFinal());
    CHECK_FALSE(gpo.stages[0].isValid());
    CHECK(r->alerts.empty());
}

TEST_CASE("A block's score and last year's come from the issued conclusions when there are any", "[core][commission]")
{
    CommissionFixture f;
    f.facts(u"GPO"_s, Year - 1, 70, 35);
    f.facts(u"MOD"_s, Year - 1, 90, 45);
    f.facts(u"GPO"_s, Year, 80, 40);
    f.facts(u"MOD"_s, Year, 80, 40);
    f.facts(u"MIA"_s, Year, 60, 30);
    f.issue(u"GPO"_s, Year - 1); // frozen at 70
    f.facts(u"GPO"_s, Year - 1, 50, 25); // the data changed later: the conclusion stands
    f.issue(u"GPO"_s, Year); // frozen at 80
    f.facts(u"GPO"_s, Year, 100, 50);
    core::Recommendation order;
    order.bodyId = f.id(u"GPO"_s);
    order.year = Year;
    order.source = core::RecommendationSource::Commission;
    order.order = true;
    order.text = {u"Тапсырма"_s, u"Поручение"_s, u"Order"_s};
    REQUIRE(f.conclusions.addRecommendation(order, u"test"_s));

    auto r = resultOf(f);
    REQUIRE(r);
    const auto& gpo = CommissionFixture::block(f.row(*r, u"GPO"_s));
    CHECK(gpo.fromConclusion);
    CHECK(gpo.version == 1);
    CHECK(gpo.state == core::ConclusionState::Issued);
    REQUIRE(gpo.score);
    CHECK(*gpo.score == Approx(80));
    REQUIRE(gpo.previous);
    CHECK(*gpo.previous == Approx(70));
    REQUIRE(gpo.change);
    CHECK(*gpo.change == Approx(10));
    CHECK(gpo.rank == 1);
    CHECK(f.row(*r, u"GPO"_s).recommendations == 1);
    CHECK(f.row(*r, u"MOD"_s).recommendations == 0);

    const auto& mod = CommissionFixture::block(f.row(*r, u"MOD"_s));
    CHECK_FALSE(mod.fromConclusion);
    CHECK_FALSE(mod.conclusionId);
    CHECK(mod.state == core::ConclusionState::Draft);
    CHECK(*mod.previous == Approx(90));
    CHECK(*mod.change == Approx(-10));
    CHECK(mod.rank == 1);
    const auto& mia = CommissionFixture::block(f.row(*r, u"MIA"_s));
    CHECK_FALSE(mia.previous);
    CHECK_FALSE(mia.change);
}

TEST_CASE("A score that fell two years in a row raises a §73 alert in the Commission's result", "[core][commission]")
{
    CommissionFixture f;
    f.facts(u"GPO"_s, Year - 2, 90, 45);
    f.facts(u"GPO"_s, Year - 1, 80, 40);
    f.facts(u"GPO"_s, Year, 70, 35);
    f.facts(u"MOD"_s, Year - 2, 70, 35);
    f.facts(u"MOD"_s, Year - 1, 60, 30);
    f.facts(u"MOD"_s, Year, 65, 35);
    auto r = resultOf(f);
    REQUIRE(r);
    REQUIRE(r->alerts.size() == 1);
    CHECK(r->alerts[0].code == u"GPO"_s);
    CHECK(r->alerts[0].block == CommissionFixture::Block);
    CHECK(r->alerts[0].name.ru == u"Генеральная прокуратура"_s);
    REQUIRE(r->alerts[0].scores.size() == 3);
    CHECK(r->alerts[0].scores[0] == Approx(90));
    CHECK(r->alerts[0].scores[2] == Approx(70));
    CHECK(CommissionFixture::block(f.row(*r, u"GPO"_s)).alert);
    CHECK_FALSE(CommissionFixture::block(f.row(*r, u"MOD"_s)).alert);
}

TEST_CASE("Conclusions go to the working body only when every block's conclusion is final", "[core][commission]")
{
    CommissionFixture f;
    f.facts(u"GPO"_s, Year, 80, 40);
    const qint64 gpo = f.id(u"GPO"_s);
    const QDate june10(Year + 1, 6, 10);
    const QStringList before = test::databaseState(*f.t.db);
    auto refused = f.commission.setStage(Year, gpo, CommissionStage::ToWorkingBody, june10, u"test"_s);
    CHECK(test::errorOf(refused) == ErrorCode::ConclusionsNotFinal);
    CHECK(refused.error().detail.contains(u"block 2: no conclusion"_s));
    CHECK(test::databaseState(*f.t.db) == before);

    const qint64 conclusion = f.issue(u"GPO"_s, Year);
    refused = f.commission.setStage(Year, gpo, CommissionStage::ToWorkingBody, june10, u"test"_s);
    CHECK(test::errorOf(refused) == ErrorCode::ConclusionsNotFinal);
    CHECK(refused.error().detail.contains(u"block 2: issued"_s));

    // Received: the appeal term still runs the next day.
    REQUIRE(f.conclusions.markReceived(conclusion, QDate(Year + 1, 4, 1), u"test"_s));
    f.at(QDate(Year + 1, 4, 2));
    refused = f.commission.setStage(Year, gpo, CommissionStage::ToWorkingBody, june10, u"test"_s);
    CHECK(test::errorOf(refused) == ErrorCode::ConclusionsNotFinal);
    CHECK(refused.error().detail.contains(u"block 2: received"_s));

    f.at(QDate(Year + 1, 6, 1));
    REQUIRE(f.commission.setStage(Year, gpo, CommissionStage::ToWorkingBody, june10, u"sent"_s));
    auto r = resultOf(f);
    REQUIRE(r);
    const auto& row = f.row(*r, u"GPO"_s);
    CHECK(row.conclusionsFinal());
    CHECK(row.stages[static_cast<std::size_t>(CommissionStage::ToWorkingBody)] == june10);
    CHECK(CommissionFixture::block(row).state == core::ConclusionState::Final);

    // A body that is not evaluated that year has no stages.
    CHECK(test::errorOf(f.commission.setStage(Year, f.id(u"MOA"_s), CommissionStage::ToWorkingBody, june10, {}))
          == ErrorCode::ConclusionOutOfScope);
}

TEST_CASE("The Commission's stages follow one another in order and date and are audited", "[core][commission]")
{
    CommissionFixture f;
    f.facts(u"GPO"_s, Year, 80, 40);
    f.finalConclusion(u"GPO"_s, Year);
    const qint64 gpo = f.id(u"GPO"_s);
    const QDate toWorkingBody(Year + 1, 6, 10);
    const QDate presented(Year + 1, 7, 1);
    const QDate toHead(Year + 1, 7, 15);
    auto set = [&](CommissionStage stage, QDate date) { return f.commission.setStage(Year, gpo, stage, date, u"x"_s); };

    CHECK(test::errorOf(set(CommissionStage::Presented, presented)) == ErrorCode::InvalidDateRange);
    CHECK(test::errorOf(set(CommissionStage::ToHead, toHead)) == ErrorCode::InvalidDateRange);
    REQUIRE(set(CommissionStage::ToWorkingBody, toWorkingBody));
    CHECK(test::errorOf(set(CommissionStage::Presented, toWorkingBody.addDays(-1))) == ErrorCode::InvalidDateRange);
    CHECK(test::errorOf(set(CommissionStage::ToHead, toHead)) == ErrorCode::InvalidDateRange);
    REQUIRE(set(CommissionStage::Presented, presented));
    REQUIRE(set(CommissionStage::ToHead, toHead));
    // An earlier stage cannot move after a later one, nor be cleared under it.
    CHECK(test::errorOf(set(CommissionStage::ToWorkingBody, presented.addDays(1))) == ErrorCode::InvalidDateRange);
    CHECK(test::errorOf(set(CommissionStage::Presented, QDate())) == ErrorCode::InvalidDateRange);
    const QStringList before = test::databaseState(*f.t.db);
    REQUIRE(set(CommissionStage::ToHead, toHead)); // unchanged: nothing written
    CHECK(test::databaseState(*f.t.db) == before);

    auto r = resultOf(f);
    REQUIRE(r);
    const auto& stages = f.row(*r, u"GPO"_s).stages;
    CHECK(stages[0] == toWorkingBody);
    CHECK(stages[1] == presented);
    CHECK(stages[2] == toHead);

    REQUIRE(set(CommissionStage::ToHead, QDate()));
    REQUIRE(set(CommissionStage::Presented, QDate()));
    r = resultOf(f);
    REQUIRE(r);
    CHECK_FALSE(f.row(*r, u"GPO"_s).stages[1].isValid());
    CHECK_FALSE(f.row(*r, u"GPO"_s).stages[2].isValid());

    auto audit = f.t.audit->forEntity(u"commission_stage"_s, Year);
    REQUIRE(audit);
    REQUIRE(audit->size() == 5);
    CHECK(audit->at(0).field == u"to-working-body"_s);
    CHECK(audit->at(0).bodyId == gpo);
    CHECK(audit->at(0).newValue == u"2025-06-10"_s);
    CHECK(audit->at(4).field == u"presented"_s);
    CHECK(audit->at(4).oldValue == u"2025-07-01"_s);
    CHECK_FALSE(audit->at(4).newValue);
}

TEST_CASE("A stage is recorded at once for every body that is ready, and the count says how many", "[core][commission]")
{
    CommissionFixture f;
    for (const QString& code : {u"GPO"_s, u"MOD"_s, u"MIA"_s})
        f.facts(code, Year, 80, 40);
    f.finalConclusion(u"GPO"_s, Year);
    f.finalConclusion(u"MOD"_s, Year);
    f.issue(u"MIA"_s, Year); // issued, never received: not final
    f.at(QDate(Year + 1, 6, 1));
    const QDate june10(Year + 1, 6, 10);
    auto count = f.commission.setStageAll(Year, CommissionStage::ToWorkingBody, june10, u"all"_s);
    REQUIRE(count);
    CHECK(*count == 2);
    count = f.commission.setStageAll(Year, CommissionStage::ToWorkingBody, june10, u"again"_s);
    REQUIRE(count);
    CHECK(*count == 0);
    // Presented before the working body had them: refused for everyone.
    count = f.commission.setStageAll(Year, CommissionStage::Presented, june10.addDays(-1), u"early"_s);
    REQUIRE(count);
    CHECK(*count == 0);
    count = f.commission.setStageAll(Year, CommissionStage::Presented, QDate(Year + 1, 7, 1), u"all"_s);
    REQUIRE(count);
    CHECK(*count == 2);

    auto r = resultOf(f);
    REQUIRE(r);
    CHECK(f.row(*r, u"GPO"_s).stages[1] == QDate(Year + 1, 7, 1));
    CHECK(f.row(*r, u"MOD"_s).stages[1] == QDate(Year + 1, 7, 1));
    CHECK_FALSE(f.row(*r, u"MIA"_s).stages[0].isValid());
    CHECK_FALSE(f.row(*r, u"SCD"_s).stages[0].isValid());
}

TEST_CASE("The Commission's stages have stable names", "[core][commission]")
{
    for (const CommissionStage s :
         {CommissionStage::ToWorkingBody, CommissionStage::Presented, CommissionStage::ToHead})
        CHECK(core::parseCommissionStage(core::toString(s)) == s);
    CHECK(core::toString(CommissionStage::ToWorkingBody) == u"to-working-body"_s);
    CHECK_FALSE(core::parseCommissionStage(u"sent"_s));
}
