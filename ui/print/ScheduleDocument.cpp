// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleDocument.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int PdfResolution = 300; // dots per inch: plenty for text, small files
// Millimetres; the wider left margin leaves room for binding, as official papers do.
const QMarginsF PageMargins(25, 20, 15, 15);

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The first letter in capitals: Russian and Kazakh weekday names are lower-case in the locale.
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

std::size_t indexOf(core::Stage stage)
{
    return static_cast<std::size_t>(stage);
}

void prepare(QTextDocument& doc, QPagedPaintDevice& device, const QString& html, qreal width)
{
    doc.documentLayout()->setPaintDevice(&device); // font metrics and lengths of the device's resolution
    doc.setDefaultFont(ScheduleDocument::font());
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(width);
}

} // namespace

ScheduleDocument::ScheduleDocument(const core::Schedule& schedule, const core::Calendar& calendar,
                                   core::Language language)
    : m_schedule(schedule)
    , m_calendar(calendar)
    , m_language(language)
    , m_printedOn(QDate::currentDate())
{ }

QFont ScheduleDocument::font(qreal pointSize)
{
    QFont f(u"DejaVu Serif"_s);
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(pointSize);
    // No ligatures: "ff" stays two letters, so that the PDF's text can be searched and copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString ScheduleDocument::title(int year)
{
    return tr("Schedule of the operational evaluation of the effectiveness of state bodies for %1").arg(year);
}

QString ScheduleDocument::stageName(core::Stage stage)
{
    switch (stage) {
    case core::Stage::Reporting:
        return tr("Reporting information");
    case core::Stage::ConclusionsToBodies:
        return tr("Conclusions to the evaluated bodies");
    case core::Stage::ConclusionsToStatePlanning:
        return tr("Conclusions after the appeals");
    case core::Stage::ToWorkingBody:
        return tr("Conclusions to the Commission's working body");
    case core::Stage::ToPresident:
        return tr("Results to the President");
    }
    return {};
}

QString ScheduleDocument::stageDescription(core::Stage stage)
{
    switch (stage) {
    case core::Stage::Reporting:
        return tr("The evaluated state bodies submit reporting information on the results of the reporting year to "
                  "the authorized bodies, per block.");
    case core::Stage::ConclusionsToBodies:
        return tr("The authorized bodies send their conclusions on the results of the evaluation to the evaluated "
                  "state bodies.");
    case core::Stage::ConclusionsToStatePlanning:
        return tr("The authorized bodies send their conclusions, after the appeal procedure, to the state planning "
                  "body.");
    case core::Stage::ToWorkingBody:
        return tr("The state planning body sends the conclusions on all blocks to the working body of the "
                  "Commission.");
    case core::Stage::ToPresident:
        return tr("The Commission presents the results of the evaluation on all blocks to the President.");
    }
    return {};
}

QString ScheduleDocument::stageParagraph(core::Stage stage)
{
    // Paragraph numbers read the same in every language.
    switch (stage) {
    case core::Stage::Reporting:
        return u"§10 (1), §41"_s;
    case core::Stage::ConclusionsToBodies:
        return u"§10 (2), §46"_s;
    case core::Stage::ConclusionsToStatePlanning:
        return u"§10 (3), §57–61"_s;
    case core::Stage::ToWorkingBody:
        return u"§10 (4), §48"_s;
    case core::Stage::ToPresident:
        return u"§10 (5), §50"_s;
    }
    return {};
}

QString ScheduleDocument::weekday(QDate date, core::Language language, bool capital)
{
    if (!date.isValid())
        return {};
    const QString name = Language::localeFor(language).dayName(date.dayOfWeek(), QLocale::LongFormat);
    return capital ? capitalized(name) : name;
}

QString ScheduleDocument::dayOff(const core::DayInfo& day, core::Language language)
{
    const QString name = day.name.in(language).trimmed();
    return name.isEmpty() ? Labels::dayKind(day.kind) : Labels::dayKind(day.kind) + u": "_s + name;
}

QString ScheduleDocument::date(QDate date, core::Language language)
{
    return Language::localeFor(language).toString(date, Language::dateFormat(language));
}

QString ScheduleDocument::dateCell(QDate d) const
{
    return d.isValid() ? esc(date(d, m_language)) : u"—"_s;
}

QString ScheduleDocument::weekdayCell(QDate d) const
{
    if (!d.isValid())
        return {};
    QString cell = esc(weekday(d, m_language));
    const core::DayInfo day = m_calendar.day(d);
    if (!day.isWorking())
        cell += u"<br/><i>%1</i>"_s.arg(esc(dayOff(day, m_language)));
    return cell;
}

QString ScheduleDocument::html() const
{
    const core::Schedule& s = m_schedule;
    QString out = u"<html><body>"_s;

    // The approval stamp sits at the top right, as on the appendix to an order.
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\"></td><td>"_s;
    if (s.approvedOn.isValid())
        out += u"<b>%1</b><br/>%2"_s.arg(
            esc(tr("APPROVED")),
            esc(tr("by order of the Head of the Presidential Administration of the Republic of Kazakhstan of %1")
                    .arg(date(s.approvedOn, m_language))));
    else
        out += u"<i>%1</i>"_s.arg(esc(tr("Not approved yet: it is approved by order of the Head of the Presidential "
                                         "Administration no later than %1 (§11).")
                                          .arg(date(s.approvalDeadline(), m_language))));
    out += u"</td></tr></table>"_s;

    out += u"<p align=\"center\" style=\"margin-top: 30px; margin-bottom: 4px; font-size: 14pt; font-weight: bold;\">"
           "%1</p>"_s.arg(esc(title(s.year)));
    out += u"<p align=\"center\" style=\"margin-top: 0px; margin-bottom: 18px;\">%1</p>"_s.arg(
        esc(tr("The activity of %1 is evaluated in %2 (§9–10).").arg(s.year).arg(s.year + 1)));

    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
           "style=\"border-collapse: collapse; border-color: #000000; border-style: solid;\">"_s;
    out += u"<thead><tr style=\"background-color: #e6e6e6; font-size: 9pt;\">"
           "<th width=\"7%\">%1</th><th width=\"40%\">%2</th><th width=\"15%\">%3</th>"
           "<th width=\"15%\">%4</th><th width=\"23%\">%5</th></tr></thead>"_s.arg(
               esc(tr("No.")), esc(tr("Stage")), esc(tr("Paragraph")), esc(tr("Date")), esc(tr("Weekday")));
    for (int i = 0; i < core::StageCount; ++i) {
        const auto stage = static_cast<core::Stage>(i);
        const QDate d = s.stages[indexOf(stage)];
        out += u"<tr><td align=\"center\">%1</td><td><b>%2</b><br/>%3</td><td align=\"center\">%4</td>"
               "<td align=\"center\" style=\"white-space: nowrap;\">%5</td><td>%6</td></tr>"_s.arg(
                   QString::number(i + 1), esc(stageName(stage)), esc(stageDescription(stage)),
                   esc(stageParagraph(stage)).replace(u", "_s, u"<br/>"_s), dateCell(d), weekdayCell(d));
    }
    out += u"</table>"_s;

    // The results evaluation (§70) is not a stage of §10 but belongs to the same year's timetable.
    const QDate results = s.resultsEvaluation;
    QString when = results.isValid() ? u"<b>%1</b>"_s.arg(dateCell(results)) : esc(tr("the date is not set yet"));
    if (results.isValid()) {
        when += u", "_s + esc(weekday(results, m_language, false));
        const core::DayInfo day = m_calendar.day(results);
        if (!day.isWorking())
            when += u" (<i>%1</i>)"_s.arg(esc(dayOff(day, m_language)));
    }
    out += u"<p style=\"margin-top: 18px;\"><b>%1</b> %2. %3</p>"_s.arg(
        esc(tr("Results evaluation (§70):")), when,
        esc(tr("The Head of the Presidential Administration reports the results of the results evaluation to the "
               "President no later than %1.")
                .arg(date(s.resultsEvaluationDeadline(), m_language))));
    out += u"</body></html>"_s;
    return out;
}

QString ScheduleDocument::footer() const
{
    return tr("Printed on %1").arg(date(m_printedOn, m_language)) + u" · "_s + tr("Decree No. 954, §10–11");
}

QPageLayout ScheduleDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, PageMargins, QPageLayout::Millimeter);
}

