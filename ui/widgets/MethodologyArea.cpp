// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodologyArea.h"

#include "Appearance.h"
#include "ApprovalDialog.h"
#include "CriterionEditor.h"
#include "DialogBase.h"
#include "IndicatorEditor.h"
#include "MethodologyListPane.h"
#include "MethodologySettingsPane.h"
#include "NewMethodologyDialog.h"
#include "Text3Editor.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/MethodologyTreeModel.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

// The checks' items carry the codes they concern.
constexpr int CriterionRole = Qt::UserRole + 1;
constexpr int IndicatorRole = Qt::UserRole + 2;

const QString ErrorBoxStyle = u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

QPushButton* button(const QString& objectName, const QIcon& icon = {})
{
    auto* b = new QPushButton(icon, QString());
    b->setObjectName(objectName);
    return b;
}

} // namespace

MethodologyArea::MethodologyArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MethodologyTreeModel(this))
    , m_listPane(new MethodologyListPane)
    , m_header(new QLabel)
    , m_banner(new QFrame)
    , m_bannerText(new QLabel)
    , m_bannerNewVersion(button(u"bannerNewVersionPushButton"_s))
    , m_error(new QLabel)
    , m_tabs(new QTabWidget)
    , m_tree(new QTreeView)
    , m_addCriterion(button(u"addCriterionPushButton"_s, QIcon(u":/icons/add.svg"_s)))
    , m_addIndicator(button(u"addIndicatorPushButton"_s, QIcon(u":/icons/add.svg"_s)))
    , m_remove(button(u"removePushButton"_s, QIcon(u":/icons/remove.svg"_s)))
    , m_up(button(u"upPushButton"_s))
    , m_down(button(u"downPushButton"_s))
    , m_editorStack(new QStackedWidget)
    , m_editorHint(new QLabel)
    , m_criterionEditor(new CriterionEditor)
    , m_indicatorEditor(new IndicatorEditor)
    , m_checksTitle(new QLabel)
    , m_checks(new QListWidget)
    , m_settings(new MethodologySettingsPane)
    , m_reasonLabel(new QLabel)
    , m_reason(new QLineEdit)
    , m_status(new QLabel)
    , m_revert(button(u"revertPushButton"_s))
    , m_save(button(u"savePushButton"_s))
{
    // Right: the header, the frozen banner and errors.
    m_header->setObjectName(u"headerLabel"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_banner->setObjectName(u"frozenBanner"_s);
    m_banner->setStyleSheet(u"QFrame#frozenBanner { background: #e3f1e6; border: 1px solid #9ccaa6; border-radius: "
                            "4px; } QFrame#frozenBanner QLabel { color: #1e4d2b; }"_s);
    m_bannerText->setObjectName(u"bannerLabel"_s);
    m_bannerText->setWordWrap(true);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerNewVersion);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorBoxStyle);
    m_error->hide();

    // The tree of criteria and indicators, and the editor of the selected row.
    m_tree->setObjectName(u"criteriaTreeView"_s);
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    // The name is what people read: it keeps its width, and the view scrolls sideways when narrow.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setMinimumSectionSize(30);
    const std::pair<int, int> widths[] = {{MethodologyTreeModel::Code, 76},     {MethodologyTreeModel::Name, 210},
                                          {MethodologyTreeModel::Weight, 80},   {MethodologyTreeModel::Direction, 34},
                                          {MethodologyTreeModel::Scoring, 120}, {MethodologyTreeModel::Source, 34},
                                          {MethodologyTreeModel::Unit, 64}};
    for (const auto& [column, width] : widths)
        m_tree->setColumnWidth(column, width);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    auto* treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_addCriterion);
    treeButtons->addWidget(m_addIndicator);
    treeButtons->addWidget(m_remove);
    treeButtons->addStretch();
    treeButtons->addWidget(m_up);
    treeButtons->addWidget(m_down);
    auto* treeColumn = new QWidget;
    auto* treeLayout = new QVBoxLayout(treeColumn);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(treeButtons);
    treeLayout->addWidget(m_tree, 1);

    m_editorHint->setObjectName(u"editorHintLabel"_s);
    m_editorHint->setWordWrap(true);
    m_editorHint->setAlignment(Qt::AlignCenter);
    makeSecondary(m_editorHint);
    m_criterionEditor->setObjectName(u"criterionEditor"_s);
    m_indicatorEditor->setObjectName(u"indicatorEditor"_s);
    m_editorStack->addWidget(m_editorHint);
    m_editorStack->addWidget(m_criterionEditor);
    m_editorStack->addWidget(m_indicatorEditor);
    auto* editorScroll = new QScrollArea;
    editorScroll->setWidget(m_editorStack);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editorScroll->setMinimumWidth(320);

    auto* contentSplitter = new QSplitter(Qt::Horizontal);
    contentSplitter->setObjectName(u"contentSplitter"_s);
    contentSplitter->setChildrenCollapsible(false);
    contentSplitter->addWidget(treeColumn);
    contentSplitter->addWidget(editorScroll);
    contentSplitter->setStretchFactor(0, 1); // extra room goes to the tree
    contentSplitter->setStretchFactor(1, 0);
    contentSplitter->setSizes({560, 420});

    auto* settingsScroll = new QScrollArea;
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);

    m_tabs->setObjectName(u"methodologyTabWidget"_s);
    m_tabs->addTab(contentSplitter, QString());
    m_tabs->addTab(settingsScroll, QString());

    // The §20 checks, always in view under the tree.
    m_checksTitle->setObjectName(u"checksTitleLabel"_s);
    m_checks->setObjectName(u"checksListWidget"_s);
    m_checks->setWordWrap(true);
    m_checks->setMinimumHeight(60);
    auto* checksPanel = new QWidget;
    auto* checksLayout = new QVBoxLayout(checksPanel);
    checksLayout->setContentsMargins(0, 4, 0, 0);
    checksLayout->setSpacing(2);
    checksLayout->addWidget(m_checksTitle);
    checksLayout->addWidget(m_checks, 1);
    auto* verticalSplitter = new QSplitter(Qt::Vertical);
    verticalSplitter->setChildrenCollapsible(false);
    verticalSplitter->addWidget(m_tabs);
    verticalSplitter->addWidget(checksPanel);
    verticalSplitter->setStretchFactor(0, 4);
    verticalSplitter->setStretchFactor(1, 1);
    verticalSplitter->setSizes({560, 150});

    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    makeSecondary(m_status);
    m_reasonLabel->setBuddy(m_reason);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_reasonLabel);
    bottom->addWidget(m_reason, 2);
    bottom->addSpacing(12);
    bottom->addWidget(m_status, 3);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(verticalSplitter, 1);
    rightLayout->addLayout(bottom);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"methodologySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listPane);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 980});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_listPane, &MethodologyListPane::methodologySelected, this,
            [this](qint64 id) { onListSelectionChanged(id); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { onTreeSelectionChanged(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { onTreeSelectionChanged(); });
    connect(m_indicatorEditor, &IndicatorEditor::edited, this, [this] {
        const auto position = m_model->positionOf(m_tree->currentIndex());
        if (m_filling || !position || !position->isIndicator())
            return;
        m_model->setIndicator(*position, m_indicatorEditor->indicator());
        afterEdit();
    });
    connect(m_criterionEditor, &CriterionEditor::edited, this, [this] { onCriterionEdited(); });
    connect(m_settings, &MethodologySettingsPane::edited, this, [this] { onSettingsEdited(); });
    connect(m_checks, &QListWidget::itemClicked, this, [this] { onProblemClicked(); });
    connect(m_checks, &QListWidget::itemActivated, this, [this] { onProblemClicked(); });
    connect(m_addCriterion, &QPushButton::clicked, this, [this] { addCriterion(); });
    connect(m_addIndicator, &QPushButton::clicked, this, [this] { addIndicator(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_listPane->newButton(), &QPushButton::clicked, this, [this] { onNewClicked(); });
    connect(m_listPane->newVersionButton(), &QPushButton::clicked, this, [this] { makeNewVersion(); });
    connect(m_bannerNewVersion, &QPushButton::clicked, this, [this] { makeNewVersion(); });
    connect(m_listPane->copyButton(), &QPushButton::clicked, this, [this] { copyToNextYear(); });
    connect(m_listPane->approveButton(), &QPushButton::clicked, this, [this] { onApproveClicked(); });
    connect(m_listPane->deleteButton(), &QPushButton::clicked, this, [this] { deleteDraft(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { revert(); });
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] { reload(); });

    retranslate();
    reload();
}

MethodologyArea::~MethodologyArea() = default;

void MethodologyArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MethodologyArea::retranslate()
{
    m_listPane->retranslate();
    m_bannerNewVersion->setText(tr("Make a New Version to Edit"));
    m_tabs->setTabText(0, tr("Criteria and Indicators"));
    m_tabs->setTabText(1, tr("Settings"));
    m_addCriterion->setText(tr("Criterion"));
    m_addCriterion->setToolTip(tr("Add a criterion at the end"));
    m_addIndicator->setText(tr("Indicator"));
    m_addIndicator->setToolTip(tr("Add an indicator to the selected criterion"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected criterion (with its indicators) or indicator"));
    m_up->setToolTip(tr("Move up"));
    m_down->setToolTip(tr("Move down"));
    m_editorHint->setText(tr("Select a criterion or an indicator in the tree to see and edit it."));
    m_criterionEditor->retranslate();
    m_indicatorEditor->retranslate();
    m_settings->retranslate();
    m_reasonLabel->setText(tr("Reason:"));
    m_reason->setPlaceholderText(tr("Optional: the act or the reason, kept in the history"));
    m_revert->setText(tr("Revert"));
    m_save->setText(tr("Save"));
    fillList();
    updateHeader();
    fillSettings();
    recheck();
    updateActions();
}

void MethodologyArea::setLanguage(core::Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    fillList();
    updateHeader();
    fillSettings();
    recheck();
    updateActions();
}

QString MethodologyArea::formatDate(QDate date) const
{
    return QLocale().toString(date, Language::dateFormat(m_language));
}

QString MethodologyArea::reason() const
{
    return m_reason->text().trimmed();
}

// ---------------------------------------------------------------------------------------------
// Loading and showing

void MethodologyArea::reload()
{
    auto list = m_session.methodologies().list();
    if (!list) {
        showError(ErrorText::of(list.error()));
        return;
    }
    m_summaries = std::move(*list);
    std::set<qint64> ids;
    m_approvedOn.clear();
    for (const core::MethodologySummary& s : m_summaries) {
        ids.insert(s.id);
        // The list shows the date of approval, which the summary does not carry.
        if (s.approved)
            if (auto m = m_session.methodologies().load(s.id))
                m_approvedOn[s.id] = m->approval.approvedOn;
    }
    std::erase_if(m_drafts, [&ids](const auto& entry) { return !ids.contains(entry.first); });
    if (m_selected && !ids.contains(*m_selected))
        m_selected.reset();
    if (!m_selected && !m_summaries.empty())
        m_selected = m_summaries.front().id;
    fillList();
    showSelected();
}

void MethodologyArea::fillList()
{
    m_listPane->fill(m_summaries, m_selected, m_language,
                     [this](const core::MethodologySummary& s) { return detailText(s); });
}

QString MethodologyArea::detailText(const core::MethodologySummary& s) const
{
    QStringList detail;
    if (s.approved) {
        const auto approvedOn = m_approvedOn.find(s.id);
        detail << tr("Approved on %1").arg(formatDate(approvedOn == m_approvedOn.end() ? QDate() : approvedOn->second));
    } else {
        detail << tr("Draft");
    }
    if (m_drafts.contains(s.id))
        detail << tr("unsaved changes");
    detail << (s.criteria == 1 ? tr("1 criterion") : tr("%n criteria", nullptr, s.criteria)) + u", "_s
                  + (s.indicators == 1 ? tr("1 indicator") : tr("%n indicators", nullptr, s.indicators));
    return detail.join(u" · "_s);
}

void MethodologyArea::onListSelectionChanged(qint64 id)
{
    if (m_selected && *m_selected == id)
        return;
    m_selected = id;
    showError({});
    showSelected();
}

void MethodologyArea::selectMethodology(qint64 id)
{
    m_selected = id;
    reload(); // it may be new to the list
}

std::optional<qint64> MethodologyArea::selectedId() const
{
    return m_stored ? std::optional<qint64>(m_stored->id) : std::nullopt;
}

const core::Methodology& MethodologyArea::edited() const
{
    return m_model->methodology();
}

bool MethodologyArea::isModified() const
{
    return m_stored && !m_stored->isApproved() && !m_model->methodology().sameContent(*m_stored);
}

bool MethodologyArea::isEditable() const
{
    return m_stored && !m_stored->isApproved() && !m_session.database().isReadOnly();
}

void MethodologyArea::showSelected()
{
    // The row the user was on stays selected when the same methodology is shown again.
    const auto position = m_model->positionOf(m_tree->currentIndex());
    const bool same = m_stored && m_selected && m_stored->id == *m_selected;
    m_stored.reset();
    core::Methodology shown;
    if (m_selected) {
        if (auto loaded = m_session.methodologies().load(*m_selected)) {
            m_stored = std::move(*loaded);
            shown = *m_stored;
            if (const auto draft = m_drafts.find(*m_selected); draft != m_drafts.end()) {
                if (m_stored->isApproved() || draft->second.sameContent(*m_stored))
                    m_drafts.erase(draft);
                else
                    shown = draft->second;
            }
        } else {
            showError(ErrorText::of(loaded.error()));
        }
    }
    m_filling = true;
    m_model->setMethodology(shown);
    m_tree->expandAll();
    m_filling = false;
    if (same && position) {
        auto p = *position;
        const int criteria = m_model->rowCount();
        if (p.criterion >= criteria)
            p = {criteria - 1, -1};
        if (p.isIndicator() && p.indicator >= m_model->rowCount(m_model->indexOf({p.criterion, -1})))
            p.indicator = -1;
        if (const QModelIndex index = m_model->indexOf(p); index.isValid())
            m_tree->setCurrentIndex(index);
    }
    fillSettings();
    updateHeader();
    recheck();
    fillEditorPane();
    updateActions();
}

void MethodologyArea::fillSettings()
{
    m_settings->fill(m_model->methodology(), isEditable(), m_language, m_session.registry().repository(),
                     m_session.methodologies());
}

void MethodologyArea::onSettingsEdited()
{
    if (m_filling || !isEditable())
        return;
    core::Methodology m = m_model->methodology();
    m_settings->apply(m);
    m_model->setSettings(m);
    afterEdit();
    updateHeader();
}

void MethodologyArea::onTreeSelectionChanged()
{
    if (m_filling)
        return;
    fillEditorPane();
    updateActions();
}

void MethodologyArea::fillEditorPane()
{
    const auto position = m_model->positionOf(m_tree->currentIndex());
    const core::Methodology& m = m_model->methodology();
    const bool editable = isEditable();
    m_filling = true;
    if (!position) {
        m_editorStack->setCurrentIndex(HintPage);
    } else if (!position->isIndicator()) {
        m_criterionEditor->setCriterion(m.criteria[at(position->criterion)]);
        m_criterionEditor->setReadOnly(!editable);
        m_editorStack->setCurrentIndex(CriterionPage);
    } else {
        const core::Indicator& i = m.criteria[at(position->criterion)].indicators[at(position->indicator)];
        m_indicatorEditor->setIndicator(i, m.block);
        m_indicatorEditor->setReadOnly(!editable);
        m_editorStack->setCurrentIndex(IndicatorPage);
    }
    m_filling = false;
}

void MethodologyArea::onCriterionEdited()
{
    const auto position = m_model->positionOf(m_tree->currentIndex());
    if (m_filling || !isEditable() || !position || position->isIndicator())
        return;
    m_model->setCriterion(position->criterion, m_criterionEditor->criterion());
    afterEdit();
}

void MethodologyArea::afterEdit()
{
    if (!m_stored)
        return;
    if (isModified())
        m_drafts[m_stored->id] = m_model->methodology();
    else
        m_drafts.erase(m_stored->id);
    // Mark the list's line without rebuilding the list.
    for (const core::MethodologySummary& s : m_summaries)
        if (s.id == m_stored->id)
            m_listPane->setDetail(s.id, detailText(s));
    recheck();
    updateActions();
}

void MethodologyArea::recheck()
{
    m_checks->clear();
    m_problems.clear();
    if (!m_stored) {
        m_model->setProblems({});
        m_checksTitle->setText(u"<b>%1</b>"_s.arg(tr("§20 checks").toHtmlEscaped()));
        return;
    }
    auto problems = m_session.methodologies().check(m_model->methodology(), false);
    if (!problems) {
        m_checksTitle->setText(
            u"<b>%1</b> %2"_s.arg(tr("§20 checks").toHtmlEscaped(), ErrorText::of(problems.error()).toHtmlEscaped()));
        return;
    }
    m_problems = std::move(*problems);
    m_model->setProblems(m_problems);
    const auto errors = std::count_if(m_problems.begin(), m_problems.end(),
                                      [](const core::MethodologyProblem& p) { return p.blocking; });
    const auto warnings = static_cast<qsizetype>(m_problems.size()) - errors;
    QStyle* s = style();
    for (const core::MethodologyProblem& p : m_problems) {
        auto* item = new QListWidgetItem(
            s->standardIcon(p.blocking ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            Labels::methodologyProblem(p), m_checks);
        item->setData(CriterionRole, p.criterion);
        item->setData(IndicatorRole, p.indicator);
        item->setToolTip(p.blocking ? tr("An error: the methodology cannot be approved while it is there")
                                    : tr("A warning: the methodology can be approved"));
    }
    QString summary;
    if (m_problems.empty()) {
        auto* item = new QListWidgetItem(s->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("All §20 requirements that the data can show are met."), m_checks);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::UserRole, u"ok"_s);
    } else {
        summary = tr("errors: %1, warnings: %2").arg(errors).arg(warnings);
    }
    m_checksTitle->setText(u"<b>%1</b>&nbsp;&nbsp;%2"_s.arg(tr("§20 checks").toHtmlEscaped(), summary.toHtmlEscaped()));
}

void MethodologyArea::onProblemClicked()
{
    const QListWidgetItem* item = m_checks->currentItem();
    if (!item)
        return;
    const QString criterion = item->data(CriterionRole).toString();
    const QString indicator = item->data(IndicatorRole).toString();
    if (criterion.isEmpty() && indicator.isEmpty())
        return;
    selectItem(criterion, indicator);
}

void MethodologyArea::selectItem(const QString& criterion, const QString& indicator)
{
    const QModelIndex index = m_model->indexOfCode(criterion, indicator);
    if (!index.isValid())
        return;
    m_tabs->setCurrentIndex(0);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void MethodologyArea::updateHeader()
{
    if (!m_stored) {
        m_header->setText(u"<span style=\"font-size: 13pt; font-weight: 600;\">%1</span><br>%2"_s.arg(
            tr("No methodology selected").toHtmlEscaped(),
            (m_summaries.empty() ? tr("There are no methodologies yet: start with New Methodology.")
                                 : tr("Select a methodology in the list."))
                .toHtmlEscaped()));
        m_banner->hide();
        return;
    }
    const core::Methodology& stored = *m_stored;
    const core::Methodology& m = m_model->methodology();
    QString title = m.title.in(m_language).trimmed();
    if (title.isEmpty())
        title = Labels::block(m.block);
    const QString status =
        stored.isApproved()
            ? (stored.approval.approvedBy.isEmpty()
                   ? tr("Approved on %1").arg(formatDate(stored.approval.approvedOn))
                   : tr("Approved on %1 (%2)").arg(formatDate(stored.approval.approvedOn), stored.approval.approvedBy))
            : tr("Draft");
    QStringList facts{Labels::block(m.block), tr("evaluated year %1").arg(m.year), tr("version %1").arg(m.version),
                      status};
    if (m.sample)
        facts << tr("sample");
    m_header->setText(u"<span style=\"font-size: 13pt; font-weight: 600;\">%1</span><br>%2"_s.arg(
        title.toHtmlEscaped(), facts.join(u" · "_s).toHtmlEscaped()));
    m_banner->setVisible(stored.isApproved());
    if (stored.isApproved()) {
        QString agreed;
        if (stored.approval.agreedStatePlanning.isValid() && stored.approval.agreedWorkingBody.isValid())
            agreed = tr("Agreed with the state planning body on %1 and with the Commission's working body on %2.")
                         .arg(formatDate(stored.approval.agreedStatePlanning),
                              formatDate(stored.approval.agreedWorkingBody));
        m_bannerText->setText(u"<b>%1</b>%2"_s.arg(tr("Approved on %1 — frozen. Changes make a new version.")
                                                       .arg(formatDate(stored.approval.approvedOn))
                                                       .toHtmlEscaped(),
                                                   agreed.isEmpty() ? QString() : u"<br>"_s + agreed.toHtmlEscaped()));
    }
}

std::optional<int> MethodologyArea::currentCriterionRow() const
{
    const auto position = m_model->positionOf(m_tree->currentIndex());
    if (!position)
        return std::nullopt;
    return position->criterion;
}

void MethodologyArea::updateActions()
{
    const bool writable = !m_session.database().isReadOnly();
    const bool selected = m_stored.has_value();
    const bool draft = selected && !m_stored->isApproved();
    const bool editable = isEditable();
    const bool modified = isModified();
    const auto position = m_model->positionOf(m_tree->currentIndex());
    m_listPane->updateActions(writable, selected, draft, modified);
    m_bannerNewVersion->setEnabled(writable && selected);
    m_addCriterion->setEnabled(editable);
    m_addIndicator->setEnabled(editable && position.has_value());
    m_remove->setEnabled(editable && position.has_value());
    int siblings = 0;
    int row = 0;
    if (position) {
        siblings = position->isIndicator()
                       ? static_cast<int>(m_model->methodology().criteria[at(position->criterion)].indicators.size())
                       : m_model->rowCount();
        row = position->isIndicator() ? position->indicator : position->criterion;
    }
    m_up->setEnabled(editable && position && row > 0);
    m_down->setEnabled(editable && position && row + 1 < siblings);
    for (QWidget* w : std::initializer_list<QWidget*>{m_addCriterion, m_addIndicator, m_remove, m_up, m_down})
        w->setVisible(draft || !selected);

    // Save what can be stored; say why not while it cannot.
    QString problem;
    if (editable && modified) {
        if (m_editorStack->currentIndex() == IndicatorPage)
            problem = m_indicatorEditor->inputProblem();
        if (problem.isEmpty())
            if (auto valid = core::MethodologyService::validate(m_model->methodology()); !valid)
                problem = ErrorText::of(valid.error())
                          + (valid.error().detail.isEmpty() ? QString() : u" ("_s + valid.error().detail + u')');
    }
    m_save->setEnabled(editable && modified && problem.isEmpty());
    m_revert->setEnabled(draft && modified);
    m_reason->setEnabled(editable);
    if (!selected)
        m_status->clear();
    else if (m_stored->isApproved())
        m_status->setText(tr("Approved: read-only"));
    else if (!writable)
        m_status->setText(tr("The database is open read-only."));
    else if (!modified)
        m_status->setText(tr("Saved"));
    else if (!problem.isEmpty())
        m_status->setText(tr("Cannot be saved yet: %1").arg(problem));
    else
        m_status->setText(tr("Unsaved changes"));
    m_status->setStyleSheet(problem.isEmpty() ? QString() : errorStyleSheet());
}

void MethodologyArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void MethodologyArea::commandRefused()
{
    const auto& error = m_session.controller().lastError();
    showError(error ? ErrorText::of(*error) : tr("The change was refused."));
}

} // namespace ui
