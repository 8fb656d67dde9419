// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreService.h"
#include "core/Text3.h"

#include <QChartView>

#include <optional>
#include <vector>

class QBarCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QHorizontalBarSeries;

namespace ui {

/// A body's block scores over the years: one line per block of its scope on a scale of 0–100,
/// the years on the horizontal axis, and the years of a §73 alert marked with red points.
class TrendChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChartView(QWidget* parent = nullptr);

    /// Shows `trends` (ScoreService::history) of the body named `title`.
    void setHistory(const std::vector<core::BlockTrend>& trends, const QString& title);
    void clear(const QString& message);

    // For tests.
    [[nodiscard]] const std::vector<QLineSeries*>& lines() const { return m_lines; }
    [[nodiscard]] QScatterSeries* alertSeries() const { return m_alerts; }

private:
    void rebuild();

    std::vector<core::BlockTrend> m_trends;
    QString m_title;
    std::vector<QLineSeries*> m_lines;
    QScatterSeries* m_alerts = nullptr;
};

/// The ranking of one block and year: a horizontal bar per body, best at the top, the selected
/// body highlighted.
class RankingChartView final : public QChartView
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 bodyId = 0;
        QString label; ///< shown on the axis: the body's code
        QString name; ///< shown when the bar is hovered
        double score = 0;
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    explicit RankingChartView(QWidget* parent = nullptr);

    /// `entries` best first; bodies without a score are left out by the caller. The same entries
    /// and title only move the highlight.
    void setRanking(std::vector<Entry> entries, std::optional<qint64> selected, const QString& title);
    void setSelected(std::optional<qint64> selected);
    void clear(const QString& message);

    // For tests.
    [[nodiscard]] QHorizontalBarSeries* series() const { return m_series; }
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    /// The bar of the selected body, counted from the bottom, or -1.
    [[nodiscard]] int selectedBar() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void fitLabels();

    std::vector<Entry> m_entries;
    std::optional<qint64> m_selected;
    QString m_title;
    QHorizontalBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
};

} // namespace ui
