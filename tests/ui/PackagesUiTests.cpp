// SPDX-License-Identifier: GPL-3.0-or-later
// The "Packages" area, the analyst's side of the exchange with the bodies' workstations: a template
// issued and saved with the warning about its key; a body's report package previewed and imported
// all at once; a tampered file refused with its reason while the database stays as it was; the
// same file twice changing nothing. The workstation is built here with the core services, as a
// body's own database made from the template.
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/PackageHistoryModel.h"
#include "ui/models/PackageTemplateModel.h"
#include "ui/widgets/PackageIssueDialog.h"
#include "ui/widgets/PackagePreviewDialog.h"
#include "ui/widgets/PackagesArea.h"
#include "ui/widgets/ReportPrompter.h"

#include "core/MethodologyService.h"
#include "core/Package.h"
#include "core/PackageService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"
#include "core/Signing.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using Templates = ui::PackageTemplateModel;
using History = ui::PackageHistoryModel;

namespace {

/// The evaluated year of these tests: its keys are valid until the end of the next year.
constexpr int Year = 2025;
constexpr int Block = 2;

core::Text3 text3(const QString& en)
{
    return {u"қаз "_s + en, u"рус "_s + en, en};
}

core::Indicator indicator(const QString& code, double weight, core::ScoringKind kind, std::optional<double> plan)
{
    core::Indicator i;
    i.code = code;
    i.name = text3(u"Indicator "_s + code);
    i.definition = text3(u"How "_s + code + u" is counted"_s);
    i.unit = text3(u"%"_s);
    i.verification = text3(u"Checked against the register"_s);
    i.weight = weight;
    i.scoring = kind;
    i.direction = kind == core::ScoringKind::InverseRatio ? core::Direction::Lower : core::Direction::Higher;
    i.plan = plan;
    i.sourceType = 1;
    return i;
}

/// Block 2: R1 ratio (plan 100), R2 yes/no, R3 expert out of 10, R4 inverse ratio (plan 5).
core::Methodology methodology()
{
    core::Methodology m;
    m.block = Block;
    m.year = Year;
    m.title = text3(u"Package test methodology"_s);
    core::Criterion c;
    c.code = u"C1"_s;
    c.name = text3(u"Criterion"_s);
    c.weight = 100;
    c.indicators = {indicator(u"R1"_s, 40, core::ScoringKind::Ratio, 100),
                    indicator(u"R2"_s, 20, core::ScoringKind::YesNo, 1),
                    indicator(u"R3"_s, 20, core::ScoringKind::Expert, 10),
                    indicator(u"R4"_s, 20, core::ScoringKind::InverseRatio, 5)};
    m.criteria = {c};
    return m;
}

core::ReportItem line(const QString& code, double fact)
{
    core::ReportItem item;
    item.code = code;
    item.value.fact = fact;
    item.sourceReference = u"Register No. 7"_s;
    return item;
}

/// Every table's rows, hashed: equal states are equal databases.
QStringList databaseState(core::Database& db)
{
    QStringList state;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
        QCryptographicHash hash(QCryptographicHash::Sha1);
        int count = 0;
        while (rows.next()) {
            ++count;
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
        }
        state << u"%1: %2 %3"_s.arg(table).arg(count).arg(QString::fromLatin1(hash.result().toHex()));
    }
    return state;
}

/// Answers the area's questions without windows and remembers what it was shown.
class FakePrompter final : public ui::ReportPrompter
{
public:
    struct State
    {
        QString openPath;
        QString savePath;
        QString suggested; ///< the last file name offered
        QStringList warnings;
        int answer = QDialog::Accepted;
        int execCalls = 0;
        std::function<void(QDialog&)> onExec;
    };

