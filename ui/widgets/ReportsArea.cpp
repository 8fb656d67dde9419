// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports area: layout, the table of the year's reports, the form's header, problems and
// history. Editing, evidence and the report's steps are in ReportsAreaActions.cpp.
#include "ReportsArea.h"

#include "Appearance.h"
#include "ReportFormDelegate.h"
#include "ReportPrompter.h"
#include "ReportTexts.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/ReportFormModel.h"
#include "ui/models/ReportTableModel.h"

#include "core/MethodologyService.h"
#include "core/ReportService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString BannerLocked = u"QLabel { background: #e8eaed; color: #202124; padding: 6px; border-radius: 4px; }"_s;
const QString BannerReturned = u"QLabel { background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px; }"_s;
const QString MessageStyle = u"QLabel { background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px; }"_s;

QString badgeStyle(core::ReportState state)
{
    const auto [back, text] = ReportTexts::stateColors(state);
    return u"QLabel { background: %1; color: %2; padding: 2px 8px; border-radius: 8px; font-weight: bold; }"_s.arg(
        back.name(), text.name());
}

} // namespace

ReportsArea::ReportsArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(std::make_unique<ReportPrompter>())
    , m_table(new ReportTableModel(session, this))
    , m_proxy(new ReportFilterProxyModel(this))
    , m_form(new ReportFormModel(this))
    , m_delegate(new ReportFormDelegate(this))
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_stateFilterLabel(new QLabel)
    , m_stateFilter(new QComboBox)
    , m_search(new QLineEdit)
    , m_error(wrappingLabel())
    , m_message(wrappingLabel())
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_tableView(new QTableView)
    , m_title(wrappingLabel())
    , m_state(new QLabel)
    , m_revision(new QLabel)
    , m_deadline(new QLabel)
    , m_timeliness(new QLabel)
    , m_methodologyNote(wrappingLabel())
    , m_lockBanner(wrappingLabel())
    , m_returnBanner(wrappingLabel())
    , m_tabs(new QTabWidget)
    , m_formView(new QTreeView)
    , m_problemsLabel(new QLabel)
    , m_problems(new QTreeWidget)
    , m_footer(wrappingLabel())
    , m_history(new QTreeWidget)
    , m_submitInfo(wrappingLabel())
    , m_actionBar(new QWidget)
{
    createActions();
    const bool workstation = m_session.isWorkstation();

    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    m_year->setValue(defaultYear(session));
    m_year->setEnabled(!workstation); // a workstation reports one year: its template's
    m_yearLabel->setBuddy(m_year);
    m_stateFilter->setObjectName(u"stateComboBox"_s);
    m_stateFilter->addItem(QString(), -1);
    for (const core::ReportState state :
         {core::ReportState::Draft, core::ReportState::Submitted, core::ReportState::Returned,
          core::ReportState::Resubmitted, core::ReportState::Accepted})
        m_stateFilter->addItem(QString(), static_cast<int>(state));
    m_stateFilterLabel->setBuddy(m_stateFilter);
    // A workstation has its own body's blocks only: nothing to filter.
    m_stateFilter->setVisible(!workstation);
    m_stateFilterLabel->setVisible(!workstation);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setVisible(!workstation);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setStyleSheet(MessageStyle);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_proxy->setSourceModel(m_table);
    m_tableView->setObjectName(u"reportsTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder); // the service's order: by code, then block
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().lineSpacing() + 8);
    m_tableView->setWordWrap(false);
    m_tableView->setAlternatingRowColors(true);
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReportTableModel::Body, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The full name is in the tooltip and the form's title; a workstation's one body has the room.
    m_tableView->setColumnWidth(ReportTableModel::Body, m_session.isWorkstation() ? 320 : 160);

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setObjectName(u"titleLabel"_s);
    m_state->setObjectName(u"stateLabel"_s);
    m_timeliness->setObjectName(u"timelinessLabel"_s);
    m_revision->setObjectName(u"revisionLabel"_s);
    m_deadline->setObjectName(u"deadlineLabel"_s);
    makeSecondary(m_methodologyNote);
    m_lockBanner->setObjectName(u"lockBanner"_s);
    m_lockBanner->setStyleSheet(BannerLocked);
    m_lockBanner->hide();
    m_returnBanner->setObjectName(u"returnBanner"_s);
    m_returnBanner->setStyleSheet(BannerReturned);
    m_returnBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_returnBanner->hide();

    m_formView->setObjectName(u"formTreeView"_s);
    m_formView->setModel(m_form);
    m_formView->setItemDelegate(m_delegate);
    m_formView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_formView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_formView->setAlternatingRowColors(true);
    m_formView->setUniformRowHeights(true);
    m_formView->setRootIsDecorated(false);
    m_formView->setItemsExpandable(false);
    m_formView->setWordWrap(false);
    QHeaderView* formHeader = m_formView->header();
    formHeader->setSectionResizeMode(QHeaderView::Interactive);
    formHeader->setStretchLastSection(false);
    formHeader->setMinimumSectionSize(36);
    // Room for what is typed; the long texts (names, sources) are in the tooltips and the editors.
    const std::pair<int, int> widths[] = {
        {ReportFormModel::Code, 56},     {ReportFormModel::Name, 210},      {ReportFormModel::Unit, 52},
        {ReportFormModel::LastYear, 80}, {ReportFormModel::Plan, 72},       {ReportFormModel::Fact, 72},
        {ReportFormModel::Source, 140},  {ReportFormModel::Reference, 150}, {ReportFormModel::Comment, 150},
        {ReportFormModel::Evidence, 48}, {ReportFormModel::Remark, 200},    {ReportFormModel::Answer, 200}};
    for (const auto& [column, width] : widths)
        m_formView->setColumnWidth(column, width);
    // The authorized body's remark and the answer beside the fact they are about (they are shown
    // only when there are remarks).
    formHeader->moveSection(formHeader->visualIndex(ReportFormModel::Remark),
                            formHeader->visualIndex(ReportFormModel::Fact) + 1);
    formHeader->moveSection(formHeader->visualIndex(ReportFormModel::Answer),
                            formHeader->visualIndex(ReportFormModel::Remark) + 1);

    m_problems->setObjectName(u"problemsTreeWidget"_s);
    m_problems->setRootIsDecorated(false);
    m_problems->setColumnCount(2);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_problems->header()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 260);
    m_problems->setWordWrap(true);
    m_problemsLabel->setObjectName(u"problemsLabel"_s);
    makeSecondary(m_footer);

    m_history->setObjectName(u"historyTreeWidget"_s);
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(5);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);

    m_submitInfo->setObjectName(u"submitInfoLabel"_s);

    // The form and, under it, its problems.
    auto* formSplitter = new QSplitter(Qt::Vertical);
    formSplitter->addWidget(m_formView);
    auto* problemsPane = new QWidget;
    auto* problemsLayout = new QVBoxLayout(problemsPane);
    problemsLayout->setContentsMargins(0, 4, 0, 0);
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_problems, 1);
    formSplitter->addWidget(problemsPane);
    formSplitter->setStretchFactor(0, 3);
    formSplitter->setStretchFactor(1, 1);
    formSplitter->setChildrenCollapsible(false);
    auto* formPage = new QWidget;
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(formSplitter, 1);
    formLayout->addWidget(m_footer);
    m_tabs->setObjectName(u"reportTabWidget"_s);
    m_tabs->addTab(formPage, QString());
    m_tabs->addTab(m_history, QString());

    auto* actions = new QHBoxLayout(m_actionBar);
    actions->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : {m_submit, m_export, m_importReturn, m_return, m_accept, m_evidence}) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setVisible(action->isVisible()); // a tool button outside a tool bar does not follow its action
        actions->addWidget(button);
    }
    actions->addStretch(1);

    auto* facts = new QHBoxLayout;
    facts->addWidget(m_state);
    facts->addSpacing(8);
    facts->addWidget(m_revision);
    facts->addSpacing(8);
    facts->addWidget(m_deadline);
    facts->addSpacing(8);
    facts->addWidget(m_timeliness);
    facts->addStretch();

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(facts);
    detailsLayout->addWidget(m_methodologyNote);
    detailsLayout->addWidget(m_lockBanner);
    detailsLayout->addWidget(m_returnBanner);
    detailsLayout->addWidget(m_actionBar);
    detailsLayout->addWidget(m_submitInfo);
    detailsLayout->addWidget(m_tabs, 1);

    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(details);
    m_splitter->setChildrenCollapsible(false);
    if (workstation) {
        // One body: its blocks above the form, which gets the whole width.
        m_splitter->setOrientation(Qt::Vertical);
        m_splitter->setStretchFactor(0, 0);
        m_splitter->setStretchFactor(1, 1);
        // Room for the header, three blocks and a scroll bar, whatever the font.
        const int rows = m_tableView->fontMetrics().height() + 8;
        const int tableHeight = rows * 4 + m_tableView->horizontalScrollBar()->sizeHint().height() + 6;
        m_tableView->setMinimumHeight(tableHeight);
        m_splitter->setSizes({tableHeight, 600});
    } else {
        m_splitter->setStretchFactor(0, 2);
        m_splitter->setStretchFactor(1, 3);
        m_splitter->setSizes({400, 700}); // proportions until it is shown
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_stateFilterLabel);
    top->addWidget(m_stateFilter);
    top->addSpacing(16);
    top->addWidget(m_search, 1);
    if (workstation)
        top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        showError({});
        reload();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt
                                          : std::optional<core::ReportState>(static_cast<core::ReportState>(state)));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ReportFilterProxyModel::setSearchText);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportsArea::onSelectionChanged);
    connect(m_form, &QAbstractItemModel::modelReset, this, &ReportsArea::applySpans);
    connect(m_form, &ReportFormModel::inputRejected, this,
            [this](const QString& text) { showError(tr("“%1” is not a number: nothing was saved.").arg(text)); });
    connect(m_formView, &QAbstractItemView::doubleClicked, this, &ReportsArea::onFormActivated);
    connect(m_formView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateActions(); });
    connect(m_problems, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { goToProblem(m_problems->indexOfTopLevelItem(item)); });
    connect(m_problems, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { goToProblem(m_problems->indexOfTopLevelItem(item)); });
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] {
        if (m_sessionGone)
            return;
        if (m_ownChange)
            return; // the change's own refresh follows
        if (isVisible()) {
            reload();
        } else {
            // The whole table when it is shown again; the selected report at once (cheap).
            m_dirty = true;
            refreshSelected();
        }
    });
    // An undo or redo of a report's change that is refused (a locked report) says why here.
    connect(&m_session.controller(), &RegistryController::errorOccurred, this, [this](const core::Error& error) {
        if (!m_sessionGone && !m_ownChange && isVisible())
            showError(ErrorText::of(error));
    });
    // An open editor commits when it loses the focus, also while the window is being destroyed: after
    // the session has gone, nothing may reach it.
    connect(&m_session.controller(), &QObject::destroyed, this, [this] {
        m_sessionGone = true;
        m_form->setLineEditor({});
    });

    if (!m_session.database().isReadOnly())
        m_form->setLineEditor(
            [this](const core::ReportItem& before, const core::ReportItem& after) { return saveLine(before, after); });

    retranslate();
    reload();
}

