// SPDX-License-Identifier: GPL-3.0-or-later
// Long operations (issue 7): importing a package, writing a PDF, printing, publishing, a backup and
// scoring a year report how far they got and stop when asked, leaving nothing half-done — no file,
// no folder, the database exactly as it was. LongOperation itself: a quick operation shows no
// dialog, a long one does, and Cancel makes the operation's progress answer false.
#include "core/CommissionTestSupport.h"
#include "support/DemoCache.h"
#include "support/QtStringMakers.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/CommissionTableModel.h"
#include "ui/models/ScoreTableModel.h"
#include "ui/print/CommissionDocument.h"
#include "ui/print/DocumentPages.h"
#include "ui/print/PublicExport.h"
#include "ui/widgets/CommissionArea.h"
#include "ui/widgets/LongOperation.h"
#include "ui/widgets/PackagesArea.h"
#include "ui/widgets/ReportPrompter.h"
#include "ui/widgets/ScoresArea.h"

#include "core/DemoData.h"
#include "core/Package.h"
#include "core/PackageService.h"
#include "core/ReportService.h"

#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Report = std::pair<qint64, qint64>; // done, total

/// A progress for core that remembers every report and says stop at the report `stopAt` (the
/// first is 0; never when negative).
struct Reports
{
    std::vector<Report> seen;
    qint64 stopAt = -1;

    [[nodiscard]] core::Progress progress()
    {
        return [this](qint64 done, qint64 total) {
            seen.emplace_back(done, total);
            return stopAt < 0 || static_cast<qint64>(seen.size()) <= stopAt;
        };
    }
};

/// What every progress promises: within its total, never going back (reports of an unknown total,
/// 0, aside), moving on, and (`toTotal`) ending with done == total.
void checkProgress(const std::vector<Report>& seen, bool toTotal = true)
{
    REQUIRE(seen.size() >= 2);
    double last = 0;
    double first = -1;
    for (const auto& [done, total] : seen) {
        CHECK(done >= 0);
        if (total <= 0)
            continue;
        CHECK(done <= total);
        const double fraction = static_cast<double>(done) / static_cast<double>(total);
        CHECK(fraction >= last - 1e-12);
        last = fraction;
        if (first < 0)
            first = fraction;
    }
    CHECK(last > first);
    if (toTotal) {
        CHECK(seen.back().second > 0);
        CHECK(seen.back().first == seen.back().second);
    }
}

/// Watches the first LongOperation that reports while it lives (others, such as an area that
/// re-reads after an import, are left alone); cancels it, as the user's Cancel would, at its report
/// `cancelAt` (the first is 0; never when negative).
struct Watch
{
    explicit Watch(qint64 cancelAt = -1)
    {
        ui::LongOperation::setObserver([this, cancelAt](ui::LongOperation& operation, qint64 done, qint64 total) {
            if (!watched)
                watched = &operation;
            if (watched != &operation)
                return;
            seen.emplace_back(done, total);
            if (cancelAt >= 0 && static_cast<qint64>(seen.size()) > cancelAt)
                operation.cancel();
        });
    }
    ~Watch() { ui::LongOperation::setObserver({}); }
    Watch(const Watch&) = delete;
    Watch& operator=(const Watch&) = delete;

    std::vector<Report> seen;
    const ui::LongOperation* watched = nullptr;
};

