// SPDX-License-Identifier: GPL-3.0-or-later
// The printed documents of issue 6: what their PDFs say, page by page, in Kazakh and Russian.
#include "support/QtStringMakers.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/Session.h"
#include "ui/print/AppealDocument.h"
#include "ui/print/CommissionDocument.h"
#include "ui/print/ConclusionDocument.h"
#include "ui/print/DocumentPages.h"

#include "core/AppealService.h"
#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/DemoData.h"
#include "core/RegistryService.h"

#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "support/DemoCache.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate PrintedOn(2025, 4, 1);

QString normalized(QString text)
{
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

bool hasKazakhLetters(const QString& text)
{
    static const QString letters = u"әғқңөұүһіӘҒҚҢӨҰҮҺІ"_s;
    return std::any_of(text.begin(), text.end(), [](QChar ch) { return letters.contains(ch); });
}

/// poppler-utils' tools; the tests that need them are skipped with a warning when they are missing.
QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of a PDF (one page when `page` > 0), with runs of white space made one space.
QString pdfText(const QString& path, int page = 0)
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return normalized(run(tool(u"pdftotext"_s), arguments << path << u"-"_s));
}

int pdfPages(const QString& path)
{
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(tool(u"pdfinfo"_s), {path}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

bool havePoppler()
{
    if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty()) {
        WARN("pdftotext/pdfinfo (poppler-utils) are not installed: skipped");
        return false;
    }
    return true;
}

/// Installs the catalogue of a language for the test and English again afterwards.
struct InLanguage
{
    explicit InLanguage(core::Language language) { installed.apply(language); }
    ~InLanguage() { installed.apply(core::Language::English); }
    ui::Language installed;
};

QString tr(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

/// A translated heading is checked once the catalogue has it; until then it is the English one.
void checkLanguageOf(const QString& heading, const char* english, core::Language language)
{
    if (heading.startsWith(QString::fromUtf8(english)))
        WARN("not translated yet: " << heading.toStdString());
    else if (language == core::Language::Kazakh)
        CHECK(hasKazakhLetters(heading));
    else
        CHECK(heading.contains(QRegularExpression(u"[А-Яа-я]"_s)));
}

const core::Text3 Ministry{u"Қазақстан Республикасының Қаржы министрлігі"_s,
                           u"Министерство финансов Республики Казахстан"_s, u"Ministry of Finance"_s};
const core::Text3 Administration{u"Қазақстан Республикасы Президентінің Әкімшілігі"_s,
                                 u"Администрация Президента Республики Казахстан"_s, u"Presidential Administration"_s};

QString indicatorCode(int i)
{
    return u"N%1"_s.arg(i, 3, 10, QLatin1Char('0'));
}

/// A conclusion of `lines` indicators, version 2 corrected after an appeal.
core::ConclusionVersion sampleVersion(int lines)
{
    core::ConclusionVersion v;
    v.version = 2;
    v.issuedAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0));
    v.appealId = 7;
    v.reason = u"Objection accepted"_s;
    v.sentOn = QDate(2025, 3, 15);
    v.receivedOn = QDate(2025, 3, 17);
    core::ConclusionContent& c = v.content;
    c.bodyCode = u"MOF"_s;
    c.bodyName = Ministry;
    c.authorName = Administration;
    c.year = 2024;
    c.block = 1;
    c.score = 87.5;
    c.rating = u"B"_s;
    c.ratingName = {u"Орташа тиімділік"_s, u"Средняя эффективность"_s, u"Medium effectiveness"_s};
    c.methodologyVersion = 3;
    c.summary = {u"Мемлекеттік орган стратегиялық мақсаттарға қол жеткізуде жақсы нәтиже көрсетті."_s,
                 u"Государственный орган показал хороший результат в достижении стратегических целей."_s,
                 {}};
    for (int i = 1; i <= lines; ++i) {
        core::ConclusionLine l;
        l.code = indicatorCode(i);
        l.criterion = u"K%1"_s.arg((i - 1) / 10 + 1);
        l.criterionName = {u"Стратегиялық мақсаттарға қол жеткізу"_s, u"Достижение стратегических целей"_s, {}};
        // Long names wrap over several lines: a row that were broken between pages would show it.
        l.name = {
            u"Көрсеткіш %1: салықтық түсімдердің ішкі жалпы өнімдегі үлесі, пайызбен (%1 соңы)"_s.arg(l.code),
            u"Показатель %1: доля налоговых поступлений в валовом внутреннем продукте, в процентах (%1 конец)"_s.arg(
                l.code),
            {}};
        l.plan = 100;
        l.fact = 95.5;
        l.status = i % 2 ? u"full"_s : u"partial"_s;
        l.score = 90;
        l.contribution = 87.5 / lines;
        l.corrected = i == 2;
        c.lines.push_back(l);
    }
    core::ReorganizationNote note;
    note.bodyId = 99;
    note.code = u"MNE"_s;
    note.name = {u"Ұлттық экономика министрлігі"_s, u"Министерство национальной экономики"_s, {}};
    note.date = QDate(2024, 3, 1);
    note.paragraph = 53;
    c.reorganizations.push_back(note);
    core::Recommendation earlier;
    earlier.year = 2023;
    earlier.text = {u"Бюджеттік жоспарлауды жетілдіру"_s, u"Совершенствовать бюджетное планирование"_s, {}};
    earlier.status = core::RecommendationStatus::Partly;
    c.earlier.push_back(earlier);
    c.findings = {u"Ішкі бақылау жүйесін күшейту қажет."_s, u"Необходимо усилить систему внутреннего контроля."_s, {}};
    core::Recommendation next;
    next.text = {u"Ішкі аудит қызметін күшейту"_s, u"Усилить службу внутреннего аудита"_s, {}};
    next.order = true;
    c.recommendations.push_back(next);
    c.confidential = true;
    c.participants = {u"Әлібеков Нұрлан"_s, u"Иванова Светлана"_s};
    return v;
}

