// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppealDocument.h"

#include "ConclusionDocument.h"

#include "ui/Language.h"

#include "core/ConclusionService.h"
#include "core/RegistryRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString esc(const QString& text)
{
    return DocumentPages::escaped(text);
}

QString field(const QString& label, const QString& value)
{
    return u"<tr><td width=\"42%\" style=\"padding-right: 8px;\">%1</td><td>%2</td></tr>"_s.arg(esc(label), value);
}

const QString GridTable = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-collapse: collapse; border-color: #000000; border-style: solid;\">"_s;

} // namespace

AppealDocument::AppealDocument(core::Appeal appeal, core::ConclusionContent content, core::Language language,
                               QDate printedOn)
    : m_appeal(std::move(appeal))
    , m_content(std::move(content))
    , m_language(language)
    , m_printedOn(printedOn)
{ }

core::Result<AppealDocument> AppealDocument::load(qint64 appealId, const core::AppealService& appeals,
                                                  const core::ConclusionService& conclusions,
                                                  const core::RegistryRepository& registry, core::Language language,
                                                  QDate printedOn)
{
    auto appeal = appeals.appeal(appealId);
    if (!appeal)
        return std::unexpected(appeal.error());
    auto appealed = conclusions.version(appeal->versionId);
    if (!appealed)
        return std::unexpected(appealed.error());
    AppealDocument document(*appeal, appealed->content, language, printedOn);
    document.setAppealedVersion(appealed->version);
    if (appeal->correctedVersionId) {
        auto corrected = conclusions.version(*appeal->correctedVersionId);
        if (!corrected)
            return std::unexpected(corrected.error());
        document.setCorrectedVersion(corrected->version);
    }
    if (appeal->authorId) {
        const QDate on = appeal->filedOn.isValid() ? appeal->filedOn : QDate(appeal->year + 1, 1, 1);
        auto pa = registry.roleHolder(core::Role::PA, on);
        if (!pa)
            return std::unexpected(pa.error());
        document.setDecidedByPresidentialAdministration(*pa && **pa == *appeal->authorId);
    }
    // The commission that decided it; while it is pending, the author's commission of the year.
    std::optional<core::SpecialCommission> commission;
    if (appeal->commissionId) {
        auto commissions = appeals.commissions(appeal->year);
        if (!commissions)
            return std::unexpected(commissions.error());
        const auto found =
            std::find_if(commissions->begin(), commissions->end(),
                         [&](const core::SpecialCommission& c) { return c.id == *appeal->commissionId; });
        if (found != commissions->end())
            commission = *found;
    } else if (appeal->authorId && appeal->status == core::AppealStatus::Pending) {
        auto current = appeals.commission(*appeal->authorId, appeal->year);
        if (!current)
            return std::unexpected(current.error());
        commission = *current;
    }
    if (commission) {
        std::map<qint64, core::Text3> organizations;
        for (const core::CommissionMember& m : commission->members) {
            if (!m.organizationId || organizations.contains(*m.organizationId))
                continue;
            auto body = registry.body(*m.organizationId);
            if (!body)
                return std::unexpected(body.error());
            organizations[*m.organizationId] = body->nameOn(commission->formedOn).shortName;
        }
        document.setCommission(*commission, std::move(organizations));
    }
    return document;
}

void AppealDocument::setCommission(const core::SpecialCommission& commission,
                                   std::map<qint64, core::Text3> organizations)
{
    m_commission = commission;
    m_organizations = std::move(organizations);
}

QString AppealDocument::title() const
{
    const QString body = name(m_content.bodyName);
    const QString author = name(m_content.authorName);
    if (m_appeal.kind == core::AppealKind::Complaint)
        return tr("Result of the re-check on the complaint of %1 about the conclusion of %2 for %3, block %4 (§62)")
            .arg(body, author)
            .arg(m_appeal.year)
            .arg(m_appeal.block);
    return tr("Decision on the objection of %1 to the conclusion of %2 for %3, block %4 (§57–61)")
        .arg(body, author)
        .arg(m_appeal.year)
        .arg(m_appeal.block);
}

