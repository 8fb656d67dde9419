// SPDX-License-Identifier: GPL-3.0-or-later
// §52: what a year's publication may show. Confidential conclusions, recommendations and values are
// left out and listed as withheld; unmarking brings them back; each publication is logged.
#include "CommissionTestSupport.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using core::ErrorCode;
using core::WithheldItem;
using test::CommissionFixture;

namespace {

constexpr int Year = CommissionFixture::Year;

const core::PublicBody& bodyOf(const core::PublicData& data, const QString& code)
{
    const auto it = std::find_if(data.bodies.begin(), data.bodies.end(),
                                 [&code](const core::PublicBody& b) { return b.code == code; });
    REQUIRE(it != data.bodies.end());
    return *it;
}

const core::PublicBlock& blockOf(const core::PublicBody& body)
{
    REQUIRE(body.blocks.size() == 1);
    REQUIRE(body.blocks[0].block == CommissionFixture::Block);
    return body.blocks[0];
}

bool hasWithheld(const core::PublicData& data, WithheldItem::Kind kind, const QString& code, int block,
                 const QString& what)
{
    return std::any_of(data.withheld.begin(), data.withheld.end(), [&](const WithheldItem& w) {
        return w.kind == kind && w.bodyCode == code && w.block == block && w.what == what;
    });
}

QStringList lineCodes(const core::PublicBlock& block)
{
    QStringList codes;
    for (const core::ConclusionLine& l : block.lines)
        codes << l.code;
    return codes;
}

QStringList textsEn(const std::vector<core::Recommendation>& recommendations)
{
    QStringList texts;
    for (const core::Recommendation& r : recommendations)
        texts << r.text.en;
    return texts;
}

} // namespace

TEST_CASE("A year's public data leaves out every confidential item and lists it as withheld", "[core][publication]")
{
    CommissionFixture f;
    f.publicationScenario();
    auto data = f.publication.publicData(Year);
    REQUIRE(data);
    CHECK(data->year == Year);
    REQUIRE(data->bodies.size() == 4);

    const auto& gpo = blockOf(bodyOf(*data, u"GPO"_s));
    CHECK_FALSE(gpo.conclusionWithheld);
    CHECK(gpo.summary.kk == CommissionFixture::publicSummaryKk());
    CHECK(gpo.findings.en == u"Public findings"_s);
    CHECK(textsEn(gpo.recommendations) == QStringList{u"Public recommendation"_s});
    CHECK(lineCodes(gpo) == QStringList{u"I1"_s});
    REQUIRE(gpo.score);
    CHECK(gpo.rank == 1);
    CHECK(textsEn(bodyOf(*data, u"GPO"_s).commissionRecommendations) == QStringList{u"Order of the Commission"_s});

    // A confidential conclusion: only its score, rating, rank and change are public.
    const auto& mod = blockOf(bodyOf(*data, u"MOD"_s));
    CHECK(mod.conclusionWithheld);
    REQUIRE(mod.score);
    CHECK(*mod.score == Approx(80));
    CHECK(mod.rating == u"A"_s);
    CHECK(mod.summary == core::Text3{});
    CHECK(mod.findings == core::Text3{});
    CHECK(mod.recommendations.empty());
    CHECK(mod.lines.empty());

    // Without an issued conclusion, a block shows its score only.
    const auto& mia = blockOf(bodyOf(*data, u"MIA"_s));
    CHECK_FALSE(mia.conclusionWithheld);
    CHECK(mia.lines.empty());
    REQUIRE(mia.score);
    CHECK(*mia.score == Approx(60));

    REQUIRE(data->withheld.size() == 4);
    CHECK(hasWithheld(*data, WithheldItem::Kind::Conclusion, u"MOD"_s, 2, u"conclusion"_s));
    CHECK(hasWithheld(*data, WithheldItem::Kind::Recommendation, u"GPO"_s, 2, u"recommendation 2"_s));
    CHECK(hasWithheld(*data, WithheldItem::Kind::Value, u"GPO"_s, 2, u"I2"_s));
    CHECK(hasWithheld(*data, WithheldItem::Kind::Recommendation, u"GPO"_s, 0, u"recommendation 2"_s));
    const auto value = std::find_if(data->withheld.begin(), data->withheld.end(),
                                    [](const WithheldItem& w) { return w.kind == WithheldItem::Kind::Value; });
    CHECK(value->reason == u"state secret"_s);
    CHECK(value->bodyId == f.id(u"GPO"_s));
}

