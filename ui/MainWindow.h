// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text3.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace ui {

class CalendarArea;
class CommissionArea;
class ConclusionsArea;
class DeadlinesArea;
class EvaluatorsArea;
class MethodologyArea;
class ScoresArea;
class ReportsArea;
class RecheckArea;
class PackagesArea;
class Language;
class RegistryArea;
class ScheduleArea;
class Session;
class Settings;

/// The main window: navigation between the areas of the year's work (only those that work are
/// shown), menus and toolbar wired to the areas' actions, language switching, undo and backups.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// The areas, in the order of the navigation.
    enum AreaIndex {
        RegistryAreaIndex,
        CalendarAreaIndex,
        ScheduleAreaIndex,
        DeadlinesAreaIndex,
        MethodologyAreaIndex,
        EvaluatorsAreaIndex,
        ScoresAreaIndex,
        ReportsAreaIndex,
        RecheckAreaIndex,
        PackagesAreaIndex,
        ConclusionsAreaIndex,
        CommissionAreaIndex,
        AreaCount
    };

    MainWindow(std::unique_ptr<Session> session, Settings& settings, Language& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // An area is made the first time it is shown or asked for: opening a large database costs only
    // the area that is shown. Each accessor makes its area if it does not exist yet.
    [[nodiscard]] RegistryArea* registryArea();
    [[nodiscard]] CalendarArea* calendarArea();
    [[nodiscard]] ScheduleArea* scheduleArea();
    [[nodiscard]] DeadlinesArea* deadlinesArea();
    [[nodiscard]] MethodologyArea* methodologyArea();
    [[nodiscard]] EvaluatorsArea* evaluatorsArea();
    [[nodiscard]] ScoresArea* scoresArea();
    [[nodiscard]] ReportsArea* reportsArea();
    [[nodiscard]] RecheckArea* recheckArea();
    [[nodiscard]] PackagesArea* packagesArea();
    [[nodiscard]] ConclusionsArea* conclusionsArea();
    [[nodiscard]] CommissionArea* commissionArea();
    /// The widget of an area (AreaIndex) if it has been made, or null: nothing is made.
    [[nodiscard]] QWidget* existingArea(int index) const;
    /// Whether the navigation offers the area (a workstation shows only a few).
    [[nodiscard]] bool isAreaOffered(int index) const;
    /// The area shown now (AreaIndex), -1 for none.
    [[nodiscard]] int currentArea() const;
    /// Shows an area (AreaIndex): 0 registry, 1 calendar, 2 schedule, 3 deadlines, 4 methodologies,
    /// 5 who evaluates whom, 6 scores, 7 reports, 8 re-verification, 9 packages, 10 conclusions,
    /// 11 the Commission.
    void showArea(int index);
    [[nodiscard]] Session& session() { return *m_session; }
    void switchLanguage(core::Language language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void updateStatus();
    void onBackup();
    void onOpen();
    void onChangeUserName();
    void onAbout();
    void installSession(std::unique_ptr<Session> session);
    /// The area's widget, made (with its language and connections) if it does not exist yet.
    QWidget* area(int index);
    [[nodiscard]] QWidget* makeArea(int index);
    void onAreaChanged(int index);
    void deleteAreas();
    void updateToolBar();
    void fillRegistryMenu();
    void fillReportsMenu();
    void fillConclusionsMenu();

    std::unique_ptr<Session> m_session;
    Settings& m_settings;
    Language& m_language;

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    RegistryArea* m_registry = nullptr;
    CalendarArea* m_calendar = nullptr;
    ScheduleArea* m_schedule = nullptr;
    DeadlinesArea* m_deadlines = nullptr;
    MethodologyArea* m_methodology = nullptr;
    EvaluatorsArea* m_evaluators = nullptr;
    ScoresArea* m_scores = nullptr;
    ReportsArea* m_reports = nullptr;
    RecheckArea* m_recheck = nullptr;
    PackagesArea* m_packages = nullptr;
    ConclusionsArea* m_conclusions = nullptr;
    CommissionArea* m_commission = nullptr;
    QLabel* m_readOnlyBanner;
    QLabel* m_statusDatabase;
    QLabel* m_statusUser;
    QToolBar* m_toolBar;
    QMenu* m_fileMenu;
    QMenu* m_editMenu;
    QMenu* m_registryMenu;
    QMenu* m_reportsMenu;
    QMenu* m_conclusionsMenu;
    QMenu* m_commissionReportMenu;
    QMenu* m_viewMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_open;
    QAction* m_backup;
    QAction* m_quit;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_userName;
    QAction* m_about;
    QActionGroup* m_languages;
};

} // namespace ui
