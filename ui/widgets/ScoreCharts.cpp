// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreCharts.h"

#include "ui/Labels.h"
#include "ui/models/ScoreTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor AlertColor(0xc6, 0x28, 0x28);
const QColor BarColor(0x6a, 0x93, 0xcf);
const QColor SelectedBarColor(0xe0, 0x7b, 0x00);
/// One colour per block, so that a block keeps its colour whichever blocks a body has.
const QColor BlockColors[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x8b, 0x57), QColor(0x8e, 0x44, 0xad)};

/// A chart that formats its numbers in the current locale.
QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    // Numbers in the interface's locale ("72,4"), but years without a group separator ("2 024").
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

/// Shows `chart` in `view`: the view takes it and lets the previous one go, which is deleted here.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* previous = view->chart();
    view->setChart(chart);
    delete previous;
}

} // namespace

// --- TrendChartView ------------------------------------------------------------------------------

TrendChartView::TrendChartView(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"trendChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

void TrendChartView::clear(const QString& message)
{
    m_trends.clear();
    m_title = message;
    rebuild();
}

void TrendChartView::setHistory(const std::vector<core::BlockTrend>& trends, const QString& title)
{
    m_trends = trends;
    m_title = title;
    rebuild();
}

void TrendChartView::rebuild()
{
    QChart* chart = newChart(m_title);
    m_lines.clear();
    m_alerts = nullptr;

    int first = INT_MAX;
    int last = INT_MIN;
    for (const core::BlockTrend& t : m_trends)
        for (const auto& [year, score] : t.scores) {
            first = std::min(first, year);
            last = std::max(last, year);
        }
    if (first > last) {
        chart->legend()->hide();
        replaceChart(this, chart);
        return;
    }

    auto* years = new QValueAxis;
    // With localized numbers Qt Charts reads formats with a precision only ("%.0f", not "%d").
    years->setLabelFormat(u"%.0f"_s);
    years->setTickType(QValueAxis::TicksDynamic);
    years->setTickAnchor(first);
    years->setTickInterval(1);
    // A little room on both sides, so that the points of the first and the last year are not cut.
    years->setRange(first - (first == last ? 1.0 : 0.25), last + (first == last ? 1.0 : 0.25));
    years->setTitleText(tr("Evaluated year"));
    auto* scores = new QValueAxis;
    scores->setRange(0, 100);
    scores->setTickCount(6);
    scores->setLabelFormat(u"%.0f"_s);
    scores->setTitleText(tr("Score"));
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(scores, Qt::AlignLeft);

    m_alerts = new QScatterSeries;
    m_alerts->setName(tr("§73: fell 2+ years in a row"));
    m_alerts->setColor(AlertColor);
    m_alerts->setBorderColor(AlertColor.darker(140));
    m_alerts->setMarkerSize(14);
    for (const core::BlockTrend& t : m_trends) {
        auto* line = new QLineSeries;
        line->setName(Labels::blockShort(t.block));
        QPen pen(BlockColors[std::clamp(t.block, 1, 3) - 1]);
        pen.setWidth(2);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (const auto& [year, score] : t.scores)
            line->append(year, score);
        for (int year : t.alerts)
            if (const auto it = t.scores.find(year); it != t.scores.end())
                m_alerts->append(year, it->second);
        chart->addSeries(line);
        line->attachAxis(years);
        line->attachAxis(scores);
        const int block = t.block;
        connect(line, &QLineSeries::hovered, this, [block](const QPointF& point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), u"%1, %2: %3"_s.arg(Labels::blockShort(block))
                                                       .arg(qRound(point.x()))
                                                       .arg(ScoreTableModel::formatScore(point.y())));
        });
        m_lines.push_back(line);
    }
    chart->addSeries(m_alerts);
    m_alerts->attachAxis(years);
    m_alerts->attachAxis(scores);
    if (m_alerts->count() == 0)
        for (QLegendMarker* marker : chart->legend()->markers(m_alerts))
            marker->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(this, chart);
}

