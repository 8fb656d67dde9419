// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ErrorText.h"
#include "Language.h"
#include "RegistryController.h"
#include "Session.h"
#include "Settings.h"
#include "widgets/CalendarArea.h"
#include "widgets/CommissionArea.h"
#include "widgets/ConclusionsArea.h"
#include "widgets/DeadlinesArea.h"
#include "widgets/EvaluatorsArea.h"
#include "widgets/MethodologyArea.h"
#include "widgets/PackagesArea.h"
#include "widgets/RecheckArea.h"
#include "widgets/RegistryArea.h"
#include "widgets/ReportsArea.h"
#include "widgets/ScheduleArea.h"
#include "widgets/ScoresArea.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

MainWindow::MainWindow(std::unique_ptr<Session> session, Settings& settings, Language& language, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_language(language)
    , m_navigation(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_readOnlyBanner(new QLabel)
    , m_statusDatabase(new QLabel)
    , m_statusUser(new QLabel)
    , m_toolBar(new QToolBar(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/bagalau.svg"_s));
    m_navigation->setObjectName(u"navigationListWidget"_s);
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setMaximumWidth(190);
    m_navigation->setSpacing(2);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"_s);
    m_readOnlyBanner->hide();

    auto* central = new QWidget;
    auto* row = new QHBoxLayout;
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_readOnlyBanner);
    layout->addLayout(row, 1);
    setCentralWidget(central);
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    addToolBar(m_toolBar);
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onAreaChanged);

    createActions();
    installSession(std::move(session));
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    // The areas refer to the session (an open editor may still commit as it loses focus): they go
    // before it does, as in installSession().
    deleteAreas();
}

RegistryArea* MainWindow::registryArea()
{
    return static_cast<RegistryArea*>(area(RegistryAreaIndex));
}

CalendarArea* MainWindow::calendarArea()
{
    return static_cast<CalendarArea*>(area(CalendarAreaIndex));
}

ScheduleArea* MainWindow::scheduleArea()
{
    return static_cast<ScheduleArea*>(area(ScheduleAreaIndex));
}

DeadlinesArea* MainWindow::deadlinesArea()
{
    return static_cast<DeadlinesArea*>(area(DeadlinesAreaIndex));
}

MethodologyArea* MainWindow::methodologyArea()
{
    return static_cast<MethodologyArea*>(area(MethodologyAreaIndex));
}

EvaluatorsArea* MainWindow::evaluatorsArea()
{
    return static_cast<EvaluatorsArea*>(area(EvaluatorsAreaIndex));
}

ScoresArea* MainWindow::scoresArea()
{
    return static_cast<ScoresArea*>(area(ScoresAreaIndex));
}

ReportsArea* MainWindow::reportsArea()
{
    return static_cast<ReportsArea*>(area(ReportsAreaIndex));
}

RecheckArea* MainWindow::recheckArea()
{
    return static_cast<RecheckArea*>(area(RecheckAreaIndex));
}

PackagesArea* MainWindow::packagesArea()
{
    return static_cast<PackagesArea*>(area(PackagesAreaIndex));
}

ConclusionsArea* MainWindow::conclusionsArea()
{
    return static_cast<ConclusionsArea*>(area(ConclusionsAreaIndex));
}

CommissionArea* MainWindow::commissionArea()
{
    return static_cast<CommissionArea*>(area(CommissionAreaIndex));
}

QWidget* MainWindow::existingArea(int index) const
{
    switch (index) {
    case RegistryAreaIndex:
        return m_registry;
    case CalendarAreaIndex:
        return m_calendar;
    case ScheduleAreaIndex:
        return m_schedule;
    case DeadlinesAreaIndex:
        return m_deadlines;
    case MethodologyAreaIndex:
        return m_methodology;
    case EvaluatorsAreaIndex:
        return m_evaluators;
    case ScoresAreaIndex:
        return m_scores;
    case ReportsAreaIndex:
        return m_reports;
    case RecheckAreaIndex:
        return m_recheck;
    case PackagesAreaIndex:
        return m_packages;
    case ConclusionsAreaIndex:
        return m_conclusions;
    case CommissionAreaIndex:
        return m_commission;
    default:
        return nullptr;
    }
}

bool MainWindow::isAreaOffered(int index) const
{
    const QListWidgetItem* item = m_navigation->item(index);
    return item && !item->isHidden();
}

int MainWindow::currentArea() const
{
    return m_navigation->currentRow();
}

QWidget* MainWindow::area(int index)
{
    if (QWidget* existing = existingArea(index))
        return existing;
    QWidget* made = makeArea(index);
    if (made)
        m_stack->addWidget(made); // not the current one: it stays hidden until shown
    return made;
}

QWidget* MainWindow::makeArea(int index)
{
    const core::Language language = m_language.current();
    switch (index) {
    case RegistryAreaIndex:
        m_registry = new RegistryArea(m_session->controller(), m_settings);
        m_registry->setLanguage(language);
        // The registry's actions belong to the registry: the toolbar shows them there only.
        for (QAction* action :
             {m_registry->addBodyAction(), m_registry->retireBodyAction(), m_registry->reorganizeAction()})
            action->setVisible(m_navigation->currentRow() == RegistryAreaIndex);
        updateToolBar();
        return m_registry;
    case CalendarAreaIndex:
        m_calendar = new CalendarArea(*m_session);
        m_calendar->setLanguage(language);
        return m_calendar;
    case ScheduleAreaIndex:
        m_schedule = new ScheduleArea(*m_session);
        m_schedule->setLanguage(language);
        return m_schedule;
    case DeadlinesAreaIndex:
        m_deadlines = new DeadlinesArea(*m_session);
        m_deadlines->setLanguage(language);
        connect(m_deadlines, &DeadlinesArea::conclusionActivated, this, [this](int year, qint64 conclusionId) {
            showArea(ConclusionsAreaIndex);
            ConclusionsArea* conclusions = conclusionsArea();
            conclusions->setYear(year);
            conclusions->setBlock(std::nullopt);
            conclusions->selectConclusion(conclusionId);
        });
        return m_deadlines;
    case MethodologyAreaIndex:
        m_methodology = new MethodologyArea(*m_session);
        m_methodology->setLanguage(language);
        return m_methodology;
    case EvaluatorsAreaIndex:
        m_evaluators = new EvaluatorsArea(*m_session);
        m_evaluators->setLanguage(language);
        return m_evaluators;
    case ScoresAreaIndex:
        m_scores = new ScoresArea(*m_session);
        m_scores->setLanguage(language);
        return m_scores;
    case ReportsAreaIndex:
        m_reports = new ReportsArea(*m_session);
        m_reports->setLanguage(language);
        return m_reports;
    case RecheckAreaIndex:
        m_recheck = new RecheckArea(*m_session);
        m_recheck->setLanguage(language);
        return m_recheck;
    case PackagesAreaIndex:
        m_packages = new PackagesArea(*m_session);
        m_packages->setLanguage(language);
        return m_packages;
    case ConclusionsAreaIndex:
        m_conclusions = new ConclusionsArea(*m_session);
        m_conclusions->setLanguage(language);
        return m_conclusions;
    case CommissionAreaIndex:
        m_commission = new CommissionArea(*m_session);
        m_commission->setLanguage(language);
        return m_commission;
    default:
        return nullptr;
    }
}

void MainWindow::deleteAreas()
{
    for (QWidget* area :
         std::initializer_list<QWidget*>{m_registry, m_calendar, m_schedule, m_deadlines, m_methodology, m_evaluators,
                                         m_scores, m_reports, m_recheck, m_packages, m_conclusions, m_commission}) {
        if (area) {
            m_stack->removeWidget(area);
            delete area;
        }
    }
    m_registry = nullptr;
    m_calendar = nullptr;
    m_schedule = nullptr;
    m_deadlines = nullptr;
    m_methodology = nullptr;
    m_evaluators = nullptr;
    m_scores = nullptr;
    m_reports = nullptr;
    m_recheck = nullptr;
    m_packages = nullptr;
    m_conclusions = nullptr;
    m_commission = nullptr;
}

void MainWindow::onAreaChanged(int index)
{
    if (m_registry)
        for (QAction* action :
             {m_registry->addBodyAction(), m_registry->retireBodyAction(), m_registry->reorganizeAction()})
            action->setVisible(index == RegistryAreaIndex);
    if (index < 0 || index >= AreaCount)
        return;
    const bool made = existingArea(index) == nullptr;
    m_stack->setCurrentWidget(area(index));
    if (made)
        return; // it has just read the database
    // Reports, packages and re-verification change one another's data (an import, a correction):
    // an area shows the database as it is when it is opened (the Commission's does so itself).
    switch (index) {
    case DeadlinesAreaIndex:
        m_deadlines->reload();
        break;
    case ScoresAreaIndex:
        m_scores->reload();
        break;
    case ReportsAreaIndex:
        m_reports->reload();
        break;
    case RecheckAreaIndex:
        m_recheck->reload();
        break;
    case PackagesAreaIndex:
        m_packages->reload();
        break;
    case ConclusionsAreaIndex:
        m_conclusions->reload();
        break;
    default:
        break;
    }
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_editMenu = menuBar()->addMenu(QString());
    m_registryMenu = menuBar()->addMenu(QString());
    m_reportsMenu = menuBar()->addMenu(QString());
    m_conclusionsMenu = menuBar()->addMenu(QString());
    m_commissionReportMenu = new QMenu(this);
    m_viewMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_registryMenu->setObjectName(u"registryMenu"_s);
    m_reportsMenu->setObjectName(u"reportsMenu"_s);
    m_conclusionsMenu->setObjectName(u"conclusionsMenu"_s);
    connect(m_registryMenu, &QMenu::aboutToShow, this, &MainWindow::fillRegistryMenu);
    connect(m_reportsMenu, &QMenu::aboutToShow, this, &MainWindow::fillReportsMenu);
    connect(m_conclusionsMenu, &QMenu::aboutToShow, this, &MainWindow::fillConclusionsMenu);

    m_open = new QAction(QIcon(u":/icons/open.svg"_s), QString(), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::onOpen);
    m_backup = new QAction(QIcon(u":/icons/backup.svg"_s), QString(), this);
    connect(m_backup, &QAction::triggered, this, &MainWindow::onBackup);
    m_quit = new QAction(QString(), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_userName = new QAction(QString(), this);
    connect(m_userName, &QAction::triggered, this, &MainWindow::onChangeUserName);
    m_about = new QAction(QString(), this);
    connect(m_about, &QAction::triggered, this, &MainWindow::onAbout);

    m_languages = new QActionGroup(this);
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    const std::pair<core::Language, QString> languages[] = {{core::Language::Kazakh, u"Қазақша"_s},
                                                            {core::Language::Russian, u"Русский"_s},
                                                            {core::Language::English, u"English"_s}};
    for (const auto& [lang, name] : languages) {
        QAction* action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(static_cast<int>(lang));
        action->setObjectName(u"language_"_s + core::languageCode(lang));
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang] { switchLanguage(lang); });
    }
}

