// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoresArea.h"

#include "Appearance.h"
#include "LongOperation.h"
#include "ScoreCharts.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/ScoreBreakdownModel.h"
#include "ui/models/ScoreTableModel.h"

#include "core/MethodologyService.h"
#include "core/ScoreService.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// The editor of a fact: a line edit that takes numbers in the current locale, empty for no data.
class FactDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setPlaceholder(const QString& text) { m_placeholder = text; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setPlaceholderText(m_placeholder);
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        return editor;
    }

private:
    QString m_placeholder;
};

const QString WarningStyle = u"QLabel { background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px; }"_s;
const QString ErrorStyle = u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s;

} // namespace

ScoresArea::ScoresArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new ScoreTableModel(session, this))
    , m_proxy(new ScoreSortProxyModel(this))
    , m_breakdown(new ScoreBreakdownModel(this))
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_blockLabel(new QLabel)
    , m_block(new QComboBox)
    , m_note(wrappingLabel())
    , m_error(wrappingLabel())
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_tableView(new QTableView)
    , m_bodyTitle(wrappingLabel())
    , m_tabs(new QTabWidget)
    , m_breakdownView(new QTreeView)
    , m_footer(wrappingLabel())
    , m_reasonLabel(new QLabel)
    , m_reason(new QLineEdit)
    , m_trend(new TrendChartView)
    , m_ranking(new RankingChartView)
{
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    m_year->setValue(defaultYear(session));
    m_block->setObjectName(u"blockComboBox"_s);
    for (int b = 1; b <= core::BlockCount; ++b)
        m_block->addItem(QString(), b);
    m_note->setObjectName(u"noteLabel"_s);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();
    m_bodyTitle->setObjectName(u"bodyLabel"_s);
    QFont bold = m_bodyTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_bodyTitle->setFont(bold);
    m_footer->setObjectName(u"footerLabel"_s);
    makeSecondary(m_footer);
    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_reasonLabel->setBuddy(m_reason);

    m_proxy->setSourceModel(m_table);
    m_tableView->setObjectName(u"scoresTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(ScoreTableModel::Score, Qt::DescendingOrder);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().lineSpacing() + 8);
    m_tableView->setWordWrap(false);
    m_tableView->setAlternatingRowColors(true);
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScoreTableModel::Body, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_tableView->setColumnWidth(ScoreTableModel::Body, 150); // the full name is in the tooltip and above the tabs

    m_breakdownView->setObjectName(u"breakdownTreeView"_s);
    m_breakdownView->setModel(m_breakdown);
    m_breakdownView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_breakdownView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_breakdownView->setAlternatingRowColors(true);
    m_breakdownView->setUniformRowHeights(true);
    m_breakdownView->setItemDelegateForColumn(ScoreBreakdownModel::Fact, new FactDelegate(m_breakdownView));
    QHeaderView* tree = m_breakdownView->header();
    tree->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The names keep a readable width (the full name is in the tooltip); a long status (Kazakh
    // "Ішінара қол жеткізілді") is shortened rather than squeezing the names to nothing.
    tree->setSectionResizeMode(ScoreBreakdownModel::Name, QHeaderView::Interactive);
    tree->setSectionResizeMode(ScoreBreakdownModel::Status, QHeaderView::Interactive);
    tree->setStretchLastSection(false);
    tree->setMinimumSectionSize(36);
    m_breakdownView->setColumnWidth(ScoreBreakdownModel::Name, 150);
    m_breakdownView->setColumnWidth(ScoreBreakdownModel::Status, 120);

    auto* breakdownPage = new QWidget;
    auto* breakdownLayout = new QVBoxLayout(breakdownPage);
    breakdownLayout->addWidget(m_breakdownView, 1);
    breakdownLayout->addWidget(m_footer);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    breakdownLayout->addLayout(reasonRow);
    m_tabs->setObjectName(u"detailsTabWidget"_s);
    m_tabs->addTab(breakdownPage, QString());
    m_tabs->addTab(m_trend, QString());
    m_tabs->addTab(m_ranking, QString());

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_bodyTitle);
    detailsLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({370, 650}); // proportions until it is shown

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_blockLabel);
    top->addWidget(m_block);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { load(); });
    connect(m_block, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                m_selected = current.data(ScoreTableModel::BodyIdRole).toLongLong();
                updateDetails();
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == HistoryTab)
            updateTrend();
    });
    connect(m_breakdown, &ScoreBreakdownModel::inputRejected, this,
            [this](const QString& text) { showError(tr("“%1” is not a number.").arg(text)); });
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] { reload(); });
    // An open editor commits when it loses the focus, also while the window is being destroyed: after
    // the session has gone, nothing may reach it.
    connect(&m_session.controller(), &QObject::destroyed, this, [this] {
        m_sessionGone = true;
        m_breakdown->setFactEditor({});
    });

    if (!m_session.database().isReadOnly())
        m_breakdown->setFactEditor([this](const QString& code, std::optional<double> fact) {
            return setFact(code, fact, m_reason->text().trimmed());
        });
    m_reason->setEnabled(!m_session.database().isReadOnly());

    retranslate();
    load();
}

