// SPDX-License-Identifier: GPL-3.0-or-later
// The Conclusions area: layout, the table of the year's conclusions, the selected one's header,
// versions and appeals. The steps (issue, sent, received, appeals, special commissions, printing)
// are in ConclusionsAreaActions.cpp.
#include "ConclusionsArea.h"

#include "Appearance.h"
#include "ConclusionEditor.h"
#include "ConclusionTexts.h"
#include "DocumentOutput.h"
#include "ReportPrompter.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/AppealTableModel.h"
#include "ui/models/ConclusionTableModel.h"

#include "core/AppealService.h"
#include "core/ConclusionService.h"
#include "core/Database.h"
#include "core/MethodologyService.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString MessageStyle = u"QLabel { background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px; }"_s;
const QString ErrorStyle = u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s;

QString badgeStyle(core::ConclusionState state)
{
    const auto [back, text] = ConclusionTexts::stateColors(state);
    return u"QLabel { background: %1; color: %2; padding: 2px 8px; border-radius: 8px; font-weight: bold; }"_s.arg(
        back.name(), text.name());
}

QToolButton* textButton(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + u"Button"_s);
    return button;
}

QAction* action(QObject* parent, const QString& name, const QString& icon = {})
{
    auto* a = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), QString(), parent);
    a->setObjectName(name);
    return a;
}

} // namespace

