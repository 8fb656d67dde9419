// SPDX-License-Identifier: GPL-3.0-or-later
// The bodies' reporting information (§41): forms from the methodology, inline checks, drafts saved
// as typed, evidence with its hash, the states draft → submitted → returned → resubmitted →
// accepted, timeliness against the schedule's deadline, spreadsheet import all or nothing.
#include "core/Reports.h"

#include "ReportTestSupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using core::ErrorCode;
using core::ReportState;
using Kind = core::EntryProblem::Kind;

namespace {

std::vector<Kind> kindsFor(const std::vector<core::EntryProblem>& problems, const QString& code)
{
    std::vector<Kind> kinds;
    for (const auto& p : problems)
        if (p.code == code)
            kinds.push_back(p.kind);
    return kinds;
}

bool has(const std::vector<Kind>& kinds, Kind kind)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

} // namespace

TEST_CASE("§41 A report form has a line per indicator of the methodology in effect, with last year's values",
          "[core][report]")
{
    test::ReportFixture f;
    REQUIRE(f.methodologies.setValue(2023, 2, f.moa, u"R1"_s, {100, 80, 1}, u"test"_s));
    auto items = f.reports.items(f.key());
    REQUIRE(items);
    REQUIRE(items->size() == 4);
    CHECK(items->at(0).code == u"R1"_s);
    CHECK(items->at(3).code == u"R4"_s);
    CHECK(items->at(0).lastYearFact == 80);
    CHECK(items->at(0).lastYearPlan == 100);
    CHECK_FALSE(items->at(0).value.fact);
    CHECK(items->at(3).value.sourceType == 6); // the methodology's §7 type until the body names one

    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->id == 0);
    CHECK(report->state == ReportState::Draft);
    CHECK(report->deadline == QDate(2025, 2, 14));
    CHECK(report->timeliness == core::Timeliness::Pending);

    // Without a methodology there is no form.
    CHECK(test::errorOf(f.reports.items({f.moa, 2024, 3})) == ErrorCode::NotFound);
}

TEST_CASE("§41 Each line is saved as it is typed and is there after the program is gone", "[core][report]")
{
    test::ReportFixture f;
    auto item = test::ReportFixture::line(u"R1"_s, 95.5);
    item.comment = u"Жоспар орындалды, «ә ғ қ ң ө ұ ү һ і»"_s;
    item.value.sourceType = 2;
    REQUIRE(f.reports.saveItem(f.key(), item, u"typed"_s));

    // Another connection to the same file, as after a crash and a restart.
    core::Database::Options readOnly;
    readOnly.whenLocked = core::Database::WhenLocked::OpenReadOnly;
    auto again = core::Database::open(f.t.db->path(), readOnly);
    REQUIRE(again);
    test::FixedClock clock;
    core::AuditLog audit(**again, clock, u"reader"_s);
    core::RegistryService registry(**again, audit);
    core::MethodologyService methodologies(**again, audit);
    core::ScheduleService schedules(**again, audit);
    core::ScoreService scores(registry.repository(), methodologies);
    core::ReportService reports(**again, audit, methodologies, schedules, scores);
    auto items = reports.items(f.key());
    REQUIRE(items);
    CHECK(items->at(0).value.fact == 95.5);
    CHECK(items->at(0).value.sourceType == 2);
    CHECK(items->at(0).comment == item.comment);
    CHECK(items->at(0).sourceReference == u"Register No. 7"_s);

    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->id != 0);
    CHECK(report->state == ReportState::Draft);
    const auto history = f.reports.history(f.key());
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->front().action == u"created"_s);

    // Each field in the audit, old → new.
    const auto entries = test::auditOf(*f.t.audit, u"report_item"_s, report->id);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].field == u"R1.comment"_s);
    CHECK_FALSE(entries[0].oldValue);
    CHECK(entries[0].newValue == item.comment);

    // Saving the same again changes nothing more.
    const auto before = test::rowCount(*f.t.db, u"audit"_s);
    REQUIRE(f.reports.saveItem(f.key(), item, u"typed"_s));
    CHECK(test::rowCount(*f.t.db, u"audit"_s) == before);
}

