// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/QtStringMakers.h"

#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/AuditTableModel.h"
#include "ui/models/BodyFilterProxyModel.h"
#include "ui/models/BodyTableModel.h"
#include "ui/models/EvaluatedListModel.h"
#include "ui/models/NameHistoryModel.h"
#include "ui/models/ReorganizationTableModel.h"
#include "ui/widgets/BodyDetailsPane.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/RegistryArea.h"

#include "core/AuditLog.h"
#include "core/RegistryService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// A main window over a fresh database with the shipped registry, settings in a temporary INI file.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        auto session = ui::Session::open(dir.filePath(u"ui.db"_s), u"ui-tester"_s);
        REQUIRE(session.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*session), settings, language);
        area = window->registryArea();
    }
    ~Fixture() { language.apply(core::Language::English); }

    [[nodiscard]] qint64 idOf(const QString& code)
    {
        auto body = window->session().registry().repository().bodyByCode(code);
        REQUIRE(body.has_value());
        REQUIRE(body->has_value());
        return (**body).id;
    }

    [[nodiscard]] QStringList visibleCodes() const
    {
        QStringList codes;
        for (int row = 0; row < area->proxyModel()->rowCount(); ++row)
            codes << area->proxyModel()->index(row, ui::BodyTableModel::Code).data().toString();
        return codes;
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::RegistryArea* area = nullptr;
};

/// Types text as key presses; QTest::keyClicks only knows Latin-1 and aborts on Kazakh letters.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &release);
    }
}

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("Every registry model passes Qt's model tester", "[ui][models]")
{
    Fixture f;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester bodies(f.area->bodyModel(), Mode::Fatal);
    QAbstractItemModelTester proxy(f.area->proxyModel(), Mode::Fatal);
    auto& controller = f.window->session().controller();
    ui::ReorganizationTableModel reorganizations(controller.repository());
    QAbstractItemModelTester reorganizationsTester(&reorganizations, Mode::Fatal);
    REQUIRE(reorganizations.reload().has_value());
    reorganizations.setPresentation(core::Language::Kazakh, 2022);
    CHECK(reorganizations.rowCount() == 10);
    ui::EvaluatedListModel list(controller);
    QAbstractItemModelTester listTester(&list, Mode::Fatal);
    list.setYear(2019);
    CHECK(list.countOnList() == 38);
    ui::AuditTableModel audit;
    QAbstractItemModelTester auditTester(&audit, Mode::Fatal);
    auto entries = controller.audit().forBody(f.idOf(u"AST"_s));
    REQUIRE(entries.has_value());
    audit.setEntries(*entries);
    CHECK(audit.rowCount() > 0);
    ui::NameHistoryModel names;
    QAbstractItemModelTester namesTester(&names, Mode::Fatal);
    auto ast = controller.repository().body(f.idOf(u"AST"_s));
    REQUIRE(ast.has_value());
    names.setBody(&*ast, core::Language::Russian);
    CHECK(names.rowCount() == 3);
    // The testers watch these changes too.
    f.area->searchField()->setText(u"min"_s);
    f.area->setLanguage(core::Language::Russian);
    REQUIRE(f.area->bodyModel()->reload().has_value());
}

TEST_CASE("Search is case-insensitive in Kazakh: ҚАРАҒАНДЫ finds Қарағанды", "[ui][registry][search]")
{
    Fixture f;
    typeText(f.area->searchField(), u"ҚАРАҒАНДЫ"_s);
    CHECK(f.visibleCodes() == QStringList{u"KAR"_s});
}

TEST_CASE("Search is case-insensitive in Russian and finds earlier names", "[ui][registry][search]")
{
    Fixture f;
    typeText(f.area->searchField(), u"нур-султан"_s);
    CHECK(f.visibleCodes() == QStringList{u"AST"_s});
    f.area->searchField()->clear();
    typeText(f.area->searchField(), u"МИНИСТЕРСТВО ЮСТИЦИИ"_s);
    CHECK(f.visibleCodes() == QStringList{u"MOJ"_s});
}