    explicit FakePrompter(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    void inform(QWidget*, const QString&, const QString&) override { }
    void warn(QWidget*, const QString&, const QString& text) override { m_state->warnings << text; }
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {m_state->openPath}; }
    QString openFile(QWidget*, const QString&, const QString&) override { return m_state->openPath; }
    QString saveFile(QWidget*, const QString&, const QString& suggested, const QString&) override
    {
        m_state->suggested = suggested;
        return m_state->savePath;
    }
    int exec(QDialog& dialog) override
    {
        ++m_state->execCalls;
        if (m_state->onExec)
            m_state->onExec(dialog);
        return m_state->answer;
    }
    bool openUrl(const QUrl&) override { return true; }

private:
    std::shared_ptr<State> m_state;
};

/// The analyst's main window over a fresh database: the shipped registry, the approved
/// methodology of block 2 and the schedule of 2025 (reporting deadline 16 February 2026).
struct Analyst
{
    Analyst()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        auto opened = ui::Session::open(dir.filePath(u"analyst.db"_s), u"ui-tester"_s);
        REQUIRE(opened.has_value());
        ui::Session& s = **opened;
        auto id = s.methodologies().create(methodology(), u"test"_s);
        REQUIRE(id.has_value());
        REQUIRE(s.methodologies()
                    .approve(*id, {u"Order No. 1"_s, QDate(2025, 12, 20), QDate(2025, 12, 10), QDate(2025, 12, 15)},
                             u"test"_s)
                    .has_value());
        core::Schedule schedule;
        schedule.year = Year;
        schedule.approvedOn = QDate(2025, 12, 10);
        schedule.stages = {QDate(2026, 2, 16), QDate(2026, 4, 1), QDate(2026, 5, 4), QDate(2026, 5, 20),
                           QDate(2026, 6, 10)};
        REQUIRE(s.schedules().set(schedule, u"test"_s).has_value());
        auto moaBody = s.registry().repository().bodyByCode(u"MOA"_s);
        REQUIRE(moaBody.has_value());
        REQUIRE(moaBody->has_value());
        moa = (**moaBody).id;
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        window->switchLanguage(core::Language::English);
        area = window->packagesArea();
        REQUIRE(area != nullptr);
        area->setPrompter(std::make_unique<FakePrompter>(prompts));
    }
    ~Analyst() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }
    [[nodiscard]] QString path(const QString& name) const { return dir.filePath(name); }

    /// Issues MOA's template through the area and returns the file.
    QByteArray issueTemplate()
    {
        const QString file = path(u"MOA-2025-template.bagalau"_s);
        REQUIRE(area->issueTemplate(moa, Year, file, u"test"_s).has_value());
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    /// Writes `bytes` to a file of the folder and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
        return f.fileName();
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::PackagesArea* area = nullptr;
    std::shared_ptr<FakePrompter::State> prompts = std::make_shared<FakePrompter::State>();
    qint64 moa = 0;
};

/// A body's workstation: its own database made from the template, on 2 February 2026.
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
        t.clock.set(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC));
        auto info = packages.initWorkstation(templateFile, u"init"_s);
        if (!info)
            FAIL("the workstation is not made: " << info.error().detail.toStdString());
    }

    [[nodiscard]] core::ReportKey key()
    {
        auto info = packages.workstation();
        REQUIRE(info.has_value());
        REQUIRE(info->has_value());
        return {(**info).bodyId, (**info).year, Block};
    }

    /// Fills block 2 (R1 = `r1`), submits and exports the report package.
    QByteArray submitAndExport(double r1 = 90)
    {
        REQUIRE(
            reports
                .saveItems(key(), {line(u"R1"_s, r1), line(u"R2"_s, 1), line(u"R3"_s, 8), line(u"R4"_s, 2)}, u"entry"_s)
                .has_value());
        REQUIRE(reports.submit(key(), u"submit"_s).has_value());
        auto file = packages.exportReport(u"export"_s);
        REQUIRE(file.has_value());
        return *file;
    }
};

/// The body's key inside a template file, as a fingerprint.
QString fingerprintOf(const QByteArray& templateFile)
{
    auto package = core::readPackage(templateFile);
    REQUIRE(package.has_value());
    auto payload = core::templatePayload(package->payload);
    REQUIRE(payload.has_value());
    return core::signing::fingerprint(core::signing::publicKeyOf(payload->secretKey));
}

