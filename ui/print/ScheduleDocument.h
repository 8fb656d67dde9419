// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Calendar.h"
#include "core/Error.h"
#include "core/ScheduleService.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QPageLayout>

class QPagedPaintDevice;

namespace ui {

/// The schedule of the operational evaluation of one evaluated year (§10–11, §70) as a one-page
/// A4 document, for the GUI and the command-line tool (Qt Gui only, no widgets).
///
/// The document's sentences come from the installed translation (ui::Language::apply), the
/// holiday names, weekdays and date formats from `language`: the caller installs the
/// translation of the language it passes, as the GUI and the command-line tool do.
class ScheduleDocument
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleDocument)
public:
    ScheduleDocument(const core::Schedule& schedule, const core::Calendar& calendar, core::Language language);

    /// The date printed in the footer; today unless set.
    void setPrintedOn(QDate date) { m_printedOn = date; }

    /// "Schedule of the operational evaluation of the effectiveness of state bodies for 2025"
    [[nodiscard]] static QString title(int year);
    /// The document as HTML for QTextDocument, without the footer.
    [[nodiscard]] QString html() const;
    /// The footer line: the print date and the paragraphs the document rests on.
    [[nodiscard]] QString footer() const;

    /// A4 portrait with the document's margins.
    [[nodiscard]] static QPageLayout pageLayout();
    /// Paints the document on the current page of `device`, scaled down if needed to fit one page.
    /// Sets the page to A4 portrait with the document's margins unless `keepPageLayout` (a printer
    /// whose layout the user chose). False when painting could not start.
    bool render(QPagedPaintDevice& device, bool keepPageLayout = false) const;
    /// Writes the document to `path` as a one-page A4 PDF; the file is replaced only when complete.
    /// CannotOpen with the path when the file cannot be written.
    [[nodiscard]] core::Result<void> writePdf(const QString& path) const;

    // Texts of the schedule, shared with the GUI.
    /// "Reporting information", "Conclusions to the evaluated bodies", …
    [[nodiscard]] static QString stageName(core::Stage stage);
    /// What the deadline is for, in one sentence (§10).
    [[nodiscard]] static QString stageDescription(core::Stage stage);
    /// "§10 (1), §41": the item of §10 and the paragraph of the procedure.
    [[nodiscard]] static QString stageParagraph(core::Stage stage);
    /// The weekday of `date` in `language`: "Monday", "Дүйсенбі", "Понедельник"; within a
    /// sentence (`capital` false) as the language writes it there: "Monday", "дүйсенбі", "понедельник".
    [[nodiscard]] static QString weekday(QDate date, core::Language language, bool capital = true);
    /// Why a day is not a working day: "Weekend", "Holiday: Наурыз мейрамы".
    [[nodiscard]] static QString dayOff(const core::DayInfo& day, core::Language language);
    /// The date as shown in `language`: "24.11.2026" or "24 Nov 2026".
    [[nodiscard]] static QString date(QDate date, core::Language language);
    /// The document's serif font: DejaVu Serif covers every Kazakh letter (ә ғ қ ң ө ұ ү һ і).
    [[nodiscard]] static QFont font(qreal pointSize = 10.5);

private:
    [[nodiscard]] QString dateCell(QDate date) const;
    [[nodiscard]] QString weekdayCell(QDate date) const;

    core::Schedule m_schedule;
    core::Calendar m_calendar;
    core::Language m_language;
    QDate m_printedOn;
};

} // namespace ui
