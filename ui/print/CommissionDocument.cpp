// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommissionDocument.h"

#include "ConclusionDocument.h"

#include "ui/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int ChartHeight = 290; // CSS pixels: two charts fit on a landscape page
constexpr qreal ChartScale = 300.0 / 96.0; // drawn at the PDF's resolution

const QColor BlockColors[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x8b, 0x57), QColor(0x8e, 0x44, 0xad)};

QString esc(const QString& text)
{
    return DocumentPages::escaped(text);
}

const QString GridTable = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #000000; border-style: solid;\">"_s;

bool hasScore(const core::CommissionRow& row)
{
    return std::any_of(row.blocks.begin(), row.blocks.end(),
                       [](const core::CommissionBlock& b) { return b.inScope && b.score.has_value(); });
}

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

CommissionDocument::CommissionDocument(core::CommissionResult result, core::Language language, QDate printedOn)
    : m_result(std::move(result))
    , m_language(language)
    , m_printedOn(printedOn)
{ }

QString CommissionDocument::title(int year)
{
    return tr("Results of the operational evaluation of the effectiveness of state bodies for %1").arg(year);
}

QString CommissionDocument::stateName(core::ConclusionState state)
{
    switch (state) {
    case core::ConclusionState::Draft:
        return tr("no conclusion");
    case core::ConclusionState::Issued:
        return tr("issued");
    case core::ConclusionState::Sent:
        return tr("sent");
    case core::ConclusionState::Received:
        return tr("received");
    case core::ConclusionState::UnderAppeal:
        return tr("under appeal");
    case core::ConclusionState::Final:
        return tr("final");
    }
    return {};
}

QString CommissionDocument::change(const std::optional<double>& change, core::Language language)
{
    if (!change)
        return u"—"_s;
    const double rounded = std::round(*change * 10) / 10;
    if (rounded > 0)
        return u"▲ "_s + DocumentPages::number(rounded, language, 1);
    if (rounded < 0)
        return u"▼ "_s + DocumentPages::number(-rounded, language, 1);
    return DocumentPages::number(0.0, language, 1);
}

int CommissionDocument::chartCount() const
{
    const auto scored = std::count_if(m_result.rows.begin(), m_result.rows.end(), hasScore);
    return static_cast<int>((scored + BodiesPerChart - 1) / BodiesPerChart);
}

std::vector<QImage> CommissionDocument::charts(int width, int height, qreal scale) const
{
    return *drawCharts(width, height, scale, {});
}

core::Result<std::vector<QImage>> CommissionDocument::drawCharts(int width, int height, qreal scale,
                                                                 const core::Progress& progress) const
{
    std::vector<const core::CommissionRow*> scored;
    for (const core::CommissionRow& row : m_result.rows)
        if (hasScore(row))
            scored.push_back(&row);
    std::vector<QImage> images;
    // As many bodies on each chart: 20 and 20 rather than 26 and 14.
    const std::size_t perChart = scored.empty() ? 1
                                                : (scored.size() + static_cast<std::size_t>(chartCount()) - 1)
                                                      / static_cast<std::size_t>(chartCount());
    const auto total = static_cast<qint64>(chartCount());
    for (std::size_t start = 0; start < scored.size(); start += perChart) {
        if (!core::keepGoing(progress, static_cast<qint64>(images.size()), total))
            return core::fail(core::ErrorCode::Cancelled);
        const std::size_t end = std::min(scored.size(), start + perChart);
        auto* series = new QBarSeries;
        QStringList codes;
        for (std::size_t i = start; i < end; ++i)
            codes << scored[i]->code;
        for (int b = 0; b < core::BlockCount; ++b) {
            auto* set = new QBarSet(Labels::blockShort(b + 1));
            set->setColor(BlockColors[b]);
            set->setBorderColor(BlockColors[b]);
            for (std::size_t i = start; i < end; ++i) {
                const core::CommissionBlock& block = scored[i]->blocks[static_cast<std::size_t>(b)];
                *set << (block.inScope && block.score ? *block.score : 0.0);
            }
            series->append(set);
        }
        series->setBarWidth(0.8);

        auto* chart = new QChart; // owned by the scene
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setBackgroundBrush(Qt::white);
        chart->setDropShadowEnabled(false);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        categories->append(codes);
        categories->setLabelsFont(chartFont(7));
        categories->setLabelsAngle(codes.size() > 16 ? -90 : 0);
        auto* values = new QValueAxis;
        values->setRange(0, 100);
        values->setTickCount(6);
        values->setLabelFormat(u"%d"_s);
        values->setLabelsFont(chartFont(7.5));
        values->setGridLineColor(QColor(0xcc, 0xcc, 0xcc));
        values->setTitleText(tr("Score"));
        values->setTitleFont(chartFont(7.5));
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->legend()->setFont(chartFont(8));
        chart->setTitleFont(chartFont(9, true));
        if (scored.size() > static_cast<std::size_t>(BodiesPerChart))
            chart->setTitle(tr("Bodies %1–%2 of %3").arg(start + 1).arg(end).arg(scored.size()));

        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, 0, width, height));
        QImage image(QSize(qRound(width * scale), qRound(height * scale)), QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(96 * scale / 0.0254));
        image.setDotsPerMeterY(qRound(96 * scale / 0.0254));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), QRectF(0, 0, width, height));
        painter.end();
        images.push_back(std::move(image));
    }
    return images;
}

