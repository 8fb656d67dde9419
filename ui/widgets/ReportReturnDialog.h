// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <map>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace ui {

class ReportFormModel;

/// Returns a submitted report for revision: the reason, which the body sees (required), and a remark
/// per indicator in a table of the form's lines (the remarks of an earlier return are filled in).
class ReportReturnDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { Code, Name, Fact, Remark, ColumnCount };

    ReportReturnDialog(const ReportFormModel& form, const QString& title, QWidget* parent = nullptr);

    [[nodiscard]] QString returnReason() const;
    void setReturnReason(const QString& text);
    /// The remarks typed, by indicator code (empty ones left out).
    [[nodiscard]] std::map<QString, QString> remarks() const;
    /// Types a remark on a line; false when the form has no such line.
    bool setRemark(const QString& code, const QString& remark);
    void showError(const QString& text);

    [[nodiscard]] QTableWidget* remarksTable() const { return m_table; }
    [[nodiscard]] QPlainTextEdit* reasonEdit() const { return m_reason; }

    /// Refuses to close without a reason.
    void accept() override;

private:
    QPlainTextEdit* m_reason;
    QTableWidget* m_table;
    QLabel* m_error;
};

} // namespace ui