TEST_CASE("Unmarking a conclusion, a recommendation and a value brings them back into the public data",
          "[core][publication]")
{
    CommissionFixture f;
    const auto p = f.publicationScenario();
    auto stored = f.conclusions.recommendations(p.gpoConclusion);
    REQUIRE(stored);
    for (core::Recommendation r : *stored)
        if (r.id == p.secretRecommendation) {
            r.confidential = false;
            REQUIRE(f.conclusions.updateRecommendation(r, u"public now"_s));
        }
    REQUIRE(f.publication.setValueConfidential({Year, 2, f.id(u"GPO"_s), u"I2"_s, {}}, false, u"public now"_s));
    auto orders = f.conclusions.commissionRecommendations(f.id(u"GPO"_s), Year);
    REQUIRE(orders);
    for (core::Recommendation r : *orders)
        if (r.id == p.secretOrder) {
            r.confidential = false;
            REQUIRE(f.conclusions.updateRecommendation(r, u"public now"_s));
        }
    // MOD's conclusion was confidential when issued: unmarked, it is public from its next version.
    auto mod = f.conclusions.conclusion(p.modConclusion);
    REQUIRE(mod);
    REQUIRE(f.conclusions.setTexts(p.modConclusion, mod->summary, mod->findings, false, u"public now"_s));
    auto data = f.publication.publicData(Year);
    REQUIRE(data);
    CHECK(blockOf(bodyOf(*data, u"MOD"_s)).conclusionWithheld);
    REQUIRE(f.conclusions.issue(p.modConclusion, u"no longer confidential"_s, u"public now"_s));

    data = f.publication.publicData(Year);
    REQUIRE(data);
    CHECK(data->withheld.empty());
    const auto& gpo = blockOf(bodyOf(*data, u"GPO"_s));
    CHECK(textsEn(gpo.recommendations) == QStringList{u"Public recommendation"_s, u"Secret recommendation"_s});
    CHECK(lineCodes(gpo) == QStringList{u"I1"_s, u"I2"_s});
    CHECK(bodyOf(*data, u"GPO"_s).commissionRecommendations.size() == 2);
    const auto& modBlock = blockOf(bodyOf(*data, u"MOD"_s));
    CHECK_FALSE(modBlock.conclusionWithheld);
    CHECK(modBlock.summary.en == u"Secret conclusion"_s);
    CHECK(textsEn(modBlock.recommendations) == QStringList{u"Secret recommendation of MOD"_s});
}

