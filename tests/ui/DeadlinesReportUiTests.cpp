// SPDX-License-Identifier: GPL-3.0-or-later
// Report deadlines on the Deadlines dashboard (§41): at the analyst's, one row per year and block
// with how many bodies have submitted, how many late and how many not yet; on a body's
// workstation, one row per own report with its state.
#include "support/QtStringMakers.h"

#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/widgets/DeadlinesArea.h"
#include "ui/widgets/DeadlinesModel.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/MethodologyService.h"
#include "core/PackageService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Model = ui::DeadlinesModel;
using Kind = ui::DeadlinesModel::Item::Kind;

namespace {

constexpr int Year = 2025;
constexpr int Block = 2;
const QDate Deadline(2026, 2, 16);

core::Text3 text3(const QString& en)
{
    return {u"қаз "_s + en, u"рус "_s + en, en};
}

/// Block 2 of 2025 with one yes/no indicator.
core::Methodology methodology()
{
    core::Indicator i;
    i.code = u"R1"_s;
    i.name = text3(u"Road map carried out"_s);
    i.definition = text3(u"Whether the road map was carried out"_s);
    i.unit = text3(u"yes/no"_s);
    i.verification = text3(u"Checked against the register"_s);
    i.weight = 100;
    i.scoring = core::ScoringKind::YesNo;
    i.plan = 1;
    i.sourceType = 1;
    core::Criterion c;
    c.code = u"C1"_s;
    c.name = text3(u"Criterion"_s);
    c.weight = 100;
    c.indicators = {i};
    core::Methodology m;
    m.block = Block;
    m.year = Year;
    m.title = text3(u"Deadline test methodology"_s);
    m.criteria = {c};
    return m;
}

/// The methodology approved and the schedule of 2025 (reporting by 16 February 2026).
void prepare(core::MethodologyService& methodologies, core::ScheduleService& schedules)
{
    auto id = methodologies.create(methodology(), u"test"_s);
    REQUIRE(id.has_value());
    REQUIRE(
        methodologies
            .approve(*id, {u"Order No. 1"_s, QDate(2025, 12, 20), QDate(2025, 12, 10), QDate(2025, 12, 15)}, u"test"_s)
            .has_value());
    core::Schedule schedule;
    schedule.year = Year;
    schedule.approvedOn = QDate(2025, 12, 10);
    schedule.stages = {Deadline, QDate(2026, 4, 1), QDate(2026, 5, 4), QDate(2026, 5, 20), QDate(2026, 6, 10)};
    REQUIRE(schedules.set(schedule, u"test"_s).has_value());
}

void submit(ui::Session& session, qint64 body)
{
    core::ReportItem item;
    item.code = u"R1"_s;
    item.value.fact = 1;
    item.value.sourceType = 1;
    item.sourceReference = u"Register No. 7"_s;
    const core::ReportKey key{body, Year, Block};
    REQUIRE(session.reports().saveItem(key, item, u"entry"_s).has_value());
    REQUIRE(session.reports().submit(key, u"submit"_s).has_value());
}

/// A main window over a database file.
struct Window
{
    explicit Window(const QString& path)
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        auto opened = ui::Session::open(path, u"ui-tester"_s);
        REQUIRE(opened.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        window->switchLanguage(core::Language::English);
        deadlines = window->deadlinesArea();
        REQUIRE(deadlines != nullptr);
    }
    ~Window() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::DeadlinesArea* deadlines = nullptr;
};

std::vector<int> rowsOf(const Model& model, Kind kind)
{
    std::vector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.item(row).kind == kind)
            rows.push_back(row);
    return rows;
}

QString text(const Model& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

qint64 idOf(ui::Session& session, const QString& code)
{
    auto body = session.registry().repository().bodyByCode(code);
    REQUIRE(body.has_value());
    REQUIRE(body->has_value());
    return (**body).id;
}

} // namespace

