// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli generate: synthetic data at national scale, for the benchmarks and the crash harness.
#include "Cli.h"

#include "ui/ErrorText.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/Generator.h"
#include "core/Methodology.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace app {

int Cli::generate(const QCommandLineParser& parser, core::Database& db, core::AuditLog& audit, const OnError& failed)
{
    auto usage = [this](const QString& message) {
        m_err << u"bagalau-cli: "_s << message << u"\n"_s << tr("Try 'bagalau-cli --help'.") << u"\n"_s;
        return Usage;
    };
    core::GeneratorOptions options;
    if (parser.isSet(u"preset"_s)) {
        const auto preset = core::GeneratorOptions::preset(parser.value(u"preset"_s));
        if (!preset)
            return usage(tr("--preset takes national or stress."));
        options = *preset;
    }
    // Each number: the option, where it goes, the smallest and largest accepted.
    struct NumberOption
    {
        QString name;
        int* target;
        int minimum;
        int maximum;
    };
    const NumberOption numbers[] = {
        {u"bodies"_s, &options.bodies, 1, 100000},
        {u"indicators"_s, &options.indicators, core::BlockCount, 30000},
        {u"years"_s, &options.years, 1, 50},
        {u"last-year"_s, &options.lastYear, 2000, 2100},
    };
    for (const NumberOption& n : numbers) {
        if (!parser.isSet(n.name))
            continue;
        bool ok = false;
        const int value = parser.value(n.name).toInt(&ok);
        if (!ok || value < n.minimum || value > n.maximum)
            return usage(tr("--%1 takes a whole number from %2 to %3.").arg(n.name).arg(n.minimum).arg(n.maximum));
        *n.target = value;
    }
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed takes a whole number."));
    }

    // On a terminal, how far it has got; in a pipe or a log, only the result.
    const bool terminal = isatty(STDERR_FILENO) == 1;
    int shown = -1;
    core::Progress progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (terminal && percent != shown) {
            shown = percent;
            m_err << u"\r"_s << tr("Generating… %1%").arg(percent) << Qt::flush;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    core::Generator generator(db, audit);
    const auto counts = generator.generate(options, progress);
    if (terminal)
        m_err << u"\r"_s << Qt::flush;
    if (!counts)
        return failed(counts.error());
    m_out << tr("Generated %1 bodies, %2 methodologies with %3 indicators, %4 values, %5 reports with %6 evidence "
                "files, %7 conclusions, %8 objections in %9 s: %10")
                 .arg(counts->bodies)
                 .arg(counts->methodologies)
                 .arg(counts->indicators)
                 .arg(counts->values)
                 .arg(counts->reports)
                 .arg(counts->evidence)
                 .arg(counts->conclusions)
                 .arg(counts->appeals)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(QDir::toNativeSeparators(db.path()))
          << u"\n"_s;
    return Success;
}

} // namespace app
