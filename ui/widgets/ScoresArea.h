// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"
#include "core/Text3.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace ui {

class RankingChartView;
class ScoreBreakdownModel;
class ScoreSortProxyModel;
class ScoreTableModel;
class Session;
class TrendChartView;

/// The scores of one block and year: the bodies ranked, with rating, statuses, trend and the §73
/// alert; for the selected body, how its score comes about down to each indicator (a fact can be
/// corrected there: late data re-scores at once, undoably), its scores over the years and its place
/// in the ranking.
class ScoresArea final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { BreakdownTab, HistoryTab, RankingTab };

    explicit ScoresArea(Session& session, QWidget* parent = nullptr);
    void setLanguage(core::Language language);

    void setYear(int year);
    [[nodiscard]] int year() const;
    void setBlock(int block);
    [[nodiscard]] int block() const;
    /// Re-scores from the current data, keeping the selected body. A long scoring shows its
    /// progress (LongOperation); cancelled, the table keeps the scores it showed, and the year and
    /// block go back to theirs.
    void reload();

    /// Selects a body of the table; false when it is not there.
    bool selectBody(qint64 bodyId);
    bool selectBody(const QString& code);
    [[nodiscard]] std::optional<qint64> selectedBodyId() const;

    /// Changes the fact of an indicator of the selected body (none: no data) as one undoable change;
    /// false when refused (the error is shown).
    bool setFact(const QString& code, std::optional<double> fact, const QString& reason = {});

    /// The latest year with a methodology or values up to the year evaluated now (the current year − 1).
    [[nodiscard]] static int defaultYear(Session& session);

    // For tests: the parts a user works with.
    [[nodiscard]] ScoreTableModel* tableModel() const { return m_table; }
    [[nodiscard]] ScoreSortProxyModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView* tableView() const { return m_tableView; }
    [[nodiscard]] ScoreBreakdownModel* breakdownModel() const { return m_breakdown; }
    [[nodiscard]] QTreeView* breakdownView() const { return m_breakdownView; }
    [[nodiscard]] TrendChartView* trendChart() const { return m_trend; }
    [[nodiscard]] RankingChartView* rankingChart() const { return m_ranking; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QComboBox* blockComboBox() const { return m_block; }
    [[nodiscard]] QLabel* noteLabel() const { return m_note; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* footerLabel() const { return m_footer; }
    [[nodiscard]] QLabel* bodyLabel() const { return m_bodyTitle; }
    [[nodiscard]] QLineEdit* reasonLineEdit() const { return m_reason; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void updateNote();
    void updateDetails();
    void updateBreakdown();
    void updateCharts();
    void updateTrend();
    void showError(const QString& text);

    Session& m_session;
    core::Language m_language = core::Language::English;
    ScoreTableModel* m_table;
    ScoreSortProxyModel* m_proxy;
    ScoreBreakdownModel* m_breakdown;
    std::optional<qint64> m_selected;
    std::optional<core::Methodology> m_methodology; ///< of the scores shown
    bool m_trendDirty = true; ///< the history chart waits for its tab
    bool m_sessionGone = false; ///< the session closed before this area (the main window's destruction)

    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_blockLabel;
    QComboBox* m_block;
    QLabel* m_note;
    QLabel* m_error;
    QSplitter* m_splitter;
    QTableView* m_tableView;
    QLabel* m_bodyTitle;
    QTabWidget* m_tabs;
    QTreeView* m_breakdownView;
    QLabel* m_footer;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    TrendChartView* m_trend;
    RankingChartView* m_ranking;
};

} // namespace ui
