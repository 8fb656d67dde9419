// SPDX-License-Identifier: GPL-3.0-or-later
// The "Conclusions" area (§46–47) and the appeals (§57–62) on the demo year: the table lists the
// conclusions as the service has them; the editor's texts make a new version when issued; an
// objection without documents is refused (§58) and records nothing; an accepted objection makes a
// corrected version (§61); the special commission refuses a member who took part (§59); the
// dashboard shows the decision due on a pending objection (§60).
#include "support/QtStringMakers.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/AppealTableModel.h"
#include "ui/models/ConclusionTableModel.h"
#include "ui/widgets/AppealDecisionDialog.h"
#include "ui/widgets/AppealFileDialog.h"
#include "ui/widgets/ConclusionEditor.h"
#include "ui/widgets/ConclusionsArea.h"
#include "ui/widgets/DeadlinesArea.h"
#include "ui/widgets/DeadlinesModel.h"
#include "ui/widgets/ReportPrompter.h"
#include "ui/widgets/SpecialCommissionDialog.h"
#include "ui/widgets/Text3Editor.h"

#include "core/AppealService.h"
#include "core/ConclusionService.h"
#include "core/DemoData.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "support/DemoCache.h"

#include <catch2/catch.hpp>

#include <deque>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

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
        int execs = 0;
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
        ++m_state->execs;
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

/// A main window over a copy of the demo database, showing the conclusions of 2024.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        const QString file = dir.filePath(u"conclusions.db"_s);
        REQUIRE(QFile::copy(demoTemplate(), file));
        auto opened = ui::Session::open(file, u"ui-tester"_s);
        REQUIRE(opened.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*opened), settings, language);
        window->switchLanguage(core::Language::English);
        area = window->conclusionsArea();
        REQUIRE(area != nullptr);
        area->setPrompter(std::make_unique<FakePrompter>(prompts));
        area->setYear(Year);
        area->setBlock(std::nullopt);
    }
    ~Fixture() { language.apply(core::Language::English); }

    [[nodiscard]] ui::Session& session() { return window->session(); }

    /// The first conclusion of the year that is final, was received and has no appeal.
    [[nodiscard]] core::Conclusion quietConclusion()
    {
        auto all = session().conclusions().conclusions(Year);
        REQUIRE(all.has_value());
        for (const core::Conclusion& c : *all) {
            auto appeals = session().appeals().forConclusion(c.id);
            REQUIRE(appeals.has_value());
            if (c.state == core::ConclusionState::Final && c.versions == 1 && c.receivedOn.isValid() && appeals->empty()
                && c.authorId)
                return c;
        }
        FAIL("the demo has no final conclusion without appeals");
        return {};
    }

    [[nodiscard]] core::ConclusionVersion latest(qint64 conclusionId)
    {
        auto v = session().conclusions().latest(conclusionId);
        REQUIRE(v.has_value());
        return *v;
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::ConclusionsArea* area = nullptr;
    std::shared_ptr<FakePrompter::State> prompts = std::make_shared<FakePrompter::State>();
};

