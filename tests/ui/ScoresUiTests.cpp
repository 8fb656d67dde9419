// SPDX-License-Identifier: GPL-3.0-or-later
// The "Scores" area: the ranking of a block and year, the breakdown of a body's score down to each
// indicator with the correction of a fact through undo, the §73 alert and the charts. The data are
// built here with MethodologyService, so that the tests do not depend on the demo file.
#include "support/QtStringMakers.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/ScoreBreakdownModel.h"
#include "ui/models/ScoreTableModel.h"
#include "ui/widgets/EvaluatorsArea.h"
#include "ui/widgets/ScoreCharts.h"
#include "ui/widgets/ScoresArea.h"

#include "core/AuditLog.h"
#include "core/DemoData.h"
#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ScoreService.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "support/DemoCache.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace Qt::StringLiterals;
using Table = ui::ScoreTableModel;
using Breakdown = ui::ScoreBreakdownModel;

namespace {

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

/// A sample methodology of the goals block: C1 (60) with I1 (50) and I2 (50), ratios of a plan of
/// 100; C2 (40) with I3 (100), yes or no. Not counted indicators are re-weighted.
core::Methodology goalsMethodology(int year)
{
    core::Methodology m;
    m.block = 1;
    m.year = year;
    m.sample = true;
    m.title =
        text3(u"Мақсаттарға қол жеткізу (үлгі)"_s, u"Достижение целей (образец)"_s, u"Achievement of goals (sample)"_s);
    m.fullAt = 100;
    m.partialAt = 50;
    core::Criterion c1;
    c1.code = u"C1"_s;
    c1.name = text3(u"Стратегиялық мақсаттар"_s, u"Стратегические цели"_s, u"Strategic goals"_s);
    c1.weight = 60;
    c1.indicators.push_back(indicator(u"I1"_s, 50, core::ScoringKind::Ratio, 100,
                                      text3(u"Нысаналы индикаторларға қол жеткізу"_s,
                                            u"Достижение целевых индикаторов"_s, u"Target indicators met"_s),
                                      text3(u"%"_s, u"%"_s, u"%"_s)));
    c1.indicators.push_back(
        indicator(u"I2"_s, 50, core::ScoringKind::Ratio, 100,
                  text3(u"Бюджет қаражатын игеру"_s, u"Освоение бюджетных средств"_s, u"Budget funds used"_s),
                  text3(u"%"_s, u"%"_s, u"%"_s)));
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

std::vector<core::RatingBand> bands(int year)
{
    const auto band = [year](double from, const QString& code, const core::Text3& name) {
        core::RatingBand b;
        b.year = year;
        b.minScore = from;
        b.code = code;
        b.name = name;
        b.sample = true;
        return b;
    };
    return {band(90, u"A"_s, text3(u"Жоғары"_s, u"Высокий"_s, u"High"_s)),
            band(70, u"B"_s, text3(u"Жақсы"_s, u"Хороший"_s, u"Good"_s)),
            band(50, u"C"_s, text3(u"Қанағаттанарлық"_s, u"Удовлетворительный"_s, u"Satisfactory"_s)),
            band(0, u"D"_s, text3(u"Төмен"_s, u"Низкий"_s, u"Low"_s))};
}

core::IndicatorValue fact(std::optional<double> f)
{
    core::IndicatorValue v;
    v.fact = f;
    v.sourceType = 6;
    return v;
}

/// The first year of the seeded data; the last is 2024.
constexpr int FirstYear = 2021;
constexpr int LastYear = 2024;

/// Goals methodologies for 2021–2024 with values for every body in scope. The Ministry of
/// Agriculture scores 100 (2022), 91 (2023) and 79 (2024): the §73 alert of 2024. The Ministry of
/// Justice has no data on I2 in 2024.
void seed(ui::Session& session)
{
    core::MethodologyService& methodologies = session.methodologies();
    const auto& repo = session.registry().repository();
    const qint64 moa = (*repo.bodyByCode(u"MOA"_s))->id;
    const qint64 moj = (*repo.bodyByCode(u"MOJ"_s))->id;
    for (int year = FirstYear; year <= LastYear; ++year) {
        auto id = methodologies.create(goalsMethodology(year), u"test"_s);
        REQUIRE(id.has_value());
        REQUIRE(methodologies.setRatingBands(year, bands(year), u"test"_s).has_value());
        auto bodies = session.scores().bodiesInScope(year, 1);
        REQUIRE(bodies.has_value());
        std::vector<core::StoredValue> values;
        int k = 0;
        for (qint64 body : *bodies) {
            ++k;
            double i1 = 40 + (k * 7 + year * 3) % 60;
            double i2 = 45 + (k * 11 + year * 5) % 55;
            double i3 = (k + year) % 2;
            if (body == moa) {
                const double moaValues[][3] = {{95, 90, 1}, {100, 100, 1}, {90, 80, 1}, {70, 60, 1}};
                i1 = moaValues[year - FirstYear][0];
                i2 = moaValues[year - FirstYear][1];
                i3 = moaValues[year - FirstYear][2];
            }
            values.push_back({body, u"I1"_s, fact(i1)});
            if (!(body == moj && year == LastYear))
                values.push_back({body, u"I2"_s, fact(i2)});
            values.push_back({body, u"I3"_s, fact(i3)});
        }
        REQUIRE(methodologies.importValues(year, 1, values, true, u"test"_s).has_value());
    }
}

/// What a test's database holds besides the shipped registry.
enum class Data {
    Seeded, ///< seed(): the goals block of 2021–2024
    Demo, ///< the demonstration dataset (core::DemoData)
};

/// A main window over a fresh database with the shipped registry and scores.
struct Fixture
{
    explicit Fixture(Data data = Data::Seeded)
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        if (data == Data::Demo) {
            // The demo, made once per build and copied (loading it takes seconds).
            const QString demo = test::cachedDatabase(u"ui-demo"_s, [](const QString& file) {
                auto made = ui::Session::open(file, u"ui-tester"_s);
                if (!made)
                    return false;
                auto loaded = core::DemoData::load((*made)->database(), (*made)->audit());
                return loaded.has_value() && *loaded;
            });
            REQUIRE_FALSE(demo.isEmpty());
            REQUIRE(QFile::copy(demo, dir.filePath(u"scores.db"_s)));
        }
        auto opened = ui::Session::open(dir.filePath(u"scores.db"_s), u"ui-tester"_s);
        REQUIRE(opened.has_value());
        if (data == Data::Seeded)
            seed(**opened);
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        area = window->scoresArea();
        REQUIRE(area != nullptr);
        window->switchLanguage(core::Language::English);
        area->setBlock(1);
        if (data == Data::Seeded)
            area->setYear(LastYear);
    }
    ~Fixture() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }
    [[nodiscard]] Table& table() { return *area->tableModel(); }
    [[nodiscard]] Breakdown& breakdown() { return *area->breakdownModel(); }

