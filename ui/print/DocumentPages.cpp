// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPages.h"

#include "ScheduleDocument.h"

#include "ui/Language.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int PdfResolution = 300; // dots per inch, as ScheduleDocument
// Millimetres, as ScheduleDocument: the wider left margin leaves room for binding.
const QMarginsF PageMargins(25, 20, 15, 15);
constexpr qreal CssDpi = 96.0; // HTML lengths are in CSS pixels

/// The footer of one page: the print date and paragraphs on the left, the page number on the right.
QString footerHtml(const QString& footer, const QString& page)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"font-size: 8pt; color: #444444;\">"
           "<tr><td>%1</td><td align=\"right\" style=\"white-space: nowrap;\">%2</td></tr></table>"_s.arg(
               DocumentPages::escaped(footer), DocumentPages::escaped(page));
}

void setUp(QTextDocument& doc, QPagedPaintDevice& device, qreal width)
{
    doc.documentLayout()->setPaintDevice(&device); // font metrics and lengths of the device's resolution
    doc.setDefaultFont(ScheduleDocument::font());
    doc.setDocumentMargin(0);
    doc.setTextWidth(width);
}

/// Where the content of a table row lies, in document coordinates: the top of its first line and
/// the bottom of its last, over all its cells. Empty when the row has no laid-out line.
std::optional<std::pair<qreal, qreal>> rowExtent(const QTextTable& table, int row)
{
    QAbstractTextDocumentLayout* layout = table.document()->documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int c = 0; c < table.columns(); ++c) {
        const QTextTableCell cell = table.cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue; // spanned from another cell
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid() || !block.layout() || block.layout()->lineCount() == 0)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            const QTextLine first = block.layout()->lineAt(0);
            const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
            top = std::min(top, rect.top() + first.y());
            bottom = std::max(bottom, rect.top() + last.y() + last.height());
        }
    }
    if (top > bottom)
        return std::nullopt;
    return std::pair(top, bottom);
}

} // namespace

/// Where the pages break. The body is laid out as one long page; a page ends only between two
/// lines of a paragraph or between two rows of a table, never inside a row (Qt's own pagination
/// breaks rows between the lines of their cells); a table's header rows (its <thead>) are painted
/// again at the top of every page it runs onto; a title goes with what follows it, a table's
/// first row with its header, a group's title row with the row after it; a paragraph with
/// "page-break-before: always" starts a page.
struct DocumentPages::Pagination
{
    struct Table
    {
        qreal top = 0; ///< a little above the table: its top rule is drawn across its edge
        qreal headerBottom = 0; ///< the top of the first row after the header rows
        qreal bottom = 0;
    };
    struct Page
    {
        qreal top = 0;
        qreal bottom = 0;
        std::optional<std::size_t> header; ///< the table whose header rows open the page
    };

    /// `rule`: how far above a table its top rule may reach.
    Pagination(const QTextDocument& doc, qreal pageHeight, qreal rule);

    std::vector<Table> tables;
    std::vector<Page> pages;

private:
    void addTable(const QTextTable& table, qreal rule);
    /// Where a page that starts at `top` and may be `room` high ends.
    [[nodiscard]] qreal pageEnd(qreal top, qreal room, qreal end) const;

    std::vector<std::pair<qreal, qreal>> m_keep; ///< no break strictly inside these
    std::vector<qreal> m_breaks; ///< a page starts here
    qreal m_pendingTitle = -1; ///< the top of a title that waits for what follows it
};

