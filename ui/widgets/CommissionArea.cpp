// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommissionArea.h"

#include "Appearance.h"
#include "ConclusionTexts.h"
#include "ConclusionsArea.h"
#include "DateDialog.h"
#include "DocumentOutput.h"
#include "LongOperation.h"
#include "RecommendationDialog.h"
#include "ReportPrompter.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/CommissionTableModel.h"
#include "ui/print/CommissionDocument.h"
#include "ui/print/PublicExport.h"

#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/Database.h"
#include "core/PackageService.h"
#include "core/PublicationService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString MessageStyle = u"QLabel { background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px; }"_s;
const QString ErrorStyle = u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s;

enum Output { PrintOutput, PreviewOutput, PdfOutput };

/// Searches the code and the name columns.
class CommissionFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_text.isEmpty())
            return true;
        for (const int column : {CommissionTableModel::Code, CommissionTableModel::Name})
            if (sourceModel()->index(row, column, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }

private:
    QString m_text;
};

} // namespace

CommissionArea::CommissionArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(std::make_unique<ReportPrompter>())
    , m_table(new CommissionTableModel(this))
    , m_proxy(new CommissionFilterModel(this))
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_search(new QLineEdit)
    , m_documentLanguageLabel(new QLabel)
    , m_documentLanguage(DocumentOutput::languageComboBox(core::Language::Russian))
    , m_error(wrappingLabel())
    , m_message(wrappingLabel())
    , m_summary(wrappingLabel())
    , m_view(new QTableView)
    , m_title(wrappingLabel())
    , m_details(wrappingLabel())
    , m_recommendationsTitle(new QLabel)
    , m_recommendationsTree(new QTreeWidget)
    , m_addRecommendation(new QPushButton(QIcon(u":/icons/add.svg"_s), QString()))
    , m_editRecommendation(new QPushButton)
    , m_removeRecommendation(new QPushButton(QIcon(u":/icons/remove.svg"_s), QString()))
{
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    m_year->setValue(ConclusionsArea::defaultYear(session));
    m_yearLabel->setBuddy(m_year);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_documentLanguageLabel->setBuddy(m_documentLanguage);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(ErrorStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setStyleSheet(MessageStyle);
    m_message->hide();
    m_summary->setObjectName(u"summaryLabel"_s);

    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(CommissionTableModel::SortRole);
    m_view->setObjectName(u"commissionTableView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // by code, as the service orders them
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CommissionTableModel::Name, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignCenter); // the block's columns have two lines: the block, then what
    m_view->setColumnWidth(CommissionTableModel::Name, 240);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_recommendationsTitle->setFont(bold);
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_recommendationsTree->setObjectName(u"recommendationsTreeWidget"_s);
    m_recommendationsTree->setColumnCount(4);
    m_recommendationsTree->setRootIsDecorated(false);
    m_recommendationsTree->setAlternatingRowColors(true);
    m_recommendationsTree->setWordWrap(true);
    m_recommendationsTree->header()->setStretchLastSection(false);
    m_recommendationsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_recommendationsTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recommendationsTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_recommendationsTree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_addRecommendation->setObjectName(u"addRecommendationPushButton"_s);
    m_editRecommendation->setObjectName(u"editRecommendationPushButton"_s);
    m_removeRecommendation->setObjectName(u"removeRecommendationPushButton"_s);

    // Actions: the stages and the report.
    auto* stages = new QHBoxLayout;
    for (int i = 0; i < core::CommissionStageCount; ++i) {
        const auto stage = static_cast<core::CommissionStage>(i);
        auto* a = new QAction(this);
        a->setObjectName(u"stageAction"_s + QString::number(i));
        connect(a, &QAction::triggered, this, [this, stage] { onStageTriggered(stage); });
        m_stageActions[static_cast<std::size_t>(i)] = a;
        auto* button = new QToolButton;
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        stages->addWidget(button);
    }
    stages->addStretch(1);
    m_print = new QAction(QIcon(u":/icons/print.svg"_s), QString(), this);
    m_print->setObjectName(u"printAction"_s);
    m_preview = new QAction(this);
    m_preview->setObjectName(u"previewAction"_s);
    m_pdf = new QAction(this);
    m_pdf->setObjectName(u"pdfAction"_s);
    int how = 0;
    for (QAction* a : {m_print, m_preview, m_pdf})
        connect(a, &QAction::triggered, this, [this, h = how++] { output(h); });
    QToolButton* printButton = DocumentOutput::printButton(m_print, m_preview, m_pdf);
    printButton->setObjectName(u"printButton"_s);
    m_publish = new QAction(this);
    m_publish->setObjectName(u"publishAction"_s);
    connect(m_publish, &QAction::triggered, this, &CommissionArea::onPublishTriggered);
    auto* publishButton = new QToolButton;
    publishButton->setObjectName(u"publishButton"_s);
    publishButton->setDefaultAction(m_publish);

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_search, 1);
    top->addSpacing(16);
    top->addWidget(m_documentLanguageLabel);
    top->addWidget(m_documentLanguage);
    top->addWidget(printButton);
    top->addWidget(publishButton);

    // Below the table: the selected body and the Commission's recommendations to its head.
    auto* bodyPane = new QWidget;
    auto* bodyLayout = new QVBoxLayout(bodyPane);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_details, 1);
    auto* recPane = new QWidget;
    auto* recButtons = new QHBoxLayout;
    recButtons->addWidget(m_addRecommendation);
    recButtons->addWidget(m_editRecommendation);
    recButtons->addWidget(m_removeRecommendation);
    recButtons->addStretch(1);
    auto* recLayout = new QVBoxLayout(recPane);
    recLayout->setContentsMargins(0, 4, 0, 0);
    recLayout->addWidget(m_recommendationsTitle);
    recLayout->addWidget(m_recommendationsTree, 1);
    recLayout->addLayout(recButtons);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(bodyPane);
    lower->addWidget(recPane);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    lower->setSizes({500, 600});
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(stages);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        showError({});
        showMessage({});
        reload();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            [this](const QString& text) { static_cast<CommissionFilterModel*>(m_proxy)->setText(text); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommissionArea::onSelectionChanged);
    connect(m_recommendationsTree, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });
    connect(m_recommendationsTree, &QTreeWidget::itemDoubleClicked, this, &CommissionArea::onEditRecommendation);
    connect(m_addRecommendation, &QPushButton::clicked, this, &CommissionArea::onAddRecommendation);
    connect(m_editRecommendation, &QPushButton::clicked, this, &CommissionArea::onEditRecommendation);
    connect(m_removeRecommendation, &QPushButton::clicked, this, &CommissionArea::onRemoveRecommendation);
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
}

