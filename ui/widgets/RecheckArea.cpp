// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecheckArea.h"

#include "Appearance.h"
#include "PackageTexts.h"
#include "RecheckCriteriaEditor.h"
#include "RecheckDecisionDialog.h"
#include "RecheckTexts.h"
#include "ReportPrompter.h"
#include "ScoresArea.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/RecheckTableModel.h"

#include "core/Database.h"
#include "core/RecheckService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString ErrorStyle = u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s;
const QString MessageStyle = u"QLabel { background: #e6f4ea; color: #0d3d1f; padding: 6px; border-radius: 4px; }"_s;

QLabel* boldLabel()
{
    QLabel* label = wrappingLabel();
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

/// The same criteria, ignoring the parameter of the kinds that have none.
bool sameCriteria(const std::vector<core::RiskCriterion>& a, const std::vector<core::RiskCriterion>& b)
{
    const auto find = [](const std::vector<core::RiskCriterion>& list, core::RiskKind kind) {
        for (const core::RiskCriterion& c : list)
            if (c.kind == kind)
                return c;
        core::RiskCriterion off;
        off.kind = kind;
        off.enabled = false;
        return off;
    };
    for (int i = 0; i < core::RiskKindCount; ++i) {
        const auto kind = static_cast<core::RiskKind>(i);
        const core::RiskCriterion x = find(a, kind);
        const core::RiskCriterion y = find(b, kind);
        if (x.enabled != y.enabled)
            return false;
        if (RecheckTexts::hasParameter(kind) && !qFuzzyCompare(1.0 + x.parameter, 1.0 + y.parameter))
            return false;
    }
    return true;
}

QTableView* recheckTable(QSortFilterProxyModel* proxy)
{
    auto* view = new QTableView;
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 8);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecheckTableModel::Reasons, QHeaderView::Stretch);
    header->setSectionResizeMode(RecheckTableModel::OutcomeReason, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The full names, every reason and the whole finding are in the tooltips and under the table.
    view->setColumnWidth(RecheckTableModel::OutcomeReason, 110);
    view->sortByColumn(RecheckTableModel::Body, Qt::AscendingOrder);
    return view;
}

} // namespace

// --- RecheckPreviewDialog ------------------------------------------------------------------------

