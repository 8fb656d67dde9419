// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Calendar.h"
#include "core/Conclusions.h"
#include "core/Error.h"
#include "core/Reports.h"
#include "core/ScheduleService.h"
#include "core/TermService.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace ui {

class Session;

/// What is due across the years: the dates of every stored schedule (§10–11, §70), the tracked
/// terms, the bodies' reporting information (§41) per year and block — on a body's workstation,
/// its own reports — and the running appeal terms of the conclusions: the last day to object to a
/// received conclusion (§57), the decision on a pending objection (15 calendar days, §60) and the
/// last day of a complaint after the appeal procedure (§62); with the working days left from today
/// and a status.
class DeadlinesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, Subject, Due, DaysLeft, Status, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< State as int
        DueRole, ///< QDate
        DaysFromTodayRole, ///< calendar days from today to the due date (int)
        TermIdRole, ///< the tracked term's id, 0 for a date of a schedule
        SortRole, ///< what the column sorts by
        ConclusionIdRole, ///< the conclusion of an appeal term's row, 0 for the others
        YearRole, ///< the evaluated year of the row (0 for a tracked term)
    };
    enum class State { Done, Passed, Overdue, DueToday, DueSoon, Upcoming };
    /// "Soon": due within this many working days.
    static constexpr int SoonWorkingDays = 5;

    /// How far the bodies' reports of a year and block are (§41).
    struct ReportCounts
    {
        int total = 0; ///< bodies in scope
        int submitted = 0; ///< submitted at least once (also when returned since)
        int late = 0; ///< first submitted after the deadline
        QStringList notSubmitted; ///< the codes of the bodies that have not submitted
        QStringList lateBodies; ///< the codes of the bodies that submitted late
        [[nodiscard]] int notYet() const { return total - submitted; }
    };

    /// One row: a date of a schedule, a tracked term, the reporting deadline of a block, or an
    /// appeal term of a conclusion.
    struct Item
    {
        enum class Kind {
            Approval,
            Stage,
            ResultsEvaluation,
            Term,
            Reports, ///< the bodies' reports of a year and block against the reporting deadline
            OwnReport, ///< a workstation's own report of a block
            ObjectionTerm, ///< §57: the last day to object to a received conclusion
            AppealDecision, ///< §60: the decision on a pending objection, 15 calendar days
            ComplaintTerm, ///< §62: the last day to complain after the appeal procedure
        };
        Kind kind = Kind::Term;
        int year = 0; ///< the evaluated year of a schedule's date
        core::Stage stage = core::Stage::Reporting;
        bool byLaw = false; ///< the date is the deadline of the decree, not set in the schedule
        core::TrackedTerm term;
        QDate due;
        int block = 0; ///< Reports, OwnReport
        ReportCounts reports; ///< Reports
        core::Report report; ///< OwnReport
        // The appeal terms.
        qint64 conclusionId = 0;
        QString body; ///< "MOJ  Ministry of Justice"
        std::optional<core::Part> part;
        QDate event; ///< received (§57), filed (§60), the procedure's end (§62)
    };

    explicit DeadlinesModel(Session& session, QObject* parent = nullptr);

    /// Re-reads the schedules, the tracked terms, the state of the reports and the calendar.
    core::Result<void> reload();
    /// The day the working days are counted from; QDate::currentDate() unless set (tests).
    void setToday(QDate today);
    [[nodiscard]] QDate today() const { return m_today; }
    void setLanguage(core::Language language);
    [[nodiscard]] const core::Calendar& calendar() const { return m_calendar; }

    [[nodiscard]] const Item& item(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    [[nodiscard]] State state(int row) const;
    /// Working days after today up to the due date; negative when it has passed.
    [[nodiscard]] int workingDaysLeft(int row) const;
    /// The row of a tracked term, or -1.
    [[nodiscard]] int rowOfTerm(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString stateText(State state);

private:
    [[nodiscard]] QString whatText(const Item& item) const;
    [[nodiscard]] QString subjectText(const Item& item) const;
    [[nodiscard]] QString dateText(QDate date) const;
    [[nodiscard]] QString reportsToolTip(const Item& item) const;
    /// The report rows of the years whose schedule has a reporting deadline.
    [[nodiscard]] core::Result<std::vector<Item>> reportItems(const std::vector<core::Schedule>& schedules) const;
    /// The appeal terms of the conclusions of the years that have schedules or methodologies.
    [[nodiscard]] core::Result<std::vector<Item>> appealItems(const std::vector<core::Schedule>& schedules) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    QDate m_today;
    core::Calendar m_calendar;
    std::vector<Item> m_items;
};

/// The dashboard's filters: hide what is done (and the schedule's dates that have passed), and
/// show only what is overdue or due in the next 30 days.
class DeadlinesFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int NearDays = 30;

    explicit DeadlinesFilterModel(QObject* parent = nullptr);
    void setHideDone(bool hide);
    void setOnlyNear(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_hideDone = false;
    bool m_onlyNear = false;
};

} // namespace ui