template <typename T>
T* child(QDialog& dialog, const QString& name)
{
    T* widget = dialog.findChild<T*>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("The conclusions area lists the demo year's conclusions with their state, version and appeals",
          "[ui][conclusions]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.area->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto all = f.session().conclusions().conclusions(Year);
    REQUIRE(all.has_value());
    REQUIRE_FALSE(all->empty());
    const ui::ConclusionTableModel& table = *f.area->tableModel();
    REQUIRE(table.rowCount() == static_cast<int>(all->size()));
    for (const core::Conclusion& c : *all) {
        const int row = table.rowOf(c.id);
        REQUIRE(row >= 0);
        CHECK(table.index(row, ui::ConclusionTableModel::Body).data().toString().startsWith(c.bodyCode));
        CHECK(table.index(row, ui::ConclusionTableModel::State).data(ui::ConclusionTableModel::StateRole).toInt()
              == static_cast<int>(c.state));
        CHECK(table.index(row, ui::ConclusionTableModel::Version).data().toString() == QString::number(c.versions));
    }

    // The pending objection of the demo: its conclusion is under appeal and says so.
    auto appeals = f.session().appeals().appeals(Year);
    REQUIRE(appeals.has_value());
    const core::Appeal* pending = nullptr;
    for (const core::Appeal& a : *appeals)
        if (a.status == core::AppealStatus::Pending)
            pending = &a;
    REQUIRE(pending != nullptr);
    const int row = table.rowOf(pending->conclusionId);
    REQUIRE(row >= 0);
    CHECK(table.index(row, ui::ConclusionTableModel::State).data().toString() == u"Under appeal"_s);
    CHECK(table.index(row, ui::ConclusionTableModel::Appeals).data().toString().contains(u"pending"_s));

    // Selecting it shows its objection with the decision's last day.
    REQUIRE(f.area->selectConclusion(pending->conclusionId));
    REQUIRE(f.area->appealModel()->rowCount() == 1);
    CHECK(f.area->appealModel()->appeal(0).id == pending->id);
    CHECK(f.area->appealDetailsLabel()->text().contains(u"15 calendar days"_s));
    CHECK(f.area->decideAction()->isEnabled());

    // The block filter asks the service for one block.
    f.area->setBlock(2);
    auto block2 = f.session().conclusions().conclusions(Year, 2);
    REQUIRE(block2.has_value());
    CHECK(table.rowCount() == static_cast<int>(block2->size()));
    CHECK(table.rowCount() < static_cast<int>(all->size()));
}

TEST_CASE("Issuing a version through the editor makes the next version and keeps the old one as it was",
          "[ui][conclusions]")
{
    Fixture f;
    const core::Conclusion c = f.quietConclusion();
    REQUIRE(f.area->selectConclusion(c.id));
    const core::ConclusionVersion first = f.latest(c.id);

    // The analyst rewrites the English summary and adds a recommendation.
    ui::ConclusionEditor* editor = f.area->editor();
    QLineEdit* summary = editor->summaryEditor()->line(core::Language::English);
    summary->clear();
    QTest::keyClicks(summary, u"Corrected summary of the final report"_s);
    CHECK(editor->isModified());
    core::Recommendation rec;
    rec.text = {u"Ұсыныс"_s, u"Рекомендация"_s, u"Publish the register quarterly"_s};
    rec.order = true;
    REQUIRE(editor->addRecommendation(rec).has_value());

    // Issue: a version after the first asks why.
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [](QDialog& dialog) {
        child<QLineEdit>(dialog, u"versionReasonLineEdit"_s)->setText(u"The analyst's correction"_s);
    };
    f.area->issueAction()->trigger();
    CHECK(f.prompts->execs == 1);
    CHECK_FALSE(editor->isModified());

    const core::ConclusionVersion second = f.latest(c.id);
    CHECK(second.version == first.version + 1);
    CHECK(second.reason == u"The analyst's correction"_s);
    CHECK(second.content.summary.en == u"Corrected summary of the final report"_s);
    REQUIRE_FALSE(second.content.recommendations.empty());
    CHECK(second.content.recommendations.back().text.en == u"Publish the register quarterly"_s);
    CHECK(second.content.recommendations.back().order);
    REQUIRE(f.area->selectedConclusion().has_value());
    CHECK(f.area->selectedConclusion()->versions == first.version + 1);
    CHECK(f.area->versions().size() == static_cast<std::size_t>(second.version));

    // The old version is still readable exactly as it was issued.
    auto old = f.session().conclusions().version(first.id);
    REQUIRE(old.has_value());
    CHECK(old->content.summary == first.content.summary);
    CHECK(old->content.summary.en != second.content.summary.en);

    // A version after the first without a reason is refused: nothing is issued.
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [](QDialog& dialog) { child<QLineEdit>(dialog, u"versionReasonLineEdit"_s)->clear(); };
    f.area->issueAction()->trigger(); // the empty reason is refused in the dialog, then cancelled
    CHECK(f.latest(c.id).version == second.version);
}

TEST_CASE("An objection filed without documents is refused under §58 and records nothing", "[ui][conclusions]")
{
    Fixture f;
    const core::Conclusion c = f.quietConclusion();
    REQUIRE(f.area->selectConclusion(c.id));
    REQUIRE(f.area->fileAppealAction()->isEnabled());
    const QString code = f.latest(c.id).content.lines.front().code;

    QString refusal;
    QString rule;
    int exec = 0;
    f.prompts->answers = {QDialog::Accepted}; // then the dialog is cancelled
    f.prompts->onExec = [&](QDialog& dialog) {
        auto* d = dynamic_cast<ui::AppealFileDialog*>(&dialog);
        REQUIRE(d != nullptr);
        if (exec++ == 0) {
            d->setKind(core::AppealKind::Objection);
            d->setFiledOn(c.receivedOn.addDays(1)); // within the term
            d->setLetter(u"We disagree with the conclusion."_s);
            d->addItem(code, u"The register was updated in December."_s, u"95"_s);
            rule = d->documentsRuleLabel()->text();
        } else {
            refusal = child<QLabel>(dialog, u"errorLabel"_s)->text();
        }
    };
    f.area->fileAppealAction()->trigger();

    CHECK(exec == 2); // shown again with the refusal
    CHECK(rule.contains(u"§58"_s));
    CHECK(refusal == ui::ErrorText::of(core::Error{core::ErrorCode::AppealNoDocuments, {}}));
    CHECK(refusal.contains(u"§58"_s));
    CHECK(f.area->errorLabel()->text() == refusal);
    auto appeals = f.session().appeals().forConclusion(c.id);
    REQUIRE(appeals.has_value());
    CHECK(appeals->empty());
    CHECK(f.area->appealModel()->rowCount() == 0);

    // The same objection filed late is refused with the dates.
    core::NewAppeal late;
    late.conclusionId = c.id;
    late.filedOn = c.appealDeadline.addDays(1);
    late.items = {{0, code, u"Late argument"_s, 95.0, {}, {}, {}, {}}};
    late.documents = {{u"letter.pdf"_s, QByteArray("%PDF-1.4 letter")}};
    CHECK_FALSE(f.area->fileAppeal(late).has_value());
    CHECK(f.area->errorLabel()->text().contains(u"§57"_s));
    CHECK(f.area->errorLabel()->text().contains(c.appealDeadline.toString(u"d MMM yyyy"_s)));
    CHECK(f.session().appeals().forConclusion(c.id)->empty());
}

TEST_CASE("An objection accepted through the decision dialog makes a corrected version 2", "[ui][conclusions]")
{
    Fixture f;
    const core::Conclusion c = f.quietConclusion();
    REQUIRE(c.versions == 1);
    REQUIRE(f.area->selectConclusion(c.id));
    const core::ConclusionVersion first = f.latest(c.id);
    const core::ConclusionLine line = first.content.lines.front();
    const double newFact = line.fact ? *line.fact + 1 : 1;

    // The author's special commission (§59), unless the author is the PA, which needs none.
    auto pa = f.session().registry().repository().roleHolder(core::Role::PA, QDate(Year + 1, 1, 15));
    REQUIRE(pa.has_value());
    const bool byPa = *pa && **pa == *c.authorId;
    auto commission = f.session().appeals().commission(*c.authorId, Year);
    REQUIRE(commission.has_value());
    if (!byPa && !*commission)
        REQUIRE(f.area->setSpecialCommission(*c.authorId, c.receivedOn,
                                             {{u"Independent Member"_s, u"Expert"_s, {}, false},
                                              {u"Working Body Representative"_s, u"Inspector"_s, {}, true}}));

    // File the objection with a document.
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [&](QDialog& dialog) {
        auto* d = dynamic_cast<ui::AppealFileDialog*>(&dialog);
        REQUIRE(d != nullptr);
        d->setKind(core::AppealKind::Objection);
        d->setFiledOn(c.receivedOn.addDays(2));
        d->addItem(line.code, u"The fact was reported wrongly."_s, QString::number(newFact));
        d->attachDocument(u"statement.pdf"_s, QByteArray("%PDF-1.4 statement"));
        CHECK(d->documentsTree()->topLevelItemCount() == 1);
    };
    f.area->fileAppealAction()->trigger();
    auto appeals = f.session().appeals().forConclusion(c.id);
    REQUIRE(appeals.has_value());
    REQUIRE(appeals->size() == 1);
    const core::Appeal filed = appeals->front();
    CHECK(filed.status == core::AppealStatus::Pending);
    CHECK(filed.documents.size() == 1);
    CHECK(f.area->selectedAppealId() == filed.id);
    REQUIRE(f.area->decideAction()->isEnabled());

    // Decide: the item accepted with the corrected fact, within the 15 days.
    QString term;
    int exec = 0;
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [&](QDialog& dialog) {
        auto* d = dynamic_cast<ui::AppealDecisionDialog*>(&dialog);
        REQUIRE(d != nullptr);
        if (++exec == 1) {
            // Without the decision's reasons the dialog stays open and says so.
            d->setDecision(0, true, u"The register confirms it."_s, QString::number(newFact));
            d->setDecidedOn(filed.filedOn.addDays(5));
            term = d->termLabel()->text();
            d->accept();
            CHECK(d->result() != QDialog::Accepted);
            CHECK(child<QLabel>(dialog, u"errorLabel"_s)->text().contains(u"reasons"_s));
            d->setDecisionReason({{}, u"Возражение обосновано."_s, u"The objection is justified."_s});
        }
    };
    f.area->decideAction()->trigger();
    CHECK(exec == 1);
    CHECK(term.contains(u"§60"_s));
    CHECK_FALSE(term.contains(u"late"_s));

    auto decided = f.session().appeals().appeal(filed.id);
    REQUIRE(decided.has_value());
    INFO("refusal: " << f.area->errorLabel()->text().toStdString());
    CHECK(decided->status == core::AppealStatus::Accepted);
    const core::ConclusionVersion second = f.latest(c.id);
    CHECK(second.version == 2);
    REQUIRE(second.appealId.has_value());
    CHECK(*second.appealId == filed.id);
    bool corrected = false;
    for (const core::ConclusionLine& l : second.content.lines)
        if (l.code == line.code) {
            corrected = l.corrected;
            REQUIRE(l.fact.has_value());
            CHECK(*l.fact == Approx(newFact));
        }
    CHECK(corrected);
    REQUIRE(f.area->selectedConclusion().has_value());
    CHECK(f.area->selectedConclusion()->versions == 2);
    CHECK(f.area->messageLabel()->text().contains(u"version 2"_s));
    // Version 1 stays as it was sent.
    auto old = f.session().conclusions().version(first.id);
    REQUIRE(old.has_value());
    CHECK(old->content.lines.front().fact == line.fact);
}

TEST_CASE("The special commission dialog refuses a member who took part in the evaluation", "[ui][conclusions]")
{
    Fixture f;
    // An author with a participant on record (the demo's conclusions name them).
    auto all = f.session().conclusions().conclusions(Year);
    REQUIRE(all.has_value());
    const core::Conclusion* withStaff = nullptr;
    auto pa = f.session().registry().repository().roleHolder(core::Role::PA, QDate(Year + 1, 1, 15));
    REQUIRE(pa.has_value());
    for (const core::Conclusion& c : *all)
        if (!c.participants.empty() && c.authorId && !(*pa && **pa == *c.authorId))
            withStaff = &c;
    REQUIRE(withStaff != nullptr);
    const QString participant = withStaff->participants.front();
    REQUIRE(f.area->selectConclusion(withStaff->id));

    QString refusal;
    int exec = 0;
    f.prompts->answers = {QDialog::Accepted};
    f.prompts->onExec = [&](QDialog& dialog) {
        auto* d = dynamic_cast<ui::SpecialCommissionDialog*>(&dialog);
        REQUIRE(d != nullptr);
        if (exec++ == 0) {
            CHECK(d->authorityId() == *withStaff->authorId);
            CHECK(d->participantsLabel()->text().contains(participant));
            d->setMembers({{participant, u"Head of division"_s, {}, false},
                           {u"Working Body Representative"_s, u"Inspector"_s, {}, true}});
        } else {
            refusal = child<QLabel>(dialog, u"errorLabel"_s)->text();
        }
    };
    auto before = f.session().appeals().commission(*withStaff->authorId, Year);
    REQUIRE(before.has_value());
    f.area->commissionAction()->trigger();
    CHECK(exec == 2);
    CHECK(refusal.startsWith(ui::ErrorText::of(core::Error{core::ErrorCode::CommissionConflict, {}})));
    CHECK(refusal.contains(participant));
    auto after = f.session().appeals().commission(*withStaff->authorId, Year);
    REQUIRE(after.has_value());
    CHECK(after->has_value() == before->has_value());
    if (*after)
        CHECK((*after)->members == (*before)->members);

    // Without a representative of the working body it is refused too.
    CHECK_FALSE(f.area->setSpecialCommission(*withStaff->authorId, QDate(Year + 1, 3, 1),
                                             {{u"Someone Else"_s, u"Expert"_s, {}, false}}));
    CHECK(f.area->errorLabel()->text()
          == ui::ErrorText::of(core::Error{core::ErrorCode::CommissionNeedsWorkingBody, {}}));
}

TEST_CASE("The dashboard shows the decision due on a pending objection, overdue in red, and a new objection's term",
          "[ui][conclusions][deadlines]")
{
    Fixture f;
    ui::DeadlinesArea* deadlines = f.window->deadlinesArea();
    REQUIRE(deadlines != nullptr);
    ui::DeadlinesModel* model = deadlines->model();
    auto appeals = f.session().appeals().appeals(Year);
    REQUIRE(appeals.has_value());
    const core::Appeal* pending = nullptr;
    for (const core::Appeal& a : *appeals)
        if (a.status == core::AppealStatus::Pending && a.kind == core::AppealKind::Objection)
            pending = &a;
    REQUIRE(pending != nullptr);

    const auto rowOf = [model](ui::DeadlinesModel::Item::Kind kind, qint64 conclusionId) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->item(row).kind == kind && model->item(row).conclusionId == conclusionId)
                return row;
        return -1;
    };
    deadlines->setToday(pending->decideBy.addDays(10));
    int row = rowOf(ui::DeadlinesModel::Item::Kind::AppealDecision, pending->conclusionId);
    REQUIRE(row >= 0);
    CHECK(model->item(row).due == pending->decideBy);
    CHECK(model->state(row) == ui::DeadlinesModel::State::Overdue);
    const QModelIndex what = model->index(row, ui::DeadlinesModel::What);
    CHECK(what.data().toString().contains(u"§60"_s));
    CHECK(what.data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xfd, 0xe2, 0xe1));
    CHECK(model->index(row, ui::DeadlinesModel::Subject).data().toString().contains(pending->bodyCode));

    // Before the last day it is due, not overdue.
    deadlines->setToday(pending->filedOn.addDays(1));
    row = rowOf(ui::DeadlinesModel::Item::Kind::AppealDecision, pending->conclusionId);
    REQUIRE(row >= 0);
    CHECK(model->state(row) != ui::DeadlinesModel::State::Overdue);

    // A new conclusion (on a part of block 2), issued and received today: the last day to object
    // runs (§57).
    auto blockTwo = f.session().conclusions().conclusions(Year, 2);
    REQUIRE(blockTwo.has_value());
    REQUIRE_FALSE(blockTwo->empty());
    auto made = f.session().conclusions().create(blockTwo->front().bodyId, Year, 2, core::Part::Openness, u"test"_s);
    REQUIRE(made.has_value());
    auto created = f.session().conclusions().conclusion(*made);
    REQUIRE(created.has_value());
    const core::Conclusion& fresh = *created;
    REQUIRE(f.session().conclusions().issue(fresh.id, {}, u"test"_s).has_value());
    const QDate today = QDate::currentDate();
    REQUIRE(f.session().conclusions().markReceived(fresh.id, today, u"test"_s).has_value());
    auto received = f.session().conclusions().conclusion(fresh.id);
    REQUIRE(received.has_value());
    REQUIRE(received->state == core::ConclusionState::Received);
    deadlines->setToday(today);
    deadlines->reload();
    row = rowOf(ui::DeadlinesModel::Item::Kind::ObjectionTerm, fresh.id);
    REQUIRE(row >= 0);
    CHECK(model->item(row).due == received->appealDeadline);
    CHECK(model->item(row).due > today);
    CHECK(model->state(row) == ui::DeadlinesModel::State::DueSoon);
    CHECK(model->index(row, ui::DeadlinesModel::What).data().toString().contains(u"§57"_s));
    // Five working days from the receipt: at most five left, and the column says how many.
    CHECK(model->workingDaysLeft(row) >= 1);
    CHECK(model->workingDaysLeft(row) <= 5);
    CHECK(model->index(row, ui::DeadlinesModel::DaysLeft).data().toString()
          == QString::number(model->workingDaysLeft(row)));
}