    [[nodiscard]] const Table::Line& line(const QString& code)
    {
        const int row = table().rowOfCode(code);
        REQUIRE(row >= 0);
        return table().line(row);
    }

    [[nodiscard]] double scoreOf(const QString& code)
    {
        const auto& score = line(code).score.result.score;
        REQUIRE(score.has_value());
        return *score;
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::ScoresArea* area = nullptr;
};

/// The contributions of the breakdown's indicator rows, added up.
double sumOfIndicatorRows(const Breakdown& model)
{
    double sum = 0;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex criterion = model.index(c, 0);
        for (int i = 0; i < model.rowCount(criterion); ++i)
            sum += model.index(i, Breakdown::Contribution, criterion).data(Breakdown::ContributionRole).toDouble();
    }
    return sum;
}

} // namespace

TEST_CASE("The scores table ranks the bodies of the block by score, best first", "[ui][scores]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.area->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(f.area->proxyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto inScope = f.session().scores().bodiesInScope(LastYear, 1);
    REQUIRE(inScope.has_value());
    REQUIRE(f.table().rowCount() == static_cast<int>(inScope->size()));

    QAbstractItemModel* proxy = f.area->proxyModel();
    double previous = 1000;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QVariant score = proxy->index(row, Table::Score).data(Table::ScoreRole);
        REQUIRE(score.isValid());
        CHECK(score.toDouble() <= previous);
        previous = score.toDouble();
    }
    CHECK(proxy->index(0, Table::Rank).data().toInt() == 1);
    // The score has one decimal; the band has its code and name.
    const int moa = f.table().rowOfCode(u"MOA"_s);
    CHECK(f.table().index(moa, Table::Score).data().toString() == u"79.0"_s);
    CHECK(f.table().index(moa, Table::Rating).data().toString() == u"B — Good"_s);
    CHECK(f.table().index(moa, Table::Full).data().toInt() == 1);
    CHECK(f.table().index(moa, Table::Partial).data().toInt() == 2);
    CHECK(f.table().index(moa, Table::Body).data().toString() == u"MOA  Ministry of Agriculture"_s);

    // Sorting by another column and back by score, numerically.
    f.area->tableView()->sortByColumn(Table::Score, Qt::AscendingOrder);
    CHECK(proxy->index(0, Table::Score).data(Table::ScoreRole).toDouble()
          <= proxy->index(1, Table::Score).data(Table::ScoreRole).toDouble());
    f.area->tableView()->sortByColumn(Table::Score, Qt::DescendingOrder);
    CHECK(proxy->index(0, Table::Rank).data().toInt() == 1);
}

