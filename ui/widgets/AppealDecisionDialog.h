// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/AppealService.h"
#include "core/Conclusions.h"

#include <QDate>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace ui {

class Text3Editor;

/// Decides a pending objection (§60–61) or complaint (§62): every indicator accepted — with the
/// corrected fact — or rejected, each with its reason; the decision's reasons in three languages
/// and its date, against the last day of the 15 calendar days (a late decision is recorded and
/// shown as late). An accepted item makes a corrected version of the conclusion.
class AppealDecisionDialog final : public DialogBase
{
    Q_OBJECT
public:
    enum Column { Indicator, Argument, Requested, CurrentFact, Decision, NewFact, Reason, ColumnCount };

    /// `lines`: the conclusion's indicators (names, current facts); `commissionNote`: who decides.
    AppealDecisionDialog(const core::Appeal& appeal, const QString& subject,
                         const std::vector<core::ConclusionLine>& lines, const QString& commissionNote,
                         core::Language language, QWidget* parent = nullptr);

    [[nodiscard]] std::vector<core::ItemDecision> decisions() const;
    [[nodiscard]] core::Text3 decisionReason() const;
    [[nodiscard]] QDate decidedOn() const;

    /// Sets one item's decision (row of the table, as the appeal lists them).
    void setDecision(int row, bool accepted, const QString& reason, const QString& newFact = {});
    void setDecidedOn(QDate date);
    void setDecisionReason(const core::Text3& reason);

    // For tests.
    [[nodiscard]] QTableWidget* itemsTable() const { return m_items; }
    [[nodiscard]] Text3Editor* reasonEditor() const { return m_reason; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }
    [[nodiscard]] QLabel* termLabel() const { return m_term; }

    /// Accepting checks that the reasons are given and the new facts are numbers.
    void done(int result) override;

private:
    void updateTerm();
    void updateSummary();
    [[nodiscard]] QComboBox* decisionCombo(int row) const;

    core::Appeal m_appeal;
    core::Language m_language;
    QTableWidget* m_items;
    Text3Editor* m_reason;
    QDateEdit* m_date;
    QLabel* m_term;
    QLabel* m_summary;
};

} // namespace ui