TEST_CASE("Bad input to a line is refused and changes nothing", "[core][report]")
{
    test::ReportFixture f;
    const auto state = test::databaseState(*f.t.db);
    CHECK(test::errorOf(f.reports.saveItem(f.key(), test::ReportFixture::line(u"R1"_s, std::nan("")), u"x"_s))
          == ErrorCode::InvalidValue);
    auto badSource = test::ReportFixture::line(u"R1"_s, 5);
    badSource.value.sourceType = 10;
    CHECK(test::errorOf(f.reports.saveItem(f.key(), badSource, u"x"_s)) == ErrorCode::InvalidSourceType);
    CHECK(test::errorOf(f.reports.saveItem(f.key(), test::ReportFixture::line(u"NOPE"_s, 5), u"x"_s))
          == ErrorCode::NotFound);
    // saveItems is all or nothing: the bad line after a good one undoes the good one.
    CHECK(
        test::errorOf(f.reports.saveItems(
            f.key(), {test::ReportFixture::line(u"R1"_s, 5), test::ReportFixture::line(u"R2"_s, std::nan(""))}, u"x"_s))
        == ErrorCode::InvalidValue);
    CHECK(test::databaseState(*f.t.db) == state);
}

TEST_CASE("§41 The form's checks follow the methodology: type, range, required and cross-field rules", "[core][report]")
{
    const core::Methodology m = test::reportMethodology();
    using L = test::ReportFixture;
    auto lines = std::vector<core::ReportItem>{L::line(u"R1"_s, 1200), L::line(u"R2"_s, 0.5), L::line(u"R3"_s, 11),
                                               L::line(u"R4"_s, {})};
    auto problems = core::checkReport(m, lines, false);
    CHECK(has(kindsFor(problems, u"R1"_s), Kind::AboveMaximum));
    CHECK(has(kindsFor(problems, u"R2"_s), Kind::NotYesNo));
    CHECK(has(kindsFor(problems, u"R3"_s), Kind::ExpertAbovePlan));
    CHECK(has(kindsFor(problems, u"R4"_s), Kind::FactMissing));
    CHECK(core::hasErrors(problems));

    // No fact but a comment saying why: not counted, not an error.
    lines[3].comment = u"No data: the register was closed"_s;
    lines[0].value.fact = -1;
    problems = core::checkReport(m, lines, false);
    CHECK(kindsFor(problems, u"R4"_s).empty());
    CHECK(has(kindsFor(problems, u"R1"_s), Kind::BelowMinimum));
    CHECK(has(kindsFor(problems, u"R1"_s), Kind::Negative));

    // A zero plan of a ratio; a missing reference is only a warning.
    lines = {L::line(u"R1"_s, 50, 0, {}), L::line(u"R2"_s, 1), L::line(u"R3"_s, 5), L::line(u"R4"_s, 1)};
    problems = core::checkReport(m, lines, false);
    CHECK(has(kindsFor(problems, u"R1"_s), Kind::PlanNotPositive));
    const auto reference = std::find_if(problems.begin(), problems.end(),
                                        [](const auto& p) { return p.kind == Kind::SourceReferenceMissing; });
    REQUIRE(reference != problems.end());
    CHECK_FALSE(reference->error);

    // Type 7 (expert evaluation) is not a source of the goals block (§7).
    core::Methodology goals = test::reportMethodology(2024, 1);
    lines = {L::line(u"R1"_s, 50), L::line(u"R2"_s, 1), L::line(u"R3"_s, 5), L::line(u"R4"_s, 1)};
    lines[0].value.sourceType = 7;
    CHECK(has(kindsFor(core::checkReport(goals, lines, false), u"R1"_s), Kind::SourceTypeNotAllowed));
    CHECK(kindsFor(core::checkReport(m, lines, false), u"R1"_s).empty());

    // A big change from last year without a comment is a warning.
    lines[0].lastYearFact = 20;
    auto large = kindsFor(core::checkReport(m, lines, false), u"R1"_s);
    CHECK(has(large, Kind::LargeChange));
    lines[0].comment = u"A new register"_s;
    CHECK_FALSE(has(kindsFor(core::checkReport(m, lines, false), u"R1"_s), Kind::LargeChange));

    // A remark of a returned report needs an answer.
    lines[1].remark = u"Show the act"_s;
    CHECK(has(kindsFor(core::checkReport(m, lines, true), u"R2"_s), Kind::RemarkUnanswered));
    CHECK_FALSE(has(kindsFor(core::checkReport(m, lines, false), u"R2"_s), Kind::RemarkUnanswered));
    lines[1].answer = u"Attached"_s;
    CHECK_FALSE(has(kindsFor(core::checkReport(m, lines, true), u"R2"_s), Kind::RemarkUnanswered));
}

