// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "DefaultPaths.h"
#include "Version.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/AuditLog.h"
#include "core/CalendarService.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/DemoData.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/Package.h"
#include "core/ReferenceData.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace app {

namespace {

QJsonObject text3Json(const core::Text3& t)
{
    return QJsonObject{{u"kk"_s, t.kk}, {u"ru"_s, t.ru}, {u"en"_s, t.en}};
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(core::isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QString userName()
{
    return qEnvironmentVariable("BAGALAU_USER", qEnvironmentVariable("USER", u"bagalau-cli"_s));
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

int Cli::run(const QStringList& arguments)
{
    // Messages in the chosen language, the help included: --lang is looked at before anything is
    // translated (Kazakh and Russian need their catalogues); the parser checks it again below.
    ui::Language language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        const QString value = a.startsWith(u"--lang=")                       ? a.mid(7)
                              : (a == u"--lang" && i + 1 < arguments.size()) ? arguments.at(i + 1)
                                                                             : QString();
        if (const auto chosen = core::parseLanguage(value))
            language.apply(*chosen);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Bagalau command-line tool.\n\nCommands:\n"
           "  init [--demo]                  create or upgrade the database and load the reference data\n"
           "  generate [--preset national|stress] [--bodies N] [--indicators M] [--years Y] [--last-year YEAR]\n"
           "      [--seed S]   fill a new database with synthetic data for measuring (the same for a seed)\n"
           "  bodies [--on DATE] [--json]    the evaluated bodies on a date (default: today)\n"
           "  backup [--out FILE]            a consistent copy of the database\n"
           "  calendar days YEAR [--json]    the non-working days and the working weekend days of a year\n"
           "  calendar is-working DATE       true or false\n"
           "  calendar add-working-days DATE N    the last day of a term of N working days after DATE\n"
           "  calendar add-calendar-days DATE N   the last day of a term of N calendar days after DATE\n"
           "  schedule show --year YEAR [--json]  the schedule of the evaluation of YEAR (§10-11, §70)\n"
           "  schedule set --year YEAR [--approved DATE] [--reporting DATE] [--conclusions-to-bodies DATE]\n"
           "      [--conclusions-to-state-planning DATE] [--to-working-body DATE] [--to-president DATE]\n"
           "      [--results-evaluation DATE]     set dates (\"none\" clears one)\n"
           "  evaluators --body CODE --year YEAR [--json]   who evaluates each part of the body's scope (§24-40)\n"
           "  score --year YEAR [--body CODE] [--block N] [--json]   scores with their breakdown per indicator\n"
           "  package template --body CODE --year YEAR --out FILE   a template for a body's workstation (a new key)\n"
           "  package verify FILE [--json]   check a package without importing it\n"
           "  package import FILE [--dry-run] [--json]   import a report package (a return package on a workstation)\n"
           "  package return --body CODE --year YEAR --block N --reason TEXT [--remark CODE=TEXT]... --out FILE\n"
           "      return a submitted report for revision and write the return package\n"
           "  workstation init TEMPLATE      make this new database the body's workstation\n"
           "  workstation show [--json]      what this workstation is\n"
           "  report import-csv FILE [--body CODE --year YEAR]   values from a spreadsheet, all rows or none\n"
           "  report submit --block N [--body CODE --year YEAR]  submit a report (refused while it has errors)\n"
           "  report list [--year YEAR] [--body CODE] [--json]   the reports of a year, their state and timeliness\n"
           "  package export [--year YEAR] --out FILE   the workstation's signed report package\n"
           "  recheck select --year YEAR [--block N] [--json]   select values for re-verification (§42-43)\n"
           "  recheck list --year YEAR [--block N] [--json]     the values selected for re-verification\n"
           "  conclusion list --year YEAR [--block N] [--json]  the conclusions of a year and where they stand\n"
           "  conclusion issue --body CODE --block N --year YEAR [--part PART] [--reason TEXT]\n"
           "      issue a new version of the conclusion from the current data (started if missing)\n"
           "  conclusion send|receive --body CODE --block N --year YEAR --date DATE [--part PART]\n"
           "      when the latest version was sent, or received by the body (receipt starts the appeal term)\n"
           "  appeal file --body CODE --block N --year YEAR --filed DATE --text TEXT [--document FILE]...\n"
           "      [--item CODE=ARGUMENT]... [--kind objection|complaint] [--part PART]   file an objection (§57-58)\n"
           "  appeal list --year YEAR [--json]   the year's objections and complaints with their terms\n"
           "  appeal decide --id N --decision accepted|rejected --reason TEXT --date DATE\n"
           "      [--fact CODE=VALUE]... [--reject CODE]...   decide an appeal (§60-61)\n"
           "  appeal commission --authority CODE --year YEAR --date DATE --member NAME|POSITION|ORG|working-body...\n"
           "      form an authorized body's special commission (§59)\n"
           "  commission result --year YEAR [--json]   the Commission's result per body on all blocks (§50)\n"
           "  commission stage --year YEAR --stage to-working-body|presented|to-head --date DATE [--body CODE]\n"
           "      record a stage of §48, §50 or §51 for one body or for every body that is ready\n"
           "  print conclusion --body CODE --block N --year YEAR [--part PART] [--conclusion-version N]\n"
           "      --out FILE.pdf\n"
           "  print appeal --id N --out FILE.pdf      the decision on an appeal\n"
           "  print commission --year YEAR --out FILE.pdf   the Commission's consolidated report\n"
           "  print schedule --year YEAR --out FILE.pdf     the schedule (§10-11)\n"
           "      documents in the language of --lang (kk or ru; en for checking)\n"
           "  confidential mark|clear --year YEAR --block N --body CODE --indicator CODE [--reason TEXT]\n"
           "      withhold a value from publication, or publish it again (§52)\n"
           "  confidential list --year YEAR [--json]   the values marked confidential\n"
           "  publish --year YEAR --out DIR   the public export (HTML, CSV, XLSX) without confidential items (§52)"));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption db(u"db"_s, tr("The database file (default: %1).").arg(defaultDatabasePath()), tr("file"));
    const QCommandLineOption lang(u"lang"_s, tr("Language of messages and names: kk, ru or en."), tr("code"));
    const QCommandLineOption demo(u"demo"_s, tr("init: also load the demonstration data: sample methodologies, "
                                                "rating bands and values for 2019-2024, marked as samples."));
    const QCommandLineOption on(u"on"_s, tr("bodies: the date, YYYY-MM-DD."), tr("date"));
    const QCommandLineOption json(u"json"_s, tr("bodies: print JSON."));
    const QCommandLineOption outFile(u"out"_s, tr("backup, package: the file to write."), tr("file"));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("package import: show what would change, change nothing."));
    const QCommandLineOption reasonText(u"reason"_s, tr("package return: why the report is returned."), tr("text"));
    const QCommandLineOption remark(u"remark"_s, tr("package return: a remark on an indicator, CODE=TEXT."),
                                    tr("remark"));
    const QCommandLineOption year(u"year"_s, tr("schedule, evaluators, score: the evaluated year."), tr("year"));
    const QCommandLineOption bodyCode(u"body"_s, tr("evaluators, score: the body's registry code."), tr("code"));
    const QCommandLineOption blockNumber(u"block"_s, tr("score: the block, 1-3."), tr("number"));
    const QCommandLineOption approved(u"approved"_s, tr("schedule set: the approval date (§11)."), tr("date"));
    const QCommandLineOption resultsEvaluation(u"results-evaluation"_s,
                                               tr("schedule set: the results evaluation date (§70)."), tr("date"));
    std::vector<QCommandLineOption> stageOptions;
    for (int i = 0; i < core::StageCount; ++i)
        stageOptions.emplace_back(core::toString(static_cast<core::Stage>(i)),
                                  tr("schedule set: the date of stage %1 of §10.").arg(i + 1), tr("date"));
    parser.addOptions({help, version, db, lang, demo, on, json, outFile, dryRun, reasonText, remark, year, bodyCode,
                       blockNumber, approved, resultsEvaluation});
    // Issue 6: conclusions, appeals, the Commission, printing and publication.
    parser.addOptions({
        {u"part"_s, tr("conclusion, appeal, print: the part of the block (public-services, e-services, …)."),
         tr("part")},
        {u"date"_s, tr("conclusion, appeal, commission: the date, YYYY-MM-DD."), tr("date")},
        {u"filed"_s, tr("appeal file: the day the objection was filed, YYYY-MM-DD."), tr("date")},
        {u"text"_s, tr("appeal file: the body's letter."), tr("text")},
        {u"document"_s, tr("appeal file: a supporting document (§58); repeat for more."), tr("file")},
        {u"item"_s, tr("appeal file: an indicator and the body's argument, CODE=ARGUMENT; repeat for more."),
         tr("item")},
        {u"kind"_s, tr("appeal file: objection (§57, the default) or complaint (§62)."), tr("kind")},
        {u"id"_s, tr("appeal decide, print appeal: the appeal's number."), tr("number")},
        {u"decision"_s, tr("appeal decide: accepted or rejected."), tr("decision")},
        {u"fact"_s, tr("appeal decide: the corrected fact of an accepted indicator, CODE=VALUE."), tr("value")},
        {u"reject"_s, tr("appeal decide: an indicator rejected while others are accepted."), tr("code")},
        {u"authority"_s, tr("appeal commission: the authorized body's registry code."), tr("code")},
        {u"member"_s, tr("appeal commission: a member, NAME|POSITION|ORG|working-body."), tr("member")},
        {u"stage"_s, tr("commission stage: to-working-body, presented or to-head."), tr("stage")},
        {u"indicator"_s, tr("confidential: the indicator's code."), tr("code")},
        {u"conclusion-version"_s, tr("print conclusion: the version to print (default: the latest)."), tr("number")},
    });
    // Issue 7: synthetic data at national scale.
    parser.addOptions({
        {u"preset"_s, tr("generate: national (300 bodies) or stress (3,000 bodies)."), tr("name")},
        {u"bodies"_s, tr("generate: the number of evaluated bodies."), tr("number")},
        {u"indicators"_s, tr("generate: indicators per body and year, over the three blocks."), tr("number")},
        {u"years"_s, tr("generate: the number of evaluated years."), tr("number")},
        {u"last-year"_s, tr("generate: the last evaluated year (default 2024)."), tr("year")},
        {u"seed"_s, tr("generate: the seed of the random values."), tr("number")},
    });
    for (const QCommandLineOption& o : stageOptions)
        parser.addOption(o);
    parser.addPositionalArgument(u"command"_s, tr("init, generate, bodies, backup, calendar, schedule, evaluators, "
                                                  "score, package, workstation, report, recheck, "
                                                  "conclusion, appeal, commission, confidential, print or publish"));

    auto usage = [this](const QString& message) {
        m_err << u"bagalau-cli: "_s << message << u"\n"_s << tr("Try 'bagalau-cli --help'.") << u"\n"_s;
        return Usage;
    };
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    core::Language lng = core::Language::English;
    if (parser.isSet(lang)) {
        const auto chosen = core::parseLanguage(parser.value(lang));
        if (!chosen)
            return usage(tr("--lang takes kk, ru or en."));
        lng = *chosen;
    }
    language.apply(lng);
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << u"bagalau-cli "_s << QStringLiteral(BAGALAU_VERSION) << u"\n"_s;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(
            tr("Name a command: init, generate, bodies, backup, calendar, schedule, evaluators, score, package, "
               "workstation, report, recheck, conclusion, appeal, commission, confidential, print or publish."));
    const QString command = positional.first();
    // Each command: its words after the command, and the options it takes.
    struct Shape
    {
        QString name;
        qsizetype arguments;
        std::set<QString> options;
    };
    std::set<QString> scheduleSetOptions{u"year"_s, u"approved"_s, u"results-evaluation"_s};
    for (int i = 0; i < core::StageCount; ++i)
        scheduleSetOptions.insert(core::toString(static_cast<core::Stage>(i)));
    const std::vector<Shape> shapes = {
        {u"init"_s, 0, {u"demo"_s}},
        {u"generate"_s, 0, {u"preset"_s, u"bodies"_s, u"indicators"_s, u"years"_s, u"last-year"_s, u"seed"_s}},
        {u"bodies"_s, 0, {u"on"_s, u"json"_s}},
        {u"backup"_s, 0, {u"out"_s}},
        {u"calendar days"_s, 1, {u"json"_s}},
        {u"calendar is-working"_s, 1, {}},
        {u"calendar add-working-days"_s, 2, {}},
        {u"calendar add-calendar-days"_s, 2, {}},
        {u"schedule show"_s, 0, {u"year"_s, u"json"_s}},
        {u"schedule set"_s, 0, scheduleSetOptions},
        {u"evaluators"_s, 0, {u"body"_s, u"year"_s, u"json"_s}},
        {u"score"_s, 0, {u"body"_s, u"year"_s, u"block"_s, u"json"_s}},
        {u"package template"_s, 0, {u"body"_s, u"year"_s, u"out"_s}},
        {u"package verify"_s, 1, {u"json"_s}},
        {u"package import"_s, 1, {u"dry-run"_s, u"json"_s}},
        {u"package export"_s, 0, {u"year"_s, u"out"_s}},
        {u"package return"_s, 0, {u"body"_s, u"year"_s, u"block"_s, u"reason"_s, u"remark"_s, u"out"_s}},
        {u"workstation init"_s, 1, {}},
        {u"workstation show"_s, 0, {u"json"_s}},
        {u"report import-csv"_s, 1, {u"body"_s, u"year"_s}},
        {u"report submit"_s, 0, {u"body"_s, u"year"_s, u"block"_s}},
        {u"report list"_s, 0, {u"body"_s, u"year"_s, u"json"_s}},
        {u"recheck select"_s, 0, {u"year"_s, u"block"_s, u"json"_s}},
        {u"recheck list"_s, 0, {u"year"_s, u"block"_s, u"json"_s}},
        {u"conclusion list"_s, 0, {u"year"_s, u"block"_s, u"json"_s}},
        {u"conclusion issue"_s, 0, {u"body"_s, u"block"_s, u"year"_s, u"part"_s, u"reason"_s}},
        {u"conclusion send"_s, 0, {u"body"_s, u"block"_s, u"year"_s, u"part"_s, u"date"_s}},
        {u"conclusion receive"_s, 0, {u"body"_s, u"block"_s, u"year"_s, u"part"_s, u"date"_s}},
        {u"appeal file"_s,
         0,
         {u"body"_s, u"block"_s, u"year"_s, u"part"_s, u"filed"_s, u"text"_s, u"document"_s, u"item"_s, u"kind"_s}},
        {u"appeal list"_s, 0, {u"year"_s, u"json"_s}},
        {u"appeal decide"_s, 0, {u"id"_s, u"decision"_s, u"reason"_s, u"date"_s, u"fact"_s, u"reject"_s}},
        {u"appeal commission"_s, 0, {u"authority"_s, u"year"_s, u"date"_s, u"member"_s}},
        {u"commission result"_s, 0, {u"year"_s, u"json"_s}},
        {u"commission stage"_s, 0, {u"year"_s, u"stage"_s, u"date"_s, u"body"_s}},
        {u"print conclusion"_s, 0, {u"body"_s, u"block"_s, u"year"_s, u"part"_s, u"conclusion-version"_s, u"out"_s}},
        {u"print appeal"_s, 0, {u"id"_s, u"out"_s}},
        {u"print commission"_s, 0, {u"year"_s, u"out"_s}},
        {u"print schedule"_s, 0, {u"year"_s, u"out"_s}},
        {u"publish"_s, 0, {u"year"_s, u"out"_s}},
        {u"confidential mark"_s, 0, {u"year"_s, u"block"_s, u"body"_s, u"indicator"_s, u"reason"_s}},
        {u"confidential clear"_s, 0, {u"year"_s, u"block"_s, u"body"_s, u"indicator"_s, u"reason"_s}},
        {u"confidential list"_s, 0, {u"year"_s, u"json"_s}},
    };
    const bool twoWords = command == u"calendar" || command == u"schedule" || command == u"package"
                          || command == u"workstation" || command == u"report" || command == u"recheck"
                          || command == u"conclusion" || command == u"appeal" || command == u"commission"
                          || command == u"print" || command == u"confidential";
    if (twoWords && positional.size() < 2)
        return usage(tr("Name what to do with %1.").arg(command));
    const QString name = twoWords ? command + u' ' + positional.at(1) : command;
    const QStringList words = positional.mid(twoWords ? 2 : 1);
    const auto shape = std::find_if(shapes.begin(), shapes.end(), [&name](const Shape& x) { return x.name == name; });
    if (shape == shapes.end())
        return usage(tr("Unknown command: %1").arg(name));
    if (words.size() != shape->arguments)
        return usage(tr("%1 takes %n argument(s).", nullptr, static_cast<int>(shape->arguments)).arg(name));
    const std::set<QString>& allowed = shape->options;
    for (const QString& option : parser.optionNames())
        if (option != u"db" && option != u"lang" && !allowed.contains(option))
            return usage(tr("The option --%1 does not go with %2.").arg(option, name));

    const QString path = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    auto failed = [this, &path](const core::Error& error) {
        m_err << u"bagalau-cli: "_s << ui::ErrorText::of(error) << u" ("_s << QDir::toNativeSeparators(path);
        if (!error.detail.isEmpty())
            m_err << u": "_s << error.detail;
        m_err << u")\n"_s;
        return Failed;
    };

    core::EnvironmentClock clock;
    core::Database::Options options;
    if (name == u"calendar is-working" || name == u"calendar add-working-days" || name == u"calendar add-calendar-days"
        || name == u"calendar days") {
        // Arguments are checked before the database is touched.
        const QDate date = name == u"calendar days" ? QDate() : core::parseIsoDate(words.at(0));
        if (name != u"calendar days" && !date.isValid())
            return usage(tr("A date is written YYYY-MM-DD, e.g. 2026-03-20."));
        bool ok = true;
        const int number =
            words.size() > 1 ? words.at(1).toInt(&ok) : (name == u"calendar days" ? words.at(0).toInt(&ok) : 0);
        if (!ok || number < 0)
            return usage(tr("Expected a whole number, not %1.").arg(words.last()));
    }
    const bool needsYear = name == u"schedule show" || name == u"schedule set" || name == u"evaluators"
                           || name == u"score" || name == u"package template" || name == u"package return"
                           || name == u"recheck select" || name == u"recheck list" || command == u"conclusion"
                           || (command == u"appeal" && name != u"appeal decide") || command == u"commission"
                           || (command == u"print" && name != u"print appeal") || command == u"publish"
                           || command == u"confidential";
    if (needsYear && !parser.isSet(year))
        return usage(tr("%1 needs --year.").arg(name));
    if (parser.isSet(year)) {
        bool ok = false;
        const int y = parser.value(year).toInt(&ok);
        if (!ok || y < 2010 || y > 2100)
            return usage(tr("--year takes a year from 2010 to 2100, e.g. 2024."));
    }
    const bool bodyAndBlock = (command == u"conclusion" && name != u"conclusion list") || name == u"appeal file"
                              || name == u"print conclusion"
                              || (command == u"confidential" && name != u"confidential list");
    if (bodyAndBlock && (!parser.isSet(bodyCode) || !parser.isSet(blockNumber)))
        return usage(tr("%1 needs --body CODE and --block N.").arg(name));
    if ((command == u"print" || command == u"publish") && !parser.isSet(outFile))
        return usage(tr("%1 needs --out FILE.").arg(name));
    if ((name == u"appeal decide" || name == u"print appeal") && !parser.isSet(u"id"_s))
        return usage(tr("%1 needs --id N.").arg(name));
    if ((name == u"evaluators" || name == u"package template" || name == u"package return") && !parser.isSet(bodyCode))
        return usage(tr("%1 needs --body CODE.").arg(name));
    if ((name == u"package template" || name == u"package export" || name == u"package return")
        && !parser.isSet(outFile))
        return usage(tr("%1 needs --out FILE.").arg(name));
    if ((name == u"report submit" || name == u"package return") && !parser.isSet(blockNumber))
        return usage(tr("%1 needs --block N.").arg(name));
    if (name == u"package return" && parser.value(reasonText).trimmed().isEmpty())
        return usage(tr("package return needs --reason TEXT."));
    std::optional<int> block;
    if (parser.isSet(blockNumber)) {
        bool ok = false;
        block = parser.value(blockNumber).toInt(&ok);
        if (!ok || *block < 1 || *block > core::BlockCount)
            return usage(tr("--block takes 1, 2 or 3."));
    }
    const bool writes = command == u"init" || command == u"generate" || name == u"schedule set"
                        || name == u"package template" || (name == u"package import" && !parser.isSet(dryRun))
                        || name == u"package export" || name == u"package return" || name == u"report import-csv"
                        || name == u"report submit" || name == u"recheck select" || name == u"conclusion issue"
                        || name == u"conclusion send" || name == u"conclusion receive" || name == u"appeal file"
                        || name == u"appeal decide" || name == u"appeal commission" || name == u"commission stage"
                        || command == u"publish" || name == u"confidential mark" || name == u"confidential clear";
    if (name == u"workstation init") {
        options.whenLocked = core::Database::WhenLocked::Refuse;
    } else if (writes) {
        options.create = command == u"init" || command == u"generate";
        options.whenLocked = core::Database::WhenLocked::Refuse;
    } else {
        options.create = false;
        options.whenLocked = core::Database::WhenLocked::OpenReadOnly;
    }

    QDate date = QDate::currentDate();
    if (parser.isSet(on)) {
        date = core::parseIsoDate(parser.value(on));
        if (!date.isValid())
            return usage(tr("--on takes a date as YYYY-MM-DD, e.g. 2019-09-01."));
    }

    if (name == u"workstation init") {
        // A file that is not a template is refused before the database is made.
        auto bytes = readFile(words.at(0));
        auto pkg = bytes ? core::readPackage(*bytes) : core::Result<core::Package>(std::unexpected(bytes.error()));
        if (pkg && pkg->header.kind != core::PackageKind::Template)
            pkg = std::unexpected(core::Error{core::ErrorCode::PackageWrongKind, core::toString(pkg->header.kind)});
        if (!pkg) {
            m_err << u"bagalau-cli: "_s << ui::ErrorText::of(pkg.error()) << u" ("_s
                  << QDir::toNativeSeparators(words.at(0));
            if (!pkg.error().detail.isEmpty())
                m_err << u": "_s << pkg.error().detail;
            m_err << u")\n"_s;
            return Failed;
        }
    }
    auto opened = core::Database::open(path, options);
    if (!opened)
        return failed(opened.error());
    core::Database& database = **opened;
    core::AuditLog audit(database, clock, userName());
    core::RegistryService registry(database, audit);
    core::CalendarService calendarService(database, audit);
    core::ScheduleService schedules(database, audit);
    const QString dateFormat = ui::Language::dateFormat(lng);

    if (command == u"calendar") {
        auto calendar = calendarService.calendar();
        if (!calendar)
            return failed(calendar.error());
        if (name == u"calendar is-working") {
            m_out << (calendar->isWorking(core::parseIsoDate(words.at(0))) ? u"true"_s : u"false"_s) << u"\n"_s;
            return Success;
        }
        if (name == u"calendar add-working-days" || name == u"calendar add-calendar-days") {
            const int n = words.at(1).toInt();
            if (n > core::TermService::MaxDays)
                return failed(core::Error{core::ErrorCode::InvalidTerm, QString::number(n)});
            const auto kind = name == u"calendar add-working-days" ? core::TrackedTerm::Kind::WorkingDays
                                                                   : core::TrackedTerm::Kind::CalendarDays;
            m_out << core::isoDate(core::TermService::dueDate(*calendar, core::parseIsoDate(words.at(0)), kind, n))
                  << u"\n"_s;
            return Success;
        }
        // calendar days YEAR
        const int y = words.at(0).toInt();
        if (y < 1992 || y > 2100)
            return failed(core::Error{core::ErrorCode::InvalidYear, words.at(0)});
        const core::Text3 weekend{u"Демалыс күні"_s, u"Выходной день"_s, u"Weekend"_s};
        if (!calendar->isConfirmed(y))
            m_err << tr("Note: %1 is not confirmed: its transfers and Kurban Ait date may be missing.").arg(y)
                  << u"\n"_s;
        QJsonArray array;
        for (const core::DayInfo& d : calendar->specialDays(y)) {
            const core::Text3& dayName = d.kind == core::DayKind::Weekend ? weekend : d.name;
            if (parser.isSet(json)) {
                array.append(QJsonObject{{u"date"_s, core::isoDate(d.date)},
                                         {u"working"_s, d.isWorking()},
                                         {u"kind"_s, core::toString(d.kind)},
                                         {u"name"_s, text3Json(dayName)}});
            } else {
                m_out << core::isoDate(d.date) << u"  "_s << QLocale().toString(d.date, u"ddd"_s).leftJustified(4)
                      << u" "_s << ui::Labels::dayKind(d.kind).leftJustified(44) << u" "_s << dayName.in(lng)
                      << u"\n"_s;
            }
        }
        if (parser.isSet(json))
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    if (command == u"schedule") {
        const int y = parser.value(year).toInt();
        auto current = schedules.schedule(y);
        if (!current)
            return failed(current.error());
        core::Schedule s = *current;
        if (name == u"schedule set") {
            auto dateOf = [&](const QString& option, QDate& target) -> bool {
                if (!parser.isSet(option))
                    return true;
                const QString value = parser.value(option);
                target = value == u"none" ? QDate() : core::parseIsoDate(value);
                return value == u"none" || target.isValid();
            };
            bool ok = dateOf(u"approved"_s, s.approvedOn) && dateOf(u"results-evaluation"_s, s.resultsEvaluation);
            for (int i = 0; i < core::StageCount; ++i)
                ok = ok && dateOf(core::toString(static_cast<core::Stage>(i)), s.stages[static_cast<std::size_t>(i)]);
            if (!ok)
                return usage(tr("A date is written YYYY-MM-DD, or none to clear it."));
            if (auto r = schedules.set(s, {}); !r)
                return failed(r.error());
        }
        auto calendar = calendarService.calendar();
        if (!calendar)
            return failed(calendar.error());
        const auto warnings = core::ScheduleService::warnings(s, *calendar);
        if (parser.isSet(json)) {
            QJsonObject stages;
            for (int i = 0; i < core::StageCount; ++i)
                stages.insert(core::toString(static_cast<core::Stage>(i)),
                              dateJson(s.stages[static_cast<std::size_t>(i)]));
            QJsonArray warningArray;
            for (const core::ScheduleWarning& w : warnings)
                warningArray.append(QJsonObject{{u"kind"_s, ui::Labels::scheduleWarningCode(w.kind)},
                                                {u"field"_s, w.field},
                                                {u"date"_s, dateJson(w.date)}});
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"year"_s, s.year},
                                          {u"approved_on"_s, dateJson(s.approvedOn)},
                                          {u"approval_deadline"_s, core::isoDate(s.approvalDeadline())},
                                          {u"stages"_s, stages},
                                          {u"results_evaluation"_s, dateJson(s.resultsEvaluation)},
                                          {u"warnings"_s, warningArray}})
                    .toJson(QJsonDocument::Indented));
            return Success;
        }
        auto line = [&](const QString& label, QDate when) {
            m_out << label.leftJustified(64) << u" "_s
                  << (when.isValid() ? QLocale().toString(when, dateFormat) : tr("not set")) << u"\n"_s;
        };
        m_out << tr("Schedule of the evaluation of %1 (held in %2)").arg(s.year).arg(s.year + 1) << u"\n"_s;
        line(tr("Approved (§11, by %1)").arg(QLocale().toString(s.approvalDeadline(), dateFormat)), s.approvedOn);
        for (int i = 0; i < core::StageCount; ++i)
            line(u"%1. "_s.arg(i + 1) + ui::Labels::stage(static_cast<core::Stage>(i)),
                 s.stages[static_cast<std::size_t>(i)]);
        line(tr("Results evaluation (§70, by %1)").arg(QLocale().toString(s.resultsEvaluationDeadline(), dateFormat)),
             s.resultsEvaluation);
        for (const core::ScheduleWarning& w : warnings)
            m_out << tr("Warning: %1").arg(ui::Labels::scheduleWarning(w, *calendar, lng)) << u"\n"_s;
        return Success;
    }

    if (command == u"package" || command == u"workstation" || command == u"report" || command == u"recheck")
        return exchange(name, words, parser, database, audit, lng, failed);
    if (command == u"conclusion" || command == u"appeal" || command == u"commission" || command == u"confidential")
        return conclusions(name, parser, database, audit, lng, failed);
    if (command == u"print")
        return print(name, parser, database, audit, lng, failed);
    if (command == u"publish")
        return publish(parser, database, audit, lng, failed);
    if (command == u"evaluators")
        return evaluators(database, parser.value(bodyCode), parser.value(year).toInt(), parser.isSet(json), lng,
                          failed);
    if (command == u"score")
        return score(database, parser.value(year).toInt(),
                     parser.isSet(bodyCode) ? std::optional(parser.value(bodyCode)) : std::nullopt, block,
                     parser.isSet(json), lng, failed);

    if (command == u"generate")
        return generate(parser, database, audit, failed);

    if (command == u"init") {
        auto loaded = core::ReferenceData::loadAll(database, audit);
        if (!loaded)
            return failed(loaded.error());
        if (parser.isSet(demo)) {
            const auto demoLoaded = core::DemoData::load(database, audit);
            if (!demoLoaded)
                return failed(demoLoaded.error());
            *loaded = *loaded || *demoLoaded;
        }
        m_out << (*loaded ? tr("Database ready, reference data loaded: %1").arg(QDir::toNativeSeparators(path))
                          : tr("Database ready, nothing to change: %1").arg(QDir::toNativeSeparators(path)))
              << u"\n"_s;
        return Success;
    }

    if (command == u"backup") {
        QString target = parser.value(outFile);
        if (parser.isSet(outFile)) {
            if (auto r = database.backupTo(target); !r)
                return failed(r.error());
        } else {
            auto made = database.backupInto(QFileInfo(database.path()).absolutePath() + u"/backups"_s);
            if (!made)
                return failed(made.error());
            target = *made;
        }
        m_out << QDir::toNativeSeparators(target) << u"\n"_s;
        return Success;
    }

    // bodies
    const auto bodies = registry.repository().evaluatedOn(date);
    if (!bodies)
        return failed(bodies.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::Body& b : *bodies) {
            const core::BodyName& bodyName = b.nameOn(date);
            QJsonArray blocks;
            for (int n : b.fields.scope.blocks())
                blocks.append(n);
            array.append(QJsonObject{
                {u"code"_s, b.code},
                {u"kind"_s, core::toString(b.fields.kind)},
                {u"name"_s, text3Json(bodyName.shortName)},
                {u"full_name"_s, text3Json(bodyName.fullName)},
                {u"blocks"_s, blocks},
                {u"results"_s, b.fields.scope.results},
                {u"scope_note"_s, text3Json(b.fields.scope.note)},
                {u"presidential"_s, b.fields.presidential},
                {u"valid_from"_s, dateJson(b.fields.validFrom)},
                {u"valid_to"_s, dateJson(b.fields.validTo)},
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const core::Body& b : *bodies)
        m_out << b.code.leftJustified(8) << u" "_s << ui::Labels::kind(b.fields.kind).leftJustified(32) << u" "_s
              << ui::Labels::scope(b.fields.scope).leftJustified(16) << u" "_s << b.nameOn(date).shortName.in(lng)
              << u"\n"_s;
    m_out << tr("%n evaluated bodies on %1", nullptr, static_cast<int>(bodies->size()))
                 .arg(QLocale().toString(date, ui::Language::dateFormat(lng)))
          << u"\n"_s;
    return Success;
}

namespace {

QJsonValue numberJson(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// Scores in JSON keep what the computation gives, rounded to 4 decimals so that the contributions
/// still add up to the score.
double rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

QJsonValue roundedJson(const std::optional<double>& v)
{
    return v ? QJsonValue(rounded(*v)) : QJsonValue(QJsonValue::Null);
}

QString decimal(const std::optional<double>& v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("—");
}

} // namespace

int Cli::unknownBody(const QString& code)
{
    m_err << u"bagalau-cli: "_s << tr("No body in the registry has the code %1.").arg(code) << u"\n"_s;
    return Failed;
}

int Cli::evaluators(core::Database& db, const QString& code, int year, bool json, core::Language language,
                    const OnError& failed)
{
    const core::RegistryRepository registry(db);
    const auto body = registry.bodyByCode(code);
    if (!body)
        return failed(body.error());
    if (!*body)
        return unknownBody(code);
    const core::EvaluatorService service(registry);
    const auto parts = service.forBody((*body)->id, year);
    if (!parts)
        return failed(parts.error());
    const auto assemblers = service.assemblers(year);
    if (!assemblers)
        return failed(assemblers.error());
    const auto all = registry.bodies();
    if (!all)
        return failed(all.error());
    const QDate rolesOn = core::EvaluatorRules::roleDate(year);
    auto bodyOf = [&all](std::optional<qint64> id) -> const core::Body* {
        for (const core::Body& b : *all)
            if (id && b.id == *id)
                return &b;
        return nullptr;
    };
    auto codeOf = [&](std::optional<qint64> id) {
        const core::Body* b = bodyOf(id);
        return b ? QJsonValue(b->code) : QJsonValue(QJsonValue::Null);
    };
    if (json) {
        QJsonArray array;
        for (const core::PartEvaluation& p : *parts) {
            QJsonArray co;
            for (const core::EvaluatorRole& r : p.coEvaluators)
                co.append(QJsonObject{{u"role"_s, core::toString(r.role)},
                                      {u"evaluator"_s, codeOf(r.evaluatorId)},
                                      {u"paragraph"_s, r.paragraph},
                                      {u"conflict"_s, r.conflict}});
            array.append(QJsonObject{{u"block"_s, p.block()},
                                     {u"part"_s, core::toString(p.part)},
                                     {u"role"_s, core::toString(p.lead.role)},
                                     {u"evaluator"_s, codeOf(p.lead.evaluatorId)},
                                     {u"paragraph"_s, p.lead.paragraph},
                                     {u"conflict"_s, p.conflict()},
                                     {u"co_evaluators"_s, co}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QString dateFormat = ui::Language::dateFormat(language);
    m_out << tr("Who evaluates %1 — %2 for %3 (authorized bodies as on %4, §56)")
                 .arg((*body)->code, (*body)->nameOn(QDate(year, 12, 31)).shortName.in(language))
                 .arg(year)
                 .arg(QLocale().toString(rolesOn, dateFormat))
          << u"\n"_s;
    auto line = [&](const QString& label, const core::EvaluatorRole& r) {
        const core::Body* evaluator = bodyOf(r.evaluatorId);
        m_out << label.leftJustified(52) << u" "_s << ui::Labels::role(r.role).leftJustified(44) << u" "_s
              << (evaluator ? evaluator->code : tr("nobody")).leftJustified(8) << u" "_s << r.paragraph;
        if (r.conflict)
            m_out << u"  "_s
                  << tr("CONFLICT OF INTEREST: the evaluator is the evaluated body itself or part of it (§12)");
        m_out << u"\n"_s;
    };
    for (const core::PartEvaluation& p : *parts) {
        line(ui::Labels::blockShort(p.block()) + u": "_s + ui::Labels::part(p.part), p.lead);
        for (const core::EvaluatorRole& r : p.coEvaluators)
            line(u"  + "_s, r);
    }
    for (const core::BlockAssembler& a : *assemblers) {
        const core::Body* assembler = bodyOf(a.bodyId);
        m_out << tr("%1 is assembled by %2 (%3).")
                     .arg(ui::Labels::blockShort(a.block), assembler ? assembler->code : tr("nobody"), a.paragraph)
              << u"\n"_s;
    }
    return Success;
}

int Cli::score(core::Database& db, int year, const std::optional<QString>& code, std::optional<int> block, bool json,
               core::Language language, const OnError& failed)
{
    core::EnvironmentClock clock;
    core::AuditLog audit(db, clock, userName());
    const core::RegistryRepository registry(db);
    const core::MethodologyService methodologies(db, audit);
    const core::ScoreService scores(registry, methodologies);
    std::optional<qint64> bodyId;
    if (code) {
        const auto body = registry.bodyByCode(*code);
        if (!body)
            return failed(body.error());
        if (!*body)
            return unknownBody(*code);
        bodyId = (*body)->id;
    }
    const auto all = registry.bodies();
    if (!all)
        return failed(all.error());
    std::map<qint64, const core::Body*> bodies;
    for (const core::Body& b : *all)
        bodies[b.id] = &b;
    const auto alerts = scores.alerts(year);
    if (!alerts)
        return failed(alerts.error());
    auto alerted = [&alerts](qint64 id, int b) {
        return std::any_of(alerts->begin(), alerts->end(),
                           [&](const core::DeclineAlert& a) { return a.bodyId == id && a.block == b; });
    };
    QJsonArray array;
    bool any = false;
    for (int b = 1; b <= core::BlockCount; ++b) {
        if (block && *block != b)
            continue;
        auto list = scores.scores(year, b);
        if (!list)
            return failed(list.error());
        int rank = 0;
        for (const core::BodyScore& s : *list) {
            ++rank;
            if (bodyId && s.bodyId != *bodyId)
                continue;
            any = true;
            const core::Body& body = *bodies.at(s.bodyId);
            if (json) {
                QJsonArray indicators;
                for (const core::IndicatorScore& i : s.result.indicators)
                    indicators.append(QJsonObject{{u"code"_s, i.code},
                                                  {u"criterion"_s, i.criterion},
                                                  {u"weight"_s, i.weight},
                                                  {u"share"_s, rounded(i.share)},
                                                  {u"plan"_s, numberJson(i.plan)},
                                                  {u"fact"_s, numberJson(i.fact)},
                                                  {u"status"_s, core::toString(i.status)},
                                                  {u"reason"_s, core::toString(i.reason)},
                                                  {u"score"_s, roundedJson(i.score)},
                                                  {u"contribution"_s, rounded(i.contribution)}});
                array.append(QJsonObject{
                    {u"body"_s, body.code},
                    {u"block"_s, b},
                    {u"year"_s, year},
                    {u"score"_s, roundedJson(s.result.score)},
                    {u"rating"_s, s.rating ? QJsonValue(s.rating->code) : QJsonValue(QJsonValue::Null)},
                    {u"rank"_s, rank},
                    {u"alert"_s, alerted(s.bodyId, b)},
                    {u"methodology"_s,
                     QJsonObject{{u"version"_s, s.version}, {u"approved"_s, !s.draft}, {u"sample"_s, s.sample}}},
                    {u"indicators"_s, indicators}});
                continue;
            }
            m_out << QString::number(rank).rightJustified(3) << u"  "_s << body.code.leftJustified(8) << u" "_s
                  << ui::Labels::blockShort(b).leftJustified(8) << u" "_s << decimal(s.result.score).rightJustified(6)
                  << u"  "_s
                  << (s.rating ? s.rating->code + u" "_s + s.rating->name.in(language) : QString()).leftJustified(28)
                  << u" "_s << body.nameOn(QDate(year, 12, 31)).shortName.in(language);
            if (alerted(s.bodyId, b))
                m_out << u"  "_s << tr("§73: fell two or more years in a row");
            if (s.draft || s.sample)
                m_out << u"  ["_s << (s.sample ? tr("sample methodology v%1").arg(s.version) : tr("v%1").arg(s.version))
                      << (s.draft ? u", "_s + tr("draft") : QString()) << u"]"_s;
            m_out << u"\n"_s;
            if (!bodyId)
                continue;
            m_out << u"     "_s << tr("code").leftJustified(10) << tr("weight").rightJustified(7)
                  << tr("plan").rightJustified(10) << tr("fact").rightJustified(10) << u"  "_s
                  << tr("status").leftJustified(22) << tr("score").rightJustified(7) << tr("points").rightJustified(8)
                  << u"\n"_s;
            for (const core::IndicatorScore& i : s.result.indicators) {
                QString status = ui::Labels::status(i.status);
                if (i.reason != core::NotCountedReason::None)
                    status += u" ("_s + ui::Labels::notCountedReason(i.reason) + u")"_s;
                m_out << u"     "_s << i.code.leftJustified(10)
                      << decimal(i.weight, std::round(i.weight) == i.weight ? 0 : 1).rightJustified(7)
                      << decimal(i.plan, 2).rightJustified(10) << decimal(i.fact, 2).rightJustified(10) << u"  "_s
                      << status.leftJustified(22) << decimal(i.score).rightJustified(7)
                      << decimal(i.contribution, 2).rightJustified(8) << u"\n"_s;
            }
        }
    }
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (!any)
        m_err << tr("No scores: %1 has no methodology for the block, or the body is not evaluated on it.").arg(year)
              << u"\n"_s;
    return Success;
}

} // namespace app