void MainWindow::installSession(std::unique_ptr<Session> session)
{
    if (m_registry)
        m_registry->saveState();
    // The areas refer to the session: they go before it does.
    deleteAreas();
    m_session = std::move(session);
    m_navigation->clear();
    const QString icons[] = {u":/icons/registry.svg"_s,  u":/icons/calendar.svg"_s,    u":/icons/schedule.svg"_s,
                             u":/icons/deadlines.svg"_s, u":/icons/methodology.svg"_s, u":/icons/evaluators.svg"_s,
                             u":/icons/scores.svg"_s,    u":/icons/reports.svg"_s,     u":/icons/recheck.svg"_s,
                             u":/icons/packages.svg"_s,  u":/icons/conclusions.svg"_s, u":/icons/commission.svg"_s};
    // A body's workstation shows only that body's work: its reports, their deadlines and the calendar.
    const bool workstation = m_session->isWorkstation();
    {
        const QSignalBlocker blocker(m_navigation); // no area is made while the list fills
        for (int i = 0; i < AreaCount; ++i) {
            auto* item = new QListWidgetItem(QIcon(icons[i]), QString(), m_navigation);
            item->setSizeHint(QSize(170, 44));
            item->setHidden(workstation && i != CalendarAreaIndex && i != DeadlinesAreaIndex && i != ReportsAreaIndex);
        }
        m_navigation->setCurrentRow(-1);
    }
    // Only the first area shown is made now; the others when they are first shown.
    m_navigation->setCurrentRow(workstation ? ReportsAreaIndex : RegistryAreaIndex);
    m_settings.setLastDatabase(m_session->database().path());
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    if (!m_session)
        return;
    const QString file = QFileInfo(m_session->database().path()).fileName();
    auto wsBody = m_session->isWorkstation() ? m_session->registry().repository().body(m_session->workstationBodyId())
                                             : core::Result<core::Body>(std::unexpected(core::Error{}));
    if (wsBody)
        setWindowTitle(
            tr("Bagalau — workstation of %1 for %2 — %3")
                .arg(wsBody->nameOn(QDate(m_session->workstationYear(), 12, 31)).shortName.in(m_language.current()))
                .arg(m_session->workstationYear())
                .arg(file));
    else
        setWindowTitle(tr("Bagalau — %1").arg(file));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_registryMenu->setTitle(tr("&Registry"));
    m_reportsMenu->setTitle(tr("Re&ports"));
    m_conclusionsMenu->setTitle(tr("Con&clusions"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    m_open->setText(tr("&Open Database…"));
    m_backup->setText(tr("&Back Up Now"));
    m_backup->setToolTip(tr("Save a dated copy of the database in the backups folder beside it"));
    m_quit->setText(tr("&Quit"));
    m_userName->setText(tr("Your &Name in the History…"));
    m_about->setText(tr("&About Bagalau"));
    const QString areaNames[] = {tr("Registry"),        tr("Calendar"),           tr("Schedule"),    tr("Deadlines"),
                                 tr("Methodologies"),   tr("Who Evaluates Whom"), tr("Scores"),      tr("Reports"),
                                 tr("Re-verification"), tr("Packages"),           tr("Conclusions"), tr("Commission")};
    for (int i = 0; i < m_navigation->count() && i < AreaCount; ++i)
        m_navigation->item(i)->setText(areaNames[i]);

    // Undo and redo actions carry a translated prefix: make them anew.
    delete m_undo;
    delete m_redo;
    m_undo = m_session->undoStack().createUndoAction(this, tr("&Undo"));
    m_redo = m_session->undoStack().createRedoAction(this, tr("&Redo"));
    m_undo->setIcon(QIcon(u":/icons/undo.svg"_s));
    m_redo->setIcon(QIcon(u":/icons/redo.svg"_s));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);

    m_fileMenu->clear();
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_backup);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu->clear();
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_userName);
    // The menus of the areas' actions are filled as they open: an area not made yet is made then.
    m_registryMenu->menuAction()->setVisible(!m_session->isWorkstation()); // a workstation has no registry
    m_commissionReportMenu->setTitle(tr("The Commission's &Report"));
    m_commissionReportMenu->setIcon(QIcon(u":/icons/print.svg"_s));
    // A workstation has no conclusions: its body receives them on paper.
    m_conclusionsMenu->menuAction()->setVisible(!m_session->isWorkstation());
    m_helpMenu->clear();
    m_helpMenu->addAction(m_about);
    updateToolBar();
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(m_language.current()));
    updateStatus();
}