TEST_CASE("§41 A report with errors cannot be submitted — a submitted one is locked", "[core][report]")
{
    test::ReportFixture f;
    REQUIRE(f.reports.saveItem(f.key(), test::ReportFixture::line(u"R1"_s, 90), u"x"_s));
    const auto state = test::databaseState(*f.t.db);
    const auto refused = f.reports.submit(f.key(), u"x"_s);
    CHECK(test::errorOf(refused) == ErrorCode::ReportHasErrors);
    CHECK(refused.error().detail.contains(u"R2 fact-missing"_s));
    CHECK(test::databaseState(*f.t.db) == state);

    f.fillValid();
    REQUIRE(f.reports.submit(f.key(), u"x"_s));
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Submitted);
    CHECK(report->revision == 1);
    CHECK(core::isLocked(report->state));
    CHECK(report->timeliness == core::Timeliness::OnTime);
    CHECK(test::errorOf(f.reports.saveItem(f.key(), test::ReportFixture::line(u"R1"_s, 91), u"x"_s))
          == ErrorCode::ReportLocked);
    CHECK(test::errorOf(f.reports.addEvidence(f.key(), u"R1"_s, u"act.pdf"_s, "%PDF", u"x"_s))
          == ErrorCode::ReportLocked);
    CHECK(test::errorOf(f.reports.submit(f.key(), u"x"_s)) == ErrorCode::ReportWrongState);
}

TEST_CASE("§41 Returned with remarks, answered, resubmitted and accepted", "[core][report]")
{
    test::ReportFixture f;
    f.fillValid();
    CHECK(test::errorOf(f.reports.returnForRevision(f.key(), u"Why"_s, {}, u"x"_s)) == ErrorCode::ReportWrongState);
    CHECK(test::errorOf(f.reports.accept(f.key(), u"x"_s)) == ErrorCode::ReportWrongState);
    REQUIRE(f.reports.submit(f.key(), u"x"_s));
    CHECK(test::errorOf(f.reports.returnForRevision(f.key(), u"  "_s, {}, u"x"_s)) == ErrorCode::EmptyName);
    REQUIRE(f.reports.returnForRevision(f.key(), u"Сілтемелер толық емес"_s,
                                        {{u"R1"_s, u"Attach the register extract"_s}}, u"review"_s));
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Returned);
    CHECK(report->returnReason == u"Сілтемелер толық емес"_s);
    CHECK_FALSE(core::isLocked(report->state));
    auto items = f.reports.items(f.key());
    REQUIRE(items);
    CHECK(items->at(0).remark == u"Attach the register extract"_s);

    // The remark must be answered before the report goes again.
    CHECK(test::errorOf(f.reports.submit(f.key(), u"x"_s)) == ErrorCode::ReportHasErrors);
    auto answered = items->at(0);
    answered.answer = u"Extract attached"_s;
    REQUIRE(f.reports.saveItem(f.key(), answered, u"x"_s));
    REQUIRE(f.reports.submit(f.key(), u"x"_s));
    report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Resubmitted);
    CHECK(report->revision == 2);

    REQUIRE(f.reports.accept(f.key(), u"ok"_s));
    report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Accepted);
    CHECK(core::isLocked(report->state));
    const auto history = f.reports.history(f.key());
    REQUIRE(history);
    std::vector<QString> actions;
    for (const auto& e : *history)
        actions.push_back(e.action);
    CHECK(actions
          == std::vector<QString>{u"created"_s, u"submitted"_s, u"returned"_s, u"resubmitted"_s, u"accepted"_s});
}

