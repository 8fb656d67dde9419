// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearGrid.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
constexpr int Columns = 4;
constexpr int Rows = 3;
constexpr int Margin = 8;
} // namespace

YearGrid::YearGrid(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"yearGrid"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearGrid::setCalendar(const core::Calendar* calendar, int year, core::Language language)
{
    m_calendar = calendar;
    m_year = year;
    m_language = language;
    update();
}

void YearGrid::setSelectedDate(QDate date)
{
    m_selected = date;
    update();
}

QColor YearGrid::colorOf(core::DayKind kind)
{
    switch (kind) {
    case core::DayKind::Working:
        return QColor(0xff, 0xff, 0xff);
    case core::DayKind::Weekend:
        return QColor(0xe3, 0xe6, 0xea);
    case core::DayKind::Holiday:
        return QColor(0xf2, 0x8b, 0x82);
    case core::DayKind::Moved:
        return QColor(0xfd, 0xd6, 0x63);
    case core::DayKind::Religious:
        return QColor(0xd7, 0xae, 0xfb);
    case core::DayKind::TransferOff:
        return QColor(0x8a, 0xb4, 0xf8);
    case core::DayKind::TransferWork:
        return QColor(0x81, 0xc9, 0x95);
    }
    return Qt::white;
}

QString YearGrid::describe(const core::DayInfo& day, core::Language language)
{
    const QString name = day.name.in(language);
    const QString related = QLocale().toString(day.relatedDate, Language::dateFormat(language));
    switch (day.kind) {
    case core::DayKind::Working:
    case core::DayKind::Weekend:
        return Labels::dayKind(day.kind);
    case core::DayKind::Holiday:
    case core::DayKind::Religious:
        return Labels::dayKind(day.kind) + u": "_s + name;
    case core::DayKind::Moved:
        return tr("Day off for %1 on %2 (weekend rule)").arg(name, related);
    case core::DayKind::TransferOff:
        return tr("Day off by transfer; %1 is worked instead").arg(related)
               + (name.isEmpty() ? QString() : u" — "_s + name);
    case core::DayKind::TransferWork:
        return tr("Working day by transfer, for the day off on %1").arg(related)
               + (name.isEmpty() ? QString() : u" — "_s + name);
    }
    return {};
}

QRect YearGrid::monthRect(int month) const
{
    const int w = (width() - Margin * (Columns + 1)) / Columns;
    const int h = (height() - Margin * (Rows + 1)) / Rows;
    const int col = (month - 1) % Columns;
    const int row = (month - 1) / Columns;
    return QRect(Margin + col * (w + Margin), Margin + row * (h + Margin), w, h);
}

QRect YearGrid::dayRect(int month, QDate date) const
{
    const QRect m = monthRect(month);
    const int cellW = m.width() / 7;
    const int cellH = m.height() / 8; // title, weekday names, six weeks
    const QDate first(m_year, month, 1);
    const int offset = first.dayOfWeek() - 1; // weeks start on Monday
    const int index = offset + date.day() - 1;
    return QRect(m.left() + (index % 7) * cellW, m.top() + (2 + index / 7) * cellH, cellW - 1, cellH - 1);
}

QDate YearGrid::dateAt(QPoint point) const
{
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(point))
            continue;
        for (QDate d(m_year, month, 1); d.month() == month; d = d.addDays(1))
            if (dayRect(month, d).contains(point))
                return d;
    }
    return {};
}

void YearGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QLocale locale;
    QFont titleFont = font();
    titleFont.setBold(true);
    for (int month = 1; month <= 12; ++month) {
        const QRect m = monthRect(month);
        const int cellW = m.width() / 7;
        const int cellH = m.height() / 8;
        p.setFont(titleFont);
        p.setPen(palette().windowText().color());
        QString title = locale.standaloneMonthName(month, QLocale::LongFormat);
        if (!title.isEmpty())
            title[0] = title[0].toUpper(); // Russian month names are lower case on their own
        p.drawText(QRect(m.left(), m.top(), m.width(), cellH), Qt::AlignCenter, title);
        p.setFont(font());
        for (int wd = 1; wd <= 7; ++wd)
            p.drawText(QRect(m.left() + (wd - 1) * cellW, m.top() + cellH, cellW, cellH), Qt::AlignCenter,
                       locale.standaloneDayName(wd, QLocale::NarrowFormat));
        for (QDate d(m_year, month, 1); d.month() == month; d = d.addDays(1)) {
            const QRect r = dayRect(month, d);
            const core::DayKind kind = m_calendar ? m_calendar->day(d).kind : core::DayKind::Working;
            p.fillRect(r, colorOf(kind));
            if (d == QDate::currentDate()) {
                p.setPen(QPen(QColor(0x00, 0x81, 0x9a), 2));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            if (d == m_selected) {
                p.setPen(QPen(palette().highlight().color(), 3));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            p.setPen(QColor(0x20, 0x21, 0x24));
            p.drawText(r, Qt::AlignCenter, QString::number(d.day()));
        }
    }
}

void YearGrid::mousePressEvent(QMouseEvent* event)
{
    const QDate d = dateAt(event->position().toPoint());
    if (d.isValid()) {
        m_selected = d;
        update();
        Q_EMIT dateSelected(d);
    }
}

bool YearGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QDate d = dateAt(help->pos());
        if (d.isValid() && m_calendar) {
            QToolTip::showText(
                help->globalPos(),
                QLocale().toString(d, QLocale::LongFormat) + u"\n"_s + describe(m_calendar->day(d), m_language), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
