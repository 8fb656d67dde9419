// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Registry.h"
#include "core/ScoreService.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace ui {

class Session;

/// The scores of one block and year, one evaluated body per row, best first: rank, score, rating
/// band, the indicators by status, the trend against the previous year and the §73 alert.
class ScoreTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Body, Score, Trend, Alert, Rating, Full, Partial, NotAchieved, NotCounted, ColumnCount };
    enum Role {
        BodyIdRole = Qt::UserRole + 1, ///< qint64
        SortRole, ///< what the column sorts by: numbers for numbers, no score last
        ScoreRole, ///< double, invalid without a score
        TrendRole, ///< int: 1 up, -1 down, 0 the same; invalid without last year's score
        AlertRole, ///< bool: a §73 alert in this year
    };

    /// One line: a body's score with last year's and its §73 alert.
    struct Line
    {
        core::BodyScore score;
        core::Body body;
        int rank = 0; ///< 1 for the best; equal scores share a rank; 0 without a score
        std::optional<double> previous; ///< last year's score in the block
        std::optional<core::DeclineAlert> alert;
    };

    explicit ScoreTableModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Scores `block` in `year` from the current data, with the two years before it for the trend
    /// and the §73 alerts. `progress` counts the bodies scored over the three years; stopping it
    /// fails with Cancelled and leaves the model as it was.
    core::Result<void> load(int year, int block, const core::Progress& progress = {});
    core::Result<void> reload() { return load(m_year, m_block); }
    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int block() const { return m_block; }

    void setLanguage(core::Language language);
    void retranslate();

    [[nodiscard]] const std::vector<Line>& lines() const { return m_lines; }
    [[nodiscard]] const Line& line(int row) const { return m_lines.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] int rowOfBody(qint64 bodyId) const;
    [[nodiscard]] int rowOfCode(const QString& code) const;
    /// The body's code and short name in the current language ("MOA  Ministry of Agriculture").
    [[nodiscard]] QString bodyText(const core::Body& body) const;
    /// The methodology the scores come from: none when the block has none this year.
    [[nodiscard]] bool hasMethodology() const { return !m_lines.empty(); }
    [[nodiscard]] bool isDraft() const { return !m_lines.empty() && m_lines.front().score.draft; }
    [[nodiscard]] bool isSample() const { return !m_lines.empty() && m_lines.front().score.sample; }
    [[nodiscard]] int version() const { return m_lines.empty() ? 0 : m_lines.front().score.version; }

    /// A score with one decimal in the current locale: "72,4"; "—" for none.
    [[nodiscard]] static QString formatScore(const std::optional<double>& score);

private:
    [[nodiscard]] QVariant display(const Line& line, int column) const;
    [[nodiscard]] QVariant toolTip(const Line& line, int column) const;
    [[nodiscard]] QVariant sortValue(const Line& line, int column) const;
    [[nodiscard]] std::optional<int> trend(const Line& line) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    int m_year = 0;
    int m_block = 1;
    std::vector<Line> m_lines;
};

/// Sorts the score table by numbers where the column holds numbers; lines without a score stay last.
class ScoreSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScoreSortProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace ui