core::Appeal sampleAppeal()
{
    core::Appeal a;
    a.id = 7;
    a.bodyCode = u"MOF"_s;
    a.year = 2024;
    a.block = 1;
    a.receivedOn = QDate(2025, 3, 3);
    a.fileBy = QDate(2025, 3, 11);
    a.filedOn = QDate(2025, 3, 10);
    a.decideBy = QDate(2025, 3, 25);
    a.decidedOn = QDate(2025, 3, 27); // late: after the 15 days of §60
    a.status = core::AppealStatus::Accepted;
    a.text = u"Қаржы министрлігі N002 көрсеткіші бойынша деректермен келіспейді."_s;
    a.decisionReason = {u"Растайтын құжаттар ұсынылды."_s, u"Представлены подтверждающие документы."_s, {}};
    core::AppealItem item;
    item.code = u"N002"_s;
    item.argument = u"Статистика комитетінің деректері бойынша нақты мән 98,5."_s;
    item.requestedFact = 98.5;
    item.accepted = true;
    item.reason = u"Құжаттармен расталды"_s;
    item.oldFact = 95.5;
    item.newFact = 98.5;
    a.items.push_back(item);
    item.code = u"N003"_s;
    item.accepted = false;
    item.reason = u"Дәлел жоқ"_s;
    item.newFact.reset();
    a.items.push_back(item);
    a.documents.push_back(
        {1, u"хат-2025-03-10.pdf"_s, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s, 123456});
    return a;
}

core::CommissionResult sampleCommission(int bodies)
{
    core::CommissionResult result;
    result.year = 2024;
    for (int i = 0; i < bodies; ++i) {
        core::CommissionRow row;
        row.bodyId = i + 1;
        row.code = u"B%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        row.name = {u"Облыс әкімдігі №%1"_s.arg(i), u"Акимат области №%1"_s.arg(i), {}};
        for (int b = 0; b < core::BlockCount; ++b) {
            core::CommissionBlock& block = row.blocks[static_cast<std::size_t>(b)];
            block.block = b + 1;
            block.inScope = (i + b) % 5 != 0;
            block.score = 50 + (i * 7 + b * 13) % 50;
            block.rating = u"B"_s;
            block.ratingName = {u"Орташа тиімділік"_s, u"Средняя эффективность"_s, {}};
            block.rank = i + 1;
            block.previous = 60;
            block.change = ((i + b) % 3 - 1) * 2.35;
            block.fromConclusion = true;
            block.state = i % 4 ? core::ConclusionState::Final : core::ConclusionState::UnderAppeal;
            block.alert = i == 3 && b == 1;
        }
        result.rows.push_back(row);
    }
    result.alerts.push_back({4, u"B03"_s, result.rows[3].name, 2, {71.0, 65.2, 60.1}});
    return result;
}

} // namespace