TEST_CASE("The note above the table says the scores come from a sample draft methodology", "[ui][scores]")
{
    Fixture f;
    CHECK(f.table().isSample());
    CHECK(f.table().isDraft());
    CHECK(f.table().version() == 1);
    const QString note = f.area->noteLabel()->text();
    CHECK(note.contains(u"sample"_s));
    CHECK(note.contains(u"draft"_s));
    CHECK(note.contains(u"version 1"_s));

    // A year without a methodology has nothing to score.
    f.area->setYear(2015);
    CHECK(f.table().rowCount() == 0);
    CHECK(f.area->noteLabel()->text().contains(u"no methodology"_s));
    CHECK(f.area->breakdownModel()->isEmpty());
}

TEST_CASE("The breakdown explains the score: its points add up to the score shown", "[ui][scores]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.area->breakdownModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.area->selectBody(u"MOA"_s));
    CHECK(f.area->bodyLabel()->text().contains(u"Ministry of Agriculture"_s));
    Breakdown& b = f.breakdown();
    REQUIRE(b.rowCount() == 2);
    CHECK(b.rowCount(b.index(0, 0)) == 2);
    CHECK(b.rowCount(b.index(1, 0)) == 1);
    CHECK(b.index(0, Breakdown::Code).data().toString() == u"C1"_s);
    CHECK(b.index(0, Breakdown::Weight).data().toString() == u"60 %"_s);
    const QModelIndex i1 = b.indicatorIndex(u"I1"_s, Breakdown::Name);
    CHECK(i1.data().toString() == u"Target indicators met"_s);
    CHECK(b.indicatorIndex(u"I1"_s, Breakdown::Fact).data().toString() == u"70"_s);
    CHECK(b.indicatorIndex(u"I1"_s, Breakdown::Plan).data().toString() == u"100"_s);
    CHECK(b.indicatorIndex(u"I1"_s, Breakdown::Unit).data().toString() == u"%"_s);
    CHECK(b.indicatorIndex(u"I1"_s, Breakdown::Status).data().toString() == ui::Labels::status(core::Status::Partial));
    CHECK(b.indicatorIndex(u"I1"_s, Breakdown::Status).data(Qt::DecorationRole).isValid());
    CHECK(b.indicatorIndex(u"I1"_s, Breakdown::Score).data().toString() == u"70.0"_s);
    // 60 % × 50 % × 70 = 21 points.
    CHECK(b.indicatorIndex(u"I1"_s, Breakdown::Contribution).data().toString() == u"21.00"_s);

    const double score = f.scoreOf(u"MOA"_s);
    CHECK(sumOfIndicatorRows(b) == Approx(score).margin(1e-9));
    CHECK(b.sumOfContributions() == Approx(score).margin(1e-9));
    const QString footer = f.area->footerLabel()->text();
    CHECK(footer.contains(ui::Labels::notCountedPolicy(core::NotCountedPolicy::Reweight)));
    CHECK(footer.contains(u"79.0"_s));
}

