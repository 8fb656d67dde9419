// SPDX-License-Identifier: GPL-3.0-or-later
// The round trip between the analyst and a body's workstation: template → offline entry → signed
// report package → import; every refusal leaves the analyst's database as it was (issue 5).
#include "core/Package.h"
#include "core/Signing.h"

#include "ReportTestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using core::ErrorCode;
using core::ReportState;

namespace {

/// A body's workstation: its own database made from a template.
struct Workstation
{
    test::TestDatabase t{test::Shipped::Nothing};
    core::MethodologyService methodologies{*t.db, *t.audit};
    core::ScheduleService schedules{*t.db, *t.audit};
    core::ScoreService scores{t.registry->repository(), methodologies};
    core::ReportService reports{*t.db, *t.audit, methodologies, schedules, scores};
    core::PackageService packages{*t.db, *t.audit, *t.registry, methodologies, schedules, reports};

    explicit Workstation(const QByteArray& templateFile)
    {
        t.clock.set(QDateTime(QDate(2025, 2, 3), QTime(9, 0), Qt::UTC));
        auto info = packages.initWorkstation(templateFile, u"init"_s);
        REQUIRE(info);
    }

    [[nodiscard]] core::ReportKey key() const
    {
        auto info = packages.workstation();
        REQUIRE(info);
        REQUIRE(*info);
        return {(**info).bodyId, (**info).year, 2};
    }

    /// Fills block 2 without errors, attaches evidence and submits; returns the package.
    QByteArray submitAndExport()
    {
        REQUIRE(reports.saveItems(key(),
                                  {test::ReportFixture::line(u"R1"_s, 90), test::ReportFixture::line(u"R2"_s, 1),
                                   test::ReportFixture::line(u"R3"_s, 8), test::ReportFixture::line(u"R4"_s, 2)},
                                  u"entry"_s));
        REQUIRE(reports.addEvidence(key(), u"R1"_s, u"Тізілім.pdf"_s, QByteArray("%PDF\0register", 13), u"entry"_s));
        REQUIRE(reports.submit(key(), u"submit"_s));
        auto file = packages.exportReport(u"export"_s);
        REQUIRE(file);
        return *file;
    }
};

QByteArray issue(test::ReportFixture& f, qint64 body)
{
    auto file = f.packages.issueTemplate(body, test::ReportFixture::Year, u"issue"_s);
    REQUIRE(file);
    return *file;
}

} // namespace

TEST_CASE("A template makes a body's workstation with its methodology, schedule and last year's values",
          "[core][package][workstation]")
{
    test::ReportFixture f;
    REQUIRE(f.methodologies.setValue(2023, 2, f.moa, u"R1"_s, {100, 77, 1}, u"test"_s));
    const QByteArray templateFile = issue(f, f.moa);
    auto keys = f.packages.bodyKeys(f.moa);
    REQUIRE(keys);
    REQUIRE(keys->size() == 1);
    CHECK(keys->front().expiresOn == QDate(2025, 12, 31));
    auto templates = f.packages.templates(2024);
    REQUIRE(templates);
    REQUIRE(templates->size() == 1);
    CHECK(templates->front().blocks == std::vector<int>{2});

    Workstation ws(templateFile);
    auto info = ws.packages.workstation();
    REQUIRE(info);
    REQUIRE(*info);
    CHECK((**info).bodyCode == u"MOA"_s);
    CHECK((**info).year == 2024);
    CHECK((**info).publicKey == keys->front().publicKey);
    // Only its own body: the registry does not come along.
    CHECK(test::rowCount(*ws.t.db, u"body"_s) == 1);
    auto m = ws.methodologies.inEffect(2, 2024);
    REQUIRE(m);
    REQUIRE(*m);
    CHECK((**m).isApproved());
    CHECK((**m).sameContent(test::reportMethodology()));
    auto items = ws.reports.items(ws.key());
    REQUIRE(items);
    CHECK(items->at(0).lastYearFact == 77);
    auto report = ws.reports.report(ws.key());
    REQUIRE(report);
    CHECK(report->deadline == QDate(2025, 2, 14));
    CHECK(test::rowCount(*ws.t.db, u"calendar_rule"_s) > 0);

    // Made once, in an empty database only; a template is not a report.
    CHECK(test::errorOf(ws.packages.initWorkstation(templateFile, u"again"_s)) == ErrorCode::WorkstationNotEmpty);
    CHECK(test::errorOf(f.packages.importReport(templateFile, true, u"x"_s)) == ErrorCode::PackageWrongKind);
    CHECK(test::errorOf(ws.packages.exportReport(u"x"_s)) == ErrorCode::NothingSubmitted);
    CHECK(test::errorOf(f.packages.exportReport(u"x"_s)) == ErrorCode::NotAWorkstation);
}

