// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpus of package_fuzzer into a folder: a template, a report and a return package,
// each also as its bare payload JSON. Everything is fixed (the key comes from a fixed seed), so the
// seeds are the same on every run. With --example, prints the small report package of
// docs/package-format.md instead. Built and run by scripts/fuzz.sh.
#include "core/Package.h"
#include "core/Signing.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

/// NOT SECRET: a key pair from the seed 00 01 02 … 1f, for reproducible test files only.
QByteArray fixedSecretKey()
{
    unsigned char seed[crypto_sign_SEEDBYTES];
    for (unsigned i = 0; i < sizeof seed; ++i)
        seed[i] = static_cast<unsigned char>(i);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
    if (sodium_init() < 0
        || crypto_sign_seed_keypair(publicKey, reinterpret_cast<unsigned char*>(secretKey.data()), seed) != 0)
        std::abort();
    return secretKey;
}

core::Text3 text3(const QString& kk, const QString& ru, const QString& en)
{
    return core::Text3{kk, ru, en};
}

core::PackageHeader header(core::PackageKind kind, std::vector<int> blocks, qint64 sequence)
{
    core::PackageHeader h;
    h.kind = kind;
    h.id = u"6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"_s;
    h.body = u"MNE"_s;
    h.year = 2025;
    h.blocks = std::move(blocks);
    h.sequence = sequence;
    h.created = QDateTime(QDate(2026, 2, 2), QTime(9, 30, 0), Qt::UTC);
    h.producer = u"Bagalau 0.5.0"_s;
    return h;
}

core::ReportPayload report()
{
    core::ReportPayload p;
    p.templateId = u"0b5e7a8c-1d2f-4a3b-9c4d-5e6f7a8b9c0d"_s;
    core::ReportData r;
    r.block = 1;
    r.state = u"submitted"_s;
    r.submittedAt = QDateTime(QDate(2026, 2, 1), QTime(17, 5, 12), Qt::UTC);
    r.firstSubmittedAt = r.submittedAt;
    core::ReportLine line;
    line.code = u"G1.1"_s;
    line.plan = 100;
    line.fact = 97.5;
    line.sourceType = 3;
    line.comment = u"Өңірлер бойынша"_s;
    line.sourceReference = u"Ұлттық статистика бюросы"_s;
    const QByteArray content("%PDF\0\x01\x02", 7);
    line.evidence = {{u"есеп.pdf"_s, core::sha256Hex(content), content,
                      QDateTime(QDate(2026, 1, 30), QTime(8, 0, 0, 250), Qt::UTC), u"Әлия"_s}};
    core::ReportLine empty;
    empty.code = u"G1.2"_s;
    r.lines = {line, empty};
    r.history = {{QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC), u"Әлия"_s, u"created"_s, 0, {}},
                 {r.submittedAt, u"Әлия"_s, u"submitted"_s, 0, {}}};
    p.reports = {r};
    return p;
}

/// The docs' example: one block, one line, no evidence.
core::ReportPayload smallReport()
{
    core::ReportPayload p = report();
    p.reports.front().lines = {p.reports.front().lines.back()};
    p.reports.front().lines.front().fact = 12;
    p.reports.front().history.clear();
    return p;
}

core::ReturnPayload returned()
{
    core::ReturnPayload p;
    p.templateId = u"0b5e7a8c-1d2f-4a3b-9c4d-5e6f7a8b9c0d"_s;
    p.block = 1;
    p.revision = 0;
    p.reason = u"Дәлелдеме жоқ"_s;
    p.remarks = {{u"G1.1"_s, u"Дереккөзді көрсетіңіз"_s}};
    p.returnedAt = QDateTime(QDate(2026, 2, 10), QTime(11, 0), Qt::UTC);
    p.returnedBy = u"Ерлан"_s;
    return p;
}