TEST_CASE("Filtering as of 2019-09-01 shows the 38 evaluated bodies of Appendix 2 and the akimats", "[ui][registry]")
{
    Fixture f;
    f.area->asOfCheck()->setChecked(true);
    f.area->asOfDate()->setDate(QDate(2019, 9, 1));
    CHECK(f.area->proxyModel()->rowCount() == 38);
    f.area->kindFilter()->setCurrentIndex(f.area->kindFilter()->findData(static_cast<int>(core::BodyKind::Oblast)));
    CHECK(f.area->proxyModel()->rowCount() == 14);
    f.area->asOfDate()->setDate(QDate(2023, 1, 1));
    CHECK(f.area->proxyModel()->rowCount() == 17);
}

TEST_CASE("The table shows the name a body had on the chosen date", "[ui][registry]")
{
    Fixture f;
    f.area->setLanguage(core::Language::Kazakh);
    f.area->asOfCheck()->setChecked(true);
    f.area->asOfDate()->setDate(QDate(2020, 1, 1));
    const int row = f.area->bodyModel()->rowOf(f.idOf(u"AST"_s));
    CHECK(f.area->bodyModel()->index(row, ui::BodyTableModel::Name).data().toString() == u"Нұр-Сұлтан қаласы"_s);
    f.area->asOfDate()->setDate(QDate(2023, 1, 1));
    CHECK(f.area->bodyModel()->index(row, ui::BodyTableModel::Name).data().toString() == u"Астана қаласы"_s);
}

TEST_CASE("Sorting by name follows Kazakh collation: Ә between А and Б", "[ui][registry][sort]")
{
    Fixture f;
    f.area->setLanguage(core::Language::Kazakh);
    f.area->bodiesView()->sortByColumn(ui::BodyTableModel::Name, Qt::AscendingOrder);
    const QStringList codes = f.visibleCodes();
    const auto moa = codes.indexOf(u"MOA"_s); // Ауыл шаруашылығы министрлігі
    const auto moj = codes.indexOf(u"MOJ"_s); // Әділет министрлігі
    const auto mes = codes.indexOf(u"MES"_s); // Білім және ғылым министрлігі
    REQUIRE(moa >= 0);
    CHECK(moa < moj);
    CHECK(moj < mes);
}

TEST_CASE("Editing a body in the details pane is saved, audited and undone", "[ui][registry][edit]")
{
    Fixture f;
    const qint64 mod = f.idOf(u"MOD"_s);
    f.area->selectBody(mod);
    ui::BodyDetailsPane* pane = f.area->detailsPane();
    REQUIRE(pane->bodyId() == mod);
    auto* block1 = child<QCheckBox>(pane, u"block1CheckBox"_s);
    auto* apply = child<QPushButton>(pane, u"applyPushButton"_s);
    CHECK_FALSE(apply->isEnabled());
    block1->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(pane, u"reasonLineEdit"_s), u"order 12"_s);
    REQUIRE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    auto& repo = f.window->session().registry().repository();
    CHECK(repo.body(mod)->fields.scope.block1);
    auto history = f.window->session().audit().forBody(mod);
    REQUIRE(history.has_value());
    REQUIRE_FALSE(history->empty());
    CHECK(history->back().field == u"block1"_s);
    CHECK(history->back().oldValue == std::optional<QString>(u"false"_s));
    CHECK(history->back().newValue == std::optional<QString>(u"true"_s));
    CHECK(history->back().reason == u"order 12"_s);
    CHECK(history->back().user == u"ui-tester"_s);

    QUndoStack& undo = f.window->session().undoStack();
    undo.undo();
    CHECK_FALSE(repo.body(mod)->fields.scope.block1);
    CHECK_FALSE(block1->isChecked()); // the pane shows what is stored
    undo.redo();
    CHECK(repo.body(mod)->fields.scope.block1);
}