bool ScheduleDocument::render(QPagedPaintDevice& device, bool keepPageLayout) const
{
    if (!keepPageLayout)
        device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The painter's origin is the top left corner of the printable area.
    const QRectF area(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiY()).size());

    QTextDocument foot;
    prepare(foot, device, u"<p style=\"font-size: 8pt; color: #555555;\">%1</p>"_s.arg(esc(footer())), area.width());
    const qreal footHeight = foot.size().height();
    const qreal gap = device.logicalDpiY() / 6.0; // about 4 mm between the text and the footer

    QTextDocument body;
    prepare(body, device, html(), area.width());
    const qreal available = area.height() - footHeight - gap;
    qreal scale = 1.0;
    if (body.size().height() > available) {
        // One page always: shrink rather than break the table (long Kazakh lines wrap more).
        scale = available / body.size().height();
        body.setTextWidth(area.width() / scale);
        scale = std::min(scale, available / body.size().height());
    }
    painter.save();
    painter.scale(scale, scale);
    body.drawContents(&painter);
    painter.restore();

    painter.translate(0, area.height() - footHeight);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), device.logicalDpiY() / 200.0));
    painter.drawLine(QPointF(0, -gap / 3), QPointF(area.width(), -gap / 3));
    foot.drawContents(&painter);
    return painter.end();
}

core::Result<void> ScheduleDocument::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(core::ErrorCode::CannotOpen, path + u": "_s + file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        writer.setTitle(title(m_schedule.year));
        writer.setCreator(u"Bagalau"_s);
        if (!render(writer)) {
            file.cancelWriting();
            return core::fail(core::ErrorCode::CannotOpen, path);
        }
    }
    if (!file.commit())
        return core::fail(core::ErrorCode::CannotOpen, path + u": "_s + file.errorString());
    return {};
}

} // namespace ui