std::optional<double> factOf(ui::Session& session, qint64 body, const QString& code)
{
    auto items = session.reports().items({body, Year, Block});
    REQUIRE(items.has_value());
    for (const core::ReportItem& item : *items)
        if (item.code == code)
            return item.value.fact;
    return std::nullopt;
}

/// The preview's rows as "code|change|before|after".
QStringList previewRows(const ui::PackagePreviewDialog& dialog)
{
    QStringList rows;
    QTreeWidget* tree = dialog.changesTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        rows << item->text(ui::PackagePreviewDialog::Indicator).section(u' ', 0, 0) + u'|'
                    + item->text(ui::PackagePreviewDialog::Change) + u'|'
                    + item->text(ui::PackagePreviewDialog::OldValue) + u'|'
                    + item->text(ui::PackagePreviewDialog::NewValue);
    }
    return rows;
}

} // namespace

TEST_CASE("Issuing a template saves the file, lists it with the key, and warns that it holds the signing key",
          "[ui][packages]")
{
    Analyst a;
    const QString file = a.path(u"chosen.bagalau"_s);
    a.prompts->savePath = file;
    QString shownFingerprint;
    QString warning;
    a.prompts->onExec = [&](QDialog& dialog) {
        if (auto* issue = qobject_cast<ui::PackageIssueDialog*>(&dialog)) {
            issue->yearSpinBox()->setValue(Year);
            QTest::keyClicks(issue->filterLineEdit(), u"agricul"_s);
            CHECK(issue->bodyId() == a.moa); // the only body that matches is chosen
            CHECK(issue->selectBody(u"MOA"_s));
        } else if (auto* issued = qobject_cast<ui::PackageIssuedDialog*>(&dialog)) {
            shownFingerprint = issued->fingerprintLabel()->text();
            warning = issued->warningLabel()->text();
        }
    };
    a.area->issueTemplateAction()->trigger();

    CHECK(a.prompts->execCalls == 2);
    CHECK(a.prompts->suggested.endsWith(u"/MOA-2025-template.bagalau"_s));
    QFile saved(file);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    CHECK(shownFingerprint == fingerprintOf(bytes));
    CHECK(shownFingerprint.size() == 19);
    CHECK(warning.contains(u"signing key"_s));
    CHECK(warning.contains(u"password"_s));

    Templates* model = a.area->templatesModel();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, Templates::Body).data().toString().startsWith(u"MOA"_s));
    CHECK(model->index(0, Templates::Year).data().toInt() == Year);
    CHECK(model->index(0, Templates::Blocks).data().toString() == u"2"_s);
    CHECK(model->index(0, Templates::IssuedBy).data().toString() == u"ui-tester"_s);
    CHECK(model->index(0, Templates::Fingerprint).data().toString() == shownFingerprint);
    CHECK(model->index(0, Templates::KeyState).data().toString().startsWith(u"Valid until"_s));
    CHECK(a.area->messageLabel()->isVisibleTo(a.area));

    // A second template for the same body and year replaces the key: the first is shown replaced.
    a.issueTemplate();
    REQUIRE(model->rowCount() == 2);
    int replaced = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        replaced += model->keyStatus(row) == Templates::KeyStatus::Revoked ? 1 : 0;
    CHECK(replaced == 1);
}

