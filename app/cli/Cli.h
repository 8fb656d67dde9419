// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace core {
class AuditLog;
class Database;
struct PackageCheck;
enum class Language;
} // namespace core

namespace app {

/// bagalau-cli: the headless tool for scripting and batch work.
/// Exit codes: 0 success, 1 the operation was refused or failed (reason on stderr), 2 usage error.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit { Success = 0, Failed = 1, Usage = 2 };

    Cli(QTextStream& out, QTextStream& err);
    /// `arguments` as in QCoreApplication::arguments(), the program name first.
    int run(const QStringList& arguments);

private:
    using OnError = std::function<int(const core::Error&)>;
    int unknownBody(const QString& code);
    int evaluators(core::Database& db, const QString& code, int year, bool json, core::Language language,
                   const OnError& failed);
    int score(core::Database& db, int year, const std::optional<QString>& code, std::optional<int> block, bool json,
              core::Language language, const OnError& failed);

    int exchange(const QString& name, const QStringList& words, const QCommandLineParser& parser, core::Database& db,
                 core::AuditLog& audit, core::Language language, const OnError& failed);
    /// conclusion, appeal and commission commands (CliConclusions.cpp).
    int conclusions(const QString& name, const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit,
                    core::Language language, const OnError& failed);
    /// print conclusion|appeal|commission|schedule: a PDF in `language` (CliPrint.cpp).
    int print(const QString& name, const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit,
              core::Language language, const OnError& failed);
    /// generate: synthetic data at national scale (CliGenerate.cpp).
    int generate(const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit, const OnError& failed);
    /// publish: the public export of a year (CliPublish.cpp).
    int publish(const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit, core::Language language,
                const OnError& failed);
    void printCheck(const core::PackageCheck& check, bool json, bool applied, bool dryRun);
    [[nodiscard]] static core::Result<QByteArray> readFile(const QString& path);
    /// Writes what `make` returns to `path`, opened first: a file that cannot be written changes nothing.
    [[nodiscard]] static core::Result<void> writeFile(const QString& path,
                                                      const std::function<core::Result<QByteArray>()>& make);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace app
