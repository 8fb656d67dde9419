// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ui {

class Text3Editor;

/// Edits one indicator of a draft methodology: code, the texts in three languages, direction,
/// weight, scoring (with its help, the scale steps or the formula checked as it is typed), cap,
/// default plan, the range of facts a report may give (empty: no limit) and §7 source type (type 7
/// cannot be chosen in the goals block). It works on a copy: edited() says that indicator() has changed.
class IndicatorEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorEditor(QWidget* parent = nullptr);

    /// Shows `indicator` of a methodology of `block` (1–3).
    void setIndicator(const core::Indicator& indicator, int block);
    /// The indicator as edited; fields that do not read as numbers keep their last valid value.
    [[nodiscard]] core::Indicator indicator() const;
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// What in the input cannot be stored as it is (a number that is not one, a smallest accepted
    /// fact above the largest, a formula muparser cannot read), as a sentence; empty when the input is fine.
    [[nodiscard]] QString inputProblem() const;
    void retranslate();

    // For tests: the parts a user works with.
    [[nodiscard]] QLineEdit* codeEdit() const { return m_code; }
    [[nodiscard]] Text3Editor* nameEditor() const { return m_name; }
    [[nodiscard]] Text3Editor* definitionEditor() const { return m_definition; }
    [[nodiscard]] Text3Editor* unitEditor() const { return m_unit; }
    [[nodiscard]] Text3Editor* verificationEditor() const { return m_verification; }
    [[nodiscard]] QComboBox* directionCombo() const { return m_direction; }
    [[nodiscard]] QDoubleSpinBox* weightSpin() const { return m_weight; }
    [[nodiscard]] QComboBox* scoringCombo() const { return m_scoring; }
    [[nodiscard]] QLabel* scoringHelpLabel() const { return m_scoringHelp; }
    [[nodiscard]] QDoubleSpinBox* capSpin() const { return m_cap; }
    [[nodiscard]] QLineEdit* planEdit() const { return m_plan; }
    [[nodiscard]] QLineEdit* minimumEdit() const { return m_minimum; }
    [[nodiscard]] QLineEdit* maximumEdit() const { return m_maximum; }
    [[nodiscard]] QLabel* rangeErrorLabel() const { return m_rangeError; }
    [[nodiscard]] QTableWidget* scaleTable() const { return m_scale; }
    [[nodiscard]] QLineEdit* formulaEdit() const { return m_formula; }
    [[nodiscard]] QLabel* formulaErrorLabel() const { return m_formulaError; }
    [[nodiscard]] QComboBox* sourceCombo() const { return m_source; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onEdited();
    void updateState();
    void updateSourceItems();
    void fillScale(const std::vector<core::ScaleStep>& steps);
    [[nodiscard]] std::optional<std::vector<core::ScaleStep>> scaleSteps() const;
    [[nodiscard]] std::optional<std::optional<double>> planValue() const;
    [[nodiscard]] std::optional<std::optional<double>> minimumValue() const;
    [[nodiscard]] std::optional<std::optional<double>> maximumValue() const;
    [[nodiscard]] QString rangeProblem() const;

    core::Indicator m_indicator; ///< as set: keeps the id and the last valid numbers
    int m_block = 1;
    bool m_readOnly = false;
    bool m_filling = false;
    int m_lastSource = 0;

    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_weightLabel;
    QDoubleSpinBox* m_weight;
    QLabel* m_nameLabel;
    Text3Editor* m_name;
    QLabel* m_definitionLabel;
    Text3Editor* m_definition;
    QLabel* m_unitLabel;
    Text3Editor* m_unit;
    QLabel* m_verificationLabel;
    Text3Editor* m_verification;
    QLabel* m_directionLabel;
    QComboBox* m_direction;
    QLabel* m_sourceLabel;
    QComboBox* m_source;
    QLabel* m_sourceHint;
    QLabel* m_scoringLabel;
    QComboBox* m_scoring;
    QLabel* m_scoringHelp;
    QLabel* m_capLabel;
    QDoubleSpinBox* m_cap;
    QLabel* m_planLabel;
    QLineEdit* m_plan;
    QLabel* m_planError;
    QLabel* m_minimumLabel;
    QLineEdit* m_minimum;
    QLabel* m_maximumLabel;
    QLineEdit* m_maximum;
    QLabel* m_rangeError;
    QWidget* m_scaleBox;
    QLabel* m_scaleLabel;
    QTableWidget* m_scale;
    QPushButton* m_addStep;
    QPushButton* m_removeStep;
    QWidget* m_formulaBox;
    QLabel* m_formulaLabel;
    QLineEdit* m_formula;
    QLabel* m_formulaError;
};

} // namespace ui
