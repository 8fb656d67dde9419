// SPDX-License-Identifier: GPL-3.0-or-later
// The "Re-verification" area (§42–43): the year's risk criteria saved, undone and loaded; the
// values they select, with the reasons; and what the re-check found — confirmed, corrected (the
// scores use the corrected fact at once, the reported one is kept), reopened — each undoable.
#include "support/QtStringMakers.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/RecheckTableModel.h"
#include "ui/widgets/RecheckArea.h"
#include "ui/widgets/RecheckCriteriaEditor.h"
#include "ui/widgets/RecheckDecisionDialog.h"
#include "ui/widgets/ReportPrompter.h"

#include "core/MethodologyService.h"
#include "core/RecheckService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <deque>
#include <functional>

using namespace Qt::StringLiterals;
using Table = ui::RecheckTableModel;

namespace {

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

/// Block 2 of `year`: R1 ratio (plan 100), R2 yes/no, R3 expert out of 10, R4 inverse ratio (plan 5).
core::Methodology methodology(int year)
{
    core::Methodology m;
    m.block = Block;
    m.year = year;
    m.title = text3(u"Re-verification test methodology"_s);
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
    item.value.sourceType = 1;
    item.sourceReference = u"Register No. 7"_s;
    return item;
}

/// Answers without windows: each exec() takes the next answer (then rejects), after `onExec`.
class FakePrompter final : public ui::ReportPrompter
{
public:
    struct State
    {
        std::deque<int> answers;
        std::function<void(QDialog&)> onExec;
        QString openPath;
        int confirmations = 0;
    };

    explicit FakePrompter(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    bool confirm(QWidget*, const QString&, const QString&, const QString&) override
    {
        ++m_state->confirmations;
        return true;
    }
    void inform(QWidget*, const QString&, const QString&) override { }
    void warn(QWidget*, const QString&, const QString&) override { }
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {m_state->openPath}; }
    QString openFile(QWidget*, const QString&, const QString&) override { return m_state->openPath; }
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

/// The analyst's main window over a fresh database: block 2 approved for 2024 and 2025, MOA's
/// facts of 2024, the schedule of 2025, and MOA's report of 2025 submitted: R1 90 (40 the year
/// before: +125 %), R2 1 (its plan), R3 8, R4 2.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        auto opened = ui::Session::open(dir.filePath(u"recheck.db"_s), u"ui-tester"_s);
        REQUIRE(opened.has_value());
        ui::Session& s = **opened;
        for (const int year : {Year - 1, Year}) {
            auto id = s.methodologies().create(methodology(year), u"test"_s);
            REQUIRE(id.has_value());
            REQUIRE(s.methodologies()
                        .approve(*id, {u"Order No. 1"_s, QDate(year, 12, 20), QDate(year, 12, 10), QDate(year, 12, 15)},
                                 u"test"_s)
                        .has_value());
        }
        auto body = s.registry().repository().bodyByCode(u"MOA"_s);
        REQUIRE(body.has_value());
        REQUIRE(body->has_value());
        moa = (**body).id;
        for (const auto& [code, fact] :
             {std::pair{u"R1"_s, 40.0}, std::pair{u"R2"_s, 0.0}, std::pair{u"R3"_s, 7.0}, std::pair{u"R4"_s, 3.0}})
            REQUIRE(s.methodologies().setValue(Year - 1, Block, moa, code, {{}, fact, 1}, u"test"_s).has_value());
        core::Schedule schedule;
        schedule.year = Year;
        schedule.approvedOn = QDate(2025, 12, 10);
        schedule.stages = {QDate(2026, 2, 16), QDate(2026, 4, 1), QDate(2026, 5, 4), QDate(2026, 5, 20),
                           QDate(2026, 6, 10)};
        REQUIRE(s.schedules().set(schedule, u"test"_s).has_value());
        const core::ReportKey key{moa, Year, Block};
        REQUIRE(
            s.reports()
                .saveItems(key, {line(u"R1"_s, 90), line(u"R2"_s, 1), line(u"R3"_s, 8), line(u"R4"_s, 2)}, u"entry"_s)
                .has_value());
        REQUIRE(s.reports().submit(key, u"submit"_s).has_value());

        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        window->switchLanguage(core::Language::English);
        area = window->recheckArea();
        REQUIRE(area != nullptr);
        area->setPrompter(std::make_unique<FakePrompter>(prompts));
        area->setYear(Year);
        area->setBlock(std::nullopt);
    }
    ~Fixture() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }

    /// Large change (50 %) and exactly on plan; late, earlier corrections and the random share off,
    /// so that the selection does not depend on the day or on chance.
    void useDeterministicCriteria()
    {
        std::vector<core::RiskCriterion> criteria;
        for (int i = 0; i < core::RiskKindCount; ++i) {
            core::RiskCriterion c;
            c.kind = static_cast<core::RiskKind>(i);
            c.enabled = c.kind == core::RiskKind::LargeChange || c.kind == core::RiskKind::OnTarget;
            c.parameter = c.kind == core::RiskKind::LargeChange ? 50 : c.kind == core::RiskKind::Random ? 10 : 0;
            criteria.push_back(c);
        }
        REQUIRE(area->saveCriteria(criteria, u"test"_s));
    }

    [[nodiscard]] int rowOf(const QString& code) const
    {
        const Table* table = area->tableModel();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->recheck(row).code == code)
                return row;
        return -1;
    }

    [[nodiscard]] const core::Recheck& recheck(const QString& code) const
    {
        const int row = rowOf(code);
        REQUIRE(row >= 0);
        return area->tableModel()->recheck(row);
    }

    [[nodiscard]] std::optional<double> storedFact(const QString& code)
    {
        auto values = session().methodologies().values(Year, Block);
        REQUIRE(values.has_value());
        return values->at(moa).at(code).fact;
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::RecheckArea* area = nullptr;
    std::shared_ptr<FakePrompter::State> prompts = std::make_shared<FakePrompter::State>();
    qint64 moa = 0;
};