TEST_CASE("The conclusion prints in Kazakh and in Russian with the body's names, the score and its parts",
          "[ui][print][conclusion]")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    for (const core::Language language : {core::Language::Kazakh, core::Language::Russian}) {
        INFO("language " << core::languageCode(language).toStdString());
        InLanguage in(language);
        const ui::ConclusionDocument document(sampleVersion(6), language, PrintedOn);
        const QString path = dir.filePath(u"conclusion-%1.pdf"_s.arg(core::languageCode(language)));
        REQUIRE(document.writePdf(path).has_value());
        const QString text = pdfText(path);

        CHECK(text.contains(normalized(document.title())));
        CHECK(text.contains(Ministry.in(language)));
        CHECK(text.contains(Administration.in(language)));
        CHECK(text.contains(u"87,5"_s)); // the score, with the decimal comma of both languages
        CHECK(text.contains(normalized(ui::Labels::block(1))));
        CHECK(text.contains(ui::Labels::status(core::Status::Full)));
        CHECK(text.contains(u"15.03.2025"_s)); // sent on
        CHECK(text.contains(u"§61"_s)); // the corrected version after the appeal
        CHECK(text.contains(u"§53"_s)); // the reorganized predecessor counted in
        CHECK(text.contains(normalized(tr("ConclusionDocument", "For official use only"))));
        if (language == core::Language::Kazakh) {
            CHECK(text.contains(u"Ұлттық экономика министрлігі"_s));
            CHECK(text.contains(u"Бюджеттік жоспарлауды жетілдіру"_s)); // part 2
            CHECK(text.contains(u"Ішкі аудит қызметін күшейту"_s)); // part 3
            CHECK(text.contains(u"1-блок"_s));
            CHECK(text.contains(u"Толық қол жеткізілді"_s));
            CHECK(hasKazakhLetters(text));
        } else {
            CHECK(text.contains(u"Министерство национальной экономики"_s));
            CHECK(text.contains(u"Совершенствовать бюджетное планирование"_s));
            CHECK(text.contains(u"Усилить службу внутреннего аудита"_s));
            CHECK(text.contains(u"Полностью достигнут"_s));
            CHECK_FALSE(text.contains(u"Қаржы министрлігі"_s));
        }
        checkLanguageOf(document.title(), "Conclusion on the results", language);
    }
}

TEST_CASE("A long table breaks only between rows and repeats its header row on every page", "[ui][print][conclusion]")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    InLanguage in(core::Language::Kazakh);
    constexpr int Lines = 60;
    const ui::ConclusionDocument document(sampleVersion(Lines), core::Language::Kazakh, PrintedOn);
    const QString path = dir.filePath(u"long.pdf"_s);
    REQUIRE(document.writePdf(path).has_value());
    const int pages = pdfPages(path);
    REQUIRE(pages >= 3);
    CHECK(document.pages().pageCount() == pages);

    const QString header = normalized(tr("ConclusionDocument", "Contribution"));
    std::map<QString, int> pageOf; // indicator → the page its row is on
    int firstTablePage = 0;
    int lastTablePage = 0;
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString text = pdfText(path, page);
        CHECK(text.contains(ui::DocumentPages::pageNumber(page, pages)));
        CHECK(text.contains(u"01.04.2025"_s)); // the print date in the footer
        CHECK(text.contains(u"§46–47"_s));
        for (int i = 1; i <= Lines; ++i) {
            const QString code = indicatorCode(i);
            const bool start = text.contains(u"Көрсеткіш %1:"_s.arg(code));
            const bool end = text.contains(u"(%1 соңы)"_s.arg(code));
            INFO("indicator " << code.toStdString());
            CHECK(start == end); // the row is whole on this page, or not on it
            if (start) {
                CHECK_FALSE(pageOf.contains(code));
                pageOf[code] = page;
                if (firstTablePage == 0)
                    firstTablePage = page;
                lastTablePage = page;
            }
        }
        if (firstTablePage > 0 && lastTablePage == page)
            CHECK(text.contains(header)); // the header row, repeated
    }
    CHECK(pageOf.size() == static_cast<std::size_t>(Lines)); // no row lost
    CHECK(lastTablePage > firstTablePage);
    // The rows keep their order.
    for (int i = 2; i <= Lines; ++i)
        CHECK(pageOf[indicatorCode(i - 1)] <= pageOf[indicatorCode(i)]);
}