TEST_CASE("§41 A report filled offline arrives at the analyst's forms, signed, with evidence and history",
          "[core][package]")
{
    test::ReportFixture f;
    Workstation ws(issue(f, f.moa));
    const QByteArray file = ws.submitAndExport();

    f.at(QDate(2025, 2, 10));
    const auto before = test::databaseState(*f.t.db);
    auto preview = f.packages.importReport(file, true, u"dry run"_s);
    REQUIRE(preview);
    CHECK(test::databaseState(*f.t.db) == before);
    CHECK_FALSE(preview->alreadyImported);
    CHECK(preview->header.body == u"MOA"_s);
    CHECK(preview->header.sequence == 1);
    const auto fact = std::find_if(preview->changes.begin(), preview->changes.end(),
                                   [](const auto& c) { return c.code == u"R1"_s && c.field == u"fact"_s; });
    REQUIRE(fact != preview->changes.end());
    CHECK(fact->newValue == u"90"_s);
    CHECK(std::any_of(preview->changes.begin(), preview->changes.end(),
                      [](const auto& c) { return c.kind == core::PackageChange::Kind::Evidence; }));
    CHECK(preview->lateBlocks.empty());

    auto imported = f.packages.importReport(file, false, u"import"_s);
    REQUIRE(imported);
    auto items = f.reports.items(f.key());
    REQUIRE(items);
    auto wsItems = ws.reports.items(ws.key());
    REQUIRE(wsItems);
    for (std::size_t i = 0; i < items->size(); ++i) {
        CHECK(items->at(i).value.fact == wsItems->at(i).value.fact);
        CHECK(items->at(i).sourceReference == wsItems->at(i).sourceReference);
    }
    REQUIRE(items->at(0).evidence.size() == 1);
    CHECK(items->at(0).evidence.front().sha256 == wsItems->at(0).evidence.front().sha256);
    CHECK(f.reports.evidenceContent(items->at(0).evidence.front().id) == QByteArray("%PDF\0register", 13));
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Submitted);
    CHECK(report->revision == 1);
    CHECK(report->timeliness == core::Timeliness::OnTime);
    auto history = f.reports.history(f.key());
    REQUIRE(history);
    CHECK(std::any_of(history->begin(), history->end(), [](const auto& e) { return e.action == u"submitted"_s; }));
    CHECK(history->back().action == u"imported"_s);
    // The scores use the imported values at once.
    auto score = f.scores.score(f.moa, 2024, 2);
    REQUIRE(score);
    REQUIRE(*score);
    CHECK((**score).result.score > 0);

    // The same file again changes nothing.
    const auto after = test::databaseState(*f.t.db);
    auto again = f.packages.importReport(file, false, u"again"_s);
    REQUIRE(again);
    CHECK(again->alreadyImported);
    CHECK(test::databaseState(*f.t.db) == after);
}