ConclusionsArea::ConclusionsArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(std::make_unique<ReportPrompter>())
    , m_table(new ConclusionTableModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_appeals(new AppealTableModel(this))
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_blockLabel(new QLabel)
    , m_block(new QComboBox)
    , m_search(new QLineEdit)
    , m_documentLanguageLabel(new QLabel)
    , m_documentLanguage(DocumentOutput::languageComboBox(core::Language::Russian))
    , m_error(wrappingLabel())
    , m_message(wrappingLabel())
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_tableView(new QTableView)
    , m_title(wrappingLabel())
    , m_state(new QLabel)
    , m_version(new QLabel)
    , m_author(wrappingLabel())
    , m_term(wrappingLabel())
    , m_editor(new ConclusionEditor(
          session,
          [this](const QString& text, std::function<core::Result<void>()> redo,
                 std::function<core::Result<void>()> undo) { return execute(text, std::move(redo), std::move(undo)); }))
    , m_versionsTree(new QTreeWidget)
    , m_versionsNote(wrappingLabel())
    , m_appealView(new QTableView)
    , m_appealDetails(wrappingLabel())
    , m_documentsButton(new QToolButton)
{
    createActions();
    m_editor->setPrompter(m_prompter.get());

    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    m_year->setValue(defaultYear(session));
    m_yearLabel->setBuddy(m_year);
    m_block->setObjectName(u"blockComboBox"_s);
    for (int b = 0; b <= 3; ++b)
        m_block->addItem(QString(), b);
    m_blockLabel->setBuddy(m_block);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_documentLanguageLabel->setBuddy(m_documentLanguage);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(ErrorStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setStyleSheet(MessageStyle);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(ConclusionTableModel::SortRole);
    m_proxy->setFilterRole(ConclusionTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(ConclusionTableModel::Body);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableView->setObjectName(u"conclusionsTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder); // the service's order: code, block, part
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().lineSpacing() + 8);
    m_tableView->setWordWrap(false);
    m_tableView->setAlternatingRowColors(true);
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConclusionTableModel::Body, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    m_tableView->setColumnWidth(ConclusionTableModel::Body, 220);

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setObjectName(u"titleLabel"_s);
    m_state->setObjectName(u"stateLabel"_s);
    m_term->setObjectName(u"termLabel"_s);
    makeSecondary(m_author);

    // Versions.
    m_versionsTree->setObjectName(u"versionsTreeWidget"_s);
    m_versionsTree->setRootIsDecorated(false);
    m_versionsTree->setAlternatingRowColors(true);
    m_versionsTree->setColumnCount(7);
    m_versionsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionsTree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_versionsTree->header()->setStretchLastSection(false);
    makeSecondary(m_versionsNote);
    auto* versionsPage = new QWidget;
    auto* versionButtons = new QHBoxLayout;
    versionButtons->addWidget(textButton(m_openVersion));
    QToolButton* printVersion = DocumentOutput::printButton(m_printVersion, m_previewVersion, m_pdfVersion);
    printVersion->setObjectName(u"printVersionButton"_s);
    versionButtons->addWidget(printVersion);
    versionButtons->addStretch(1);
    auto* versionsLayout = new QVBoxLayout(versionsPage);
    versionsLayout->addWidget(m_versionsNote);
    versionsLayout->addWidget(m_versionsTree, 1);
    versionsLayout->addLayout(versionButtons);

    // Appeals.
    m_appealView->setObjectName(u"appealsTableView"_s);
    m_appealView->setModel(m_appeals);
    m_appealView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_appealView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_appealView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_appealView->verticalHeader()->hide();
    m_appealView->setAlternatingRowColors(true);
    m_appealView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_appealView->horizontalHeader()->setStretchLastSection(true);
    m_appealDetails->setObjectName(u"appealDetailsLabel"_s);
    m_appealDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_appealDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_documentsButton->setObjectName(u"documentsButton"_s);
    m_documentsButton->setPopupMode(QToolButton::InstantPopup);
    m_documentsButton->setMenu(new QMenu(m_documentsButton));
    connect(m_documentsButton->menu(), &QMenu::aboutToShow, this, &ConclusionsArea::fillDocumentsMenu);
    auto* appealsPage = new QWidget;
    auto* appealButtons = new QHBoxLayout;
    appealButtons->addWidget(textButton(m_fileAppeal));
    appealButtons->addWidget(textButton(m_decide));
    appealButtons->addWidget(m_documentsButton);
    appealButtons->addWidget(textButton(m_removeAppeal));
    QToolButton* printAppeal = DocumentOutput::printButton(m_printAppeal, m_previewAppeal, m_pdfAppeal);
    printAppeal->setObjectName(u"printAppealButton"_s);
    appealButtons->addWidget(printAppeal);
    appealButtons->addStretch(1);
    auto* appealSplitter = new QSplitter(Qt::Vertical);
    appealSplitter->addWidget(m_appealView);
    auto* detailsScroll = new QWidget;
    auto* detailsScrollLayout = new QVBoxLayout(detailsScroll);
    detailsScrollLayout->setContentsMargins(0, 4, 0, 0);
    detailsScrollLayout->addWidget(m_appealDetails);
    detailsScrollLayout->addStretch(1);
    appealSplitter->addWidget(detailsScroll);
    appealSplitter->setStretchFactor(0, 1);
    appealSplitter->setStretchFactor(1, 2);
    appealSplitter->setSizes({150, 300});
    appealSplitter->setChildrenCollapsible(false);
    auto* appealsLayout = new QVBoxLayout(appealsPage);
    appealsLayout->addWidget(appealSplitter, 1);
    appealsLayout->addLayout(appealButtons);

    m_editor->tabs()->addTab(versionsPage, QString());
    m_editor->tabs()->addTab(appealsPage, QString());

    // The selected conclusion: its header, its steps, the editor.
    auto* facts = new QHBoxLayout;
    facts->addWidget(m_state);
    facts->addSpacing(8);
    facts->addWidget(m_version);
    facts->addSpacing(8);
    facts->addWidget(m_author, 1);
    auto* steps = new QHBoxLayout;
    steps->setContentsMargins(0, 0, 0, 0);
    for (QAction* a : {m_issue, m_sent, m_received})
        steps->addWidget(textButton(a));
    steps->addStretch(1);
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(facts);
    detailsLayout->addWidget(m_term);
    detailsLayout->addLayout(steps);
    detailsLayout->addWidget(m_editor, 1);

    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(details);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({460, 700});

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_yearLabel);
    filters->addWidget(m_year);
    filters->addSpacing(16);
    filters->addWidget(m_blockLabel);
    filters->addWidget(m_block);
    filters->addSpacing(16);
    filters->addWidget(m_search, 1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(textButton(m_start));
    tools->addWidget(textButton(m_commission));
    tools->addStretch(1);
    tools->addWidget(m_documentLanguageLabel);
    tools->addWidget(m_documentLanguage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        showError({});
        showMessage({});
        reload();
    });
    connect(m_block, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConclusionsArea::onSelectionChanged);
    connect(m_appealView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateAppealDetails();
        updateActions();
    });
    connect(m_versionsTree, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });
    connect(m_versionsTree, &QTreeWidget::itemDoubleClicked, this, &ConclusionsArea::onOpenVersionTriggered);
    connect(m_editor, &ConclusionEditor::errorOccurred, this, &ConclusionsArea::showError);
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] {
        if (m_sessionGone || m_ownChange)
            return;
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
    connect(&m_session.controller(), &QObject::destroyed, this, [this] { m_sessionGone = true; });

    retranslate();
    reload();
}