void MainWindow::updateToolBar()
{
    if (!m_undo || !m_redo)
        return; // the registry was made before the first retranslate(), which fills the toolbar
    m_toolBar->clear();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    if (m_registry) {
        m_toolBar->addAction(m_registry->addBodyAction());
        m_toolBar->addAction(m_registry->retireBodyAction());
        m_toolBar->addAction(m_registry->reorganizeAction());
        m_toolBar->addSeparator();
    }
    m_toolBar->addAction(m_backup);
}

void MainWindow::fillRegistryMenu()
{
    RegistryArea* registry = registryArea();
    m_registryMenu->clear();
    m_registryMenu->addAction(registry->addBodyAction());
    m_registryMenu->addAction(registry->retireBodyAction());
    m_registryMenu->addAction(registry->reorganizeAction());
}

void MainWindow::fillReportsMenu()
{
    ReportsArea* reports = reportsArea();
    m_reportsMenu->clear();
    m_reportsMenu->addAction(reports->submitAction());
    m_reportsMenu->addAction(reports->evidenceAction());
    m_reportsMenu->addSeparator();
    m_reportsMenu->addAction(reports->returnAction());
    m_reportsMenu->addAction(reports->acceptAction());
    m_reportsMenu->addSeparator();
    m_reportsMenu->addAction(reports->exportAction());
    m_reportsMenu->addAction(reports->importReturnAction());
    if (!m_session->isWorkstation()) {
        PackagesArea* packages = packagesArea();
        m_reportsMenu->addSeparator();
        m_reportsMenu->addAction(packages->importAction());
        m_reportsMenu->addAction(packages->issueTemplateAction());
    }
}

