// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Version.h"

#include <QApplication>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // `print` draws documents and Qt Charts' charts: fonts, QPdfWriter and the charts' scene need a
    // QApplication, which runs headless on the offscreen platform. Other commands need Qt Core only.
    // The command is the first word that is neither an option nor the value of one (--db, --lang and
    // every other option of bagalau-cli take their value as the next word unless written --name=value).
    bool printing = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--", 2) == 0 || (argv[i][0] == '-' && argv[i][1] != '\0')) {
            const bool flag = std::strchr(argv[i], '=') != nullptr || std::strcmp(argv[i], "--json") == 0
                              || std::strcmp(argv[i], "--demo") == 0 || std::strcmp(argv[i], "--dry-run") == 0
                              || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0
                              || std::strcmp(argv[i], "--version") == 0;
            if (!flag)
                ++i; // its value
            continue;
        }
        printing = std::strcmp(argv[i], "print") == 0;
        break;
    }
    std::unique_ptr<QCoreApplication> app;
    if (printing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"bagalau"_s);
    QCoreApplication::setApplicationName(u"bagalau"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BAGALAU_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = app::Cli(out, err).run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
