// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/QtStringMakers.h"

#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/widgets/CalendarArea.h"
#include "ui/widgets/YearGrid.h"

#include "core/CalendarService.h"

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

struct CalendarFixture
{
    CalendarFixture()
        : settings(dir.filePath(u"settings.ini"_s))
    {
        language.apply(core::Language::English);
        auto session = ui::Session::open(dir.filePath(u"calendar.db"_s), u"ui-tester"_s);
        REQUIRE(session.has_value());
        window = std::make_unique<ui::MainWindow>(std::move(*session), settings, language);
        area = window->calendarArea();
        REQUIRE(area != nullptr);
    }

    QTemporaryDir dir;
    ui::Settings settings;
    ui::Language language;
    std::unique_ptr<ui::MainWindow> window;
    ui::CalendarArea* area = nullptr;
};

} // namespace

TEST_CASE("The calendar area shows Nauryz 2026 and its moved days off (CALENDAR.md §3)", "[ui][calendar]")
{
    CalendarFixture f;
    f.area->setYear(2026);
    CHECK(f.area->calendar().day(QDate(2026, 3, 23)).kind == core::DayKind::Holiday);
    CHECK(f.area->calendar().day(QDate(2026, 3, 24)).kind == core::DayKind::Moved);
    CHECK(f.area->calendar().day(QDate(2026, 3, 25)).kind == core::DayKind::Moved);
    const QString reason = ui::YearGrid::describe(f.area->calendar().day(QDate(2026, 3, 24)), core::Language::Kazakh);
    CHECK(reason.contains(u"Наурыз мейрамы"_s));
}

TEST_CASE("A year without data is computed from the rules and said to be unconfirmed", "[ui][calendar]")
{
    CalendarFixture f;
    f.area->setYear(2027);
    auto* label = f.area->findChild<QLabel*>(u"unconfirmedLabel"_s);
    REQUIRE(label != nullptr);
    CHECK(label->text().startsWith(u"Not confirmed"_s));
    CHECK_FALSE(f.area->calendar().isWorking(QDate(2027, 1, 1)));
    f.area->setYear(2026);
    CHECK(label->text().startsWith(u"Confirmed"_s));
}

TEST_CASE("Adding a transfer moves a running term, shows it, and undo moves it back (CALENDAR.md §5)",
          "[ui][calendar][terms]")
{
    CalendarFixture f;
    auto& session = f.window->session();
    auto calendar = session.calendar().calendar();
    REQUIRE(calendar.has_value());
    core::TrackedTerm term;
    term.title = u"Objection of MOJ"_s;
    term.event = QDate(2027, 5, 3); // Monday
    term.kind = core::TrackedTerm::Kind::WorkingDays;
    term.days = 5;
    REQUIRE(session.calendar().terms().add(term, *calendar, {}).has_value());
    // 7 May (Fri) is Defender's Day, 9 May (Sun) Victory Day moves to Mon 10 May: 4, 5, 6, 11, 12 May.
    CHECK(session.calendar().terms().terms()->front().due == QDate(2027, 5, 12));

    f.area->setYear(2027);
    // The Government makes Tuesday 11 May off and Saturday 15 May a working day.
    REQUIRE(f.area->addTransfer(core::Transfer{0, QDate(2027, 5, 11), QDate(2027, 5, 15), {}}, u"resolution"_s));
    REQUIRE(f.area->lastMoved().size() == 1);
    CHECK(f.area->lastMoved().front().from == QDate(2027, 5, 12));
    CHECK(f.area->lastMoved().front().to == QDate(2027, 5, 13));
    CHECK(f.area->findChild<QLabel*>(u"movedLabel"_s)->isVisibleTo(f.area));
    CHECK(session.calendar().terms().terms()->front().due == QDate(2027, 5, 13));

    session.undoStack().undo();
    CHECK(session.calendar().terms().terms()->front().due == QDate(2027, 5, 12));
    CHECK(f.area->calendar().isWorking(QDate(2027, 5, 11)));
}

TEST_CASE("A transfer onto a day that is already off is refused and nothing changes", "[ui][calendar]")
{
    CalendarFixture f;
    f.area->setYear(2027);
    const auto before = f.window->session().calendar().exportCsv(2027);
    CHECK_FALSE(f.area->addTransfer(core::Transfer{0, QDate(2027, 5, 8), QDate(2027, 5, 15), {}}, {}));
    CHECK(f.area->findChild<QLabel*>(u"errorLabel"_s)->isVisibleTo(f.area));
    CHECK(f.window->session().calendar().exportCsv(2027) == before);
    CHECK(f.window->session().undoStack().count() == 0);
}