TEST_CASE("§41 A package received after the deadline is late at the analyst's side", "[core][package]")
{
    test::ReportFixture f;
    Workstation ws(issue(f, f.moa));
    const QByteArray file = ws.submitAndExport(); // submitted on time at the body, on 3 February
    f.at(QDate(2025, 2, 19));
    auto imported = f.packages.importReport(file, false, u"import"_s);
    REQUIRE(imported);
    CHECK(imported->lateBlocks == std::vector<int>{2});
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->timeliness == core::Timeliness::Late);
    CHECK(report->daysLate == 5);
}

TEST_CASE("§41 Return for revision goes to the workstation — the newer package supersedes, an older never overwrites",
          "[core][package]")
{
    test::ReportFixture f;
    Workstation ws(issue(f, f.moa));
    const QByteArray first = ws.submitAndExport();
    REQUIRE(f.packages.importReport(first, false, u"import"_s));

    auto returned =
        f.packages.returnPackage(f.key(), u"R1 needs the extract"_s, {{u"R1"_s, u"Attach page 2"_s}}, u"review"_s);
    REQUIRE(returned);
    auto preview = ws.packages.importReturn(*returned, true, u"x"_s);
    REQUIRE(preview);
    CHECK(std::any_of(preview->changes.begin(), preview->changes.end(),
                      [](const auto& c) { return c.kind == core::PackageChange::Kind::Remark; }));
    REQUIRE(ws.packages.importReturn(*returned, false, u"x"_s));
    auto wsReport = ws.reports.report(ws.key());
    REQUIRE(wsReport);
    CHECK(wsReport->state == ReportState::Returned);
    CHECK(wsReport->returnReason == u"R1 needs the extract"_s);
    auto again = ws.packages.importReturn(*returned, false, u"x"_s);
    REQUIRE(again);
    CHECK(again->alreadyImported);

    auto items = ws.reports.items(ws.key());
    REQUIRE(items);
    CHECK(items->at(0).remark == u"Attach page 2"_s);
    auto answered = items->at(0);
    answered.answer = u"Page 2 attached"_s;
    answered.value.fact = 92;
    REQUIRE(ws.reports.saveItem(ws.key(), answered, u"x"_s));
    REQUIRE(ws.reports.submit(ws.key(), u"x"_s));
    auto second = ws.packages.exportReport(u"x"_s);
    REQUIRE(second);
    auto third = ws.packages.exportReport(u"x"_s); // exported again: the same content, number 3
    REQUIRE(third);

    REQUIRE(f.packages.importReport(*third, false, u"import"_s));
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Resubmitted);
    CHECK(report->revision == 2);
    auto analystItems = f.reports.items(f.key());
    REQUIRE(analystItems);
    CHECK(analystItems->at(0).value.fact == 92);
    CHECK(analystItems->at(0).answer == u"Page 2 attached"_s);
    auto history = f.packages.importedPackages(2024);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).supersededBy == history->at(1).id);
    CHECK_FALSE(history->at(1).supersededBy);
    CHECK(history->at(1).sequence == 3);
    CHECK(f.packages.importedContent(history->at(0).id) == first);

    // An older package than the newest imported never overwrites it; the first one again changes nothing.
    const auto state = test::databaseState(*f.t.db);
    const auto older = f.packages.importReport(*second, false, u"x"_s);
    CHECK(test::errorOf(older) == ErrorCode::PackageOlder);
    CHECK(older.error().detail.contains(u"2 is older than package 3"_s));
    auto firstAgain = f.packages.importReport(first, false, u"x"_s);
    REQUIRE(firstAgain);
    CHECK(firstAgain->alreadyImported);
    CHECK(test::databaseState(*f.t.db) == state);
}

