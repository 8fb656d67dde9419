// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodologyArea.h"

#include "Appearance.h"
#include "ApprovalDialog.h"
#include "DialogBase.h"
#include "IndicatorEditor.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/MethodologyTreeModel.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

// The list's items carry the methodology and what the delegate draws.
constexpr int IdRole = Qt::UserRole + 1;
constexpr int DetailRole = Qt::UserRole + 2; ///< the second line: status and counts
constexpr int SampleRole = Qt::UserRole + 3;
constexpr int ApprovedRole = Qt::UserRole + 4;
// The checks' items carry the codes they concern.
constexpr int CriterionRole = Qt::UserRole + 1;
constexpr int IndicatorRole = Qt::UserRole + 2;

enum Page { HintPage, CriterionPage, IndicatorPage };

const QString ErrorBoxStyle = u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

/// A methodology of the list in two lines, with a "Sample" badge on the right.
class SummaryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString sampleText;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.parent().isValid()) { // a year
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette& palette = opt.palette;
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor detail = selected ? text : secondaryColor(palette);
        QRect r = opt.rect.adjusted(6, 3, -6, -3);
        painter->save();
        if (index.data(SampleRole).toBool()) {
            QFont small = opt.font;
            small.setPointSizeF(small.pointSizeF() * 0.85);
            const QFontMetrics fm(small);
            const QRect badge(r.right() - fm.horizontalAdvance(sampleText) - 10, r.top() + 1,
                              fm.horizontalAdvance(sampleText) + 10, fm.height() + 2);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xff, 0xe0, 0x82));
            painter->drawRoundedRect(badge, 4, 4);
            painter->setPen(QColor(0x5c, 0x44, 0x00));
            painter->setFont(small);
            painter->drawText(badge, Qt::AlignCenter, sampleText);
            r.setRight(badge.left() - 6);
        }
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(r.left(), r.top(), r.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(title, Qt::ElideRight, r.width()));
        painter->setFont(opt.font);
        painter->setPen(index.data(ApprovedRole).toBool() && !selected ? QColor(0x1e, 0x6b, 0x2f) : detail);
        const QFontMetrics fm(opt.font);
        const QRect second(opt.rect.left() + 6, r.top() + boldMetrics.height() + 1, opt.rect.width() - 12, fm.height());
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(DetailRole).toString(), Qt::ElideRight, second.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.parent().isValid())
            size.setHeight(2 * option.fontMetrics.height() + 10);
        return size;
    }
};

/// The authorized bodies that run a block (§27, §34, §40): the owners a new methodology starts with.
std::vector<core::Role> ownerRoles(int block)
{
    switch (block) {
    case 1:
        return {core::Role::StatePlanning, core::Role::Budget};
    case 2:
        return {core::Role::CivilService, core::Role::Informatization, core::Role::Information,
                core::Role::LegalStatistics};
    case 3:
        return {core::Role::Informatization, core::Role::CivilService};
    default:
        return {};
    }
}

/// A code not used yet in the methodology: `prefix` followed by the first free number.
QString freeCode(const core::Methodology& m, const QString& prefix, int from)
{
    for (int n = from;; ++n) {
        const QString code = prefix + QString::number(n);
        if (!m.criterion(code) && !m.indicator(code))
            return code;
    }
}

QPushButton* button(const QString& objectName, const QIcon& icon = {})
{
    auto* b = new QPushButton(icon, QString());
    b->setObjectName(objectName);
    return b;
}

QLabel* formLabel()
{
    auto* label = new QLabel;
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setContentsMargins(0, 4, 0, 0);
    return label;
}

} // namespace

