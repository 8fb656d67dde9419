// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli: reports, packages, workstations and re-verification (issue 5).
#include "Cli.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/MethodologyService.h"
#include "core/PackageService.h"
#include "core/RecheckService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"
#include "core/Signing.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace app {

namespace {

QJsonArray blocksJson(const std::vector<int>& blocks)
{
    QJsonArray a;
    for (int b : blocks)
        a.append(b);
    return a;
}

QString blocksText(const std::vector<int>& blocks)
{
    QStringList parts;
    for (int b : blocks)
        parts << QString::number(b);
    return parts.join(u", "_s);
}

QString changeKind(core::PackageChange::Kind kind)
{
    switch (kind) {
    case core::PackageChange::Kind::ReportState:
        return u"state"_s;
    case core::PackageChange::Kind::Value:
        return u"value"_s;
    case core::PackageChange::Kind::Note:
        return u"note"_s;
    case core::PackageChange::Kind::Evidence:
        return u"evidence"_s;
    case core::PackageChange::Kind::Remark:
        return u"remark"_s;
    }
    return {};
}

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

core::Result<QByteArray> Cli::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(core::ErrorCode::FileUnreadable, file.errorString());
    return file.readAll();
}

core::Result<void> Cli::writeFile(const QString& path, const std::function<core::Result<QByteArray>()>& make)
{
    // Opened before anything is changed, so a file that cannot be written changes nothing; written
    // whole or not at all, so a package is never left half-written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(core::ErrorCode::FileUnreadable, file.errorString());
    auto bytes = make();
    if (!bytes) {
        file.cancelWriting();
        return std::unexpected(bytes.error());
    }
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return core::fail(core::ErrorCode::FileUnreadable, file.errorString());
    return {};
}

void Cli::printCheck(const core::PackageCheck& check, bool json, bool applied, bool dryRun)
{
    const core::PackageHeader& h = check.header;
    if (json) {
        QJsonArray changes;
        for (const core::PackageChange& c : check.changes)
            changes.append(QJsonObject{{u"kind"_s, changeKind(c.kind)},
                                       {u"block"_s, c.block},
                                       {u"code"_s, c.code},
                                       {u"field"_s, c.field},
                                       {u"old"_s, c.oldValue},
                                       {u"new"_s, c.newValue}});
        m_out << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"kind"_s, core::toString(h.kind)},
                            {u"id"_s, h.id},
                            {u"body"_s, h.body},
                            {u"year"_s, h.year},
                            {u"blocks"_s, blocksJson(h.blocks)},
                            {u"sequence"_s, h.sequence},
                            {u"created"_s, h.created.toUTC().toString(Qt::ISODate)},
                            {u"signer"_s, core::signing::fingerprint(h.signerKey)},
                            {u"sha256"_s, check.sha256},
                            {u"already_imported"_s, check.alreadyImported},
                            {u"supersedes"_s, check.supersedes ? QJsonValue(*check.supersedes) : QJsonValue()},
                            {u"late_blocks"_s, blocksJson(check.lateBlocks)},
                            {u"changes"_s, changes},
                            {u"imported"_s, applied && !dryRun && !check.alreadyImported}})
                .toJson(QJsonDocument::Indented));
        return;
    }
    m_out << tr("Package %1 no. %2 of %3 for %4, blocks %5, made %6 UTC, signed with key %7")
                 .arg(core::toString(h.kind))
                 .arg(h.sequence)
                 .arg(h.body)
                 .arg(h.year)
                 .arg(blocksText(h.blocks), h.created.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                      core::signing::fingerprint(h.signerKey))
          << u"\n"_s;
    if (check.alreadyImported) {
        m_out << tr("This very package was imported before: importing it again changes nothing.") << u"\n"_s;
        return;
    }
    if (check.supersedes)
        m_out << tr("It supersedes the package imported as no. %1, which stays in the history.").arg(*check.supersedes)
              << u"\n"_s;
    if (!check.lateBlocks.empty())
        m_out << tr("Received after the reporting deadline: block(s) %1.").arg(blocksText(check.lateBlocks)) << u"\n"_s;
    m_out << tr("%n change(s):", nullptr, static_cast<int>(check.changes.size())) << u"\n"_s;
    for (const core::PackageChange& c : check.changes)
        m_out << u"  "_s << tr("block %1").arg(c.block) << u"  "_s << c.code.leftJustified(8) << u" "_s << c.field
              << u": "_s << (c.oldValue.isEmpty() ? u"—"_s : c.oldValue) << u" → "_s
              << (c.newValue.isEmpty() ? u"—"_s : c.newValue) << u"\n"_s;
    if (dryRun)
        m_out << tr("Dry run: nothing was changed.") << u"\n"_s;
    else if (applied)
        m_out << tr("Imported.") << u"\n"_s;
}

