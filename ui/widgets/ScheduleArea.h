// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Calendar.h"
#include "core/Error.h"
#include "core/ScheduleService.h"
#include "core/Text3.h"

#include <QWidget>

#include <array>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ui {

class DateField;
class Session;

/// The schedule of the operational evaluation of one evaluated year (§10–11, §70): the approval
/// date, the five deadlines of §10 and the results evaluation, each with its weekday and a mark
/// on non-working days; the schedule's warnings, inline validation, Save / Revert through the
/// undo stack, and a one-page A4 PDF or a printout.
class ScheduleArea final : public QWidget
{
    Q_OBJECT
public:
    /// The dates of the form, in the order they are shown.
    enum Field { Approval, Stage1, Stage2, Stage3, Stage4, Stage5, ResultsEvaluation, FieldCount };

    explicit ScheduleArea(Session& session, QWidget* parent = nullptr);
    void setLanguage(core::Language language);

    /// Shows the stored schedule of the evaluated `year` (unsaved edits are dropped).
    void setYear(int year);
    [[nodiscard]] int year() const;
    /// The schedule as it is in the form now.
    [[nodiscard]] core::Schedule schedule() const;
    /// Whether the form differs from the stored schedule.
    [[nodiscard]] bool isModified() const;
    /// Saves the form as one undoable change; false when it is invalid or refused (the error is shown).
    bool save();
    /// Puts the stored schedule back into the form.
    void revert();
    /// Re-reads the stored schedule and the calendar; keeps unsaved edits.
    void reload();
    /// Writes the schedule in the form as a one-page A4 PDF (no dialogs).
    [[nodiscard]] core::Result<void> exportPdf(const QString& path) const;

    // For tests: the parts a user works with.
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] DateField* field(Field field) const { return m_rows[field].date; }
    [[nodiscard]] DateField* stageField(core::Stage stage) const;
    [[nodiscard]] QLabel* weekdayLabel(Field field) const { return m_rows[field].weekday; }
    [[nodiscard]] bool hasMark(Field field) const;
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* revertButton() const { return m_revert; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    /// The warnings listed under the form, one sentence each.
    [[nodiscard]] const QStringList& warningTexts() const { return m_warningTexts; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* number = nullptr;
        QLabel* title = nullptr;
        QLabel* description = nullptr;
        DateField* date = nullptr;
        QLabel* mark = nullptr;
        QLabel* weekday = nullptr;
    };

    void retranslate();
    void fill(const core::Schedule& schedule);
    void updateState();
    void showError(const QString& text);
    void onExportPdfClicked();
    void onPrintClicked();
    [[nodiscard]] QString fieldName(Field field) const;
    [[nodiscard]] QString warningText(const core::ScheduleWarning& warning) const;
    [[nodiscard]] QString formatDate(QDate date) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    core::Schedule m_stored;
    core::Calendar m_calendar;
    std::optional<core::Error> m_loadError;
    QStringList m_warningTexts;

    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_yearHint;
    QLabel* m_status;
    std::array<QLabel*, 3> m_headings{};
    std::array<Row, FieldCount> m_rows{};
    QLabel* m_error;
    QLabel* m_warnings;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_exportPdf;
    QPushButton* m_print;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace ui
