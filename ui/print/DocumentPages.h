// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/Text3.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPageLayout>

#include <optional>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;
class QWidget;

namespace ui {

/// A printed document of one or more A4 pages, made from QTextDocument HTML: the official layout
/// of ScheduleDocument (DejaVu Serif, margins 25/20/15/15 mm), a footer on every page with the
/// print date, the paragraphs of the decree the document rests on and "Page 3 of 7", and the
/// header rows of every table (HTML <thead>) repeated at the top of each page the table runs onto.
///
/// The same object paints on a QPrinter (printing, print preview) and writes a PDF. Texts come from
/// the translation installed when it is made (the footer's too: painting needs no translation),
/// dates and numbers from `language`, as in ScheduleDocument.
class DocumentPages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPages)
public:
    DocumentPages(QString html, core::Language language, QPageLayout::Orientation orientation = QPageLayout::Portrait);

    /// The PDF's title (its metadata).
    void setTitle(const QString& title) { m_title = title; }
    /// The day printed in the footer; today unless set.
    void setPrintedOn(QDate date) { m_printedOn = date; }
    /// The paragraphs the document rests on, for the footer: "§46–47".
    void setParagraphs(const QString& paragraphs) { m_paragraphs = paragraphs; }
    /// A picture the HTML shows as <img src="name" width="…" height="…"> (sizes in CSS pixels).
    void addImage(const QString& name, const QImage& image);

    [[nodiscard]] const QString& html() const { return m_html; }
    [[nodiscard]] core::Language language() const { return m_language; }
    [[nodiscard]] QPageLayout::Orientation orientation() const { return m_orientation; }
    /// "Printed on 24.11.2026 · Decree No. 954, §46–47"
    [[nodiscard]] QString footer() const;
    /// "Page 3 of 7"
    [[nodiscard]] static QString pageNumber(int page, int count);

    /// A4 in `orientation` with the documents' margins.
    [[nodiscard]] static QPageLayout pageLayout(QPageLayout::Orientation orientation);
    /// The width of the text on an A4 page in CSS pixels (1/96 inch): for the width of pictures.
    [[nodiscard]] static int textWidth(QPageLayout::Orientation orientation);

    /// Paints every page on `device` (a QPrinter's page range is respected). Sets the page to A4
    /// with the document's orientation and margins unless `keepPageLayout` (a printer whose layout
    /// the user chose). CannotOpen when painting could not start.
    ///
    /// `progress` hears of the layout (0 of 0: the amount is not known yet), then counts the pages
    /// painted of those to paint. Stopping it fails with Cancelled: during the layout nothing has
    /// reached the device yet; during the painting a printer's job is aborted, and a printer that
    /// writes a file has the file removed. A printer whose job cannot be aborted (CUPS, which queues
    /// the job only when it is complete) is given the remaining pages instead, so that nothing is
    /// ever printed half: the result is then a success.
    core::Result<void> render(QPagedPaintDevice& device, bool keepPageLayout = false,
                              const core::Progress& progress = {}) const;
    /// How many pages the document has as a PDF.
    [[nodiscard]] int pageCount() const;
    /// Writes the document to `path` as a PDF; the file is replaced only when complete.
    /// CannotOpen with the path when the file cannot be written; Cancelled when `progress` (see
    /// render()) stopped it, and then nothing is written (an existing file is left as it was).
    [[nodiscard]] core::Result<void> writePdf(const QString& path, const core::Progress& progress = {}) const;
    /// Qt's print preview of the document, from which the user prints it. Returns when it closes.
    void preview(QWidget* parent) const;

    // Pieces shared by the documents.
    /// HTML-escaped text, line breaks kept.
    [[nodiscard]] static QString escaped(const QString& text);
    /// The text in `language`; when that one is blank, Russian, then English, then Kazakh.
    [[nodiscard]] static QString text(const core::Text3& text, core::Language language);
    /// A number as the language writes it ("87,5"), "—" for none.
    [[nodiscard]] static QString number(const std::optional<double>& value, core::Language language, int decimals = 1);
    /// A date as the language writes it ("24.11.2026"), "—" for none.
    [[nodiscard]] static QString date(QDate date, core::Language language);
    /// The stylesheet shared by the documents: headings, tables, notes.
    [[nodiscard]] static QString styleSheet();

private:
    struct Pagination;
    struct Geometry;
    [[nodiscard]] Geometry prepare(QTextDocument& body, QPagedPaintDevice& device) const;

    QString m_html;
    core::Language m_language;
    QPageLayout::Orientation m_orientation;
    QString m_title;
    QDate m_printedOn;
    QString m_paragraphs;
    // The footer's sentences, translated when the document is made.
    QString m_printedOnText;
    QString m_decreeText;
    QString m_pageText;
    std::vector<std::pair<QString, QImage>> m_images;
};

} // namespace ui