TEST_CASE("§41 On time, late and locked are separate facts", "[core][report]")
{
    test::ReportFixture f;
    f.fillValid();
    f.at(QDate(2025, 2, 20)); // six days after the deadline
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->timeliness == core::Timeliness::Overdue);
    CHECK(report->daysLate == 6);
    REQUIRE(f.reports.submit(f.key(), u"x"_s));
    report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->timeliness == core::Timeliness::Late);
    CHECK(report->daysLate == 6);
    CHECK(report->state == ReportState::Submitted);
    // Returned and resubmitted later, it stays late by its first submission.
    REQUIRE(f.reports.returnForRevision(f.key(), u"Check R1"_s, {}, u"x"_s));
    report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->timeliness == core::Timeliness::Late);
    CHECK_FALSE(core::isLocked(report->state));

    // The deadline day itself is on time.
    core::Report onTheDay;
    onTheDay.firstSubmittedAt = QDateTime(QDate(2025, 2, 14), QTime(12, 0), Qt::UTC);
    CHECK(core::timelinessOf(onTheDay, QDate(2025, 2, 14), QDate(2025, 3, 1)) == core::Timeliness::OnTime);
    CHECK(core::timelinessOf(core::Report{}, QDate(), QDate(2025, 3, 1)) == core::Timeliness::NoDeadline);
}

TEST_CASE("§41 Evidence is stored with its SHA-256, once per content, and checked when read", "[core][report]")
{
    test::ReportFixture f;
    const QByteArray content("%PDF-1.4\0act of 12 March"_ba);
    auto id = f.reports.addEvidence(f.key(), u"R1"_s, u"/home/user/Акт № 12.pdf"_s, content, u"x"_s);
    REQUIRE(id);
    auto info = f.reports.evidenceInfo(*id);
    REQUIRE(info);
    CHECK(info->fileName == u"Акт № 12.pdf"_s);
    CHECK(info->sha256 == core::sha256Hex(content));
    CHECK(info->size == content.size());
    CHECK(f.reports.evidenceContent(*id) == content);
    // The same content again is the same evidence.
    CHECK(f.reports.addEvidence(f.key(), u"R1"_s, u"copy.pdf"_s, content, u"x"_s) == *id);
    auto items = f.reports.items(f.key());
    REQUIRE(items);
    CHECK(items->at(0).evidence.size() == 1);

    CHECK(test::errorOf(f.reports.addEvidence(f.key(), u"R1"_s, u"big.bin"_s,
                                              QByteArray(core::ReportService::MaxEvidenceBytes + 1, 'x'), u"x"_s))
          == ErrorCode::EvidenceTooLarge);

    // A stored file changed behind the application's back is reported, not handed out.
    QSqlQuery q(f.t.db->connection());
    REQUIRE(q.exec(u"UPDATE evidence SET content = X'00'"_s));
    CHECK(test::errorOf(f.reports.evidenceContent(*id)) == ErrorCode::EvidenceDamaged);

    REQUIRE(f.reports.removeEvidence(*id, u"x"_s));
    CHECK(test::errorOf(f.reports.evidenceInfo(*id)) == ErrorCode::NotFound);
}