TEST_CASE("The details pane refuses an empty name and keeps the user's input", "[ui][registry][edit]")
{
    Fixture f;
    const qint64 moj = f.idOf(u"MOJ"_s);
    f.area->selectBody(moj);
    ui::BodyDetailsPane* pane = f.area->detailsPane();
    auto* shortRu = child<QLineEdit>(pane, u"shortRuLineEdit"_s);
    shortRu->clear();
    QTest::keyClicks(shortRu, u"   "_s);
    CHECK_FALSE(child<QPushButton>(pane, u"applyPushButton"_s)->isEnabled());
    CHECK(child<QLabel>(pane, u"errorLabel"_s)->isVisibleTo(pane));
    CHECK(shortRu->text() == u"   "_s);
    CHECK(f.window->session().registry().repository().body(moj)->names.front().shortName.ru
          == u"Министерство юстиции"_s);
}

TEST_CASE("A refused change leaves no command on the undo stack", "[ui][registry][undo]")
{
    Fixture f;
    auto& controller = f.window->session().controller();
    core::BodyFields fields;
    fields.scope.block1 = true;
    core::BodyName name;
    name.shortName = core::Text3{u"а"_s, u"б"_s, u"c"_s};
    name.fullName = name.shortName;
    CHECK_FALSE(controller.addBody(u"GPO"_s, fields, name, {}));
    REQUIRE(controller.lastError().has_value());
    CHECK(controller.lastError()->code == core::ErrorCode::DuplicateCode);
    CHECK(f.window->session().undoStack().count() == 0);
}

TEST_CASE("Adding a body, undoing and redoing it keeps later edits working", "[ui][registry][undo]")
{
    Fixture f;
    auto& controller = f.window->session().controller();
    auto& repo = f.window->session().registry().repository();
    core::BodyFields fields;
    fields.kind = core::BodyKind::Oblast;
    fields.scope.block1 = true;
    core::BodyName name;
    name.shortName = core::Text3{u"Жаңа облысы"_s, u"Новая область"_s, u"New Region"_s};
    name.fullName = core::Text3{u"Жаңа облысының әкімдігі"_s, u"Акимат Новой области"_s, u"Akimat of New Region"_s};
    REQUIRE(controller.addBody(u"NEW"_s, fields, name, u"test"_s));
    const qint64 id = f.idOf(u"NEW"_s);
    REQUIRE(controller.retireBody(id, QDate(2030, 12, 31), {}));
    QUndoStack& undo = f.window->session().undoStack();
    undo.undo();
    undo.undo();
    CHECK_FALSE(repo.bodyByCode(u"NEW"_s)->has_value());
    undo.redo();
    undo.redo();
    const auto body = repo.bodyByCode(u"NEW"_s);
    REQUIRE(body->has_value());
    CHECK((**body).fields.validTo == QDate(2030, 12, 31));
}

TEST_CASE("Recording a reorganization retires the predecessor, and undo restores it", "[ui][registry][undo]")
{
    Fixture f;
    auto& controller = f.window->session().controller();
    auto& repo = f.window->session().registry().repository();
    core::Reorganization r;
    r.date = QDate(2026, 3, 1);
    r.kind = core::ReorganizationKind::Merge;
    r.predecessors = {f.idOf(u"MOE"_s)};
    r.successors = {f.idOf(u"MNE"_s)};
    REQUIRE(controller.recordReorganization(r, true, u"test"_s));
    CHECK(repo.body(f.idOf(u"MOE"_s))->fields.validTo == QDate(2026, 2, 28));
    CHECK(repo.reorganizations()->size() == 11);
    f.window->session().undoStack().undo();
    CHECK(repo.body(f.idOf(u"MOE"_s))->fields.validTo.isNull());
    CHECK(repo.reorganizations()->size() == 10);
}