TEST_CASE("A document prints on a printer page by page like its PDF", "[ui][print]")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const ui::ConclusionDocument document(sampleVersion(40), core::Language::Russian, PrintedOn);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(path);
    REQUIRE(document.pages().render(printer));
    const int pages = pdfPages(path);
    CHECK(pages > 1);
    CHECK(run(tool(u"pdfinfo"_s), {path}).contains(u"(A4)"_s));
    const QString last = pdfText(path, pages);
    CHECK(last.contains(ui::DocumentPages::pageNumber(pages, pages)));
    CHECK(pdfText(path, 2).contains(normalized(tr("ConclusionDocument", "Indicator"))));
}

TEST_CASE("A PDF that cannot be written fails with its path and leaves no file", "[ui][print]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/conclusion.pdf"_s);
    const auto written = ui::ConclusionDocument(sampleVersion(1), core::Language::Kazakh).writePdf(path);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == core::ErrorCode::CannotOpen);
    CHECK(written.error().detail.contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("The decision on an objection shows the terms, the commission, each indicator and the correction",
          "[ui][print][appeal]")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    for (const core::Language language : {core::Language::Kazakh, core::Language::Russian}) {
        INFO("language " << core::languageCode(language).toStdString());
        InLanguage in(language);
        ui::AppealDocument document(sampleAppeal(), sampleVersion(5).content, language, PrintedOn);
        document.setAppealedVersion(1);
        document.setCorrectedVersion(2);
        core::SpecialCommission commission;
        commission.formedOn = QDate(2025, 1, 15);
        commission.members = {{u"Сейтқали Айгүл"_s, u"Төраға"_s, 5, false},
                              {u"Петров Виктор"_s, u"Сарапшы"_s, 6, true}};
        document.setCommission(commission, {{6, {u"Жұмыс органы"_s, u"Рабочий орган"_s, {}}}});
        const QString path = dir.filePath(u"appeal-%1.pdf"_s.arg(core::languageCode(language)));
        REQUIRE(document.writePdf(path).has_value());
        const QString text = pdfText(path);

        CHECK(text.contains(normalized(document.title())));
        CHECK(text.contains(Ministry.in(language)));
        CHECK(text.contains(u"10.03.2025"_s)); // filed
        CHECK(text.contains(u"11.03.2025"_s)); // the last day to file
        CHECK(text.contains(u"25.03.2025"_s)); // the decision's last day
        CHECK(text.contains(u"27.03.2025"_s)); // decided, late
        CHECK(text.contains(normalized(tr("AppealDocument", "after the term of §60"))));
        CHECK(text.contains(u"Сейтқали Айгүл"_s));
        CHECK(text.contains(u"Петров Виктор"_s));
        CHECK(text.contains(normalized(tr("AppealDocument", "representative of the Commission's working body"))));
        CHECK(text.contains(u"Статистика комитетінің деректері бойынша нақты мән 98,5."_s));
        CHECK(text.contains(u"95,50 → 98,50"_s));
        CHECK(
            text.contains(normalized(tr("AppealDocument", "The conclusion was corrected: version %1 (§61).").arg(2))));
        CHECK(text.contains(normalized(tr("AppealDocument", "The decision is final, except for §62."))));
        CHECK(text.contains(u"хат-2025-03-10.pdf"_s));
        CHECK(text.contains(u"9f86d081884c7d65"_s)); // the beginning of the SHA-256
        CHECK(text.contains(
            core::Text3{u"Растайтын құжаттар ұсынылды."_s, u"Представлены подтверждающие документы."_s, {}}.in(
                language)));
        CHECK(text.contains(u"§57–61"_s));
        checkLanguageOf(document.title(), "Decision on the objection", language);
    }
}