QString CommissionDocument::summary() const
{
    const auto& rows = m_result.rows;
    const auto final =
        std::count_if(rows.begin(), rows.end(), [](const core::CommissionRow& r) { return r.conclusionsFinal(); });
    QString out =
        u"<p>%1</p>"_s.arg(esc(tr("The Commission presents to the President of the Republic of Kazakhstan the "
                                  "results of the operational evaluation on all blocks (§50), on the "
                                  "conclusions of the authorized bodies (§46–48) and the sources of §7.")));
    out += u"<p>%1</p>"_s.arg(esc(tr("Bodies evaluated: %1. Conclusions on all blocks final: %2. Alerts of §73: %3.")
                                      .arg(rows.size())
                                      .arg(final)
                                      .arg(m_result.alerts.size())));
    return out;
}

QString CommissionDocument::scoreTable() const
{
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("1. Scores of the state bodies on the blocks")));
    if (m_result.rows.empty())
        return out + u"<p>%1</p>"_s.arg(esc(tr("No body is evaluated in %1.").arg(m_result.year)));
    out += GridTable;
    out += u"<thead><tr><th rowspan=\"2\" width=\"3%\">%1</th><th rowspan=\"2\" width=\"17.5%\">%2</th>"_s.arg(
        esc(tr("No.")), esc(tr("State body")));
    for (int b = 1; b <= core::BlockCount; ++b)
        out += u"<th colspan=\"4\">%1</th>"_s.arg(esc(Labels::blockShort(b)));
    out += u"<th rowspan=\"2\" width=\"12%\">%1</th></tr><tr>"_s.arg(esc(tr("Conclusions")));
    for (int b = 1; b <= core::BlockCount; ++b)
        out +=
            u"<th width=\"6%\">%1</th><th width=\"5.5%\">%2</th><th width=\"4.5%\">%3</th><th width=\"6.5%\">%4</th>"_s
                .arg(esc(tr("Score")),
                     //: a narrow column: the rating band's code
                     esc(tr("Rating")),
                     //: a narrow column: the place among the bodies
                     esc(tr("Rank")),
                     //: a narrow column: the change of the score from last year
                     esc(tr("Change")));
    out += u"</tr></thead>"_s;

    bool anyComputed = false;
    bool anyAlert = false;
    std::map<QString, QString> ratings; // code → name, for the legend
    int number = 0;
    for (const core::CommissionRow& row : m_result.rows) {
        out += u"<tr><td class=\"center\">%1</td><td>%2 <span class=\"small\">(%3)</span></td>"_s.arg(
            QString::number(++number), esc(name(row.name)), esc(row.code));
        std::map<QString, QStringList> states; // what is not final yet → the blocks
        for (const core::CommissionBlock& block : row.blocks) {
            if (!block.inScope) {
                out += u"<td colspan=\"4\" class=\"center\" style=\"color: #666666;\"><i>%1</i></td>"_s.arg(
                    esc(tr("not evaluated")));
                continue;
            }
            QString score = num(block.score);
            if (block.score && !block.fromConclusion) {
                score += u"*"_s;
                anyComputed = true;
            }
            if (block.alert) {
                score = u"<b>%1&nbsp;‡</b>"_s.arg(score);
                anyAlert = true;
            }
            if (!block.rating.isEmpty())
                ratings[block.rating] = name(block.ratingName);
            out += u"<td class=\"number\">%1</td><td class=\"center\">%2</td><td class=\"center\">%3</td>"
                   "<td class=\"center\" style=\"white-space: nowrap;\">%4</td>"_s.arg(
                       score, esc(block.rating.isEmpty() ? u"—"_s : block.rating),
                       block.rank ? QString::number(*block.rank) : u"—"_s, esc(change(block.change, m_language)));
            if (block.state != core::ConclusionState::Final)
                states[stateName(block.state)] << QString::number(block.block);
            else if (block.pendingAppeals > 0)
                states[tr("complaint pending")] << QString::number(block.block);
        }
        QStringList lines;
        for (const auto& [state, blocks] : states)
            lines << esc(u"%1: %2"_s.arg(blocks.join(u", "_s), state));
        const QString conclusions = lines.isEmpty() ? esc(tr("all final")) : lines.join(u"<br/>"_s);
        out += u"<td><span class=\"small\">%1</span></td></tr>"_s.arg(conclusions);
    }
    out += u"</table>"_s;
    if (anyComputed)
        out += u"<p class=\"note\">%1</p>"_s.arg(
            esc(u"* "_s + tr("No conclusion has been issued: the score is computed from the current data.")));
    if (anyAlert)
        out += u"<p class=\"note\">%1</p>"_s.arg(
            esc(u"‡ "_s + tr("The score has fallen two or more years in a row (§73): see section 3.")));
    QStringList legend;
    for (const auto& [code, ratingName] : ratings)
        legend << (ratingName.isEmpty() ? code : code + u" — "_s + ratingName);
    if (!legend.isEmpty())
        out += u"<p class=\"note\">%1</p>"_s.arg(esc(tr("Ratings: %1.").arg(legend.join(u"; "_s))));
    out += u"<p class=\"note\">%1</p>"_s.arg(
        esc(tr("Rank: the place among the bodies scored in the block, 1 is the best. Change: from the score "
               "for %1. Conclusions: the blocks whose conclusions are not final yet, and where they stand.")
                .arg(m_result.year - 1)));
    return out;
}