RecheckPreviewDialog::RecheckPreviewDialog(Session& session, int year, std::optional<int> block,
                                           std::vector<core::Recheck> candidates, core::Language language,
                                           QWidget* parent)
    : QDialog(parent)
    , m_model(new RecheckTableModel(session, this))
    , m_summary(wrappingLabel())
{
    setObjectName(u"recheckPreviewDialog"_s);
    setWindowTitle(tr("Preview of the Selection"));
    std::set<qint64> bodies;
    for (const core::Recheck& r : candidates)
        bodies.insert(r.bodyId);
    const int count = static_cast<int>(candidates.size());
    m_model->setLanguage(language);
    m_model->setRechecks(year, std::move(candidates));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecheckTableModel::SortRole);
    QTableView* view = recheckTable(proxy);
    view->setObjectName(u"previewTableView"_s);
    for (const int column :
         {RecheckTableModel::Outcome, RecheckTableModel::CorrectedFact, RecheckTableModel::OutcomeReason})
        view->hideColumn(column);
    view->horizontalHeader()->setSectionResizeMode(RecheckTableModel::Reasons, QHeaderView::Stretch);

    m_summary->setObjectName(u"summaryLabel"_s);
    const QString where = block ? Labels::blockShort(*block) + u", "_s + QString::number(year) : QString::number(year);
    // English has no catalogue: the singular needs its own source text.
    const int bodyCount = static_cast<int>(bodies.size());
    QString summary;
    if (count == 0) {
        summary = tr("The criteria select no values in %1. Nothing is stored.").arg(where);
    } else {
        summary = count == 1 ? tr("The criteria would select 1 value in %1.").arg(where)
                             : tr("The criteria would select %n values in %1.", nullptr, count).arg(where);
        summary += u' ';
        summary += bodyCount == 1 ? tr("They are all of one body.") : tr("They are of %n bodies.", nullptr, bodyCount);
        summary += u' ';
        summary += tr("Nothing is stored until you select them; values already selected keep their outcome.");
    }
    m_summary->setText(summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (count > 0) {
        QPushButton* select = buttons->addButton(tr("Select for Re-verification"), QDialogButtonBox::AcceptRole);
        select->setObjectName(u"selectPushButton"_s);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(980, 560);
}

// --- RecheckArea ---------------------------------------------------------------------------------

RecheckArea::RecheckArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(std::make_unique<ReportPrompter>())
    , m_table(new RecheckTableModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_blockLabel(new QLabel)
    , m_block(new QComboBox)
    , m_preview(new QPushButton)
    , m_select(new QPushButton)
    , m_error(wrappingLabel())
    , m_message(wrappingLabel())
    , m_criteriaTitle(boldLabel())
    , m_criteriaNote(wrappingLabel())
    , m_criteria(new RecheckCriteriaEditor)
    , m_saveCriteria(new QPushButton)
    , m_revertCriteria(new QPushButton)
    , m_tableTitle(boldLabel())
    , m_view(nullptr)
    , m_confirm(new QPushButton)
    , m_correct(new QPushButton)
    , m_reopen(new QPushButton)
    , m_remove(new QPushButton(QIcon(u":/icons/remove.svg"_s), QString()))
    , m_details(wrappingLabel())
    , m_footer(wrappingLabel())
{
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    m_year->setValue(defaultYear(session));
    m_block->setObjectName(u"blockComboBox"_s);
    m_block->addItem(QString(), 0);
    for (int b = 1; b <= core::BlockCount; ++b)
        m_block->addItem(QString(), b);
    m_preview->setObjectName(u"previewPushButton"_s);
    m_select->setObjectName(u"selectPushButton"_s);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(ErrorStyle);
    m_error->hide();
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setStyleSheet(MessageStyle);
    m_message->hide();
    makeSecondary(m_criteriaNote);
    m_criteria->setObjectName(u"criteriaEditor"_s);
    m_saveCriteria->setObjectName(u"saveCriteriaPushButton"_s);
    m_revertCriteria->setObjectName(u"revertCriteriaPushButton"_s);
    m_confirm->setObjectName(u"confirmPushButton"_s);
    m_correct->setObjectName(u"correctPushButton"_s);
    m_reopen->setObjectName(u"reopenPushButton"_s);
    m_remove->setObjectName(u"removePushButton"_s);
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer->setObjectName(u"footerLabel"_s);
    makeSecondary(m_footer);

    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(RecheckTableModel::SortRole);
    m_view = recheckTable(m_proxy);
    m_view->setObjectName(u"rechecksTableView"_s);

    // Left: the criteria of the year.
    auto* criteriaPanel = new QWidget;
    auto* criteriaLayout = new QVBoxLayout(criteriaPanel);
    criteriaLayout->addWidget(m_criteriaTitle);
    criteriaLayout->addWidget(m_criteriaNote);
    criteriaLayout->addSpacing(4);
    criteriaLayout->addWidget(m_criteria);
    auto* criteriaButtons = new QHBoxLayout;
    criteriaButtons->addWidget(m_saveCriteria);
    criteriaButtons->addWidget(m_revertCriteria);
    criteriaButtons->addStretch();
    criteriaLayout->addLayout(criteriaButtons);
    criteriaLayout->addStretch();
    auto* criteriaScroll = new QScrollArea;
    criteriaScroll->setWidget(criteriaPanel);
    criteriaScroll->setWidgetResizable(true);
    criteriaScroll->setFrameShape(QFrame::NoFrame);
    criteriaScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_criteriaScroll = criteriaScroll;

    // Right: the selected values and what the re-check found.
    auto* selection = new QWidget;
    auto* selectionLayout = new QVBoxLayout(selection);
    selectionLayout->setContentsMargins(0, 0, 0, 0);
    selectionLayout->addWidget(m_tableTitle);
    selectionLayout->addWidget(m_view, 1);
    selectionLayout->addWidget(m_details);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_confirm);
    actions->addWidget(m_correct);
    actions->addWidget(m_reopen);
    actions->addStretch();
    actions->addWidget(m_remove);
    selectionLayout->addLayout(actions);
    selectionLayout->addWidget(m_footer);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(criteriaScroll);
    splitter->addWidget(selection);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 800});

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_blockLabel);
    top->addWidget(m_block);
    top->addStretch();
    top->addWidget(m_preview);
    top->addWidget(m_select);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        loadCriteria();
        load();
    });
    connect(m_block, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_criteria, &RecheckCriteriaEditor::edited, this, [this] { updateActions(); });
    connect(m_saveCriteria, &QPushButton::clicked, this, [this] { saveCriteria(m_criteria->criteria()); });
    connect(m_revertCriteria, &QPushButton::clicked, this, [this] {
        m_criteria->setCriteria(m_storedCriteria);
        updateActions();
    });
    connect(m_preview, &QPushButton::clicked, this, &RecheckArea::onPreviewClicked);
    connect(m_select, &QPushButton::clicked, this, &RecheckArea::onSelectClicked);
    connect(m_confirm, &QPushButton::clicked, this, [this] { onDecideClicked(false); });
    connect(m_correct, &QPushButton::clicked, this, [this] { onDecideClicked(true); });
    connect(m_reopen, &QPushButton::clicked, this, &RecheckArea::onReopenClicked);
    connect(m_remove, &QPushButton::clicked, this, &RecheckArea::onRemoveClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] {
        // Keep criteria being edited; take the stored ones when the editor shows them (an undo).
        if (sameCriteria(m_criteria->criteria(), m_storedCriteria))
            loadCriteria();
        reload();
    });
    connect(&m_session.controller(), &QObject::destroyed, this, [this] { m_sessionGone = true; });

    m_criteria->setReadOnly(m_session.database().isReadOnly());
    retranslate();
    loadCriteria();
    load();
}