CommissionArea::~CommissionArea() = default;

void CommissionArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommissionArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The result is computed for every body: each time the area is opened (conclusions and appeals
    // change elsewhere without telling), not when the window comes back from being minimized.
    if (!event->spontaneous() || m_dirty)
        reload();
}

void CommissionArea::retranslate()
{
    m_yearLabel->setText(tr("Evaluated year:"));
    m_search->setPlaceholderText(tr("Search by the body's code or name"));
    m_documentLanguageLabel->setText(tr("Language of documents:"));
    m_documentLanguage->setToolTip(tr("The language of the printed report"));
    const QString stageTexts[] = {tr("Passed to the Working Body (§48)…"), tr("Presented to the President (§50)…"),
                                  tr("Sent to the Head (§51)…")};
    for (int i = 0; i < core::CommissionStageCount; ++i) {
        QAction* a = m_stageActions[static_cast<std::size_t>(i)];
        a->setText(stageTexts[i]);
        a->setToolTip(tr("Record the date for the selected body, or for every body that is ready: %1")
                          .arg(ConclusionTexts::stage(static_cast<core::CommissionStage>(i))));
    }
    DocumentOutput::retranslate(m_print, m_preview, m_pdf, tr("the Commission's report"));
    m_publish->setText(tr("Publish…"));
    m_publish->setToolTip(
        tr("Write the year's results for the internet resource (§52) into a folder, without what is confidential"));
    m_recommendationsTitle->setText(tr("The Commission's recommendations and orders to the head (§51)"));
    m_recommendationsTree->setHeaderLabels({tr("No."), tr("Recommendation"), tr("Order"), tr("Confidential")});
    m_addRecommendation->setText(tr("Add…"));
    m_editRecommendation->setText(tr("Edit…"));
    m_removeRecommendation->setText(tr("Remove"));
    m_table->retranslate();
    updateSummary();
    updateDetails();
    loadRecommendations();
    updateActions();
}