TEST_CASE("Unchecking a body on a year's list removes it from the list (§17), with undo", "[ui][registry][list]")
{
    Fixture f;
    auto& controller = f.window->session().controller();
    ui::EvaluatedListModel list(controller);
    list.setYear(2019);
    int row = -1;
    for (int i = 0; i < list.rowCount(); ++i)
        if (list.index(i, ui::EvaluatedListModel::Code).data().toString() == u"MOD")
            row = i;
    REQUIRE(row >= 0);
    REQUIRE(list.setData(list.index(row, 0), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(controller.repository().evaluatedList(2019)->size() == 37);
    f.window->session().undoStack().undo();
    CHECK(controller.repository().evaluatedList(2019)->size() == 38);
}

TEST_CASE("Switching the language at run time translates the window and the names", "[ui][language]")
{
    Fixture f;
    auto* navigation = child<QListWidget>(f.window.get(), u"navigationListWidget"_s);
    CHECK(navigation->item(0)->text() == u"Registry"_s);
    f.window->switchLanguage(core::Language::Kazakh);
    CHECK(navigation->item(0)->text() == u"Тізілім"_s);
    CHECK(f.settings.language() == core::Language::Kazakh);
    CHECK(QLocale().language() == QLocale::Kazakh);
    const int row = f.area->bodyModel()->rowOf(f.idOf(u"MOJ"_s));
    CHECK(f.area->bodyModel()->index(row, ui::BodyTableModel::Name).data().toString() == u"Әділет министрлігі"_s);
    f.window->switchLanguage(core::Language::Russian);
    CHECK(navigation->item(0)->text() == u"Реестр"_s);
    CHECK(f.area->bodyModel()->index(row, ui::BodyTableModel::Name).data().toString() == u"Министерство юстиции"_s);
    f.window->switchLanguage(core::Language::English);
    CHECK(navigation->item(0)->text() == u"Registry"_s);
}

TEST_CASE("Qt's own buttons are Kazakh in the Kazakh interface", "[ui][language]")
{
    ui::Language language;
    REQUIRE(language.apply(core::Language::Kazakh));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Болдырмау"_s);
    language.apply(core::Language::English);
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Cancel"_s);
}

TEST_CASE("A database held by another copy opens read-only and refuses edits", "[ui][database]")
{
    Fixture f;
    auto second = ui::Session::open(f.window->session().database().path(), u"second"_s);
    REQUIRE(second.has_value());
    CHECK((*second)->database().lockedByAnother());
    core::BodyFields fields;
    CHECK_FALSE((*second)->controller().retireBody(f.idOf(u"MOJ"_s), QDate(2030, 1, 1), {}));
    CHECK((*second)->controller().lastError()->code == core::ErrorCode::ReadOnly);
}

TEST_CASE("Names removed and put back by undo keep their ids, so every earlier command undoes", "[ui][registry][undo]")
{
    Fixture f;
    auto& controller = f.window->session().controller();
    auto& repo = f.window->session().registry().repository();
    const qint64 moj = f.idOf(u"MOJ"_s);
    auto named = [](const QString& suffix, QDate from) {
        core::BodyName n;
        n.validFrom = from;
        n.shortName = core::Text3{u"Әділет "_s + suffix, u"Юстиция "_s + suffix, u"Justice "_s + suffix};
        n.fullName = n.shortName;
        return n;
    };
    REQUIRE(controller.addName(moj, named(u"A"_s, QDate(2027, 1, 1)), {}));
    REQUIRE(controller.addName(moj, named(u"B"_s, QDate(2028, 1, 1)), {}));
    auto idOfName = [&](QDate from) {
        const auto body = repo.body(moj); // keep the body alive while its names are read
        REQUIRE(body.has_value());
        for (const core::BodyName& n : body->names)
            if (n.validFrom == from)
                return n.id;
        return qint64(0);
    };
    REQUIRE(controller.removeName(moj, idOfName(QDate(2027, 1, 1)), {}));
    REQUIRE(controller.removeName(moj, idOfName(QDate(2028, 1, 1)), {}));
    REQUIRE(controller.addName(moj, named(u"C"_s, QDate(2029, 1, 1)), {}));
    QUndoStack& undo = f.window->session().undoStack();
    for (int i = 0; i < 5; ++i)
        undo.undo();
    CHECK(undo.index() == 0);
    CHECK(undo.count() == 5);
    CHECK(repo.body(moj)->names.size() == 1);
    CHECK(repo.body(moj)->names.front().shortName.ru == u"Министерство юстиции"_s);
}