namespace {

/// The body's secret key, as its template carries it.
QByteArray secretKeyIn(const QByteArray& templateFile)
{
    auto pkg = core::readPackage(templateFile);
    REQUIRE(pkg);
    auto payload = core::templatePayload(pkg->payload);
    REQUIRE(payload);
    return payload->secretKey;
}

/// `file` re-signed with `secretKey` after `change` edits its header and payload.
QByteArray resigned(const QByteArray& file, const QByteArray& secretKey,
                    const std::function<void(core::PackageHeader&, core::ReportPayload&)>& change)
{
    auto pkg = core::readPackage(file);
    REQUIRE(pkg);
    auto payload = core::reportPayload(pkg->payload);
    REQUIRE(payload);
    core::PackageHeader header = pkg->header;
    change(header, *payload);
    auto out = core::writePackage(header, core::toJson(*payload), secretKey);
    REQUIRE(out);
    return *out;
}

} // namespace

TEST_CASE("Every refusal of a report package says why and leaves the database untouched", "[core][package]")
{
    test::ReportFixture f;
    const QByteArray moaTemplate = issue(f, f.moa);
    const QByteArray mofTemplate = issue(f, f.t.idOf(u"MOF"_s));
    Workstation ws(moaTemplate);
    const QByteArray file = ws.submitAndExport();
    const auto state = test::databaseState(*f.t.db);
    auto refusal = [&](const QByteArray& bytes) {
        auto r = f.packages.importReport(bytes, false, u"x"_s);
        REQUIRE_FALSE(r);
        return r.error().code;
    };

    SECTION("a flipped byte anywhere")
    {
        for (qsizetype i = 0; i < file.size(); ++i) {
            QByteArray bad = file;
            bad[i] = static_cast<char>(bad[i] ^ 0x01);
            INFO("byte " << i);
            const ErrorCode code = refusal(bad);
            CHECK((code == ErrorCode::PackageTampered || code == ErrorCode::PackageDamaged
                   || code == ErrorCode::NotAPackage || code == ErrorCode::PackageTruncated
                   || code == ErrorCode::PackageNewerFormat));
        }
        // A change inside the payload is tampering.
        QByteArray bad = file;
        const qsizetype at = bad.indexOf("\"fact\":90");
        REQUIRE(at > 0);
        bad[at + 7] = '8';
        CHECK(refusal(bad) == ErrorCode::PackageTampered);
    }
    SECTION("truncated, not a package, a newer format")
    {
        CHECK(refusal(file.left(file.size() - 100)) == ErrorCode::PackageTruncated);
        CHECK(refusal(file.left(file.size() / 2)) == ErrorCode::PackageTruncated);
        CHECK(refusal(QByteArray()) == ErrorCode::NotAPackage);
        QFile db(f.t.db->path());
        REQUIRE(db.open(QIODevice::ReadOnly));
        CHECK(refusal(db.read(4096)) == ErrorCode::NotAPackage);
        QByteArray newer = file;
        newer.replace("BAGALAU-PACKAGE/1\n", "BAGALAU-PACKAGE/2\n");
        CHECK(refusal(newer) == ErrorCode::PackageNewerFormat);
    }
    SECTION("signed by another body")
    {
        const QByteArray forged = resigned(file, secretKeyIn(mofTemplate), [](auto&, auto&) {});
        const auto r = f.packages.importReport(forged, false, u"x"_s);
        CHECK(test::errorOf(r) == ErrorCode::PackageWrongSigner);
        CHECK(r.error().detail.contains(u"MOF"_s));
        // A key nobody registered.
        auto stranger = core::signing::generateKeyPair();
        REQUIRE(stranger);
        CHECK(refusal(resigned(file, stranger->secretKey, [](auto&, auto&) {})) == ErrorCode::PackageWrongSigner);
    }
    SECTION("the body's own key, but not the template's year or blocks")
    {
        const QByteArray key = secretKeyIn(moaTemplate);
        CHECK(refusal(resigned(file, key, [](core::PackageHeader& h, auto&) { h.year = 2023; }))
              == ErrorCode::PackageMismatch);
        CHECK(refusal(resigned(file, key,
                               [](core::PackageHeader& h, core::ReportPayload& p) {
                                   h.blocks = {3};
                                   p.reports.front().block = 3;
                               }))
              == ErrorCode::PackageMismatch);
        CHECK(refusal(resigned(file, key,
                               [](auto&, core::ReportPayload& p) {
                                   p.templateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                               }))
              == ErrorCode::PackageMismatch);
    }
    SECTION("an expired key, or one replaced by a newer template")
    {
        f.at(QDate(2026, 1, 1));
        const auto expired = f.packages.importReport(file, false, u"x"_s);
        CHECK(test::errorOf(expired) == ErrorCode::PackageKeyExpired);
        CHECK(expired.error().detail.contains(u"2025-12-31"_s));
        f.at(QDate(2025, 2, 10));
        REQUIRE(f.packages.issueTemplate(f.moa, 2024, u"reissued"_s)); // revokes the first key
        const auto state2 = test::databaseState(*f.t.db);
        CHECK(refusal(file) == ErrorCode::PackageKeyExpired);
        CHECK(test::databaseState(*f.t.db) == state2);
        return;
    }
    SECTION("a failure in the middle of the import rolls everything back")
    {
        // As if the machine stopped between the values and the history: SQLite aborts the statement
        // and the transaction is rolled back.
        QSqlQuery q(f.t.db->connection());
        REQUIRE(q.exec(u"CREATE TEMP TRIGGER crash BEFORE INSERT ON report_event WHEN NEW.action = 'imported' "
                       "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"_s));
        CHECK(refusal(file) == ErrorCode::Database);
        REQUIRE(q.exec(u"DROP TRIGGER crash"_s));
    }
    CHECK(test::databaseState(*f.t.db) == state);
}