QString AppealDocument::statusName(core::AppealStatus status)
{
    switch (status) {
    case core::AppealStatus::Pending:
        return tr("Pending");
    case core::AppealStatus::Accepted:
        return tr("Accepted");
    case core::AppealStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString AppealDocument::terms() const
{
    const core::Appeal& a = m_appeal;
    QString out = u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                  "style=\"margin-top: 14px; margin-bottom: 6px;\">"_s;
    out += field(tr("Evaluated body:"), u"<b>%1</b> (%2)"_s.arg(esc(name(m_content.bodyName)), esc(a.bodyCode)));
    out += field(tr("Authorized body:"), u"<b>%1</b>"_s.arg(esc(name(m_content.authorName))));
    out +=
        field(tr("Conclusion:"), esc(ConclusionDocument::blockName(a.block, m_content.part) + u", "_s
                                     + (m_appealedVersion > 0 ? tr("version %1").arg(m_appealedVersion) : QString())));
    out +=
        field(a.kind == core::AppealKind::Complaint ? tr("Appeal procedure ended on:") : tr("Conclusion received on:"),
              esc(day(a.receivedOn)));
    out += field(a.kind == core::AppealKind::Complaint ? tr("Complaint filed on:") : tr("Objection filed on:"),
                 u"<b>%1</b>"_s.arg(esc(day(a.filedOn))));
    out += field(
        tr("Last day to file (5 working days, %1):").arg(a.kind == core::AppealKind::Complaint ? u"§62"_s : u"§57"_s),
        esc(day(a.fileBy)));
    if (a.decideBy.isValid())
        out += field(tr("Decision due by (15 calendar days, §60):"), esc(day(a.decideBy)));
    QString decided = a.decidedOn.isValid() ? u"<b>%1</b>"_s.arg(esc(day(a.decidedOn))) : esc(tr("not decided yet"));
    if (a.decidedLate())
        decided += u" — <b>%1</b>"_s.arg(esc(tr("after the term of §60")));
    out += field(tr("Decided on:"), decided);
    out += u"</table>"_s;
    if (!a.text.trimmed().isEmpty()) {
        out += u"<h4>%1</h4>"_s.arg(esc(tr("The body's letter")));
        out += u"<p align=\"justify\">%1</p>"_s.arg(esc(a.text));
    }
    return out;
}

QString AppealDocument::commission() const
{
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("Special commission (§59)")));
    if (!m_commission) {
        if (m_byPa)
            return out
                   + u"<p>%1</p>"_s.arg(esc(tr("The Presidential Administration decides without a special "
                                               "commission (§59).")));
        return out + u"<p>%1</p>"_s.arg(esc(tr("No special commission has considered it yet.")));
    }
    out += u"<p>%1</p>"_s.arg(
        esc(tr("Formed on %1. Staff who took part in the evaluation do not sit on it; a representative of the "
               "Commission's working body does.")
                .arg(day(m_commission->formedOn))));
    out += GridTable;
    out += u"<thead><tr><th width=\"6%\">%1</th><th width=\"30%\">%2</th><th width=\"30%\">%3</th>"
           "<th width=\"34%\">%4</th></tr></thead>"_s.arg(esc(tr("No.")), esc(tr("Member")), esc(tr("Position")),
                                                          esc(tr("Organization")));
    int number = 0;
    for (const core::CommissionMember& m : m_commission->members) {
        QString organization;
        if (m.organizationId) {
            const auto found = m_organizations.find(*m.organizationId);
            if (found != m_organizations.end())
                organization = esc(name(found->second));
        }
        if (m.workingBody)
            organization += (organization.isEmpty() ? QString() : u"<br/>"_s)
                            + u"<i>%1</i>"_s.arg(esc(tr("representative of the Commission's working body")));
        out += u"<tr><td class=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            QString::number(++number), esc(m.name), esc(m.position), organization);
    }
    out += u"</table>"_s;
    return out;
}

QString AppealDocument::items() const
{
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("Indicators objected to")));
    if (m_appeal.items.empty())
        return out + u"<p>%1</p>"_s.arg(esc(tr("The objection names no indicator.")));
    out += GridTable;
    out += u"<thead><tr><th width=\"5%\">%1</th><th width=\"22%\">%2</th><th width=\"25%\">%3</th>"
           "<th width=\"12%\">%4</th><th width=\"22%\">%5</th><th width=\"14%\">%6</th></tr></thead>"_s.arg(
               esc(tr("No.")), esc(tr("Indicator")), esc(tr("The body's argument")), esc(tr("Requested fact")),
               esc(tr("Decision and reason")), esc(tr("Fact: old → new")));
    int number = 0;
    for (const core::AppealItem& item : m_appeal.items) {
        const auto line = std::find_if(m_content.lines.begin(), m_content.lines.end(),
                                       [&](const core::ConclusionLine& l) { return l.code == item.code; });
        QString indicator = u"<b>%1</b>"_s.arg(esc(item.code));
        if (line != m_content.lines.end())
            indicator += u" "_s + esc(name(line->name));
        QString decision = esc(tr("pending"));
        if (item.accepted)
            decision = u"<b>%1</b>"_s.arg(esc(*item.accepted ? tr("accepted") : tr("rejected")));
        if (!item.reason.trimmed().isEmpty())
            decision += u"<br/>"_s + esc(item.reason);
        const std::optional<double> old =
            item.oldFact ? item.oldFact : (line != m_content.lines.end() ? line->fact : std::nullopt);
        QString facts = DocumentPages::number(old, m_language, 2);
        if (item.accepted && *item.accepted)
            facts += u" → <b>%1</b>"_s.arg(DocumentPages::number(item.newFact, m_language, 2));
        out += u"<tr><td class=\"center\">%1</td><td>%2</td><td>%3</td><td class=\"number\">%4</td><td>%5</td>"
               "<td class=\"center\">%6</td></tr>"_s.arg(QString::number(++number), indicator, esc(item.argument),
                                                         DocumentPages::number(item.requestedFact, m_language, 2),
                                                         decision, facts);
    }
    out += u"</table>"_s;
    return out;
}

