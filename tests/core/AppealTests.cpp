// SPDX-License-Identifier: GPL-3.0-or-later
// §57–62: objections within 5 working days with documents, special commissions without the
// evaluators, decisions within 15 calendar days, the corrected conclusion and re-scored results,
// complaints after the procedure; refusals change nothing.
#include "ConclusionTestSupport.h"

#include "support/QtStringMakers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using core::ErrorCode;

namespace {

const QDate Received(2025, 4, 29); // last day to object: 8 May 2025 (1 and 7 May are holidays)

core::NewAppeal objection(qint64 conclusion, QDate filed, bool withDocument = true)
{
    core::NewAppeal a;
    a.conclusionId = conclusion;
    a.filedOn = filed;
    a.text = u"Бағалаумен келіспейміз"_s;
    a.items.push_back({0, u"R1"_s, u"The register shows 95"_s, 95.0, std::nullopt, {}, {}, {}});
    if (withDocument)
        a.documents.push_back({u"register.pdf"_s, QByteArray("%PDF-1.4 register extract")});
    return a;
}

struct AppealFixture : test::ConclusionFixture
{
    qint64 moa = id(u"MOA"_s);
    qint64 conclusion = 0;
    qint64 author = holder(core::Role::StatePlanning);

    AppealFixture()
    {
        values(moa, 50);
        conclusion = received(moa, Received);
        REQUIRE(conclusions.setParticipants(conclusion, {u"Ахметов Ержан"_s}, u"test"_s));
    }

    void formCommission()
    {
        REQUIRE(appeals.setCommission(author, Year, QDate(2025, 4, 25),
                                      {{u"Тоқтаров Нұрлан"_s, u"working body"_s, std::nullopt, true},
                                       {u"Исаева Динара"_s, u"lawyer"_s, author, false}},
                                      u"test"_s));
    }
};

} // namespace

TEST_CASE("An objection after the fifth working day is refused with both dates and records nothing (§57)",
          "[core][appeal]")
{
    AppealFixture f;
    const QStringList before = test::databaseState(*f.t.db);
    auto late = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 12)), u"test"_s);
    REQUIRE_FALSE(late);
    CHECK(late.error().code == ErrorCode::AppealLate);
    CHECK(late.error().detail == u"filed 2025-05-12, last day 2025-05-08"_s);
    auto early = f.appeals.file(objection(f.conclusion, QDate(2025, 4, 28)), u"test"_s);
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::AppealTooEarly);
    CHECK(test::databaseState(*f.t.db) == before);

    auto onTheLastDay = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 8)), u"test"_s);
    REQUIRE(onTheLastDay);
    auto a = f.appeals.appeal(*onTheLastDay);
    REQUIRE(a);
    CHECK(a->fileBy == QDate(2025, 5, 8));
    CHECK(a->status == core::AppealStatus::Pending);
    REQUIRE(a->documents.size() == 1);
    CHECK(a->documents.front().sha256.size() == 64);
    auto bytes = f.appeals.documentContent(a->documents.front().id);
    REQUIRE(bytes);
    CHECK(*bytes == QByteArray("%PDF-1.4 register extract"));
    auto c = f.conclusions.conclusion(f.conclusion);
    REQUIRE(c);
    CHECK(c->state == core::ConclusionState::UnderAppeal);
}

TEST_CASE("An objection without supporting documents, without an argument or on an unknown indicator is refused",
          "[core][appeal]")
{
    AppealFixture f;
    const QStringList before = test::databaseState(*f.t.db);
    auto noDocuments = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 2), false), u"test"_s);
    REQUIRE_FALSE(noDocuments);
    CHECK(noDocuments.error().code == ErrorCode::AppealNoDocuments);

    auto unknown = objection(f.conclusion, QDate(2025, 5, 2));
    unknown.items.front().code = u"X9"_s;
    auto refusedUnknown = f.appeals.file(unknown, u"test"_s);
    REQUIRE_FALSE(refusedUnknown);
    CHECK(refusedUnknown.error().code == ErrorCode::UnknownIndicator);

    auto empty = objection(f.conclusion, QDate(2025, 5, 2));
    empty.text.clear();
    empty.items.clear();
    auto refusedEmpty = f.appeals.file(empty, u"test"_s);
    REQUIRE_FALSE(refusedEmpty);
    CHECK(refusedEmpty.error().code == ErrorCode::AppealNoItems);
    CHECK(test::databaseState(*f.t.db) == before);

    REQUIRE(f.appeals.file(objection(f.conclusion, QDate(2025, 5, 2)), u"test"_s));
    auto second = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 5)), u"test"_s);
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::AppealExists);
}

