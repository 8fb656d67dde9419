// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli publish: the public export of a year's results (§52).
#include "Cli.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/print/PublicExport.h"

#include "core/AppealService.h"
#include "core/AuditLog.h"
#include "core/CalendarService.h"
#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/Database.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/PackageService.h"
#include "core/PublicationService.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace app {

namespace {

/// Whether `path` is `file` or a folder that holds it (at any depth).
bool holds(const QString& path, const QString& file)
{
    const QString dir = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString f = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    return f == dir || f.startsWith(dir + u'/');
}

} // namespace

int Cli::publish(const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit, core::Language language,
                 const OnError& failed)
{
    const int year = parser.value(u"year"_s).toInt();
    const QString out = parser.value(u"out"_s);
    // A refusal about the folder names the folder, not the database.
    auto folderFailed = [this, &out](const core::Error& error) {
        m_err << u"bagalau-cli: "_s << ui::ErrorText::of(error) << u" ("_s;
        m_err << (error.detail.isEmpty() ? QDir::toNativeSeparators(out) : error.detail) << u")\n"_s;
        return Failed;
    };
    if (holds(out, db.path()))
        return folderFailed(
            {core::ErrorCode::FileUnreadable, QDir::toNativeSeparators(out) + u": that is the database or holds it"_s});
    if (auto r = db.ensureWritable(); !r)
        return failed(r.error());
    if (auto r = ui::PublicExport::checkTarget(out); !r)
        return folderFailed(r.error());

    core::RegistryService registry(db, audit);
    core::MethodologyService methodologies(db, audit);
    core::ScheduleService schedules(db, audit);
    core::ScoreService scores(registry.repository(), methodologies);
    core::EvaluatorService evaluators(registry.repository());
    core::CalendarService calendar(db, audit);
    core::ReportService reports(db, audit, methodologies, schedules, scores);
    core::PackageService packages(db, audit, registry, methodologies, schedules, reports);
    core::ConclusionService conclusions(db, audit, registry, methodologies, scores, evaluators, calendar, schedules);
    core::AppealService appeals(db, audit, conclusions, methodologies, calendar);
    core::CommissionService commission(db, audit, conclusions, appeals, scores, registry, methodologies);
    core::PublicationService publication(db, audit, conclusions, commission);

    // The results are published by the state planning body, not from a body's workstation.
    if (auto ws = packages.workstation(); !ws)
        return failed(ws.error());
    else if (*ws)
        return failed({core::ErrorCode::IsAWorkstation, {}});

    auto data = publication.publicData(year);
    if (!data)
        return failed(data.error());
    ui::PublicExport exporter(*data, language);
    auto files = exporter.writeTo(out);
    if (!files)
        return folderFailed(files.error());
    const QString target = QDir::cleanPath(QFileInfo(out).absoluteFilePath());
    if (auto id = publication.record(year, target, *files, data->withheld, {}); !id) {
        m_err << tr("The files were written to %1, but the publication could not be logged.")
                     .arg(QDir::toNativeSeparators(target))
              << u"\n"_s;
        return failed(id.error());
    }

    m_out << tr("Published the results of %1 to %2:").arg(year).arg(QDir::toNativeSeparators(target)) << u"\n"_s;
    for (const auto& [name, sha256] : *files)
        m_out << u"  "_s << name.leftJustified(16) << u" sha256 "_s << sha256 << u"\n"_s;
    const auto withheld = static_cast<int>(data->withheld.size());
    m_out << tr("%n item(s) withheld (logged in the database, not in the export)", nullptr, withheld) << u"\n"_s;
    for (const core::WithheldItem& w : data->withheld) {
        QString where = w.bodyCode;
        if (w.block > 0)
            where += u"  "_s + ui::Labels::blockShort(w.block);
        QString what;
        switch (w.kind) {
        case core::WithheldItem::Kind::Conclusion:
            what = tr("the conclusion");
            break;
        case core::WithheldItem::Kind::Recommendation:
            what = w.block > 0 ? tr("a recommendation of the conclusion (%1)").arg(w.what)
                               : tr("a recommendation of the Commission (%1)").arg(w.what);
            break;
        case core::WithheldItem::Kind::Value:
            what = tr("the value of %1").arg(w.what);
            break;
        }
        m_out << u"  "_s << where.leftJustified(20) << u" "_s << what;
        if (!w.reason.isEmpty())
            m_out << u": "_s << w.reason;
        m_out << u"\n"_s;
    }
    return Success;
}

} // namespace app