TEST_CASE("The Presidential Administration decides an objection without a special commission", "[ui][print][appeal]")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    core::Appeal appeal = sampleAppeal();
    appeal.status = core::AppealStatus::Rejected;
    appeal.decidedOn = QDate(2025, 3, 20);
    ui::AppealDocument document(appeal, sampleVersion(5).content, core::Language::Russian, PrintedOn);
    document.setDecidedByPresidentialAdministration(true);
    const QString path = dir.filePath(u"pa.pdf"_s);
    REQUIRE(document.writePdf(path).has_value());
    const QString text = pdfText(path);
    CHECK(text.contains(normalized(
        tr("AppealDocument", "The Presidential Administration decides without a special commission (§59)."))));
    CHECK(text.contains(normalized(tr("AppealDocument", "The objection is rejected."))));
    CHECK_FALSE(text.contains(normalized(tr("AppealDocument", "after the term of §60"))));
    CHECK_FALSE(text.contains(u"(§61)"_s));
}

TEST_CASE("The Commission's report lists every body with its blocks, the alerts and charts on landscape pages",
          "[ui][print][commission]")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    constexpr int Bodies = 40;
    for (const core::Language language : {core::Language::Kazakh, core::Language::Russian}) {
        INFO("language " << core::languageCode(language).toStdString());
        InLanguage in(language);
        const core::CommissionResult result = sampleCommission(Bodies);
        const ui::CommissionDocument document(result, language, PrintedOn);
        const QString path = dir.filePath(u"commission-%1.pdf"_s.arg(core::languageCode(language)));
        REQUIRE(document.writePdf(path).has_value());
        const QString text = pdfText(path);
        const int pages = pdfPages(path);
        CHECK(pages > 1);
        // A4 landscape
        CHECK(run(tool(u"pdfinfo"_s), {path}).contains(QRegularExpression(u"Page size:\\s+8(42|41\\.89) x 595"_s)));

        CHECK(text.contains(normalized(ui::CommissionDocument::title(2024))));
        for (const core::CommissionRow& row : result.rows) {
            INFO(row.code.toStdString());
            CHECK(text.contains(u"%1 (%2)"_s.arg(row.name.in(language), row.code)));
        }
        // The §73 alert with its falling scores, oldest first.
        CHECK(text.contains(u"2022: 71,0 → 2023: 65,2 → 2024: 60,1"_s));
        CHECK(text.contains(u"▼ 2,4"_s)); // a change from last year
        CHECK(text.contains(u"▲ 2,4"_s));
        CHECK(text.contains(normalized(ui::Labels::blockShort(3))));
        CHECK(text.contains(ui::DocumentPages::pageNumber(pages, pages)));
        CHECK(text.contains(result.rows[0].name.in(language)));
        if (language == core::Language::Kazakh)
            CHECK(text.contains(u"Облыс әкімдігі №7"_s));
        else
            CHECK(text.contains(u"Акимат области №7"_s));
        checkLanguageOf(ui::CommissionDocument::title(2024), "Results of the operational", language);

        // The charts: two of 20 bodies, drawn in the blocks' colours.
        const std::vector<QImage> charts = document.charts(600, 300, 2);
        REQUIRE(charts.size() == 2);
        for (const QImage& chart : charts) {
            CHECK(chart.size() == QSize(1200, 600));
            const QImage small = chart.scaled(120, 60);
            int coloured = 0;
            for (int y = 0; y < small.height(); ++y)
                for (int x = 0; x < small.width(); ++x)
                    coloured += QColor(small.pixel(x, y)).saturation() > 80 ? 1 : 0;
            CHECK(coloured > 50);
        }
        const QString pdfimages = tool(u"pdfimages"_s);
        if (!pdfimages.isEmpty()) {
            const QStringList images = run(pdfimages, {u"-list"_s, path}).split(u'\n', Qt::SkipEmptyParts);
            CHECK(images.size() >= 2 + 2); // two lines of heading, then one line per image
        }
    }
}