TEST_CASE("A spreadsheet is imported whole, or every bad row is reported with its line and nothing is written",
          "[core][report][csv]")
{
    test::ReportFixture f;
    const auto state = test::databaseState(*f.t.db);
    CHECK(test::errorOf(f.reports.importCsv(f.moa, 2024, u"indicator,fact\nR1,5\n"_s, u"x"_s))
          == ErrorCode::CsvInvalid);
    const QString bad = u"block,indicator,plan,fact,comment,source_type\n"
                        "2,R1,100,95,,1\n"
                        "4,R1,,1,,\n"
                        "2,R9,,1,,\n"
                        "2,R2,,yes,,\n"
                        "2,R3,,5,,7\n"
                        "2,R1,,96,,\n"
                        "2,R4,,1\n"_s;
    const auto refused = f.reports.importCsv(f.moa, 2024, bad, u"x"_s);
    REQUIRE(test::errorOf(refused) == ErrorCode::CsvInvalid);
    const QStringList lines = refused.error().detail.split(u'\n');
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(u"line 3: block"_s));
    CHECK(lines[1].startsWith(u"line 4: block 2 has no indicator"_s));
    CHECK(lines[2].startsWith(u"line 5: fact"_s));
    CHECK(lines[3].startsWith(u"line 7: indicator R1 of block 2 appears twice"_s));
    CHECK(lines[4].startsWith(u"line 8: expected 6 fields"_s));
    CHECK(test::databaseState(*f.t.db) == state);

    const QString good = u"\xFEFF"
                         "Block,Indicator,Plan,Fact,Comment,Source_type\r\n"
                         "2,R1,100,\"1 234,5\",\"Орындалды, толық\",2\r\n"
                         "2,R2,,1,,\r\n"
                         "\r\n"
                         "2,R4,,,\"No data:\nthe register closed\",\r\n"_s;
    auto saved = f.reports.importCsv(f.moa, 2024, good, u"x"_s);
    REQUIRE(saved);
    CHECK(*saved == 3);
    auto items = f.reports.items(f.key());
    REQUIRE(items);
    CHECK(items->at(0).value.fact == 1234.5);
    CHECK(items->at(0).value.plan == 100);
    CHECK(items->at(0).value.sourceType == 2);
    CHECK(items->at(0).comment == u"Орындалды, толық"_s);
    CHECK(items->at(3).comment == u"No data:\nthe register closed"_s);

    // Rows of a submitted report are bad rows.
    f.fillValid();
    REQUIRE(f.reports.submit(f.key(), u"x"_s));
    const auto locked =
        f.reports.importCsv(f.moa, 2024, u"block,indicator,plan,fact,comment,source_type\n2,R1,,5,,\n"_s, u"x"_s);
    CHECK(test::errorOf(locked) == ErrorCode::CsvInvalid);
    CHECK(locked.error().detail.contains(u"locked"_s));
}

TEST_CASE("The year's overview lists every body in scope with its report's state and counts", "[core][report]")
{
    test::ReportFixture f;
    f.fillValid();
    REQUIRE(f.reports.submit(f.key(), u"x"_s));
    auto overview = f.reports.overview(2024);
    REQUIRE(overview);
    CHECK(overview->size() > 20); // every evaluated body with block 2 in its scope
    const auto moa = std::find_if(overview->begin(), overview->end(),
                                  [](const core::ReportSummary& s) { return s.bodyCode == u"MOA"_s; });
    REQUIRE(moa != overview->end());
    CHECK(moa->report.state == ReportState::Submitted);
    CHECK(moa->filled == 4);
    CHECK(moa->lines == 4);
    CHECK(moa->errors == 0);
    const auto other = std::find_if(overview->begin(), overview->end(),
                                    [](const core::ReportSummary& s) { return s.bodyCode == u"MOF"_s; });
    REQUIRE(other != overview->end());
    CHECK(other->report.state == ReportState::Draft);
    CHECK(other->filled == 0);
    CHECK(other->errors == 4);
    auto one = f.reports.overview(2024, f.moa);
    REQUIRE(one);
    CHECK(one->size() == 1);
}