TEST_CASE("A report package is previewed with every change and imported all at once", "[ui][packages]")
{
    Analyst a;
    Workstation ws(a.issueTemplate());
    const QString file = a.write(u"MOA-2025-report-1.bagalau"_s, ws.submitAndExport());
    CHECK_FALSE(factOf(a.session(), a.moa, u"R1"_s).has_value());

    // Cancelled at the preview: nothing changes.
    const QStringList before = databaseState(a.session().database());
    a.prompts->answer = QDialog::Rejected;
    CHECK(a.area->importPackage(file) == ui::PackagesArea::ImportOutcome::Cancelled);
    CHECK(databaseState(a.session().database()) == before);

    QStringList rows;
    QString header;
    bool lateShown = false;
    a.prompts->answer = QDialog::Accepted;
    a.prompts->openPath = file;
    a.prompts->onExec = [&](QDialog& dialog) {
        auto* preview = qobject_cast<ui::PackagePreviewDialog*>(&dialog);
        REQUIRE(preview != nullptr);
        CHECK(preview->canImport());
        CHECK_FALSE(preview->noticeLabel()->isVisibleTo(preview));
        rows = previewRows(*preview);
        header = preview->headerLabel()->text();
        // Received after the deadline of 16 February 2026 (§41).
        lateShown = preview->lateLabel()->isVisibleTo(preview) && preview->lateLabel()->text().contains(u"Block 2"_s);
    };
    QSignalSpy imported(a.area, &ui::PackagesArea::packageImported);
    a.area->importAction()->trigger();

    CHECK(header.startsWith(u"Report of MOA"_s));
    CHECK(rows.contains(u"R1|Fact|—|90"_s));
    CHECK(rows.contains(u"R3|Fact|—|8"_s));
    CHECK(lateShown);
    REQUIRE(imported.count() == 1);
    CHECK(imported.front().at(0).toLongLong() == a.moa);
    CHECK(imported.front().at(1).toInt() == Year);
    CHECK(factOf(a.session(), a.moa, u"R1"_s) == 90);
    auto report = a.session().reports().report({a.moa, Year, Block});
    REQUIRE(report.has_value());
    CHECK(report->state == core::ReportState::Submitted);

    History* history = a.area->historyModel();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->index(0, History::Body).data().toString().startsWith(u"MOA"_s));
    CHECK(history->index(0, History::Kind).data().toString() == u"Report"_s);
    CHECK(history->index(0, History::Sequence).data().toString() == u"1"_s);
    CHECK(history->index(0, History::State).data().toString() == u"Current"_s);
    CHECK(a.area->messageLabel()->text().contains(u"Imported package no. 1"_s));

    // The copy is the very file.
    const QString copy = a.path(u"copy.bagalau"_s);
    const qint64 id = history->row(0).package.id;
    REQUIRE(a.area->saveCopy(id, copy));
    QFile original(file);
    QFile copied(copy);
    REQUIRE(original.open(QIODevice::ReadOnly));
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == original.readAll());
}

TEST_CASE("A newer package supersedes the older, which stays in the history greyed", "[ui][packages]")
{
    Analyst a;
    Workstation ws(a.issueTemplate());
    REQUIRE(a.area->importPackage(a.write(u"first.bagalau"_s, ws.submitAndExport()))
            == ui::PackagesArea::ImportOutcome::Imported);
    // The body takes its report back to change it (a return from the analyst would do the same).
    auto returned = a.session().packages().returnPackage({a.moa, Year, Block}, u"R1 needs the register"_s,
                                                         {{u"R1"_s, u"Attach the extract"_s}}, u"review"_s);
    REQUIRE(returned.has_value());
    REQUIRE(ws.packages.importReturn(*returned, false, u"return"_s).has_value());
    REQUIRE(ws.reports.saveItems(ws.key(), {line(u"R1"_s, 95)}, u"fix"_s).has_value());
    auto items = ws.reports.items(ws.key());
    REQUIRE(items.has_value());
    core::ReportItem answered = items->front();
    answered.answer = u"Extract attached"_s;
    REQUIRE(ws.reports.saveItem(ws.key(), answered, u"fix"_s).has_value());
    REQUIRE(ws.reports.submit(ws.key(), u"again"_s).has_value());
    auto second = ws.packages.exportReport(u"export"_s);
    REQUIRE(second.has_value());

    QString supersedes;
    a.prompts->onExec = [&](QDialog& dialog) {
        if (auto* preview = qobject_cast<ui::PackagePreviewDialog*>(&dialog)) {
            CHECK(previewRows(*preview).contains(u"R1|Fact|90|95"_s));
            for (const QLabel* label : preview->findChildren<QLabel*>())
                supersedes += label->text() + u'\n';
        }
    };
    REQUIRE(a.area->importPackage(a.write(u"second.bagalau"_s, *second)) == ui::PackagesArea::ImportOutcome::Imported);
    CHECK(factOf(a.session(), a.moa, u"R1"_s) == 95);
    History* history = a.area->historyModel();
    REQUIRE(history->rowCount() == 2);
    const int older = history->row(0).package.sequence == 1 ? 0 : 1;
    const qint64 newerId = history->row(1 - older).package.id;
    CHECK(history->index(older, History::State).data().toString() == u"Superseded by #%1"_s.arg(newerId));
    CHECK(history->index(older, 0).data(History::SupersededRole).toBool());
    CHECK(history->index(older, 0).data(Qt::ForegroundRole).isValid());
    CHECK(history->index(1 - older, History::State).data().toString() == u"Current"_s);
    CHECK(supersedes.contains(u"#%1: package no. 1 of "_s.arg(history->row(older).package.id)));
}

