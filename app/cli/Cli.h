// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace core {
class Database;
struct Error;
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

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace app
