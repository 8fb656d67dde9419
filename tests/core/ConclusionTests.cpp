// SPDX-License-Identifier: GPL-3.0-or-later
// §46–47 and §53–55: conclusions — who writes them, frozen versions, the three parts, receipt and the
// objection term, and the treatment of reorganized bodies by the date of their reorganization.
#include "ConclusionTestSupport.h"

#include "support/QtStringMakers.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using core::ErrorCode;

namespace {

int auditCount(core::Database& db, const QString& entity)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT count(*) FROM audit WHERE entity = ?"_s);
    q.addBindValue(entity);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("A goals conclusion is written by the state planning body (§24) and exists once per body, block and year",
          "[core][conclusion]")
{
    test::ConclusionFixture f;
    const qint64 moa = f.id(u"MOA"_s);
    auto id = f.conclusions.create(moa, f.Year, 1, std::nullopt, u"test"_s);
    REQUIRE(id);
    auto c = f.conclusions.conclusion(*id);
    REQUIRE(c);
    CHECK(c->authorId == f.holder(core::Role::StatePlanning));
    CHECK(c->state == core::ConclusionState::Draft);
    CHECK(c->versions == 0);
    CHECK(auditCount(*f.t.db, u"conclusion"_s) == 1);

    auto again = f.conclusions.create(moa, f.Year, 1, std::nullopt, u"test"_s);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::ConclusionExists);
    // The General Prosecutor's Office is evaluated on block 2 only (Appendix 2).
    auto outside = f.conclusions.create(f.id(u"GPO"_s), f.Year, 1, std::nullopt, u"test"_s);
    REQUIRE_FALSE(outside);
    CHECK(outside.error().code == ErrorCode::ConclusionOutOfScope);
    auto wrongPart = f.conclusions.create(moa, f.Year, 1, core::Part::Openness, u"test"_s);
    REQUIRE_FALSE(wrongPart);
    CHECK(wrongPart.error().code == ErrorCode::InvalidBlock);
    CHECK(auditCount(*f.t.db, u"conclusion"_s) == 1);
}

TEST_CASE("An issued version is frozen: changed data do not alter it, and a correction needs its reason",
          "[core][conclusion]")
{
    test::ConclusionFixture f;
    const qint64 moa = f.id(u"MOA"_s);
    f.values(moa, 50);
    auto id = f.conclusions.create(moa, f.Year, 1, std::nullopt, u"test"_s);
    REQUIRE(id);
    auto v1 = f.conclusions.issue(*id, {}, u"test"_s);
    REQUIRE(v1);
    auto first = f.conclusions.version(*v1);
    REQUIRE(first);
    auto live = f.scores.score(moa, f.Year, 1);
    REQUIRE(live);
    REQUIRE(*live);
    CHECK(first->version == 1);
    CHECK(first->content.score == (*live)->result.score);
    REQUIRE(first->content.lines.size() == 4);
    CHECK(first->content.lines.front().code == u"R1"_s);
    CHECK(first->content.lines.front().fact == 50.0);
    CHECK(first->content.lines.front().name.kk == u"қаз Indicator R1"_s);
    CHECK(first->content.authorName.kk.isEmpty() == false);

    f.values(moa, 100);
    auto unchanged = f.conclusions.version(*v1);
    REQUIRE(unchanged);
    CHECK(unchanged->content == first->content);

    auto noReason = f.conclusions.issue(*id, u"  "_s, u"test"_s);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().code == ErrorCode::EmptyName);
    auto v2 = f.conclusions.issue(*id, u"R1 corrected by the body's register"_s, u"test"_s);
    REQUIRE(v2);
    auto second = f.conclusions.version(*v2);
    REQUIRE(second);
    CHECK(second->version == 2);
    CHECK(second->reason == u"R1 corrected by the body's register"_s);
    CHECK(*second->content.score > *first->content.score);
    auto all = f.conclusions.versions(*id);
    REQUIRE(all);
    CHECK(all->size() == 2);
    CHECK(all->front().content.lines.front().fact == 50.0);
}

