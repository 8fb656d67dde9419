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
    const bool printing =
        std::any_of(argv + 1, argv + argc, [](const char* a) { return std::strcmp(a, "print") == 0; });
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
