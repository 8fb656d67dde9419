// SPDX-License-Identifier: GPL-3.0-or-later
// The "Who Evaluates Whom" area: the matrix of the year's evaluated bodies and the seven parts
// (DECREE.md, chapters 5–7), over the shipped registry.
#include "support/QtStringMakers.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/EvaluatorMatrixModel.h"
#include "ui/widgets/EvaluatorsArea.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Matrix = ui::EvaluatorMatrixModel;

namespace {

/// A main window over a fresh database with the shipped registry.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        auto session = ui::Session::open(dir.filePath(u"evaluators.db"_s), u"ui-tester"_s);
        REQUIRE(session.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*session), settings, language);
        area = window->evaluatorsArea();
        REQUIRE(area != nullptr);
        window->switchLanguage(core::Language::English);
        area->setYear(2019);
    }
    ~Fixture() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }
    [[nodiscard]] Matrix& model() { return *area->model(); }

    [[nodiscard]] qint64 idOf(const QString& code)
    {
        auto body = session().registry().repository().bodyByCode(code);
        REQUIRE(body.has_value());
        REQUIRE(body->has_value());
        return (*body)->id;
    }

    /// The cell of a body (by code) and a part.
    [[nodiscard]] QModelIndex cell(const QString& code, core::Part part)
    {
        const int row = model().rowOfBody(code);
        REQUIRE(row >= 0);
        return model().index(row, Matrix::columnOf(part));
    }

    [[nodiscard]] QStringList shownCodes()
    {
        QStringList codes;
        QSortFilterProxyModel* proxy = area->proxyModel();
        for (int row = 0; row < proxy->rowCount(); ++row)
            codes << model().bodyAt(proxy->mapToSource(proxy->index(row, 0)).row()).code;
        return codes;
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::EvaluatorsArea* area = nullptr;
};

} // namespace

TEST_CASE("The matrix of 2019 has a row per body on the list and a column per part", "[ui][evaluators]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.area->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(f.area->proxyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto listed = f.session().registry().repository().evaluatedList(2019);
    REQUIRE(listed.has_value());
    REQUIRE_FALSE(listed->empty());
    CHECK(f.model().rowCount() == static_cast<int>(listed->size()));
    CHECK(f.model().columnCount() == 7);
    CHECK(f.model().fromList());
    CHECK(f.area->yearSpinBox()->value() == 2019);

    // Central bodies come first, then the akimats.
    CHECK(f.model().bodyAt(0).fields.kind == core::BodyKind::Central);
    CHECK(f.model().bodyAt(f.model().rowCount() - 1).fields.kind != core::BodyKind::Central);

    // The columns are the parts, grouped by block.
    CHECK(f.model().headerData(0, Qt::Horizontal).toString() == ui::Labels::part(core::Part::Goals));
    CHECK(f.model().headerData(0, Qt::Horizontal, Matrix::BlockRole).toInt() == 1);
    CHECK(f.model().headerData(4, Qt::Horizontal, Matrix::BlockRole).toInt() == 2);
    CHECK(f.model().headerData(6, Qt::Horizontal, Matrix::BlockTitleRole).toString() == ui::Labels::block(3));

    // A row is headed by the code and the short name.
    const int moa = f.model().rowOfBody(u"MOA"_s);
    REQUIRE(moa >= 0);
    CHECK(f.model().headerData(moa, Qt::Vertical).toString() == u"MOA  Ministry of Agriculture"_s);
}