void CommissionArea::setLanguage(core::Language language)
{
    m_language = language;
    m_table->setLanguage(language);
    setDocumentLanguage(ConclusionTexts::defaultDocumentLanguage(language));
    updateDetails();
    loadRecommendations();
}

core::Language CommissionArea::documentLanguage() const
{
    return static_cast<core::Language>(m_documentLanguage->currentData().toInt());
}

void CommissionArea::setDocumentLanguage(core::Language language)
{
    const int index = m_documentLanguage->findData(static_cast<int>(language));
    if (index >= 0)
        m_documentLanguage->setCurrentIndex(index);
}

int CommissionArea::year() const
{
    return m_year->value();
}

void CommissionArea::setYear(int year)
{
    if (year == m_year->value())
        reload();
    else
        m_year->setValue(year);
}

void CommissionArea::reload()
{
    if (m_sessionGone)
        return;
    m_dirty = false;
    LongOperation operation(this, tr("Computing the results of %1…").arg(year()));
    auto result = m_session.commission().result(year(), operation.progress());
    if (!result && result.error().code == core::ErrorCode::Cancelled) {
        // The table keeps the result it showed; the year says which again, and the next opening
        // of the area computes it anew.
        m_dirty = true;
        showMessage(ErrorText::of(result.error()));
        if (m_table->result().year != 0 && m_table->result().year != year()) {
            const QSignalBlocker blocker(m_year);
            m_year->setValue(m_table->result().year);
        }
        return;
    }
    if (!result) {
        showError(ErrorText::of(result.error()));
        m_table->setResult({});
    } else {
        m_table->setResult(std::move(*result));
    }
    const int row = m_selected ? m_table->rowOf(*m_selected) : -1;
    QModelIndex current = row >= 0 ? m_proxy->mapFromSource(m_table->index(row, 0)) : QModelIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        if (current.isValid())
            m_view->selectionModel()->setCurrentIndex(current,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_selected = current.isValid() ? std::optional<qint64>(current.data(CommissionTableModel::BodyIdRole).toLongLong())
                                   : std::nullopt;
    updateSummary();
    updateDetails();
    loadRecommendations();
    updateActions();
}

void CommissionArea::onSelectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_selected = current.isValid() ? std::optional<qint64>(current.data(CommissionTableModel::BodyIdRole).toLongLong())
                                   : std::nullopt;
    updateDetails();
    loadRecommendations();
    updateActions();
}