MethodologyArea::MethodologyArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MethodologyTreeModel(this))
    , m_list(new QTreeWidget)
    , m_new(button(u"newPushButton"_s, QIcon(u":/icons/add.svg"_s)))
    , m_newVersion(button(u"newVersionPushButton"_s))
    , m_copy(button(u"copyPushButton"_s))
    , m_approve(button(u"approvePushButton"_s))
    , m_delete(button(u"deletePushButton"_s, QIcon(u":/icons/remove.svg"_s)))
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
    , m_titleLabel(formLabel())
    , m_title(new Text3Editor(u"title"_s))
    , m_notCountedLabel(formLabel())
    , m_notCounted(new QComboBox)
    , m_fullAtLabel(formLabel())
    , m_fullAt(new QDoubleSpinBox)
    , m_partialAtLabel(formLabel())
    , m_partialAt(new QDoubleSpinBox)
    , m_thresholdsHint(new QLabel)
    , m_sample(new QCheckBox)
    , m_ownersLabel(formLabel())
    , m_owners(new QListWidget)
    , m_lineageLabel(formLabel())
    , m_lineage(new QLabel)
    , m_reasonLabel(new QLabel)
    , m_reason(new QLineEdit)
    , m_status(new QLabel)
    , m_revert(button(u"revertPushButton"_s))
    , m_save(button(u"savePushButton"_s))
{
    // Left: the methodologies by year.
    m_list->setObjectName(u"methodologiesTreeWidget"_s);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(8);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new SummaryDelegate(m_list));
    m_list->setMinimumWidth(210);
    auto* listButtons = new QGridLayout;
    listButtons->addWidget(m_new, 0, 0);
    listButtons->addWidget(m_newVersion, 0, 1);
    listButtons->addWidget(m_copy, 1, 0);
    listButtons->addWidget(m_approve, 1, 1);
    listButtons->addWidget(m_delete, 2, 0);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

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
    contentSplitter->setSizes({620, 350});

    // Settings of the methodology.
    m_title->setRequired(false);
    m_notCounted->setObjectName(u"notCountedComboBox"_s);
    for (core::NotCountedPolicy p : {core::NotCountedPolicy::Reweight, core::NotCountedPolicy::Zero})
        m_notCounted->addItem(QString(), static_cast<int>(p));
    for (QDoubleSpinBox* spin : {m_fullAt, m_partialAt}) {
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSuffix(u" %"_s);
    }
    m_fullAt->setObjectName(u"fullAtSpinBox"_s);
    m_partialAt->setObjectName(u"partialAtSpinBox"_s);
    m_thresholdsHint->setWordWrap(true);
    makeSecondary(m_thresholdsHint);
    m_sample->setObjectName(u"sampleCheckBox"_s);
    m_owners->setObjectName(u"ownersListWidget"_s);
    m_owners->setMinimumHeight(120);
    m_lineage->setObjectName(u"lineageLabel"_s);
    m_lineage->setWordWrap(true);
    auto* thresholds = new QHBoxLayout;
    thresholds->addWidget(m_fullAt);
    thresholds->addSpacing(12);
    thresholds->addWidget(m_partialAtLabel);
    thresholds->addWidget(m_partialAt);
    thresholds->addStretch();
    m_partialAtLabel->setAlignment(Qt::AlignVCenter | Qt::AlignRight);
    m_partialAtLabel->setContentsMargins(0, 0, 0, 0);
    auto* settingsPage = new QWidget;
    auto* settingsGrid = new QGridLayout(settingsPage);
    settingsGrid->setColumnStretch(1, 1);
    settingsGrid->setVerticalSpacing(8);
    int row = 0;
    settingsGrid->addWidget(m_titleLabel, row, 0);
    settingsGrid->addWidget(m_title, row++, 1);
    settingsGrid->addWidget(m_sample, row++, 1);
    settingsGrid->addWidget(m_notCountedLabel, row, 0);
    settingsGrid->addWidget(m_notCounted, row++, 1, Qt::AlignLeft);
    settingsGrid->addWidget(m_fullAtLabel, row, 0);
    settingsGrid->addLayout(thresholds, row++, 1);
    settingsGrid->addWidget(m_thresholdsHint, row++, 1);
    settingsGrid->addWidget(m_ownersLabel, row, 0);
    settingsGrid->addWidget(m_owners, row++, 1);
    settingsGrid->addWidget(m_lineageLabel, row, 0);
    settingsGrid->addWidget(m_lineage, row++, 1);
    settingsGrid->setRowStretch(row, 1);
    auto* settingsScroll = new QScrollArea;
    settingsScroll->setWidget(settingsPage);
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
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 980});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { onListSelectionChanged(); });
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
    connect(m_title, &Text3Editor::edited, this, [this] { onSettingsEdited(); });
    connect(m_notCounted, &QComboBox::currentIndexChanged, this, [this] { onSettingsEdited(); });
    connect(m_fullAt, &QDoubleSpinBox::valueChanged, this, [this] { onSettingsEdited(); });
    connect(m_partialAt, &QDoubleSpinBox::valueChanged, this, [this] { onSettingsEdited(); });
    connect(m_sample, &QCheckBox::toggled, this, [this] { onSettingsEdited(); });
    connect(m_owners, &QListWidget::itemChanged, this, [this] { onSettingsEdited(); });
    connect(m_checks, &QListWidget::itemClicked, this, [this] { onProblemClicked(); });
    connect(m_checks, &QListWidget::itemActivated, this, [this] { onProblemClicked(); });
    connect(m_addCriterion, &QPushButton::clicked, this, [this] { addCriterion(); });
    connect(m_addIndicator, &QPushButton::clicked, this, [this] { addIndicator(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_new, &QPushButton::clicked, this, [this] { onNewClicked(); });
    connect(m_newVersion, &QPushButton::clicked, this, [this] { makeNewVersion(); });
    connect(m_bannerNewVersion, &QPushButton::clicked, this, [this] { makeNewVersion(); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyToNextYear(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { onApproveClicked(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteDraft(); });
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
    static_cast<SummaryDelegate*>(m_list->itemDelegate())->sampleText = tr("Sample");
    m_new->setText(tr("New Methodology…"));
    m_new->setToolTip(tr("An empty draft methodology of a block for an evaluated year"));
    m_newVersion->setText(tr("New Version"));
    m_newVersion->setToolTip(tr("A new draft version of the selected methodology, with the same content"));
    m_copy->setText(tr("Copy to Next Year"));
    m_copy->setToolTip(tr("The selected methodology as the first draft of the next evaluated year"));
    m_approve->setText(tr("Approve…"));
    m_approve->setToolTip(tr("Record the approval (§19): the methodology is then frozen"));
    m_delete->setText(tr("Delete Draft"));
    m_delete->setToolTip(tr("Delete the selected draft; approved methodologies are kept"));
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
    m_titleLabel->setText(tr("Title:"));
    m_title->retranslate();
    m_sample->setText(tr("Sample: a demonstration methodology, not a real one"));
    m_notCountedLabel->setText(tr("Not counted (no data):"));
    for (int i = 0; i < m_notCounted->count(); ++i)
        m_notCounted->setItemText(
            i, Labels::notCountedPolicy(static_cast<core::NotCountedPolicy>(m_notCounted->itemData(i).toInt())));
    m_fullAtLabel->setText(tr("Fully achieved from:"));
    m_partialAtLabel->setText(tr("partially from:"));
    m_thresholdsHint->setText(tr("An indicator scoring at least the first is fully achieved, at least the second "
                                 "partially achieved, and below it not achieved."));
    m_ownersLabel->setText(tr("Run by (§27, §34, §40):"));
    m_lineageLabel->setText(tr("Based on:"));
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
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem* yearItem = nullptr;
    QTreeWidgetItem* current = nullptr;
    for (const core::MethodologySummary& s : m_summaries) {
        if (!yearItem || yearItem->data(0, IdRole).toInt() != s.year) {
            yearItem = new QTreeWidgetItem(m_list, {tr("Evaluated year %1").arg(s.year)});
            yearItem->setData(0, IdRole, s.year);
            yearItem->setFlags(Qt::ItemIsEnabled);
            QFont font = m_list->font();
            font.setBold(true);
            yearItem->setFont(0, font);
            yearItem->setForeground(0, secondaryColor(m_list->palette()));
        }
        const QString title = u"%1 · %2 · v%3"_s.arg(s.year).arg(Labels::blockShort(s.block)).arg(s.version);
        auto* item = new QTreeWidgetItem(yearItem, {title});
        item->setData(0, IdRole, s.id);
        item->setData(0, DetailRole, detailText(s));
        item->setData(0, SampleRole, s.sample);
        item->setData(0, ApprovedRole, s.approved);
        const QString name = s.title.in(m_language).trimmed();
        item->setToolTip(
            0, (name.isEmpty() ? Labels::block(s.block) : name)
                   + (s.sample ? u"\n"_s + tr("A sample: a demonstration methodology, not a real one") : QString()));
        if (m_selected && s.id == *m_selected)
            current = item;
    }
    m_list->expandAll();
    if (current)
        m_list->setCurrentItem(current);
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

void MethodologyArea::onListSelectionChanged()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->parent())
        return; // a year
    const qint64 id = item->data(0, IdRole).toLongLong();
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
    const core::Methodology& m = m_model->methodology();
    const bool editable = isEditable();
    m_filling = true;
    m_title->setText(m.title);
    m_title->setReadOnly(!editable);
    m_sample->setChecked(m.sample);
    m_notCounted->setCurrentIndex(m_notCounted->findData(static_cast<int>(m.notCounted)));
    m_fullAt->setValue(m.fullAt);
    m_partialAt->setValue(m.partialAt);
    for (QWidget* w : std::initializer_list<QWidget*>{m_sample, m_notCounted})
        w->setEnabled(editable);
    m_fullAt->setReadOnly(!editable);
    m_partialAt->setReadOnly(!editable);

    // The owners: the bodies that play an authorized-body role, named as in the methodology's year.
    m_owners->clear();
    const QDate asOf(m.year > 0 ? m.year : QDate::currentDate().year(), 12, 31);
    const core::RegistryRepository& registry = m_session.registry().repository();
    std::map<qint64, QStringList> roles;
    if (auto assignments = registry.roleAssignments())
        for (const core::RoleAssignment& a : *assignments)
            roles[a.bodyId] << Labels::role(a.role);
    std::set<qint64> shown;
    if (auto bodies = registry.bodies()) {
        for (const core::Body& b : *bodies) {
            const bool owner = std::find(m.owners.begin(), m.owners.end(), b.id) != m.owners.end();
            if (!owner && !roles.contains(b.id))
                continue;
            const core::BodyName& name = b.nameOn(asOf);
            auto* item = new QListWidgetItem(name.shortName.in(m_language), m_owners);
            item->setData(Qt::UserRole, b.id);
            item->setToolTip(name.fullName.in(m_language)
                             + (roles.contains(b.id) ? u"\n"_s + roles[b.id].join(u"; "_s) : QString()));
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
            item->setCheckState(owner ? Qt::Checked : Qt::Unchecked);
            shown.insert(b.id);
        }
    }
    for (qint64 id : m.owners) // an owner that is not in the registry any more
        if (!shown.contains(id)) {
            auto* item = new QListWidgetItem(tr("Body %1 (not in the registry)").arg(id), m_owners);
            item->setData(Qt::UserRole, id);
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
        }
    m_owners->sortItems();

    QString lineage = tr("—");
    if (m.basedOn) {
        if (auto source = m_session.methodologies().load(*m.basedOn))
            lineage =
                tr("%1, %2, version %3").arg(Labels::blockShort(source->block)).arg(source->year).arg(source->version);
        else
            lineage = tr("a methodology that was deleted");
    }
    m_lineage->setText(lineage);
    m_filling = false;
}

void MethodologyArea::onSettingsEdited()
{
    if (m_filling || !isEditable())
        return;
    core::Methodology m = m_model->methodology();
    m.title = m_title->text();
    m.sample = m_sample->isChecked();
    m.notCounted = static_cast<core::NotCountedPolicy>(m_notCounted->currentData().toInt());
    m.fullAt = m_fullAt->value();
    m.partialAt = m_partialAt->value();
    m.owners.clear();
    for (int i = 0; i < m_owners->count(); ++i)
        if (m_owners->item(i)->checkState() == Qt::Checked)
            m.owners.push_back(m_owners->item(i)->data(Qt::UserRole).toLongLong());
    std::sort(m.owners.begin(), m.owners.end()); // as loaded, so that an unchanged list compares equal
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
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        if ((*it)->parent() && (*it)->data(0, IdRole).toLongLong() == m_stored->id)
            for (const core::MethodologySummary& s : m_summaries)
                if (s.id == m_stored->id)
                    (*it)->setData(0, DetailRole, detailText(s));
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
    m_new->setEnabled(writable);
    m_newVersion->setEnabled(writable && selected);
    m_copy->setEnabled(writable && selected);
    m_bannerNewVersion->setEnabled(writable && selected);
    m_approve->setEnabled(writable && draft && !modified);
    m_approve->setToolTip(modified ? tr("Save the changes first: the stored methodology is approved")
                                   : tr("Record the approval (§19): the methodology is then frozen"));
    m_delete->setEnabled(writable && draft);
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
    m_status->setStyleSheet(problem.isEmpty() ? QString() : u"color: #b3261e;"_s);
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

// ---------------------------------------------------------------------------------------------
// Editing the tree (in memory until Save)

void MethodologyArea::addCriterion()
{
    if (!isEditable())
        return;
    const core::Methodology& m = m_model->methodology();
    core::Criterion c;
    c.code = freeCode(m, u"C"_s, static_cast<int>(m.criteria.size()) + 1);
    double sum = 0;
    for (const core::Criterion& other : m.criteria)
        sum += other.weight;
    c.weight = std::max(0.0, 100 - sum); // what is left of the block
    const QModelIndex index = m_model->appendCriterion(c);
    m_tree->setCurrentIndex(index);
    afterEdit();
    m_criterionEditor->codeEdit()->setFocus();
}

void MethodologyArea::addIndicator()
{
    const auto row = currentCriterionRow();
    if (!isEditable() || !row)
        return;
    const core::Methodology& m = m_model->methodology();
    const core::Criterion& c = m.criteria[at(*row)];
    core::Indicator i;
    i.code = freeCode(m, c.code + u'.', static_cast<int>(c.indicators.size()) + 1);
    double sum = 0;
    for (const core::Indicator& other : c.indicators)
        sum += other.weight;
    i.weight = std::max(0.0, 100 - sum); // what is left of the criterion
    const QModelIndex index = m_model->appendIndicator(*row, i);
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    afterEdit();
    m_indicatorEditor->nameEditor()->line(m_language)->setFocus();
}

void MethodologyArea::removeSelected()
{
    const auto position = m_model->positionOf(m_tree->currentIndex());
    if (!isEditable() || !position)
        return;
    m_model->remove(*position);
    afterEdit();
    fillEditorPane();
}

void MethodologyArea::moveSelected(int delta)
{
    const auto position = m_model->positionOf(m_tree->currentIndex());
    if (!isEditable() || !position)
        return;
    const auto moved = m_model->move(*position, delta);
    m_tree->setCurrentIndex(m_model->indexOf(moved));
    afterEdit();
}

// ---------------------------------------------------------------------------------------------
// Commands

std::shared_ptr<qint64> MethodologyArea::handleFor(qint64 id)
{
    std::erase_if(m_handles, [](const std::weak_ptr<qint64>& h) { return h.expired(); });
    for (const auto& weak : m_handles)
        if (auto handle = weak.lock(); handle && *handle == id)
            return handle;
    auto handle = std::make_shared<qint64>(id);
    m_handles.push_back(handle);
    return handle;
}

bool MethodologyArea::save()
{
    if (!isEditable())
        return false;
    if (!isModified())
        return true;
    core::Methodology next = m_model->methodology();
    QString problem = m_editorStack->currentIndex() == IndicatorPage ? m_indicatorEditor->inputProblem() : QString();
    if (problem.isEmpty())
        if (auto valid = core::MethodologyService::validate(next); !valid)
            problem = ErrorText::of(valid.error())
                      + (valid.error().detail.isEmpty() ? QString() : u" ("_s + valid.error().detail + u')');
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const core::Methodology before = *m_stored;
    const auto handle = handleFor(before.id);
    const QString why = reason();
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        tr("Save the methodology of %1, %2").arg(Labels::blockShort(next.block)).arg(next.year),
        {{[&service, handle, next, why] {
              core::Methodology m = next;
              m.id = *handle;
              return service.save(m, why);
          },
          [&service, handle, before, why] {
              core::Methodology m = before;
              m.id = *handle;
              return service.save(m, RegistryController::undoReason(why));
          }}});
    if (!ok) {
        commandRefused(); // the edits stay where they are
        return false;
    }
    m_drafts.erase(before.id);
    m_reason->clear();
    showError({});
    fillList();
    showSelected();
    return true;
}

void MethodologyArea::revert()
{
    if (!m_stored)
        return;
    m_drafts.erase(m_stored->id);
    showError({});
    fillList();
    showSelected();
}

bool MethodologyArea::runCreation(const QString& text,
                                  const std::function<core::Result<qint64>(const QString& reason)>& make)
{
    auto made = std::make_shared<qint64>(0);
    m_handles.push_back(made);
    const QString why = reason();
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        text, {{[make, made, why]() -> core::Result<void> {
                    auto id = make(why);
                    if (!id)
                        return std::unexpected(id.error());
                    *made = *id;
                    return {};
                },
                [&service, made, why]() -> core::Result<void> {
                    auto r = service.remove(*made, RegistryController::undoReason(why));
                    if (r)
                        *made = 0; // gone: no later command may take another methodology for this one
                    return r;
                }}});
    if (!ok) {
        commandRefused();
        return false;
    }
    showError({});
    m_reason->clear();
    selectMethodology(*made);
    return true;
}

bool MethodologyArea::createMethodology(int block, int year)
{
    core::Methodology m;
    m.block = block;
    m.year = year;
    const core::RegistryRepository& registry = m_session.registry().repository();
    for (core::Role role : ownerRoles(block))
        if (auto holder = registry.roleHolder(role, QDate(year, 12, 31)); holder && *holder)
            m.owners.push_back(**holder);
    std::sort(m.owners.begin(), m.owners.end());
    m.owners.erase(std::unique(m.owners.begin(), m.owners.end()), m.owners.end());
    core::MethodologyService& service = m_session.methodologies();
    return runCreation(tr("New methodology of %1, %2").arg(Labels::blockShort(block)).arg(year),
                       [&service, m](const QString& why) { return service.create(m, why); });
}

bool MethodologyArea::makeNewVersion()
{
    if (!m_stored)
        return false;
    const auto source = handleFor(m_stored->id);
    core::MethodologyService& service = m_session.methodologies();
    return runCreation(
        tr("New version of the methodology of %1, %2").arg(Labels::blockShort(m_stored->block)).arg(m_stored->year),
        [&service, source](const QString& why) { return service.newVersion(*source, why); });
}

bool MethodologyArea::copyToNextYear()
{
    if (!m_stored)
        return false;
    const auto source = handleFor(m_stored->id);
    const int year = m_stored->year + 1;
    core::MethodologyService& service = m_session.methodologies();
    return runCreation(tr("Copy the methodology of %1 to %2").arg(Labels::blockShort(m_stored->block)).arg(year),
                       [&service, source, year](const QString& why) { return service.copyToYear(*source, year, why); });
}

bool MethodologyArea::approve(const core::Approval& approval, const QString& why)
{
    if (!m_stored || m_stored->isApproved())
        return false;
    const auto handle = handleFor(m_stored->id);
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        tr("Approve the methodology of %1, %2").arg(Labels::blockShort(m_stored->block)).arg(m_stored->year),
        {{[&service, handle, approval, why] { return service.approve(*handle, approval, why); },
          [&service, handle, why] { return service.withdrawApproval(*handle, RegistryController::undoReason(why)); }}});
    if (!ok) {
        commandRefused();
        return false;
    }
    showError({});
    showSelected();
    return true;
}

bool MethodologyArea::deleteDraft()
{
    if (!m_stored || m_stored->isApproved())
        return false;
    const core::Methodology before = *m_stored;
    const auto handle = handleFor(before.id);
    const QString why = reason();
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        tr("Delete the draft methodology of %1, %2, version %3")
            .arg(Labels::blockShort(before.block))
            .arg(before.year)
            .arg(before.version),
        {{[&service, handle, why]() -> core::Result<void> {
              auto r = service.remove(*handle, why);
              if (r)
                  *handle = 0;
              return r;
          },
          // Undo makes it anew: a new id (the commands before this one follow it) and the next version.
          [&service, handle, before, why]() -> core::Result<void> {
              auto id = service.create(before, RegistryController::undoReason(why));
              if (!id)
                  return std::unexpected(id.error());
              *handle = *id;
              return {};
          }}});
    if (!ok) {
        commandRefused();
        return false;
    }
    m_drafts.erase(before.id);
    showError({});
    return true;
}

void MethodologyArea::onNewClicked()
{
    int year = QDate::currentDate().year() - 1; // the evaluation held this year is of the previous year (§9)
    if (m_stored)
        year = m_stored->year;
    NewMethodologyDialog dialog(year, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (createMethodology(dialog.block(), dialog.year())) {
            showError({});
            return;
        }
        dialog.showError(m_error->text());
    }
    showError({});
}

void MethodologyArea::onApproveClicked()
{
    if (!m_stored || m_stored->isApproved() || isModified())
        return;
    ApprovalDialog dialog(m_session.methodologies(), *m_stored, m_language, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (approve(dialog.approval(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

} // namespace ui