int ScoresArea::defaultYear(Session& session)
{
    const int evaluatedNow = QDate::currentDate().year() - 1;
    auto years = session.methodologies().years();
    if (!years || years->empty())
        return evaluatedNow;
    // The latest year with values: a methodology of the next year may be drafted before any value.
    std::optional<int> withMethodology;
    for (auto it = years->rbegin(); it != years->rend(); ++it) {
        if (*it > evaluatedNow)
            continue;
        if (!withMethodology)
            withMethodology = *it;
        for (int block = 1; block <= core::BlockCount; ++block)
            if (auto values = session.methodologies().values(*it, block); values && !values->empty())
                return *it;
    }
    return withMethodology.value_or(years->front());
}

void ScoresArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScoresArea::retranslate()
{
    m_yearLabel->setText(tr("Evaluated year:"));
    m_blockLabel->setText(tr("Block:"));
    for (int i = 0; i < m_block->count(); ++i)
        m_block->setItemText(i, Labels::block(m_block->itemData(i).toInt()));
    m_tabs->setTabText(BreakdownTab, tr("Breakdown"));
    m_tabs->setTabText(HistoryTab, tr("Over the years"));
    m_tabs->setTabText(RankingTab, tr("Ranking"));
    m_reasonLabel->setText(tr("Reason for a change:"));
    m_reason->setPlaceholderText(tr("Optional: why a value changes (late data, a correction), kept in the history"));
    if (auto* delegate = dynamic_cast<FactDelegate*>(m_breakdownView->itemDelegateForColumn(ScoreBreakdownModel::Fact)))
        delegate->setPlaceholder(tr("empty: no data"));
    m_table->retranslate();
    m_breakdown->retranslate();
    updateNote();
    updateDetails();
}

void ScoresArea::setLanguage(core::Language language)
{
    m_language = language;
    m_table->setLanguage(language);
    m_breakdown->setLanguage(language);
    updateNote();
    updateDetails();
}

int ScoresArea::year() const
{
    return m_year->value();
}

void ScoresArea::setYear(int year)
{
    m_year->setValue(year); // loads through valueChanged when it changes
}

int ScoresArea::block() const
{
    return m_block->currentData().toInt();
}

void ScoresArea::setBlock(int block)
{
    const int index = m_block->findData(block);
    if (index >= 0)
        m_block->setCurrentIndex(index);
}

void ScoresArea::load()
{
    showError({});
    reload();
}