void DocumentPages::Pagination::addTable(const QTextTable& table, qreal rule)
{
    const QRectF frame = table.document()->documentLayout()->frameBoundingRect(const_cast<QTextTable*>(&table));
    // The boundaries between rows: halfway between one row's text and the next one's, on the rule.
    std::vector<qreal> tops; // the top of each row that has text, with its number
    std::vector<int> rows;
    std::optional<std::pair<qreal, qreal>> previous;
    for (int r = 0; r < table.rows(); ++r) {
        const auto extent = rowExtent(table, r);
        if (!extent)
            continue;
        tops.push_back(previous ? (previous->second + extent->first) / 2 : frame.top());
        rows.push_back(r);
        previous = extent;
    }
    const int headers = std::min(table.format().headerRowCount(), table.rows());
    Table t{frame.top() - rule, frame.top(), frame.bottom()};
    const auto firstBody = std::find_if(rows.begin(), rows.end(), [headers](int r) { return r >= headers; });
    if (headers > 0 && firstBody != rows.end())
        t.headerBottom = tops[static_cast<std::size_t>(firstBody - rows.begin())];
    tables.push_back(t);

    tops.push_back(frame.bottom());
    const qreal keepFrom = m_pendingTitle >= 0 ? m_pendingTitle : frame.top();
    m_pendingTitle = -1;
    for (std::size_t i = 0; i + 1 < tops.size(); ++i) {
        // The header rows and the first row stay with what is above them; a row spanning the
        // whole table (a group's title) stays with the next row.
        const bool first = rows[i] <= headers;
        const bool group = table.columns() > 1 && table.cellAt(rows[i], 0).columnSpan() == table.columns();
        const std::size_t last = std::min(tops.size() - 1, i + (group ? 2 : 1));
        m_keep.emplace_back(first ? keepFrom : tops[i], tops[last]);
    }
}

DocumentPages::Pagination::Pagination(const QTextDocument& doc, qreal pageHeight, qreal rule)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            addTable(*table, rule);
            continue;
        }
        if (QTextFrame* frame = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(frame);
            m_keep.emplace_back(rect.top(), rect.bottom());
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || !block.layout())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            m_breaks.push_back(rect.top());
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal top = rect.top() + line.y();
            // A title keeps its lines and the first line after it together.
            m_keep.emplace_back(m_pendingTitle >= 0 ? m_pendingTitle : top, top + line.height());
            m_pendingTitle = -1;
        }
        if (block.blockFormat().headingLevel() > 0 && lines->lineCount() > 0)
            m_pendingTitle = rect.top() + lines->lineAt(0).y();
    }
    std::sort(m_breaks.begin(), m_breaks.end());

    const qreal end = layout->documentSize().height();
    constexpr qreal Epsilon = 0.5;
    qreal top = 0;
    while (top < end - Epsilon) {
        Page page{top, end, std::nullopt};
        qreal room = pageHeight;
        for (std::size_t t = 0; t < tables.size(); ++t) {
            const Table& table = tables[t];
            if (table.headerBottom > table.top + rule && top > table.headerBottom - Epsilon
                && top < table.bottom - Epsilon) {
                page.header = t;
                room -= table.headerBottom - table.top;
            }
        }
        page.bottom = pageEnd(top, std::max(room, pageHeight / 4), end);
        pages.push_back(page);
        top = page.bottom;
    }
    if (pages.empty())
        pages.push_back(Page{0, end, std::nullopt});
}

qreal DocumentPages::Pagination::pageEnd(qreal top, qreal room, qreal end) const
{
    constexpr qreal Epsilon = 0.5;
    for (const qreal at : m_breaks)
        if (at > top + Epsilon && at <= top + room)
            return at;
    if (top + room >= end)
        return end;
    qreal cut = top + room;
    for (bool moved = true; moved;) {
        moved = false;
        for (const auto& [from, to] : m_keep) {
            if (from < cut - Epsilon && to > cut + Epsilon && from > top + Epsilon) {
                cut = from; // the whole piece goes to the next page
                moved = true;
            }
        }
    }
    return cut;
}

struct DocumentPages::Geometry
{
    QSizeF area; ///< the printable area, in device pixels
    qreal bodyHeight = 0; ///< the height of the text on one page
    qreal gap = 0; ///< between the text and the footer's rule
    std::shared_ptr<Pagination> pages;
};

DocumentPages::DocumentPages(QString html, core::Language language, QPageLayout::Orientation orientation)
    : m_html(std::move(html))
    , m_language(language)
    , m_orientation(orientation)
    , m_printedOn(QDate::currentDate())
    , m_printedOnText(tr("Printed on %1"))
    , m_decreeText(tr("Decree No. 954, %1"))
    , m_pageText(tr("Page %1 of %2"))
{ }

void DocumentPages::addImage(const QString& name, const QImage& image)
{
    m_images.emplace_back(name, image);
}

QString DocumentPages::footer() const
{
    QString text = m_printedOnText.arg(date(m_printedOn, m_language));
    if (!m_paragraphs.isEmpty())
        text += u" · "_s + m_decreeText.arg(m_paragraphs);
    return text;
}

