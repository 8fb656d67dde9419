// SPDX-License-Identifier: GPL-3.0-or-later
// §52: the public export (page, CSV, XLSX) of a year with confidential items. Every file is read
// back: the public texts are there, in Kazakh intact, and no confidential text is anywhere.
#include "core/CommissionTestSupport.h"
#include "support/QtStringMakers.h"

#include "ui/print/PublicExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using test::CommissionFixture;

namespace {

constexpr int Year = CommissionFixture::Year;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Every member of a zip file, uncompressed and concatenated.
QString unzipped(const QString& path)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

QStringList zipMembers(const QString& path)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-Z1"_s, path});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

core::PublicData scenarioData(CommissionFixture& f)
{
    f.publicationScenario();
    auto data = f.publication.publicData(Year);
    REQUIRE(data);
    REQUIRE(data->withheld.size() == 4);
    return std::move(*data);
}

} // namespace

TEST_CASE("The public export writes a page, two CSV files and a workbook that hold no confidential text",
          "[ui][publication]")
{
    CommissionFixture f;
    const core::PublicData data = scenarioData(f);
    ui::PublicExport exporter(data, core::Language::Kazakh);
    exporter.setGeneratedOn(QDate(Year + 1, 9, 1));
    QTemporaryDir tmp;
    const QString out = tmp.filePath(u"export"_s);
    auto files = exporter.writeTo(out);
    REQUIRE(files);
    CHECK(entries(tmp.path()) == QStringList{u"export"_s}); // nothing left beside it
    CHECK(entries(out) == QStringList{u"index.html"_s, u"indicators.csv"_s, u"results.csv"_s, u"results.xlsx"_s});
    REQUIRE(files->size() == 4);
    for (const auto& [name, sha256] : *files) {
        CHECK(ui::PublicExport::fileNames().contains(name));
        CHECK(sha256
              == QString::fromLatin1(
                  QCryptographicHash::hash(readAll(QDir(out).filePath(name)), QCryptographicHash::Sha256).toHex()));
    }

    const QString html = QString::fromUtf8(readAll(QDir(out).filePath(u"index.html"_s)));
    const QByteArray resultsBytes = readAll(QDir(out).filePath(u"results.csv"_s));
    const QByteArray indicatorsBytes = readAll(QDir(out).filePath(u"indicators.csv"_s));
    const QString workbook = unzipped(QDir(out).filePath(u"results.xlsx"_s));
    const QString results = QString::fromUtf8(resultsBytes);
    const QString indicators = QString::fromUtf8(indicatorsBytes);

    // The page: Kazakh, self-contained, the public texts and the links to the data files.
    CHECK(html.startsWith(u"<!DOCTYPE html>"_s));
    CHECK(html.contains(u"<html lang=\"kk\">"_s));
    CHECK(html.contains(u"<meta charset=\"utf-8\">"_s));
    CHECK(html.contains(u"Бас прокуратурасы"_s));
    CHECK(html.contains(CommissionFixture::publicSummaryKk()));
    CHECK(html.contains(CommissionFixture::publicRecommendationKk()));
    CHECK(html.contains(CommissionFixture::publicOrderKk()));
    CHECK(html.contains(u"Көрсеткіш I1"_s));
    CHECK(html.contains(u"href=\"results.csv\""_s));
    CHECK(html.contains(u"href=\"indicators.csv\""_s));
    CHECK(html.contains(u"href=\"results.xlsx\""_s));
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK_FALSE(html.contains(u"http"_s)); // nothing loaded from elsewhere
    // The note says that confidential information is withheld, and nothing more.
    CHECK(html.count(u"onfidential"_s) == 1);
    CHECK_FALSE(html.contains(u"withheld"_s));

    // The CSV files: UTF-8 with a byte order mark, one row per body and block, public lines only.
    CHECK(resultsBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(indicatorsBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList resultLines = results.split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(resultLines.size() == 1 + 4);
    CHECK(resultLines.filter(u"GPO"_s).size() == 1);
    CHECK(resultLines.filter(u"GPO"_s).front().contains(u"Бас прокуратурасы"_s));
    CHECK(results.contains(u"Жоғары"_s));
    const QStringList indicatorLines = indicators.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(indicatorLines.size() == 2); // GPO's I1; I2 is confidential, MOD's conclusion too
    CHECK(indicatorLines[1].contains(u"GPO"_s));
    CHECK(indicatorLines[1].contains(u"Көрсеткіш I1"_s));

    // The workbook: two sheets with the same content.
    const QStringList members = zipMembers(QDir(out).filePath(u"results.xlsx"_s));
    CHECK(members.contains(u"xl/worksheets/sheet1.xml"_s));
    CHECK(members.contains(u"xl/worksheets/sheet2.xml"_s));
    CHECK(members.contains(u"xl/sharedStrings.xml"_s));
    CHECK(workbook.contains(u"Бас прокуратурасы"_s));
    CHECK(workbook.contains(u"Көрсеткіш I1"_s));
    CHECK(workbook.contains(u"GPO"_s));

    QStringList secrets = CommissionFixture::secrets();
    secrets << u"state secret"_s << u"Көрсеткіш I2"_s;
    for (const QString& secret : secrets) {
        INFO(secret.toStdString());
        CHECK_FALSE(html.contains(secret));
        CHECK_FALSE(results.contains(secret));
        CHECK_FALSE(indicators.contains(secret));
        CHECK_FALSE(workbook.contains(secret));
    }
}

TEST_CASE("The public export goes only into a new, empty or earlier export's folder, all or nothing",
          "[ui][publication]")
{
    CommissionFixture f;
    const core::PublicData data = scenarioData(f);
    QTemporaryDir tmp;
    const QString out = tmp.filePath(u"export"_s);

    // A folder with other files is refused and left as it was.
    REQUIRE(QDir().mkpath(out));
    QFile notes(QDir(out).filePath(u"notes.txt"_s));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("mine");
    notes.close();
    auto refused = ui::PublicExport(data, core::Language::Russian).writeTo(out);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::ExportFolderNotEmpty);
    CHECK(entries(out) == QStringList{u"notes.txt"_s});
    CHECK(readAll(QDir(out).filePath(u"notes.txt"_s)) == "mine");
    CHECK(entries(tmp.path()) == QStringList{u"export"_s});

    // An empty folder is used.
    REQUIRE(QFile::remove(QDir(out).filePath(u"notes.txt"_s)));
    REQUIRE(ui::PublicExport(data, core::Language::Kazakh).writeTo(out));
    CHECK(readAll(QDir(out).filePath(u"index.html"_s)).contains("lang=\"kk\""));

    // An earlier export is replaced as a whole.
    REQUIRE(ui::PublicExport(data, core::Language::Russian).writeTo(out));
    const QString html = QString::fromUtf8(readAll(QDir(out).filePath(u"index.html"_s)));
    CHECK(html.contains(u"lang=\"ru\""_s));
    CHECK(html.contains(u"Генеральная прокуратура"_s));
    CHECK(entries(out).size() == 4);
    CHECK(entries(tmp.path()) == QStringList{u"export"_s});

    // An earlier export with something of the user's added is not an export any more.
    QFile extra(QDir(out).filePath(u"extra.txt"_s));
    REQUIRE(extra.open(QIODevice::WriteOnly));
    extra.close();
    CHECK_FALSE(ui::PublicExport(data, core::Language::Kazakh).writeTo(out));
    CHECK(readAll(QDir(out).filePath(u"index.html"_s)).contains("lang=\"ru\""));

    // A file is not a folder.
    const QString file = tmp.filePath(u"file.txt"_s);
    QFile plain(file);
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    CHECK_FALSE(ui::PublicExport::checkTarget(file));
    CHECK_FALSE(ui::PublicExport(data, core::Language::Kazakh).writeTo(file));
    CHECK(QFileInfo(file).isFile());

    // A link to a folder is refused: replacing an export removes the old one.
    const QString link = tmp.filePath(u"link"_s);
    REQUIRE(QFile::link(out, link));
    CHECK_FALSE(ui::PublicExport(data, core::Language::Kazakh).writeTo(link));
    CHECK(entries(out).size() == 5);
}
