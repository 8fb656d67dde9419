// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RecheckService.h"

#include <QWidget>

#include <array>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace ui {

/// The risk criteria of a year (§42–43): each of the five kinds on or off, with its percentage
/// where it has one (a large change, the random share).
class RecheckCriteriaEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RecheckCriteriaEditor(QWidget* parent = nullptr);

    /// Shows `criteria`; kinds not in it are shown off.
    void setCriteria(const std::vector<core::RiskCriterion>& criteria);
    /// The five criteria as edited, in the order of core::RiskKind.
    [[nodiscard]] std::vector<core::RiskCriterion> criteria() const;
    void setReadOnly(bool readOnly);

    [[nodiscard]] QCheckBox* checkBox(core::RiskKind kind) const { return m_enabled[index(kind)]; }
    /// Null for a kind without a parameter.
    [[nodiscard]] QDoubleSpinBox* spinBox(core::RiskKind kind) const { return m_parameter[index(kind)]; }

Q_SIGNALS:
    /// The user changed a criterion.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    static std::size_t index(core::RiskKind kind) { return static_cast<std::size_t>(kind); }
    void retranslate();
    void updateEnabled();

    bool m_loading = false;
    std::array<QCheckBox*, core::RiskKindCount> m_enabled{};
    std::array<QDoubleSpinBox*, core::RiskKindCount> m_parameter{};
    std::array<QLabel*, core::RiskKindCount> m_help{};
};

} // namespace ui