TEST_CASE("An indicator without data is shown as not counted, and the points still add up", "[ui][scores]")
{
    Fixture f;
    REQUIRE(f.area->selectBody(u"MOJ"_s));
    Breakdown& b = f.breakdown();
    const QModelIndex note = b.indicatorIndex(u"I2"_s, Breakdown::Status);
    CHECK(note.data().toString()
          == ui::Labels::status(core::Status::NotCounted) + u" — "_s
                 + ui::Labels::notCountedReason(core::NotCountedReason::NoData));
    CHECK(b.indicatorIndex(u"I2"_s, Breakdown::Fact).data().toString() == u"—"_s);
    CHECK(b.indicatorIndex(u"I2"_s, Breakdown::Contribution).data(Breakdown::ContributionRole).toDouble() == 0.0);
    CHECK(sumOfIndicatorRows(b) == Approx(f.scoreOf(u"MOJ"_s)).margin(1e-9));
    const int moj = f.table().rowOfCode(u"MOJ"_s);
    CHECK(f.table().index(moj, Table::NotCounted).data().toInt() == 1);
}

TEST_CASE("Editing a fact in the breakdown re-scores the body, and undo restores the score", "[ui][scores][undo]")
{
    Fixture f;
    f.window->resize(1400, 900);
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->showArea(6);
    REQUIRE(f.area->selectBody(u"MOA"_s));
    const double before = f.scoreOf(u"MOA"_s);
    REQUIRE(before == Approx(79.0));

    // F2 on the fact of I1, type 100, Enter.
    f.area->reasonLineEdit()->setText(u"Late data from the ministry"_s);
    QTreeView* view = f.area->breakdownView();
    view->setFocus();
    view->setCurrentIndex(f.breakdown().indicatorIndex(u"I1"_s, Breakdown::Fact));
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = view->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    CHECK(editor->text() == u"70"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"100"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call

    // 0.6 × (0.5 × 100 + 0.5 × 60) + 0.4 × 100 = 88.
    CHECK(f.scoreOf(u"MOA"_s) == Approx(88.0));
    CHECK(f.breakdown().indicatorIndex(u"I1"_s, Breakdown::Fact).data().toString() == u"100"_s);
    CHECK(f.breakdown().sumOfContributions() == Approx(88.0));
    CHECK(f.area->selectedBodyId() == f.line(u"MOA"_s).body.id);
    CHECK(f.area->reasonLineEdit()->text().isEmpty());
    auto stored = f.session().methodologies().values(LastYear, 1);
    REQUIRE(stored.has_value());
    CHECK((*stored)[f.line(u"MOA"_s).body.id][u"I1"_s].fact == 100.0);

    // The audit trail has the change, with its reason.
    auto recent = f.session().audit().recent(5);
    REQUIRE(recent.has_value());
    REQUIRE_FALSE(recent->empty());
    const core::AuditEntry& entry = recent->front();
    CHECK(entry.entity == u"indicator_value"_s);
    CHECK(entry.field.contains(u"fact"_s));
    CHECK(entry.oldValue == u"70"_s);
    CHECK(entry.newValue == u"100"_s);
    CHECK(entry.reason == u"Late data from the ministry"_s);

    f.session().undoStack().undo();
    CHECK(f.scoreOf(u"MOA"_s) == Approx(before));
    CHECK(f.breakdown().indicatorIndex(u"I1"_s, Breakdown::Fact).data().toString() == u"70"_s);
    f.session().undoStack().redo();
    CHECK(f.scoreOf(u"MOA"_s) == Approx(88.0));
}

TEST_CASE("Clearing a fact makes the indicator not counted, and undo brings the value back", "[ui][scores][undo]")
{
    Fixture f;
    REQUIRE(f.area->selectBody(u"MOA"_s));
    REQUIRE(f.breakdown().setData(f.breakdown().indicatorIndex(u"I2"_s, Breakdown::Fact), QString()));
    CHECK(f.breakdown().indicatorIndex(u"I2"_s, Breakdown::Status).data(Breakdown::StatusRole).toInt()
          == static_cast<int>(core::Status::NotCounted));
    // Re-weighted: 0.6 × 70 + 0.4 × 100 = 82.
    CHECK(f.scoreOf(u"MOA"_s) == Approx(82.0));
    f.session().undoStack().undo();
    CHECK(f.scoreOf(u"MOA"_s) == Approx(79.0));

    // A first value for a body that had none is removed again by undo.
    REQUIRE(f.area->selectBody(u"MOJ"_s));
    REQUIRE(f.area->setFact(u"I2"_s, 100.0));
    CHECK(f.breakdown().indicatorIndex(u"I2"_s, Breakdown::Fact).data().toString() == u"100"_s);
    f.session().undoStack().undo();
    auto stored = f.session().methodologies().values(LastYear, 1);
    REQUIRE(stored.has_value());
    CHECK_FALSE((*stored)[f.line(u"MOJ"_s).body.id].contains(u"I2"_s));
}

TEST_CASE("A fact that is not a number, or that core refuses, is shown as an error", "[ui][scores]")
{
    Fixture f;
    REQUIRE(f.area->selectBody(u"MOA"_s));
    const QModelIndex i1 = f.breakdown().indicatorIndex(u"I1"_s, Breakdown::Fact);
    CHECK_FALSE(f.breakdown().setData(i1, u"много"_s));
    CHECK(f.area->errorLabel()->isVisibleTo(f.area));
    CHECK(f.area->errorLabel()->text().contains(u"много"_s));
    CHECK(f.scoreOf(u"MOA"_s) == Approx(79.0));

    CHECK_FALSE(f.area->setFact(u"I1"_s, std::nan("")));
    CHECK(f.area->errorLabel()->text() == ui::ErrorText::of({core::ErrorCode::InvalidValue, {}}));
    CHECK(f.scoreOf(u"MOA"_s) == Approx(79.0));
}

TEST_CASE("Facts are read in the interface's locale", "[ui][scores]")
{
    Fixture f;
    f.window->switchLanguage(core::Language::Russian);
    REQUIRE(f.area->selectBody(u"MOA"_s));
    REQUIRE(f.breakdown().setData(f.breakdown().indicatorIndex(u"I1"_s, Breakdown::Fact), u"85,5"_s));
    auto stored = f.session().methodologies().values(LastYear, 1);
    REQUIRE(stored.has_value());
    CHECK((*stored)[f.line(u"MOA"_s).body.id][u"I1"_s].fact == 85.5);
    CHECK(f.breakdown().indicatorIndex(u"I1"_s, Breakdown::Fact).data().toString() == u"85,5"_s);
    CHECK(ui::Language::parseNumber(u"1 200,5"_s) == 1200.5);
    CHECK(ui::Language::parseNumber(u"12.5"_s) == 12.5);
    CHECK_FALSE(ui::Language::parseNumber(u"abc"_s).has_value());
    f.window->switchLanguage(core::Language::English);
}

TEST_CASE("The §73 column flags a body whose score fell two years in a row", "[ui][scores][alerts]")
{
    Fixture f;
    const int moa = f.table().rowOfCode(u"MOA"_s);
    REQUIRE(moa >= 0);
    const QModelIndex alert = f.table().index(moa, Table::Alert);
    CHECK(alert.data(Table::AlertRole).toBool());
    CHECK(alert.data().toString() == u"⚠ fell 2+ years in a row"_s);
    CHECK(alert.data(Qt::ToolTipRole).toString().contains(u"100.0 → 91.0 → 79.0"_s));
    // The trend against 2023: down.
    CHECK(f.table().index(moa, Table::Trend).data().toString() == u"▼"_s);
    CHECK(f.table().index(moa, Table::Trend).data(Table::TrendRole).toInt() == -1);

    // A year earlier it had only fallen once.
    f.area->setYear(2023);
    CHECK_FALSE(f.table().index(f.table().rowOfCode(u"MOA"_s), Table::Alert).data(Table::AlertRole).toBool());
    CHECK(f.table().index(f.table().rowOfCode(u"MOA"_s), Table::Alert).data().toString().isEmpty());

    // The alert follows the data: MOA's 2024 back up to 2023's level ends it.
    f.area->setYear(LastYear);
    REQUIRE(f.area->selectBody(u"MOA"_s));
    REQUIRE(f.area->setFact(u"I1"_s, 100.0));
    REQUIRE(f.area->setFact(u"I2"_s, 100.0));
    CHECK_FALSE(f.table().index(f.table().rowOfCode(u"MOA"_s), Table::Alert).data(Table::AlertRole).toBool());
    CHECK(f.table().index(f.table().rowOfCode(u"MOA"_s), Table::Trend).data().toString() == u"▲"_s);
}

TEST_CASE("The charts show the body's block over the years and the ranking of the block", "[ui][scores][charts]")
{
    Fixture f;
    REQUIRE(f.area->selectBody(u"MOA"_s));
    f.area->tabs()->setCurrentIndex(ui::ScoresArea::HistoryTab); // the history is read when it is shown
    ui::TrendChartView* trend = f.area->trendChart();
    REQUIRE(trend->lines().size() == 1); // only the goals block has methodologies
    QLineSeries* goals = trend->lines().front();
    CHECK(goals->name() == ui::Labels::blockShort(1));
    REQUIRE(goals->count() == LastYear - FirstYear + 1);
    CHECK(goals->at(0).x() == FirstYear);
    CHECK(goals->at(goals->count() - 1).y() == Approx(79.0));
    REQUIRE(trend->alertSeries() != nullptr);
    REQUIRE(trend->alertSeries()->count() == 1);
    CHECK(trend->alertSeries()->at(0) == QPointF(LastYear, 79.0));

    ui::RankingChartView* ranking = f.area->rankingChart();
    REQUIRE(ranking->series() != nullptr);
    REQUIRE(ranking->series()->barSets().size() == 1);
    QBarSet* bars = ranking->series()->barSets().front();
    CHECK(bars->count() == f.table().rowCount());
    // The best at the top: the last bar.
    CHECK((*bars)[bars->count() - 1] == Approx(f.table().line(0).score.result.score.value()));
    const int selected = ranking->selectedBar();
    REQUIRE(selected >= 0);
    CHECK((*bars)[selected] == Approx(79.0));
    CHECK(bars->isBarSelected(selected));

    // Another body moves the highlight.
    REQUIRE(f.area->selectBody(u"MOJ"_s));
    CHECK(ranking->selectedBar() != selected);
    CHECK(bars == ranking->series()->barSets().front());
}

TEST_CASE("A database opened read-only shows the scores but does not edit facts", "[ui][scores][database]")
{
    Fixture f;
    auto second = ui::Session::open(f.session().database().path(), u"second"_s);
    REQUIRE(second.has_value());
    REQUIRE((*second)->database().isReadOnly());
    ui::ScoresArea area(**second);
    area.setBlock(1);
    area.setYear(LastYear);
    REQUIRE(area.selectBody(u"MOA"_s));
    const QModelIndex fact = area.breakdownModel()->indicatorIndex(u"I1"_s, Breakdown::Fact);
    CHECK_FALSE(area.breakdownModel()->flags(fact).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(area.breakdownModel()->setData(fact, u"100"_s));
    CHECK_FALSE(area.reasonLineEdit()->isEnabled());
    CHECK(area.footerLabel()->text().contains(u"read-only"_s));
}

TEST_CASE("The block selector and the language change what the table shows", "[ui][scores][language]")
{
    Fixture f;
    f.area->blockComboBox()->setCurrentIndex(1); // block 2 has no methodology
    CHECK(f.area->block() == 2);
    CHECK(f.table().rowCount() == 0);
    f.area->blockComboBox()->setCurrentIndex(0);
    CHECK(f.table().rowCount() > 0);

    f.window->switchLanguage(core::Language::Kazakh);
    QCoreApplication::processEvents();
    const int moa = f.table().rowOfCode(u"MOA"_s);
    CHECK(f.table().index(moa, Table::Body).data().toString() == u"MOA  Ауыл шаруашылығы министрлігі"_s);
    CHECK(f.table().index(moa, Table::Score).data().toString() == u"79,0"_s);
    CHECK(f.table().index(moa, Table::Rating).data().toString() == u"B — Жақсы"_s);
    f.window->switchLanguage(core::Language::English);
}

TEST_CASE("With the demo data every block ranks its bodies and every breakdown adds up to its score",
          "[ui][scores][demo]")
{
    Fixture f(Data::Demo);
    QAbstractItemModelTester tester(f.area->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester breakdownTester(f.area->breakdownModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto years = f.session().methodologies().years();
    REQUIRE(years.has_value());
    REQUIRE_FALSE(years->empty());
    // The area opens on the latest year with values.
    const int year = f.area->year();
    CHECK(year == 2024);
    for (int block = 1; block <= core::BlockCount; ++block) {
        f.area->setBlock(block);
        INFO("block " << block);
        REQUIRE(f.table().rowCount() > 0);
        CHECK(f.table().isSample());
        QAbstractItemModel* proxy = f.area->proxyModel();
        double previous = 1000;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const double score = proxy->index(row, Table::Score).data(Table::ScoreRole).toDouble();
            CHECK(score <= previous);
            previous = score;
        }
        for (int row = 0; row < f.table().rowCount(); ++row) {
            const Table::Line& line = f.table().line(row);
            if (!line.score.result.score || *line.score.result.score >= 100)
                continue; // the sum may pass 100 where the score is limited to it
            REQUIRE(f.area->selectBody(line.body.id));
            INFO(line.body.code.toStdString());
            CHECK(sumOfIndicatorRows(f.breakdown()) == Approx(*line.score.result.score).margin(1e-6));
        }
        // The trend chart has a line per block of the selected body's scope that has scores.
        f.area->tabs()->setCurrentIndex(ui::ScoresArea::HistoryTab);
        REQUIRE(f.area->selectedBodyId().has_value());
        auto history = f.session().scores().history(*f.area->selectedBodyId());
        REQUIRE(history.has_value());
        CHECK(f.area->trendChart()->lines().size() == history->size());
        CHECK(f.area->rankingChart()->series()->barSets().front()->count() <= f.table().rowCount());
        f.area->tabs()->setCurrentIndex(ui::ScoresArea::BreakdownTab);
    }
}

// BAGALAU_SCREENSHOT_DIR=/tmp/shots xvfb-run -a tests/ui_tests "[.screenshot]"
TEST_CASE("Screenshots of who evaluates whom and of the scores", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("BAGALAU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    Fixture f;
    f.window->resize(1400, 900);
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->evaluatorsArea()->setYear(2019);
    REQUIRE(f.area->selectBody(u"MOA"_s));
    for (const core::Language language : {core::Language::Kazakh, core::Language::Russian, core::Language::English}) {
        f.window->switchLanguage(language);
        QCoreApplication::processEvents();
        const QString code = core::languageCode(language);
        f.window->showArea(5);
        QTest::qWait(50);
        CHECK(f.window->grab().save(QDir(dir).filePath(u"evaluators-%1.png"_s.arg(code))));
        f.window->showArea(6);
        for (int tab : {ui::ScoresArea::BreakdownTab, ui::ScoresArea::HistoryTab, ui::ScoresArea::RankingTab}) {
            f.area->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            CHECK(f.window->grab().save(QDir(dir).filePath(u"scores-%1-%2.png"_s.arg(code).arg(tab))));
        }
        f.area->tabs()->setCurrentIndex(ui::ScoresArea::BreakdownTab);
    }
    f.window->switchLanguage(core::Language::English);
}
