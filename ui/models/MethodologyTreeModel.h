// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

namespace ui {

/// The criteria of one methodology with their indicators, as a tree of two levels, over a copy
/// that the methodology area edits in memory. The weight of a criterion is shown with the sum of
/// its indicators' weights, in red when that sum is not 100. Rows with a blocking §20 problem
/// carry an error icon.
class MethodologyTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Weight, Direction, Scoring, Source, Unit, ColumnCount };

    /// Where a row is: a criterion (indicator < 0) or an indicator of a criterion.
    struct Position
    {
        int criterion = -1;
        int indicator = -1;
        [[nodiscard]] bool isIndicator() const { return indicator >= 0; }
        friend bool operator==(const Position&, const Position&) = default;
    };

    explicit MethodologyTreeModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// Shows `methodology` (a reset).
    void setMethodology(const core::Methodology& methodology);
    [[nodiscard]] const core::Methodology& methodology() const { return m_methodology; }
    void setLanguage(core::Language language);
    /// The problems whose rows get an error or warning icon.
    void setProblems(const std::vector<core::MethodologyProblem>& problems);

    [[nodiscard]] std::optional<Position> positionOf(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(Position position, int column = Code) const;
    /// The row of a criterion or indicator by its code (an indicator's code is looked up first).
    [[nodiscard]] QModelIndex indexOfCode(const QString& criterion, const QString& indicator) const;

    // Edits of the copy; each emits the signals a view needs.
    void setCriterion(int row, const core::Criterion& criterion); ///< code, name and weight; keeps the indicators
    void setIndicator(Position position, const core::Indicator& indicator);
    void setSettings(const core::Methodology& settings); ///< everything but the criteria
    QModelIndex appendCriterion(const core::Criterion& criterion);
    QModelIndex appendIndicator(int criterion, const core::Indicator& indicator);
    void remove(Position position);
    /// Moves a criterion, or an indicator within its criterion, by `delta` rows; returns where it went.
    Position move(Position position, int delta);

private:
    [[nodiscard]] QVariant criterionData(int row, int column, int role) const;
    [[nodiscard]] QVariant indicatorData(int criterion, int row, int column, int role) const;
    [[nodiscard]] QString text(const core::Text3& text) const;
    [[nodiscard]] bool inCurrentLanguage(const core::Text3& text) const;
    [[nodiscard]] int problemLevel(const QString& criterion, const QString& indicator) const;
    void emitRowChanged(Position position);
    [[nodiscard]] int rowOfKey(quintptr key) const;

    core::Methodology m_methodology;
    core::Language m_language = core::Language::English;
    std::vector<core::MethodologyProblem> m_problems;
    std::vector<quintptr> m_keys; ///< one per criterion, in their order
    quintptr m_nextKey = 1;
};

} // namespace ui