ReportsArea::~ReportsArea() = default;

int ReportsArea::defaultYear(Session& session)
{
    if (session.isWorkstation() && session.workstationYear() > 0)
        return session.workstationYear();
    const int evaluatedNow = QDate::currentDate().year() - 1;
    auto years = session.methodologies().years();
    if (!years || years->empty())
        return evaluatedNow;
    std::optional<int> latest;
    for (int y : *years)
        if (y <= evaluatedNow && (!latest || y > *latest))
            latest = y;
    return latest.value_or(evaluatedNow);
}

void ReportsArea::createActions()
{
    m_submit = new QAction(this);
    m_submit->setObjectName(u"submitAction"_s);
    connect(m_submit, &QAction::triggered, this, &ReportsArea::onSubmitTriggered);
    m_export = new QAction(this);
    m_export->setObjectName(u"exportAction"_s);
    connect(m_export, &QAction::triggered, this, &ReportsArea::onExportTriggered);
    m_importReturn = new QAction(this);
    m_importReturn->setObjectName(u"importReturnAction"_s);
    connect(m_importReturn, &QAction::triggered, this, &ReportsArea::onImportReturnTriggered);
    m_return = new QAction(this);
    m_return->setObjectName(u"returnAction"_s);
    connect(m_return, &QAction::triggered, this, &ReportsArea::onReturnTriggered);
    m_accept = new QAction(this);
    m_accept->setObjectName(u"acceptAction"_s);
    connect(m_accept, &QAction::triggered, this, &ReportsArea::onAcceptTriggered);
    m_evidence = new QAction(this);
    m_evidence->setObjectName(u"evidenceAction"_s);
    connect(m_evidence, &QAction::triggered, this, [this] {
        const QModelIndex current = m_formView->currentIndex();
        if (current.data(ReportFormModel::IsLineRole).toBool())
            showEvidence(current.data(ReportFormModel::CodeRole).toString());
    });

    // The body's steps on its workstation; the analyst's elsewhere.
    const bool workstation = m_session.isWorkstation();
    m_export->setVisible(workstation);
    m_importReturn->setVisible(workstation);
    m_return->setVisible(!workstation);
    m_accept->setVisible(!workstation);
}

void ReportsArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void ReportsArea::retranslate()
{
    m_yearLabel->setText(tr("Evaluated year:"));
    m_year->setToolTip(m_session.isWorkstation() ? tr("This workstation reports on the year of its template.")
                                                 : QString());
    m_stateFilterLabel->setText(tr("State:"));
    m_stateFilter->setItemText(0, tr("All states"));
    for (int i = 1; i < m_stateFilter->count(); ++i)
        m_stateFilter->setItemText(
            i, ReportTexts::state(static_cast<core::ReportState>(m_stateFilter->itemData(i).toInt())));
    m_search->setPlaceholderText(tr("Search by the body's code or name"));
    m_tabs->setTabText(FormTab, tr("Form"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_problems->setHeaderLabels({tr("Indicator"), tr("Problem")});
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Revision"), tr("Note")});

    m_submit->setText(m_session.isWorkstation() ? tr("&Submit and Save Package…") : tr("&Submit"));
    m_export->setText(tr("&Export Report Package…"));
    m_export->setToolTip(tr("Write the package of the submitted reports again, to hand it over"));
    m_importReturn->setText(tr("&Import Return Package…"));
    m_importReturn->setToolTip(tr("Read a report returned for revision by the authorized body"));
    m_return->setText(tr("&Return for Revision…"));
    m_return->setToolTip(tr("Send the report back to the body with the reason and remarks per indicator"));
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Accept the report: it can no longer be changed"));
    m_evidence->setText(tr("E&vidence…"));
    m_evidence->setToolTip(tr("The evidence files of the selected line"));
    m_table->retranslate();
    m_form->retranslate();
    updateHeader();
    updateProblems();
    updateHistory();
    updateActions();
}

void ReportsArea::setLanguage(core::Language language)
{
    m_language = language;
    m_table->setLanguage(language);
    m_form->setLanguage(language);
    updateHeader();
    updateProblems();
    updateHistory();
}

int ReportsArea::year() const
{
    return m_year->value();
}

void ReportsArea::setYear(int year)
{
    m_year->setValue(year); // reloads through valueChanged when it changes
}

void ReportsArea::reload()
{
    if (m_sessionGone)
        return;
    m_dirty = false;
    loadTable();
    loadForm();
}

void ReportsArea::loadTable()
{
    const std::optional<qint64> body =
        m_session.isWorkstation() ? std::optional<qint64>(m_session.workstationBodyId()) : std::nullopt;
    if (auto r = m_table->load(year(), body); !r)
        showError(ErrorText::of(r.error()));

    // Keep the selected report; else the first.
    int row = m_selected && m_selected->year == year() ? m_table->rowOf(m_selected->bodyId, m_selected->block) : -1;
    QModelIndex current = row >= 0 ? m_proxy->mapFromSource(m_table->index(row, 0)) : QModelIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    const QSignalBlocker blocker(m_tableView->selectionModel());
    if (current.isValid()) {
        m_tableView->selectionModel()->setCurrentIndex(current,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tableView->viewport()->update();
        m_selected = core::ReportKey{current.data(ReportTableModel::BodyIdRole).toLongLong(), year(),
                                     current.data(ReportTableModel::BlockRole).toInt()};
    } else {
        m_selected.reset();
    }
    if (m_session.isWorkstation()) {
        // A few lines: the table keeps only the room they need, the form gets the rest.
        const int rows = std::max(1, m_table->rowCount());
        const int height = m_tableView->horizontalHeader()->sizeHint().height()
                           + rows * m_tableView->verticalHeader()->defaultSectionSize() + 2 * m_tableView->frameWidth();
        m_tableView->setMaximumHeight(height);
        m_splitter->setSizes({height, std::max(400, m_splitter->height() - height)});
    }
}

void ReportsArea::onSelectionChanged()
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid())
        return;
    const core::ReportKey key{current.data(ReportTableModel::BodyIdRole).toLongLong(), year(),
                              current.data(ReportTableModel::BlockRole).toInt()};
    if (m_selected == key)
        return;
    m_selected = key;
    showError({});
    showMessage({});
    loadForm();
}

bool ReportsArea::selectReport(qint64 bodyId, int block)
{
    const int row = m_table->rowOf(bodyId, block);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
    if (!index.isValid())
        return false;
    m_tableView->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    return true;
}

bool ReportsArea::selectReport(const QString& code, int block)
{
    const int row = m_table->rowOf(code, block);
    return row >= 0 && selectReport(m_table->line(row).body.id, m_table->line(row).summary.report.key.block);
}

std::optional<core::ReportKey> ReportsArea::selectedKey() const
{
    return m_selected;
}

QString ReportsArea::selectedBodyCode() const
{
    const int row = m_selected ? m_table->rowOf(m_selected->bodyId, m_selected->block) : -1;
    return row >= 0 ? m_table->line(row).body.code : QString();
}

QString ReportsArea::selectedBodyText() const
{
    const int row = m_selected ? m_table->rowOf(m_selected->bodyId, m_selected->block) : -1;
    return row >= 0 ? m_table->bodyText(m_table->line(row).body) : QString();
}

QString ReportsArea::dateText(const QDateTime& at) const
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), Language::dateFormat(m_language) + u" HH:mm"_s)
                        : QString();
}

