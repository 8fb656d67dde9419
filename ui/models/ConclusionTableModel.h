// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Conclusions.h"
#include "core/Error.h"
#include "core/Registry.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <vector>

namespace ui {

class Session;

/// The conclusions of a year (§46–47): one row per body and block (or part), with the authorized
/// body that wrote it, its state, the latest version, when it was sent and received, the last day
/// to object (§57) and its appeals.
class ConclusionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Body, BlockPart, Author, State, Version, Sent, Received, AppealLastDay, Appeals, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the conclusion's id (qint64)
        StateRole, ///< core::ConclusionState as int
        SortRole, ///< what the column sorts by
        SearchRole, ///< the body's code and names, for the search
    };

    struct Line
    {
        core::Conclusion conclusion;
        int appeals = 0;
        int pendingAppeals = 0;
    };

    explicit ConclusionTableModel(Session& session, QObject* parent = nullptr);

    /// Reads the conclusions of `year` (one block when given), their appeals and the bodies' names.
    core::Result<void> load(int year, std::optional<int> block = {});
    /// Re-reads one conclusion's line (after a change to it) without resetting the table.
    core::Result<void> refresh(qint64 conclusionId);
    [[nodiscard]] int year() const { return m_year; }

    void setLanguage(core::Language language);
    void retranslate();

    [[nodiscard]] const std::vector<Line>& lines() const { return m_lines; }
    [[nodiscard]] const Line& line(int row) const { return m_lines.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] int rowOf(qint64 conclusionId) const;
    /// The row of a body's code and block (the whole block's conclusion first), or -1.
    [[nodiscard]] int rowOf(const QString& code, int block) const;
    /// "MOJ  Ministry of Justice": the code and the short name at the end of the year.
    [[nodiscard]] QString bodyText(qint64 bodyId) const;
    /// The short name at the end of the year, in the interface's language.
    [[nodiscard]] QString bodyName(qint64 bodyId) const;
    [[nodiscard]] const std::map<qint64, core::Body>& bodies() const { return m_bodies; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const Line& line, int column) const;
    [[nodiscard]] QVariant sortValue(const Line& line, int column) const;
    [[nodiscard]] core::Result<void> countAppeals(std::vector<Line>& lines) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    int m_year = 0;
    std::optional<int> m_block;
    std::vector<Line> m_lines;
    std::map<qint64, core::Body> m_bodies;
};

} // namespace ui
