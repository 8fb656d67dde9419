// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Calendar.h"
#include "core/TermService.h"
#include "core/Text3.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ui {

class DeadlinesFilterModel;
class DeadlinesModel;
class Session;

/// A dashboard of what is due across the years: the dates of every stored schedule, the tracked
/// terms, the bodies' reports and the running appeal terms of the conclusions (§57, §60, §62), with
/// the working days left and a status; filters; adding a term, marking it done and removing it,
/// each undoable. Activating an appeal term's row shows its conclusion.
class DeadlinesArea final : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinesArea(Session& session, QWidget* parent = nullptr);
    void setLanguage(core::Language language);

    /// The day the working days are counted from; QDate::currentDate() unless set (tests).
    void setToday(QDate today);
    /// Re-reads the schedules, the terms and the calendar.
    void reload();

    /// Each is one undoable change; false when refused (the error is shown).
    bool addTerm(const core::TrackedTerm& term, const QString& reason = {});
    bool setTermDone(qint64 id, bool done, const QString& reason = {});
    bool removeTerm(qint64 id, const QString& reason = {});

    // For tests: the parts a user works with.
    [[nodiscard]] DeadlinesModel* model() const { return m_model; }
    [[nodiscard]] DeadlinesFilterModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QCheckBox* hideDoneCheckBox() const { return m_hideDone; }
    [[nodiscard]] QCheckBox* onlyNearCheckBox() const { return m_onlyNear; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    /// An appeal term's row was activated: its conclusion is to be shown.
    void conclusionActivated(int year, qint64 conclusionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateSummary();
    void showError(const QString& text);
    [[nodiscard]] std::optional<qint64> selectedTermId() const;
    void onAddTermClicked();
    void onMarkDoneClicked();
    void onRemoveClicked();

    Session& m_session;
    core::Language m_language = core::Language::English;
    DeadlinesModel* m_model;
    DeadlinesFilterModel* m_proxy;
    QLabel* m_today;
    QCheckBox* m_hideDone;
    QCheckBox* m_onlyNear;
    QLabel* m_summary;
    QTableView* m_view;
    QLabel* m_error;
    QPushButton* m_addTerm;
    QPushButton* m_markDone;
    QPushButton* m_remove;
};

/// Adds a tracked term: a title, the event, N working or calendar days, and the last day computed
/// live from the calendar (CALENDAR.md §5).
class AddTermDialog final : public DialogBase
{
    Q_OBJECT
public:
    AddTermDialog(const core::Calendar& calendar, core::Language language, QDate event, QWidget* parent = nullptr);

    [[nodiscard]] core::TrackedTerm term() const;
    /// The last day as computed now (TermService::dueDate).
    [[nodiscard]] QDate due() const;

    // For tests.
    [[nodiscard]] QLineEdit* titleEdit() const { return m_title; }
    [[nodiscard]] QDateEdit* eventEdit() const { return m_event; }
    [[nodiscard]] QSpinBox* daysSpinBox() const { return m_days; }
    [[nodiscard]] QComboBox* kindComboBox() const { return m_kind; }
    [[nodiscard]] QComboBox* presetComboBox() const { return m_preset; }
    [[nodiscard]] QLabel* dueLabel() const { return m_due; }

private:
    void applyPreset(int index);
    void updateDue();

    const core::Calendar& m_calendar;
    core::Language m_language;
    QComboBox* m_preset;
    QLineEdit* m_title;
    QDateEdit* m_event;
    QSpinBox* m_days;
    QComboBox* m_kind;
    QLabel* m_due;
};

} // namespace ui