void ScoresArea::reload()
{
    if (m_sessionGone)
        return;
    LongOperation operation(this, tr("Scoring %1 for %2…").arg(Labels::blockShort(block())).arg(year()));
    if (auto r = m_table->load(year(), block(), operation.progress()); !r) {
        showError(ErrorText::of(r.error()));
        if (r.error().code == core::ErrorCode::Cancelled && m_table->year() != 0) {
            // The table keeps the scores it showed: the year and the block say which again.
            const QSignalBlocker yearBlocker(m_year);
            const QSignalBlocker blockBlocker(m_block);
            m_year->setValue(m_table->year());
            m_block->setCurrentIndex(m_block->findData(m_table->block()));
        }
    }
    m_methodology.reset();
    if (m_table->hasMethodology()) {
        auto m = m_session.methodologies().load(m_table->line(0).score.methodologyId);
        if (m)
            m_methodology = std::move(*m);
        else
            showError(ErrorText::of(m.error()));
    }

    // Keep the selected body; else the best.
    int row = m_selected ? m_table->rowOfBody(*m_selected) : -1;
    QModelIndex current;
    if (row >= 0)
        current = m_proxy->mapFromSource(m_table->index(row, 0));
    else if (m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    {
        const QSignalBlocker blocker(m_tableView->selectionModel());
        if (current.isValid()) {
            m_tableView->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect
                                                                        | QItemSelectionModel::Rows);
            m_tableView->viewport()->update();
            m_selected = current.data(ScoreTableModel::BodyIdRole).toLongLong();
        }
    }
    updateNote();
    updateDetails();
}