core::TemplatePayload templ(const QByteArray& bodyKey)
{
    core::TemplatePayload p;
    p.body.code = u"MNE"_s;
    p.body.fields.kind = core::BodyKind::Central;
    p.body.fields.scope = {true, true, true, false, text3({}, {}, {})};
    p.body.names = {{0, QDate(), text3(u"ҰЭМ"_s, u"МНЭ"_s, u"MNE"_s),
                     text3(u"Ұлттық экономика министрлігі"_s, u"Министерство национальной экономики"_s,
                           u"Ministry of National Economy"_s)}};
    p.schedule.year = 2025;
    p.schedule.approvedOn = QDate(2025, 12, 12);
    p.schedule.stages = {QDate(2026, 2, 2), QDate(2026, 4, 1), QDate(2026, 5, 4), QDate(2026, 6, 1), QDate()};
    core::Methodology m;
    m.block = 1;
    m.year = 2025;
    m.title = text3(u"Мақсаттар"_s, u"Цели"_s, u"Goals"_s);
    m.approval = {u"Бұйрық № 12"_s, QDate(2025, 11, 1), QDate(2025, 10, 20), QDate(2025, 10, 25)};
    core::Criterion c;
    c.code = u"G1"_s;
    c.name = text3(u"Мақсат"_s, u"Цель"_s, u"Goal"_s);
    c.weight = 100;
    core::Indicator scale;
    scale.code = u"G1.1"_s;
    scale.name = text3(u"Үлес"_s, u"Доля"_s, u"Share"_s);
    scale.weight = 60;
    scale.scoring = core::ScoringKind::Scale;
    scale.scale = {{90, 100}, {50, 50}};
    scale.sourceType = 3;
    scale.maximum = 100;
    core::Indicator formula = scale;
    formula.code = u"G1.2"_s;
    formula.weight = 40;
    formula.scoring = core::ScoringKind::Formula;
    formula.scale.clear();
    formula.formula = u"fact / plan"_s;
    formula.plan = 10;
    c.indicators = {scale, formula};
    m.criteria = {c};
    p.methodologies = {m};
    p.lastYear = {{1, u"G1.1"_s, 100, 88}};
    p.secretKey = bodyKey;
    p.issuedBy = u"Гүлнар"_s;
    return p;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// A signed package, checked to read back: seeds that do not read would not reach the payload readers.
QByteArray package(const core::PackageHeader& h, const QJsonObject& payload, const QByteArray& key)
{
    auto file = core::writePackage(h, payload, key);
    if (!file) {
        std::fprintf(stderr, "make_seeds: %s\n", qPrintable(file.error().detail));
        std::exit(1);
    }
    const auto read = core::readPackage(*file);
    const bool payloadReads =
        read
        && (h.kind == core::PackageKind::Template ? core::templatePayload(read->payload).has_value()
            : h.kind == core::PackageKind::Report ? core::reportPayload(read->payload).has_value()
                                                  : core::returnPayload(read->payload).has_value());
    if (!payloadReads) {
        std::fprintf(stderr, "make_seeds: a %s seed does not read back\n", qPrintable(core::toString(h.kind)));
        std::exit(1);
    }
    return *file;
}

} // namespace

int main(int argc, char** argv)
{
    const QByteArray key = fixedSecretKey();
    if (argc == 2 && QByteArray(argv[1]) == "--example") {
        const QByteArray file = package(header(core::PackageKind::Report, {1}, 1), core::toJson(smallReport()), key);
        std::fwrite(file.constData(), 1, static_cast<std::size_t>(file.size()), stdout);
        return 0;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_seeds <folder> | --example\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const auto json = [](const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    const QJsonObject t = core::toJson(templ(key));
    const QJsonObject r = core::toJson(report());
    const QJsonObject b = core::toJson(returned());
    const bool ok = write(dir.filePath(u"template.pkg"_s), package(header(core::PackageKind::Template, {1}, 0), t, key))
                    && write(dir.filePath(u"report.pkg"_s), package(header(core::PackageKind::Report, {1}, 1), r, key))
                    && write(dir.filePath(u"return.pkg"_s), package(header(core::PackageKind::Return, {1}, 0), b, key))
                    && write(dir.filePath(u"template.json"_s), json(t))
                    && write(dir.filePath(u"report.json"_s), json(r)) && write(dir.filePath(u"return.json"_s), json(b));
    if (!ok) {
        std::fprintf(stderr, "make_seeds: cannot write into %s\n", argv[1]);
        return 1;
    }
    return 0;
}