TEST_CASE("Setting next year's Kurban Ait makes it a day off, listed in the year's data", "[ui][calendar]")
{
    CalendarFixture f;
    f.area->setYear(2027);
    REQUIRE(f.area->setKurbanAit(QDate(2027, 5, 17), {}));
    CHECK(f.area->calendar().day(QDate(2027, 5, 17)).kind == core::DayKind::Religious);
    auto* table = f.area->findChild<QTableWidget*>(u"calendarDataTableWidget"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == u"Kurban Ait"_s);
    REQUIRE(f.area->setKurbanAit(QDate(2027, 5, 16), {}));
    CHECK(f.area->calendar().isWorking(QDate(2027, 5, 17)));
    f.window->session().undoStack().undo();
    CHECK(f.area->calendar().day(QDate(2027, 5, 17)).kind == core::DayKind::Religious);
}

TEST_CASE("A CSV with a bad row is refused whole with its line number", "[ui][calendar][csv]")
{
    CalendarFixture f;
    f.area->setYear(2024);
    const auto before = f.window->session().calendar().exportCsv(2024);
    REQUIRE(before.has_value());
    const QString bad = u"date,kind,working_day,name_kk,name_ru,name_en\n"
                        "2024-06-16,religious,,Құрбан айт,Курбан айт,Kurban Ait\n"
                        "2024-13-01,holiday,,a,b,c\n"_s;
    CHECK_FALSE(f.area->importCsv(bad, {}));
    CHECK(f.area->findChild<QLabel*>(u"errorLabel"_s)->text().contains(u"line 3"_s));
    CHECK(f.window->session().calendar().exportCsv(2024) == before);
    // Its own export imports back to the same data.
    REQUIRE(f.area->importCsv(*before, {}));
    CHECK(f.window->session().calendar().exportCsv(2024) == before);
}

TEST_CASE("Undo after removing a row puts it back under its id, so earlier commands still undo", "[ui][calendar][undo]")
{
    CalendarFixture f;
    f.area->setYear(2027);
    const core::Text3 name{u"А күні"_s, u"День А"_s, u"Day A"_s};
    REQUIRE(f.area->addDatedDay(core::DatedDay{0, QDate(2027, 11, 3), false, name}, {}));
    REQUIRE(f.area->addDatedDay(core::DatedDay{0, QDate(2027, 11, 4), false, name}, {}));
    REQUIRE(f.area->removeDataRow(0, {})); // the day on 3 November
    QUndoStack& undo = f.window->session().undoStack();
    undo.undo(); // 3 November is back
    undo.undo(); // 4 November goes
    undo.undo(); // 3 November goes
    CHECK(undo.index() == 0);
    CHECK(undo.count() == 3); // no command was dropped as failed
    CHECK(f.area->calendar().isWorking(QDate(2027, 11, 3)));
    CHECK(f.area->calendar().isWorking(QDate(2027, 11, 4)));
    undo.redo();
    undo.redo();
    undo.redo();
    CHECK(f.area->calendar().isWorking(QDate(2027, 11, 3)));
    CHECK_FALSE(f.area->calendar().isWorking(QDate(2027, 11, 4)));
}

TEST_CASE("Undoing an import puts back the same rows, and the commands before it still undo", "[ui][calendar][undo]")
{
    CalendarFixture f;
    f.area->setYear(2025);
    const core::Text3 name{u"А күні"_s, u"День А"_s, u"Day A"_s};
    REQUIRE(f.area->addDatedDay(core::DatedDay{0, QDate(2025, 12, 1), false, name}, {}));
    const auto exported = f.window->session().calendar().exportCsv(2025);
    REQUIRE(exported.has_value());
    REQUIRE(f.area->importCsv(*exported, {})); // same content, rows re-created
    QUndoStack& undo = f.window->session().undoStack();
    undo.undo();
    undo.undo();
    CHECK(undo.count() == 2);
    CHECK(f.area->calendar().day(QDate(2025, 6, 6)).kind == core::DayKind::Religious); // Kurban Ait stays
    CHECK(f.area->calendar().isWorking(QDate(2025, 12, 1)));
    undo.redo();
    undo.redo();
    CHECK_FALSE(f.area->calendar().isWorking(QDate(2025, 12, 1)));
}