TEST_CASE("A return package is accepted only from the template's issuer, for the report as it is",
          "[core][package][workstation]")
{
    test::ReportFixture f;
    Workstation ws(issue(f, f.moa));
    REQUIRE(f.packages.importReport(ws.submitAndExport(), false, u"import"_s));
    auto returned = f.packages.returnPackage(f.key(), u"Check R1"_s, {{u"R1"_s, u"Which register?"_s}}, u"x"_s);
    REQUIRE(returned);

    // Another analyst's installation (another key) cannot return the body's report.
    test::ReportFixture other;
    Workstation unrelated(issue(other, other.moa));
    REQUIRE(other.packages.importReport(unrelated.submitAndExport(), false, u"import"_s));
    auto foreign = other.packages.returnPackage(other.key(), u"Check"_s, {}, u"x"_s);
    REQUIRE(foreign);
    const auto state = test::databaseState(*ws.t.db);
    CHECK(test::errorOf(ws.packages.importReturn(*foreign, false, u"x"_s)) == ErrorCode::PackageWrongSigner);
    CHECK(test::databaseState(*ws.t.db) == state);
    // A report package is not a return.
    CHECK(test::errorOf(ws.packages.importReturn(ws.packages.exportReport(u"x"_s).value(), false, u"x"_s))
          == ErrorCode::PackageWrongKind);
    REQUIRE(ws.packages.importReturn(*returned, false, u"x"_s));
    // A return package can be refused at the analyst's side too: it is not a report.
    CHECK(test::errorOf(f.packages.importReport(*returned, false, u"x"_s)) == ErrorCode::PackageWrongKind);
}

