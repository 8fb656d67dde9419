// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"
#include "core/Scoring.h"

#include <QAbstractItemModel>

#include <functional>
#include <optional>
#include <vector>

namespace ui {

/// How a body's block score comes about: the criteria of the methodology, each with its
/// indicators (weight, plan, fact, status — with why an indicator is not counted —, score and
/// contribution in points). The contributions add up to the score. A fact can be edited when an editor is set.
class ScoreBreakdownModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Weight, Plan, Fact, Unit, Status, Score, Contribution, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< the criterion's or indicator's code
        IsIndicatorRole, ///< bool
        StatusRole, ///< core::Status as int (indicators)
        ContributionRole, ///< double: points added to the block score
        ScoreRole, ///< double, invalid when not counted
    };
    /// Stores a new fact (none: no data); false when it was refused.
    using FactEditor = std::function<bool(const QString& code, std::optional<double> fact)>;

    explicit ScoreBreakdownModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// A fact given as a number, or as text in the current locale ("12,5"); empty: no data.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Shows the breakdown of `result`, scored with `methodology`.
    void setScore(const core::Methodology& methodology, const core::BlockScore& result);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_criteria.empty(); }
    /// Facts are editable only with an editor (none: read only).
    void setFactEditor(FactEditor editor);
    void setLanguage(core::Language language);
    void retranslate();

    [[nodiscard]] const core::BlockScore& result() const { return m_result; }
    [[nodiscard]] const core::Methodology& methodology() const { return m_methodology; }
    /// The index of an indicator's column, or invalid.
    [[nodiscard]] QModelIndex indicatorIndex(const QString& code, int column) const;
    /// The sum of the indicators' contributions (what the score is made of).
    [[nodiscard]] double sumOfContributions() const;

    /// A number as short as it can be in the current locale ("12,5", "1 200").
    [[nodiscard]] static QString formatNumber(double value);

Q_SIGNALS:
    /// The text typed as a fact is not a number.
    void inputRejected(const QString& text);

private:
    struct CriterionRow
    {
        const core::CriterionScore* score = nullptr;
        const core::Criterion* criterion = nullptr;
        std::vector<const core::IndicatorScore*> indicators;
    };

    [[nodiscard]] QVariant criterionData(const CriterionRow& row, int column, int role) const;
    [[nodiscard]] QVariant indicatorData(const core::IndicatorScore& s, int column, int role) const;
    [[nodiscard]] QString noteText(const core::IndicatorScore& s) const;
    void rebuild();
    void allDataChanged();

    core::Language m_language = core::Language::English;
    core::Methodology m_methodology;
    core::BlockScore m_result;
    std::vector<CriterionRow> m_criteria;
    FactEditor m_editor;
};

} // namespace ui