QString AppealDocument::decision() const
{
    const core::Appeal& a = m_appeal;
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("Decision")));
    if (a.status == core::AppealStatus::Pending) {
        out += u"<p>%1</p>"_s.arg(esc(a.decideBy.isValid()
                                          ? tr("Not decided yet: the decision is due by %1 (§60).").arg(day(a.decideBy))
                                          : tr("Not decided yet.")));
        return out;
    }
    const bool accepted = a.status == core::AppealStatus::Accepted;
    const QString verdict = a.kind == core::AppealKind::Complaint
                                ? (accepted ? tr("The complaint is upheld.") : tr("The complaint is dismissed."))
                                : (accepted ? tr("The objection is accepted.") : tr("The objection is rejected."));
    out += u"<p><b>%1</b> %2</p>"_s.arg(esc(verdict), esc(tr("Decided on %1.").arg(day(a.decidedOn))));
    if (!name(a.decisionReason).trimmed().isEmpty())
        out += u"<p align=\"justify\">%1</p>"_s.arg(esc(name(a.decisionReason)));
    if (a.decidedLate())
        out += u"<p><b>%1</b></p>"_s.arg(
            esc(tr("The decision was made after the term of 15 calendar days (§60), which ended on %1.")
                    .arg(day(a.decideBy))));
    if (accepted)
        out += u"<p>%1</p>"_s.arg(
            esc(m_correctedVersion ? tr("The conclusion was corrected: version %1 (§61).").arg(*m_correctedVersion)
                                   : tr("The conclusion is to be corrected (§61).")));
    if (a.kind == core::AppealKind::Objection)
        out += u"<p>%1</p>"_s.arg(esc(tr("The decision is final, except for §62.")));
    return out;
}

QString AppealDocument::documents() const
{
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("Supporting documents (§58)")));
    if (m_appeal.documents.empty())
        return out + u"<p>%1</p>"_s.arg(esc(tr("None.")));
    out += GridTable;
    out += u"<thead><tr><th width=\"6%\">%1</th><th width=\"52%\">%2</th><th width=\"14%\">%3</th>"
           "<th width=\"28%\">%4</th></tr></thead>"_s.arg(esc(tr("No.")), esc(tr("Document")), esc(tr("Size")),
                                                          esc(tr("SHA-256 (beginning)")));
    const QLocale locale = Language::localeFor(m_language);
    int number = 0;
    for (const core::AppealDocument& d : m_appeal.documents)
        out +=
            u"<tr><td class=\"center\">%1</td><td>%2</td><td class=\"number\">%3</td>"
            "<td style=\"font-family: 'DejaVu Sans Mono';\">%4</td></tr>"_s.arg(
                QString::number(++number), esc(d.name), esc(locale.formattedDataSize(d.size)), esc(d.sha256.left(16)));
    out += u"</table>"_s;
    return out;
}

QString AppealDocument::html() const
{
    QString out = u"<html><body>"_s;
    if (m_content.confidential)
        out += u"<p class=\"mark\">%1</p>"_s.arg(esc(tr("For official use only")));
    out += u"<p class=\"authority\">%1</p>"_s.arg(esc(name(m_content.authorName)));
    out += u"<p class=\"title\">%1</p>"_s.arg(esc(title()));
    out += terms();
    out += commission();
    out += items();
    out += decision();
    out += documents();
    out += u"<p class=\"signature\">%1 ____________________</p>"_s.arg(
        esc(m_commission ? tr("Chair of the special commission") : tr("Head of %1").arg(name(m_content.authorName))));
    out += u"</body></html>"_s;
    return out;
}

DocumentPages AppealDocument::pages() const
{
    DocumentPages pages(html(), m_language, QPageLayout::Portrait);
    pages.setTitle(title());
    pages.setPrintedOn(m_printedOn);
    pages.setParagraphs(m_appeal.kind == core::AppealKind::Complaint ? u"§62"_s : u"§57–61"_s);
    return pages;
}

} // namespace ui