TEST_CASE("A package cannot overrule the authorized body: no self-acceptance, no stale revisions, no forged steps",
          "[core][package]")
{
    test::ReportFixture f;
    const QByteArray moaTemplate = issue(f, f.moa);
    const QByteArray key = secretKeyIn(moaTemplate);
    Workstation ws(moaTemplate);
    const QByteArray first = ws.submitAndExport();

    // The body claims the authorized body's steps: the state and the history it sends are not taken.
    const QByteArray claimsAccepted = resigned(first, key, [](core::PackageHeader& h, core::ReportPayload& p) {
        h.sequence = 7;
        p.reports.front().state = u"accepted"_s;
    });
    CHECK(test::errorOf(f.packages.importReport(claimsAccepted, false, u"x"_s)) == ErrorCode::PackageMismatch);
    const QByteArray forgedHistory = resigned(first, key, [](core::PackageHeader& h, core::ReportPayload& p) {
        h.sequence = 8;
        p.reports.front().history.push_back(
            {QDateTime(QDate(2025, 2, 4), QTime(9, 0), Qt::UTC), u"analyst"_s, u"accepted"_s, 1, u"ok"_s});
    });
    REQUIRE(f.packages.importReport(forgedHistory, false, u"import"_s));
    auto history = f.reports.history(f.key());
    REQUIRE(history);
    CHECK(std::none_of(history->begin(), history->end(), [](const auto& e) { return e.action == u"accepted"_s; }));
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Submitted);

    // Accepted: the same revision again changes nothing; other figures under the same revision are refused.
    REQUIRE(f.reports.accept(f.key(), u"ok"_s));
    // The body exports again (its package 9: the same revision and figures).
    const QByteArray sameAgain = resigned(first, key, [](core::PackageHeader& h, auto&) { h.sequence = 9; });
    const auto* again = &sameAgain;
    auto unchanged = f.packages.importReport(*again, false, u"x"_s);
    REQUIRE(unchanged);
    CHECK(unchanged->applied.empty());
    report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Accepted);
    const auto accepted = test::databaseState(*f.t.db);
    const QByteArray otherFigures = resigned(*again, key, [](core::PackageHeader& h, core::ReportPayload& p) {
        h.sequence = 20;
        p.reports.front().lines.front().fact = 99;
    });
    CHECK(test::errorOf(f.packages.importReport(otherFigures, false, u"x"_s)) == ErrorCode::PackageConflict);
    const QByteArray skipsAReturn = resigned(*again, key, [](core::PackageHeader& h, core::ReportPayload& p) {
        h.sequence = 21;
        p.reports.front().state = u"resubmitted"_s;
        p.reports.front().revision = 2;
    });
    CHECK(test::errorOf(f.packages.importReport(skipsAReturn, false, u"x"_s)) == ErrorCode::PackageMismatch);
    CHECK(test::databaseState(*f.t.db) == accepted);
}

TEST_CASE("A package made before its report was returned is older than the return", "[core][package]")
{
    test::ReportFixture f;
    Workstation ws(issue(f, f.moa));
    REQUIRE(f.packages.importReport(ws.submitAndExport(), false, u"import"_s));
    REQUIRE(f.packages.returnPackage(f.key(), u"Check R1"_s, {{u"R1"_s, u"Which register?"_s}}, u"x"_s));
    auto stale = ws.packages.exportReport(u"x"_s); // the body had not received the return yet
    REQUIRE(stale);
    const auto state = test::databaseState(*f.t.db);
    CHECK(test::errorOf(f.packages.importReport(*stale, false, u"x"_s)) == ErrorCode::PackageOlder);
    CHECK(test::databaseState(*f.t.db) == state);
    auto report = f.reports.report(f.key());
    REQUIRE(report);
    CHECK(report->state == ReportState::Returned);
}

TEST_CASE("A package's lines are checked against the methodology here, like a form", "[core][package]")
{
    test::ReportFixture f;
    const QByteArray moaTemplate = issue(f, f.moa);
    const QByteArray key = secretKeyIn(moaTemplate);
    Workstation ws(moaTemplate);
    const QByteArray file = ws.submitAndExport();
    const auto state = test::databaseState(*f.t.db);
    qint64 sequence = 30;
    auto edited = [&](const std::function<void(core::ReportData&)>& change) {
        return resigned(file, key, [&](core::PackageHeader& h, core::ReportPayload& p) {
            h.sequence = ++sequence;
            change(p.reports.front());
        });
    };
    CHECK(test::errorOf(f.packages.importReport(edited([](core::ReportData& d) { d.lines.front().code = u"R9"_s; }),
                                                false, u"x"_s))
          == ErrorCode::PackageMismatch);
    CHECK(test::errorOf(f.packages.importReport(edited([](core::ReportData& d) { d.lines.push_back(d.lines.front()); }),
                                                false, u"x"_s))
          == ErrorCode::PackageDamaged);
    // A form with errors is not a submission, whoever let it through.
    const auto withErrors = f.packages.importReport(edited([](core::ReportData& d) {
                                                        d.lines[1].fact = 0.5; // R2 is yes or no
                                                    }),
                                                    false, u"x"_s);
    CHECK(test::errorOf(withErrors) == ErrorCode::ReportHasErrors);
    CHECK(withErrors.error().detail.contains(u"R2 not-yes-no"_s));
    CHECK(test::databaseState(*f.t.db) == state);
}