TEST_CASE("The decision is due in 15 calendar days, on the next working day when the last one is a holiday (§60)",
          "[core][appeal]")
{
    test::ConclusionFixture f;
    const qint64 moa = f.id(u"MOA"_s);
    const qint64 mof = f.id(u"MOF"_s);
    f.values(moa, 50);
    f.values(mof, 50);
    const qint64 a = f.received(moa, QDate(2025, 4, 2));
    const qint64 b = f.received(mof, QDate(2025, 4, 21));
    auto first = f.appeals.file(objection(a, QDate(2025, 4, 3)), u"test"_s);
    auto second = f.appeals.file(objection(b, QDate(2025, 4, 22)), u"test"_s);
    REQUIRE(first);
    REQUIRE(second);
    auto list = f.appeals.appeals(f.Year);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).decideBy == QDate(2025, 4, 18));
    CHECK(list->at(1).decideBy == QDate(2025, 5, 8)); // 7 May, Defender's Day, moves it to 8 May
}

TEST_CASE("A special commission: none for the PA, a working-body representative, no one who took part (§59)",
          "[core][appeal][commission]")
{
    AppealFixture f;
    const qint64 pa = f.holder(core::Role::PA);
    const QStringList before = test::databaseState(*f.t.db);
    auto forPa = f.appeals.setCommission(pa, f.Year, QDate(2025, 4, 25),
                                         {{u"Тоқтаров Нұрлан"_s, {}, std::nullopt, true}}, u"test"_s);
    REQUIRE_FALSE(forPa);
    CHECK(forPa.error().code == ErrorCode::SpecialCommissionForPa);
    auto noWorkingBody = f.appeals.setCommission(f.author, f.Year, QDate(2025, 4, 25),
                                                 {{u"Исаева Динара"_s, {}, f.author, false}}, u"test"_s);
    REQUIRE_FALSE(noWorkingBody);
    CHECK(noWorkingBody.error().code == ErrorCode::CommissionNeedsWorkingBody);
    auto evaluator = f.appeals.setCommission(
        f.author, f.Year, QDate(2025, 4, 25),
        {{u"Тоқтаров Нұрлан"_s, {}, std::nullopt, true}, {u" Ахметов  Ержан"_s, {}, f.author, false}}, u"test"_s);
    REQUIRE_FALSE(evaluator);
    CHECK(evaluator.error().code == ErrorCode::CommissionConflict);
    CHECK(evaluator.error().detail == u"Ахметов Ержан"_s);
    CHECK(test::databaseState(*f.t.db) == before);

    f.formCommission();
    auto sc = f.appeals.commission(f.author, f.Year);
    REQUIRE(sc);
    REQUIRE(*sc);
    CHECK((*sc)->members.size() == 2);
    // The other way round: a member cannot then take part in the evaluation.
    auto joined = f.conclusions.setParticipants(f.conclusion, {u"Ахметов Ержан"_s, u"Исаева Динара"_s}, u"test"_s);
    REQUIRE_FALSE(joined);
    CHECK(joined.error().code == ErrorCode::CommissionConflict);
}

TEST_CASE("An accepted objection changes the fact, re-scores and issues a corrected version, the old one kept (§61)",
          "[core][appeal]")
{
    AppealFixture f;
    auto filed = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 2)), u"test"_s);
    REQUIRE(filed);
    auto a = f.appeals.appeal(*filed);
    REQUIRE(a);
    const std::vector<core::ItemDecision> decisions{{a->items.front().id, true, u"confirmed"_s, 95.0}};
    const core::Text3 reason{u"Құжаттар растайды"_s, u"Документы подтверждают"_s, u"The documents confirm it"_s};

    auto withoutCommission = f.appeals.decide(*filed, decisions, reason, QDate(2025, 5, 12), u"test"_s);
    REQUIRE_FALSE(withoutCommission);
    CHECK(withoutCommission.error().code == ErrorCode::NoSpecialCommission);

    f.formCommission();
    auto before = f.scores.score(f.moa, f.Year, 1);
    REQUIRE(before);
    REQUIRE(f.appeals.decide(*filed, decisions, reason, QDate(2025, 5, 12), u"test"_s));
    auto after = f.scores.score(f.moa, f.Year, 1);
    REQUIRE(after);
    CHECK(*(**after).result.score > *(**before).result.score);

    auto decided = f.appeals.appeal(*filed);
    REQUIRE(decided);
    CHECK(decided->status == core::AppealStatus::Accepted);
    CHECK(decided->decidedOn == QDate(2025, 5, 12));
    CHECK_FALSE(decided->decidedLate());
    CHECK(decided->commissionId.has_value());
    CHECK(decided->items.front().oldFact == 50.0);
    CHECK(decided->items.front().newFact == 95.0);
    REQUIRE(decided->correctedVersionId);
    auto versions = f.conclusions.versions(f.conclusion);
    REQUIRE(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).content.lines.front().fact == 50.0);
    CHECK(versions->at(1).id == *decided->correctedVersionId);
    CHECK(versions->at(1).appealId == *filed);
    CHECK(versions->at(1).content.lines.front().fact == 95.0);
    CHECK(versions->at(1).content.lines.front().corrected);
    CHECK(versions->at(1).content.score == (**after).result.score);
    auto c = f.conclusions.conclusion(f.conclusion);
    REQUIRE(c);
    CHECK(c->state == core::ConclusionState::Final);

    // §60: the decision is final.
    auto again = f.appeals.decide(*filed, decisions, reason, QDate(2025, 5, 13), u"test"_s);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AppealDecided);
    auto removed = f.appeals.remove(*filed, u"test"_s);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == ErrorCode::AppealDecided);
}

