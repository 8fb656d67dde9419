// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli: conclusions, appeals and the Commission's stages (issue 6).
#include "Cli.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"

#include "core/AppealService.h"
#include "core/AuditLog.h"
#include "core/CalendarService.h"
#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/Database.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/PublicationService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace app {

namespace {

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue optionalDate(QDate d)
{
    return d.isValid() ? QJsonValue(core::isoDate(d)) : QJsonValue();
}

QString scoreText(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 1) : u"—"_s;
}

/// "CODE=TEXT" split at the first '='; none when there is no '=' or nothing before it.
std::optional<std::pair<QString, QString>> keyValue(const QString& text)
{
    const qsizetype at = text.indexOf(u'=');
    if (at <= 0)
        return std::nullopt;
    return std::pair(text.left(at).trimmed(), text.mid(at + 1).trimmed());
}

} // namespace

int Cli::conclusions(const QString& name, const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit,
                     core::Language language, const OnError& failed)
{
    core::RegistryService registry(db, audit);
    core::CalendarService calendar(db, audit);
    core::ScheduleService schedules(db, audit);
    core::MethodologyService methodologies(db, audit);
    core::ScoreService scores(registry.repository(), methodologies);
    core::EvaluatorService evaluators(registry.repository());
    core::ConclusionService conclusions(db, audit, registry, methodologies, scores, evaluators, calendar, schedules);
    core::AppealService appeals(db, audit, conclusions, methodologies, calendar);
    core::CommissionService commission(db, audit, conclusions, appeals, scores, registry, methodologies);
    core::PublicationService publication(db, audit, conclusions, commission);

    const bool json = parser.isSet(u"json"_s);
    const int year = parser.value(u"year"_s).toInt();
    const std::optional<int> block =
        parser.isSet(u"block"_s) ? std::optional(parser.value(u"block"_s).toInt()) : std::nullopt;
    auto usage = [this](const QString& message) {
        m_err << u"bagalau-cli: "_s << message << u"\n"_s << tr("Try 'bagalau-cli --help'.") << u"\n"_s;
        return Usage;
    };
    auto dateOption = [&parser](const QString& option) { return core::parseIsoDate(parser.value(option)); };
    auto fileFailed = [this](const core::Error& error, const QString& file) {
        m_err << u"bagalau-cli: "_s << ui::ErrorText::of(error) << u" ("_s << QDir::toNativeSeparators(file);
        if (!error.detail.isEmpty())
            m_err << u": "_s << error.detail;
        m_err << u")\n"_s;
        return Failed;
    };
    auto bodyCode = [&registry](qint64 id) {
        auto b = registry.repository().body(id);
        return b ? b->code : QString::number(id);
    };

    std::optional<core::Part> part;
    if (parser.isSet(u"part"_s)) {
        part = core::parsePart(parser.value(u"part"_s));
        if (!part || (block && core::blockOf(*part) != *block))
            return usage(tr("--part takes a part of the block: %1.")
                             .arg(u"goals, public-services, e-services, "
                                  "complaints, openness, personnel, it"_s));
    }
    // The conclusion a command is about; started when `create` and missing.
    auto conclusionOf = [&](bool create) -> core::Result<core::Conclusion> {
        auto body = registry.repository().bodyByCode(parser.value(u"body"_s));
        if (!body)
            return std::unexpected(body.error());
        if (!*body)
            return core::fail(core::ErrorCode::NotFound, parser.value(u"body"_s));
        auto found = conclusions.find((*body)->id, year, *block, part);
        if (!found)
            return std::unexpected(found.error());
        if (*found)
            return **found;
        if (!create)
            return core::fail(core::ErrorCode::ConclusionNotIssued,
                              u"%1 %2 block %3"_s.arg((*body)->code).arg(year).arg(*block));
        auto id = conclusions.create((*body)->id, year, *block, part, tr("Started from the command line"));
        if (!id)
            return std::unexpected(id.error());
        return conclusions.conclusion(*id);
    };
    auto bodyMissing = [&]() -> bool {
        auto body = registry.repository().bodyByCode(parser.value(u"body"_s));
        return body && !*body;
    };

    if (name == u"conclusion list") {
        auto list = conclusions.conclusions(year, block);
        if (!list)
            return failed(list.error());
        QJsonArray array;
        for (const core::Conclusion& c : *list) {
            std::optional<double> score;
            if (c.latestVersionId)
                if (auto v = conclusions.version(*c.latestVersionId))
                    score = v->content.score;
            if (json) {
                array.append(QJsonObject{{u"body"_s, c.bodyCode},
                                         {u"block"_s, c.block},
                                         {u"part"_s, c.part ? QJsonValue(core::toString(*c.part)) : QJsonValue()},
                                         {u"year"_s, c.year},
                                         {u"author"_s, c.authorId ? QJsonValue(bodyCode(*c.authorId)) : QJsonValue()},
                                         {u"state"_s, core::toString(c.state)},
                                         {u"versions"_s, c.versions},
                                         {u"score"_s, optionalNumber(score)},
                                         {u"sent"_s, optionalDate(c.sentOn)},
                                         {u"received"_s, optionalDate(c.receivedOn)},
                                         {u"appeal_last_day"_s, optionalDate(c.appealDeadline)},
                                         {u"confidential"_s, c.confidential}});
                continue;
            }
            m_out << c.bodyCode.leftJustified(8) << u" "_s << tr("block %1").arg(c.block) << u"  "_s
                  << core::toString(c.state).leftJustified(13) << u" v"_s << c.versions << u"  "_s
                  << scoreText(score).rightJustified(5) << u"  "_s
                  << (c.receivedOn.isValid() ? tr("received %1, objections until %2")
                                                   .arg(core::isoDate(c.receivedOn), core::isoDate(c.appealDeadline))
                                             : QString())
                  << u"\n"_s;
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    if (name == u"conclusion issue" || name == u"conclusion send" || name == u"conclusion receive") {
        if (bodyMissing())
            return unknownBody(parser.value(u"body"_s));
        QDate date;
        if (name != u"conclusion issue") {
            date = dateOption(u"date"_s);
            if (!date.isValid())
                return usage(tr("%1 needs --date YYYY-MM-DD.").arg(name));
        }
        // Starting a missing conclusion and issuing it are one change: a refused issue starts nothing.
        core::Transaction tx(db);
        if (!tx.begun())
            return failed(tx.begun().error());
        auto c = conclusionOf(name == u"conclusion issue");
        if (!c)
            return failed(c.error());
        if (name == u"conclusion issue") {
            auto id = conclusions.issue(c->id, parser.value(u"reason"_s), tr("Issued from the command line"));
            if (!id)
                return failed(id.error());
            if (auto done = tx.commit(); !done)
                return failed(done.error());
            auto v = conclusions.version(*id);
            if (!v)
                return failed(v.error());
            m_out << tr("Conclusion on %1 for %2, block %3: version %4 issued, score %5")
                         .arg(c->bodyCode)
                         .arg(year)
                         .arg(c->block)
                         .arg(v->version)
                         .arg(scoreText(v->content.score))
                  << u"\n"_s;
            return Success;
        }
        const auto done = name == u"conclusion send"
                              ? conclusions.markSent(c->id, date, tr("Recorded from the command line"))
                              : conclusions.markReceived(c->id, date, tr("Recorded from the command line"));
        if (!done)
            return failed(done.error());
        if (auto committed = tx.commit(); !committed)
            return failed(committed.error());
        auto after = conclusions.conclusion(c->id);
        if (!after)
            return failed(after.error());
        if (name == u"conclusion send")
            m_out << tr("Sent on %1.").arg(core::isoDate(date)) << u"\n"_s;
        else
            m_out << tr("Received on %1; objections can be filed until %2 (§57).")
                         .arg(core::isoDate(after->receivedOn), core::isoDate(after->appealDeadline))
                  << u"\n"_s;
        return Success;
    }

    if (name == u"appeal file") {
        if (bodyMissing())
            return unknownBody(parser.value(u"body"_s));
        const QDate filed = dateOption(u"filed"_s);
        if (!filed.isValid())
            return usage(tr("appeal file needs --filed YYYY-MM-DD."));
        core::NewAppeal input;
        input.filedOn = filed;
        input.text = parser.value(u"text"_s);
        if (parser.isSet(u"kind"_s)) {
            const auto kind = core::parseAppealKind(parser.value(u"kind"_s));
            if (!kind)
                return usage(tr("--kind takes objection or complaint."));
            input.kind = *kind;
        }
        for (const QString& item : parser.values(u"item"_s)) {
            const auto kv = keyValue(item);
            if (!kv)
                return usage(tr("--item takes CODE=ARGUMENT, not %1.").arg(item));
            input.items.push_back({0, kv->first, kv->second, std::nullopt, std::nullopt, {}, {}, {}});
        }
        // Every document is read before anything is recorded.
        for (const QString& path : parser.values(u"document"_s)) {
            auto bytes = readFile(path);
            if (!bytes)
                return fileFailed(bytes.error(), path);
            input.documents.push_back({QFileInfo(path).fileName(), *bytes});
        }
        auto c = conclusionOf(false);
        if (!c)
            return failed(c.error());
        input.conclusionId = c->id;
        auto id = appeals.file(input, tr("Filed from the command line"));
        if (!id) {
            m_err << u"bagalau-cli: "_s << ui::ErrorText::of(id.error());
            if (!id.error().detail.isEmpty())
                m_err << u" ("_s << id.error().detail << u")"_s;
            m_err << u"\n"_s << tr("Nothing was recorded.") << u"\n"_s;
            return Failed;
        }
        auto a = appeals.appeal(*id);
        if (!a)
            return failed(a.error());
        m_out << tr("Appeal no. %1 filed on %2 by %3 on block %4; decision due by %5 (§60).")
                     .arg(*id)
                     .arg(core::isoDate(a->filedOn), a->bodyCode)
                     .arg(a->block)
                     .arg(a->decideBy.isValid() ? core::isoDate(a->decideBy) : u"—"_s)
              << u"\n"_s;
        return Success;
    }

    if (name == u"appeal list") {
        auto list = appeals.appeals(year);
        if (!list)
            return failed(list.error());
        QJsonArray array;
        for (const core::Appeal& a : *list) {
            if (json) {
                QJsonArray items;
                for (const core::AppealItem& i : a.items)
                    items.append(QJsonObject{{u"indicator"_s, i.code},
                                             {u"argument"_s, i.argument},
                                             {u"requested"_s, optionalNumber(i.requestedFact)},
                                             {u"accepted"_s, i.accepted ? QJsonValue(*i.accepted) : QJsonValue()},
                                             {u"reason"_s, i.reason},
                                             {u"old"_s, optionalNumber(i.oldFact)},
                                             {u"new"_s, optionalNumber(i.newFact)}});
                QJsonArray documents;
                for (const core::AppealDocument& d : a.documents)
                    documents.append(QJsonObject{{u"name"_s, d.name}, {u"sha256"_s, d.sha256}, {u"size"_s, d.size}});
                array.append(QJsonObject{
                    {u"id"_s, a.id},
                    {u"kind"_s, core::toString(a.kind)},
                    {u"body"_s, a.bodyCode},
                    {u"block"_s, a.block},
                    {u"part"_s, a.part.isEmpty() ? QJsonValue() : QJsonValue(a.part)},
                    {u"year"_s, a.year},
                    {u"authority"_s, a.authorId ? QJsonValue(bodyCode(*a.authorId)) : QJsonValue()},
                    {u"received"_s, optionalDate(a.receivedOn)},
                    {u"file_by"_s, optionalDate(a.fileBy)},
                    {u"filed"_s, optionalDate(a.filedOn)},
                    {u"deadline"_s, optionalDate(a.decideBy)},
                    {u"status"_s, core::toString(a.status)},
                    {u"decided"_s, optionalDate(a.decidedOn)},
                    {u"decided_late"_s, a.decidedLate()},
                    {u"reason"_s, a.decisionReason.in(language)},
                    {u"corrected_version"_s, a.correctedVersionId ? QJsonValue(*a.correctedVersionId) : QJsonValue()},
                    {u"items"_s, items},
                    {u"documents"_s, documents}});
                continue;
            }
            m_out << u"#"_s << a.id << u" "_s << core::toString(a.kind) << u" "_s << a.bodyCode.leftJustified(8)
                  << tr("block %1").arg(a.block) << u"  "_s << tr("filed %1").arg(core::isoDate(a.filedOn)) << u"  "_s
                  << (a.decideBy.isValid() ? tr("decide by %1").arg(core::isoDate(a.decideBy)) : QString()) << u"  "_s
                  << core::toString(a.status)
                  << (a.decidedOn.isValid() ? u" "_s + core::isoDate(a.decidedOn) : QString()) << u"\n"_s;
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    if (name == u"appeal decide") {
        bool ok = false;
        const qint64 id = parser.value(u"id"_s).toLongLong(&ok);
        if (!ok)
            return usage(tr("--id takes the appeal's number."));
        const QString decision = parser.value(u"decision"_s);
        if (decision != u"accepted" && decision != u"rejected")
            return usage(tr("--decision takes accepted or rejected."));
        const QDate date = dateOption(u"date"_s);
        if (!date.isValid())
            return usage(tr("appeal decide needs --date YYYY-MM-DD."));
        if (parser.value(u"reason"_s).trimmed().isEmpty())
            return usage(tr("appeal decide needs --reason TEXT."));
        std::map<QString, double> facts;
        for (const QString& f : parser.values(u"fact"_s)) {
            const auto kv = keyValue(f);
            const auto value = kv ? ui::Language::parseNumber(kv->second) : std::nullopt;
            if (!value)
                return usage(tr("--fact takes CODE=VALUE, not %1.").arg(f));
            facts[kv->first] = *value;
        }
        const QStringList rejected = parser.values(u"reject"_s);
        auto a = appeals.appeal(id);
        if (!a)
            return failed(a.error());
        // A decision is final (§60): a code that is not one of the appeal's indicators is a typo.
        QStringList codes;
        for (const core::AppealItem& i : a->items)
            codes << i.code;
        for (const QString& code : rejected)
            if (!codes.contains(code))
                return usage(tr("Appeal no. %1 has no indicator %2.").arg(id).arg(code));
        for (const auto& [code, value] : facts)
            if (!codes.contains(code))
                return usage(tr("Appeal no. %1 has no indicator %2.").arg(id).arg(code));
        std::vector<core::ItemDecision> decisions;
        const bool accept = decision == u"accepted";
        for (const core::AppealItem& i : a->items) {
            core::ItemDecision d;
            d.itemId = i.id;
            d.accepted = accept && !rejected.contains(i.code);
            d.newFact = facts.contains(i.code) ? std::optional(facts.at(i.code)) : i.requestedFact;
            d.reason = parser.value(u"reason"_s);
            decisions.push_back(d);
        }
        if (a->items.empty())
            decisions.push_back({0, accept, parser.value(u"reason"_s), std::nullopt});
        // The reason is written in the language of --lang; the other languages stay empty.
        core::Text3 reason;
        (language == core::Language::Kazakh    ? reason.kk
         : language == core::Language::Russian ? reason.ru
                                               : reason.en) = parser.value(u"reason"_s);
        if (auto r = appeals.decide(id, decisions, reason, date, tr("Decided from the command line")); !r)
            return failed(r.error());
        auto after = appeals.appeal(id);
        if (!after)
            return failed(after.error());
        m_out << tr("Appeal no. %1: %2 on %3.").arg(id).arg(core::toString(after->status), core::isoDate(date));
        if (after->decidedLate())
            m_out << u" "_s
                  << tr("Decided after the 15 days of §60 (last day %1).").arg(core::isoDate(after->decideBy));
        if (after->correctedVersionId)
            if (auto v = conclusions.version(*after->correctedVersionId))
                m_out << u" "_s
                      << tr("The conclusion was corrected: version %1, score %2 (§61).")
                             .arg(v->version)
                             .arg(scoreText(v->content.score));
        m_out << u"\n"_s;
        return Success;
    }

    if (name == u"appeal commission") {
        auto authority = registry.repository().bodyByCode(parser.value(u"authority"_s));
        if (!authority)
            return failed(authority.error());
        if (!*authority)
            return unknownBody(parser.value(u"authority"_s));
        const QDate date = dateOption(u"date"_s);
        if (!date.isValid())
            return usage(tr("appeal commission needs --date YYYY-MM-DD."));
        std::vector<core::CommissionMember> members;
        for (const QString& m : parser.values(u"member"_s)) {
            const QStringList parts = m.split(u'|');
            core::CommissionMember member;
            member.name = parts.value(0);
            member.position = parts.value(1);
            if (const QString org = parts.value(2).trimmed(); !org.isEmpty()) {
                auto body = registry.repository().bodyByCode(org);
                if (!body || !*body)
                    return unknownBody(org);
                member.organizationId = (*body)->id;
            }
            member.workingBody = parts.value(3).trimmed() == u"working-body";
            members.push_back(member);
        }
        auto id = appeals.setCommission((*authority)->id, year, date, members, tr("Formed from the command line"));
        if (!id)
            return failed(id.error());
        m_out << tr("Special commission of %1 for %2: %n member(s).", nullptr, static_cast<int>(members.size()))
                     .arg((*authority)->code)
                     .arg(year)
              << u"\n"_s;
        return Success;
    }

    if (name == u"commission result") {
        auto result = commission.result(year);
        if (!result)
            return failed(result.error());
        if (json) {
            QJsonArray rows;
            for (const core::CommissionRow& r : result->rows) {
                QJsonArray blocks;
                for (const core::CommissionBlock& b : r.blocks) {
                    if (!b.inScope)
                        continue;
                    blocks.append(QJsonObject{{u"block"_s, b.block},
                                              {u"state"_s, core::toString(b.state)},
                                              {u"version"_s, b.version},
                                              {u"from_conclusion"_s, b.fromConclusion},
                                              {u"score"_s, optionalNumber(b.score)},
                                              {u"rating"_s, b.rating},
                                              {u"rank"_s, b.rank ? QJsonValue(*b.rank) : QJsonValue()},
                                              {u"previous"_s, optionalNumber(b.previous)},
                                              {u"change"_s, optionalNumber(b.change)},
                                              {u"alert"_s, b.alert},
                                              {u"pending_appeals"_s, b.pendingAppeals}});
                }
                QJsonObject stages;
                for (int s = 0; s < core::CommissionStageCount; ++s)
                    stages.insert(core::toString(static_cast<core::CommissionStage>(s)),
                                  optionalDate(r.stages[static_cast<std::size_t>(s)]));
                rows.append(QJsonObject{{u"body"_s, r.code},
                                        {u"name"_s, r.name.in(language)},
                                        {u"blocks"_s, blocks},
                                        {u"stages"_s, stages},
                                        {u"conclusions_final"_s, r.conclusionsFinal()}});
            }
            m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
            return Success;
        }
        for (const core::CommissionRow& r : result->rows) {
            m_out << r.code.leftJustified(8);
            for (const core::CommissionBlock& b : r.blocks)
                m_out << u"  "_s
                      << (b.inScope ? scoreText(b.score) + (b.rank ? u" #"_s + QString::number(*b.rank) : QString())
                                    : u"·"_s)
                             .leftJustified(10);
            m_out << (r.conclusionsFinal() ? tr("final") : QString()) << u"\n"_s;
        }
        return Success;
    }

    if (name == u"commission stage") {
        const auto stage = core::parseCommissionStage(parser.value(u"stage"_s));
        if (!stage)
            return usage(tr("--stage takes to-working-body, presented or to-head."));
        const QDate date = dateOption(u"date"_s);
        if (!date.isValid())
            return usage(tr("commission stage needs --date YYYY-MM-DD."));
        if (parser.isSet(u"body"_s)) {
            auto body = registry.repository().bodyByCode(parser.value(u"body"_s));
            if (!body)
                return failed(body.error());
            if (!*body)
                return unknownBody(parser.value(u"body"_s));
            if (auto r = commission.setStage(year, (*body)->id, *stage, date, tr("Recorded from the command line")); !r)
                return failed(r.error());
            m_out << tr("Recorded for %1.").arg((*body)->code) << u"\n"_s;
            return Success;
        }
        auto count = commission.setStageAll(year, *stage, date, tr("Recorded from the command line"));
        if (!count)
            return failed(count.error());
        m_out << tr("Recorded for %n body(ies).", nullptr, *count) << u"\n"_s;
        return Success;
    }
    if (name == u"confidential mark" || name == u"confidential clear") {
        auto body = registry.repository().bodyByCode(parser.value(u"body"_s));
        if (!body)
            return failed(body.error());
        if (!*body)
            return unknownBody(parser.value(u"body"_s));
        if (parser.value(u"indicator"_s).trimmed().isEmpty())
            return usage(tr("%1 needs --indicator CODE.").arg(name));
        const core::ConfidentialValue value{year, *block, (*body)->id, parser.value(u"indicator"_s).trimmed(),
                                            parser.value(u"reason"_s).trimmed()};
        const bool mark = name == u"confidential mark";
        if (auto r = publication.setValueConfidential(value, mark, tr("Marked from the command line")); !r)
            return failed(r.error());
        m_out << (mark ? tr("%1 of %2, block %3, is withheld from publication (§52).")
                       : tr("%1 of %2, block %3, is published again."))
                     .arg(value.code, (*body)->code)
                     .arg(value.block)
              << u"\n"_s;
        return Success;
    }

    if (name == u"confidential list") {
        auto list = publication.confidentialValues(year);
        if (!list)
            return failed(list.error());
        QJsonArray array;
        for (const core::ConfidentialValue& v : *list) {
            if (json)
                array.append(QJsonObject{{u"body"_s, bodyCode(v.bodyId)},
                                         {u"block"_s, v.block},
                                         {u"indicator"_s, v.code},
                                         {u"reason"_s, v.reason}});
            else
                m_out << bodyCode(v.bodyId).leftJustified(8) << u" "_s << tr("block %1").arg(v.block) << u"  "_s
                      << v.code.leftJustified(8) << u" "_s << v.reason << u"\n"_s;
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    return usage(tr("Unknown command: %1").arg(name));
}

} // namespace app