core::RiskCriterion criterionOf(const std::vector<core::RiskCriterion>& criteria, core::RiskKind kind)
{
    for (const core::RiskCriterion& c : criteria)
        if (c.kind == kind)
            return c;
    FAIL("no criterion " << core::toString(kind).toStdString());
    return {};
}

} // namespace

TEST_CASE("The year's risk criteria are edited, saved, undone and loaded again", "[ui][recheck]")
{
    Fixture f;
    ui::RecheckCriteriaEditor* editor = f.area->criteriaEditor();
    // The defaults: all five on, a large change of 50 %, a random 10 %.
    CHECK(editor->checkBox(core::RiskKind::Random)->isChecked());
    CHECK(editor->spinBox(core::RiskKind::LargeChange)->value() == 50);
    CHECK(editor->spinBox(core::RiskKind::Random)->value() == 10);
    CHECK(editor->spinBox(core::RiskKind::Late) == nullptr);
    CHECK_FALSE(f.area->saveCriteriaButton()->isEnabled());

    editor->checkBox(core::RiskKind::Random)->setChecked(false);
    CHECK_FALSE(editor->spinBox(core::RiskKind::Random)->isEnabled());
    editor->spinBox(core::RiskKind::LargeChange)->setValue(30);
    REQUIRE(f.area->saveCriteriaButton()->isEnabled());
    QTest::mouseClick(f.area->saveCriteriaButton(), Qt::LeftButton);

    auto stored = f.session().rechecks().criteria(Year);
    REQUIRE(stored.has_value());
    CHECK_FALSE(criterionOf(*stored, core::RiskKind::Random).enabled);
    CHECK(criterionOf(*stored, core::RiskKind::LargeChange).parameter == 30);
    CHECK_FALSE(f.area->saveCriteriaButton()->isEnabled());

    // Another year has its own (the defaults); coming back shows the saved ones.
    f.area->setYear(Year - 1);
    CHECK(editor->checkBox(core::RiskKind::Random)->isChecked());
    CHECK(editor->spinBox(core::RiskKind::LargeChange)->value() == 50);
    f.area->setYear(Year);
    CHECK_FALSE(editor->checkBox(core::RiskKind::Random)->isChecked());
    CHECK(editor->spinBox(core::RiskKind::LargeChange)->value() == 30);

    // Undo puts back the criteria as they were, in the database and in the editor.
    f.session().undoStack().undo();
    stored = f.session().rechecks().criteria(Year);
    REQUIRE(stored.has_value());
    CHECK(criterionOf(*stored, core::RiskKind::Random).enabled);
    CHECK(criterionOf(*stored, core::RiskKind::LargeChange).parameter == 50);
    CHECK(editor->checkBox(core::RiskKind::Random)->isChecked());
    CHECK(editor->spinBox(core::RiskKind::LargeChange)->value() == 50);

    // A parameter out of range is refused, and the stored criteria stay.
    std::vector<core::RiskCriterion> bad = *stored;
    for (core::RiskCriterion& c : bad)
        if (c.kind == core::RiskKind::Random)
            c.parameter = 150;
    CHECK_FALSE(f.area->saveCriteria(bad));
    CHECK(f.area->errorLabel()->text() == ui::ErrorText::of({core::ErrorCode::InvalidRecheckCriteria, {}}));
    auto after = f.session().rechecks().criteria(Year);
    REQUIRE(after.has_value());
    CHECK(criterionOf(*after, core::RiskKind::Random).parameter == 10);
}