RecheckArea::~RecheckArea() = default;

int RecheckArea::defaultYear(Session& session)
{
    return ScoresArea::defaultYear(session);
}

void RecheckArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecheckArea::retranslate()
{
    m_yearLabel->setText(tr("Evaluated year:"));
    m_blockLabel->setText(tr("Block:"));
    m_block->setItemText(0, tr("All blocks"));
    for (int i = 1; i < m_block->count(); ++i)
        m_block->setItemText(i, Labels::block(m_block->itemData(i).toInt()));
    m_preview->setText(tr("Preview…"));
    m_preview->setToolTip(tr("Show what the criteria would select now, without storing anything"));
    m_select->setText(tr("Select for Re-verification"));
    m_select->setToolTip(tr("Run the criteria and store the values they select; values already selected keep "
                            "their outcome"));
    m_criteriaTitle->setText(tr("Risk criteria (§42–43)"));
    m_criteriaNote->setText(tr("The state planning body approves how values are selected for re-verification. "
                               "The criteria are kept per year; only submitted reports are looked at."));
    m_saveCriteria->setText(tr("Save Criteria"));
    m_revertCriteria->setText(tr("Revert"));
    m_tableTitle->setText(tr("Values selected for re-verification"));
    m_confirm->setText(tr("Confirm…"));
    m_confirm->setToolTip(tr("The re-check found the reported value right"));
    m_correct->setText(tr("Correct…"));
    m_correct->setToolTip(tr("The re-check found the reported value wrong: enter the right fact and why"));
    m_reopen->setText(tr("Reopen"));
    m_reopen->setToolTip(tr("Back to pending; a corrected value gets its reported fact back"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove a pending value from the selection"));
    if (m_criteriaScroll) {
        // Wide enough for a criterion and its percentage side by side; the descriptions wrap.
        m_criteriaScroll->setMinimumWidth(m_criteriaScroll->widget()->minimumSizeHint().width()
                                          + m_criteriaScroll->verticalScrollBar()->sizeHint().width());
    }
    updateFooter();
    updateActions();
    updateDetails();
}

void RecheckArea::setLanguage(core::Language language)
{
    m_language = language;
    m_table->setLanguage(language);
    updateFooter();
    updateDetails();
}

void RecheckArea::setPrompter(std::unique_ptr<ReportPrompter> prompter)
{
    if (prompter)
        m_prompter = std::move(prompter);
}

int RecheckArea::year() const
{
    return m_year->value();
}

void RecheckArea::setYear(int year)
{
    m_year->setValue(year); // loads through valueChanged when it changes
}

std::optional<int> RecheckArea::block() const
{
    const int b = m_block->currentData().toInt();
    return b == 0 ? std::nullopt : std::optional<int>(b);
}

void RecheckArea::setBlock(std::optional<int> block)
{
    const int index = m_block->findData(block.value_or(0));
    if (index >= 0)
        m_block->setCurrentIndex(index);
}

void RecheckArea::load()
{
    showError({});
    showMessage({});
    reload();
}

void RecheckArea::loadCriteria()
{
    if (m_sessionGone)
        return;
    auto criteria = m_session.rechecks().criteria(year());
    if (!criteria) {
        showError(ErrorText::of(criteria.error()));
        m_storedCriteria = core::defaultRiskCriteria();
    } else {
        m_storedCriteria = *criteria;
    }
    m_criteria->setCriteria(m_storedCriteria);
    updateActions();
}

void RecheckArea::reload()
{
    if (m_sessionGone)
        return;
    const auto selectedId = selectedRecheckId();
    if (auto r = m_table->load(year(), block()); !r)
        showError(ErrorText::of(r.error()));
    if (selectedId)
        selectRecheck(*selectedId);
    updateFooter();
    updateActions();
    updateDetails();
}

void RecheckArea::updateDetails()
{
    const core::Recheck* r = selected();
    if (!r) {
        m_details->setText(m_table->rowCount() > 0 ? tr("Select a value to see why it was selected and what was "
                                                        "found.")
                                                   : QString());
        m_details->setVisible(!m_details->text().isEmpty());
        return;
    }
    QStringList lines;
    lines << tr("%1 — %2, %3")
                 .arg(m_table->bodyText(r->bodyId, r->bodyCode), Labels::blockShort(r->block),
                      m_table->indicatorText(r->block, r->code));
    lines << tr("Why selected: %1").arg(RecheckTexts::reasons(r->reasons));
    if (r->outcome == core::RecheckOutcome::Pending) {
        if (r->selectedAt.isValid())
            lines << tr("Selected %1 by %2; pending.")
                         .arg(PackageTexts::moment(r->selectedAt, m_language), r->selectedBy);
    } else {
        const QString when = PackageTexts::moment(r->decidedAt, m_language);
        if (r->outcome == core::RecheckOutcome::Corrected)
            lines << tr("Corrected %1 by %2 from %3 to %4.")
                         .arg(when, r->decidedBy, RecheckTableModel::formatFact(r->reportedFact),
                              RecheckTableModel::formatFact(r->correctedFact));
        else
            lines << tr("Confirmed %1 by %2.").arg(when, r->decidedBy);
        if (!r->outcomeReason.isEmpty())
            lines << tr("Finding: %1").arg(r->outcomeReason);
    }
    m_details->setText(lines.join(u'\n'));
    m_details->setVisible(true);
}

void RecheckArea::updateFooter()
{
    const RecheckTableModel::Counts c = m_table->counts();
    if (c.total() == 0) {
        m_footer->setText(tr("No values are selected for re-verification in %1 yet.").arg(year()));
        return;
    }
    m_footer->setText((c.total() == 1
                           ? tr("1 value selected: %1 pending, %2 confirmed, %3 corrected.")
                           : tr("%n values selected: %1 pending, %2 confirmed, %3 corrected.", nullptr, c.total()))
                          .arg(c.pending)
                          .arg(c.confirmed)
                          .arg(c.corrected));
}

void RecheckArea::updateActions()
{
    const bool writable = !m_session.database().isReadOnly();
    const core::Recheck* current = selected();
    const bool pending = current && current->outcome == core::RecheckOutcome::Pending;
    const bool modified = !sameCriteria(m_criteria->criteria(), m_storedCriteria);
    m_saveCriteria->setEnabled(writable && modified);
    m_revertCriteria->setEnabled(modified);
    m_select->setEnabled(writable);
    m_confirm->setEnabled(writable && pending);
    m_correct->setEnabled(writable && pending);
    m_reopen->setEnabled(writable && current && !pending);
    m_remove->setEnabled(writable && pending);
}

void RecheckArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_message->hide();
}

void RecheckArea::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_error->hide();
}