TEST_CASE("A version holds the three parts of §47: the final report, earlier recommendations with their status, "
          "findings and new recommendations",
          "[core][conclusion]")
{
    test::ConclusionFixture f;
    f.addYear(f.Year - 1);
    const qint64 moa = f.id(u"MOA"_s);
    f.values(moa, 80);
    auto last = f.conclusions.create(moa, f.Year - 1, 1, std::nullopt, u"test"_s);
    REQUIRE(last);
    core::Recommendation given;
    given.conclusionId = *last;
    given.text = {u"Шаралар жоспарын бекіту"_s, u"Утвердить план мероприятий"_s, u"Approve an action plan"_s};
    auto givenId = f.conclusions.addRecommendation(given, u"test"_s);
    REQUIRE(givenId);

    auto id = f.conclusions.create(moa, f.Year, 1, std::nullopt, u"test"_s);
    REQUIRE(id);
    auto earlier = f.conclusions.earlierRecommendations(*id);
    REQUIRE(earlier);
    REQUIRE(earlier->size() == 1);
    CHECK(earlier->front().id == *givenId);
    REQUIRE(f.conclusions.setRecommendationStatus(*givenId, core::RecommendationStatus::Partly,
                                                  {u"Жартылай орындалды"_s, u"Выполнено частично"_s, u"Partly"_s},
                                                  u"test"_s));
    const core::Text3 summary{u"Қорытынды есеп"_s, u"Итоговый отчёт"_s, u"Final report"_s};
    const core::Text3 findings{u"Тұжырымдар"_s, u"Выводы"_s, u"Findings"_s};
    REQUIRE(f.conclusions.setTexts(*id, summary, findings, false, u"test"_s));
    core::Recommendation fresh;
    fresh.conclusionId = *id;
    fresh.text = {u"Деректерді растау"_s, u"Подтверждать данные"_s, u"Confirm the data"_s};
    REQUIRE(f.conclusions.addRecommendation(fresh, u"test"_s));
    core::Recommendation blank;
    blank.conclusionId = *id;
    auto refused = f.conclusions.addRecommendation(blank, u"test"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::EmptyName);
    REQUIRE(f.conclusions.setParticipants(*id, {u"Ахметов Ержан"_s, u"  Бекова   Әйгерім "_s}, u"test"_s));

    auto v = f.conclusions.issue(*id, {}, u"test"_s);
    REQUIRE(v);
    auto version = f.conclusions.version(*v);
    REQUIRE(version);
    const core::ConclusionContent& c = version->content;
    CHECK(c.summary == summary);
    CHECK(c.findings == findings);
    REQUIRE(c.earlier.size() == 1);
    CHECK(c.earlier.front().status == core::RecommendationStatus::Partly);
    CHECK(c.earlier.front().note.ru == u"Выполнено частично"_s);
    REQUIRE(c.recommendations.size() == 1);
    CHECK(c.recommendations.front().text.kk == u"Деректерді растау"_s);
    CHECK(c.participants == std::vector<QString>{u"Ахметов Ержан"_s, u"Бекова Әйгерім"_s});
    // The snapshot reads back exactly as written.
    CHECK(core::ConclusionContent::fromJson(c.toJson()) == c);
}

TEST_CASE("Receipt starts the objection term of 5 working days, counted over the May holidays (§57)",
          "[core][conclusion]")
{
    test::ConclusionFixture f;
    const qint64 moa = f.id(u"MOA"_s);
    // Received Tue 29 Apr 2025: 30 Apr, (1 May holiday), 2, 5, 6, (7 May holiday), 8 May.
    const qint64 id = f.received(moa, QDate(2025, 4, 29));
    auto c = f.conclusions.conclusion(id);
    REQUIRE(c);
    CHECK(c->receivedOn == QDate(2025, 4, 29));
    CHECK(c->sentOn == QDate(2025, 4, 29)); // handed over: sent the same day
    CHECK(c->appealDeadline == QDate(2025, 5, 8));
    // Received Thu 20 Mar 2025: Nauryz 21–23 March falls on Fri–Sun and gives 24 and 25 March off.
    auto overNauryz = f.conclusions.appealDeadline(QDate(2025, 3, 20));
    REQUIRE(overNauryz);
    CHECK(*overNauryz == QDate(2025, 4, 1));

    f.at(QDate(2025, 5, 8));
    auto running = f.conclusions.conclusion(id);
    REQUIRE(running);
    CHECK(running->state == core::ConclusionState::Received);
    f.at(QDate(2025, 5, 9));
    auto over = f.conclusions.conclusion(id);
    REQUIRE(over);
    CHECK(over->state == core::ConclusionState::Final);
}