TEST_CASE("The preview stores nothing — selecting lists the values with their reasons", "[ui][recheck]")
{
    Fixture f;
    f.useDeterministicCriteria();
    CHECK(f.area->tableModel()->rowCount() == 0);
    CHECK(f.area->footerLabel()->text() == u"No values are selected for re-verification in 2025 yet."_s);

    // Preview, then close: nothing is stored.
    QStringList previewed;
    f.prompts->onExec = [&](QDialog& dialog) {
        auto* preview = qobject_cast<ui::RecheckPreviewDialog*>(&dialog);
        REQUIRE(preview != nullptr);
        for (int row = 0; row < preview->model()->rowCount(); ++row)
            previewed << preview->model()->recheck(row).code;
    };
    QTest::mouseClick(f.area->previewButton(), Qt::LeftButton);
    CHECK(previewed.contains(u"R1"_s));
    auto stored = f.session().rechecks().list(Year);
    REQUIRE(stored.has_value());
    CHECK(stored->empty());

    // Preview, then select from it.
    f.prompts->answers = {QDialog::Accepted};
    previewed.clear();
    QTest::mouseClick(f.area->previewButton(), Qt::LeftButton);
    Table* table = f.area->tableModel();
    REQUIRE(table->rowCount() == previewed.size());
    const int r1 = f.rowOf(u"R1"_s);
    REQUIRE(r1 >= 0);
    CHECK(table->index(r1, Table::Body).data().toString().startsWith(u"MOA"_s));
    CHECK(table->index(r1, Table::Block).data().toInt() == Block);
    CHECK(table->index(r1, Table::Indicator).data().toString() == u"R1"_s);
    CHECK(table->index(r1, Table::Indicator).data(Qt::ToolTipRole).toString() == u"R1  Indicator R1"_s);
    CHECK(table->index(r1, Table::ReportedFact).data().toString() == u"90"_s);
    CHECK(table->index(r1, Table::Reasons).data().toString().startsWith(u"Large change ("_s));
    CHECK(table->index(r1, Table::Outcome).data().toString() == u"Pending"_s);
    CHECK(table->index(r1, Table::CorrectedFact).data().toString().isEmpty());
    const int n = table->rowCount();
    CHECK(f.area->footerLabel()->text() == u"%1 values selected: %1 pending, 0 confirmed, 0 corrected."_s.arg(n));
    CHECK(f.area->messageLabel()->text().endsWith(u"selected for re-verification."_s));

    // Selecting again keeps what is there and adds nothing.
    QTest::mouseClick(f.area->selectButton(), Qt::LeftButton);
    CHECK(table->rowCount() == n);
    CHECK(f.area->messageLabel()->text().startsWith(u"No new values"_s));
}