TEST_CASE("Values are marked confidential with a reason, listed, unmarked and audited", "[core][publication]")
{
    CommissionFixture f;
    const qint64 gpo = f.id(u"GPO"_s);
    REQUIRE(f.publication.setValueConfidential({Year, 2, gpo, u"I1"_s, u"personal data"_s}, true, u"why"_s));
    auto marked = f.publication.confidentialValues(Year);
    REQUIRE(marked);
    REQUIRE(marked->size() == 1);
    CHECK(marked->front() == core::ConfidentialValue{Year, 2, gpo, u"I1"_s, u"personal data"_s});
    CHECK(f.publication.confidentialValues(Year - 1)->empty());

    // The same mark again writes nothing; a new reason is an update.
    const QStringList before = test::databaseState(*f.t.db);
    REQUIRE(f.publication.setValueConfidential({Year, 2, gpo, u"I1"_s, u"personal data"_s}, true, u"why"_s));
    CHECK(test::databaseState(*f.t.db) == before);
    REQUIRE(f.publication.setValueConfidential({Year, 2, gpo, u"I1"_s, u"state secret"_s}, true, u"why"_s));
    CHECK(f.publication.confidentialValues(Year)->front().reason == u"state secret"_s);
    REQUIRE(f.publication.setValueConfidential({Year, 2, gpo, u"I1"_s, {}}, false, u"public"_s));
    CHECK(f.publication.confidentialValues(Year)->empty());

    auto audit = f.t.audit->forEntity(u"confidential_value"_s, Year);
    REQUIRE(audit);
    REQUIRE(audit->size() == 3);
    CHECK(audit->at(0).action == core::AuditAction::Create);
    CHECK(audit->at(0).newValue == u"personal data"_s);
    CHECK(audit->at(1).action == core::AuditAction::Update);
    CHECK(audit->at(2).action == core::AuditAction::Delete);
    CHECK(audit->at(2).oldValue == u"state secret"_s);
    CHECK(audit->at(2).field == u"block 2, GPO, I1"_s);
    CHECK(audit->at(2).reason == u"public"_s);

    CHECK(test::errorOf(f.publication.setValueConfidential({Year, 4, gpo, u"I1"_s, {}}, true, {}))
          == ErrorCode::InvalidBlock);
    CHECK(test::errorOf(f.publication.setValueConfidential({1999, 2, gpo, u"I1"_s, {}}, true, {}))
          == ErrorCode::InvalidYear);
    CHECK(test::errorOf(f.publication.setValueConfidential({Year, 2, gpo, u" "_s, {}}, true, {}))
          == ErrorCode::UnknownIndicator);
}

TEST_CASE("A publication is logged with its files and what it withheld, and audited", "[core][publication]")
{
    CommissionFixture f;
    f.publicationScenario();
    auto data = f.publication.publicData(Year);
    REQUIRE(data);
    f.at(QDate(Year + 1, 9, 1));
    const std::vector<std::pair<QString, QString>> files{{u"index.html"_s, QString(64, u'a')},
                                                         {u"results.csv"_s, QString(64, u'b')}};
    auto id = f.publication.record(Year, u"/srv/www/2024"_s, files, data->withheld, u"published"_s);
    REQUIRE(id);
    auto logged = f.publication.publications(Year);
    REQUIRE(logged);
    REQUIRE(logged->size() == 1);
    const core::PublicationRecord& p = logged->front();
    CHECK(p.id == *id);
    CHECK(p.year == Year);
    CHECK(p.target == u"/srv/www/2024"_s);
    CHECK(p.publishedBy == u"tester"_s);
    CHECK(p.publishedAt == QDateTime(QDate(Year + 1, 9, 1), QTime(6, 0), Qt::UTC));
    CHECK(p.files == files);
    CHECK(p.withheld == data->withheld);
    CHECK(f.publication.publications(Year - 1)->empty());

    auto audit = f.t.audit->forEntity(u"publication"_s, *id);
    REQUIRE(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->front().action == core::AuditAction::Create);
    CHECK(audit->front().reason == u"published"_s);
    CHECK(audit->front().newValue->contains(u"index.html, results.csv"_s));
    CHECK(audit->front().newValue->contains(u"4 withheld"_s));
    CHECK(test::errorOf(f.publication.record(Year, u" "_s, files, {}, {})) == ErrorCode::EmptyName);
}

TEST_CASE("The kinds of withheld items have stable names", "[core][publication]")
{
    CHECK(core::toString(WithheldItem::Kind::Conclusion) == u"conclusion"_s);
    CHECK(core::toString(WithheldItem::Kind::Recommendation) == u"recommendation"_s);
    CHECK(core::toString(WithheldItem::Kind::Value) == u"value"_s);
}