int Cli::exchange(const QString& name, const QStringList& words, const QCommandLineParser& parser, core::Database& db,
                  core::AuditLog& audit, core::Language language, const OnError& failed)
{
    core::RegistryService registry(db, audit);
    core::MethodologyService methodologies(db, audit);
    core::ScheduleService schedules(db, audit);
    core::ScoreService scores(registry.repository(), methodologies);
    core::ReportService reports(db, audit, methodologies, schedules, scores);
    core::PackageService packages(db, audit, registry, methodologies, schedules, reports);
    core::RecheckService rechecks(db, audit, methodologies, reports);
    const bool json = parser.isSet(u"json"_s);
    const int year = parser.isSet(u"year"_s) ? parser.value(u"year"_s).toInt() : 0;
    std::optional<int> block;
    if (parser.isSet(u"block"_s))
        block = parser.value(u"block"_s).toInt();

    // A refusal about a file names the file, not the database.
    auto fileFailed = [this](const core::Error& error, const QString& file) {
        m_err << u"bagalau-cli: "_s << ui::ErrorText::of(error) << u" ("_s << QDir::toNativeSeparators(file);
        if (!error.detail.isEmpty())
            m_err << u": "_s << error.detail;
        m_err << u")\n"_s;
        return Failed;
    };
    // --out: never the database itself; the change is made only if the file can be written.
    auto writeOut = [&](const std::function<core::Result<QByteArray>()>& make) -> int {
        const QString out = parser.value(u"out"_s);
        if (db.isOwnFile(out))
            return fileFailed({core::ErrorCode::FileUnreadable, u"that is the database itself"_s}, out);
        if (auto r = writeFile(out, make); !r)
            return r.error().code == core::ErrorCode::FileUnreadable ? fileFailed(r.error(), out) : failed(r.error());
        return Success;
    };
    auto ws = packages.workstation();
    if (!ws)
        return failed(ws.error());
    // The body a command is about: the workstation's own, or --body on the analyst's side.
    auto bodyOf = [&]() -> std::optional<qint64> {
        if (*ws)
            return (**ws).bodyId;
        auto body = registry.repository().bodyByCode(parser.value(u"body"_s));
        if (!body || !*body)
            return std::nullopt;
        return (**body).id;
    };

    if (name == u"package template") {
        auto body = registry.repository().bodyByCode(parser.value(u"body"_s));
        if (!body)
            return failed(body.error());
        if (!*body)
            return unknownBody(parser.value(u"body"_s));
        if (auto r = writeOut([&] { return packages.issueTemplate((**body).id, year, {}); }); r != Success)
            return r;
        auto keys = packages.bodyKeys((**body).id);
        const QString fingerprint =
            keys && !keys->empty() ? core::signing::fingerprint(keys->back().publicKey) : QString();
        m_out << tr("Template for %1, %2 written to %3.")
                     .arg((**body).code)
                     .arg(year)
                     .arg(QDir::toNativeSeparators(parser.value(u"out"_s)))
              << u"\n"_s
              << tr("The body's key %1 is registered; packages it signs are accepted until %2.")
                     .arg(fingerprint, keys && !keys->empty() ? core::isoDate(keys->back().expiresOn) : QString())
              << u"\n"_s << tr("The template holds the body's signing key: hand it over like a password.") << u"\n"_s;
        return Success;
    }

    if (name == u"package verify" || name == u"package import") {
        auto bytes = readFile(words.at(0));
        if (!bytes)
            return fileFailed(bytes.error(), words.at(0));
        const bool dryRun = name == u"package verify" || parser.isSet(u"dry-run"_s);
        core::Result<core::PackageCheck> check =
            *ws ? packages.importReturn(*bytes, dryRun, {}) : packages.importReport(*bytes, dryRun, {});
        if (!check)
            return fileFailed(check.error(), words.at(0));
        printCheck(*check, json, name == u"package import", name == u"package import" && dryRun);
        return Success;
    }

    if (name == u"package export") {
        if (!*ws)
            return failed({core::ErrorCode::NotAWorkstation, {}});
        if (parser.isSet(u"year"_s) && year != (**ws).year)
            return failed({core::ErrorCode::PackageMismatch,
                           u"this workstation reports on %1, not %2"_s.arg((**ws).year).arg(year)});
        if (auto r = writeOut([&] { return packages.exportReport({}); }); r != Success)
            return r;
        m_out << tr("Report package written to %1.").arg(QDir::toNativeSeparators(parser.value(u"out"_s))) << u"\n"_s;
        return Success;
    }

    if (name == u"package return") {
        const auto bodyId = bodyOf();
        if (!bodyId)
            return unknownBody(parser.value(u"body"_s));
        std::map<QString, QString> remarks;
        for (const QString& r : parser.values(u"remark"_s)) {
            const qsizetype eq = r.indexOf(u'=');
            if (eq <= 0)
                return failed({core::ErrorCode::InvalidValue, u"--remark CODE=TEXT: "_s + r});
            remarks[r.left(eq).trimmed()] = r.mid(eq + 1).trimmed();
        }
        if (auto r = writeOut([&] {
                return packages.returnPackage({*bodyId, year, *block}, parser.value(u"reason"_s), remarks, {});
            });
            r != Success)
            return r;
        m_out << tr("Returned for revision; return package written to %1.")
                     .arg(QDir::toNativeSeparators(parser.value(u"out"_s)))
              << u"\n"_s;
        return Success;
    }

    if (name == u"workstation init") {
        auto bytes = readFile(words.at(0));
        if (!bytes)
            return fileFailed(bytes.error(), words.at(0));
        auto info = packages.initWorkstation(*bytes, {});
        if (!info)
            return fileFailed(info.error(), words.at(0));
        m_out << tr("Workstation of %1 for %2 ready: blocks %3.")
                     .arg(info->bodyCode)
                     .arg(info->year)
                     .arg(blocksText(info->blocks))
              << u"\n"_s;
        return Success;
    }

    if (name == u"workstation show") {
        if (!*ws)
            return failed({core::ErrorCode::NotAWorkstation, {}});
        const core::WorkstationInfo& w = **ws;
        if (json) {
            m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"body"_s, w.bodyCode},
                                                                 {u"year"_s, w.year},
                                                                 {u"blocks"_s, blocksJson(w.blocks)},
                                                                 {u"template"_s, w.templateId},
                                                                 {u"key"_s, core::signing::fingerprint(w.publicKey)},
                                                                 {u"exported"_s, w.exportedSequence}})
                                           .toJson(QJsonDocument::Indented));
        } else {
            m_out << tr("Workstation of %1 for %2, blocks %3; key %4; %n package(s) exported.", nullptr,
                        static_cast<int>(w.exportedSequence))
                         .arg(w.bodyCode)
                         .arg(w.year)
                         .arg(blocksText(w.blocks), core::signing::fingerprint(w.publicKey))
                  << u"\n"_s;
        }
        return Success;
    }

    const int reportYear = *ws && !parser.isSet(u"year"_s) ? (**ws).year : year;
    if (name == u"report import-csv") {
        const auto bodyId = bodyOf();
        if (!bodyId)
            return unknownBody(parser.value(u"body"_s));
        auto bytes = readFile(words.at(0));
        if (!bytes)
            return fileFailed(bytes.error(), words.at(0));
        // A spreadsheet saved in another encoding is refused, not read as replacement characters.
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(*bytes);
        if (utf8.hasError())
            return fileFailed({core::ErrorCode::CsvInvalid, u"the file is not UTF-8 text; save it as CSV UTF-8"_s},
                              words.at(0));
        auto saved = reports.importCsv(*bodyId, reportYear, text, {});
        if (!saved) {
            if (saved.error().code == core::ErrorCode::CsvInvalid) {
                m_err << u"bagalau-cli: "_s << ui::ErrorText::of(saved.error()) << u" ("_s
                      << QDir::toNativeSeparators(words.at(0)) << u")\n"_s;
                for (const QString& line : saved.error().detail.split(u'\n'))
                    m_err << u"  "_s << line << u"\n"_s;
                m_err << tr("Nothing was written.") << u"\n"_s;
                return Failed;
            }
            return failed(saved.error());
        }
        m_out << tr("%n row(s) saved.", nullptr, *saved) << u"\n"_s;
        return Success;
    }

    if (name == u"report submit") {
        const auto bodyId = bodyOf();
        if (!bodyId)
            return unknownBody(parser.value(u"body"_s));
        const core::ReportKey key{*bodyId, reportYear, *block};
        if (auto r = reports.submit(key, {}); !r) {
            if (r.error().code == core::ErrorCode::ReportHasErrors)
                m_err << tr("Problems: %1").arg(r.error().detail) << u"\n"_s;
            return failed(r.error());
        }
        auto report = reports.report(key);
        if (!report)
            return failed(report.error());
        m_out << tr("Block %1 submitted (revision %2).").arg(*block).arg(report->revision) << u"\n"_s;
        if (*ws)
            m_out << tr("Export the report package to hand it over: bagalau-cli package export --out FILE") << u"\n"_s;
        return Success;
    }

    if (name == u"report list") {
        std::optional<qint64> bodyFilter;
        if (*ws || parser.isSet(u"body"_s)) {
            bodyFilter = bodyOf();
            if (!bodyFilter)
                return unknownBody(parser.value(u"body"_s));
        }
        auto overview = reports.overview(reportYear, bodyFilter);
        if (!overview)
            return failed(overview.error());
        QJsonArray array;
        for (const core::ReportSummary& s : *overview) {
            const core::Report& r = s.report;
            if (json) {
                array.append(QJsonObject{
                    {u"body"_s, s.bodyCode},
                    {u"block"_s, r.key.block},
                    {u"year"_s, r.key.year},
                    {u"state"_s, core::toString(r.state)},
                    {u"revision"_s, r.revision},
                    {u"locked"_s, core::isLocked(r.state)},
                    {u"deadline"_s, r.deadline.isValid() ? QJsonValue(core::isoDate(r.deadline)) : QJsonValue()},
                    {u"timeliness"_s, core::toString(r.timeliness)},
                    {u"days_late"_s, r.daysLate},
                    {u"filled"_s, s.filled},
                    {u"lines"_s, s.lines},
                    {u"errors"_s, s.errors},
                    {u"warnings"_s, s.warnings},
                    {u"remarks"_s, s.remarks},
                    {u"evidence"_s, s.evidence}});
            } else {
                m_out << s.bodyCode.leftJustified(8) << u" "_s << tr("block %1").arg(r.key.block).leftJustified(10)
                      << core::toString(r.state).leftJustified(12) << u" "_s
                      << core::toString(r.timeliness).leftJustified(10) << u" "_s
                      << tr("%1 of %2 filled, %3 error(s)").arg(s.filled).arg(s.lines).arg(s.errors) << u"\n"_s;
            }
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    if (name == u"recheck select" || name == u"recheck list") {
        if (name == u"recheck select")
            if (auto r = rechecks.select(year, block, {}); !r)
                return failed(r.error());
        auto list = rechecks.list(year, block);
        if (!list)
            return failed(list.error());
        QJsonArray array;
        for (const core::Recheck& r : *list) {
            QJsonArray reasons;
            QStringList reasonText;
            for (const core::RiskReason& reason : r.reasons) {
                reasons.append(QJsonObject{{u"kind"_s, core::toString(reason.kind)}, {u"detail"_s, reason.detail}});
                reasonText << core::toString(reason.kind)
                                  + (reason.detail.isEmpty() ? QString() : u" ("_s + reason.detail + u')');
            }
            if (json)
                array.append(QJsonObject{{u"body"_s, r.bodyCode},
                                         {u"block"_s, r.block},
                                         {u"indicator"_s, r.code},
                                         {u"reasons"_s, reasons},
                                         {u"outcome"_s, core::toString(r.outcome)},
                                         {u"reported_fact"_s, optionalNumber(r.reportedFact)},
                                         {u"corrected_fact"_s, optionalNumber(r.correctedFact)}});
            else
                m_out << r.bodyCode.leftJustified(8) << u" "_s << tr("block %1").arg(r.block).leftJustified(10)
                      << r.code.leftJustified(8) << u" "_s << core::toString(r.outcome).leftJustified(10) << u" "_s
                      << reasonText.join(u"; "_s) << u"\n"_s;
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        else
            m_out << tr("%n value(s) selected for re-verification.", nullptr, static_cast<int>(list->size()))
                  << u"\n"_s;
        return Success;
    }
    Q_UNUSED(language);
    return Usage;
}

} // namespace app