void ReportsArea::loadForm()
{
    if (m_sessionGone)
        return;
    m_methodology.reset();
    if (!m_selected) {
        m_form->clear();
    } else {
        auto methodology = m_session.methodologies().inEffect(m_selected->block, m_selected->year);
        if (!methodology)
            showError(ErrorText::of(methodology.error()));
        else if (*methodology)
            m_methodology = std::move(**methodology);
        if (!m_methodology)
            m_form->clear();
    }
    refreshSelected();
}

void ReportsArea::refreshSelected()
{
    if (m_sessionGone)
        return;
    if (m_selected && m_methodology) {
        core::ReportService& reports = m_session.reports();
        auto report = reports.report(*m_selected);
        auto items = reports.items(*m_selected);
        if (!report || !items) {
            showError(ErrorText::of(!report ? report.error() : items.error()));
            m_form->clear();
        } else {
            auto problems = core::checkReport(*m_methodology, *items, report->state == core::ReportState::Returned);
            m_delegate->setBlock(m_selected->block);
            m_form->setEditable(!core::isLocked(report->state) && !m_session.database().isReadOnly());
            m_form->setForm(*m_methodology, *report, std::move(*items), std::move(problems));
        }
        if (auto r = m_table->refresh(*m_selected); !r)
            showError(ErrorText::of(r.error()));
    }
    updateColumns();
    updateHeader();
    updateProblems();
    updateHistory();
    updateActions();
}