std::optional<qint64> RecheckArea::selectedRecheckId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(RecheckTableModel::RecheckIdRole).toLongLong();
}

const core::Recheck* RecheckArea::selected() const
{
    const auto id = selectedRecheckId();
    const int row = id ? m_table->rowOfRecheck(*id) : -1;
    return row >= 0 ? &m_table->recheck(row) : nullptr;
}

bool RecheckArea::selectRecheck(qint64 recheckId)
{
    const int row = m_table->rowOfRecheck(recheckId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    updateActions();
    return true;
}

bool RecheckArea::run(const QString& text, std::function<core::Result<void>()> redo,
                      std::function<core::Result<void>()> undo)
{
    RegistryController& controller = m_session.controller();
    if (!controller.execute(text, {{std::move(redo), std::move(undo)}})) {
        showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : tr("The change was refused."));
        return false;
    }
    return true;
}

bool RecheckArea::saveCriteria(const std::vector<core::RiskCriterion>& criteria, const QString& reason)
{
    core::RecheckService& rechecks = m_session.rechecks();
    const int y = year();
    const std::vector<core::RiskCriterion> before = m_storedCriteria;
    m_criteria->setCriteria(criteria); // what is being saved is what the editor shows, also when refused
    if (!run(
            tr("Change the re-verification criteria of %1").arg(y),
            [&rechecks, y, criteria, reason] { return rechecks.setCriteria(y, criteria, reason); },
            [&rechecks, y, before, reason] {
                return rechecks.setCriteria(y, before, RegistryController::undoReason(reason));
            })) {
        updateActions();
        return false;
    }
    loadCriteria();
    showMessage(tr("The criteria of %1 are saved.").arg(y));
    return true;
}

