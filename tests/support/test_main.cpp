// SPDX-License-Identifier: GPL-3.0-or-later
// One Catch2 v2 runner for both test programs (compiled once: it is the slowest file).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QtGlobal>
#ifdef BAGALAU_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    // catch_discover_tests runs the binary at build time without the test environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
