// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RecheckService.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ui {

/// What the re-check of a value found: it is right (Confirm), or it is wrong and the fact is
/// corrected (Correct), with the finding — required for a correction — and optionally the evidence.
class RecheckDecisionDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Confirm, Correct };
    /// Asks for an evidence file to attach; empty when cancelled.
    using FileChooser = std::function<QString()>;

    RecheckDecisionDialog(Mode mode, const core::Recheck& recheck, const QString& bodyText,
                          const QString& indicatorText, const FileChooser& chooseFile, QWidget* parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    /// The finding as typed, trimmed.
    [[nodiscard]] QString finding() const;
    /// The corrected fact (none: no data); only meaningful when valid() in Correct mode.
    [[nodiscard]] std::optional<double> fact() const;
    [[nodiscard]] QString evidencePath() const;
    /// Checks the input; the problem as a sentence, or empty.
    [[nodiscard]] QString problem() const;
    void showError(const QString& text);

    // For tests.
    [[nodiscard]] QLineEdit* factLineEdit() const { return m_fact; }
    [[nodiscard]] QPlainTextEdit* findingEdit() const { return m_finding; }
    [[nodiscard]] QLineEdit* evidenceLineEdit() const { return m_evidence; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

    void done(int result) override;

private:
    Mode m_mode;
    QLineEdit* m_fact = nullptr;
    QPlainTextEdit* m_finding;
    QLineEdit* m_evidence = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_error;
};

} // namespace ui