std::optional<std::vector<core::Recheck>> RecheckArea::preview()
{
    auto candidates = m_session.rechecks().candidates(year(), block());
    if (!candidates) {
        showError(ErrorText::of(candidates.error()));
        return std::nullopt;
    }
    return std::move(*candidates);
}

std::optional<int> RecheckArea::selectValues(const QString& reason)
{
    if (!sameCriteria(m_criteria->criteria(), m_storedCriteria) && !saveCriteria(m_criteria->criteria(), reason))
        return std::nullopt; // the criteria shown are the ones that select
    auto added = m_session.rechecks().select(year(), block(), reason);
    if (!added) {
        showError(ErrorText::of(added.error()));
        return std::nullopt;
    }
    reload();
    showMessage(*added == 0   ? tr("No new values: everything the criteria select is already selected.")
                : *added == 1 ? tr("1 new value selected for re-verification.")
                              : tr("%n new values selected for re-verification.", nullptr, *added));
    return *added;
}

bool RecheckArea::confirm(qint64 recheckId, const QString& finding)
{
    core::RecheckService& rechecks = m_session.rechecks();
    if (!run(
            tr("Confirm a value"),
            [&rechecks, recheckId, finding] { return rechecks.confirm(recheckId, finding, finding); },
            [&rechecks, recheckId] { return rechecks.reopen(recheckId, RegistryController::undoReason({})); }))
        return false;
    showMessage(tr("The value is confirmed."));
    return true;
}

