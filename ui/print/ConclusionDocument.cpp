// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConclusionDocument.h"

#include "ui/Labels.h"

#include "core/ConclusionService.h"
#include "core/Scoring.h"

#include <map>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString esc(const QString& text)
{
    return DocumentPages::escaped(text);
}

/// A row of the fields table under the heading: "Evaluated body:  Ministry of …".
QString field(const QString& label, const QString& value)
{
    return u"<tr><td width=\"30%\" style=\"padding-right: 8px;\">%1</td><td><b>%2</b></td></tr>"_s.arg(esc(label),
                                                                                                       value);
}

} // namespace

ConclusionDocument::ConclusionDocument(core::ConclusionVersion version, core::Language language, QDate printedOn)
    : m_version(std::move(version))
    , m_language(language)
    , m_printedOn(printedOn)
{ }

core::Result<core::ConclusionVersion> ConclusionDocument::findVersion(const core::ConclusionService& conclusions,
                                                                      qint64 conclusionId, std::optional<int> version)
{
    if (!version)
        return conclusions.latest(conclusionId);
    auto versions = conclusions.versions(conclusionId);
    if (!versions)
        return std::unexpected(versions.error());
    if (versions->empty())
        return core::fail(core::ErrorCode::ConclusionNotIssued);
    for (const core::ConclusionVersion& v : *versions)
        if (v.version == *version)
            return v;
    return core::fail(core::ErrorCode::NotFound, u"version %1"_s.arg(*version));
}

QString ConclusionDocument::title() const
{
    const core::ConclusionContent& c = m_version.content;
    return tr("Conclusion on the results of the operational evaluation of the effectiveness of %1 for %2")
        .arg(name(c.bodyName))
        .arg(c.year);
}

QString ConclusionDocument::blockName(int block, const std::optional<core::Part>& part)
{
    QString text = Labels::block(block);
    if (part)
        text += u" — "_s + Labels::part(*part);
    return text;
}

QString ConclusionDocument::recommendationStatus(core::RecommendationStatus status)
{
    switch (status) {
    case core::RecommendationStatus::Open:
        return tr("Open");
    case core::RecommendationStatus::Done:
        return tr("Done");
    case core::RecommendationStatus::Partly:
        return tr("Partly done");
    case core::RecommendationStatus::NotDone:
        return tr("Not done");
    }
    return {};
}

QString ConclusionDocument::lineStatus(const QString& status)
{
    for (const core::Status s :
         {core::Status::Full, core::Status::Partial, core::Status::NotAchieved, core::Status::NotCounted})
        if (core::toString(s) == status)
            return Labels::status(s);
    return status;
}

QString ConclusionDocument::reorganizationNote(const core::ReorganizationNote& note, core::Language language)
{
    const QString who = DocumentPages::text(note.name, language);
    const QString when = DocumentPages::date(note.date, language);
    QString text;
    switch (note.paragraph) {
    case 53:
        text = tr("Includes the activity of %1, reorganized on %2: it is counted into the final score (§53).")
                   .arg(who, when);
        break;
    case 54:
        text = tr("The activity of %1, reorganized on %2, was analysed: the results are used as recommendations "
                  "(§54).")
                   .arg(who, when);
        break;
    case 55:
        text = tr("The results of the evaluation of %1, reorganized on %2, are passed on as recommendations (§55).")
                   .arg(who, when);
        break;
    default:
        text = tr("%1 was reorganized on %2.").arg(who, when);
        break;
    }
    if (note.score)
        text += u" "_s + tr("Its own score in the block: %1.").arg(DocumentPages::number(note.score, language));
    return text;
}

QString ConclusionDocument::heading() const
{
    const core::ConclusionVersion& v = m_version;
    const core::ConclusionContent& c = v.content;
    QString out;
    if (c.confidential)
        out += u"<p class=\"mark\">%1</p>"_s.arg(esc(tr("For official use only")));
    out += u"<p class=\"authority\">%1</p>"_s.arg(esc(name(c.authorName)));
    out += u"<p class=\"title\">%1</p>"_s.arg(esc(title()));
    out += u"<p class=\"subtitle\">%1</p>"_s.arg(esc(blockName(c.block, c.part)));
    out += u"<p class=\"subtitle\">%1</p>"_s.arg(
        esc(tr("Version %1 of %2").arg(v.version).arg(DocumentPages::date(v.issuedAt.date(), m_language))));
    if (v.appealId || v.version > 1) {
        QString corrected = v.appealId ? tr("Corrected version %1 after the appeal (§61)").arg(v.version)
                                       : tr("Corrected version %1").arg(v.version);
        if (!v.reason.trimmed().isEmpty())
            corrected += u": "_s + v.reason.trimmed();
        out += u"<p class=\"subtitle\"><i>%1</i></p>"_s.arg(esc(corrected));
    }

    out += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
           "style=\"margin-top: 14px; margin-bottom: 6px;\">"_s;
    out += field(tr("Evaluated body:"), esc(name(c.bodyName)) + u" (%1)"_s.arg(esc(c.bodyCode)));
    out += field(tr("Authorized body:"), esc(name(c.authorName)));
    out += field(tr("Evaluated year:"), QString::number(c.year));
    QString methodology = tr("version %1").arg(c.methodologyVersion);
    if (c.sampleMethodology)
        methodology += u" — "_s + tr("sample methodology, for demonstration only");
    out += field(tr("Methodology:"), esc(methodology));
    if (v.sentOn.isValid())
        out += field(tr("Sent on:"), esc(DocumentPages::date(v.sentOn, m_language)));
    if (v.receivedOn.isValid())
        out += field(tr("Received on:"), esc(DocumentPages::date(v.receivedOn, m_language)));
    out += u"</table>"_s;
    return out;
}