TEST_CASE("The documents print from the demonstration database", "[ui][print][demo]")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const QString demo = test::cachedDatabase(u"ui-demo"_s, [](const QString& file) {
        auto made = ui::Session::open(file, u"ui-tester"_s);
        if (!made)
            return false;
        auto loaded = core::DemoData::load((*made)->database(), (*made)->audit());
        return loaded.has_value() && *loaded;
    });
    REQUIRE_FALSE(demo.isEmpty());
    REQUIRE(QFile::copy(demo, dir.filePath(u"demo.db"_s)));
    auto opened = ui::Session::open(dir.filePath(u"demo.db"_s), u"ui-tester"_s);
    REQUIRE(opened.has_value());
    ui::Session& session = **opened;
    InLanguage in(core::Language::Kazakh);

    // Every objection of the year, and the conclusion versions it concerns.
    auto appeals = session.appeals().appeals(2024);
    REQUIRE(appeals.has_value());
    REQUIRE_FALSE(appeals->empty());
    bool sawCorrected = false;
    for (const core::Appeal& appeal : *appeals) {
        INFO("appeal " << appeal.id);
        auto document = ui::AppealDocument::load(appeal.id, session.appeals(), session.conclusions(),
                                                 session.registry().repository(), core::Language::Kazakh, PrintedOn);
        REQUIRE(document.has_value());
        const QString path = dir.filePath(u"appeal-%1.pdf"_s.arg(appeal.id));
        REQUIRE(document->writePdf(path).has_value());
        const QString text = pdfText(path);
        CHECK(text.contains(u"(%1)"_s.arg(appeal.bodyCode)));
        for (const core::AppealItem& item : appeal.items)
            CHECK(text.contains(item.code));
        if (appeal.correctedVersionId) {
            auto corrected = session.conclusions().version(*appeal.correctedVersionId);
            REQUIRE(corrected.has_value());
            CHECK(text.contains(normalized(
                tr("AppealDocument", "The conclusion was corrected: version %1 (§61).").arg(corrected->version))));

            // The corrected version says so, and the version before it stays printable.
            auto version =
                ui::ConclusionDocument::findVersion(session.conclusions(), appeal.conclusionId, corrected->version);
            REQUIRE(version.has_value());
            CHECK(version->appealId == appeal.id);
            const ui::ConclusionDocument conclusion(*version, core::Language::Kazakh, PrintedOn);
            const QString conclusionPath = dir.filePath(u"corrected.pdf"_s);
            REQUIRE(conclusion.writePdf(conclusionPath).has_value());
            CHECK(pdfText(conclusionPath)
                      .contains(normalized(tr("ConclusionDocument", "Corrected version %1 after the appeal (§61)")
                                               .arg(corrected->version))));
            auto first = ui::ConclusionDocument::findVersion(session.conclusions(), appeal.conclusionId, 1);
            REQUIRE(first.has_value());
            CHECK(first->version == 1);
            sawCorrected = true;
        }
        if (appeal.status != core::AppealStatus::Pending && !appeal.commissionId)
            CHECK(text.contains(normalized(
                tr("AppealDocument", "The Presidential Administration decides without a special commission (§59)."))));
    }
    CHECK(sawCorrected);
    const auto missing = ui::ConclusionDocument::findVersion(session.conclusions(), appeals->front().conclusionId, 99);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == core::ErrorCode::NotFound);

    // The Commission's report holds every body of the year's result.
    auto result = session.commission().result(2024);
    REQUIRE(result.has_value());
    REQUIRE(result->rows.size() > 10);
    const ui::CommissionDocument commission(*result, core::Language::Kazakh, PrintedOn);
    const QString path = dir.filePath(u"commission.pdf"_s);
    REQUIRE(commission.writePdf(path).has_value());
    const QString text = pdfText(path);
    for (const core::CommissionRow& row : result->rows)
        CHECK(text.contains(u"(%1)"_s.arg(row.code)));
    for (const core::CommissionAlert& alert : result->alerts)
        CHECK(text.contains(alert.name.kk));
    CHECK(pdfPages(path) > 1);
}