TEST_CASE("A package changed after signing is refused with the reason, and nothing changes", "[ui][packages]")
{
    Analyst a;
    Workstation ws(a.issueTemplate());
    QByteArray bytes = ws.submitAndExport();
    const qsizetype at = bytes.indexOf("\"fact\":90");
    REQUIRE(at > 0);
    bytes[at + 7] = '8'; // one byte: 90 becomes 80
    const QString file = a.write(u"tampered.bagalau"_s, bytes);

    const QStringList before = databaseState(a.session().database());
    a.prompts->openPath = file;
    a.area->importAction()->trigger();

    CHECK(a.prompts->execCalls == 0); // no preview of a refused file
    REQUIRE(a.area->lastError().has_value());
    CHECK(a.area->lastError()->code == core::ErrorCode::PackageTampered);
    const QString reason = ui::ErrorText::of(*a.area->lastError());
    CHECK(a.area->errorLabel()->isVisibleTo(a.area));
    CHECK(a.area->errorLabel()->text().startsWith(reason));
    REQUIRE(a.prompts->warnings.size() == 1);
    CHECK(a.prompts->warnings.front().startsWith(reason));
    CHECK(databaseState(a.session().database()) == before);
    CHECK(a.area->historyModel()->rowCount() == 0);
    CHECK_FALSE(factOf(a.session(), a.moa, u"R1"_s).has_value());

    // Not a package at all, and a file that is not there.
    CHECK(a.area->importPackage(a.write(u"notes.bagalau"_s, "just some notes"))
          == ui::PackagesArea::ImportOutcome::Refused);
    CHECK(a.area->lastError()->code == core::ErrorCode::NotAPackage);
    CHECK(a.area->importPackage(a.path(u"missing.bagalau"_s)) == ui::PackagesArea::ImportOutcome::Refused);
    CHECK(a.area->lastError()->code == core::ErrorCode::FileUnreadable);
    CHECK(databaseState(a.session().database()) == before);
}

TEST_CASE("The same package again says it was imported already and changes nothing", "[ui][packages]")
{
    Analyst a;
    Workstation ws(a.issueTemplate());
    const QString file = a.write(u"report.bagalau"_s, ws.submitAndExport());
    REQUIRE(a.area->importPackage(file) == ui::PackagesArea::ImportOutcome::Imported);
    const QStringList before = databaseState(a.session().database());

    QString notice;
    bool canImport = true;
    a.prompts->onExec = [&](QDialog& dialog) {
        auto* preview = qobject_cast<ui::PackagePreviewDialog*>(&dialog);
        REQUIRE(preview != nullptr);
        canImport = preview->canImport();
        if (preview->noticeLabel()->isVisibleTo(preview))
            notice = preview->noticeLabel()->text();
    };
    CHECK(a.area->importPackage(file) == ui::PackagesArea::ImportOutcome::AlreadyImported);
    CHECK_FALSE(canImport);
    CHECK(notice.startsWith(u"This very package was imported on "_s));
    CHECK(notice.endsWith(u"importing it again changes nothing."_s));
    CHECK(databaseState(a.session().database()) == before);
    CHECK(a.area->historyModel()->rowCount() == 1);
}