TEST_CASE("A value is corrected, reopened and confirmed through the area, each undoable", "[ui][recheck]")
{
    Fixture f;
    f.useDeterministicCriteria();
    REQUIRE(f.area->selectValues().value_or(0) > 0);
    const qint64 r1 = f.recheck(u"R1"_s).id;
    REQUIRE(f.area->selectRecheck(r1));
    CHECK(f.area->confirmButton()->isEnabled());
    CHECK(f.area->correctButton()->isEnabled());
    CHECK_FALSE(f.area->reopenButton()->isEnabled());

    // Correct…: the right fact typed as a user does, the finding, and an evidence file.
    const QString evidence = f.dir.filePath(u"extract.pdf"_s);
    {
        QFile file(evidence);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF extract");
    }
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [&](QDialog& dialog) {
        auto* decision = qobject_cast<ui::RecheckDecisionDialog*>(&dialog);
        REQUIRE(decision != nullptr);
        REQUIRE(decision->mode() == ui::RecheckDecisionDialog::Mode::Correct);
        CHECK(decision->factLineEdit()->text() == u"90"_s);
        decision->factLineEdit()->clear();
        QTest::keyClicks(decision->factLineEdit(), u"85.5"_s);
        QTest::keyClicks(decision->findingEdit(), u"The register's extract says 85.5"_s);
        decision->evidenceLineEdit()->setText(evidence);
        CHECK(decision->problem().isEmpty());
    };
    QTest::mouseClick(f.area->correctButton(), Qt::LeftButton);
    CHECK(f.recheck(u"R1"_s).outcome == core::RecheckOutcome::Corrected);
    CHECK(f.recheck(u"R1"_s).correctedFact == 85.5);
    CHECK(f.recheck(u"R1"_s).reportedFact == 90);
    CHECK(f.recheck(u"R1"_s).outcomeReason == u"The register's extract says 85.5"_s);
    CHECK(f.storedFact(u"R1"_s) == 85.5); // the scores use it at once
    const int row = f.rowOf(u"R1"_s);
    CHECK(f.area->tableModel()->index(row, Table::Outcome).data().toString() == u"Corrected"_s);
    CHECK(f.area->tableModel()->index(row, Table::CorrectedFact).data().toString() == u"85.5"_s);
    auto items = f.session().reports().items({f.moa, Year, Block});
    REQUIRE(items.has_value());
    CHECK(std::any_of(items->begin(), items->end(),
                      [](const core::ReportItem& item) { return item.code == u"R1"_s && !item.evidence.empty(); }));

    // Undo takes the correction back; redo makes it again.
    f.session().undoStack().undo();
    CHECK(f.recheck(u"R1"_s).outcome == core::RecheckOutcome::Pending);
    CHECK(f.storedFact(u"R1"_s) == 90);
    f.session().undoStack().redo();
    CHECK(f.recheck(u"R1"_s).outcome == core::RecheckOutcome::Corrected);
    CHECK(f.storedFact(u"R1"_s) == 85.5);

    // Reopen: pending again with the reported fact; its undo corrects again.
    REQUIRE(f.area->selectRecheck(r1));
    CHECK(f.area->reopenButton()->isEnabled());
    QTest::mouseClick(f.area->reopenButton(), Qt::LeftButton);
    CHECK(f.recheck(u"R1"_s).outcome == core::RecheckOutcome::Pending);
    CHECK(f.storedFact(u"R1"_s) == 90);
    f.session().undoStack().undo();
    CHECK(f.recheck(u"R1"_s).outcome == core::RecheckOutcome::Corrected);
    CHECK(f.storedFact(u"R1"_s) == 85.5);

    // A correction needs a finding; the refusal changes nothing.
    const qint64 other = f.area->tableModel()->recheck(f.rowOf(u"R1"_s) == 0 ? 1 : 0).id;
    CHECK_FALSE(f.area->correct(other, 1, u"  "_s));
    CHECK(f.area->errorLabel()->text() == u"Say what was wrong: a correction needs a finding."_s);

    // Confirm… the other value.
    REQUIRE(f.area->selectRecheck(other));
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [&](QDialog& dialog) {
        auto* decision = qobject_cast<ui::RecheckDecisionDialog*>(&dialog);
        REQUIRE(decision != nullptr);
        CHECK(decision->mode() == ui::RecheckDecisionDialog::Mode::Confirm);
        QTest::keyClicks(decision->findingEdit(), u"Compared with the register"_s);
    };
    QTest::mouseClick(f.area->confirmButton(), Qt::LeftButton);
    const int otherRow = f.area->tableModel()->rowOfRecheck(other);
    REQUIRE(otherRow >= 0);
    CHECK(f.area->tableModel()->recheck(otherRow).outcome == core::RecheckOutcome::Confirmed);
    const ui::RecheckTableModel::Counts counts = f.area->tableModel()->counts();
    CHECK(counts.confirmed == 1);
    CHECK(counts.corrected == 1);
    CHECK(f.area->footerLabel()->text().endsWith(u"1 confirmed, 1 corrected."_s));

    // A decided value is not removed; a pending one is, after a question.
    REQUIRE(f.area->selectRecheck(other));
    CHECK_FALSE(f.area->removeButton()->isEnabled());
    const int before = f.area->tableModel()->rowCount();
    for (int r = 0; r < f.area->tableModel()->rowCount(); ++r) {
        const core::Recheck& candidate = f.area->tableModel()->recheck(r);
        if (candidate.outcome != core::RecheckOutcome::Pending)
            continue;
        REQUIRE(f.area->selectRecheck(candidate.id));
        QTest::mouseClick(f.area->removeButton(), Qt::LeftButton);
        CHECK(f.prompts->confirmations == 1);
        CHECK(f.area->tableModel()->rowCount() == before - 1);
        break;
    }
}