void ReportsArea::applySpans()
{
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_formView->setFirstColumnSpanned(row, QModelIndex(), true);
    m_formView->expandAll();
}

void ReportsArea::updateColumns()
{
    // The remark and the answer take room only when the report was returned with remarks.
    const bool remarks = m_form->hasRemarks();
    m_formView->setColumnHidden(ReportFormModel::Remark, !remarks);
    m_formView->setColumnHidden(ReportFormModel::Answer, !remarks);
}

void ReportsArea::updateHeader()
{
    const bool hasForm = m_selected && m_methodology && !m_form->isEmpty();
    for (QLabel* label : {m_state, m_revision, m_deadline, m_timeliness})
        label->setVisible(hasForm);
    m_lockBanner->hide();
    m_returnBanner->hide();
    if (!m_selected) {
        m_title->setText(m_table->rowCount() == 0
                             ? tr("There are no reports for %1: no block has a methodology in effect, or no body is "
                                  "evaluated in that year.")
                                   .arg(year())
                             : tr("Select a report in the table."));
        m_methodologyNote->clear();
        return;
    }
    m_title->setText(tr("%1 — %2, %3").arg(selectedBodyText(), Labels::block(m_selected->block)).arg(m_selected->year));
    if (!hasForm) {
        m_methodologyNote->setText(tr("There is no methodology of %1 for %2: there is no form to fill.")
                                       .arg(Labels::blockShort(m_selected->block))
                                       .arg(m_selected->year));
        return;
    }
    const core::Report& r = m_form->report();
    m_state->setText(ReportTexts::state(r.state));
    m_state->setStyleSheet(badgeStyle(r.state));
    m_state->setToolTip(ReportTexts::stateHelp(r.state));
    m_revision->setText(tr("Revision %1").arg(r.revision));
    m_revision->setToolTip(tr("How many times the report was submitted"));
    m_deadline->setText(r.deadline.isValid() ? tr("Deadline: %1").arg(m_table->formatDate(r.deadline))
                                             : tr("No deadline in the schedule"));
    m_timeliness->setVisible(r.timeliness != core::Timeliness::NoDeadline);
    const QString timeliness = ReportTexts::timeliness(r.timeliness, r.daysLate);
    m_timeliness->setText(timeliness.left(1).toUpper() + timeliness.mid(1));
    const bool bad = r.timeliness == core::Timeliness::Overdue || r.timeliness == core::Timeliness::Late;
    m_timeliness->setStyleSheet(bad ? u"QLabel { color: #b3261e; font-weight: bold; }"_s : QString());

    const core::Methodology& m = *m_methodology;
    QString note =
        m.sample ? tr("Form of the sample methodology, version %1: sample data, not a real evaluation.").arg(m.version)
                 : tr("Form of the methodology, version %1.").arg(m.version);
    if (!m.isApproved())
        note += u' ' + tr("The methodology is a draft: not approved yet (§19).");
    m_methodologyNote->setText(note);

    if (r.state == core::ReportState::Accepted) {
        m_lockBanner->setText(
            tr("Accepted on %1 — locked. An accepted report can no longer be changed.").arg(dateText(r.updatedAt)));
        m_lockBanner->show();
    } else if (core::isLocked(r.state)) {
        m_lockBanner->setText(tr("Submitted on %1 — locked. It can be changed only after it is returned for revision.")
                                  .arg(dateText(r.submittedAt)));
        m_lockBanner->show();
    }
    if (r.state == core::ReportState::Returned) {
        m_returnBanner->setText(tr("Returned for revision: %1\nCorrect the values, answer every remark (highlighted in "
                                   "the Remark column) and submit again.")
                                    .arg(r.returnReason));
        m_returnBanner->show();
    }
    if (m_session.database().isReadOnly())
        m_footer->setText(tr("The database is open read-only: the form cannot be changed."));
    else if (m_form->isEditable())
        m_footer->setText(tr("Every value is saved as soon as you leave its cell; Undo takes it back. Double-click "
                             "the Files column to attach evidence."));
    else
        m_footer->setText(tr("The report is locked: the form is shown as it was submitted."));
}

