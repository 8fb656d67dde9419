// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Methodology.h"

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace core {
class MethodologyService;
}

namespace ui {

class DateField;

/// §19: records who approved a draft methodology (the act) and when, and when it was agreed with the
/// state planning body and the Commission's working body. It lists what the §20 checks find with
/// this record; OK stays disabled while any of them is an error.
class ApprovalDialog final : public DialogBase
{
    Q_OBJECT
public:
    ApprovalDialog(const core::MethodologyService& service, const core::Methodology& methodology,
                   core::Language language, QWidget* parent = nullptr);

    [[nodiscard]] core::Approval approval() const;
    /// The problems of the methodology with the approval as entered now.
    [[nodiscard]] const std::vector<core::MethodologyProblem>& problems() const { return m_problems; }
    [[nodiscard]] bool hasBlockingProblems() const;

    // For tests: the parts a user works with.
    [[nodiscard]] QLineEdit* approvedByEdit() const { return m_approvedBy; }
    [[nodiscard]] DateField* approvedOnField() const { return m_approvedOn; }
    [[nodiscard]] DateField* agreedStatePlanningField() const { return m_agreedStatePlanning; }
    [[nodiscard]] DateField* agreedWorkingBodyField() const { return m_agreedWorkingBody; }
    [[nodiscard]] QListWidget* problemsList() const { return m_list; }
    [[nodiscard]] QLabel* blockingLabel() const { return m_blocking; }
    [[nodiscard]] QPushButton* okButton() const { return m_ok; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void recheck();
    void setOkText();

    const core::MethodologyService& m_service;
    core::Methodology m_methodology;
    std::vector<core::MethodologyProblem> m_problems;

    QLineEdit* m_approvedBy;
    DateField* m_approvedOn;
    DateField* m_agreedStatePlanning;
    DateField* m_agreedWorkingBody;
    QListWidget* m_list;
    QLabel* m_blocking;
    QPushButton* m_ok = nullptr;
};

} // namespace ui