void MainWindow::fillConclusionsMenu()
{
    ConclusionsArea* conclusions = conclusionsArea();
    CommissionArea* commission = commissionArea();
    m_conclusionsMenu->clear();
    m_conclusionsMenu->addAction(conclusions->startAction());
    m_conclusionsMenu->addAction(conclusions->issueAction());
    m_conclusionsMenu->addAction(conclusions->sentAction());
    m_conclusionsMenu->addAction(conclusions->receivedAction());
    m_conclusionsMenu->addSeparator();
    m_conclusionsMenu->addAction(conclusions->fileAppealAction());
    m_conclusionsMenu->addAction(conclusions->decideAction());
    m_conclusionsMenu->addAction(conclusions->commissionAction());
    m_conclusionsMenu->addSeparator();
    for (int i = 0; i < core::CommissionStageCount; ++i)
        m_conclusionsMenu->addAction(commission->stageAction(static_cast<core::CommissionStage>(i)));
    m_commissionReportMenu->clear();
    m_commissionReportMenu->addAction(commission->printAction());
    m_commissionReportMenu->addAction(commission->previewAction());
    m_commissionReportMenu->addAction(commission->pdfAction());
    m_conclusionsMenu->addMenu(m_commissionReportMenu);
}

void MainWindow::updateStatus()
{
    const core::Database& db = m_session->database();
    m_statusDatabase->setText(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())));
    m_statusUser->setText(tr("Changes are recorded as: %1").arg(m_session->audit().user()));
    if (db.lockedByAnother())
        m_readOnlyBanner->setText(tr("Another copy of Bagalau is working with this database, so it is open "
                                     "read-only here. Close the other copy and open the file again to make changes."));
    else if (db.isReadOnly())
        m_readOnlyBanner->setText(tr("This database is open read-only."));
    m_readOnlyBanner->setVisible(db.isReadOnly());
    m_backup->setEnabled(true);
}

