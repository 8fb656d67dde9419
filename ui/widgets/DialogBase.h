// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace ui {

/// A dialog with a body, a reason for the audit trail, an inline error line and OK / Cancel.
/// The caller checks the values after exec() and calls showError() to keep the dialog open.
class DialogBase : public QDialog
{
    Q_OBJECT
public:
    explicit DialogBase(QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    void showError(const QString& text);

protected:
    [[nodiscard]] QVBoxLayout* body() const { return m_body; }

private:
    QVBoxLayout* m_body;
    QLineEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ui
