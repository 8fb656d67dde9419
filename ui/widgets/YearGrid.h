// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Calendar.h"

#include <QWidget>

namespace ui {

/// Twelve month grids of one year, each day coloured by what it is (working, weekend, holiday,
/// moved day off, religious day off, transfer) with the reason in its tool tip.
class YearGrid final : public QWidget
{
    Q_OBJECT
public:
    explicit YearGrid(QWidget* parent = nullptr);

    void setCalendar(const core::Calendar* calendar, int year, core::Language language);
    void setSelectedDate(QDate date);
    [[nodiscard]] QDate selectedDate() const { return m_selected; }
    /// The date under a point, or a null date.
    [[nodiscard]] QDate dateAt(QPoint point) const;
    [[nodiscard]] static QColor colorOf(core::DayKind kind);
    /// "Holiday: Nauryz", "Day off for Nauryz (21.03.2026)", …
    [[nodiscard]] static QString describe(const core::DayInfo& day, core::Language language);

    QSize sizeHint() const override { return {900, 560}; }
    QSize minimumSizeHint() const override { return {640, 420}; }

Q_SIGNALS:
    void dateSelected(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QRect monthRect(int month) const;
    [[nodiscard]] QRect dayRect(int month, QDate date) const;

    const core::Calendar* m_calendar = nullptr;
    int m_year = 2026;
    core::Language m_language = core::Language::English;
    QDate m_selected;
};

} // namespace ui