void ReportsArea::updateProblems()
{
    m_problems->clear();
    const std::vector<core::EntryProblem>& problems = m_form->problems();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const core::EntryProblem& p : problems) {
        auto* row = new QTreeWidgetItem(m_problems);
        row->setIcon(0, p.error ? errorIcon : warningIcon);
        row->setText(0, p.code + u"  "_s + m_form->indicatorName(p.code));
        row->setToolTip(0, row->text(0));
        row->setText(1, ReportTexts::problem(p));
        row->setToolTip(1, row->text(1));
        row->setData(0, Qt::UserRole, p.code);
        row->setData(1, Qt::UserRole, static_cast<int>(ReportFormModel::columnOf(p, m_form->item(p.code))));
    }
    const int errors = m_form->errorCount();
    const int warnings = m_form->warningCount();
    if (m_form->isEmpty())
        m_problemsLabel->clear();
    else if (problems.empty())
        m_problemsLabel->setText(tr("No problems found in the form."));
    else
        m_problemsLabel->setText(
            tr("Errors: %1. Warnings: %2. Click a problem to go to its cell.").arg(errors).arg(warnings));
}

void ReportsArea::goToProblem(int row)
{
    QTreeWidgetItem* item = m_problems->topLevelItem(row);
    if (!item)
        return;
    const QModelIndex cell =
        m_form->cellIndex(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toInt());
    if (!cell.isValid())
        return;
    m_tabs->setCurrentIndex(FormTab);
    m_formView->setCurrentIndex(cell);
    m_formView->scrollTo(cell);
    m_formView->setFocus();
}

