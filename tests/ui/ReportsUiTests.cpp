// SPDX-License-Identifier: GPL-3.0-or-later
// The "Reports" area: the year's reports and the entry form of one (§41). Each edit is saved at
// once (a second session sees it), numbers are checked inline, errors stop the submission, a
// submitted report is locked, returned with remarks that need answers, accepted; evidence files
// with their SHA-256; and the workstation's side with packages. The data are built here.
#include "support/QtStringMakers.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/ReportFormModel.h"
#include "ui/models/ReportTableModel.h"
#include "ui/widgets/EvidenceDialog.h"
#include "ui/widgets/ReportImportDialog.h"
#include "ui/widgets/ReportPrompter.h"
#include "ui/widgets/ReportReturnDialog.h"
#include "ui/widgets/ReportTexts.h"
#include "ui/widgets/ReportsArea.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/MethodologyService.h"
#include "core/Package.h"
#include "core/PackageService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <catch2/catch.hpp>

#include <cmath>

using namespace Qt::StringLiterals;
using Form = ui::ReportFormModel;
using Table = ui::ReportTableModel;

namespace {

constexpr int Year = 2024;
constexpr int FutureYear = 2026; ///< its deadline has not passed yet

core::Text3 text3(const QString& kk, const QString& ru, const QString& en)
{
    return core::Text3{kk, ru, en};
}

core::Indicator indicator(const QString& code, double weight, core::ScoringKind kind, std::optional<double> plan,
                          const core::Text3& name, const core::Text3& unit)
{
    core::Indicator i;
    i.code = code;
    i.name = name;
    i.definition = text3(u"Анықтама "_s + code, u"Определение "_s + code, u"Definition of "_s + code);
    i.verification = text3(u"Тексеру "_s + code, u"Проверка "_s + code, u"Check of "_s + code);
    i.unit = unit;
    i.weight = weight;
    i.scoring = kind;
    i.plan = plan;
    i.sourceType = 6;
    return i;
}

/// The goals block: C1 (60) with I1 and I2, ratios of a plan of 100 (I2 accepts facts up to 150);
/// C2 (40) with I3, yes or no.
core::Methodology goalsMethodology(int year)
{
    core::Methodology m;
    m.block = 1;
    m.year = year;
    m.sample = true;
    m.title =
        text3(u"Мақсаттарға қол жеткізу (үлгі)"_s, u"Достижение целей (образец)"_s, u"Achievement of goals (sample)"_s);
    core::Criterion c1;
    c1.code = u"C1"_s;
    c1.name = text3(u"Стратегиялық мақсаттар"_s, u"Стратегические цели"_s, u"Strategic goals"_s);
    c1.weight = 60;
    c1.indicators.push_back(indicator(u"I1"_s, 50, core::ScoringKind::Ratio, 100,
                                      text3(u"Нысаналы индикаторларға қол жеткізу"_s,
                                            u"Достижение целевых индикаторов"_s, u"Target indicators met"_s),
                                      text3(u"%"_s, u"%"_s, u"%"_s)));
    core::Indicator i2 =
        indicator(u"I2"_s, 50, core::ScoringKind::Ratio, 100,
                  text3(u"Бюджет қаражатын игеру"_s, u"Освоение бюджетных средств"_s, u"Budget funds used"_s),
                  text3(u"%"_s, u"%"_s, u"%"_s));
    i2.maximum = 150;
    c1.indicators.push_back(i2);
    core::Criterion c2;
    c2.code = u"C2"_s;
    c2.name = text3(u"Тапсырмаларды орындау"_s, u"Исполнение поручений"_s, u"Orders carried out"_s);
    c2.weight = 40;
    c2.indicators.push_back(
        indicator(u"I3"_s, 100, core::ScoringKind::YesNo, std::nullopt,
                  text3(u"Жол картасы орындалды"_s, u"Дорожная карта исполнена"_s, u"Road map carried out"_s),
                  text3(u"иә/жоқ"_s, u"да/нет"_s, u"yes/no"_s)));
    m.criteria = {c1, c2};
    return m;
}

/// A schedule whose reporting date is 1 March of the year after.
core::Schedule schedule(int year)
{
    core::Schedule s;
    s.year = year;
    s.approvedOn = QDate(year, 12, 10);
    s.stages = {QDate(year + 1, 3, 1), QDate(year + 1, 4, 1), QDate(year + 1, 5, 4), QDate(year + 1, 6, 1),
                QDate(year + 1, 7, 1)};
    return s;
}

/// Goals methodologies for 2023, 2024 and 2026 with their schedules; MOA's facts of 2023 for reference.
void seed(core::MethodologyService& methodologies, core::ScheduleService& schedules, qint64 moa)
{
    for (int year : {Year - 1, Year, FutureYear}) {
        REQUIRE(methodologies.create(goalsMethodology(year), u"test"_s).has_value());
        auto set = schedules.set(schedule(year), u"test"_s);
        if (!set)
            FAIL("the schedule is refused: " << set.error().detail.toStdString());
    }
    std::vector<core::StoredValue> lastYear = {
        {moa, u"I1"_s, {100.0, 80.0, 6}}, {moa, u"I2"_s, {100.0, 90.0, 6}}, {moa, u"I3"_s, {std::nullopt, 1.0, 6}}};
    REQUIRE(methodologies.importValues(Year - 1, 1, lastYear, true, u"test"_s).has_value());
}

/// Answers the area's questions without a window.
struct TestPrompter final : ui::ReportPrompter
{
    bool answer = true;
    int confirmations = 0;
    QStringList files;
    QString openPath;
    QString saveAs;
    QStringList suggestions;
    QStringList warnings;
    std::vector<QUrl> opened;
    std::function<int(QDialog&)> onDialog;