TEST_CASE("A body's new template starts its packages anew — re-verified facts stay corrected", "[core][package]")
{
    test::ReportFixture f;
    Workstation lost(issue(f, f.moa));
    REQUIRE(f.packages.importReport(lost.submitAndExport(), false, u"import"_s));
    // The re-verification corrected R1.
    QSqlQuery q(f.t.db->connection());
    REQUIRE(
        q.exec(u"INSERT INTO recheck (year, block, body_id, indicator_code, selected_at, selected_by, outcome, "
               "reported_fact, corrected_fact, decided_at, decided_by) VALUES (2024, 2, %1, 'R1', "
               "'2025-03-01T00:00:00.000Z', 'a', 'corrected', 90, 70, '2025-03-02T00:00:00.000Z', 'a')"_s.arg(f.moa)));
    REQUIRE(f.methodologies.setValue(2024, 2, f.moa, u"R1"_s, {std::nullopt, 70, 1}, u"corrected"_s));
    REQUIRE(f.reports.returnForRevision(f.key(), u"Answer R2"_s, {{u"R2"_s, u"Show the act"_s}}, u"x"_s));

    // The body lost its workstation: a new template, a new workstation, numbering from 1 again.
    Workstation fresh(issue(f, f.moa));
    auto returned = f.packages.returnPackage(f.key(), u"Answer R2"_s, {{u"R2"_s, u"Show the act"_s}}, u"x"_s);
    CHECK(test::errorOf(returned) == ErrorCode::ReportWrongState); // already returned
    REQUIRE(fresh.reports.saveItems(fresh.key(),
                                    {test::ReportFixture::line(u"R1"_s, 95), test::ReportFixture::line(u"R2"_s, 1),
                                     test::ReportFixture::line(u"R3"_s, 8), test::ReportFixture::line(u"R4"_s, 2)},
                                    u"entry"_s));
    REQUIRE(fresh.reports.submit(fresh.key(), u"x"_s));
    REQUIRE(fresh.reports.restoreState(fresh.key(), ReportState::Returned, 1, u"as returned"_s));
    auto answered = fresh.reports.items(fresh.key()).value().at(1);
    answered.answer = u"Attached"_s;
    REQUIRE(fresh.reports.saveItem(fresh.key(), answered, u"x"_s));
    REQUIRE(fresh.reports.submit(fresh.key(), u"x"_s));
    auto file = fresh.packages.exportReport(u"x"_s);
    REQUIRE(file);
    auto imported = f.packages.importReport(*file, false, u"import"_s);
    REQUIRE(imported);
    CHECK(imported->header.sequence == 1);
    CHECK(imported->keptCorrections == std::vector<QString>{u"block 2 R1"_s});
    auto items = f.reports.items(f.key());
    REQUIRE(items);
    CHECK(items->at(0).value.fact == 70); // the corrected figure, not the body's 95
    CHECK(items->at(1).answer == u"Attached"_s);
    auto packages = f.packages.importedPackages(2024);
    REQUIRE(packages);
    REQUIRE(packages->size() == 2);
    CHECK(packages->front().supersededBy == packages->back().id);
}
