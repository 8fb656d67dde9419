// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli print: the printed documents as PDF (issue 6).
#include "Cli.h"

#include "ui/ErrorText.h"
#include "ui/print/AppealDocument.h"
#include "ui/print/CommissionDocument.h"
#include "ui/print/ConclusionDocument.h"
#include "ui/print/ScheduleDocument.h"

#include "core/AppealService.h"
#include "core/AuditLog.h"
#include "core/CalendarService.h"
#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/Database.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace app {

int Cli::print(const QString& name, const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit,
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

    const int year = parser.value(u"year"_s).toInt();
    const QString out = parser.value(u"out"_s);
    auto usage = [this](const QString& message) {
        m_err << u"bagalau-cli: "_s << message << u"\n"_s << tr("Try 'bagalau-cli --help'.") << u"\n"_s;
        return Usage;
    };
    // A refusal names what it is about: the file, the body, the appeal.
    auto refused = [this](const core::Error& error, const QString& subject) -> int {
        m_err << u"bagalau-cli: "_s << ui::ErrorText::of(error) << u" ("_s << subject;
        if (!error.detail.isEmpty() && error.detail != subject)
            m_err << u": "_s << error.detail;
        m_err << u")\n"_s;
        return Failed;
    };
    // The PDF goes to --out, never over the database itself; written whole or not at all.
    const QString file = QDir::toNativeSeparators(out);
    if (db.isOwnFile(out))
        return refused({core::ErrorCode::FileUnreadable, u"that is the database itself"_s}, file);
    auto write = [&](const std::function<core::Result<void>(const QString&)>& writePdf) -> int {
        if (auto written = writePdf(out); !written)
            return refused(written.error(), file);
        m_out << file << u"\n"_s;
        return Success;
    };

    if (name == u"print conclusion") {
        const QString code = parser.value(u"body"_s);
        const int block = parser.value(u"block"_s).toInt();
        std::optional<core::Part> part;
        if (parser.isSet(u"part"_s)) {
            part = core::parsePart(parser.value(u"part"_s));
            if (!part || core::blockOf(*part) != block)
                return usage(tr("--part takes a part of the block: %1.")
                                 .arg(u"goals, public-services, e-services, complaints, openness, personnel, it"_s));
        }
        std::optional<int> version;
        if (parser.isSet(u"conclusion-version"_s)) {
            bool ok = false;
            version = parser.value(u"conclusion-version"_s).toInt(&ok);
            if (!ok || *version < 1)
                return usage(tr("--conclusion-version takes a version number: 1, 2, …"));
        }
        auto body = registry.repository().bodyByCode(code);
        if (!body)
            return failed(body.error());
        if (!*body)
            return unknownBody(code);
        const QString subject = part ? u"%1 %2 block %3 %4"_s.arg(code).arg(year).arg(block).arg(core::toString(*part))
                                     : u"%1 %2 block %3"_s.arg(code).arg(year).arg(block);
        auto found = conclusions.find((*body)->id, year, block, part);
        if (!found)
            return failed(found.error());
        if (!*found)
            return refused({core::ErrorCode::ConclusionNotIssued, {}}, subject);
        auto chosen = ui::ConclusionDocument::findVersion(conclusions, (**found).id, version);
        if (!chosen)
            return refused(chosen.error(), subject);
        const ui::ConclusionDocument document(*chosen, language);
        return write([&](const QString& path) { return document.writePdf(path); });
    }

    if (name == u"print appeal") {
        bool ok = false;
        const qint64 id = parser.value(u"id"_s).toLongLong(&ok);
        if (!ok || id < 1)
            return usage(tr("--id takes an appeal's number."));
        auto document = ui::AppealDocument::load(id, appeals, conclusions, registry.repository(), language);
        if (!document)
            return refused(document.error(), tr("appeal %1").arg(id));
        return write([&](const QString& path) { return document->writePdf(path); });
    }

    if (name == u"print commission") {
        auto result = commission.result(year);
        if (!result)
            return failed(result.error());
        const ui::CommissionDocument document(*result, language);
        return write([&](const QString& path) { return document.writePdf(path); });
    }

    if (name == u"print schedule") {
        auto schedule = schedules.schedule(year);
        if (!schedule)
            return failed(schedule.error());
        auto days = calendar.calendar();
        if (!days)
            return failed(days.error());
        const ui::ScheduleDocument document(*schedule, *days, language);
        return write([&](const QString& path) { return document.writePdf(path); });
    }
    return usage(tr("Unknown command: %1").arg(name));
}

} // namespace app
