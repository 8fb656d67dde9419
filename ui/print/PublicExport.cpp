// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicExport.h"

#include "ScheduleDocument.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/Csv.h"
#include "core/Scoring.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString indexFile = u"index.html"_s;
const QString resultsFile = u"results.csv"_s;
const QString indicatorsFile = u"indicators.csv"_s;
const QString workbookFile = u"results.xlsx"_s;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// A text of several paragraphs as HTML paragraphs.
QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.split(u'\n', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            html += u"<p>"_s + esc(p.trimmed()) + u"</p>\n"_s;
    return html;
}

/// A number for the machine-readable files: '.' for the decimal point, no grouping.
QString plain(const std::optional<double>& value, int decimals = -1)
{
    if (!value)
        return {};
    if (decimals < 0)
        return QString::number(*value, 'g', 15);
    return QString::number(*value, 'f', decimals);
}

QString statusLabel(const QString& status)
{
    for (const core::Status s :
         {core::Status::Full, core::Status::Partial, core::Status::NotAchieved, core::Status::NotCounted})
        if (core::toString(s) == status)
            return Labels::status(s);
    return status;
}

QByteArray withBom(const QString& text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

/// A worksheet name Excel accepts: at most 31 characters, none of []:*?/\.
QByteArray sheetName(QString name)
{
    for (const QChar c : u"[]:*?/\\"_s)
        name.replace(c, u' ');
    return name.left(31).trimmed().toUtf8();
}

core::Error fileError(const QString& path, const QString& reason)
{
    return core::Error{core::ErrorCode::FileUnreadable, QDir::toNativeSeparators(path) + u": "_s + reason};
}

core::Result<QString> writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        return std::unexpected(fileError(path, file.errorString()));
    file.close();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

/// Counts the steps of writeTo() for its progress, and remembers a stop.
class PublicExport::Steps
{
public:
    Steps(const core::Progress& progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    { }

    /// Reports before any step is done; false when told to stop.
    bool start()
    {
        m_stopped = !core::keepGoing(m_progress, 0, m_total);
        return !m_stopped;
    }
    /// One more step done; false once told to stop.
    bool next()
    {
        if (!m_stopped && !core::keepGoing(m_progress, ++m_done, m_total))
            m_stopped = true;
        return !m_stopped;
    }
    [[nodiscard]] bool stopped() const { return m_stopped; }

private:
    const core::Progress& m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_stopped = false;
};

PublicExport::PublicExport(const core::PublicData& data, core::Language language)
    : m_data(data)
    , m_language(language)
    , m_generatedOn(QDate::currentDate())
{ }

const QStringList& PublicExport::fileNames()
{
    static const QStringList names{indexFile, resultsFile, indicatorsFile, workbookFile};
    return names;
}

QString PublicExport::title(int year)
{
    return tr("Results of the operational evaluation of the effectiveness of state bodies for %1").arg(year);
}

QString PublicExport::number(const std::optional<double>& value, int decimals) const
{
    if (!value)
        return u"—"_s;
    const QLocale locale = Language::localeFor(m_language);
    if (decimals >= 0)
        return locale.toString(*value, 'f', decimals);
    return locale.toString(*value, 'g', 12);
}

QString PublicExport::change(const std::optional<double>& value) const
{
    if (!value)
        return u"—"_s;
    const double rounded = std::round(*value * 10) / 10;
    if (std::abs(rounded) < 0.05)
        return number(0.0, 1);
    // U+2212 MINUS SIGN reads better than a hyphen in a table.
    return (rounded > 0 ? u"+"_s : u"\u2212"_s) + number(std::abs(rounded), 1);
}

QString PublicExport::rating(const core::PublicBlock& block) const
{
    const QString name = block.ratingName.in(m_language).trimmed();
    return name.isEmpty() ? block.rating : name;
}

QString PublicExport::bodySection(const core::PublicBody& body) const
{
    QString html = u"<section id=\"body-%1\">\n<h2>%2 <span class=\"code\">(%3)</span></h2>\n"_s.arg(
        esc(body.code), esc(body.name.in(m_language)), esc(body.code));
    for (const core::PublicBlock& b : body.blocks) {
        html += u"<h3>"_s + esc(Labels::block(b.block)) + u"</h3>\n"_s;
        QStringList facts;
        facts << tr("Score: %1").arg(number(b.score, 1));
        if (!rating(b).isEmpty())
            facts << tr("Rating: %1").arg(esc(rating(b)));
        if (b.rank)
            facts << tr("Rank: %1").arg(*b.rank);
        if (b.change)
            facts << tr("Change from last year: %1").arg(change(b.change));
        html += u"<p class=\"facts\">"_s + facts.join(u" · "_s) + u"</p>\n"_s;
        if (b.conclusionWithheld)
            continue; // shown exactly like a block without a published conclusion
        if (const QString summary = b.summary.in(m_language).trimmed(); !summary.isEmpty())
            html += u"<h4>"_s + esc(tr("Final report")) + u"</h4>\n"_s + paragraphs(summary);
        if (!b.lines.empty()) {
            html += u"<table class=\"lines\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                    "<th>%6</th></tr></thead>\n<tbody>\n"_s.arg(esc(tr("Code")), esc(tr("Indicator")), esc(tr("Plan")),
                                                                esc(tr("Fact")), esc(tr("Status")), esc(tr("Score")));
            for (const core::ConclusionLine& l : b.lines)
                html += u"<tr><td>%1</td><td>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td><td>%5</td>"
                        "<td class=\"n\">%6</td></tr>\n"_s.arg(esc(l.code), esc(l.name.in(m_language)),
                                                               esc(number(l.plan, -1)), esc(number(l.fact, -1)),
                                                               esc(statusLabel(l.status)), esc(number(l.score, 1)));
            html += u"</tbody>\n</table>\n"_s;
        }
        if (const QString findings = b.findings.in(m_language).trimmed(); !findings.isEmpty())
            html += u"<h4>"_s + esc(tr("Findings")) + u"</h4>\n"_s + paragraphs(findings);
        if (!b.recommendations.empty()) {
            html += u"<h4>"_s + esc(tr("Recommendations")) + u"</h4>\n<ol>\n"_s;
            for (const core::Recommendation& r : b.recommendations)
                html += u"<li>"_s + esc(r.text.in(m_language)) + u"</li>\n"_s;
            html += u"</ol>\n"_s;
        }
    }
    if (!body.commissionRecommendations.empty()) {
        html += u"<h3>"_s + esc(tr("Orders and recommendations of the Commission (§51)")) + u"</h3>\n<ol>\n"_s;
        for (const core::Recommendation& r : body.commissionRecommendations)
            html += u"<li>"_s + (r.order ? u"<strong>"_s + esc(tr("Order:")) + u"</strong> "_s : QString())
                    + esc(r.text.in(m_language)) + u"</li>\n"_s;
        html += u"</ol>\n"_s;
    }
    return html + u"</section>\n"_s;
}

QString PublicExport::html() const
{
    return page(nullptr);
}

QString PublicExport::page(Steps* steps) const
{
    const QString pageTitle = title(m_data.year);
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"Bagalau\">\n<title>%2</title>\n"_s.arg(core::languageCode(m_language),
                                                                                       esc(pageTitle));
    html += uR"(<style>
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }
th { background: #e8eef5; text-align: left; }
td.n { text-align: right; white-space: nowrap; }
.code { color: #666; font-weight: normal; font-size: 0.8em; }
.note { background: #f6f6f6; border-left: 4px solid #888; padding: 0.5em 1em; }
.facts { color: #333; }
footer { margin-top: 3em; color: #666; font-size: 0.85em; }
</style>
</head>
<body>
)"_s;
    html += u"<header>\n<h1>"_s + esc(pageTitle) + u"</h1>\n"_s;
    html += u"<p>"_s + esc(tr("Published on %1.").arg(ScheduleDocument::date(m_generatedOn, m_language))) + u"</p>\n"_s;
    html += u"<p class=\"note\">"_s
            + esc(tr("Confidential information is not published, as paragraph 52 of the decree requires."))
            + u"</p>\n"_s;
    html += u"<p>"_s + esc(tr("Download:"))
            + u" <a href=\"%1\">%2</a> · <a href=\"%3\">%4</a> · <a href=\"%5\">%6</a></p>\n"_s.arg(
                resultsFile, esc(tr("results (CSV)")), indicatorsFile, esc(tr("indicators (CSV)")), workbookFile,
                esc(tr("results and indicators (XLSX)")));
    html += u"</header>\n<main>\n"_s;

    // The summary table: bodies × blocks.
    std::vector<int> blocks;
    for (const core::PublicBody& body : m_data.bodies)
        for (const core::PublicBlock& b : body.blocks)
            if (std::find(blocks.begin(), blocks.end(), b.block) == blocks.end())
                blocks.push_back(b.block);
    std::sort(blocks.begin(), blocks.end());
    html += u"<h2>"_s + esc(tr("Results by body"))
            + u"</h2>\n<table class=\"results\">\n<thead>\n<tr><th rowspan=\"2\">"_s + esc(tr("Body")) + u"</th>"_s;
    for (int block : blocks)
        html += u"<th colspan=\"4\">"_s + esc(Labels::block(block)) + u"</th>"_s;
    html += u"</tr>\n<tr>"_s;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        html += u"<th>%1</th><th>%2</th><th>%3</th><th>%4</th>"_s.arg(esc(tr("Score")), esc(tr("Rating")),
                                                                      esc(tr("Rank")), esc(tr("Change")));
    html += u"</tr>\n</thead>\n<tbody>\n"_s;
    for (const core::PublicBody& body : m_data.bodies) {
        html += u"<tr><td><a href=\"#body-%1\">%2</a></td>"_s.arg(esc(body.code), esc(body.name.in(m_language)));
        for (int block : blocks) {
            const auto b = std::find_if(body.blocks.begin(), body.blocks.end(),
                                        [block](const core::PublicBlock& x) { return x.block == block; });
            if (b == body.blocks.end()) {
                html += u"<td colspan=\"4\">"_s + esc(tr("not evaluated on this block")) + u"</td>"_s;
                continue;
            }
            html += u"<td class=\"n\">%1</td><td>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td>"_s.arg(
                esc(number(b->score, 1)), esc(rating(*b)), b->rank ? QString::number(*b->rank) : u"—"_s,
                esc(change(b->change)));
        }
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n"_s;
    html += u"<p>"_s
            + esc(tr("Rank 1 is the best score in the block; equal scores share a rank. The change is the "
                     "difference from the previous year's score."))
            + u"</p>\n"_s;

    for (const core::PublicBody& body : m_data.bodies) {
        if (steps && !steps->next())
            return {};
        html += bodySection(body);
    }
    html += u"</main>\n<footer>"_s
            + esc(tr("Prepared with Bagalau from the results of the Commission (§50-52 of the decree)."))
            + u"</footer>\n</body>\n</html>\n"_s;
    return html;
}

std::vector<PublicExport::Column> PublicExport::resultColumns() const
{
    using enum Column::Kind;
    return {{tr("Year"), 6, Number},       {tr("Body code"), 12, Text},  {tr("Body"), 48, Text},
            {tr("Block"), 6, Number},      {tr("Block name"), 40, Text}, {tr("Score"), 8, Score},
            {tr("Rating code"), 10, Text}, {tr("Rating"), 18, Text},     {tr("Rank"), 6, Number},
            {tr("Change"), 8, Score}};
}

std::vector<QStringList> PublicExport::resultRows() const
{
    std::vector<QStringList> rows;
    for (const core::PublicBody& body : m_data.bodies)
        for (const core::PublicBlock& b : body.blocks)
            rows.push_back({QString::number(m_data.year), body.code, body.name.in(m_language), QString::number(b.block),
                            Labels::block(b.block), plain(b.score, 2), b.rating, b.ratingName.in(m_language),
                            b.rank ? QString::number(*b.rank) : QString(), plain(b.change, 2)});
    return rows;
}

std::vector<PublicExport::Column> PublicExport::indicatorColumns() const
{
    using enum Column::Kind;
    return {{tr("Year"), 6, Number},     {tr("Body code"), 12, Text}, {tr("Body"), 40, Text},
            {tr("Block"), 6, Number},    {tr("Code"), 10, Text},      {tr("Indicator"), 48, Text},
            {tr("Criterion"), 30, Text}, {tr("Plan"), 10, Number},    {tr("Fact"), 10, Number},
            {tr("Status"), 18, Text},    {tr("Score"), 8, Score}};
}

std::vector<QStringList> PublicExport::indicatorRows() const
{
    std::vector<QStringList> rows;
    for (const core::PublicBody& body : m_data.bodies)
        for (const core::PublicBlock& b : body.blocks)
            for (const core::ConclusionLine& l : b.lines)
                rows.push_back({QString::number(m_data.year), body.code, body.name.in(m_language),
                                QString::number(b.block), l.code, l.name.in(m_language), l.criterionName.in(m_language),
                                plain(l.plan), plain(l.fact), statusLabel(l.status), plain(l.score, 2)});
    return rows;
}

QByteArray PublicExport::csvFile(const std::vector<Column>& columns, const std::vector<QStringList>& rows, Steps* steps)
{
    QStringList lines;
    QStringList fields;
    for (const Column& c : columns)
        fields << core::csvField(c.header);
    lines << fields.join(u',');
    for (const QStringList& row : rows) {
        if (steps && !steps->next())
            return {};
        fields.clear();
        for (const QString& cell : row)
            fields << core::csvField(cell);
        lines << fields.join(u',');
    }
    return withBom(lines.join(u"\r\n"_s) + u"\r\n"_s);
}

QByteArray PublicExport::resultsCsv() const
{
    return csvFile(resultColumns(), resultRows(), nullptr);
}

QByteArray PublicExport::indicatorsCsv() const
{
    return csvFile(indicatorColumns(), indicatorRows(), nullptr);
}

core::Result<void> PublicExport::writeXlsx(const QString& path) const
{
    return workbook(path, resultRows(), indicatorRows(), nullptr);
}

core::Result<void> PublicExport::workbook(const QString& path, const std::vector<QStringList>& results,
                                          const std::vector<QStringList>& indicators, Steps* steps) const
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return std::unexpected(fileError(path, u"cannot create the workbook"_s));
    // The fields are char* in libxlsxwriter; the buffers outlive workbook_close().
    QByteArray docTitle = title(m_data.year).toUtf8();
    QByteArray docComments("Bagalau");
    lxw_doc_properties properties{};
    properties.title = docTitle.data();
    properties.comments = docComments.data();
    workbook_set_properties(book, &properties);

    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF5);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* decimal = workbook_add_format(book);
    format_set_num_format(decimal, "0.00");
    lxw_format* wrapped = workbook_add_format(book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

    lxw_error failure = LXW_NO_ERROR;
    auto sheet = [&](const QString& name, const std::vector<Column>& columns, const std::vector<QStringList>& rows) {
        lxw_worksheet* ws = workbook_add_worksheet(book, sheetName(name).constData());
        if (!ws) {
            failure = LXW_ERROR_MEMORY_MALLOC_FAILED;
            return;
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            worksheet_set_column(ws, col, col, columns[c].width, columns[c].width >= 30 ? wrapped : nullptr);
            if (const lxw_error e = worksheet_write_string(ws, 0, col, columns[c].header.toUtf8().constData(), header))
                failure = e;
        }
        worksheet_freeze_panes(ws, 1, 0);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (steps && !steps->next())
                return;
            const auto row = static_cast<lxw_row_t>(r + 1);
            for (std::size_t c = 0; c < columns.size() && c < static_cast<std::size_t>(rows[r].size()); ++c) {
                const QString& cell = rows[r].at(static_cast<qsizetype>(c));
                const auto col = static_cast<lxw_col_t>(c);
                if (cell.isEmpty())
                    continue;
                const Column::Kind kind = columns[c].kind;
                bool numeric = false;
                const double value = kind != Column::Kind::Text ? cell.toDouble(&numeric) : 0;
                lxw_error e = LXW_NO_ERROR;
                if (numeric)
                    e = worksheet_write_number(ws, row, col, value, kind == Column::Kind::Score ? decimal : nullptr);
                else
                    e = worksheet_write_string(ws, row, col, cell.toUtf8().constData(), nullptr);
                if (e)
                    failure = e;
            }
        }
        if (!rows.empty())
            worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows.size()),
                                 static_cast<lxw_col_t>(columns.size() - 1));
    };
    sheet(tr("Results"), resultColumns(), results);
    if (!steps || !steps->stopped())
        sheet(tr("Indicators"), indicatorColumns(), indicators);
    const lxw_error closed = workbook_close(book); // frees the workbook whatever happens
    if (steps && steps->stopped())
        return core::fail(core::ErrorCode::Cancelled); // the caller removes the file
    if (failure)
        return std::unexpected(fileError(path, QString::fromUtf8(lxw_strerror(failure))));
    if (closed)
        return std::unexpected(fileError(path, QString::fromUtf8(lxw_strerror(closed))));
    return {};
}

core::Result<void> PublicExport::checkTarget(const QString& dir)
{
    const QFileInfo info(dir);
    // A link is refused: the earlier export is moved aside and removed, which must not reach
    // through a link into another folder.
    if (info.isSymLink())
        return std::unexpected(fileError(dir, u"is a symbolic link"_s));
    if (!info.exists())
        return {};
    if (!info.isDir())
        return std::unexpected(fileError(dir, u"exists and is not a folder"_s));
    const QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (entries.isEmpty())
        return {};
    const bool earlierExport =
        entries.contains(indexFile) && entries.contains(resultsFile)
        && std::all_of(entries.begin(), entries.end(), [](const QString& e) { return fileNames().contains(e); });
    if (!earlierExport)
        return std::unexpected(core::Error{core::ErrorCode::ExportFolderNotEmpty, QDir::toNativeSeparators(dir)});
    return {};
}

core::Result<std::vector<std::pair<QString, QString>>> PublicExport::writeTo(const QString& dir,
                                                                             const core::Progress& progress) const
{
    if (dir.trimmed().isEmpty())
        return std::unexpected(fileError(dir, u"no folder given"_s));
    if (auto r = checkTarget(dir); !r)
        return std::unexpected(r.error());
    const std::vector<QStringList> results = resultRows();
    const std::vector<QStringList> indicators = indicatorRows();
    // The bodies of the page; the rows of the two tables, once as CSV and once in the workbook.
    const auto rows = static_cast<qint64>(results.size() + indicators.size());
    Steps steps(progress, static_cast<qint64>(m_data.bodies.size()) + 2 * rows);
    const auto cancelled = [] { return core::fail(core::ErrorCode::Cancelled); };
    if (!steps.start())
        return cancelled();
    const QFileInfo target(QDir::cleanPath(QDir(dir).absolutePath()));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return std::unexpected(fileError(parent, u"cannot create the folder"_s));
    // Beside the target, so that the final move is a rename within one file system. Removed with
    // what it holds whenever this returns before moving it in (a failure, a cancel).
    QTemporaryDir staging(parent + u"/."_s + target.fileName() + u".part-XXXXXX"_s);
    if (!staging.isValid())
        return std::unexpected(fileError(parent, staging.errorString()));
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);

    std::vector<std::pair<QString, QString>> written;
    const auto write = [&](const QString& name, const QByteArray& bytes) -> core::Result<void> {
        if (steps.stopped())
            return cancelled();
        auto hash = writeFile(staging.filePath(name), bytes);
        if (!hash)
            return std::unexpected(hash.error());
        written.emplace_back(name, *hash);
        return {};
    };
    if (auto r = write(indexFile, page(&steps).toUtf8()); !r)
        return std::unexpected(r.error());
    if (auto r = write(resultsFile, csvFile(resultColumns(), results, &steps)); !r)
        return std::unexpected(r.error());
    if (auto r = write(indicatorsFile, csvFile(indicatorColumns(), indicators, &steps)); !r)
        return std::unexpected(r.error());
    const QString book = staging.filePath(workbookFile);
    if (auto r = workbook(book, results, indicators, &steps); !r)
        return std::unexpected(r.error());
    QFile bookFile(book);
    if (!bookFile.open(QIODevice::ReadOnly))
        return std::unexpected(fileError(book, bookFile.errorString()));
    written.emplace_back(
        workbookFile,
        QString::fromLatin1(QCryptographicHash::hash(bookFile.readAll(), QCryptographicHash::Sha256).toHex()));
    bookFile.close();

    // Move in: an earlier export is moved aside first and put back if the new one cannot take its place.
    const QString path = target.absoluteFilePath();
    const QString aside = staging.path() + u".old"_s;
    const bool existed = QFileInfo::exists(path);
    if (existed && !QDir().rename(path, aside))
        return std::unexpected(fileError(path, u"cannot move the earlier export aside"_s));
    if (!QDir().rename(staging.path(), path)) {
        if (existed)
            QDir().rename(aside, path);
        return std::unexpected(fileError(path, u"cannot move the export into place"_s));
    }
    staging.setAutoRemove(false);
    if (existed)
        QDir(aside).removeRecursively();
    return written;
}

} // namespace ui