QString ConclusionDocument::finalReport() const
{
    const core::ConclusionContent& c = m_version.content;
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("1. Final report on the evaluation (§47)")));
    if (c.score) {
        QString score = tr("Final score: %1 points out of 100.").arg(u"<b>%1</b>"_s.arg(num(c.score)));
        if (!c.rating.isEmpty()) {
            const QString rating = name(c.ratingName).isEmpty() ? c.rating : name(c.ratingName);
            score += u" "_s + tr("Rating: %1.").arg(u"<b>%1</b>"_s.arg(esc(rating)));
        }
        out += u"<p>%1</p>"_s.arg(score);
    } else {
        out += u"<p>%1</p>"_s.arg(esc(tr("There is no final score: no indicator of the block counts.")));
    }
    if (c.ownScore && c.score && std::abs(*c.ownScore - *c.score) > 1e-9)
        out += u"<p>%1</p>"_s.arg(esc(tr("The body's own score is %1; with the activity of the reorganized bodies "
                                         "counted in (§53) the final score is %2.")
                                          .arg(num(c.ownScore), num(c.score))));
    if (!name(c.summary).trimmed().isEmpty())
        out += u"<p align=\"justify\">%1</p>"_s.arg(esc(name(c.summary)));

    out += indicatorTable();

    if (!c.reorganizations.empty()) {
        out += u"<h4>%1</h4>"_s.arg(esc(tr("Reorganized bodies (§53–55)")));
        for (const core::ReorganizationNote& note : c.reorganizations)
            out += u"<p>%1</p>"_s.arg(esc(reorganizationNote(note, m_language)));
    }
    return out;
}

QString ConclusionDocument::indicatorTable() const
{
    const core::ConclusionContent& c = m_version.content;
    if (c.lines.empty())
        return u"<p>%1</p>"_s.arg(esc(tr("The conclusion lists no indicators.")));
    QString out = u"<h4>%1</h4>"_s.arg(esc(tr("Indicators")));
    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
           "style=\"border-collapse: collapse; border-color: #000000; border-style: solid;\">"_s;
    out += u"<thead><tr><th width=\"5%\">%1</th><th width=\"33%\">%2</th><th width=\"10%\">%3</th>"
           "<th width=\"12%\">%4</th><th width=\"15%\">%5</th><th width=\"9%\">%6</th><th width=\"16%\">%7</th>"
           "</tr></thead>"_s.arg(esc(tr("No.")), esc(tr("Indicator")), esc(tr("Plan")), esc(tr("Fact")),
                                 esc(tr("Status")), esc(tr("Score")), esc(tr("Contribution")));
    bool anyCorrected = false;
    bool anyConfidential = false;
    QString criterion;
    int number = 0;
    double total = 0;
    for (const core::ConclusionLine& line : c.lines) {
        if (line.criterion != criterion || number == 0) {
            criterion = line.criterion;
            const QString label = name(line.criterionName);
            if (!criterion.isEmpty() || !label.isEmpty())
                out += u"<tr class=\"group\"><td colspan=\"7\">%1</td></tr>"_s.arg(
                    esc(tr("Criterion %1").arg(criterion) + (label.isEmpty() ? QString() : u": "_s + label)));
        }
        ++number;
        total += line.contribution;
        QString fact = num(line.fact, 2);
        if (line.corrected) {
            fact = u"<span class=\"corrected\">%1&nbsp;*</span>"_s.arg(fact);
            anyCorrected = true;
        }
        QString indicator = u"<b>%1</b> %2"_s.arg(esc(line.code), esc(name(line.name)));
        if (line.confidential) {
            indicator += u"&nbsp;†"_s;
            anyConfidential = true;
        }
        out += u"<tr><td class=\"center\">%1</td><td>%2</td><td class=\"number\">%3</td><td class=\"number\">%4</td>"
               "<td>%5</td><td class=\"number\">%6</td><td class=\"number\">%7</td></tr>"_s.arg(
                   QString::number(number), indicator, num(line.plan, 2), fact, esc(lineStatus(line.status)),
                   num(line.score), num(line.contribution, 2));
    }
    out += u"<tr class=\"total\"><td></td><td colspan=\"5\">%1</td><td class=\"number\">%2</td></tr>"_s.arg(
        esc(tr("Block score")), num(c.score ? *c.score : total, 2));
    out += u"</table>"_s;
    if (anyCorrected)
        out += u"<p class=\"note\">%1</p>"_s.arg(
            esc(u"* "_s + tr("The fact was corrected by the decision on the body's objection (§61).")));
    if (anyConfidential)
        out += u"<p class=\"note\">%1</p>"_s.arg(
            esc(u"† "_s + tr("The value is confidential: it is withheld from publication (§52).")));
    return out;
}