    bool confirm(QWidget*, const QString&, const QString&, const QString&) override
    {
        ++confirmations;
        return answer;
    }
    void inform(QWidget*, const QString&, const QString&) override { }
    void warn(QWidget*, const QString&, const QString& text) override { warnings << text; }
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return files; }
    QString openFile(QWidget*, const QString&, const QString&) override { return openPath; }
    QString saveFile(QWidget*, const QString&, const QString& suggested, const QString&) override
    {
        suggestions << suggested;
        return saveAs;
    }
    int exec(QDialog& dialog) override { return onDialog ? onDialog(dialog) : int(QDialog::Rejected); }
    bool openUrl(const QUrl& url) override
    {
        opened.push_back(url);
        return true;
    }
};

/// A main window over a fresh database with the shipped registry and the goals block seeded,
/// showing MOA's report of 2024.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        auto opened = ui::Session::open(path(), u"ui-tester"_s);
        REQUIRE(opened.has_value());
        const auto moa = (*opened)->registry().repository().bodyByCode(u"MOA"_s);
        REQUIRE(moa.has_value());
        REQUIRE(moa->has_value());
        moaId = (**moa).id;
        seed((*opened)->methodologies(), (*opened)->schedules(), moaId);
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        area = window->reportsArea();
        REQUIRE(area != nullptr);
        auto owned = std::make_unique<TestPrompter>();
        prompter = owned.get();
        area->setPrompter(std::move(owned));
        window->switchLanguage(core::Language::English);
        area->setYear(Year);
        REQUIRE(area->selectReport(u"MOA"_s, 1));
    }
    ~Fixture() { language.apply(core::Language::English); }

    [[nodiscard]] QString path() const { return dir.filePath(u"reports.db"_s); }
    [[nodiscard]] ui::Session& session() { return window->session(); }
    [[nodiscard]] Form& form() { return *area->formModel(); }
    [[nodiscard]] Table& table() { return *area->tableModel(); }
    [[nodiscard]] core::ReportKey key() const { return {moaId, Year, 1}; }
    [[nodiscard]] core::Report report()
    {
        auto r = session().reports().report(key());
        REQUIRE(r.has_value());
        return *r;
    }
    [[nodiscard]] QModelIndex cell(const QString& code, int column)
    {
        const QModelIndex index = form().cellIndex(code, column);
        REQUIRE(index.isValid());
        return index;
    }
    /// Facts for every line, with their sources named: a form without errors or warnings.
    void fillAll()
    {
        const std::initializer_list<std::pair<QString, double>> facts = {
            {u"I1"_s, 95.0}, {u"I2"_s, 88.0}, {u"I3"_s, 1.0}};
        for (const auto& [code, fact] : facts) {
            REQUIRE(area->setCell(code, Form::Fact, ui::Language::formatNumber(fact)));
            REQUIRE(area->setCell(code, Form::Reference, u"Annual report, p. 3"_s));
        }
        REQUIRE(form().errorCount() == 0);
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::ReportsArea* area = nullptr;
    TestPrompter* prompter = nullptr;
    qint64 moaId = 0;
};

} // namespace