ConclusionsArea::~ConclusionsArea() = default;

int ConclusionsArea::defaultYear(Session& session)
{
    const int evaluatedNow = QDate::currentDate().year() - 1;
    for (int y = evaluatedNow; y >= evaluatedNow - 3; --y)
        if (auto c = session.conclusions().conclusions(y); c && !c->empty())
            return y;
    return evaluatedNow;
}

void ConclusionsArea::createActions()
{
    m_start = action(this, u"startAction"_s, u":/icons/add.svg"_s);
    connect(m_start, &QAction::triggered, this, &ConclusionsArea::onStartTriggered);
    m_commission = action(this, u"commissionAction"_s);
    connect(m_commission, &QAction::triggered, this, &ConclusionsArea::onCommissionTriggered);
    m_issue = action(this, u"issueAction"_s);
    connect(m_issue, &QAction::triggered, this, &ConclusionsArea::onIssueTriggered);
    m_sent = action(this, u"sentAction"_s);
    connect(m_sent, &QAction::triggered, this, &ConclusionsArea::onSentTriggered);
    m_received = action(this, u"receivedAction"_s);
    connect(m_received, &QAction::triggered, this, &ConclusionsArea::onReceivedTriggered);
    m_fileAppeal = action(this, u"fileAppealAction"_s);
    connect(m_fileAppeal, &QAction::triggered, this, &ConclusionsArea::onFileAppealTriggered);
    m_decide = action(this, u"decideAction"_s);
    connect(m_decide, &QAction::triggered, this, &ConclusionsArea::onDecideTriggered);
    m_removeAppeal = action(this, u"removeAppealAction"_s, u":/icons/remove.svg"_s);
    connect(m_removeAppeal, &QAction::triggered, this, &ConclusionsArea::onRemoveAppealTriggered);
    m_openVersion = action(this, u"openVersionAction"_s);
    connect(m_openVersion, &QAction::triggered, this, &ConclusionsArea::onOpenVersionTriggered);
    m_printVersion = action(this, u"printVersionAction"_s, u":/icons/print.svg"_s);
    m_previewVersion = action(this, u"previewVersionAction"_s);
    m_pdfVersion = action(this, u"pdfVersionAction"_s);
    m_printAppeal = action(this, u"printAppealAction"_s, u":/icons/print.svg"_s);
    m_previewAppeal = action(this, u"previewAppealAction"_s);
    m_pdfAppeal = action(this, u"pdfAppealAction"_s);
    int how = 0;
    for (QAction* a : {m_printVersion, m_previewVersion, m_pdfVersion})
        connect(a, &QAction::triggered, this, [this, h = how++] { outputVersion(h); });
    how = 0;
    for (QAction* a : {m_printAppeal, m_previewAppeal, m_pdfAppeal})
        connect(a, &QAction::triggered, this, [this, h = how++] { outputAppeal(h); });
}

void ConclusionsArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConclusionsArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void ConclusionsArea::retranslate()
{
    m_yearLabel->setText(tr("Evaluated year:"));
    m_blockLabel->setText(tr("Block:"));
    m_block->setItemText(0, tr("All blocks"));
    for (int b = 1; b <= 3; ++b)
        m_block->setItemText(b, Labels::blockShort(b));
    m_search->setPlaceholderText(tr("Search by the body's code or name"));
    m_documentLanguageLabel->setText(tr("Language of documents:"));
    m_documentLanguage->setToolTip(tr("The language of printed conclusions and decisions"));
    m_start->setText(tr("Start Conclusions"));
    m_start->setToolTip(tr("Start the missing conclusions of the year for every body in scope (§46)"));
    m_commission->setText(tr("Special Commissions…"));
    m_commission->setToolTip(tr("Form the special commission of an authorized body for the year's objections (§59)"));
    m_issue->setText(tr("Issue Version…"));
    m_issue->setToolTip(tr("Freeze what the conclusion says now as a new version; older versions stay readable"));
    m_sent->setText(tr("Mark Sent…"));
    m_sent->setToolTip(tr("Record when the latest version was sent to the evaluated body (§46)"));
    m_received->setText(tr("Mark Received…"));
    m_received->setToolTip(tr("Record when the body received it: the objection term starts (§57)"));
    m_fileAppeal->setText(tr("File Objection…"));
    m_fileAppeal->setToolTip(tr("Record an objection (§57–58) or a complaint (§62) of the body"));
    m_decide->setText(tr("Decide…"));
    m_decide->setToolTip(tr("Accept or reject the selected appeal per indicator (§60–61)"));
    m_removeAppeal->setText(tr("Remove"));
    m_removeAppeal->setToolTip(tr("Remove a pending appeal entered by mistake"));
    m_documentsButton->setText(tr("Documents"));
    m_documentsButton->setToolTip(tr("Open a supporting document of the selected appeal (§58)"));
    m_openVersion->setText(tr("Open…"));
    m_openVersion->setToolTip(tr("Read the selected version as it was issued"));
    DocumentOutput::retranslate(m_printVersion, m_previewVersion, m_pdfVersion, tr("the selected version"));
    DocumentOutput::retranslate(m_printAppeal, m_previewAppeal, m_pdfAppeal, tr("the decision on the appeal"));
    m_editor->tabs()->setTabText(VersionsTab, tr("Versions"));
    m_editor->tabs()->setTabText(AppealsTab, tr("Objections"));
    m_versionsTree->setHeaderLabels(
        {tr("Version"), tr("Issued"), tr("By"), tr("Reason"), tr("Sent"), tr("Received"), tr("Score")});
    m_versionsNote->setText(tr("Every version stays as it was issued; a correction (§61) makes a new one."));
    m_table->retranslate();
    m_appeals->retranslate();
    updateHeader();
    updateVersions();
    updateAppealDetails();
    updateActions();
}

void ConclusionsArea::setLanguage(core::Language language)
{
    m_language = language;
    m_table->setLanguage(language);
    m_appeals->setLanguage(language);
    m_editor->setLanguage(language);
    setDocumentLanguage(ConclusionTexts::defaultDocumentLanguage(language));
    updateHeader();
    updateVersions();
    updateAppealDetails();
}

core::Language ConclusionsArea::documentLanguage() const
{
    return static_cast<core::Language>(m_documentLanguage->currentData().toInt());
}

void ConclusionsArea::setDocumentLanguage(core::Language language)
{
    const int index = m_documentLanguage->findData(static_cast<int>(language));
    if (index >= 0)
        m_documentLanguage->setCurrentIndex(index);
}

int ConclusionsArea::year() const
{
    return m_year->value();
}

void ConclusionsArea::setYear(int year)
{
    m_year->setValue(year);
}

void ConclusionsArea::setBlock(std::optional<int> block)
{
    m_block->setCurrentIndex(block ? *block : 0);
}

void ConclusionsArea::reload()
{
    if (m_sessionGone)
        return;
    m_dirty = false;
    loadTable();
    onSelectionChanged();
    refreshSelected();
}

