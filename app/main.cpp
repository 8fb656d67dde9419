// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultPaths.h"
#include "Version.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/widgets/BodyDetailsPane.h"
#include "ui/widgets/RegistryArea.h"

#include "core/RegistryService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"bagalau"_s);
    QApplication::setApplicationName(u"bagalau"_s);
    QApplication::setApplicationDisplayName(u"Bagalau"_s);
    QApplication::setApplicationVersion(QStringLiteral(BAGALAU_VERSION));
    QApplication::setDesktopFileName(u"kz.bagalau.Bagalau"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bagalau: the annual evaluation of the effectiveness of state bodies."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"The database to open (default: %1)."_s.arg(app::defaultDatabasePath()),
                                      u"file"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: kk, ru or en (remembered)."_s, u"code"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
                                              u"Save a picture of the window to a PNG file and quit."_s, u"file"_s);
    const QCommandLineOption selectOption(u"select"_s, u"Select the body with this code."_s, u"code"_s);
    const QCommandLineOption areaOption(u"area"_s, u"Open an area: 0 registry, 1 calendar, 2 schedule, 3 deadlines."_s,
                                        u"n"_s);
    const QCommandLineOption tabOption(u"tab"_s, u"Open a tab of the registry: 0 bodies, 1 reorganizations, 2 lists."_s,
                                       u"n"_s);
    const QCommandLineOption detailsTabOption(
        u"details-tab"_s, u"Open a tab of the body's details: 0 details, 1 names, 2 roles, 3 history."_s, u"n"_s);
    parser.addOptions({dbOption, langOption, screenshotOption, selectOption, areaOption, tabOption, detailsTabOption});
    parser.process(app);

    ui::Settings settings;
    ui::Language language;
    if (parser.isSet(langOption)) {
        const auto chosen = core::parseLanguage(parser.value(langOption));
        if (!chosen) {
            fputs(qPrintable(u"bagalau: --lang takes kk, ru or en\n"_s), stderr);
            return 2;
        }
        settings.setLanguage(*chosen);
    }
    language.apply(settings.language());

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : app::defaultDatabasePath();
    auto session = ui::Session::open(path, settings.userName());
    if (!session) {
        QMessageBox box(QMessageBox::Critical, u"Bagalau"_s, ui::ErrorText::of(session.error()), QMessageBox::Ok);
        box.setInformativeText(path);
        box.setDetailedText(session.error().detail);
        box.exec();
        return 1;
    }
    ui::MainWindow window(std::move(*session), settings, language);
    window.show();
    if (parser.isSet(selectOption)) {
        auto body = window.session().registry().repository().bodyByCode(parser.value(selectOption));
        if (body && *body)
            window.registryArea()->selectBody((*body)->id);
    }
    if (parser.isSet(areaOption))
        window.showArea(parser.value(areaOption).toInt());
    if (parser.isSet(tabOption))
        window.registryArea()->showTab(parser.value(tabOption).toInt());
    if (parser.isSet(detailsTabOption))
        window.registryArea()->detailsPane()->showTab(parser.value(detailsTabOption).toInt());
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