TEST_CASE("The goals of the Ministry of Agriculture are evaluated by MNE jointly with MOF under §24",
          "[ui][evaluators]")
{
    Fixture f;
    const QModelIndex goals = f.cell(u"MOA"_s, core::Part::Goals);
    CHECK(goals.data(Matrix::EvaluatorCodeRole).toString() == u"MNE"_s);
    CHECK(goals.data(Matrix::EvaluatorCodesRole).toStringList() == QStringList{u"MNE"_s, u"MOF"_s});
    CHECK(goals.data(Matrix::ParagraphRole).toString() == u"§24"_s);
    CHECK_FALSE(goals.data(Matrix::ConflictRole).toBool());
    CHECK_FALSE(goals.data(Matrix::ExceptionRole).toBool());
    CHECK(goals.data().toString() == u"Ministry of National Economy + Ministry of Finance"_s);
    CHECK_FALSE(goals.data(Qt::FontRole).isValid());
    const QString tip = goals.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(ui::Labels::role(core::Role::StatePlanning)));
    CHECK(tip.contains(ui::Labels::role(core::Role::Budget)));
    CHECK(tip.contains(u"§24"_s));
    CHECK(tip.contains(u"Ministry of National Economy"_s));

    // With codes instead of names.
    f.area->codesCheckBox()->setChecked(true);
    CHECK(goals.data().toString() == u"MNE + MOF"_s);
    CHECK(f.cell(u"MOA"_s, core::Part::Complaints).data().toString() == u"KPSSU"_s);
}

TEST_CASE("The complaints of the General Prosecutor's Office are flagged as a conflict of interest (§12)",
          "[ui][evaluators]")
{
    Fixture f;
    const QModelIndex complaints = f.cell(u"GPO"_s, core::Part::Complaints);
    CHECK(complaints.data(Matrix::ConflictRole).toBool());
    CHECK(complaints.data(Matrix::EvaluatorCodeRole).toString() == u"KPSSU"_s);
    CHECK(complaints.data().toString().startsWith(u"⚠"_s));
    CHECK(complaints.data(Qt::BackgroundRole).value<QBrush>().color() == Matrix::conflictColor());
    CHECK(complaints.data(Qt::ToolTipRole).toString().contains(u"§12"_s));
    CHECK(complaints.data(Qt::FontRole).value<QFont>().bold());

    // Nobody else on the 2019 list has one.
    int conflicts = 0;
    for (int row = 0; row < f.model().rowCount(); ++row)
        for (int column = 0; column < f.model().columnCount(); ++column)
            conflicts += f.model().index(row, column).data(Matrix::ConflictRole).toBool() ? 1 : 0;
    CHECK(conflicts == 1);
}

TEST_CASE("The parts outside the General Prosecutor's Office's scope are empty and greyed", "[ui][evaluators]")
{
    Fixture f;
    for (const core::Part part : {core::Part::Goals, core::Part::Personnel, core::Part::InformationTechnology}) {
        const QModelIndex index = f.cell(u"GPO"_s, part);
        CHECK(index.data().toString().isEmpty());
        CHECK_FALSE(index.data(Matrix::InScopeRole).toBool());
        CHECK(index.data(Matrix::EvaluatorCodeRole).toString().isEmpty());
        CHECK(index.data(Qt::BackgroundRole).value<QBrush>().color() == Matrix::outOfScopeColor());
        CHECK(index.data(Qt::ToolTipRole).toString().contains(u"Appendix 2"_s));
    }
    // §31: its public services are evaluated by the PA, an exception shown in italics.
    const QModelIndex services = f.cell(u"GPO"_s, core::Part::PublicServices);
    CHECK(services.data(Matrix::InScopeRole).toBool());
    CHECK(services.data(Matrix::EvaluatorCodeRole).toString() == u"PA"_s);
    CHECK(services.data(Matrix::ParagraphRole).toString() == u"§31"_s);
    CHECK(services.data(Matrix::ExceptionRole).toBool());
    CHECK(services.data(Qt::FontRole).value<QFont>().italic());
    CHECK(services.data(Qt::BackgroundRole).value<QBrush>().color() == Matrix::exceptionColor());
    CHECK(services.data(Qt::ToolTipRole).toString().contains(u"exception"_s));
}

TEST_CASE("Changing the year to 2024 shows MCI as the evaluator of openness", "[ui][evaluators]")
{
    Fixture f;
    CHECK(f.cell(u"MOA"_s, core::Part::Openness).data(Matrix::EvaluatorCodeRole).toString() == u"MISD"_s);
    f.area->yearSpinBox()->setValue(2024);
    CHECK(f.model().year() == 2024);
    CHECK(f.cell(u"MOA"_s, core::Part::Openness).data(Matrix::EvaluatorCodeRole).toString() == u"MCI"_s);
    CHECK(f.cell(u"MOA"_s, core::Part::Openness).data().toString() == u"Ministry of Culture and Information"_s);
    CHECK(f.cell(u"MCI"_s, core::Part::Openness).data(Matrix::EvaluatorCodeRole).toString() == u"PMO"_s);
    CHECK(f.cell(u"MCI"_s, core::Part::Openness).data(Matrix::ParagraphRole).toString() == u"§32"_s);
}