TEST_CASE("The package tables pass Qt's model tester", "[ui][packages][models]")
{
    Analyst a;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester templates(a.area->templatesModel(), Mode::Fatal);
    QAbstractItemModelTester history(a.area->historyModel(), Mode::Fatal);
    Workstation ws(a.issueTemplate());
    REQUIRE(a.area->importPackage(a.write(u"r.bagalau"_s, ws.submitAndExport()))
            == ui::PackagesArea::ImportOutcome::Imported);
    a.window->switchLanguage(core::Language::Kazakh);
    a.area->setYearFilter(2024);
    CHECK(a.area->templatesModel()->rowCount() == 0);
    CHECK(a.area->historyModel()->rowCount() == 0);
    a.area->setYearFilter(std::nullopt);
    CHECK(a.area->templatesModel()->rowCount() == 1);
    CHECK(a.area->historyModel()->rowCount() == 1);
    a.window->switchLanguage(core::Language::English);
}

// Hidden: pictures of the area and its dialogs in the three languages, for looking at by eye.
// BAGALAU_SCREENSHOT_DIR=/tmp/shots xvfb-run -a tests/ui_tests "[.screenshot][packages]"
TEST_CASE("Screenshots of the packages area", "[.screenshot][packages]")
{
    const QString dir = qEnvironmentVariable("BAGALAU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    Analyst a;
    const QByteArray templateFile = a.issueTemplate();
    Workstation ws(templateFile);
    const QByteArray report = ws.submitAndExport();
    auto before = a.session().packages().verify(report); // the preview as it is before the import
    REQUIRE(before.has_value());
    REQUIRE(a.area->importPackage(a.write(u"r.bagalau"_s, report)) == ui::PackagesArea::ImportOutcome::Imported);

    a.window->resize(1280, 800);
    a.window->show();
    for (const core::Language language : {core::Language::Kazakh, core::Language::Russian, core::Language::English}) {
        a.window->switchLanguage(language);
        const QString code = core::languageCode(language);
        a.window->showArea(ui::MainWindow::PackagesAreaIndex);
        QTest::qWait(200);
        a.window->grab().save(dir + u"/packages-"_s + code + u".png"_s);

        ui::PackageIssueDialog issue(a.session(), language, Year, a.window.get());
        issue.selectBody(u"MOA"_s);
        issue.show();
        QTest::qWait(100);
        issue.grab().save(dir + u"/packages-issue-"_s + code + u".png"_s);
        ui::PackageIssuedDialog issued(u"MOA"_s, Year, a.path(u"MOA-2025-template.bagalau"_s),
                                       fingerprintOf(templateFile), QDate(2026, 12, 31), language, a.window.get());
        issued.show();
        QTest::qWait(100);
        issued.grab().save(dir + u"/packages-issued-"_s + code + u".png"_s);

        auto check = a.session().packages().verify(report);
        REQUIRE(check.has_value());
        ui::PackagePreviewDialog again(*check, u"MOA"_s, std::nullopt, std::nullopt, {}, language, a.window.get());
        again.show();
        QTest::qWait(100);
        again.grab().save(dir + u"/packages-again-"_s + code + u".png"_s);
        ui::PackagePreviewDialog preview(
            *before, u"MOA  Ministry of Agriculture"_s, std::nullopt, std::nullopt,
            [](int, const QString& c) { return u"Indicator "_s + c; }, language, a.window.get());
        preview.show();
        QTest::qWait(100);
        preview.grab().save(dir + u"/packages-preview-"_s + code + u".png"_s);
    }
    a.window->switchLanguage(core::Language::English);
}
