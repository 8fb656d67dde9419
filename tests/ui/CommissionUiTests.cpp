// SPDX-License-Identifier: GPL-3.0-or-later
// The "Commission" area (§48–51) on the demo year: every evaluated body with its block scores,
// ranks and change (▲▼ coloured) and the §73 alerts; the stages recorded for a ready body, refused
// for one whose conclusions are not final, and for every ready body at once; the Commission's
// recommendations to a head, undoable; the report written as a PDF.
#include "support/QtStringMakers.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/CommissionTableModel.h"
#include "ui/widgets/CommissionArea.h"
#include "ui/widgets/DateDialog.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/RecommendationDialog.h"
#include "ui/widgets/ReportPrompter.h"
#include "ui/widgets/Text3Editor.h"

#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/DemoData.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include "support/DemoCache.h"

#include <catch2/catch.hpp>

#include <deque>
#include <functional>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using Table = ui::CommissionTableModel;

namespace {

constexpr int Year = 2024;

/// Answers without windows: each exec() runs `onExec` and takes the next answer (then rejects).
class FakePrompter final : public ui::ReportPrompter
{
public:
    struct State
    {
        std::deque<int> answers;
        std::function<void(QDialog&)> onExec;
    };

    explicit FakePrompter(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    void inform(QWidget*, const QString&, const QString&) override { }
    void warn(QWidget*, const QString&, const QString&) override { }
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {}; }
    QString openFile(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    int exec(QDialog& dialog) override
    {
        if (m_state->onExec)
            m_state->onExec(dialog);
        if (m_state->answers.empty())
            return QDialog::Rejected;
        const int answer = m_state->answers.front();
        m_state->answers.pop_front();
        return answer;
    }
    bool openUrl(const QUrl&) override { return true; }

private:
    std::shared_ptr<State> m_state;
};

/// The demo database, made once per build (loading the demo takes seconds): each test works on a copy.
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

struct Fixture
{
    Fixture()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        const QString file = dir.filePath(u"commission.db"_s);
        REQUIRE(QFile::copy(demoTemplate(), file));
        auto opened = ui::Session::open(file, u"ui-tester"_s);
        REQUIRE(opened.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        window->switchLanguage(core::Language::English);
        area = window->commissionArea();
        REQUIRE(area != nullptr);
        area->setPrompter(std::make_unique<FakePrompter>(prompts));
        area->setYear(Year);
    }
    ~Fixture() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }
    [[nodiscard]] core::CommissionResult result()
    {
        auto r = session().commission().result(Year);
        REQUIRE(r.has_value());
        return *r;
    }
    [[nodiscard]] const core::CommissionRow& row(const core::CommissionResult& r, bool ready)
    {
        for (const core::CommissionRow& row : r.rows)
            if (row.conclusionsFinal() == ready)
                return row;
        FAIL("no body whose conclusions are " << (ready ? "final" : "not final"));
        return r.rows.front();
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::CommissionArea* area = nullptr;
    std::shared_ptr<FakePrompter::State> prompts = std::make_shared<FakePrompter::State>();
};

} // namespace

TEST_CASE("The Commission table shows every evaluated body with its block scores, change and alerts",
          "[ui][commission]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.area->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::CommissionResult r = f.result();
    REQUIRE_FALSE(r.rows.empty());
    const Table& table = *f.area->tableModel();
    REQUIRE(table.rowCount() == static_cast<int>(r.rows.size()));
    std::set<QString> codes;
    for (int row = 0; row < table.rowCount(); ++row)
        codes.insert(table.row(row).code);
    for (const core::CommissionRow& row : r.rows)
        CHECK(codes.contains(row.code));

    bool rise = false;
    bool fall = false;
    for (const core::CommissionRow& expected : r.rows) {
        const int row = table.rowOf(expected.bodyId);
        REQUIRE(row >= 0);
        CHECK(table.index(row, Table::Name).data().toString() == expected.name.en);
        for (int block = 1; block <= 3; ++block) {
            const core::CommissionBlock& b = expected.blocks[static_cast<std::size_t>(block - 1)];
            if (!b.inScope || !b.score)
                continue;
            CHECK(table.index(row, Table::blockColumn(block, Table::Score)).data().toString()
                  == QLocale().toString(*b.score, 'f', 1));
            if (b.rank)
                CHECK(table.index(row, Table::blockColumn(block, Table::Rank)).data().toString()
                      == QString::number(*b.rank));
            const QModelIndex change = table.index(row, Table::blockColumn(block, Table::Change));
            if (b.change && *b.change > 0.05) {
                rise = true;
                CHECK(change.data().toString().startsWith(u"▲"_s));
                CHECK(change.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0x0d, 0x65, 0x2d));
            } else if (b.change && *b.change < -0.05) {
                fall = true;
                CHECK(change.data().toString().startsWith(u"▼"_s));
                CHECK(change.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb3, 0x26, 0x1e));
            }
        }
    }
    CHECK(rise);
    CHECK(fall);
    // Every §73 alert marks its body.
    REQUIRE_FALSE(r.alerts.empty());
    for (const core::CommissionAlert& a : r.alerts) {
        const int row = table.rowOf(a.bodyId);
        REQUIRE(row >= 0);
        CHECK(table.index(row, Table::Code).data().toString().contains(u"⚠"_s));
        CHECK(table.index(row, Table::Code).data(Table::AlertRole).toBool());
        CHECK_FALSE(table.alerts(a.bodyId).isEmpty());
    }
    CHECK(f.area->summaryLabel()->text().contains(QString::number(r.rows.size())));
}