bool RecheckArea::correct(qint64 recheckId, std::optional<double> fact, const QString& finding,
                          const QString& evidencePath)
{
    if (finding.trimmed().isEmpty()) {
        // Core's EmptyName speaks of a body's names; say what is missing here.
        showError(tr("Say what was wrong: a correction needs a finding."));
        return false;
    }
    QString fileName;
    QByteArray content;
    if (!evidencePath.isEmpty()) {
        QFile file(evidencePath);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(ErrorText::of(core::Error{core::ErrorCode::FileUnreadable, evidencePath}) + u"\n"_s
                      + tr("Details: %1").arg(evidencePath + u": "_s + file.errorString()));
            return false;
        }
        fileName = QFileInfo(evidencePath).fileName();
        content = file.readAll();
    }
    core::RecheckService& rechecks = m_session.rechecks();
    const QString reason = finding.trimmed();
    if (!run(
            tr("Correct a value"),
            [&rechecks, recheckId, fact, reason, fileName, content] {
                return rechecks.correct(recheckId, fact, reason, fileName, content, reason);
            },
            [&rechecks, recheckId] { return rechecks.reopen(recheckId, RegistryController::undoReason({})); }))
        return false;
    showMessage(tr("The value is corrected; the scores use the corrected fact."));
    return true;
}

bool RecheckArea::reopen(qint64 recheckId)
{
    const int row = m_table->rowOfRecheck(recheckId);
    if (row < 0)
        return false;
    const core::Recheck before = m_table->recheck(row);
    if (before.outcome == core::RecheckOutcome::Pending)
        return true;
    core::RecheckService& rechecks = m_session.rechecks();
    if (!run(
            tr("Reopen a value"), [&rechecks, recheckId] { return rechecks.reopen(recheckId, {}); },
            [&rechecks, before] {
                const QString reason = RegistryController::undoReason(before.outcomeReason);
                // The evidence of a correction stays on the report's line: it is not attached again.
                return before.outcome == core::RecheckOutcome::Confirmed
                           ? rechecks.confirm(before.id, before.outcomeReason, reason)
                           : rechecks.correct(before.id, before.correctedFact, before.outcomeReason, {}, {}, reason);
            }))
        return false;
    showMessage(before.outcome == core::RecheckOutcome::Corrected
                    ? tr("The value is pending again, with its reported fact.")
                    : tr("The value is pending again."));
    return true;
}

bool RecheckArea::remove(qint64 recheckId)
{
    // Not undoable: a selection cannot be put back one value at a time (Select for Re-verification
    // adds it again while the criteria select it).
    if (auto r = m_session.rechecks().remove(recheckId, {}); !r) {
        showError(ErrorText::of(r.error()));
        return false;
    }
    reload();
    showMessage(tr("The value is removed from the selection."));
    return true;
}

void RecheckArea::onPreviewClicked()
{
    auto candidates = preview();
    if (!candidates)
        return;
    RecheckPreviewDialog dialog(m_session, year(), block(), std::move(*candidates), m_language, this);
    if (m_prompter->exec(dialog) == QDialog::Accepted)
        selectValues();
}

void RecheckArea::onSelectClicked()
{
    selectValues();
}

void RecheckArea::onDecideClicked(bool correctIt)
{
    const core::Recheck* current = selected();
    if (!current)
        return;
    const core::Recheck recheck = *current;
    const auto mode = correctIt ? RecheckDecisionDialog::Mode::Correct : RecheckDecisionDialog::Mode::Confirm;
    RecheckDecisionDialog dialog(
        mode, recheck, m_table->bodyText(recheck.bodyId, recheck.bodyCode),
        m_table->indicatorText(recheck.block, recheck.code),
        [this] { return m_prompter->openFile(this, tr("Evidence"), tr("All files (*)")); }, this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        const bool ok = correctIt ? correct(recheck.id, dialog.fact(), dialog.finding(), dialog.evidencePath())
                                  : confirm(recheck.id, dialog.finding());
        if (ok)
            return;
        dialog.showError(m_error->text()); // the refusal, where the user is looking
    }
}

void RecheckArea::onReopenClicked()
{
    if (const auto id = selectedRecheckId())
        reopen(*id);
}

void RecheckArea::onRemoveClicked()
{
    const core::Recheck* current = selected();
    if (!current)
        return;
    const qint64 id = current->id;
    if (!m_prompter->confirm(this, tr("Remove from the Selection"),
                             tr("Remove %1, %2 from the values selected for re-verification? Select for "
                                "Re-verification adds it again while the criteria select it.")
                                 .arg(current->bodyCode, current->code),
                             tr("Remove")))
        return;
    remove(id);
}

} // namespace ui