QString CommissionDocument::chartSection() const
{
    const int count = chartCount();
    if (count == 0)
        return {};
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("2. Block scores by body")));
    const int width = DocumentPages::textWidth(QPageLayout::Landscape);
    for (int i = 0; i < count; ++i)
        out += u"<p align=\"center\"><img src=\"chart%1\" width=\"%2\" height=\"%3\"/></p>"_s.arg(i).arg(width).arg(
            ChartHeight);
    return out;
}

QString CommissionDocument::alerts() const
{
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("3. Bodies whose scores fell two or more years in a row (§73)")));
    if (m_result.alerts.empty())
        return out + u"<p>%1</p>"_s.arg(esc(tr("None.")));
    out += u"<p>%1</p>"_s.arg(
        esc(tr("The Presidential Administration proposes to consider the responsibility of the political civil "
               "servant and/or the executive secretary or head of the akim's office of these bodies (§73).")));
    out += GridTable;
    out += u"<thead><tr><th width=\"4%\">%1</th><th width=\"38%\">%2</th><th width=\"20%\">%3</th>"
           "<th width=\"38%\">%4</th></tr></thead>"_s.arg(esc(tr("No.")), esc(tr("State body")), esc(tr("Block")),
                                                          esc(tr("Scores by year")));
    int number = 0;
    for (const core::CommissionAlert& alert : m_result.alerts) {
        QStringList scores;
        const int first = m_result.year - static_cast<int>(alert.scores.size()) + 1;
        for (std::size_t i = 0; i < alert.scores.size(); ++i)
            scores << u"%1: %2"_s.arg(first + static_cast<int>(i)).arg(num(alert.scores[i]));
        out += u"<tr><td class=\"center\">%1</td><td>%2 <span class=\"small\">(%3)</span></td><td>%4</td>"
               "<td>%5</td></tr>"_s.arg(QString::number(++number), esc(name(alert.name)), esc(alert.code),
                                        esc(Labels::blockShort(alert.block)), esc(scores.join(u" → "_s)));
    }
    out += u"</table>"_s;
    return out;
}