TEST_CASE("A conclusion is not received before it was sent, and not sent or received before it is issued",
          "[core][conclusion]")
{
    test::ConclusionFixture f;
    const qint64 moa = f.id(u"MOA"_s);
    auto id = f.conclusions.create(moa, f.Year, 1, std::nullopt, u"test"_s);
    REQUIRE(id);
    auto notIssued = f.conclusions.markReceived(*id, QDate(2025, 4, 2), u"test"_s);
    REQUIRE_FALSE(notIssued);
    CHECK(notIssued.error().code == ErrorCode::ConclusionNotIssued);
    f.at(QDate(2025, 3, 30));
    REQUIRE(f.conclusions.issue(*id, {}, u"test"_s));
    REQUIRE(f.conclusions.markSent(*id, QDate(2025, 4, 1), u"test"_s));
    const QStringList before = test::databaseState(*f.t.db);
    auto early = f.conclusions.markReceived(*id, QDate(2025, 3, 31), u"test"_s);
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::InvalidReceipt);
    CHECK(test::databaseState(*f.t.db) == before);
    REQUIRE(f.conclusions.markReceived(*id, QDate(2025, 4, 2), u"test"_s));
    auto c = f.conclusions.conclusion(*id);
    REQUIRE(c);
    CHECK(c->state == core::ConclusionState::Received);
}

TEST_CASE("§53: a body split in the first half of the year is evaluated within its successor and counted in its "
          "final score",
          "[core][conclusion][reorganization]")
{
    test::ConclusionFixture f;
    f.addYear(2022);
    const qint64 mes = f.id(u"MES"_s); // split on 11 June 2022
    const qint64 medu = f.id(u"MEDU"_s); // one of its successors
    f.values(mes, 40, 2022);
    f.values(medu, 100, 2022);

    auto refused = f.conclusions.create(mes, 2022, 1, std::nullopt, u"test"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::EvaluatedWithinSuccessor);
    CHECK(refused.error().detail.contains(u"MEDU"_s));

    auto id = f.conclusions.create(medu, 2022, 1, std::nullopt, u"test"_s);
    REQUIRE(id);
    auto content = f.conclusions.preview(*id);
    REQUIRE(content);
    REQUIRE(content->reorganizations.size() == 1);
    const core::ReorganizationNote& note = content->reorganizations.front();
    CHECK(note.code == u"MES"_s);
    CHECK(note.paragraph == 53);
    CHECK(note.treatment == core::Treatment::WithinSuccessor);
    CHECK(note.date == QDate(2022, 6, 11));
    auto own = f.scores.score(medu, 2022, 1);
    auto predecessor = f.scores.scoreAny(mes, 2022, 1);
    REQUIRE(own);
    REQUIRE(predecessor);
    REQUIRE(*predecessor);
    CHECK(note.score == (*predecessor)->result.score);
    CHECK(content->ownScore == (**own).result.score);
    CHECK(*content->score == Approx((*(**own).result.score + *(*predecessor)->result.score) / 2));
    CHECK(*content->score < *content->ownScore);
}