TEST_CASE("The re-verification table passes Qt's model tester", "[ui][recheck][models]")
{
    Fixture f;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester tester(f.area->tableModel(), Mode::Fatal);
    f.useDeterministicCriteria();
    REQUIRE(f.area->selectValues().has_value());
    f.window->switchLanguage(core::Language::Kazakh);
    f.area->setBlock(1);
    CHECK(f.area->tableModel()->rowCount() == 0);
    f.area->setBlock(Block);
    CHECK(f.area->tableModel()->rowCount() > 0);
    f.window->switchLanguage(core::Language::English);
}

// Hidden: pictures of the area and its dialogs in the three languages, for looking at by eye.
// BAGALAU_SCREENSHOT_DIR=/tmp/shots xvfb-run -a tests/ui_tests "[.screenshot][recheck]"
TEST_CASE("Screenshots of the re-verification area", "[.screenshot][recheck]")
{
    const QString dir = qEnvironmentVariable("BAGALAU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    Fixture f;
    f.useDeterministicCriteria();
    REQUIRE(f.area->selectValues().has_value());
    const qint64 r1 = f.recheck(u"R1"_s).id;
    REQUIRE(f.area->correct(r1, 85.5, u"The register's extract says 85.5"_s));
    f.window->resize(1280, 800);
    f.window->show();
    for (const core::Language language : {core::Language::Kazakh, core::Language::Russian, core::Language::English}) {
        f.window->switchLanguage(language);
        const QString code = core::languageCode(language);
        f.window->showArea(ui::MainWindow::RecheckAreaIndex);
        f.area->selectRecheck(r1);
        QTest::qWait(200);
        f.window->grab().save(dir + u"/recheck-"_s + code + u".png"_s);
        ui::RecheckDecisionDialog dialog(ui::RecheckDecisionDialog::Mode::Correct, f.recheck(u"R1"_s),
                                         u"MOA  Ministry of Agriculture"_s, u"R1  Indicator R1"_s, {}, f.window.get());
        dialog.show();
        QTest::qWait(100);
        dialog.grab().save(dir + u"/recheck-correct-"_s + code + u".png"_s);
        auto candidates = f.area->preview();
        REQUIRE(candidates.has_value());
        ui::RecheckPreviewDialog preview(f.session(), Year, std::nullopt, *candidates, language, f.window.get());
        preview.show();
        QTest::qWait(100);
        preview.grab().save(dir + u"/recheck-preview-"_s + code + u".png"_s);
    }
    f.window->switchLanguage(core::Language::English);
}
