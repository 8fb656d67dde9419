// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/QtStringMakers.h"

#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/BodyFilterProxyModel.h"
#include "ui/models/BodyTableModel.h"
#include "ui/widgets/CalendarArea.h"
#include "ui/widgets/CommissionArea.h"
#include "ui/widgets/ConclusionsArea.h"
#include "ui/widgets/DeadlinesArea.h"
#include "ui/widgets/PackagesArea.h"
#include "ui/widgets/RegistryArea.h"
#include "ui/widgets/ReportsArea.h"
#include "ui/widgets/ScoresArea.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTemporaryDir>

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
        auto session = ui::Session::open(dir.filePath(u"startup.db"_s), u"ui-tester"_s);
        REQUIRE(session.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*session), settings, language);
    }
    ~Fixture() { language.apply(core::Language::English); }

    /// The areas that exist now, by AreaIndex.
    [[nodiscard]] std::vector<int> madeAreas() const
    {
        std::vector<int> made;
        for (int i = 0; i < ui::MainWindow::AreaCount; ++i)
            if (window->existingArea(i))
                made.push_back(i);
        return made;
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
};

/// Types text as key presses, as a user does.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &release);
    }
}

QMenu* menu(ui::MainWindow& window, const QString& name)
{
    auto* found = window.findChild<QMenu*>(name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("The main window makes only the area it shows at start", "[ui][startup]")
{
    Fixture f;
    CHECK(f.window->currentArea() == ui::MainWindow::RegistryAreaIndex);
    CHECK(f.madeAreas() == std::vector<int>{ui::MainWindow::RegistryAreaIndex});
    // No widget of another area exists anywhere in the window.
    CHECK(f.window->findChildren<ui::ScoresArea*>().isEmpty());
    CHECK(f.window->findChildren<ui::CommissionArea*>().isEmpty());
    CHECK(f.window->findChildren<ui::DeadlinesArea*>().isEmpty());
    CHECK(f.window->findChild<QStackedWidget*>()->count() == 1);
    // Every area is still offered in the navigation.
    for (int i = 0; i < ui::MainWindow::AreaCount; ++i)
        CHECK(f.window->isAreaOffered(i));
}

TEST_CASE("Showing an area makes it once and shows it", "[ui][startup]")
{
    Fixture f;
    REQUIRE(f.window->existingArea(ui::MainWindow::ScoresAreaIndex) == nullptr);
    f.window->showArea(ui::MainWindow::ScoresAreaIndex);
    QWidget* scores = f.window->existingArea(ui::MainWindow::ScoresAreaIndex);
    REQUIRE(scores != nullptr);
    CHECK(f.window->currentArea() == ui::MainWindow::ScoresAreaIndex);
    auto* stack = f.window->findChild<QStackedWidget*>();
    CHECK(stack->currentWidget() == scores);
    CHECK(f.window->scoresArea() == scores);
    // Going away and back shows the same widget; the registry made at start is kept.
    QWidget* registry = f.window->existingArea(ui::MainWindow::RegistryAreaIndex);
    f.window->showArea(ui::MainWindow::RegistryAreaIndex);
    CHECK(stack->currentWidget() == registry);
    f.window->showArea(ui::MainWindow::ScoresAreaIndex);
    CHECK(stack->currentWidget() == scores);
    CHECK(f.madeAreas() == std::vector<int>{ui::MainWindow::RegistryAreaIndex, ui::MainWindow::ScoresAreaIndex});
}

TEST_CASE("An area's accessor makes it without showing it", "[ui][startup]")
{
    Fixture f;
    ui::CalendarArea* calendar = f.window->calendarArea();
    REQUIRE(calendar != nullptr);
    CHECK(f.window->existingArea(ui::MainWindow::CalendarAreaIndex) == calendar);
    CHECK(f.window->calendarArea() == calendar);
    CHECK(f.window->currentArea() == ui::MainWindow::RegistryAreaIndex);
    auto* stack = f.window->findChild<QStackedWidget*>();
    CHECK(stack->currentWidget() == f.window->existingArea(ui::MainWindow::RegistryAreaIndex));
    CHECK(stack->indexOf(calendar) >= 0);
    // Shown later, it is the one made before.
    f.window->showArea(ui::MainWindow::CalendarAreaIndex);
    CHECK(stack->currentWidget() == calendar);
}

TEST_CASE("An area made after a language change speaks the new language, one made before is retranslated",
          "[ui][startup][language]")
{
    Fixture f;
    ui::RegistryArea* registry = f.window->registryArea();
    f.window->switchLanguage(core::Language::Russian);
    QCoreApplication::sendPostedEvents(); // Qt posts LanguageChange to the window
    CHECK(registry->searchField()->placeholderText() == u"Поиск по коду или наименованию на любом языке"_s);
    REQUIRE(f.window->existingArea(ui::MainWindow::DeadlinesAreaIndex) == nullptr);
    f.window->showArea(ui::MainWindow::DeadlinesAreaIndex);
    ui::DeadlinesArea* deadlines = f.window->deadlinesArea();
    CHECK(deadlines->hideDoneCheckBox()->text() == u"Скрыть исполненные"_s);
    // Names in the tables follow the language too.
    auto moj = f.window->session().registry().repository().bodyByCode(u"MOJ"_s);
    REQUIRE(moj.has_value());
    REQUIRE(moj->has_value());
    const int row = registry->bodyModel()->rowOf((**moj).id);
    CHECK(registry->bodyModel()->index(row, ui::BodyTableModel::Name).data().toString() == u"Министерство юстиции"_s);
    f.window->switchLanguage(core::Language::English);
    QCoreApplication::sendPostedEvents();
    CHECK(deadlines->hideDoneCheckBox()->text() == u"Hide done"_s);
    CHECK(registry->searchField()->placeholderText() == u"Search by code or name, in any language"_s);
}

TEST_CASE("The menus of the areas' actions are filled when they open", "[ui][startup]")
{
    Fixture f;
    QMenu* reports = menu(*f.window, u"reportsMenu"_s);
    REQUIRE(f.window->existingArea(ui::MainWindow::ReportsAreaIndex) == nullptr);
    Q_EMIT reports->aboutToShow();
    ui::ReportsArea* reportsArea = f.window->reportsArea();
    CHECK(reports->actions().contains(reportsArea->submitAction()));
    CHECK(reports->actions().contains(f.window->packagesArea()->importAction()));
    // Opening it again does not add the actions twice.
    Q_EMIT reports->aboutToShow();
    CHECK(reports->actions().count(reportsArea->submitAction()) == 1);

    QMenu* conclusions = menu(*f.window, u"conclusionsMenu"_s);
    Q_EMIT conclusions->aboutToShow();
    CHECK(conclusions->actions().contains(f.window->conclusionsArea()->issueAction()));
    CHECK(conclusions->actions().contains(f.window->commissionArea()->stageAction(core::CommissionStage(0))));

    QMenu* registry = menu(*f.window, u"registryMenu"_s);
    Q_EMIT registry->aboutToShow();
    CHECK(registry->actions().contains(f.window->registryArea()->addBodyAction()));
    // None of this changed the area shown.
    CHECK(f.window->currentArea() == ui::MainWindow::RegistryAreaIndex);
}

TEST_CASE("The registry's actions are in the toolbar and visible only in the registry", "[ui][startup]")
{
    Fixture f;
    QAction* add = f.window->registryArea()->addBodyAction();
    CHECK_FALSE(add->associatedObjects().isEmpty());
    CHECK(add->isVisible());
    f.window->showArea(ui::MainWindow::CalendarAreaIndex);
    CHECK_FALSE(add->isVisible());
    f.window->showArea(ui::MainWindow::RegistryAreaIndex);
    CHECK(add->isVisible());
}

TEST_CASE("Typing in the registry's search filters the table at each key", "[ui][startup][search]")
{
    Fixture f;
    ui::RegistryArea* registry = f.window->registryArea();
    const QAbstractItemModel* shown = registry->proxyModel();
    const int all = shown->rowCount();
    REQUIRE(all > 10);
    typeText(registry->searchField(), u"minis"_s);
    // The filter applied at the key: no timer has to run first.
    const int ministries = shown->rowCount();
    CHECK(ministries > 0);
    CHECK(ministries < all);
    for (int row = 0; row < ministries; ++row) {
        const auto id = shown->index(row, 0).data(ui::BodyTableModel::BodyIdRole).toLongLong();
        const core::Body* body = registry->bodyModel()->bodyAt(registry->bodyModel()->rowOf(id));
        REQUIRE(body != nullptr);
        bool found = false;
        for (const core::BodyName& name : body->names)
            for (const QString& text : {name.shortName.en, name.fullName.en, name.shortName.ru, name.fullName.ru,
                                        name.shortName.kk, name.fullName.kk})
                found = found || text.contains(u"minis"_s, Qt::CaseInsensitive);
        CHECK(found);
    }
    typeText(registry->searchField(), u"qzxj"_s);
    CHECK(shown->rowCount() == 0);
    registry->searchField()->clear();
    CHECK(shown->rowCount() == all);
}