TEST_CASE("The reporting deadline of a block shows how many bodies submitted, how many late and not yet",
          "[ui][deadlines][reports]")
{
    QTemporaryDir dir;
    Window w(dir.filePath(u"analyst.db"_s));
    prepare(w.session().methodologies(), w.session().schedules());
    Model model(w.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2026, 2, 10));
    REQUIRE(model.reload().has_value());

    // Only block 2 has a methodology: one row, after the schedule's own date of the deadline.
    auto rows = rowsOf(model, Kind::Reports);
    REQUIRE(rows.size() == 1);
    int row = rows.front();
    CHECK(model.item(row).block == Block);
    CHECK(model.item(row).due == Deadline);
    const int total = model.item(row).reports.total;
    REQUIRE(total > 1);
    CHECK(text(model, row, Model::What) == u"Block 2: reporting information of the bodies (§41)"_s);
    CHECK(text(model, row, Model::Subject)
          == u"Evaluation of 2025: 0 of %1 submitted, 0 late, %1 not yet"_s.arg(total));
    CHECK(model.state(row) == Model::State::DueSoon);
    CHECK(rowsOf(model, Kind::Stage).front() < row);
    CHECK(rowsOf(model, Kind::OwnReport).empty());

    // MOA submits today, after the deadline: submitted and late.
    const qint64 moa = idOf(w.session(), u"MOA"_s);
    submit(w.session(), moa);
    REQUIRE(model.reload().has_value());
    row = rowsOf(model, Kind::Reports).front();
    CHECK(text(model, row, Model::Subject)
          == u"Evaluation of 2025: 1 of %1 submitted, 1 late, %2 not yet"_s.arg(total).arg(total - 1));
    CHECK(text(model, row, Model::Subject, Qt::ToolTipRole).contains(u"Submitted late: MOA"_s));
    CHECK(text(model, row, Model::Subject, Qt::ToolTipRole).contains(u"Not submitted yet: "_s));
    model.setToday(QDate(2026, 3, 2));
    row = rowsOf(model, Kind::Reports).front();
    CHECK(model.state(row) == Model::State::Overdue);
    CHECK(text(model, row, Model::Status) == u"Overdue"_s);

    // The dashboard shows it too, and counts it as overdue.
    w.deadlines->setToday(QDate(2026, 3, 2));
    w.deadlines->reload();
    CHECK_FALSE(rowsOf(*w.deadlines->model(), Kind::Reports).empty());
}

TEST_CASE("A block whose bodies have all submitted is done", "[ui][deadlines][reports]")
{
    QTemporaryDir dir;
    Window w(dir.filePath(u"analyst.db"_s));
    prepare(w.session().methodologies(), w.session().schedules());
    const qint64 moa = idOf(w.session(), u"MOA"_s);
    // The year's list has only MOA (§17).
    auto listed = w.session().registry().repository().evaluatedList(Year);
    REQUIRE(listed.has_value());
    for (const qint64 id : *listed)
        if (id != moa)
            REQUIRE(w.session().controller().setOnEvaluatedList(Year, id, false, u"test"_s));
    if (std::find(listed->begin(), listed->end(), moa) == listed->end())
        REQUIRE(w.session().controller().setOnEvaluatedList(Year, moa, true, u"test"_s));
    submit(w.session(), moa);
    Model model(w.session());
    model.setToday(QDate(2026, 3, 2));
    REQUIRE(model.reload().has_value());
    auto rows = rowsOf(model, Kind::Reports);
    REQUIRE(rows.size() == 1);
    CHECK(text(model, rows.front(), Model::Subject) == u"Evaluation of 2025: 1 of 1 submitted, 1 late, 0 not yet"_s);
    CHECK(model.state(rows.front()) == Model::State::Done);
    CHECK(text(model, rows.front(), Model::DaysLeft).isEmpty());
}

TEST_CASE("On a body's workstation each own report has its row with its state", "[ui][deadlines][reports]")
{
    QTemporaryDir dir;
    QByteArray templateFile;
    {
        Window analyst(dir.filePath(u"analyst.db"_s));
        prepare(analyst.session().methodologies(), analyst.session().schedules());
        auto file = analyst.session().packages().issueTemplate(idOf(analyst.session(), u"MOA"_s), Year, u"test"_s);
        REQUIRE(file.has_value());
        templateFile = *file;
    }
    const QString path = dir.filePath(u"workstation.db"_s);
    {
        // As the command line makes it: a new database, made the workstation of the template's body.
        core::SystemClock clock;
        auto db = core::Database::open(path, {});
        REQUIRE(db.has_value());
        core::AuditLog audit(**db, clock, u"body"_s);
        core::RegistryService registry(**db, audit);
        core::MethodologyService methodologies(**db, audit);
        core::ScheduleService schedules(**db, audit);
        core::ScoreService scores(registry.repository(), methodologies);
        core::ReportService reports(**db, audit, methodologies, schedules, scores);
        core::PackageService packages(**db, audit, registry, methodologies, schedules, reports);
        auto info = packages.initWorkstation(templateFile, u"init"_s);
        if (!info)
            FAIL("the workstation is not made: " << info.error().detail.toStdString());
    }
    Window w(path);
    REQUIRE(w.session().isWorkstation());
    Model model(w.session());
    model.setToday(QDate(2026, 3, 2));
    REQUIRE(model.reload().has_value());
    CHECK(rowsOf(model, Kind::Reports).empty());
    CHECK(rowsOf(model, Kind::Approval).empty()); // the schedule came approved with the template
    auto rows = rowsOf(model, Kind::OwnReport);
    REQUIRE(rows.size() == 1);
    int row = rows.front();
    CHECK(text(model, row, Model::What) == u"Block 2: our reporting information (§41)"_s);
    CHECK(text(model, row, Model::Subject) == u"Evaluation of 2025: Draft, overdue — 14 days"_s);
    CHECK(model.state(row) == Model::State::Overdue);

    submit(w.session(), w.session().workstationBodyId());
    REQUIRE(model.reload().has_value());
    row = rowsOf(model, Kind::OwnReport).front();
    CHECK(text(model, row, Model::Subject).startsWith(u"Evaluation of 2025: Submitted, late — "_s));
    CHECK(model.state(row) == Model::State::Done);
}