// --- RankingChartView ----------------------------------------------------------------------------

RankingChartView::RankingChartView(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"rankingChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

void RankingChartView::clear(const QString& message)
{
    m_entries.clear();
    m_selected.reset();
    m_title = message;
    rebuild();
}

void RankingChartView::setRanking(std::vector<Entry> entries, std::optional<qint64> selected, const QString& title)
{
    if (m_series && entries == m_entries && title == m_title) {
        setSelected(selected);
        return;
    }
    m_entries = std::move(entries);
    m_selected = selected;
    m_title = title;
    rebuild();
}

void RankingChartView::setSelected(std::optional<qint64> selected)
{
    m_selected = selected;
    if (!m_series || m_series->barSets().isEmpty())
        return;
    QBarSet* set = m_series->barSets().constFirst();
    set->deselectAllBars();
    if (const int bar = selectedBar(); bar >= 0)
        set->selectBar(bar);
}

int RankingChartView::selectedBar() const
{
    if (!m_selected)
        return -1;
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].bodyId == *m_selected)
            return static_cast<int>(m_entries.size() - 1 - i); // the best is drawn at the top
    return -1;
}

void RankingChartView::rebuild()
{
    QChart* chart = newChart(m_title);
    chart->legend()->hide();
    m_series = nullptr;
    m_categories = nullptr;
    if (m_entries.empty()) {
        replaceChart(this, chart);
        return;
    }

    // A horizontal bar chart draws its first category at the bottom: the worst goes first.
    auto* set = new QBarSet(tr("Score"));
    set->setColor(BarColor);
    set->setBorderColor(BarColor.darker(130));
    set->setSelectedColor(SelectedBarColor);
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    QStringList categories;
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        set->append(it->score);
        categories << it->label;
    }
    m_series = new QHorizontalBarSeries;
    m_series->append(set);
    m_series->setBarWidth(0.75);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(u"@value"_s);
    m_series->setLabelsPrecision(3);
    chart->addSeries(m_series);

    m_categories = new QBarCategoryAxis;
    m_categories->append(categories);
    QBarCategoryAxis* bodies = m_categories;
    // Qt Charts would cut a code taller than its bar down to "...": the font follows the bars instead.
    bodies->setTruncateLabels(false);
    auto* scores = new QValueAxis;
    scores->setRange(0, 105); // room for the value labels of 100
    scores->setTickType(QValueAxis::TicksDynamic);
    scores->setTickAnchor(0);
    scores->setTickInterval(20);
    scores->setLabelFormat(u"%.0f"_s);
    scores->setTitleText(tr("Score"));
    chart->addAxis(bodies, Qt::AlignLeft);
    chart->addAxis(scores, Qt::AlignBottom);
    m_series->attachAxis(bodies);
    m_series->attachAxis(scores);

    const auto entries = m_entries;
    connect(m_series, &QHorizontalBarSeries::hovered, this, [entries](bool state, int index, QBarSet*) {
        if (!state || index < 0 || static_cast<std::size_t>(index) >= entries.size())
            return;
        const Entry& e = entries[entries.size() - 1 - static_cast<std::size_t>(index)];
        QToolTip::showText(QCursor::pos(), u"%1: %2"_s.arg(e.name, ScoreTableModel::formatScore(e.score)));
    });
    replaceChart(this, chart);
    fitLabels();
    setSelected(m_selected);
}

void RankingChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitLabels();
}

void RankingChartView::fitLabels()
{
    if (!m_categories || m_entries.empty())
        return;
    // Labels taller than their bar overlap, and Qt Charts hides every other one.
    const double plot = std::max(100.0, height() - 150.0);
    const double perBar = plot / static_cast<double>(m_entries.size());
    QFont font = m_categories->labelsFont();
    font.setPixelSize(std::clamp(static_cast<int>(perBar * 0.7), 7, 13));
    if (font != m_categories->labelsFont())
        m_categories->setLabelsFont(font);
}

} // namespace ui
