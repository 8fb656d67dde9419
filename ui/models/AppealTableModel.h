// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppealService.h"
#include "core/Text3.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace ui {

/// The appeals of a conclusion (§57–62): the kind, when filed and the last day to file, how many
/// indicators and documents, the last day of the decision (§60), the status, and a late decision.
class AppealTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Filed, FileBy, Items, Documents, DecideBy, Status, Decided, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the appeal's id (qint64)
        StatusRole, ///< core::AppealStatus as int
    };

    explicit AppealTableModel(QObject* parent = nullptr);

    void setAppeals(std::vector<core::Appeal> appeals);
    void clear() { setAppeals({}); }
    /// The day a pending decision counts as overdue from (§60); today unless set (tests).
    void setToday(QDate today);
    void setLanguage(core::Language language);
    void retranslate();

    [[nodiscard]] const std::vector<core::Appeal>& appeals() const { return m_appeals; }
    [[nodiscard]] const core::Appeal& appeal(int row) const { return m_appeals.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] int rowOf(qint64 appealId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool overdue(const core::Appeal& appeal) const;

    core::Language m_language = core::Language::English;
    QDate m_today;
    std::vector<core::Appeal> m_appeals;
};

} // namespace ui