QString DocumentPages::pageNumber(int page, int count)
{
    return tr("Page %1 of %2").arg(page).arg(count);
}

QPageLayout DocumentPages::pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, PageMargins, QPageLayout::Millimeter);
}

int DocumentPages::textWidth(QPageLayout::Orientation orientation)
{
    const QRectF paint = pageLayout(orientation).paintRect(QPageLayout::Inch);
    return static_cast<int>(paint.width() * CssDpi);
}

QString DocumentPages::escaped(const QString& text)
{
    QString out = text.trimmed().toHtmlEscaped();
    out.replace(u"\r\n"_s, u"\n"_s);
    out.replace(u'\n', u"<br/>"_s);
    return out;
}

QString DocumentPages::text(const core::Text3& text, core::Language language)
{
    const QString& own = text.in(language);
    if (!own.trimmed().isEmpty())
        return own;
    for (const QString* other : {&text.ru, &text.en, &text.kk})
        if (!other->trimmed().isEmpty())
            return *other;
    return {};
}

QString DocumentPages::number(const std::optional<double>& value, core::Language language, int decimals)
{
    if (!value)
        return u"—"_s;
    return Language::localeFor(language).toString(*value, 'f', decimals);
}

QString DocumentPages::date(QDate date, core::Language language)
{
    return date.isValid() ? ScheduleDocument::date(date, language) : u"—"_s;
}

