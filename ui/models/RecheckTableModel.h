// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/RecheckService.h"
#include "core/Text3.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <vector>

namespace ui {

class Session;

/// Values selected for re-verification (§42–43), or the candidates of a preview: the body, the
/// block and indicator, the fact as reported, why it was selected, and what the re-check found.
class RecheckTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Body, Block, Indicator, ReportedFact, Reasons, Outcome, CorrectedFact, OutcomeReason, ColumnCount };
    enum Role {
        RecheckIdRole = Qt::UserRole + 1, ///< qint64 (0 for a candidate)
        OutcomeRole, ///< core::RecheckOutcome as int
        SortRole,
    };

    /// How many values are pending, confirmed and corrected.
    struct Counts
    {
        int pending = 0;
        int confirmed = 0;
        int corrected = 0;
        [[nodiscard]] int total() const { return pending + confirmed + corrected; }
    };

    explicit RecheckTableModel(Session& session, QObject* parent = nullptr);

    /// The stored selection of a year (and block).
    core::Result<void> load(int year, std::optional<int> block);
    /// Shows `rechecks` (the candidates of a preview).
    void setRechecks(int year, std::vector<core::Recheck> rechecks);
    void setLanguage(core::Language language);

    [[nodiscard]] const core::Recheck& recheck(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] const std::vector<core::Recheck>& rechecks() const { return m_rows; }
    [[nodiscard]] int rowOfRecheck(qint64 id) const;
    [[nodiscard]] Counts counts() const;
    /// "MOA  Ministry of Agriculture"
    [[nodiscard]] QString bodyText(qint64 bodyId, const QString& code) const;
    /// "G1.1  Target indicators met", or the code alone when the methodology has no such indicator.
    [[nodiscard]] QString indicatorText(int block, const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A fact in the interface's locale, "—" for none.
    [[nodiscard]] static QString formatFact(const std::optional<double>& fact);

private:
    void readNames(int year);

    Session& m_session;
    core::Language m_language = core::Language::English;
    int m_year = 0;
    std::vector<core::Recheck> m_rows;
    std::map<qint64, core::Text3> m_bodyNames;
    std::map<std::pair<int, QString>, core::Text3> m_indicatorNames;
};

} // namespace ui
