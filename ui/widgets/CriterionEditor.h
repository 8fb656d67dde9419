// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace ui {

class Text3Editor;

/// Edits one criterion of a draft methodology: code, weight in the block and name in three
/// languages, with the sum of its indicators' weights. edited() says that criterion() has changed.
class CriterionEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CriterionEditor(QWidget* parent = nullptr);

    /// Shows `criterion` (its indicators give the sum of their weights).
    void setCriterion(const core::Criterion& criterion);
    /// The criterion as edited, with the indicators of the one set.
    [[nodiscard]] core::Criterion criterion() const;
    void setReadOnly(bool readOnly);
    void retranslate();

    [[nodiscard]] QLineEdit* codeEdit() const { return m_code; }
    [[nodiscard]] QDoubleSpinBox* weightSpin() const { return m_weight; }
    [[nodiscard]] Text3Editor* nameEditor() const { return m_name; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSum();

    core::Criterion m_criterion;
    bool m_filling = false;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_weightLabel;
    QDoubleSpinBox* m_weight;
    QLabel* m_nameLabel;
    Text3Editor* m_name;
    QLabel* m_sum;
};

} // namespace ui