void MainWindow::switchLanguage(core::Language language)
{
    m_language.apply(language); // sends LanguageChange to every widget
    m_settings.setLanguage(language);
    // The areas not made yet will be made in the new language.
    if (m_registry)
        m_registry->setLanguage(language);
    if (m_calendar)
        m_calendar->setLanguage(language);
    if (m_schedule)
        m_schedule->setLanguage(language);
    if (m_deadlines)
        m_deadlines->setLanguage(language);
    if (m_methodology)
        m_methodology->setLanguage(language);
    if (m_evaluators)
        m_evaluators->setLanguage(language);
    if (m_scores)
        m_scores->setLanguage(language);
    if (m_reports)
        m_reports->setLanguage(language);
    if (m_recheck)
        m_recheck->setLanguage(language);
    if (m_packages)
        m_packages->setLanguage(language);
    if (m_conclusions)
        m_conclusions->setLanguage(language);
    if (m_commission)
        m_commission->setLanguage(language);
    retranslate();
}

void MainWindow::showArea(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::onBackup()
{
    const QString dir = QFileInfo(m_session->database().path()).absolutePath() + u"/backups"_s;
    auto path = m_session->database().backupInto(dir);
    if (!path) {
        QMessageBox::warning(this, tr("Backup"), ErrorText::of(path.error()));
        return;
    }
    statusBar()->showMessage(tr("Backup saved: %1").arg(QDir::toNativeSeparators(*path)), 10000);
}

void MainWindow::onOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_session->database().path()).absolutePath(),
                                     tr("Bagalau databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == m_session->database().path())
        return; // already open here; opening it again would meet our own lock
    auto session = Session::open(path, m_settings.userName());
    if (!session) {
        QMessageBox::warning(this, tr("Open Database"), ErrorText::of(session.error()));
        return;
    }
    installSession(std::move(*session));
}

void MainWindow::onChangeUserName()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Your Name"), tr("The name written in the history of every change you make:"),
                              QLineEdit::Normal, m_settings.userName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_settings.setUserName(name);
    m_session->audit().setUser(name.trimmed());
    updateStatus();
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About Bagalau"),
                       tr("<h3>Bagalau %1</h3><p>The annual evaluation of the effectiveness of state bodies, as "
                          "Decree No. 954 of the President of the Republic of Kazakhstan sets it (wording of "
                          "2019).</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_registry)
        m_registry->saveState();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace ui