QString cancelledText()
{
    return ui::ErrorText::of(core::Error{core::ErrorCode::Cancelled, {}});
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

/// The names in `dir` that contain `part` (a file and anything written beside it under its name).
QStringList named(const QString& dir, const QString& part)
{
    return entries(dir).filter(part);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// Every file of a folder with the SHA-256 of its bytes.
std::map<QString, QByteArray> folderState(const QString& dir)
{
    std::map<QString, QByteArray> state;
    for (const QString& name : entries(dir))
        state[name] = QCryptographicHash::hash(readAll(QDir(dir).filePath(name)), QCryptographicHash::Sha256).toHex();
    return state;
}

/// A document of many pages: a table of `rows` rows whose header repeats on every page.
ui::DocumentPages longDocument(int rows)
{
    QString html = u"<html><body><p class=\"title\">A long table</p>"
                   "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                   "<thead><tr><th>No.</th><th>Text</th></tr></thead>"_s;
    for (int i = 1; i <= rows; ++i)
        html += u"<tr><td>%1</td><td>Row number %1 of the long table</td></tr>"_s.arg(i);
    html += u"</table></body></html>"_s;
    ui::DocumentPages pages(html, core::Language::English);
    pages.setTitle(u"Long"_s);
    return pages;
}

/// The demo database, made once per build: each test works on a copy.
QString demoTemplate()
{
    const QString path = test::cachedDatabase(u"ui-demo"_s, [](const QString& file) {
        auto opened = ui::Session::open(file, u"ui-tester"_s);
        if (!opened)
            return false;
        auto loaded = core::DemoData::load((*opened)->database(), (*opened)->audit());
        return loaded.has_value() && *loaded;
    });
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

/// Answers without windows: accepts every dialog, chooses `folder`.
class FakePrompter final : public ui::ReportPrompter
{
public:
    struct State
    {
        QString folder;
        QStringList warnings;
    };

    explicit FakePrompter(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    void inform(QWidget*, const QString&, const QString&) override { }
    void warn(QWidget*, const QString&, const QString& text) override { m_state->warnings << text; }
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {}; }
    QString openFile(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    QString chooseFolder(QWidget*, const QString&, const QString&) override { return m_state->folder; }
    int exec(QDialog&) override { return QDialog::Accepted; }
    bool openUrl(const QUrl&) override { return true; }

private:
    std::shared_ptr<State> m_state;
};

/// The main window over a copy of the demo database, in English.
struct Demo
{
    Demo()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        const QString file = dir.filePath(u"demo.db"_s);
        REQUIRE(QFile::copy(demoTemplate(), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = ui::Session::open(file, u"ui-tester"_s);
        REQUIRE(opened.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        window->switchLanguage(core::Language::English);
    }
    ~Demo() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }
    [[nodiscard]] QString path(const QString& name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    std::shared_ptr<FakePrompter::State> prompts = std::make_shared<FakePrompter::State>();
};

constexpr int DemoYear = 2024;

} // namespace

// --- LongOperation ------------------------------------------------------------------------------

TEST_CASE("A quick long operation shows no dialog and goes on to its end", "[ui][progress]")
{
    QWidget parent;
    ui::LongOperation operation(&parent, u"Working…"_s);
    const core::Progress progress = operation.progress();
    for (qint64 i = 0; i <= 100; ++i)
        REQUIRE(progress(i, 100));
    CHECK(operation.dialog() == nullptr);
    CHECK_FALSE(operation.cancelled());
    CHECK(operation.reports() == 101);
}

TEST_CASE("Cancelling a long operation makes its progress answer false from then on", "[ui][progress]")
{
    ui::LongOperation operation(nullptr, u"Working…"_s);
    const core::Progress progress = operation.progress();
    REQUIRE(progress(1, 10));
    operation.cancel();
    CHECK(operation.cancelled());
    CHECK_FALSE(progress(2, 10));
    CHECK_FALSE(progress(10, 10));
}

TEST_CASE("A long operation shows a modal dialog with its bar, and its Cancel button stops it", "[ui][progress]")
{
    QWidget parent;
    ui::LongOperation operation(&parent, u"Writing the pages…"_s);
    const core::Progress progress = operation.progress();
    REQUIRE(progress(0, 10));
    CHECK(operation.dialog() == nullptr); // not yet: it might end at once
    QThread::msleep(ui::LongOperation::ShowAfterMs + 60);
    REQUIRE(progress(5, 10));
    QProgressDialog* dialog = operation.dialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::ApplicationModal);
    CHECK(dialog->labelText() == u"Writing the pages…"_s);
    CHECK(dialog->value() * 2 == dialog->maximum());
    operation.setLabel(u"Writing the last pages…"_s);
    CHECK(dialog->labelText() == u"Writing the last pages…"_s);
    QThread::msleep(60);
    REQUIRE(progress(0, 0)); // the amount of work is not known: a busy bar
    CHECK(dialog->maximum() == 0);

    auto* cancel = dialog->findChild<QPushButton*>();
    REQUIRE(cancel != nullptr);
    cancel->click();
    CHECK(operation.cancelled());
    CHECK_FALSE(progress(6, 10));
}

TEST_CASE("A part of a long operation fills its share of the bar", "[ui][progress]")
{
    Watch watch;
    ui::LongOperation operation(nullptr, u"Working…"_s);
    const core::Progress first = operation.part(0, 20, 100);
    const core::Progress second = operation.part(20, 100, 100);
    REQUIRE(first(1, 2));
    REQUIRE(second(0, 0));
    REQUIRE(second(5, 10));
    REQUIRE(second(10, 10));
    CHECK(watch.seen == std::vector<Report>{{10, 100}, {20, 100}, {60, 100}, {100, 100}});
}

// --- Writing a PDF and printing -----------------------------------------------------------------

TEST_CASE("Writing a PDF reports its pages up to the last one", "[ui][progress][print]")
{
    QTemporaryDir dir;
    const ui::DocumentPages document = longDocument(200);
    const int pages = document.pageCount();
    REQUIRE(pages > 3);
    Reports reports;
    const QString path = dir.filePath(u"long.pdf"_s);
    REQUIRE(document.writePdf(path, reports.progress()));
    CHECK(QFileInfo(path).size() > 0);
    checkProgress(reports.seen);
    CHECK(reports.seen.front() == Report{0, 0}); // the layout, before the first page
    CHECK(reports.seen.back() == Report{pages, pages});
    CHECK(entries(dir.path()) == QStringList{u"long.pdf"_s});
}

TEST_CASE("A cancelled PDF leaves no file, and an older file as it was", "[ui][progress][print]")
{
    QTemporaryDir dir;
    const ui::DocumentPages document = longDocument(200);
    const QString older = dir.filePath(u"older.pdf"_s);
    writeAll(older, "the older file");
    for (const qint64 stopAt : {0, 1, 3}) { // during the layout, before the first page, midway
        CAPTURE(stopAt);
        Reports fresh;
        fresh.stopAt = stopAt;
        const auto written = document.writePdf(dir.filePath(u"new.pdf"_s), fresh.progress());
        CHECK(test::errorOf(written) == core::ErrorCode::Cancelled);
        Reports over;
        over.stopAt = stopAt;
        CHECK(test::errorOf(document.writePdf(older, over.progress())) == core::ErrorCode::Cancelled);
        CHECK(readAll(older) == "the older file");
        // No half-written file under any name.
        CHECK(entries(dir.path()) == QStringList{u"older.pdf"_s});
    }
}

TEST_CASE("Cancelled printing to a file removes the file", "[ui][progress][print]")
{
    QTemporaryDir dir;
    const ui::DocumentPages document = longDocument(200);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(path);
    Reports reports;
    reports.stopAt = 3; // two pages printed
    CHECK(test::errorOf(document.render(printer, false, reports.progress())) == core::ErrorCode::Cancelled);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("The Commission's report as a PDF shows its progress, and a cancel leaves no file", "[ui][progress][print]")
{
    Demo d;
    ui::CommissionArea* area = d.window->commissionArea();
    area->setPrompter(std::make_unique<FakePrompter>(d.prompts));
    area->setYear(DemoYear);
    REQUIRE(area->tableModel()->rowCount() > 0);
    const QString path = d.path(u"commission.pdf"_s);
    {
        Watch watch(4);
        CHECK_FALSE(area->writeReportPdf(path));
        CHECK(watch.seen.size() == 5);
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(area->messageLabel()->text() == cancelledText());
    CHECK(area->errorLabel()->isHidden());
    CHECK(named(d.dir.path(), u"commission"_s).isEmpty());

    Watch watch;
    REQUIRE(area->writeReportPdf(path));
    CHECK(QFileInfo(path).size() > 0);
    checkProgress(watch.seen);
}

// --- Publishing ---------------------------------------------------------------------------------

TEST_CASE("Publishing reports its rows up to the last one", "[ui][progress][publication]")
{
    test::CommissionFixture f;
    f.publicationScenario();
    auto data = f.publication.publicData(test::CommissionFixture::Year);
    REQUIRE(data);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"public"_s);
    Reports reports;
    REQUIRE(ui::PublicExport(*data, core::Language::Kazakh).writeTo(out, reports.progress()));
    checkProgress(reports.seen);
    CHECK(entries(out) == QStringList{u"index.html"_s, u"indicators.csv"_s, u"results.csv"_s, u"results.xlsx"_s});
    CHECK(entries(dir.path()) == QStringList{u"public"_s});
}

TEST_CASE("A cancelled publication leaves no folder, and an earlier export as it was", "[ui][progress][publication]")
{
    test::CommissionFixture f;
    f.publicationScenario();
    auto data = f.publication.publicData(test::CommissionFixture::Year);
    REQUIRE(data);
    const ui::PublicExport exporter(*data, core::Language::Russian);
    Reports all;
    QTemporaryDir dir;
    const QString earlier = dir.filePath(u"earlier"_s);
    REQUIRE(ui::PublicExport(*data, core::Language::Kazakh).writeTo(earlier, all.progress()));
    const auto before = folderState(earlier);
    const auto steps = static_cast<qint64>(all.seen.size());
    REQUIRE(steps > 6);
    // At the start, in the page, in the tables, in the workbook, at the very end.
    for (const qint64 stopAt : {qint64(0), qint64(1), steps / 2, steps - 2, steps - 1}) {
        CAPTURE(stopAt);
        Reports fresh;
        fresh.stopAt = stopAt;
        CHECK(test::errorOf(exporter.writeTo(dir.filePath(u"new"_s), fresh.progress())) == core::ErrorCode::Cancelled);
        Reports over;
        over.stopAt = stopAt;
        CHECK(test::errorOf(exporter.writeTo(earlier, over.progress())) == core::ErrorCode::Cancelled);
        CHECK(folderState(earlier) == before);
        // No new folder, no staging folder left beside them.
        CHECK(entries(dir.path()) == QStringList{u"earlier"_s});
    }
}

TEST_CASE("Publishing from the Commission area shows its progress, and a cancel writes and logs nothing",
          "[ui][progress][publication]")
{
    Demo d;
    ui::CommissionArea* area = d.window->commissionArea();
    area->setPrompter(std::make_unique<FakePrompter>(d.prompts));
    area->setYear(DemoYear);
    auto logged = [&d] {
        auto records = d.session().publication().publications(DemoYear);
        REQUIRE(records.has_value());
        return records->size();
    };
    const std::size_t before = logged();
    const QString out = d.path(u"public-2024"_s);
    d.prompts->folder = out;
    {
        Watch watch(10);
        area->publishAction()->trigger();
        CHECK(watch.seen.size() == 11);
    }
    CHECK(area->messageLabel()->text() == cancelledText());
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(named(d.dir.path(), u"public-2024"_s).isEmpty()); // nor its staging folder
    CHECK(logged() == before);

    Watch watch;
    REQUIRE(area->publish(out));
    checkProgress(watch.seen);
    CHECK(entries(out).contains(u"index.html"_s));
    CHECK(logged() == before + 1);
    CHECK(area->messageLabel()->text().contains(QDir::toNativeSeparators(out)));
}

// --- Backup -------------------------------------------------------------------------------------

TEST_CASE("A cancelled backup leaves no file", "[ui][progress][backup]")
{
    // The demo database: more than one step of the copy.
    test::TestDatabase t{test::TestDatabase::CopyOf{demoTemplate()}};
    const QString target = t.dir.filePath(u"backups/copy.db"_s);
    const QStringList before = test::databaseState(*t.db);
    Reports reports;
    reports.stopAt = 0;
    CHECK(test::errorOf(t.db->backupTo(target, reports.progress())) == core::ErrorCode::Cancelled);
    CHECK(reports.seen.size() == 1);
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(entries(t.dir.filePath(u"backups"_s)).isEmpty()); // no "copy.db.part" either
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A backup reports its pages, moving on", "[ui][progress][backup]")
{
    test::TestDatabase t{test::TestDatabase::CopyOf{demoTemplate()}};
    const QString target = t.dir.filePath(u"backups/copy.db"_s);
    Reports reports;
    REQUIRE(t.db->backupTo(target, reports.progress()));
    CHECK(QFileInfo(target).size() > 0);
    REQUIRE_FALSE(reports.seen.empty());
    for (const auto& [done, total] : reports.seen) {
        CHECK(done > 0);
        CHECK(done <= total);
    }
    CHECK(entries(t.dir.filePath(u"backups"_s)) == QStringList{u"copy.db"_s});
}

TEST_CASE("A backup's progress ends at its total", "[ui][progress][backup]")
{
    // Database::backupTo reports after each step but the last (the loop ends on SQLITE_DONE).
    test::TestDatabase t{test::TestDatabase::CopyOf{demoTemplate()}};
    Reports reports;
    REQUIRE(t.db->backupTo(t.dir.filePath(u"copy.db"_s), reports.progress()));
    checkProgress(reports.seen);
}

// --- Scoring a year -----------------------------------------------------------------------------

TEST_CASE("Scoring a year reports its bodies and a cancel changes nothing", "[ui][progress][scores]")
{
    Demo d;
    core::Database& db = d.session().database();
    const QStringList before = test::databaseState(db);
    Reports all;
    auto scored = d.session().scores().scores(DemoYear, 1, all.progress());
    REQUIRE(scored.has_value());
    REQUIRE(scored->size() > 3);
    checkProgress(all.seen, false); // ScoreService reports each body before scoring it
    CHECK(all.seen.back().second == static_cast<qint64>(scored->size()));

    Reports stopped;
    stopped.stopAt = 2;
    CHECK(test::errorOf(d.session().scores().scores(DemoYear, 1, stopped.progress())) == core::ErrorCode::Cancelled);
    CHECK(stopped.seen.size() == 3);
    CHECK(test::databaseState(db) == before);
}

TEST_CASE("The scores table reports the three years it scores up to the end, and a cancel keeps it as it was",
          "[ui][progress][scores]")
{
    Demo d;
    ui::ScoreTableModel model(d.session());
    Reports all;
    REQUIRE(model.load(DemoYear, 1, all.progress()));
    checkProgress(all.seen);
    const int rows = model.rowCount();
    REQUIRE(rows > 3);
    const qint64 first = model.line(0).score.bodyId;

    Reports stopped;
    stopped.stopAt = static_cast<qint64>(all.seen.size()) / 2;
    CHECK(test::errorOf(model.load(DemoYear - 1, 2, stopped.progress())) == core::ErrorCode::Cancelled);
    CHECK(model.year() == DemoYear);
    CHECK(model.block() == 1);
    CHECK(model.rowCount() == rows);
    CHECK(model.line(0).score.bodyId == first);
}

TEST_CASE("A cancelled scoring in the Scores area keeps the table, its year and its block", "[ui][progress][scores]")
{
    Demo d;
    ui::ScoresArea* area = d.window->scoresArea();
    area->setBlock(1);
    area->setYear(DemoYear);
    REQUIRE(area->tableModel()->year() == DemoYear);
    const int rows = area->tableModel()->rowCount();
    REQUIRE(rows > 0);
    {
        Watch watch(3);
        area->setYear(DemoYear - 1);
        CHECK(watch.seen.size() == 4);
    }
    CHECK(area->errorLabel()->text() == cancelledText());
    CHECK(area->yearSpinBox()->value() == DemoYear);
    CHECK(area->tableModel()->year() == DemoYear);
    CHECK(area->tableModel()->rowCount() == rows);

    Watch watch;
    area->setYear(DemoYear - 1);
    CHECK(area->tableModel()->year() == DemoYear - 1);
    CHECK(area->errorLabel()->isHidden());
    checkProgress(watch.seen);
}

TEST_CASE("Computing the Commission's result reports its steps, and a cancel keeps the table", "[ui][progress]")
{
    Demo d;
    Reports all;
    auto result = d.session().commission().result(DemoYear, all.progress());
    REQUIRE(result.has_value());
    checkProgress(all.seen);

    ui::CommissionArea* area = d.window->commissionArea();
    area->setYear(DemoYear);
    const int rows = area->tableModel()->rowCount();
    REQUIRE(rows > 0);
    {
        Watch watch(2);
        area->yearSpinBox()->setValue(DemoYear - 1);
    }
    CHECK(area->messageLabel()->text() == cancelledText());
    CHECK(area->yearSpinBox()->value() == DemoYear);
    CHECK(area->tableModel()->result().year == DemoYear);
    CHECK(area->tableModel()->rowCount() == rows);
}

// --- Importing a package ------------------------------------------------------------------------

namespace {

constexpr int ImportYear = 2025;
constexpr int ImportBlock = 2;

core::Indicator indicator(const QString& code, double weight, core::ScoringKind kind, std::optional<double> plan)
{
    core::Indicator i;
    i.code = code;
    i.name = {u"қаз "_s + code, u"рус "_s + code, u"Indicator "_s + code};
    i.definition = {u"қаз"_s, u"рус"_s, u"How it is counted"_s};
    i.unit = {u"%"_s, u"%"_s, u"%"_s};
    i.verification = {u"қаз"_s, u"рус"_s, u"Register"_s};
    i.weight = weight;
    i.scoring = kind;
    i.direction = core::Direction::Higher;
    i.plan = plan;
    i.sourceType = 1;
    return i;
}

/// Block 2 of 2025: R1 to R4, ratios of a plan of 100.
core::Methodology methodology()
{
    core::Methodology m;
    m.block = ImportBlock;
    m.year = ImportYear;
    m.title = {u"қаз"_s, u"рус"_s, u"Progress test methodology"_s};
    core::Criterion c;
    c.code = u"C1"_s;
    c.name = {u"қаз"_s, u"рус"_s, u"Criterion"_s};
    c.weight = 100;
    for (const QString& code : {u"R1"_s, u"R2"_s, u"R3"_s, u"R4"_s})
        c.indicators.push_back(indicator(code, 25, core::ScoringKind::Ratio, 100));
    m.criteria = {c};
    return m;
}

/// The analyst's main window over a fresh database with the shipped registry, block 2's approved
/// methodology and the schedule of 2025.
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
        schedule.year = ImportYear;
        schedule.approvedOn = QDate(2025, 12, 10);
        schedule.stages = {QDate(2026, 2, 16), QDate(2026, 4, 1), QDate(2026, 5, 4), QDate(2026, 5, 20),
                           QDate(2026, 6, 10)};
        REQUIRE(s.schedules().set(schedule, u"test"_s).has_value());
        auto body = s.registry().repository().bodyByCode(u"MOA"_s);
        REQUIRE(body.has_value());
        REQUIRE(body->has_value());
        moa = (**body).id;
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        window->switchLanguage(core::Language::English);
        area = window->packagesArea();
        area->setPrompter(std::make_unique<FakePrompter>(prompts));
    }
    ~Analyst() { language.apply(core::Language::English); }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::PackagesArea* area = nullptr;
    std::shared_ptr<FakePrompter::State> prompts = std::make_shared<FakePrompter::State>();
    qint64 moa = 0;
};

/// MOA's workstation, made from its template on 2 February 2026: its report package of block 2.
QByteArray reportPackage(const QByteArray& templateFile)
{
    test::TestDatabase t{test::Shipped::Nothing};
    core::MethodologyService methodologies{*t.db, *t.audit};
    core::ScheduleService schedules{*t.db, *t.audit};
    core::ScoreService scores{t.registry->repository(), methodologies};
    core::ReportService reports{*t.db, *t.audit, methodologies, schedules, scores};
    core::PackageService packages{*t.db, *t.audit, *t.registry, methodologies, schedules, reports};
    t.clock.set(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC));
    auto info = packages.initWorkstation(templateFile, u"init"_s);
    REQUIRE(info.has_value());
    auto ws = packages.workstation();
    REQUIRE(ws.has_value());
    REQUIRE(ws->has_value());
    const core::ReportKey key{(**ws).bodyId, (**ws).year, ImportBlock};
    std::vector<core::ReportItem> items;
    for (const QString& code : {u"R1"_s, u"R2"_s, u"R3"_s, u"R4"_s}) {
        core::ReportItem item;
        item.code = code;
        item.value.fact = 90;
        item.sourceReference = u"Register No. 7"_s;
        items.push_back(item);
    }
    REQUIRE(reports.saveItems(key, items, u"entry"_s).has_value());
    REQUIRE(reports.submit(key, u"submit"_s).has_value());
    auto file = packages.exportReport(u"export"_s);
    REQUIRE(file.has_value());
    return *file;
}

} // namespace

TEST_CASE("A cancelled import changes nothing and says so, a whole one reports its lines", "[ui][progress][packages]")
{
    Analyst a;
    const QString templatePath = a.dir.filePath(u"MOA-template.bagalau"_s);
    REQUIRE(a.area->issueTemplate(a.moa, ImportYear, templatePath, u"test"_s).has_value());
    const QString packagePath = a.dir.filePath(u"MOA-report.bagalau"_s);
    writeAll(packagePath, reportPackage(readAll(templatePath)));

    core::Database& db = a.window->session().database();
    const QStringList before = test::databaseState(db);
    {
        Watch watch(2); // after the first line is applied
        CHECK(a.area->importPackage(packagePath) == ui::PackagesArea::ImportOutcome::Cancelled);
        CHECK(watch.seen.size() == 3);
    }
    CHECK(test::databaseState(db) == before);
    CHECK(a.area->messageLabel()->text() == cancelledText());
    CHECK(a.area->lastError().has_value());
    CHECK(a.prompts->warnings.isEmpty()); // the user asked for it: no warning

    Watch watch;
    CHECK(a.area->importPackage(packagePath) == ui::PackagesArea::ImportOutcome::Imported);
    checkProgress(watch.seen);
    CHECK(watch.seen.back() == Report{4, 4});
    CHECK(test::databaseState(db) != before);
}