bool ScoresArea::selectBody(qint64 bodyId)
{
    const int row = m_table->rowOfBody(bodyId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
    m_tableView->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    return true;
}

bool ScoresArea::selectBody(const QString& code)
{
    const int row = m_table->rowOfCode(code);
    return row >= 0 && selectBody(m_table->line(row).body.id);
}

std::optional<qint64> ScoresArea::selectedBodyId() const
{
    return m_selected;
}

void ScoresArea::updateNote()
{
    if (!m_table->hasMethodology()) {
        m_note->setText(tr("There is no methodology of %1 for %2: nothing to score yet.")
                            .arg(Labels::blockShort(block()))
                            .arg(year()));
        m_note->setStyleSheet(WarningStyle);
        return;
    }
    const int version = m_table->version();
    QString text;
    if (m_table->isSample())
        text = m_table->isDraft() ? tr("Scored with the sample methodology, version %1 — draft: not approved yet "
                                       "(§19). Sample data, not a real evaluation.")
                                        .arg(version)
                                  : tr("Scored with the sample methodology, version %1 — approved. Sample data, "
                                       "not a real evaluation.")
                                        .arg(version);
    else
        text = m_table->isDraft()
                   ? tr("Scored with the methodology, version %1 — draft: not approved yet (§19).").arg(version)
                   : tr("Scored with the methodology, version %1 — approved.").arg(version);
    m_note->setText(text);
    if (m_table->isSample() || m_table->isDraft()) {
        m_note->setStyleSheet(WarningStyle);
    } else {
        m_note->setStyleSheet(QString());
        makeSecondary(m_note);
    }
}

void ScoresArea::updateDetails()
{
    if (m_sessionGone)
        return;
    const int row = m_selected ? m_table->rowOfBody(*m_selected) : -1;
    if (row < 0) {
        m_bodyTitle->setText(m_table->hasMethodology() ? tr("Select a body in the table.") : QString());
    } else {
        const ScoreTableModel::Line& line = m_table->line(row);
        QString title = m_table->bodyText(line.body) + u" — "_s + Labels::blockShort(block()) + u", "_s
                        + QString::number(year()) + u": "_s + ScoreTableModel::formatScore(line.score.result.score);
        if (line.score.rating)
            title += u" ("_s + line.score.rating->code + u" — "_s + line.score.rating->name.in(m_language) + u')';
        m_bodyTitle->setText(title);
    }
    updateBreakdown();
    updateCharts();
}

void ScoresArea::updateBreakdown()
{
    const int row = m_selected ? m_table->rowOfBody(*m_selected) : -1;
    if (row < 0 || !m_methodology) {
        m_breakdown->clear();
        m_footer->clear();
        return;
    }
    const ScoreTableModel::Line& line = m_table->line(row);
    m_breakdown->setScore(*m_methodology, line.score.result);
    m_breakdownView->expandAll();

    const double sum = m_breakdown->sumOfContributions();
    QString footer =
        tr("Indicators not counted (no data): %1.").arg(Labels::notCountedPolicy(m_methodology->notCounted));
    if (line.score.result.score) {
        const QString points = QLocale().toString(sum, 'f', 2);
        footer += u' ';
        footer += sum > 100.0 + 1e-9
                      ? tr("The points of the indicators add up to %1; the score is limited to 100.").arg(points)
                      : tr("The points of the indicators add up to the score: %1 ≈ %2.")
                            .arg(points, ScoreTableModel::formatScore(line.score.result.score));
    } else {
        footer += u' ' + tr("No indicator is counted: there is no score.");
    }
    if (!m_session.database().isReadOnly())
        footer += u' ' + tr("Double-click a fact (or press F2) to correct it.");
    else
        footer += u' ' + tr("The database is open read-only: values cannot be changed.");
    m_footer->setText(footer);
}

void ScoresArea::updateCharts()
{
    // The history scores every year of every block: only when its tab is shown.
    m_trendDirty = true;
    if (m_tabs->currentIndex() == HistoryTab)
        updateTrend();

    std::vector<RankingChartView::Entry> entries;
    for (const ScoreTableModel::Line& line : m_table->lines())
        if (line.score.result.score)
            entries.push_back({line.body.id, line.body.code, m_table->bodyText(line.body), *line.score.result.score});
    if (entries.empty())
        m_ranking->clear(tr("No scores for %1, %2").arg(Labels::blockShort(block())).arg(year()));
    else
        m_ranking->setRanking(std::move(entries), m_selected,
                              tr("%1, %2: ranking").arg(Labels::block(block())).arg(year()));
}

void ScoresArea::updateTrend()
{
    if (m_sessionGone || !m_trendDirty)
        return;
    m_trendDirty = false;
    const int row = m_selected ? m_table->rowOfBody(*m_selected) : -1;
    if (row < 0) {
        m_trend->clear(tr("No body selected"));
        return;
    }
    const ScoreTableModel::Line& line = m_table->line(row);
    auto history = m_session.scores().history(line.body.id);
    if (history)
        m_trend->setHistory(*history, tr("%1: scores over the years").arg(m_table->bodyText(line.body)));
    else
        m_trend->clear(ErrorText::of(history.error()));
}

bool ScoresArea::setFact(const QString& code, std::optional<double> fact, const QString& reason)
{
    const int row = m_selected ? m_table->rowOfBody(*m_selected) : -1;
    if (m_sessionGone || row < 0 || !m_methodology)
        return false;
    const core::Indicator* indicator = m_methodology->indicator(code);
    if (!indicator)
        return false;
    const int evaluatedYear = year();
    const int scoredBlock = block();
    const qint64 bodyId = *m_selected;
    core::MethodologyService& service = m_session.methodologies();
    auto values = service.values(evaluatedYear, scoredBlock);
    if (!values) {
        showError(ErrorText::of(values.error()));
        return false;
    }
    std::optional<core::IndicatorValue> stored;
    if (const auto body = values->find(bodyId); body != values->end())
        if (const auto value = body->second.find(code); value != body->second.end())
            stored = value->second;
    // A value with neither plan nor fact is removed: the undo of a first value removes it again.
    const core::IndicatorValue before = stored.value_or(core::IndicatorValue{});
    core::IndicatorValue next = before;
    if (!stored)
        next.sourceType = indicator->sourceType;
    next.fact = fact;

    RegistryController& controller = m_session.controller();
    const bool ok = controller.execute(
        tr("Change a value"), {{[&service, evaluatedYear, scoredBlock, bodyId, code, next, reason] {
                                    return service.setValue(evaluatedYear, scoredBlock, bodyId, code, next, reason);
                                },
                                [&service, evaluatedYear, scoredBlock, bodyId, code, before, reason] {
                                    return service.setValue(evaluatedYear, scoredBlock, bodyId, code, before,
                                                            RegistryController::undoReason(reason));
                                }}});
    if (!ok) {
        showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : tr("The change was refused."));
        return false;
    }
    showError({});
    m_reason->clear();
    return true;
}

void ScoresArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace ui