QString CommissionDocument::stages() const
{
    const auto& rows = m_result.rows;
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("4. Stages after the conclusions (§48–51)")));
    const QString names[] = {tr("Conclusions on all blocks passed to the Commission's working body (§48)"),
                             tr("Results presented to the President (§50)"),
                             tr("Results with orders and recommendations sent to the body's head (§51)")};
    for (int s = 0; s < core::CommissionStageCount; ++s) {
        const auto done = std::count_if(rows.begin(), rows.end(), [s](const core::CommissionRow& r) {
            return r.stages[static_cast<std::size_t>(s)].isValid();
        });
        out += u"<p>%1: <b>%2</b></p>"_s.arg(esc(names[s]), esc(tr("%1 of %2 bodies").arg(done).arg(rows.size())));
    }
    if (rows.empty())
        return out;
    out += GridTable;
    out += u"<thead><tr><th width=\"4%\">%1</th><th width=\"36%\">%2</th><th width=\"15%\">%3</th>"
           "<th width=\"15%\">%4</th><th width=\"15%\">%5</th><th width=\"15%\">%6</th></tr></thead>"_s.arg(
               esc(tr("No.")), esc(tr("State body")), esc(tr("To the working body (§48)")), esc(tr("Presented (§50)")),
               esc(tr("To the head (§51)")), esc(tr("Orders and recommendations (§51)")));
    int number = 0;
    for (const core::CommissionRow& row : rows) {
        out += u"<tr><td class=\"center\">%1</td><td>%2 <span class=\"small\">(%3)</span></td>"_s.arg(
            QString::number(++number), esc(name(row.name)), esc(row.code));
        for (const QDate& d : row.stages)
            out += u"<td class=\"center\">%1</td>"_s.arg(esc(DocumentPages::date(d, m_language)));
        out += u"<td class=\"center\">%1</td></tr>"_s.arg(row.recommendations);
    }
    out += u"</table>"_s;
    return out;
}

QString CommissionDocument::reorganizations() const
{
    QString items;
    for (const core::CommissionRow& row : m_result.rows)
        for (const core::ReorganizationNote& note : row.reorganizations)
            items += u"<p><b>%1:</b> %2</p>"_s.arg(esc(name(row.name)),
                                                   esc(ConclusionDocument::reorganizationNote(note, m_language)));
    if (items.isEmpty())
        return {};
    return u"<h3>%1</h3>"_s.arg(esc(tr("5. Reorganized bodies (§53–55)"))) + items;
}

QString CommissionDocument::html() const
{
    QString out = u"<html><body>"_s;
    out += u"<p class=\"authority\">%1</p>"_s.arg(
        esc(tr("Commission for the operational evaluation of the activity of state bodies")));
    out += u"<p class=\"title\">%1</p>"_s.arg(esc(title(m_result.year)));
    out += u"<p class=\"subtitle\" style=\"margin-bottom: 14px;\">%1</p>"_s.arg(
        esc(tr("To the President of the Republic of Kazakhstan (§50)")));
    out += summary();
    out += scoreTable();
    out += chartSection();
    out += alerts();
    out += stages();
    out += reorganizations();
    out += u"<p class=\"signature\">%1 ____________________</p>"_s.arg(esc(tr("The Commission's working body")));
    out += u"</body></html>"_s;
    return out;
}

DocumentPages CommissionDocument::pages() const
{
    return *pages(core::Progress());
}

core::Result<DocumentPages> CommissionDocument::pages(const core::Progress& progress) const
{
    DocumentPages pages(html(), m_language, QPageLayout::Landscape);
    pages.setTitle(title(m_result.year));
    pages.setPrintedOn(m_printedOn);
    pages.setParagraphs(u"§48–51, §73"_s);
    auto images = drawCharts(DocumentPages::textWidth(QPageLayout::Landscape), ChartHeight, ChartScale, progress);
    if (!images)
        return std::unexpected(images.error());
    for (std::size_t i = 0; i < images->size(); ++i)
        pages.addImage(u"chart%1"_s.arg(i), (*images)[i]);
    return pages;
}

} // namespace ui