TEST_CASE("A rejected objection keeps the fact and the version, and a late decision is recorded as late",
          "[core][appeal]")
{
    AppealFixture f;
    f.formCommission();
    auto filed = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 2)), u"test"_s);
    REQUIRE(filed);
    auto a = f.appeals.appeal(*filed);
    REQUIRE(a);
    CHECK(a->decideBy == QDate(2025, 5, 19)); // 17 May is a Saturday
    REQUIRE(f.appeals.decide(*filed, {{a->items.front().id, false, u"not shown"_s, std::nullopt}},
                             {{}, u"Оснований нет"_s, {}}, QDate(2025, 5, 20), u"test"_s));
    auto decided = f.appeals.appeal(*filed);
    REQUIRE(decided);
    CHECK(decided->status == core::AppealStatus::Rejected);
    CHECK(decided->decidedLate());
    CHECK_FALSE(decided->correctedVersionId);
    auto versions = f.conclusions.versions(f.conclusion);
    REQUIRE(versions);
    CHECK(versions->size() == 1);
    auto values = f.methodologies.values(f.Year, 1);
    REQUIRE(values);
    CHECK(values->at(f.moa).at(u"R1"_s).fact == 50.0);
}

TEST_CASE("A complaint is filed within 5 working days after the appeal procedure (§62)", "[core][appeal]")
{
    AppealFixture f;
    f.formCommission();
    auto filed = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 2)), u"test"_s);
    REQUIRE(filed);
    auto a = f.appeals.appeal(*filed);
    REQUIRE(a);
    REQUIRE(f.appeals.decide(*filed, {{a->items.front().id, false, {}, std::nullopt}}, {{}, {}, u"No grounds"_s},
                             QDate(2025, 5, 12), u"test"_s));
    auto term = f.appeals.complaintTerm(f.conclusion);
    REQUIRE(term);
    CHECK(term->first == QDate(2025, 5, 12));
    CHECK(term->second == QDate(2025, 5, 19));

    core::NewAppeal complaint = objection(f.conclusion, QDate(2025, 5, 20), false);
    complaint.kind = core::AppealKind::Complaint;
    auto late = f.appeals.file(complaint, u"test"_s);
    REQUIRE_FALSE(late);
    CHECK(late.error().code == ErrorCode::AppealLate);
    complaint.filedOn = QDate(2025, 5, 9);
    auto early = f.appeals.file(complaint, u"test"_s);
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::AppealTooEarly);
    complaint.filedOn = QDate(2025, 5, 19);
    auto ok = f.appeals.file(complaint, u"test"_s);
    REQUIRE(ok);
    auto list = f.appeals.appeals(f.Year, core::AppealKind::Complaint);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front().fileBy == QDate(2025, 5, 19));
    CHECK_FALSE(list->front().decideBy.isValid());
}

TEST_CASE("A failure while the corrected version is written leaves the database as it was", "[core][appeal]")
{
    AppealFixture f;
    f.formCommission();
    auto filed = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 2)), u"test"_s);
    REQUIRE(filed);
    auto a = f.appeals.appeal(*filed);
    REQUIRE(a);
    QSqlQuery trigger(f.t.db->connection());
    REQUIRE(trigger.exec(u"CREATE TRIGGER injected BEFORE INSERT ON conclusion_version "
                         "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    const QStringList before = test::databaseState(*f.t.db);
    auto failed = f.appeals.decide(*filed, {{a->items.front().id, true, {}, 95.0}}, {{}, {}, u"Accepted"_s},
                                   QDate(2025, 5, 12), u"test"_s);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Database);
    CHECK(test::databaseState(*f.t.db) == before);
}

TEST_CASE("A special commission that decided an appeal keeps its members", "[core][appeal][commission]")
{
    AppealFixture f;
    f.formCommission();
    auto filed = f.appeals.file(objection(f.conclusion, QDate(2025, 5, 2)), u"test"_s);
    REQUIRE(filed);
    auto a = f.appeals.appeal(*filed);
    REQUIRE(a);
    REQUIRE(f.appeals.decide(*filed, {{a->items.front().id, false, {}, std::nullopt}}, {{}, {}, u"No grounds"_s},
                             QDate(2025, 5, 12), u"test"_s));
    auto changed = f.appeals.setCommission(f.author, f.Year, QDate(2025, 5, 13),
                                           {{u"Тоқтаров Нұрлан"_s, {}, std::nullopt, true}}, u"test"_s);
    REQUIRE_FALSE(changed);
    CHECK(changed.error().code == ErrorCode::AppealDecided);
}
