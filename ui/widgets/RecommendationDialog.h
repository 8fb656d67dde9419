// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Conclusions.h"

class QCheckBox;
class QLabel;

namespace ui {

class Text3Editor;

/// Adds or changes a recommendation of a conclusion (§47 part 3) or of the Commission (§51): its
/// text in three languages, whether it is an order (тапсырма / поручение), and whether it is
/// withheld from publication (§52).
class RecommendationDialog final : public DialogBase
{
    Q_OBJECT
public:
    /// `recommendation` is the one changed, or a new one (id 0) with its body, year and source.
    RecommendationDialog(const core::Recommendation& recommendation, const QString& subject, QWidget* parent = nullptr);

    /// The recommendation with what was typed.
    [[nodiscard]] core::Recommendation recommendation() const;
    /// Checks the input; the problem as a sentence, or empty.
    [[nodiscard]] QString problem() const;

    // For tests.
    [[nodiscard]] Text3Editor* textEditor() const { return m_text; }
    [[nodiscard]] QCheckBox* orderCheckBox() const { return m_order; }
    [[nodiscard]] QCheckBox* confidentialCheckBox() const { return m_confidential; }

    void done(int result) override;

private:
    core::Recommendation m_recommendation;
    Text3Editor* m_text;
    QCheckBox* m_order;
    QCheckBox* m_confidential;
};

} // namespace ui