TEST_CASE("§54: a body split in the second half is analysed, and its recommendations pass to its successors",
          "[core][conclusion][reorganization]")
{
    test::ConclusionFixture f;
    f.addYear(2023);
    const qint64 miid = f.id(u"MIID"_s); // split on 1 September 2023
    const qint64 mot = f.id(u"MOT"_s);
    f.values(miid, 70, 2023);
    auto analysed = f.conclusions.create(miid, 2023, 1, std::nullopt, u"test"_s);
    if (!analysed) {
        // MIID is not on the 2023 list: it ended before the year's end; the analysis is then the
        // successor's note only.
        CHECK(analysed.error().code == ErrorCode::ConclusionOutOfScope);
    } else {
        core::Recommendation rec;
        rec.conclusionId = *analysed;
        rec.text = {u"Көлік саласын талдау"_s, u"Проанализировать транспортную отрасль"_s, u"Analyse transport"_s};
        REQUIRE(f.conclusions.addRecommendation(rec, u"test"_s));
        REQUIRE(f.conclusions.issue(*analysed, {}, u"test"_s));
    }
    auto id = f.conclusions.create(mot, 2023, 1, std::nullopt, u"test"_s);
    REQUIRE(id);
    auto content = f.conclusions.preview(*id);
    REQUIRE(content);
    REQUIRE(content->reorganizations.size() == 1);
    CHECK(content->reorganizations.front().paragraph == 54);
    CHECK(content->reorganizations.front().treatment == core::Treatment::AnalysedForSuccessor);
    // §54 does not count the predecessor into the final score.
    CHECK(content->score == content->ownScore);
    if (analysed) {
        REQUIRE(content->earlier.size() == 1);
        CHECK(content->earlier.front().source == core::RecommendationSource::Reorganization);
        CHECK(content->earlier.front().fromBodyId == miid);
    }
}

TEST_CASE("Starting every conclusion of a year skips those that exist and the bodies evaluated within a successor",
          "[core][conclusion]")
{
    test::ConclusionFixture f;
    auto made = f.conclusions.createAll(f.Year, 1, u"test"_s);
    REQUIRE(made);
    auto inScope = f.scores.bodiesInScope(f.Year, 1);
    REQUIRE(inScope);
    CHECK(*made == static_cast<int>(inScope->size()));
    auto again = f.conclusions.createAll(f.Year, 1, u"test"_s);
    REQUIRE(again);
    CHECK(*again == 0);
    auto list = f.conclusions.conclusions(f.Year, 1);
    REQUIRE(list);
    CHECK(list->size() == inScope->size());
}

TEST_CASE("No conclusion is issued without the block's approved methodology (§19), and receipts stay in order",
          "[core][conclusion]")
{
    test::ConclusionFixture f;
    const qint64 moa = f.id(u"MOA"_s);
    auto draftYear = f.conclusions.create(moa, 2023, 1, std::nullopt, u"test"_s);
    REQUIRE(draftYear);
    auto refused = f.conclusions.issue(*draftYear, {}, u"test"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NoApprovedMethodology);

    const qint64 id = f.received(moa, QDate(2025, 4, 29));
    REQUIRE(f.conclusions.issue(id, u"a correction"_s, u"test"_s));
    // A later version's receipt cannot move the objection term back, nor can a date before the
    // year in which the evaluation is held.
    auto earlier = f.conclusions.markReceived(id, QDate(2025, 4, 20), u"test"_s);
    REQUIRE_FALSE(earlier);
    CHECK(earlier.error().code == ErrorCode::InvalidReceipt);
    auto beforeYear = f.conclusions.markSent(id, QDate(2024, 12, 31), u"test"_s);
    REQUIRE_FALSE(beforeYear);
    CHECK(beforeYear.error().code == ErrorCode::InvalidReceipt);
    REQUIRE(f.conclusions.markReceived(id, QDate(2025, 5, 12), u"test"_s));
    auto c = f.conclusions.conclusion(id);
    REQUIRE(c);
    CHECK(c->receivedOn == QDate(2025, 4, 29));
    CHECK(c->appealDeadline == QDate(2025, 5, 8));
}

TEST_CASE("Writing to the database's own file is recognised through links and its companions", "[core][conclusion]")
{
    test::ConclusionFixture f;
    const QString path = f.t.db->path();
    CHECK(f.t.db->isOwnFile(path));
    CHECK(f.t.db->isOwnFile(path + u"-wal"_s));
    CHECK(f.t.db->isOwnFile(path + u"-journal"_s));
    const QString link = f.t.dir.filePath(u"link.pdf"_s);
    REQUIRE(QFile::link(path, link));
    CHECK(f.t.db->isOwnFile(link));
    CHECK_FALSE(f.t.db->isOwnFile(f.t.dir.filePath(u"report.pdf"_s)));
}