QString ConclusionDocument::earlierRecommendations() const
{
    const core::ConclusionContent& c = m_version.content;
    QString out =
        u"<h3>%1</h3>"_s.arg(esc(tr("2. Results of carrying out the recommendations given earlier (§45, §47)")));
    if (c.earlier.empty())
        return out + u"<p>%1</p>"_s.arg(esc(tr("No recommendations were given to the body for %1.").arg(c.year - 1)));

    std::map<qint64, QString> predecessors;
    for (const core::ReorganizationNote& note : c.reorganizations)
        predecessors[note.bodyId] = name(note.name);
    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
           "style=\"border-collapse: collapse; border-color: #000000; border-style: solid;\">"_s;
    out += u"<thead><tr><th width=\"5%\">%1</th><th width=\"43%\">%2</th><th width=\"17%\">%3</th>"
           "<th width=\"12%\">%4</th><th width=\"23%\">%5</th></tr></thead>"_s.arg(
               esc(tr("No.")), esc(tr("Recommendation")), esc(tr("Given by")), esc(tr("Status")), esc(tr("Note")));
    int number = 0;
    for (const core::Recommendation& r : c.earlier) {
        QString given;
        switch (r.source) {
        case core::RecommendationSource::Conclusion:
            given = tr("Conclusion for %1").arg(r.year);
            break;
        case core::RecommendationSource::Commission:
            given = tr("The Commission, %1 (§51)").arg(r.year);
            break;
        case core::RecommendationSource::Reorganization: {
            const auto from = r.fromBodyId ? predecessors.find(*r.fromBodyId) : predecessors.end();
            given = from != predecessors.end() ? tr("The analysis of %1 (§54–55)").arg(from->second)
                                               : tr("The analysis of a reorganized body (§54–55)");
            break;
        }
        }
        QString text = esc(name(r.text));
        if (r.order)
            text = u"<b>%1</b> "_s.arg(esc(tr("Order:"))) + text;
        out += u"<tr><td class=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            QString::number(++number), text, esc(given), esc(recommendationStatus(r.status)), esc(name(r.note)));
    }
    out += u"</table>"_s;
    return out;
}

QString ConclusionDocument::findings() const
{
    const core::ConclusionContent& c = m_version.content;
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("3. Findings and recommendations for raising the effectiveness (§47)")));
    const QString text = name(c.findings);
    out += u"<p align=\"justify\">%1</p>"_s.arg(text.trimmed().isEmpty() ? esc(tr("No findings.")) : esc(text));
    if (c.recommendations.empty()) {
        out += u"<p>%1</p>"_s.arg(esc(tr("The conclusion gives no new recommendations.")));
        return out;
    }
    out += u"<h4>%1</h4>"_s.arg(esc(tr("Recommendations")));
    out += u"<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    int number = 0;
    for (const core::Recommendation& r : c.recommendations) {
        QString item = esc(name(r.text));
        if (r.order)
            item = u"<b>%1</b> "_s.arg(esc(tr("Order:"))) + item;
        out += u"<tr><td width=\"5%\" align=\"right\">%1.</td><td>%2</td></tr>"_s.arg(QString::number(++number), item);
    }
    out += u"</table>"_s;
    return out;
}

QString ConclusionDocument::html() const
{
    const core::ConclusionContent& c = m_version.content;
    QString out = u"<html><body>"_s;
    out += heading();
    out += finalReport();
    out += earlierRecommendations();
    out += findings();
    if (!c.participants.empty()) {
        QStringList names;
        for (const QString& n : c.participants)
            names << n.trimmed();
        out +=
            u"<p style=\"margin-top: 18px;\"><b>%1</b> %2</p>"_s.arg(esc(tr("Prepared by:")), esc(names.join(u", "_s)));
    }
    out += u"<p class=\"signature\">%1 ____________________</p>"_s.arg(esc(tr("Head of %1").arg(name(c.authorName))));
    out += u"</body></html>"_s;
    return out;
}

DocumentPages ConclusionDocument::pages() const
{
    DocumentPages pages(html(), m_language, QPageLayout::Portrait);
    pages.setTitle(title());
    pages.setPrintedOn(m_printedOn);
    pages.setParagraphs(u"§46–47"_s);
    return pages;
}

} // namespace ui
