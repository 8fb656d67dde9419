// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "DefaultPaths.h"
#include "Version.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ReferenceData.h"
#include "core/RegistryService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Bagalau command-line tool.\n\nCommands:\n"
           "  init [--demo]                  create or upgrade the database and load the reference data\n"
           "  bodies [--on DATE] [--json]    the evaluated bodies on a date (default: today)\n"
           "  backup [--out FILE]            a consistent copy of the database"));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption db(u"db"_s, tr("The database file (default: %1).").arg(defaultDatabasePath()), tr("file"));
    const QCommandLineOption lang(u"lang"_s, tr("Language of messages and names: kk, ru or en."), tr("code"));
    const QCommandLineOption demo(u"demo"_s, tr("init: a demonstration database (today the shipped registry; "
                                                "sample evaluation data comes with the methodologies)."));
    const QCommandLineOption on(u"on"_s, tr("bodies: the date, YYYY-MM-DD."), tr("date"));
    const QCommandLineOption json(u"json"_s, tr("bodies: print JSON."));
    const QCommandLineOption outFile(u"out"_s, tr("backup: the file to write."), tr("file"));
    parser.addOptions({help, version, db, lang, demo, on, json, outFile});
    parser.addPositionalArgument(u"command"_s, tr("init, bodies or backup"));

    // Messages in the chosen language; Kazakh and Russian need their catalogues.
    ui::Language language;
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
        return usage(tr("Name a command: init, bodies or backup."));
    const QString command = positional.first();
    if (positional.size() > 1)
        return usage(tr("Unexpected argument: %1").arg(positional.at(1)));
    const std::set<QString> allowed = command == u"init"     ? std::set<QString>{u"demo"_s}
                                      : command == u"bodies" ? std::set<QString>{u"on"_s, u"json"_s}
                                      : command == u"backup" ? std::set<QString>{u"out"_s}
                                                             : std::set<QString>{};
    if (command != u"init" && command != u"bodies" && command != u"backup")
        return usage(tr("Unknown command: %1").arg(command));
    for (const QString& name : parser.optionNames())
        if (name != u"db" && name != u"lang" && !allowed.contains(name))
            return usage(tr("The option --%1 does not go with %2.").arg(name, command));

    const QString path = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    auto failed = [this, &path](const core::Error& error) {
        m_err << u"bagalau-cli: "_s << ui::ErrorText::of(error) << u" ("_s << QDir::toNativeSeparators(path);
        if (!error.detail.isEmpty())
            m_err << u": "_s << error.detail;
        m_err << u")\n"_s;
        return Failed;
    };

    core::SystemClock clock;
    core::Database::Options options;
    if (command == u"init") {
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

    auto opened = core::Database::open(path, options);
    if (!opened)
        return failed(opened.error());
    core::Database& database = **opened;
    core::AuditLog audit(database, clock, userName());
    core::RegistryService registry(database, audit);

    if (command == u"init") {
        const auto loaded = core::ReferenceData::loadAll(database, audit);
        if (!loaded)
            return failed(loaded.error());
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
            const core::BodyName& name = b.nameOn(date);
            QJsonArray blocks;
            for (int block : b.fields.scope.blocks())
                blocks.append(block);
            array.append(QJsonObject{
                {u"code"_s, b.code},
                {u"kind"_s, core::toString(b.fields.kind)},
                {u"name"_s, text3Json(name.shortName)},
                {u"full_name"_s, text3Json(name.fullName)},
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

} // namespace app