void ConclusionsArea::loadTable()
{
    const int block = m_block->currentData().toInt();
    if (auto r = m_table->load(year(), block > 0 ? std::optional<int>(block) : std::nullopt); !r)
        showError(ErrorText::of(r.error()));
    const int row = m_selected ? m_table->rowOf(m_selected->id) : -1;
    QModelIndex current = row >= 0 ? m_proxy->mapFromSource(m_table->index(row, 0)) : QModelIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    const QSignalBlocker blocker(m_tableView->selectionModel());
    if (current.isValid()) {
        m_tableView->selectionModel()->setCurrentIndex(current,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tableView->viewport()->update();
    } else {
        m_tableView->selectionModel()->clear();
    }
}

void ConclusionsArea::onSelectionChanged()
{
    const QModelIndex current = m_tableView->currentIndex();
    std::optional<core::Conclusion> selected;
    if (current.isValid()) {
        const int row = m_table->rowOf(current.data(ConclusionTableModel::IdRole).toLongLong());
        if (row >= 0)
            selected = m_table->line(row).conclusion;
    }
    const bool same = selected && m_selected && selected->id == m_selected->id;
    m_selected = selected;
    if (!same) {
        showError({});
        showMessage({});
        m_editor->setConclusion(m_selected);
    } else {
        m_editor->reload();
    }
    refreshSelected();
}

bool ConclusionsArea::selectConclusion(qint64 conclusionId)
{
    const int row = m_table->rowOf(conclusionId);
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

bool ConclusionsArea::selectConclusion(const QString& code, int block)
{
    const int row = m_table->rowOf(code, block);
    return row >= 0 && selectConclusion(m_table->line(row).conclusion.id);
}

std::optional<core::Conclusion> ConclusionsArea::selectedConclusion() const
{
    return m_selected;
}

QString ConclusionsArea::subject() const
{
    if (!m_selected)
        return {};
    return tr("%1 — %2, %3")
        .arg(m_table->bodyText(m_selected->bodyId), ConclusionTexts::blockPart(m_selected->block, m_selected->part))
        .arg(m_selected->year);
}

void ConclusionsArea::refreshSelected()
{
    if (m_sessionGone)
        return;
    if (m_selected) {
        if (auto r = m_table->refresh(m_selected->id); !r)
            showError(ErrorText::of(r.error()));
        const int row = m_table->rowOf(m_selected->id);
        if (row >= 0)
            m_selected = m_table->line(row).conclusion;
    }
    updateHeader();
    updateVersions();
    updateAppeals();
    updateActions();
}

void ConclusionsArea::updateHeader()
{
    const bool has = m_selected.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_state, m_version, m_author, m_term, m_editor})
        w->setVisible(has);
    if (!has) {
        m_title->setText(m_table->rowCount() == 0
                             ? tr("There are no conclusions for %1 yet. Start Conclusions makes one per body and "
                                  "block in scope, written by the authorized body that evaluates it.")
                                   .arg(year())
                             : tr("Select a conclusion in the table."));
        return;
    }
    const core::Conclusion& c = *m_selected;
    m_title->setText(subject());
    m_state->setText(ConclusionTexts::state(c.state));
    m_state->setStyleSheet(badgeStyle(c.state));
    m_state->setToolTip(ConclusionTexts::stateHelp(c.state));
    m_version->setText(c.versions > 0 ? tr("Version %1").arg(c.versions) : tr("No version issued"));
    m_author->setText(c.authorId ? tr("Written by %1").arg(m_table->bodyText(*c.authorId))
                                 : tr("No authorized body evaluates this block."));
    QStringList term;
    if (c.sentOn.isValid())
        term << tr("Sent on %1.").arg(ConclusionTexts::date(c.sentOn, m_language));
    if (c.receivedOn.isValid())
        term << tr("Received on %1; the last day to object is %2 (§57).")
                    .arg(ConclusionTexts::date(c.receivedOn, m_language),
                         ConclusionTexts::date(c.appealDeadline, m_language));
    m_term->setText(term.join(u' '));
    m_term->setVisible(!term.isEmpty());
}

