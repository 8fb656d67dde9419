// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CommissionService.h"
#include "core/Text3.h"

#include <QAbstractTableModel>

namespace ui {

/// The Commission's consolidated result of a year (§48–51): one row per evaluated body with, for
/// each block, the score, rating, rank, change from last year (▲▼) and the state of its conclusion;
/// the dates of the stages §48, §50 and §51; the §73 alerts marked.
class CommissionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The columns of one block, repeated for blocks 1–3 after Code and Name.
    enum BlockField { Score, Rating, Rank, Change, Conclusion, BlockFieldCount };
    enum Column {
        Code,
        Name,
        FirstBlockColumn,
        FirstStageColumn = FirstBlockColumn + 3 * BlockFieldCount,
        Recommendations = FirstStageColumn + core::CommissionStageCount,
        ColumnCount
    };
    enum Role {
        BodyIdRole = Qt::UserRole + 1, ///< qint64
        SortRole, ///< what the column sorts by
        AlertRole, ///< bool: a §73 alert on the row (or on the cell's block)
        ReadyRole, ///< bool: every block's conclusion is final (§48 may be recorded)
    };

    explicit CommissionTableModel(QObject* parent = nullptr);

    void setResult(core::CommissionResult result);
    [[nodiscard]] const core::CommissionResult& result() const { return m_result; }
    void setLanguage(core::Language language);
    void retranslate();

    [[nodiscard]] static int blockColumn(int block, BlockField field);
    [[nodiscard]] static int stageColumn(core::CommissionStage stage);
    [[nodiscard]] const core::CommissionRow& row(int row) const
    {
        return m_result.rows.at(static_cast<std::size_t>(row));
    }
    [[nodiscard]] int rowOf(qint64 bodyId) const;
    [[nodiscard]] int rowOf(const QString& code) const;
    /// The alerts of a body (§73), as sentences.
    [[nodiscard]] QStringList alerts(qint64 bodyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const core::CommissionRow& row, int column) const;
    [[nodiscard]] QVariant sortValue(const core::CommissionRow& row, int column) const;
    [[nodiscard]] QVariant toolTip(const core::CommissionRow& row, int column) const;
    [[nodiscard]] bool hasAlert(qint64 bodyId, int block = 0) const;

    core::Language m_language = core::Language::English;
    core::CommissionResult m_result;
};

} // namespace ui