TEST_CASE("Under the matrix the assemblers of blocks 2 and 3 are named (§33, §39)", "[ui][evaluators]")
{
    Fixture f;
    const QString text = f.area->assemblersLabel()->text();
    CHECK(text.contains(u"§33"_s));
    CHECK(text.contains(u"§39"_s));
    CHECK(text.contains(ui::Labels::role(core::Role::CivilService).toHtmlEscaped()));
    CHECK(text.contains(ui::Labels::role(core::Role::Informatization).toHtmlEscaped()));
    REQUIRE(f.model().assemblers().size() == 2);
    CHECK(f.model().assemblers()[0].bodyId == f.idOf(u"ADGS"_s));
    CHECK(f.model().assemblers()[1].bodyId == f.idOf(u"MDDIAI"_s));
}

TEST_CASE("The filter finds bodies by code or by a name in any language, whatever the case", "[ui][evaluators]")
{
    Fixture f;
    QAbstractItemModelTester proxyTester(f.area->proxyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(f.area->filterLineEdit(), u"moa"_s);
    CHECK(f.shownCodes() == QStringList{u"MOA"_s});
    CHECK(f.area->findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"1 shown"_s));
    // QTest types ASCII only: the Kazakh text is set as an input method would.
    f.area->filterLineEdit()->setText(u"ҚАРАҒАНДЫ"_s);
    CHECK(f.shownCodes() == QStringList{u"KAR"_s});
    f.area->filterLineEdit()->setText(u"министерство финансов"_s);
    CHECK(f.shownCodes() == QStringList{u"MOF"_s});
    f.area->filterLineEdit()->clear();
    CHECK(f.area->proxyModel()->rowCount() == f.model().rowCount());
}

TEST_CASE("The matrix follows a change of the year's list and its undo", "[ui][evaluators][undo]")
{
    Fixture f;
    const int before = f.model().rowCount();
    REQUIRE(f.session().controller().setOnEvaluatedList(2019, f.idOf(u"MOA"_s), false, u"test"_s));
    CHECK(f.model().rowCount() == before - 1);
    CHECK(f.model().rowOfBody(u"MOA"_s) == -1);
    f.session().undoStack().undo();
    CHECK(f.model().rowCount() == before);
    CHECK(f.model().rowOfBody(u"MOA"_s) >= 0);
}

TEST_CASE("The matrix shows names in the interface language", "[ui][evaluators][language]")
{
    Fixture f;
    f.window->switchLanguage(core::Language::Kazakh);
    QCoreApplication::processEvents();
    const int moa = f.model().rowOfBody(u"MOA"_s);
    CHECK(f.model().headerData(moa, Qt::Vertical).toString() == u"MOA  Ауыл шаруашылығы министрлігі"_s);
    CHECK(f.cell(u"MOA"_s, core::Part::Goals).data().toString()
          == u"Ұлттық экономика министрлігі + Қаржы министрлігі"_s);
    f.window->switchLanguage(core::Language::English);
}

TEST_CASE("A year without a list shows the evaluated bodies that exist on 31 December", "[ui][evaluators]")
{
    Fixture f;
    f.area->setYear(2030);
    CHECK_FALSE(f.model().fromList());
    auto onYearEnd = f.session().registry().repository().evaluatedOn(QDate(2030, 12, 31));
    REQUIRE(onYearEnd.has_value());
    REQUIRE(f.model().rowCount() == static_cast<int>(onYearEnd->size()));
    for (int row = 0; row < f.model().rowCount(); ++row)
        CHECK(f.model().bodyAt(row).code == (*onYearEnd)[static_cast<std::size_t>(row)].code);
}