void ConclusionsArea::updateVersions()
{
    const std::optional<qint64> current = selectedVersionId();
    m_versions.clear();
    m_versionsTree->clear();
    if (!m_selected || m_sessionGone)
        return;
    auto versions = m_session.conclusions().versions(m_selected->id);
    if (!versions) {
        showError(ErrorText::of(versions.error()));
        return;
    }
    m_versions = std::move(*versions);
    // The newest first.
    for (auto it = m_versions.rbegin(); it != m_versions.rend(); ++it) {
        auto* item = new QTreeWidgetItem(m_versionsTree);
        item->setText(0, QString::number(it->version));
        item->setText(1,
                      QLocale().toString(it->issuedAt.toLocalTime(), Language::dateFormat(m_language) + u" HH:mm"_s));
        item->setText(2, it->issuedBy);
        QString reason = it->reason;
        if (it->appealId)
            reason = reason.isEmpty() ? tr("Corrected by an accepted objection (§61)")
                                      : tr("%1 (an accepted objection, §61)").arg(reason);
        item->setText(3, reason);
        item->setToolTip(3, reason);
        item->setText(4, ConclusionTexts::date(it->sentOn, m_language));
        item->setText(5, ConclusionTexts::date(it->receivedOn, m_language));
        item->setText(6, ConclusionTexts::number(it->content.score));
        item->setData(0, Qt::UserRole, it->id);
        if (current && *current == it->id)
            m_versionsTree->setCurrentItem(item);
    }
    if (!m_versionsTree->currentItem() && m_versionsTree->topLevelItemCount() > 0)
        m_versionsTree->setCurrentItem(m_versionsTree->topLevelItem(0));
}

std::optional<qint64> ConclusionsArea::selectedVersionId() const
{
    const QTreeWidgetItem* item = m_versionsTree->currentItem();
    return item ? std::optional<qint64>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}

void ConclusionsArea::updateActions()
{
    const bool writable = !m_session.database().isReadOnly() && !m_sessionGone;
    const bool has = m_selected.has_value();
    const core::ConclusionState state = has ? m_selected->state : core::ConclusionState::Draft;
    m_start->setEnabled(writable);
    m_commission->setEnabled(writable);
    m_issue->setEnabled(writable && has && state != core::ConclusionState::UnderAppeal);
    const bool issued = has && m_selected->versions > 0;
    m_sent->setEnabled(writable && issued);
    m_received->setEnabled(writable && issued && !m_selected->receivedOn.isValid());
    m_fileAppeal->setEnabled(writable && has && m_selected->receivedOn.isValid());
    const std::optional<qint64> appeal = selectedAppealId();
    const int row = appeal ? m_appeals->rowOf(*appeal) : -1;
    const bool pending = row >= 0 && m_appeals->appeal(row).status == core::AppealStatus::Pending;
    m_decide->setEnabled(writable && pending);
    m_removeAppeal->setEnabled(writable && pending);
    m_documentsButton->setEnabled(row >= 0 && !m_appeals->appeal(row).documents.empty());
    for (QAction* a : {m_printAppeal, m_previewAppeal, m_pdfAppeal})
        a->setEnabled(row >= 0);
    const bool version = selectedVersionId().has_value();
    for (QAction* a : {m_openVersion, m_printVersion, m_previewVersion, m_pdfVersion})
        a->setEnabled(version);
}

void ConclusionsArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ConclusionsArea::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ConclusionsArea::execute(const QString& text, std::function<core::Result<void>()> redo,
                              std::function<core::Result<void>()> undo)
{
    if (m_sessionGone)
        return false;
    RegistryController& controller = m_session.controller();
    m_ownChange = true;
    const bool ok = controller.execute(text, {{std::move(redo), std::move(undo)}});
    m_ownChange = false;
    if (!ok) {
        showError(controller.lastError() ? ConclusionTexts::error(*controller.lastError(), m_language)
                                         : tr("The change was refused."));
        return false;
    }
    showError({});
    refreshSelected();
    return true;
}

void ConclusionsArea::afterStep()
{
    refreshSelected();
    m_editor->reload();
    Q_EMIT conclusionsChanged(year());
}

void ConclusionsArea::setPrompter(std::unique_ptr<ReportPrompter> prompter)
{
    m_prompter = std::move(prompter);
    m_editor->setPrompter(m_prompter.get());
}

} // namespace ui
