// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultPaths.h"
#include "Version.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/models/BodyFilterProxyModel.h"
#include "ui/models/BodyTableModel.h"
#include "ui/widgets/BodyDetailsPane.h"
#include "ui/widgets/RegistryArea.h"

#include "core/RegistryService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// --- --measure: the figures the benchmarks read (tests/bench) ------------------------------------

/// One line of the protocol on stdout, flushed at once: the benchmark reads it as it comes.
void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString millis(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1);
}

/// Lets the event loop do what a change queued (layouts, paints) until it is idle again.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

/// The peak resident set of this process (VmHWM) in kB, or -1.
qint64 peakResidentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Types `text` into the registry's search field key by key, as a user does, and returns the time
/// of each key in nanoseconds: from the key event until the table is filtered and the loop is idle.
std::vector<qint64> typeIntoSearch(ui::RegistryArea& registry, const QString& text)
{
    QLineEdit* field = registry.searchField();
    std::vector<qint64> times;
    for (const QChar c : text) {
        const int key = c.unicode() < 128 && c.isLetterOrNumber() ? c.toUpper().unicode() : int(Qt::Key_unknown);
        QElapsedTimer timer;
        timer.start();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &press); // the focused widget
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &release);
        settle();
        times.push_back(timer.nsecsElapsed());
    }
    return times;
}

/// The measuring run of --measure, once the window is shown: prints the protocol and quits.
void measure(ui::MainWindow& window, const QElapsedTimer& sinceStart)
{
    say(u"ready"_s);
    say(u"startup-internal-ms "_s + millis(sinceStart.nsecsElapsed()));

    // The registry's search: the first four letters of a body that exists, then four that match none.
    ui::RegistryArea* registry = window.registryArea();
    window.showArea(ui::MainWindow::RegistryAreaIndex);
    settle();
    const QAbstractItemModel* shown = registry->proxyModel();
    QString prefix;
    if (shown->rowCount() > 0)
        prefix = shown->index(shown->rowCount() / 2, ui::BodyTableModel::Name).data().toString().trimmed().left(4);
    registry->searchField()->setFocus();
    registry->searchField()->clear();
    settle();
    std::vector<qint64> times = typeIntoSearch(*registry, prefix);
    registry->searchField()->clear();
    settle();
    const std::vector<qint64> none = typeIntoSearch(*registry, u"qzxj"_s);
    times.insert(times.end(), none.begin(), none.end());
    registry->searchField()->clear();
    settle();
    const qint64 longest = times.empty() ? 0 : *std::max_element(times.begin(), times.end());
    const qint64 mean =
        times.empty() ? 0 : std::accumulate(times.begin(), times.end(), qint64(0)) / qint64(times.size());
    say(u"search-ms %1 %2"_s.arg(millis(longest), millis(mean)));

    // Every area the window offers, each as it is first shown (made and loaded); the one shown at
    // start, made during the start-up, last: going back to it.
    const int first = window.currentArea();
    std::vector<int> order;
    for (int i = 0; i < ui::MainWindow::AreaCount; ++i)
        if (i != first && window.isAreaOffered(i))
            order.push_back(i);
    if (first >= 0)
        order.push_back(first);
    for (const int index : order) {
        QElapsedTimer timer;
        timer.start();
        window.showArea(index);
        settle();
        say(u"area-ms %1 %2"_s.arg(index).arg(millis(timer.nsecsElapsed())));
    }
    say(u"rss-peak-kb %1"_s.arg(peakResidentKb()));
    QApplication::exit(0);
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
    const QCommandLineOption measureOption(
        u"measure"_s,
        u"For the benchmarks: print 'ready' when the window is up, then the time of a search in the registry, "
        "of opening each area and the peak memory, and quit."_s);
    parser.addOptions(
        {dbOption, langOption, screenshotOption, selectOption, areaOption, tabOption, detailsTabOption, measureOption});
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
    if (parser.isSet(measureOption)) {
        // The first time the event loop is idle, the window is ready for the user.
        QTimer::singleShot(0, &window, [&window, &sinceStart] { measure(window, sinceStart); });
        return QApplication::exec();
    }
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
