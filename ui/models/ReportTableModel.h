// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Registry.h"
#include "core/ReportService.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace ui {

class Session;

/// The year's reports (§41): one row per body and block, with the state, the revision, the deadline
/// and, apart from the state, whether the report came in time; how much of the form is filled, its
/// errors, the remarks and the evidence.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Body, Block, State, Timeliness, Filled, Errors, Remarks, Evidence, Revision, Deadline, ColumnCount };
    enum Role {
        BodyIdRole = Qt::UserRole + 1, ///< qint64
        BlockRole, ///< int
        StateRole, ///< core::ReportState as int
        LockedRole, ///< bool
        TimelinessRole, ///< core::Timeliness as int
        DaysLateRole, ///< int
        SortRole, ///< what the column sorts by
        SearchRole, ///< the body's code and names, for the search
    };

    struct Line
    {
        core::ReportSummary summary;
        core::Body body;
    };

    explicit ReportTableModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the reports of `year`; only `bodyId`'s when given (a workstation).
    core::Result<void> load(int year, std::optional<qint64> bodyId = {});
    /// Re-reads one report's line (after a change to it) without resetting the table.
    core::Result<void> refresh(const core::ReportKey& key);
    [[nodiscard]] int year() const { return m_year; }

    void setLanguage(core::Language language);
    void retranslate();

    [[nodiscard]] const std::vector<Line>& lines() const { return m_lines; }
    [[nodiscard]] const Line& line(int row) const { return m_lines.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] int rowOf(qint64 bodyId, int block) const;
    /// The first row of a body's code in `block` (any block when 0).
    [[nodiscard]] int rowOf(const QString& code, int block) const;
    /// The body's code and short name in the current language ("MOA  Ministry of Agriculture").
    [[nodiscard]] QString bodyText(const core::Body& body) const;
    [[nodiscard]] QString bodyFullName(const core::Body& body) const;
    /// A date as the interface shows dates.
    [[nodiscard]] QString formatDate(const QDate& date) const;

private:
    [[nodiscard]] QVariant display(const Line& line, int column) const;
    [[nodiscard]] QVariant toolTip(const Line& line, int column) const;
    [[nodiscard]] QVariant sortValue(const Line& line, int column) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    int m_year = 0;
    std::vector<Line> m_lines;
    QIcon m_lock;
};

/// Sorts the reports (numbers as numbers) and filters them by state and by the body's code or name.
class ReportFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReportFilterProxyModel(QObject* parent = nullptr);
    /// Only reports in `state` (none: all).
    void setStateFilter(std::optional<core::ReportState> state);
    /// Only bodies whose code or name contains `text` (case-insensitive).
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<core::ReportState> m_state;
    QString m_search;
};

} // namespace ui