QString DocumentPages::styleSheet()
{
    return uR"(
p { margin-top: 0px; margin-bottom: 6px; }
p.mark { text-align: right; font-weight: bold; font-size: 10pt; margin-bottom: 12px; }
p.authority { text-align: center; font-weight: bold; font-size: 11pt; margin-bottom: 18px; }
p.kind { text-align: center; font-weight: bold; font-size: 14pt; margin-bottom: 2px; }
p.title { text-align: center; font-weight: bold; font-size: 12pt; margin-bottom: 6px; }
p.subtitle { text-align: center; margin-bottom: 4px; }
h3 { font-weight: bold; font-size: 11.5pt; margin-top: 16px; margin-bottom: 8px; }
h4 { font-weight: bold; font-size: 10.5pt; margin-top: 10px; margin-bottom: 6px; }
p.note { font-size: 9pt; color: #333333; }
p.signature { margin-top: 28px; }
td, th { font-size: 9.5pt; }
th { background-color: #e6e6e6; font-weight: bold; font-size: 8.5pt; }
td.number, th.number { text-align: right; }
td.center { text-align: center; }
tr.group td { background-color: #f2f2f2; font-weight: bold; }
tr.total td { font-weight: bold; }
table.fields td, table.list td { font-size: 10.5pt; }
span.corrected { font-weight: bold; }
span.small { font-size: 8.5pt; }
)"_s;
}

DocumentPages::Geometry DocumentPages::prepare(QTextDocument& body, QPagedPaintDevice& device) const
{
    Geometry g;
    const int dpi = device.logicalDpiY();
    // The painter's origin is the top left corner of the printable area.
    g.area = device.pageLayout().paintRectPixels(dpi).size();
    g.gap = dpi / 6.0; // about 4 mm between the text and the footer

    QTextDocument foot;
    setUp(foot, device, g.area.width());
    foot.setHtml(footerHtml(footer(), m_pageText.arg(999).arg(999)));
    g.bodyHeight = g.area.height() - foot.size().height() - g.gap;

    setUp(body, device, g.area.width());
    body.setDefaultStyleSheet(styleSheet());
    for (const auto& [name, image] : m_images)
        body.addResource(QTextDocument::ImageResource, QUrl(name), QVariant(image));
    body.setHtml(m_html);
    // One long page: Pagination breaks it (Qt's own pagination would break table rows).
    g.pages = std::make_shared<Pagination>(body, g.bodyHeight, dpi / 48.0);
    return g;
}

core::Result<void> DocumentPages::render(QPagedPaintDevice& device, bool keepPageLayout,
                                         const core::Progress& progress) const
{
    if (!keepPageLayout)
        device.setPageLayout(pageLayout(m_orientation));
    // Laid out before the painting begins (the device's metrics need no painter): a stop during the
    // layout, the longest part of a long document, sends nothing to a printer.
    if (!core::keepGoing(progress, 0, 0))
        return core::fail(core::ErrorCode::Cancelled);
    QTextDocument body;
    const Geometry g = prepare(body, device);
    const int count = static_cast<int>(g.pages->pages.size());

    int first = 1;
    int last = count;
    auto* printer = dynamic_cast<QPrinter*>(&device);
    if (printer && printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::clamp(printer->fromPage(), 1, count);
        last = std::clamp(printer->toPage() > 0 ? printer->toPage() : count, first, count);
    }
    const qint64 total = last - first + 1;
    if (!core::keepGoing(progress, 0, total))
        return core::fail(core::ErrorCode::Cancelled);

    QPainter painter;
    if (!painter.begin(&device))
        return core::fail(core::ErrorCode::CannotOpen);

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    // Paints the part [top, bottom) of the body at `y` on the page.
    auto paintSlice = [&](qreal top, qreal bottom, qreal y) {
        painter.save();
        painter.translate(0, y - top);
        context.clip = QRectF(0, top, g.area.width(), bottom - top);
        painter.setClipRect(context.clip);
        body.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    const QPen rule(QColor(0x88, 0x88, 0x88), device.logicalDpiY() / 200.0);
    bool stoppable = true; // false once a printer's job turned out not to be abortable
    for (int page = first; page <= last; ++page) {
        if (stoppable && page != first && !core::keepGoing(progress, page - first, total)) {
            // A PDF writer's file is discarded by its owner (writePdf); a printer's file is removed.
            const QString file = printer ? printer->outputFileName() : QString();
            if (!printer || !file.isEmpty() || printer->abort()) {
                painter.end();
                if (!file.isEmpty())
                    QFile::remove(file);
                return core::fail(core::ErrorCode::Cancelled);
            }
            stoppable = false; // the job goes to the printer when the painter ends: finish it
        }
        if (page != first && !device.newPage())
            return core::fail(core::ErrorCode::CannotOpen);
        const Pagination::Page& slice = g.pages->pages[static_cast<std::size_t>(page - 1)];
        qreal y = 0;
        if (slice.header) {
            const Pagination::Table& table = g.pages->tables[*slice.header];
            paintSlice(table.top, table.headerBottom, 0);
            y = table.headerBottom - table.top;
        }
        paintSlice(slice.top, slice.bottom, y);

        QTextDocument foot;
        setUp(foot, device, g.area.width());
        foot.setHtml(footerHtml(footer(), m_pageText.arg(page).arg(count)));
        painter.save();
        painter.translate(0, g.area.height() - foot.size().height());
        painter.setPen(rule);
        painter.drawLine(QPointF(0, -g.gap / 3), QPointF(g.area.width(), -g.gap / 3));
        foot.drawContents(&painter);
        painter.restore();
    }
    if (!painter.end())
        return core::fail(core::ErrorCode::CannotOpen);
    if (stoppable)
        (void)core::keepGoing(progress, total, total); // complete: too late to stop
    return {};
}

int DocumentPages::pageCount() const
{
    // Laid out for a PDF writer that never paints: the same metrics as writePdf.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(PdfResolution);
    writer.setPageLayout(pageLayout(m_orientation));
    QTextDocument body;
    return static_cast<int>(prepare(body, writer).pages->pages.size());
}

core::Result<void> DocumentPages::writePdf(const QString& path, const core::Progress& progress) const
{
    QSaveFile file(path); // written beside the target, renamed over it only when complete
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(core::ErrorCode::CannotOpen, path + u": "_s + file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        writer.setTitle(m_title);
        writer.setCreator(u"Bagalau"_s);
        if (auto rendered = render(writer, false, progress); !rendered) {
            file.cancelWriting();
            if (rendered.error().code == core::ErrorCode::Cancelled)
                return rendered;
            return core::fail(core::ErrorCode::CannotOpen, path);
        }
    }
    if (!file.commit())
        return core::fail(core::ErrorCode::CannotOpen, path + u": "_s + file.errorString());
    return {};
}

void DocumentPages::preview(QWidget* parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pageLayout(m_orientation));
    printer.setDocName(m_title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(m_title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter* p) { (void)render(*p, true); });
    dialog.exec();
}

} // namespace ui
