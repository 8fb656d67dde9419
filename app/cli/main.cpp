// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Version.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