void ReportsArea::updateHistory()
{
    m_history->clear();
    if (!m_selected || m_sessionGone)
        return;
    auto events = m_session.reports().history(*m_selected);
    if (!events) {
        showError(ErrorText::of(events.error()));
        return;
    }
    // The newest first.
    for (auto it = events->rbegin(); it != events->rend(); ++it) {
        auto* row = new QTreeWidgetItem(m_history);
        row->setText(0, dateText(it->at));
        row->setText(1, it->user);
        row->setText(2, ReportTexts::historyAction(it->action));
        row->setText(3, QString::number(it->revision));
        row->setText(4, it->note);
        row->setToolTip(4, it->note);
    }
}

void ReportsArea::updateActions()
{
    const bool writable = !m_session.database().isReadOnly() && !m_sessionGone;
    const bool hasForm = m_selected && m_methodology && !m_form->isEmpty();
    const core::ReportState state = m_form->report().state;
    const int errors = m_form->errorCount();
    const bool canSubmit = hasForm && (state == core::ReportState::Draft || state == core::ReportState::Returned);
    m_submit->setEnabled(writable && canSubmit && errors == 0);
    const bool awaiting = hasForm && core::isAwaitingReview(state);
    m_return->setEnabled(writable && awaiting);
    m_accept->setEnabled(writable && awaiting);
    m_importReturn->setEnabled(writable);
    bool anySubmitted = false;
    for (const ReportTableModel::Line& line : m_table->lines())
        anySubmitted = anySubmitted || core::isLocked(line.summary.report.state);
    m_export->setEnabled(writable && anySubmitted);
    m_evidence->setEnabled(hasForm && m_formView->currentIndex().data(ReportFormModel::IsLineRole).toBool());

    QString info;
    QString style;
    if (hasForm && canSubmit) {
        if (errors > 0) {
            info = errors == 1 ? tr("1 error must be corrected before the report can be submitted.")
                               : tr("%n errors must be corrected before the report can be submitted.", nullptr, errors);
            style = errorStyleSheet();
        } else {
            info = tr("No errors: the report can be submitted.");
        }
    }
    m_submitInfo->setText(info);
    m_submitInfo->setStyleSheet(style);
    m_submit->setToolTip(info.isEmpty() ? tr("Submit the report to the authorized body: it is then locked") : info);
}

void ReportsArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReportsArea::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace ui
