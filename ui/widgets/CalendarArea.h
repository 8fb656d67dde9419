// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Calendar.h"
#include "core/CalendarService.h"
#include "core/TermService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ui {

class Session;
class YearGrid;

/// The working-day calendar of one year: a month grid with a legend and the reason of each day,
/// the year's own data (transfers, Kurban Ait, one-off holidays) to add to and remove, CSV import
/// and export, and whether the year is confirmed. Every change can be undone; running terms that a
/// change moves are listed.
class CalendarArea final : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarArea(Session& session, QWidget* parent = nullptr);
    void setLanguage(core::Language language);

    void setYear(int year);
    [[nodiscard]] int year() const;
    [[nodiscard]] const core::Calendar& calendar() const { return m_calendar; }
    [[nodiscard]] YearGrid* grid() const { return m_grid; }
    /// The terms the last change moved, as shown to the user.
    [[nodiscard]] const std::vector<core::MovedTerm>& lastMoved() const { return m_lastMoved; }

    // Changes, as the buttons make them (public for tests and scripting).
    bool addTransfer(const core::Transfer& transfer, const QString& reason);
    bool addDatedDay(const core::DatedDay& day, const QString& reason);
    bool setKurbanAit(QDate date, const QString& reason);
    bool removeDataRow(int row, const QString& reason);
    bool importCsv(const QString& csv, const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();
    void showSelected();
    void showMoved();
    void onAddTransfer();
    void onAddHoliday();
    void onSetKurbanAit();
    void onImport();
    void onExport();
    /// One undoable change; `redo` and `undo` get the id of the record they concern and update it.
    bool change(const QString& text, std::function<core::Result<core::CalendarChange>(qint64& id)> redo,
                std::function<core::Result<core::CalendarChange>(qint64& id)> undo, qint64 id = 0);

    Session& m_session;
    core::Language m_language = core::Language::English;
    core::Calendar m_calendar;
    std::vector<core::MovedTerm> m_lastMoved;

    QSpinBox* m_year;
    QLabel* m_yearLabel;
    QLabel* m_unconfirmed;
    QPushButton* m_confirm;
    YearGrid* m_grid;
    QLabel* m_legend;
    QLabel* m_selected;
    QLabel* m_moved;
    QLabel* m_error;
    QLabel* m_dataLabel;
    QTableWidget* m_data;
    QPushButton* m_addTransfer;
    QPushButton* m_addHoliday;
    QPushButton* m_kurbanAit;
    QPushButton* m_remove;
    QPushButton* m_import;
    QPushButton* m_export;
};

} // namespace ui