TEST_CASE("The form lists the methodology's indicators under their criteria", "[ui][reports]")
{
    Fixture f;
    QAbstractItemModelTester formTester(f.area->formModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tableTester(f.area->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    Form& form = f.form();
    REQUIRE(form.rowCount() == 2);
    CHECK(form.index(0, Form::Code).data().toString() == u"C1  Strategic goals (weight 60 %)"_s);
    REQUIRE(form.rowCount(form.index(0, 0)) == 2);
    REQUIRE(form.rowCount(form.index(1, 0)) == 1);
    CHECK(form.index(0, Form::Code, form.index(0, 0)).data().toString() == u"I1"_s);
    CHECK(form.index(1, Form::Code, form.index(0, 0)).data().toString() == u"I2"_s);
    CHECK(form.index(0, Form::Code, form.index(1, 0)).data().toString() == u"I3"_s);
    CHECK(f.cell(u"I1"_s, Form::Name).data().toString() == u"Target indicators met"_s);
    CHECK(f.cell(u"I1"_s, Form::Unit).data().toString() == u"%"_s);
    // The tooltip says what the indicator is and how it is checked and scored.
    const QString tip = f.cell(u"I1"_s, Form::Name).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(u"Definition of I1"_s));
    CHECK(tip.contains(u"Check of I1"_s));
    CHECK(tip.contains(ui::Labels::scoringKind(core::ScoringKind::Ratio)));
    // Last year's plan and fact for reference; the methodology's plan in an empty plan cell.
    CHECK(f.cell(u"I1"_s, Form::LastYear).data().toString() == u"100 / 80"_s);
    CHECK(f.cell(u"I1"_s, Form::Plan).data().toString() == u"100"_s);
    CHECK(f.cell(u"I1"_s, Form::Plan).data(Qt::EditRole).toString().isEmpty());
    CHECK(f.cell(u"I1"_s, Form::Plan).data(Form::PlaceholderRole).toString().contains(u"100"_s));
    CHECK(f.cell(u"I1"_s, Form::Source).data().toString() == ui::Labels::sourceType(6));
    CHECK(f.cell(u"I1"_s, Form::Fact).flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(f.cell(u"I1"_s, Form::Remark).flags().testFlag(Qt::ItemIsEditable));
    // No remarks yet: their columns are hidden.
    CHECK(f.area->formView()->isColumnHidden(Form::Remark));

    // The header and the table: a draft that nobody started, overdue.
    CHECK(f.area->titleLabel()->text().contains(u"Ministry of Agriculture"_s));
    CHECK(f.area->titleLabel()->text().contains(ui::Labels::block(1)));
    CHECK(f.area->stateLabel()->text() == u"Draft"_s);
    const int row = f.table().rowOf(f.moaId, 1);
    REQUIRE(row >= 0);
    CHECK(f.table().index(row, Table::Body).data().toString() == u"MOA  Ministry of Agriculture"_s);
    CHECK(f.table().index(row, Table::State).data().toString() == u"Draft"_s);
    CHECK(f.table().index(row, Table::Filled).data().toString() == u"0/3"_s);
    CHECK(f.table().index(row, Table::Errors).data().toInt() == 3);
    CHECK(f.table().index(row, Table::Deadline).data().toString() == u"1 Mar 2025"_s);
}

TEST_CASE("A fact typed in the form is saved at once: another session on the file sees it", "[ui][reports]")
{
    Fixture f;
    f.window->resize(1400, 900);
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->showArea(ui::MainWindow::ReportsAreaIndex);

    QTreeView* view = f.area->formView();
    view->setFocus();
    view->setCurrentIndex(f.cell(u"I1"_s, Form::Fact));
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = view->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    CHECK(editor->placeholderText() == u"empty: no data"_s);
    QTest::keyClicks(editor, u"85.5"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call

    CHECK(f.cell(u"I1"_s, Form::Fact).data().toString() == u"85.5"_s);
    // Nothing is kept only in memory: a second session (read-only: this one holds the file) reads it.
    {
        auto second = ui::Session::open(f.path(), u"second"_s);
        REQUIRE(second.has_value());
        auto items = (*second)->reports().items(f.key());
        REQUIRE(items.has_value());
        REQUIRE_FALSE(items->empty());
        CHECK(items->front().code == u"I1"_s);
        CHECK(items->front().value.fact == 85.5);
        CHECK((*second)->reports().report(f.key())->id != 0); // the draft exists now
    }
    // The row of the table follows.
    CHECK(f.table().index(f.table().rowOf(f.moaId, 1), Table::Filled).data().toString() == u"1/3"_s);

    // Undo takes the value back, in the database too.
    f.session().undoStack().undo();
    CHECK(f.cell(u"I1"_s, Form::Fact).data().toString().isEmpty());
    auto items = f.session().reports().items(f.key());
    REQUIRE(items.has_value());
    CHECK_FALSE(items->front().value.fact.has_value());
    f.session().undoStack().redo();
    CHECK(f.cell(u"I1"_s, Form::Fact).data().toString() == u"85.5"_s);
}

TEST_CASE("A fact that is not a number is refused inline and nothing is saved", "[ui][reports]")
{
    Fixture f;
    const int commands = f.session().undoStack().count();
    CHECK_FALSE(f.area->setCell(u"I1"_s, Form::Fact, u"много"_s));
    CHECK(f.area->errorLabel()->isVisibleTo(f.area));
    CHECK(f.area->errorLabel()->text().contains(u"много"_s));
    CHECK(f.session().undoStack().count() == commands);
    CHECK(f.report().id == 0); // not even the draft was made
    CHECK(f.cell(u"I1"_s, Form::Fact).data().toString().isEmpty());

    // A number in the interface's locale is taken.
    f.window->switchLanguage(core::Language::Russian);
    REQUIRE(f.area->setCell(u"I1"_s, Form::Fact, u"85,5"_s));
    auto items = f.session().reports().items(f.key());
    REQUIRE(items.has_value());
    CHECK(items->front().value.fact == 85.5);
    f.window->switchLanguage(core::Language::English);

    // Core's refusals are shown too.
    CHECK_FALSE(f.area->setFact(u"I2"_s, std::nan("")));
    CHECK(f.area->errorLabel()->text() == ui::ErrorText::of({core::ErrorCode::InvalidValue, {}}));
}

TEST_CASE("Errors are marked in their cells, listed below the form, and stop the submission", "[ui][reports]")
{
    Fixture f;
    // Nothing entered: every fact is missing.
    CHECK(f.form().errorCount() == 3);
    CHECK_FALSE(f.area->submitAction()->isEnabled());
    CHECK(f.area->submitInfoLabel()->text() == u"3 errors must be corrected before the report can be submitted."_s);
    CHECK(f.area->submitAction()->toolTip().contains(u"3 errors"_s));
    REQUIRE(f.area->problemsTree()->topLevelItemCount() == 3);
    CHECK(f.area->problemsTree()->topLevelItem(0)->text(0) == u"I1  Target indicators met"_s);
    CHECK(f.area->problemsTree()->topLevelItem(0)->text(1)
          == ui::ReportTexts::problem({u"I1"_s, core::EntryProblem::Kind::FactMissing}));
    const QModelIndex fact = f.cell(u"I1"_s, Form::Fact);
    CHECK(fact.data(Form::SeverityRole).toInt() == static_cast<int>(Form::Severity::Error));
    CHECK(fact.data(Qt::BackgroundRole).isValid());
    CHECK(fact.data(Qt::ToolTipRole).toString().contains(u"No fact"_s));

    // A problem of the list leads to its cell.
    f.area->goToProblem(2);
    CHECK(f.area->formView()->currentIndex() == f.cell(u"I3"_s, Form::Fact));

    // Out of range and not yes/no.
    REQUIRE(f.area->setCell(u"I2"_s, Form::Fact, u"180"_s));
    REQUIRE(f.area->setCell(u"I3"_s, Form::Fact, u"2"_s));
    CHECK(f.cell(u"I2"_s, Form::Fact).data(Qt::ToolTipRole).toString().contains(u"150"_s));
    CHECK(f.cell(u"I3"_s, Form::Fact).data(Form::SeverityRole).toInt() == static_cast<int>(Form::Severity::Error));

    // A comment explains a missing fact; facts without a source reference are only warnings.
    REQUIRE(f.area->setCell(u"I1"_s, Form::Comment, u"The statistics come out in May"_s));
    REQUIRE(f.area->setCell(u"I2"_s, Form::Fact, u"95"_s));
    REQUIRE(f.area->setCell(u"I3"_s, Form::Fact, u"1"_s));
    CHECK(f.form().errorCount() == 0);
    CHECK(f.form().warningCount() == 2);
    CHECK(f.cell(u"I2"_s, Form::Reference).data(Form::SeverityRole).toInt()
          == static_cast<int>(Form::Severity::Warning));
    CHECK(f.area->submitAction()->isEnabled());
    CHECK(f.area->submitInfoLabel()->text() == u"No errors: the report can be submitted."_s);
    CHECK(f.table().index(f.table().rowOf(f.moaId, 1), Table::Errors).data().toInt() == 0);
}

TEST_CASE("Submitting locks the form: its editors become read-only", "[ui][reports]")
{
    Fixture f;
    f.fillAll();
    f.prompter->answer = false;
    f.area->submitAction()->trigger();
    CHECK(f.prompter->confirmations == 1);
    CHECK(f.report().state == core::ReportState::Draft); // cancelled

    f.prompter->answer = true;
    f.area->submitAction()->trigger();
    CHECK(f.report().state == core::ReportState::Submitted);
    CHECK(f.report().revision == 1);
    CHECK(f.area->stateLabel()->text() == u"Submitted"_s);
    CHECK(f.area->lockBanner()->isVisibleTo(f.area));
    CHECK(f.area->lockBanner()->text().contains(u"locked. It can be changed only after it is returned for revision"_s));
    CHECK_FALSE(f.form().isEditable());
    for (int column : {Form::Plan, Form::Fact, Form::Source, Form::Reference, Form::Comment, Form::Answer})
        CHECK_FALSE(f.cell(u"I1"_s, column).flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(f.area->setFact(u"I1"_s, 10.0));
    CHECK_FALSE(f.area->submitAction()->isEnabled());
    CHECK(f.area->returnAction()->isEnabled());
    CHECK(f.area->acceptAction()->isEnabled());

    const int row = f.table().rowOf(f.moaId, 1);
    CHECK(f.table().index(row, Table::State).data().toString() == u"Submitted"_s);
    CHECK(f.table().index(row, Table::State).data(Table::LockedRole).toBool());
    CHECK(f.table().index(row, Table::State).data(Qt::DecorationRole).isValid()); // the padlock
    CHECK(f.table().index(row, Table::Revision).data().toInt() == 1);

    f.area->tabs()->setCurrentIndex(ui::ReportsArea::HistoryTab);
    REQUIRE(f.area->historyTree()->topLevelItemCount() >= 2);
    CHECK(f.area->historyTree()->topLevelItem(0)->text(2) == u"Submitted"_s); // the newest first
}

TEST_CASE("A report returned with remarks shows them, and each needs an answer before it goes again", "[ui][reports]")
{
    Fixture f;
    f.fillAll();
    REQUIRE(f.area->submitSelected());

    // The analyst's dialog: the reason and a remark on I2.
    f.prompter->onDialog = [](QDialog& dialog) {
        auto* d = qobject_cast<ui::ReportReturnDialog*>(&dialog);
        REQUIRE(d != nullptr);
        CHECK(d->remarksTable()->rowCount() == 3);
        CHECK(d->remarksTable()->item(1, ui::ReportReturnDialog::Fact)->text() == u"88"_s);
        d->setReturnReason(u"The budget figure does not match the treasury's"_s);
        REQUIRE(d->setRemark(u"I2"_s, u"Give the treasury's report as the source"_s));
        d->accept();
        return d->result();
    };
    f.area->returnAction()->trigger();
    const core::Report returned = f.report();
    CHECK(returned.state == core::ReportState::Returned);
    CHECK(returned.returnReason == u"The budget figure does not match the treasury's"_s);

    CHECK(f.area->returnBanner()->isVisibleTo(f.area));
    CHECK(f.area->returnBanner()->text().contains(u"The budget figure does not match the treasury's"_s));
    CHECK_FALSE(f.area->lockBanner()->isVisibleTo(f.area));
    CHECK_FALSE(f.area->formView()->isColumnHidden(Form::Remark));
    const QModelIndex remark = f.cell(u"I2"_s, Form::Remark);
    CHECK(remark.data().toString() == u"Give the treasury's report as the source"_s);
    CHECK(remark.data(Qt::BackgroundRole).isValid()); // highlighted
    CHECK_FALSE(remark.flags().testFlag(Qt::ItemIsEditable)); // the body does not change it
    CHECK(f.cell(u"I2"_s, Form::Answer).flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(f.cell(u"I1"_s, Form::Answer).flags().testFlag(Qt::ItemIsEditable)); // no remark there
    CHECK(f.cell(u"I2"_s, Form::Answer).data(Form::SeverityRole).toInt() == static_cast<int>(Form::Severity::Error));
    CHECK_FALSE(f.area->submitAction()->isEnabled());
    CHECK(f.table().index(f.table().rowOf(f.moaId, 1), Table::Remarks).data().toInt() == 1);

    REQUIRE(f.area->setCell(u"I2"_s, Form::Answer, u"The treasury's report No. 12 is attached"_s));
    CHECK(f.area->submitAction()->isEnabled());
    REQUIRE(f.area->submitSelected());
    CHECK(f.report().state == core::ReportState::Resubmitted);
    CHECK(f.report().revision == 2);
}

TEST_CASE("The return dialog does not close without a reason", "[ui][reports]")
{
    Fixture f;
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    ui::ReportReturnDialog dialog(f.form(), u"MOA"_s);
    dialog.setRemark(u"I1"_s, u"Where does it come from?"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel*>(u"errorLabel"_s)->isVisibleTo(&dialog));
    CHECK(dialog.remarks() == std::map<QString, QString>{{u"I1"_s, u"Where does it come from?"_s}});
    // Nor does the area return a report without one.
    CHECK_FALSE(f.area->returnSelected(u"  "_s, {}));
    CHECK(f.report().state == core::ReportState::Submitted);
}

TEST_CASE("Accepting locks the report for good — undo takes the acceptance back", "[ui][reports]")
{
    Fixture f;
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    f.area->acceptAction()->trigger();
    CHECK(f.prompter->confirmations == 1);
    CHECK(f.report().state == core::ReportState::Accepted);
    CHECK(f.area->stateLabel()->text() == u"Accepted"_s);
    CHECK(f.area->lockBanner()->text().contains(u"Accepted on"_s));
    CHECK_FALSE(f.area->acceptAction()->isEnabled());
    CHECK_FALSE(f.area->returnAction()->isEnabled());

    f.session().undoStack().undo();
    CHECK(f.report().state == core::ReportState::Submitted);
    CHECK(f.area->stateLabel()->text() == u"Submitted"_s);
    CHECK(f.area->acceptAction()->isEnabled());
}

TEST_CASE("Timeliness is shown apart from the state: overdue, late with its days, pending, on time", "[ui][reports]")
{
    CHECK(ui::ReportTexts::timeliness(core::Timeliness::Late, 12) == u"late — 12 days"_s);
    CHECK(ui::ReportTexts::timeliness(core::Timeliness::Late, 1) == u"late — 1 day"_s);
    CHECK(ui::ReportTexts::timeliness(core::Timeliness::OnTime, 0) == u"on time"_s);
    CHECK(ui::ReportTexts::timeliness(core::Timeliness::Pending, 0) == u"pending"_s);

    Fixture f;
    const int days = static_cast<int>(QDate(Year + 1, 3, 1).daysTo(QDate::currentDate()));
    REQUIRE(days > 0);
    const int row = f.table().rowOf(f.moaId, 1);
    CHECK(f.table().index(row, Table::Timeliness).data().toString()
          == ui::ReportTexts::timeliness(core::Timeliness::Overdue, days));
    CHECK(f.table().index(row, Table::Timeliness).data().toString().startsWith(u"overdue — "_s));
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    CHECK(f.table().index(row, Table::Timeliness).data().toString() == u"late — %1 days"_s.arg(days));
    CHECK(f.area->timelinessLabel()->text() == u"Late — %1 days"_s.arg(days));
    // Late and locked are both shown.
    CHECK(f.table().index(row, Table::State).data(Table::LockedRole).toBool());

    f.area->setYear(FutureYear);
    REQUIRE(f.area->selectReport(u"MOA"_s, 1));
    const int future = f.table().rowOf(f.moaId, 1);
    CHECK(f.table().index(future, Table::Timeliness).data().toString() == u"pending"_s);
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    CHECK(f.table().index(future, Table::Timeliness).data().toString() == u"on time"_s);
}

TEST_CASE("Evidence files are attached with their SHA-256, opened from their stored content and removed",
          "[ui][reports][evidence]")
{
    Fixture f;
    const QString file = f.dir.filePath(u"treasury-report.pdf"_s);
    const QByteArray content = "%PDF-1.4 the treasury's report on budget funds";
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

    // Through the dialog: Attach Files… with the file chooser's answer.
    f.prompter->files = {file};
    f.prompter->onDialog = [&](QDialog& dialog) {
        auto* d = qobject_cast<ui::EvidenceDialog*>(&dialog);
        REQUIRE(d != nullptr);
        QTest::mouseClick(d->findChild<QPushButton*>(u"attachButton"_s), Qt::LeftButton);
        REQUIRE(d->filesTree()->topLevelItemCount() == 1);
        CHECK(d->filesTree()->topLevelItem(0)->text(ui::EvidenceDialog::FileName) == u"treasury-report.pdf"_s);
        CHECK(d->filesTree()->topLevelItem(0)->text(ui::EvidenceDialog::Hash) == sha);
        return int(QDialog::Accepted);
    };
    f.area->showEvidence(u"I2"_s);
    const core::ReportItem* line = f.form().item(u"I2"_s);
    REQUIRE(line != nullptr);
    REQUIRE(line->evidence.size() == 1);
    const core::EvidenceInfo info = line->evidence.front();
    CHECK(info.sha256 == sha);
    CHECK(info.size == content.size());
    CHECK(f.cell(u"I2"_s, Form::Evidence).data().toString() == u"1"_s);
    CHECK(f.cell(u"I2"_s, Form::Evidence).data(Qt::ToolTipRole).toString().contains(sha.left(12)));
    CHECK(f.table().index(f.table().rowOf(f.moaId, 1), Table::Evidence).data().toInt() == 1);

    // The same content again is no second file.
    CHECK(f.area->addEvidence(u"I2"_s, file) == info.id);
    CHECK(f.form().item(u"I2"_s)->evidence.size() == 1);

    // Opened: the stored content is written out and handed to the desktop.
    const QString opened = f.area->openEvidence(info.id);
    REQUIRE_FALSE(opened.isEmpty());
    CHECK(QFileInfo(opened).fileName() == u"treasury-report.pdf"_s);
    QFile copy(opened);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == content);
    REQUIRE(f.prompter->opened.size() == 1);
    CHECK(f.prompter->opened.front() == QUrl::fromLocalFile(opened));

    // Removed, and brought back by undo.
    f.area->confirmRemoveEvidence(info.id, nullptr);
    CHECK(f.form().item(u"I2"_s)->evidence.empty());
    CHECK(f.cell(u"I2"_s, Form::Evidence).data().toString().isEmpty());
    f.session().undoStack().undo();
    REQUIRE(f.form().item(u"I2"_s)->evidence.size() == 1);
    CHECK(f.form().item(u"I2"_s)->evidence.front().sha256 == sha);

    // A locked report takes no files.
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    CHECK_FALSE(f.area->addEvidence(u"I1"_s, file).has_value());
    CHECK_FALSE(f.area->removeEvidence(f.form().item(u"I2"_s)->evidence.front().id));
    CHECK(f.form().item(u"I2"_s)->evidence.size() == 1);
}

TEST_CASE("The source type is chosen from the nine types of §7, type 7 not in the goals block", "[ui][reports]")
{
    Fixture f;
    f.window->resize(1400, 900);
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->showArea(ui::MainWindow::ReportsAreaIndex);
    QTreeView* view = f.area->formView();
    view->setFocus();
    view->setCurrentIndex(f.cell(u"I1"_s, Form::Source));
    QTest::keyClick(view, Qt::Key_F2);
    auto* combo = view->viewport()->findChild<QComboBox*>();
    REQUIRE(combo != nullptr);
    REQUIRE(combo->count() == core::SourceTypeCount);
    CHECK(combo->currentData().toInt() == 6); // the methodology's
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    REQUIRE(items != nullptr);
    CHECK_FALSE(items->item(core::ExpertSourceType - 1)->isEnabled());
    CHECK(items->item(0)->isEnabled());
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0); // a choice commits at once
    QCoreApplication::processEvents();
    auto stored = f.session().reports().items(f.key());
    REQUIRE(stored.has_value());
    CHECK(stored->front().value.sourceType == 1);
    CHECK(f.cell(u"I1"_s, Form::Source).data().toString() == ui::Labels::sourceType(1));
}

TEST_CASE("The table is filtered by state and searched by the body's code or name", "[ui][reports]")
{
    Fixture f;
    QAbstractItemModel* proxy = f.area->proxyModel();
    const int all = proxy->rowCount();
    REQUIRE(all > 1);
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    const int submitted = f.area->stateComboBox()->findData(static_cast<int>(core::ReportState::Submitted));
    f.area->stateComboBox()->setCurrentIndex(submitted);
    REQUIRE(proxy->rowCount() == 1);
    CHECK(proxy->index(0, Table::Body).data().toString().startsWith(u"MOA"_s));
    f.area->stateComboBox()->setCurrentIndex(0);
    CHECK(proxy->rowCount() == all);

    f.area->searchLineEdit()->setText(u"agricult"_s);
    REQUIRE(proxy->rowCount() >= 1);
    for (int row = 0; row < proxy->rowCount(); ++row)
        CHECK(proxy->index(row, Table::Body).data(Table::SearchRole).toString().contains(u"Agricult"_s));
    f.area->searchLineEdit()->setText(u"Ауыл"_s); // the Kazakh name is searched too
    CHECK(proxy->rowCount() >= 1);
    f.area->searchLineEdit()->clear();
    CHECK(proxy->rowCount() == all);
}

TEST_CASE("A database opened read-only shows the reports but changes nothing", "[ui][reports][database]")
{
    Fixture f;
    auto second = ui::Session::open(f.path(), u"second"_s);
    REQUIRE(second.has_value());
    REQUIRE((*second)->database().isReadOnly());
    ui::ReportsArea area(**second);
    area.setYear(Year);
    REQUIRE(area.selectReport(u"MOA"_s, 1));
    CHECK(area.formModel()->rowCount() == 2);
    CHECK_FALSE(area.formModel()->isEditable());
    CHECK_FALSE(area.setCell(u"I1"_s, Form::Fact, u"10"_s));
    CHECK_FALSE(area.submitAction()->isEnabled());
}

TEST_CASE("The default year is the latest with a methodology up to the year evaluated now", "[ui][reports]")
{
    Fixture f;
    // 2026 has a methodology but is not evaluated before 2027.
    const int evaluatedNow = QDate::currentDate().year() - 1;
    CHECK(ui::ReportsArea::defaultYear(f.session()) == (evaluatedNow >= FutureYear ? FutureYear : Year));
}

namespace {

/// The core services over a database, as the command-line tool makes them.
struct Services
{
    explicit Services(core::Database& db)
        : audit(db, clock, u"tester"_s)
        , registry(db, audit)
        , schedules(db, audit)
        , methodologies(db, audit)
        , scores(registry.repository(), methodologies)
        , reports(db, audit, methodologies, schedules, scores)
        , packages(db, audit, registry, methodologies, schedules, reports)
    { }
    core::SystemClock clock;
    core::AuditLog audit;
    core::RegistryService registry;
    core::ScheduleService schedules;
    core::MethodologyService methodologies;
    core::ScoreService scores;
    core::ReportService reports;
    core::PackageService packages;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("On a workstation the body submits, saves its package, and imports the analyst's return",
          "[ui][reports][workstation]")
{
    QTemporaryDir dir;
    const QString analystPath = dir.filePath(u"analyst.db"_s);
    const QString bodyPath = dir.filePath(u"moa.db"_s);
    qint64 moa = 0;
    QByteArray templateFile;
    {
        auto analyst = ui::Session::open(analystPath, u"analyst"_s);
        REQUIRE(analyst.has_value());
        moa = (*(*analyst)->registry().repository().bodyByCode(u"MOA"_s))->id;
        seed((*analyst)->methodologies(), (*analyst)->schedules(), moa);
        auto issued = (*analyst)->packages().issueTemplate(moa, FutureYear, u"test"_s);
        if (!issued)
            FAIL("no template: " << issued.error().detail.toStdString());
        templateFile = *issued;
    }
    {
        core::Database::Options options;
        auto db = core::Database::open(bodyPath, options);
        REQUIRE(db.has_value());
        Services services(**db);
        auto info = services.packages.initWorkstation(templateFile, u"test"_s);
        if (!info)
            FAIL("no workstation: " << info.error().detail.toStdString());
    }

    QByteArray reportPackage;
    ui::Settings settings(dir.filePath(u"settings.ini"_s));
    ui::Language language;
    language.apply(core::Language::English);
    {
        auto opened = ui::Session::open(bodyPath, u"body"_s);
        REQUIRE(opened.has_value());
        REQUIRE((*opened)->isWorkstation());
        ui::MainWindow window(std::move(*opened), settings, language);
        ui::ReportsArea* area = window.reportsArea();
        auto owned = std::make_unique<TestPrompter>();
        TestPrompter* prompter = owned.get();
        area->setPrompter(std::move(owned));
        // Only the body's work, in the template's year (a key of a year long past has expired).
        CHECK(area->year() == FutureYear);
        CHECK_FALSE(area->yearSpinBox()->isEnabled());
        REQUIRE(area->tableModel()->rowCount() == 1);
        CHECK(area->tableModel()->line(0).body.code == u"MOA"_s);
        CHECK(area->exportAction()->isVisible());
        CHECK(area->importReturnAction()->isVisible());
        CHECK_FALSE(area->returnAction()->isVisible());
        CHECK_FALSE(area->acceptAction()->isVisible());
        CHECK_FALSE(area->exportAction()->isEnabled()); // nothing submitted yet
        CHECK(area->formModel()->rowCount() == 2);

        for (const QString& code : {u"I1"_s, u"I2"_s, u"I3"_s}) {
            REQUIRE(area->setCell(code, Form::Fact, code == u"I3"_s ? u"1"_s : u"90"_s));
            REQUIRE(area->setCell(code, Form::Reference, u"Annual report"_s));
        }
        prompter->saveAs = dir.filePath(u"out/report.bagalau"_s);
        QDir().mkpath(dir.filePath(u"out"_s));
        area->submitAction()->trigger();
        auto key = area->selectedKey();
        REQUIRE(key.has_value());
        CHECK(area->formModel()->report().state == core::ReportState::Submitted);
        REQUIRE(prompter->suggestions.size() == 1);
        CHECK(QFileInfo(prompter->suggestions.front()).fileName() == u"MOA-2026-report-1.bagalau"_s);
        REQUIRE(QFile::exists(prompter->saveAs));
        reportPackage = readAll(prompter->saveAs);
        auto package = core::readPackage(reportPackage);
        REQUIRE(package.has_value());
        CHECK(package->header.kind == core::PackageKind::Report);
        CHECK(package->header.sequence == 1);
        CHECK(area->exportAction()->isEnabled());
        CHECK(area->messageLabel()->text().contains(u"report.bagalau"_s));
    }

    // The analyst imports it and returns it with a remark: a template was issued, so as a package.
    QString returnPath = dir.filePath(u"out/return.bagalau"_s);
    {
        auto opened = ui::Session::open(analystPath, u"analyst"_s);
        REQUIRE(opened.has_value());
        auto imported = (*opened)->packages().importReport(reportPackage, false, u"test"_s);
        if (!imported)
            FAIL("not imported: " << imported.error().detail.toStdString());
        ui::MainWindow window(std::move(*opened), settings, language);
        ui::ReportsArea* area = window.reportsArea();
        auto owned = std::make_unique<TestPrompter>();
        TestPrompter* prompter = owned.get();
        area->setPrompter(std::move(owned));
        area->setYear(FutureYear);
        REQUIRE(area->selectReport(u"MOA"_s, 1));
        CHECK(area->formModel()->report().state == core::ReportState::Submitted);
        CHECK(area->formModel()->item(u"I2"_s)->value.fact == 90.0);
        prompter->saveAs = returnPath;
        REQUIRE(area->returnSelected(u"Check the budget figure"_s, {{u"I2"_s, u"Which treasury report?"_s}}));
        CHECK(area->formModel()->report().state == core::ReportState::Returned);
        REQUIRE(prompter->suggestions.size() == 1);
        CHECK(QFileInfo(prompter->suggestions.front()).fileName() == u"MOA-2026-return-1.bagalau"_s);
        REQUIRE(QFile::exists(returnPath));
    }

    // The body previews the return (remarks first) and applies it.
    {
        auto opened = ui::Session::open(bodyPath, u"body"_s);
        REQUIRE(opened.has_value());
        ui::MainWindow window(std::move(*opened), settings, language);
        ui::ReportsArea* area = window.reportsArea();
        auto owned = std::make_unique<TestPrompter>();
        TestPrompter* prompter = owned.get();
        area->setPrompter(std::move(owned));
        prompter->openPath = returnPath;
        bool previewed = false;
        prompter->onDialog = [&previewed](QDialog& dialog) {
            auto* d = qobject_cast<ui::ReportImportDialog*>(&dialog);
            REQUIRE(d != nullptr);
            REQUIRE(d->changesTree()->topLevelItemCount() >= 1);
            CHECK(d->changesTree()->topLevelItem(0)->text(ui::ReportImportDialog::Change) == u"Remark"_s);
            CHECK(d->changesTree()->topLevelItem(0)->text(ui::ReportImportDialog::NewValue)
                  == u"Which treasury report?"_s);
            previewed = true;
            return int(QDialog::Accepted);
        };
        area->importReturnAction()->trigger();
        CHECK(previewed);
        CHECK(area->formModel()->report().state == core::ReportState::Returned);
        CHECK(area->formModel()->item(u"I2"_s)->remark == u"Which treasury report?"_s);
        CHECK(area->returnBanner()->text().contains(u"Check the budget figure"_s));
        CHECK_FALSE(area->submitAction()->isEnabled()); // the remark needs an answer
        REQUIRE(area->setCell(u"I2"_s, Form::Answer, u"No. 12 of 3 February"_s));
        CHECK(area->submitAction()->isEnabled());
        // The same package again changes nothing.
        prompter->onDialog = [](QDialog&) { return int(QDialog::Accepted); };
        CHECK_FALSE(area->importReturnPackage(returnPath));
    }
}

// BAGALAU_SCREENSHOT_DIR=/tmp/shots xvfb-run -a tests/ui_tests "[.screenshot]"
TEST_CASE("Screenshots of the reports", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("BAGALAU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    Fixture f;
    // Another body's report submitted (locked), and MOA's returned with a remark, an evidence file
    // and an error.
    REQUIRE(f.area->selectReport(u"AKM"_s, 1));
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    REQUIRE(f.area->selectReport(u"MOA"_s, 1));
    f.fillAll();
    REQUIRE(f.area->submitSelected());
    REQUIRE(f.area->returnSelected(u"The budget figure does not match the treasury's report."_s,
                                   {{u"I2"_s, u"Give the treasury's report as the source."_s}}));
    REQUIRE(f.area->setCell(u"I1"_s, Form::Fact, u"40"_s));
    REQUIRE(f.area->setCell(u"I3"_s, Form::Fact, QString()));
    const QString file = f.dir.filePath(u"treasury.pdf"_s);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4");
    }
    REQUIRE(f.area->addEvidence(u"I2"_s, file).has_value());
    for (const QSize size : {QSize(1400, 900), QSize(1280, 800)}) {
        f.window->resize(size);
        f.window->show();
        REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->showArea(ui::MainWindow::ReportsAreaIndex);
        for (const core::Language language :
             {core::Language::Kazakh, core::Language::Russian, core::Language::English}) {
            f.window->switchLanguage(language);
            QCoreApplication::processEvents();
            const QString code = core::languageCode(language);
            f.area->tabs()->setCurrentIndex(ui::ReportsArea::FormTab);
            QTest::qWait(50);
            CHECK(f.window->grab().save(QDir(dir).filePath(u"reports-%1-%2-form.png"_s.arg(code).arg(size.width()))));
            f.area->tabs()->setCurrentIndex(ui::ReportsArea::HistoryTab);
            QTest::qWait(50);
            CHECK(
                f.window->grab().save(QDir(dir).filePath(u"reports-%1-%2-history.png"_s.arg(code).arg(size.width()))));
        }
    }
    f.area->tabs()->setCurrentIndex(ui::ReportsArea::FormTab);
    f.window->switchLanguage(core::Language::English);
}