TEST_CASE("A stage is recorded for a ready body and refused for one whose conclusions are not final",
          "[ui][commission]")
{
    Fixture f;
    const core::CommissionResult r = f.result();
    const core::CommissionRow ready = f.row(r, true);
    const core::CommissionRow notReady = f.row(r, false);
    const QDate date(Year + 1, 5, 20);

    // Through the dialog, for the selected body only.
    REQUIRE(f.area->selectBody(ready.bodyId));
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [&date](QDialog& dialog) {
        auto* d = dynamic_cast<ui::DateDialog*>(&dialog);
        REQUIRE(d != nullptr);
        d->dateField()->editor()->setDate(date);
        d->allCheckBox()->setChecked(false);
    };
    f.area->stageAction(core::CommissionStage::ToWorkingBody)->trigger();
    const int row = f.area->tableModel()->rowOf(ready.bodyId);
    REQUIRE(row >= 0);
    CHECK(f.area->tableModel()->row(row).stages[0] == date);
    CHECK(f.area->tableModel()->index(row, Table::stageColumn(core::CommissionStage::ToWorkingBody)).data().toString()
          == u"20 May 2025"_s);
    const core::CommissionResult after = f.result();
    int recorded = 0;
    for (const core::CommissionRow& x : after.rows)
        recorded += x.stages[0].isValid() ? 1 : 0;
    CHECK(recorded == 1);

    // A later stage needs the earlier one; then it is recorded.
    REQUIRE(f.area->setStage(core::CommissionStage::Presented, date.addDays(10)));
    CHECK(f.area->tableModel()->row(f.area->tableModel()->rowOf(ready.bodyId)).stages[1] == date.addDays(10));

    // The body under appeal is refused (§48) and nothing is recorded.
    REQUIRE(f.area->selectBody(notReady.bodyId));
    CHECK_FALSE(f.area->setStage(core::CommissionStage::ToWorkingBody, date));
    CHECK(f.area->errorLabel()->text().startsWith(
        ui::ErrorText::of(core::Error{core::ErrorCode::ConclusionsNotFinal, {}})));
    CHECK_FALSE(f.area->tableModel()->row(f.area->tableModel()->rowOf(notReady.bodyId)).stages[0].isValid());
}

TEST_CASE("A stage recorded for every ready body reaches exactly the bodies whose conclusions are final",
          "[ui][commission]")
{
    Fixture f;
    const core::CommissionResult r = f.result();
    int ready = 0;
    for (const core::CommissionRow& row : r.rows)
        ready += row.conclusionsFinal() ? 1 : 0;
    REQUIRE(ready > 0);
    REQUIRE(ready < static_cast<int>(r.rows.size()));

    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [](QDialog& dialog) {
        auto* d = dynamic_cast<ui::DateDialog*>(&dialog);
        REQUIRE(d != nullptr);
        d->dateField()->editor()->setDate(QDate(Year + 1, 5, 15));
        d->allCheckBox()->setChecked(true);
    };
    f.area->stageAction(core::CommissionStage::ToWorkingBody)->trigger();
    for (const core::CommissionRow& row : f.result().rows)
        CHECK(row.stages[0].isValid() == row.conclusionsFinal());
    CHECK(f.area->messageLabel()->text().contains(QString::number(ready)));
}

TEST_CASE("The Commission's recommendation to a head is added as an order and taken back by Undo", "[ui][commission]")
{
    Fixture f;
    const core::CommissionRow body = f.row(f.result(), true);
    REQUIRE(f.area->selectBody(body.bodyId));
    auto before = f.session().conclusions().commissionRecommendations(body.bodyId, Year);
    REQUIRE(before.has_value());

    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [](QDialog& dialog) {
        auto* d = dynamic_cast<ui::RecommendationDialog*>(&dialog);
        REQUIRE(d != nullptr);
        d->textEditor()->setText({u"Басшыға тапсырма"_s, u"Поручение руководителю"_s, u"Order to the head"_s});
        d->orderCheckBox()->setChecked(true);
        d->confidentialCheckBox()->setChecked(true);
    };
    f.area->findChild<QPushButton*>(u"addRecommendationPushButton"_s)->click();
    auto added = f.session().conclusions().commissionRecommendations(body.bodyId, Year);
    REQUIRE(added.has_value());
    REQUIRE(added->size() == before->size() + 1);
    const core::Recommendation& rec = added->back();
    CHECK(rec.source == core::RecommendationSource::Commission);
    CHECK(rec.order);
    CHECK(rec.confidential);
    CHECK(rec.text.kk == u"Басшыға тапсырма"_s);
    CHECK(f.area->recommendationsTree()->topLevelItemCount() == static_cast<int>(added->size()));

    f.session().undoStack().undo();
    auto undone = f.session().conclusions().commissionRecommendations(body.bodyId, Year);
    REQUIRE(undone.has_value());
    CHECK(undone->size() == before->size());
}

TEST_CASE("The Commission's report of the year is written as a PDF in the chosen language", "[ui][commission]")
{
    Fixture f;
    f.area->setDocumentLanguage(core::Language::Kazakh);
    CHECK(f.area->documentLanguage() == core::Language::Kazakh);
    const QString path = f.dir.filePath(u"commission-kk.pdf"_s);
    REQUIRE(f.area->writeReportPdf(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.size() > 10000);
    // The interface stays in English after the document's language was used.
    CHECK(ui::ErrorText::of(core::Error{core::ErrorCode::ConclusionsNotFinal, {}}).startsWith(u"Not every"_s));
}