bool CommissionArea::selectBody(qint64 bodyId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_table->index(m_table->rowOf(bodyId), 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool CommissionArea::selectBody(const QString& code)
{
    const int row = m_table->rowOf(code);
    return row >= 0 && selectBody(m_table->row(row).bodyId);
}

std::optional<qint64> CommissionArea::selectedBodyId() const
{
    return m_selected;
}

const core::CommissionRow* CommissionArea::selectedRow() const
{
    const int row = m_selected ? m_table->rowOf(*m_selected) : -1;
    return row >= 0 ? &m_table->row(row) : nullptr;
}

QString CommissionArea::bodyText(const core::CommissionRow& row) const
{
    return row.code + u"  "_s + row.name.in(m_language);
}

void CommissionArea::updateSummary()
{
    const core::CommissionResult& r = m_table->result();
    int ready = 0;
    std::array<int, core::CommissionStageCount> staged{};
    for (const core::CommissionRow& row : r.rows) {
        ready += row.conclusionsFinal() ? 1 : 0;
        for (std::size_t i = 0; i < staged.size(); ++i)
            staged[i] += row.stages[i].isValid() ? 1 : 0;
    }
    const int count = static_cast<int>(r.rows.size());
    if (count == 0) {
        m_summary->setText(tr("No body is evaluated in %1.").arg(year()));
        return;
    }
    m_summary->setText(tr("%1 bodies · conclusions final for %2 · §48: %3 · §50: %4 · §51: %5 · §73 alerts: %6")
                           .arg(count)
                           .arg(ready)
                           .arg(staged[0])
                           .arg(staged[1])
                           .arg(staged[2])
                           .arg(r.alerts.size()));
}

void CommissionArea::updateDetails()
{
    const core::CommissionRow* row = selectedRow();
    if (!row) {
        m_title->setText(tr("Select a body in the table."));
        m_details->clear();
        return;
    }
    m_title->setText(bodyText(*row));
    QString html = u"<p>"_s;
    for (int i = 0; i < core::CommissionStageCount; ++i) {
        const QDate date = row->stages[static_cast<std::size_t>(i)];
        html += ConclusionTexts::stage(static_cast<core::CommissionStage>(i)).toHtmlEscaped() + u": <b>"_s
                + (date.isValid() ? ConclusionTexts::date(date, m_language) : u"—"_s) + u"</b><br>"_s;
    }
    html += u"</p>"_s;
    if (!row->conclusionsFinal()) {
        QStringList open;
        for (const core::CommissionBlock& b : row->blocks)
            if (b.inScope && (b.state != core::ConclusionState::Final || !b.conclusionId))
                open << tr("%1: %2").arg(Labels::blockShort(b.block),
                                         b.conclusionId ? ConclusionTexts::state(b.state) : tr("no conclusion"));
        html += u"<p>"_s + tr("Not ready for §48: %1.").arg(open.join(u"; "_s)).toHtmlEscaped() + u"</p>"_s;
    }
    const QStringList alerts = m_table->alerts(row->bodyId);
    if (!alerts.isEmpty())
        html += u"<p style=\"color:#b3261e\">⚠ "_s + alerts.join(u"<br>⚠ "_s).toHtmlEscaped() + u"</p>"_s;
    for (const core::ReorganizationNote& n : row->reorganizations)
        html += u"<p>"_s
                + tr("Reorganized predecessor %1 %2 (%3): §%4.")
                      .arg(n.code, n.name.in(m_language), ConclusionTexts::date(n.date, m_language))
                      .arg(n.paragraph)
                      .toHtmlEscaped()
                + u"</p>"_s;
    m_details->setText(html);
}

void CommissionArea::loadRecommendations()
{
    const std::optional<qint64> current = currentRecommendationId();
    m_recommendations.clear();
    m_recommendationsTree->clear();
    if (!m_selected || m_sessionGone)
        return;
    auto recs = m_session.conclusions().commissionRecommendations(*m_selected, year());
    if (!recs) {
        showError(ErrorText::of(recs.error()));
        return;
    }
    m_recommendations = std::move(*recs);
    int number = 0;
    for (const core::Recommendation& r : m_recommendations) {
        auto* item = new QTreeWidgetItem(m_recommendationsTree);
        item->setText(0, QString::number(++number));
        item->setText(1, r.text.in(m_language));
        item->setToolTip(1, r.text.in(m_language));
        item->setText(2, r.order ? tr("Order") : QString());
        item->setText(3, r.confidential ? tr("Confidential") : QString());
        item->setData(0, Qt::UserRole, r.id);
        if (current && *current == r.id)
            m_recommendationsTree->setCurrentItem(item);
    }
}

std::optional<qint64> CommissionArea::currentRecommendationId() const
{
    const QTreeWidgetItem* item = m_recommendationsTree->currentItem();
    return item ? std::optional<qint64>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}

void CommissionArea::updateActions()
{
    const bool writable = !m_session.database().isReadOnly() && !m_sessionGone;
    for (QAction* a : m_stageActions)
        a->setEnabled(writable);
    m_publish->setEnabled(writable); // the publication is logged in the database
    m_addRecommendation->setEnabled(writable && m_selected.has_value());
    const bool hasRecommendation = currentRecommendationId().has_value();
    m_editRecommendation->setEnabled(writable && hasRecommendation);
    m_removeRecommendation->setEnabled(writable && hasRecommendation);
}

bool CommissionArea::ensureLoaded()
{
    // The menu's actions work before the area was first opened.
    if (m_table->result().year != year())
        reload();
    return m_table->result().year == year(); // not when the computation was cancelled
}

void CommissionArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CommissionArea::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Stages

bool CommissionArea::setStage(core::CommissionStage stage, QDate date, const QString& reason)
{
    if (!m_selected || m_sessionGone)
        return false;
    if (auto r = m_session.commission().setStage(year(), *m_selected, stage, date, reason); !r) {
        showError(ConclusionTexts::error(r.error(), m_language));
        return false;
    }
    showError({});
    reload();
    showMessage(date.isValid()
                    ? tr("%1: %2.").arg(ConclusionTexts::stage(stage), ConclusionTexts::date(date, m_language))
                    : tr("%1: the date was cleared.").arg(ConclusionTexts::stage(stage)));
    return true;
}

std::optional<int> CommissionArea::setStageAll(core::CommissionStage stage, QDate date, const QString& reason)
{
    if (m_sessionGone)
        return std::nullopt;
    auto count = m_session.commission().setStageAll(year(), stage, date, reason);
    if (!count) {
        showError(ConclusionTexts::error(count.error(), m_language));
        return std::nullopt;
    }
    showError({});
    reload();
    showMessage(
        tr("%1 recorded for %n body(ies) that were ready.", nullptr, *count).arg(ConclusionTexts::stage(stage)));
    return *count;
}

void CommissionArea::onStageTriggered(core::CommissionStage stage)
{
    if (!ensureLoaded())
        return;
    const core::CommissionRow* row = selectedRow();
    const QDate current = row ? row->stages[static_cast<std::size_t>(stage)] : QDate();
    DateDialog dialog(ConclusionTexts::stage(stage),
                      row ? tr("The date of this stage for %1. Clear the check box to remove a date recorded by "
                               "mistake.")
                                .arg(bodyText(*row))
                          : tr("The date of this stage."),
                      current.isValid() ? current : QDate::currentDate(), m_language, this);
    dialog.setClearable(true, tr("Recorded on"));
    dialog.setAllOption(tr("For every body that is ready, not only the selected one"), !row);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        const bool ok = dialog.all() ? setStageAll(stage, dialog.date(), dialog.reason()).has_value()
                                     : setStage(stage, dialog.date(), dialog.reason());
        if (ok)
            return;
        dialog.showError(m_error->text());
    }
}

// ---------------------------------------------------------------------------------------------
// The Commission's recommendations (§51), undoable

bool CommissionArea::execute(const QString& text, std::function<core::Result<void>()> redo,
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
    reload();
    return true;
}

std::optional<qint64> CommissionArea::addRecommendation(const core::Recommendation& recommendation,
                                                        const QString& reason)
{
    if (!m_selected)
        return std::nullopt;
    core::Recommendation rec = recommendation;
    rec.id = 0;
    rec.bodyId = *m_selected;
    rec.year = year();
    rec.block.reset();
    rec.conclusionId.reset();
    rec.source = core::RecommendationSource::Commission;
    core::ConclusionService& service = m_session.conclusions();
    auto id = std::make_shared<qint64>(0);
    const bool ok = execute(
        tr("Add a recommendation of the Commission"),
        [&service, rec, id, reason]() -> core::Result<void> {
            auto added = service.addRecommendation(rec, reason);
            if (!added)
                return std::unexpected(added.error());
            *id = *added;
            return {};
        },
        [&service, id, reason] { return service.removeRecommendation(*id, RegistryController::undoReason(reason)); });
    if (!ok)
        return std::nullopt;
    return *id;
}

bool CommissionArea::updateRecommendation(const core::Recommendation& after, const QString& reason)
{
    const auto it = std::find_if(m_recommendations.begin(), m_recommendations.end(),
                                 [&after](const core::Recommendation& r) { return r.id == after.id; });
    if (it == m_recommendations.end())
        return false;
    const core::Recommendation before = *it;
    core::ConclusionService& service = m_session.conclusions();
    return execute(
        tr("Change a recommendation of the Commission"),
        [&service, after, reason] { return service.updateRecommendation(after, reason); },
        [&service, before, reason] {
            return service.updateRecommendation(before, RegistryController::undoReason(reason));
        });
}

bool CommissionArea::removeRecommendation(qint64 id, const QString& reason)
{
    const auto it = std::find_if(m_recommendations.begin(), m_recommendations.end(),
                                 [id](const core::Recommendation& r) { return r.id == id; });
    if (it == m_recommendations.end())
        return false;
    const core::Recommendation removed = *it;
    core::ConclusionService& service = m_session.conclusions();
    auto current = std::make_shared<qint64>(id);
    return execute(
        tr("Remove a recommendation of the Commission"),
        [&service, current, reason] { return service.removeRecommendation(*current, reason); },
        [&service, current, removed, reason]() -> core::Result<void> {
            core::Recommendation again = removed;
            again.id = 0;
            auto added = service.addRecommendation(again, RegistryController::undoReason(reason));
            if (!added)
                return std::unexpected(added.error());
            *current = *added;
            return {};
        });
}

void CommissionArea::onAddRecommendation()
{
    const core::CommissionRow* row = selectedRow();
    if (!row)
        return;
    core::Recommendation fresh;
    fresh.bodyId = row->bodyId;
    fresh.year = year();
    fresh.source = core::RecommendationSource::Commission;
    RecommendationDialog dialog(fresh, tr("%1, %2").arg(bodyText(*row)).arg(year()), this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (addRecommendation(dialog.recommendation(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

void CommissionArea::onEditRecommendation()
{
    const core::CommissionRow* row = selectedRow();
    const std::optional<qint64> id = currentRecommendationId();
    if (!row || !id || m_session.database().isReadOnly())
        return;
    const auto it = std::find_if(m_recommendations.begin(), m_recommendations.end(),
                                 [&id](const core::Recommendation& r) { return r.id == *id; });
    if (it == m_recommendations.end())
        return;
    RecommendationDialog dialog(*it, tr("%1, %2").arg(bodyText(*row)).arg(year()), this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (updateRecommendation(dialog.recommendation(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

void CommissionArea::onRemoveRecommendation()
{
    if (const std::optional<qint64> id = currentRecommendationId();
        id
        && m_prompter->confirm(this, tr("Remove Recommendation"),
                               tr("Remove the selected recommendation? Undo brings it back."), tr("Remove")))
        removeRecommendation(*id);
}

// ---------------------------------------------------------------------------------------------
// The report

void CommissionArea::output(int how)
{
    if (!ensureLoaded())
        return;
    DocumentOutput::Job job;
    job.database = &m_session.database();
    job.language = documentLanguage();
    job.interfaceLanguage = m_language;
    job.title = tr("The Commission's report for %1").arg(year());
    job.fileName = u"commission-%1-%2.pdf"_s.arg(year()).arg(core::languageCode(job.language));
    job.make = [result = m_table->result(),
                language = job.language](const core::Progress& progress) -> core::Result<DocumentPages> {
        return CommissionDocument(result, language).pages(progress);
    };
    DocumentOutput::Outcome outcome;
    if (how == PrintOutput)
        outcome = DocumentOutput::print(this, *m_prompter, job);
    else if (how == PreviewOutput)
        outcome = DocumentOutput::preview(this, *m_prompter, job);
    else
        outcome = DocumentOutput::exportPdf(this, *m_prompter, job,
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!outcome.error.isEmpty())
        showError(outcome.error);
    else if (outcome.cancelled)
        showMessage(DocumentOutput::cancelledText());
    else if (!outcome.path.isEmpty())
        showMessage(tr("PDF saved: %1").arg(QDir::toNativeSeparators(outcome.path)));
}

bool CommissionArea::writeReportPdf(const QString& path)
{
    if (!ensureLoaded())
        return false;
    DocumentOutput::Job job;
    job.database = &m_session.database();
    job.language = documentLanguage();
    job.interfaceLanguage = m_language;
    job.make = [result = m_table->result(),
                language = job.language](const core::Progress& progress) -> core::Result<DocumentPages> {
        return CommissionDocument(result, language).pages(progress);
    };
    const DocumentOutput::Outcome outcome = DocumentOutput::writePdf(this, job, path);
    if (!outcome.error.isEmpty())
        showError(outcome.error);
    else if (outcome.cancelled)
        showMessage(DocumentOutput::cancelledText());
    return outcome.done;
}

void CommissionArea::onPublishTriggered()
{
    const QString dir = m_prompter->chooseFolder(this, tr("Publish the Results of %1").arg(year()),
                                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!dir.isEmpty())
        publish(dir);
}

bool CommissionArea::publish(const QString& dir)
{
    showError({});
    showMessage({});
    auto refused = [this](const core::Error& error) {
        QString text = ErrorText::of(error);
        if (!error.detail.isEmpty())
            text += u" ("_s + error.detail + u')';
        showError(text);
        return false;
    };
    // Never into the database's own folder: an earlier export there is replaced whole.
    const QString target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QString database = QDir::cleanPath(QFileInfo(m_session.database().path()).absoluteFilePath());
    if (database == target || database.startsWith(target + u'/'))
        return refused({core::ErrorCode::FileUnreadable,
                        QDir::toNativeSeparators(target) + u": that is the database or holds it"_s});
    if (auto r = m_session.database().ensureWritable(); !r)
        return refused(r.error());
    // The results are published by the state planning body, not from a body's workstation.
    if (auto ws = m_session.packages().workstation(); !ws)
        return refused(ws.error());
    else if (*ws)
        return refused({core::ErrorCode::IsAWorkstation, {}});
    if (auto r = PublicExport::checkTarget(dir); !r)
        return refused(r.error());

    const int y = year();
    const core::Language language = documentLanguage();
    LongOperation operation(this, tr("Publishing the results of %1…").arg(y));
    // Gathering the public content takes most of the time (national scale: about 70 %).
    auto published = m_session.publication().publicData(y, operation.part(0, 70, 100));
    std::vector<std::pair<QString, QString>> files;
    if (published) {
        const DocumentTranslation translation(language, m_language);
        auto written = PublicExport(*published, language).writeTo(dir, operation.part(70, 100, 100));
        if (!written) {
            if (written.error().code == core::ErrorCode::Cancelled) {
                showMessage(ErrorText::of(written.error()));
                return false;
            }
            return refused(written.error());
        }
        files = std::move(*written);
    } else if (published.error().code == core::ErrorCode::Cancelled) {
        showMessage(ErrorText::of(published.error()));
        return false;
    } else {
        return refused(published.error());
    }
    if (auto id = m_session.publication().record(y, target, files, published->withheld, {}); !id)
        return refused(id.error());
    showMessage(tr("Published the results of %1 to %2.").arg(y).arg(QDir::toNativeSeparators(target)));
    return true;
}

void CommissionArea::setPrompter(std::unique_ptr<ReportPrompter> prompter)
{
    m_prompter = std::move(prompter);
}

} // namespace ui
