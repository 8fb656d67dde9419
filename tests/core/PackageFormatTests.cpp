// SPDX-License-Identifier: GPL-3.0-or-later
// The signed package file (docs/package-format.md): Ed25519 signing, the container's layout and its
// refusals in order, and the strict payload readers.
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"

#include "core/Package.h"
#include "core/Signing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using core::ErrorCode;
using core::PackageHeader;
using core::PackageKind;

namespace {

const QByteArray& secretKey()
{
    static const QByteArray key = core::signing::generateKeyPair().value().secretKey;
    return key;
}

const QByteArray& otherSecretKey()
{
    static const QByteArray key = core::signing::generateKeyPair().value().secretKey;
    return key;
}

PackageHeader reportHeader()
{
    PackageHeader h;
    h.kind = PackageKind::Report;
    h.id = u"0f8e2a1c-5b7d-4e3f-9a6b-2c1d0e9f8a7b"_s;
    h.body = u"MNE"_s;
    h.year = 2025;
    h.blocks = {1, 3};
    h.sequence = 4;
    h.created = QDateTime(QDate(2026, 2, 1), QTime(10, 15, 30, 250), Qt::UTC);
    h.producer = u"Bagalau 0.5.0"_s;
    return h;
}

QJsonObject smallPayload()
{
    return QJsonObject{{u"note"_s, u"Қазақстан"_s}, {u"n"_s, 3}};
}

QByteArray validPackage(const QJsonObject& payload = smallPayload())
{
    return core::writePackage(reportHeader(), payload, secretKey()).value();
}

/// A package file from its parts, signed with `key` whatever they say.
QByteArray signedFile(const QByteArray& headerLine, const QByteArray& payload, const QByteArray& key = secretKey(),
                      const QByteArray& versionLine = "BAGALAU-PACKAGE/1")
{
    const QByteArray signedPart = versionLine + '\n' + headerLine + '\n' + payload;
    return signedPart + "\nSIGNATURE " + core::signing::sign(signedPart, key).value().toHex() + '\n';
}

QList<QByteArray> linesOf(const QByteArray& file)
{
    return file.split('\n');
}

QJsonObject headerObjectOf(const QByteArray& file)
{
    return QJsonDocument::fromJson(linesOf(file).at(1)).object();
}

/// A valid package whose header is changed by `change`, then signed again.
QByteArray withHeader(const std::function<void(QJsonObject&)>& change, const QByteArray& payload = {})
{
    const QByteArray file = validPackage();
    QJsonObject header = headerObjectOf(file);
    QByteArray body = payload;
    if (body.isEmpty()) {
        body = QJsonDocument(smallPayload()).toJson(QJsonDocument::Compact);
    } else {
        header[u"payload_length"_s] = body.size();
        header[u"payload_sha256"_s] = core::sha256Hex(body);
    }
    change(header);
    return signedFile(QJsonDocument(header).toJson(QJsonDocument::Compact), body);
}

ErrorCode refusalOf(const QByteArray& file)
{
    const auto package = core::readPackage(file);
    REQUIRE_FALSE(package.has_value());
    return package.error().code;
}

// ---- JSON surgery for the strict readers -----------------------------------------------------------

/// `root` with the value at `path` ("reports.0.lines.1.fact") replaced, or removed when `value` is undefined.
QJsonValue changedAt(const QJsonValue& root, QStringList path, const QJsonValue& value)
{
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = step.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (path.isEmpty())
            array.replace(index, value);
        else
            array.replace(index, changedAt(array.at(index), path, value));
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else if (path.isEmpty())
        object.insert(step, value);
    else
        object.insert(step, changedAt(object.value(step), path, value));
    return object;
}

QJsonObject changed(const QJsonObject& root, const QString& path, const QJsonValue& value)
{
    return changedAt(root, path.split(u'.'), value).toObject();
}

QJsonObject removed(const QJsonObject& root, const QString& path)
{
    return changed(root, path, QJsonValue(QJsonValue::Undefined));
}

// ---- realistic payloads ----------------------------------------------------------------------------

core::Text3 text3(const QString& kk, const QString& ru, const QString& en)
{
    return core::Text3{kk, ru, en};
}

core::EvidenceFile evidence()
{
    core::EvidenceFile e;
    e.fileName = u"Есеп ұсынылды 2025.pdf"_s;
    e.content = QByteArray("%PDF-1.4\0\0\x01\xff\xfe binary\0tail", 26);
    e.sha256 = core::sha256Hex(e.content);
    e.addedAt = QDateTime(QDate(2026, 1, 20), QTime(8, 5, 1, 123), Qt::UTC);
    e.addedBy = u"Әлия Құрманғазы"_s;
    return e;
}

core::ReportPayload reportPayloadSample()
{
    core::ReportPayload p;
    p.templateId = u"3b2c1d0e-9f8a-4b7c-8d6e-5f4a3b2c1d0e"_s;
    core::ReportData r;
    r.block = 1;
    r.state = u"resubmitted"_s;
    r.revision = 2;
    r.firstSubmittedAt = QDateTime(QDate(2026, 1, 25), QTime(12, 0), Qt::UTC);
    r.submittedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 30, 15, 7), Qt::UTC);
    r.returnReason = u"Көрсеткіштердің дәлелдемелері жоқ"_s;
    core::ReportLine a;
    a.code = u"G1.1"_s;
    a.plan = 100;
    a.fact = 97.25;
    a.sourceType = 3;
    a.comment = u"Өңірлер бойынша ақпарат: ә ғ қ ң ө ұ ү һ і"_s;
    a.sourceReference = u"Ұлттық статистика бюросы, 2025"_s;
    a.remark = u"Дереккөзді көрсетіңіз"_s;
    a.answer = u"Көрсетілді"_s;
    a.evidence = {evidence()};
    core::ReportLine b;
    b.code = u"G1.2"_s;
    b.plan = std::nullopt;
    b.fact = 0.1 + 0.2;
    b.sourceType = 0;
    core::ReportLine c;
    c.code = u"G2.1"_s;
    c.plan = -1e-300;
    c.fact = 1.0 / 3.0;
    c.sourceType = 9;
    r.lines = {a, b, c};
    r.history = {{QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC), u"Әлия"_s, u"created"_s, 0, {}},
                 {QDateTime(QDate(2026, 1, 25), QTime(12, 0), Qt::UTC), u"Әлия"_s, u"submitted"_s, 0, {}},
                 {QDateTime(QDate(2026, 1, 28), QTime(16, 45, 0, 999), Qt::UTC), u"Ерлан"_s, u"returned"_s, 1,
                  u"Дәлелдеме қажет"_s}};
    core::ReportData d;
    d.block = 3;
    d.state = u"draft"_s;
    p.reports = {r, d};
    return p;
}

core::ReturnPayload returnPayloadSample()
{
    core::ReturnPayload p;
    p.templateId = u"3b2c1d0e-9f8a-4b7c-8d6e-5f4a3b2c1d0e"_s;
    p.block = 2;
    p.revision = 1;
    p.reason = u"Деректер толық емес"_s;
    p.remarks = {{u"PS1"_s, u"Нақтылаңыз: қызметтер саны"_s}, {u"PS2"_s, {}}, {u"PS1"_s, u"Тағы бір ескерту"_s}};
    p.returnedAt = QDateTime(QDate(2026, 2, 10), QTime(11, 0, 5), Qt::UTC);
    p.returnedBy = u"Ерлан Сәрсенбаев"_s;
    return p;
}

core::Indicator indicator(const QString& code, core::ScoringKind scoring)
{
    core::Indicator i;
    i.code = code;
    i.name = text3(u"Көрсеткіш "_s + code, u"Показатель "_s + code, u"Indicator "_s + code);
    i.definition = text3(u"Жоспарға қатынасы"_s, u"Отношение к плану"_s, u"Ratio to plan"_s);
    i.unit = text3(u"%"_s, u"%"_s, u"%"_s);
    i.direction = core::Direction::Higher;
    i.weight = 50;
    i.scoring = scoring;
    i.cap = 1.2;
    i.plan = 100;
    i.sourceType = 2;
    i.verification = text3(u"Ресми статистика"_s, u"Официальная статистика"_s, u"Official statistics"_s);
    return i;
}

core::TemplatePayload templatePayloadSample()
{
    core::TemplatePayload p;
    core::Body& b = p.body;
    b.code = u"AKM-OBL"_s;
    b.fields.kind = core::BodyKind::Oblast;
    b.fields.evaluated = true;
    b.fields.presidential = false;
    b.fields.validFrom = QDate(2019, 6, 1);
    b.fields.scope = {
        true, true, false, true,
        text3(u"құқық қорғау қызметінен басқа"_s, u"кроме правоохранительной"_s, u"except law enforcement"_s)};
    b.names = {{0, QDate(), text3(u"Ақмола облысы әкімдігі"_s, u"Акимат Акмолинской области"_s, u"Akmola akimat"_s),
                text3(u"Ақмола облысының әкімдігі"_s, u"Акимат Акмолинской области"_s, u"Akimat of Akmola Region"_s)},
               {0, QDate(2024, 3, 1), text3(u"Ақмола әкімдігі"_s, u"Акимат Акмолы"_s, u"Akmola"_s),
                text3(u"Ақмола облысы әкімдігі (жаңа)"_s, u"Акимат (новый)"_s, u"Akimat (new)"_s)}};
    core::Schedule& s = p.schedule;
    s.year = 2025;
    s.approvedOn = QDate(2025, 12, 12);
    s.stages = {QDate(2026, 2, 2), QDate(2026, 4, 1), QDate(), QDate(2026, 6, 1), QDate(2026, 7, 1)};
    s.resultsEvaluation = QDate(2026, 9, 1);

    core::Methodology goals;
    goals.block = 1;
    goals.year = 2025;
    goals.version = 3;
    goals.sample = false;
    goals.title = text3(u"Мақсаттарға қол жеткізу"_s, u"Достижение целей"_s, u"Achievement of goals"_s);
    goals.approval = {u"Бірлескен бұйрық № 12"_s, QDate(2025, 11, 1), QDate(2025, 10, 20), QDate()};
    goals.notCounted = core::NotCountedPolicy::Zero;
    goals.fullAt = 90;
    goals.partialAt = 45.5;
    core::Criterion c;
    c.code = u"G1"_s;
    c.name = text3(u"Стратегиялық мақсаттар"_s, u"Стратегические цели"_s, u"Strategic goals"_s);
    c.weight = 100;
    core::Indicator scale = indicator(u"G1.1"_s, core::ScoringKind::Scale);
    scale.direction = core::Direction::Lower;
    scale.scale = {{5, 100}, {10, 50.5}, {20, 0}};
    scale.plan = std::nullopt;
    scale.minimum = 0;
    scale.maximum = 1e6;
    core::Indicator formula = indicator(u"G1.2"_s, core::ScoringKind::Formula);
    formula.formula = u"min(fact / plan, 1.2)"_s;
    formula.sourceType = 0;
    formula.minimum = -5.5;
    c.indicators = {scale, formula};
    goals.criteria = {c};

    core::Methodology services = goals;
    services.block = 2;
    services.sample = true;
    services.notCounted = core::NotCountedPolicy::Reweight;
    services.criteria.front().indicators.front().code = u"PS1"_s;
    services.criteria.front().indicators.back().code = u"PS2"_s;
    p.methodologies = {goals, services};
    p.lastYear = {{1, u"G1.1"_s, 80, 72.5}, {2, u"PS1"_s, std::nullopt, 12}};
    p.secretKey = otherSecretKey();
    p.issuedBy = u"Гүлнар Төлеубекқызы"_s;
    return p;
}

/// The detail of a refused payload: it names the field.
template <typename Reader>
QString damagedDetail(Reader read, const QJsonObject& json)
{
    const auto result = read(json);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::PackageDamaged);
    return result.error().detail;
}

} // namespace

// ---- signing ---------------------------------------------------------------------------------------

TEST_CASE("A generated key pair signs and verifies a message", "[package][signing]")
{
    const auto pair = core::signing::generateKeyPair();
    REQUIRE(pair.has_value());
    CHECK(pair->publicKey.size() == core::signing::PublicKeyBytes);
    CHECK(pair->secretKey.size() == core::signing::SecretKeyBytes);
    CHECK(core::signing::publicKeyOf(pair->secretKey) == pair->publicKey);
    const QByteArray message = QByteArray("Қазақстан") + '\0' + "bytes";
    const auto signature = core::signing::sign(message, pair->secretKey);
    REQUIRE(signature.has_value());
    CHECK(signature->size() == core::signing::SignatureBytes);
    CHECK(core::signing::verify(message, *signature, pair->publicKey));
    CHECK(core::signing::sign(message, pair->secretKey).value() == *signature); // Ed25519 is deterministic
}

TEST_CASE("A signature does not verify for another message, another key or wrong sizes", "[package][signing]")
{
    const auto pair = core::signing::generateKeyPair().value();
    const auto other = core::signing::generateKeyPair().value();
    const QByteArray message = "the report of 2025";
    const QByteArray signature = core::signing::sign(message, pair.secretKey).value();
    CHECK_FALSE(core::signing::verify("the report of 2026", signature, pair.publicKey));
    CHECK_FALSE(core::signing::verify(message, signature, other.publicKey));
    CHECK_FALSE(core::signing::verify(message, signature.left(63), pair.publicKey));
    CHECK_FALSE(core::signing::verify(message, signature, pair.publicKey.left(31)));
    CHECK_FALSE(core::signing::verify(message, {}, {}));
    QByteArray flipped = signature;
    flipped[10] = static_cast<char>(flipped[10] ^ 0x04);
    CHECK_FALSE(core::signing::verify(message, flipped, pair.publicKey));
}

TEST_CASE("Signing refuses a secret key of the wrong size", "[package][signing]")
{
    const auto signature = core::signing::sign("message", QByteArray(32, 'k'));
    REQUIRE_FALSE(signature.has_value());
    CHECK(signature.error().code == ErrorCode::CryptoFailed);
    CHECK(core::signing::publicKeyOf(QByteArray(10, 'k')).isEmpty());
}

TEST_CASE("A fingerprint is the first 8 bytes of the key's SHA-256 in four groups", "[package][signing]")
{
    const QByteArray key = core::signing::generateKeyPair().value().publicKey;
    const QString fingerprint = core::signing::fingerprint(key);
    CHECK(QRegularExpression(u"^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$"_s).match(fingerprint).hasMatch());
    const QString hex = core::sha256Hex(key).left(16);
    CHECK(fingerprint == hex.mid(0, 4) + u'-' + hex.mid(4, 4) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4));
    // SHA-256("") = e3b0c442 98fc1c14 …
    CHECK(core::signing::fingerprint({}) == u"e3b0-c442-98fc-1c14"_s);
}

// ---- the container ---------------------------------------------------------------------------------

TEST_CASE("A written package reads back with its header, payload and file hash", "[package]")
{
    const QByteArray file = validPackage();
    const auto package = core::readPackage(file);
    REQUIRE(package.has_value());
    PackageHeader expected = reportHeader();
    expected.signerKey = core::signing::publicKeyOf(secretKey());
    expected.created = QDateTime(QDate(2026, 2, 1), QTime(10, 15, 30), Qt::UTC); // whole seconds
    CHECK(package->header == expected);
    CHECK(package->header.created.timeSpec() == Qt::UTC);
    CHECK(package->header.format == core::PackageFormatVersion);
    CHECK(package->payload == smallPayload());
    CHECK(package->sha256 == core::sha256Hex(file).toLatin1());
}

TEST_CASE("A package file is laid out as documented", "[package]")
{
    const QByteArray file = validPackage();
    const QList<QByteArray> lines = linesOf(file);
    REQUIRE(lines.size() == 5); // version, header, payload, signature, "" after the final line feed
    CHECK(lines[0] == "BAGALAU-PACKAGE/1");
    const QByteArray payload = QJsonDocument(smallPayload()).toJson(QJsonDocument::Compact);
    const QString signer = QString::fromLatin1(core::signing::publicKeyOf(secretKey()).toHex());
    CHECK(lines[1]
          == (u"{\"blocks\":[1,3],\"body\":\"MNE\",\"created\":\"2026-02-01T10:15:30Z\","
              "\"id\":\"0f8e2a1c-5b7d-4e3f-9a6b-2c1d0e9f8a7b\",\"kind\":\"report\",\"payload_length\":%1,"
              "\"payload_sha256\":\"%2\",\"producer\":\"Bagalau 0.5.0\",\"sequence\":4,\"signer\":\"%3\","
              "\"year\":2025}"_s)
                 .arg(payload.size())
                 .arg(core::sha256Hex(payload), signer)
                 .toUtf8());
    CHECK(lines[2] == payload);
    CHECK(QRegularExpression(u"^SIGNATURE [0-9a-f]{128}$"_s).match(QString::fromLatin1(lines[3])).hasMatch());
    CHECK(lines[4].isEmpty());
    const QByteArray signedPart = file.left(file.indexOf("\nSIGNATURE "));
    CHECK(core::signing::verify(signedPart, QByteArray::fromHex(lines[3].mid(10)),
                                core::signing::publicKeyOf(secretKey())));
}

TEST_CASE("Writing the same package twice gives the same bytes", "[package]")
{
    CHECK(validPackage() == validPackage());
}

TEST_CASE("writePackage puts the secret key's public key in the header", "[package]")
{
    PackageHeader header = reportHeader();
    header.signerKey = QByteArray(32, 'x');
    const auto package = core::readPackage(core::writePackage(header, {}, otherSecretKey()).value());
    REQUIRE(package.has_value());
    CHECK(package->header.signerKey == core::signing::publicKeyOf(otherSecretKey()));
    CHECK(package->payload.isEmpty());
}

TEST_CASE("writePackage refuses what a reader would refuse", "[package]")
{
    SECTION("a bad secret key")
    {
        QByteArray incoherent = secretKey();
        incoherent[40] = static_cast<char>(incoherent[40] ^ 1);
        for (const QByteArray& key : {QByteArray(), QByteArray(64, '\0').left(32), incoherent}) {
            const auto file = core::writePackage(reportHeader(), {}, key);
            REQUIRE_FALSE(file.has_value());
            CHECK(file.error().code == ErrorCode::CryptoFailed);
        }
    }
    SECTION("a bad header")
    {
        const auto mutate = GENERATE(
            as<std::function<void(PackageHeader&)>>{}, [](PackageHeader& h) { h.blocks = {}; },
            [](PackageHeader& h) {
                h.blocks = {2, 1};
            },
            [](PackageHeader& h) { h.year = 1999; },
            [](PackageHeader& h) { h.id = u"{0f8e2a1c-5b7d-4e3f-9a6b-2c1d0e9f8a7b}"_s; },
            [](PackageHeader& h) { h.body = u"mne"_s; }, [](PackageHeader& h) { h.sequence = -1; },
            [](PackageHeader& h) { h.created = {}; });
        PackageHeader header = reportHeader();
        mutate(header);
        const auto file = core::writePackage(header, {}, secretKey());
        REQUIRE_FALSE(file.has_value());
        CHECK(file.error().code == ErrorCode::PackageDamaged);
    }
}

TEST_CASE("Files that do not begin with the magic are not packages", "[package]")
{
    const QByteArray sqlite = QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0');
    const QByteArray file = GENERATE_COPY(QByteArray(), QByteArray("B"), QByteArray("BAGALAU-PACKAGE"), sqlite,
                                          QByteArray("bagalau-package/1\n{}\n"),
                                          QByteArray("\xef\xbb\xbf"
                                                     "BAGALAU-PACKAGE/1\n"),
                                          QByteArray(" BAGALAU-PACKAGE/1\n"), QByteArray("PK\x03\x04 zip"));
    CHECK(refusalOf(file) == ErrorCode::NotAPackage);
}

TEST_CASE("A newer format is named as such, whatever follows the version", "[package]")
{
    const QByteArray file = GENERATE(QByteArray("BAGALAU-PACKAGE/2\n{}\n"), QByteArray("BAGALAU-PACKAGE/2"),
                                     QByteArray("BAGALAU-PACKAGE/10\nanything"), QByteArray("BAGALAU-PACKAGE/3 binary"),
                                     QByteArray("BAGALAU-PACKAGE/999999999\n"));
    const auto package = core::readPackage(file);
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageNewerFormat);
}

TEST_CASE("A format version that is not a plain positive number is damage", "[package]")
{
    const QByteArray version =
        GENERATE(QByteArray("0"), QByteArray("01"), QByteArray("1a"), QByteArray("x"), QByteArray("-1"),
                 QByteArray(" 1"), QByteArray("+1"), QByteArray("1\r"), QByteArray("1234567890"));
    CHECK(refusalOf("BAGALAU-PACKAGE/" + version + "\n{}\n") == ErrorCode::PackageDamaged);
}

TEST_CASE("A package signed under version line 0 or 01 is refused though its signature verifies", "[package]")
{
    const QByteArray header = linesOf(validPackage()).at(1);
    const QByteArray payload = QJsonDocument(smallPayload()).toJson(QJsonDocument::Compact);
    CHECK(refusalOf(signedFile(header, payload, secretKey(), "BAGALAU-PACKAGE/0")) == ErrorCode::PackageDamaged);
    CHECK(refusalOf(signedFile(header, payload, secretKey(), "BAGALAU-PACKAGE/01")) == ErrorCode::PackageDamaged);
    CHECK(core::readPackage(signedFile(header, payload)).has_value()); // the helper itself makes good files
}

TEST_CASE("An unreadable header line is damage", "[package]")
{
    const QByteArray payload = QJsonDocument(smallPayload()).toJson(QJsonDocument::Compact);
    const QByteArray header = GENERATE(QByteArray(""), QByteArray("not json"), QByteArray("[1,2]"),
                                       QByteArray("\"text\""), QByteArray("{\"kind\":\"report\""));
    CHECK(refusalOf(signedFile(header, payload)) == ErrorCode::PackageDamaged);
}

TEST_CASE("A header line without a line feed in 64 KiB is damage — a file ending in it is cut off", "[package]")
{
    CHECK(refusalOf("BAGALAU-PACKAGE/1\n" + QByteArray(70 * 1024, 'x')) == ErrorCode::PackageDamaged);
    CHECK(refusalOf("BAGALAU-PACKAGE/1\n{\"blocks\":[1]") == ErrorCode::PackageTruncated);
}

TEST_CASE("A header not in canonical form is damage though it is signed", "[package]")
{
    const QByteArray canonical = linesOf(validPackage()).at(1);
    const QByteArray payload = QJsonDocument(smallPayload()).toJson(QJsonDocument::Compact);
    QByteArray spaced = canonical;
    spaced.replace(",\"body\"", ", \"body\"");
    QByteArray duplicate = canonical;
    duplicate.replace("{\"blocks\":[1,3],", "{\"blocks\":[1,3],\"blocks\":[1,3],");
    QByteArray reordered = canonical;
    reordered.replace("{\"blocks\":[1,3],\"body\":\"MNE\",", "{\"body\":\"MNE\",\"blocks\":[1,3],");
    QByteArray asDouble = canonical;
    asDouble.replace("\"sequence\":4,", "\"sequence\":4.0,");
    QByteArray escaped = canonical;
    escaped.replace("\"MNE\"", "\"\\u004dNE\"");
    const QByteArray header =
        GENERATE_COPY(as<QByteArray>{}, spaced, duplicate, reordered, asDouble, escaped, canonical + ' ');
    REQUIRE(header != canonical);
    const auto package = core::readPackage(signedFile(header, payload));
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageDamaged);
    CHECK(package.error().detail == u"header: not in canonical form"_s);
}

TEST_CASE("A header with a bad field is damage, and the detail names the field", "[package]")
{
    using Change = std::function<void(QJsonObject&)>;
    const auto [change, field] = GENERATE(table<Change, QString>({
        {[](QJsonObject& h) { h.remove(u"year"_s); }, u"header.year"_s},
        {[](QJsonObject& h) { h[u"extra"_s] = 1; }, u"header.extra"_s},
        {[](QJsonObject& h) { h[u"year"_s] = u"2025"_s; }, u"header.year"_s},
        {[](QJsonObject& h) { h[u"year"_s] = 1999; }, u"header.year"_s},
        {[](QJsonObject& h) { h[u"year"_s] = 2025.5; }, u"header.year"_s},
        {[](QJsonObject& h) { h[u"kind"_s] = u"Report"_s; }, u"header.kind"_s},
        {[](QJsonObject& h) { h[u"id"_s] = u"0F8E2A1C-5B7D-4E3F-9A6B-2C1D0E9F8A7B"_s; }, u"header.id"_s},
        {[](QJsonObject& h) { h[u"id"_s] = u"not-a-uuid"_s; }, u"header.id"_s},
        {[](QJsonObject& h) { h[u"body"_s] = u""_s; }, u"header.body"_s},
        {[](QJsonObject& h) { h[u"blocks"_s] = QJsonArray(); }, u"header.blocks"_s},
        {[](QJsonObject& h) { h[u"blocks"_s] = QJsonArray{0}; }, u"header.blocks[0]"_s},
        {[](QJsonObject& h) {
             h[u"blocks"_s] = QJsonArray{1, 4};
         },
         u"header.blocks[1]"_s},
        {[](QJsonObject& h) {
             h[u"blocks"_s] = QJsonArray{2, 1};
         },
         u"header.blocks[1]"_s},
        {[](QJsonObject& h) {
             h[u"blocks"_s] = QJsonArray{2, 2};
         },
         u"header.blocks[1]"_s},
        {[](QJsonObject& h) { h[u"blocks"_s] = QJsonArray{u"1"_s}; }, u"header.blocks[0]"_s},
        {[](QJsonObject& h) { h[u"blocks"_s] = 1; }, u"header.blocks"_s},
        {[](QJsonObject& h) { h[u"sequence"_s] = -1; }, u"header.sequence"_s},
        {[](QJsonObject& h) { h[u"created"_s] = u"2026-02-01T10:15:30"_s; }, u"header.created"_s},
        {[](QJsonObject& h) { h[u"created"_s] = u"2026-02-01T10:15:30.250Z"_s; }, u"header.created"_s},
        {[](QJsonObject& h) { h[u"created"_s] = u"2026-02-01T10:15:30+05:00"_s; }, u"header.created"_s},
        {[](QJsonObject& h) { h[u"created"_s] = u"2026-02-30T10:15:30Z"_s; }, u"header.created"_s},
        {[](QJsonObject& h) { h[u"signer"_s] = h[u"signer"_s].toString().toUpper(); }, u"header.signer"_s},
        {[](QJsonObject& h) { h[u"signer"_s] = h[u"signer"_s].toString().left(62); }, u"header.signer"_s},
        {[](QJsonObject& h) { h[u"producer"_s] = QJsonValue::Null; }, u"header.producer"_s},
        {[](QJsonObject& h) { h[u"payload_length"_s] = -1; }, u"header.payload_length"_s},
        {[](QJsonObject& h) { h[u"payload_sha256"_s] = h[u"payload_sha256"_s].toString().toUpper(); },
         u"header.payload_sha256"_s},
    }));
    const auto package = core::readPackage(withHeader(change));
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageDamaged);
    CHECK(package.error().detail.startsWith(field + u": "_s));
}

TEST_CASE("A file shorter than its header declares is cut off", "[package]")
{
    const QByteArray file = validPackage();
    const auto package = core::readPackage(file.left(file.size() - 1));
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageTruncated);
    CHECK(package.error().detail == u"expected %1 bytes, found %2"_s.arg(file.size()).arg(file.size() - 1));
}

TEST_CASE("Every cut of a package is refused, and cuts after the header are named so", "[package]")
{
    const QByteArray file = validPackage();
    const qsizetype headerEnd = file.indexOf('\n', file.indexOf('\n') + 1);
    for (qsizetype length = 0; length < file.size(); ++length) {
        INFO("length " << length);
        const auto package = core::readPackage(file.left(length));
        REQUIRE_FALSE(package.has_value());
        if (length < 16)
            CHECK(package.error().code == ErrorCode::NotAPackage);
        else
            CHECK(package.error().code == ErrorCode::PackageTruncated);
        if (length > headerEnd)
            CHECK(package.error().detail == u"expected %1 bytes, found %2"_s.arg(file.size()).arg(length));
    }
}

TEST_CASE("Bytes after the signature line are damage", "[package]")
{
    const QByteArray extra = GENERATE(QByteArray("\n"), QByteArray("x"), QByteArray("\nSIGNATURE 00\n"));
    const auto package = core::readPackage(validPackage() + extra);
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageDamaged);
}

TEST_CASE("A malformed signature line is damage", "[package]")
{
    const QByteArray file = validPackage();
    const qsizetype at = file.lastIndexOf("\nSIGNATURE ");
    const QByteArray signedPart = file.left(at);
    const QByteArray hex = file.mid(at + 11, 128);
    const QByteArray line =
        GENERATE_COPY("\nSIGNATURE " + hex.toUpper() + '\n', "\nSIGNATURE:" + hex + '\n', "\nsignature " + hex + '\n',
                      "\nSIGNATURE " + hex + ' ', "\nSIGNATURE " + hex.left(127) + "g\n", " SIGNATURE " + hex + '\n');
    REQUIRE(line != file.mid(at));
    const auto package = core::readPackage(signedPart + line);
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageDamaged);
}

TEST_CASE("A signed payload that is not a JSON object is damage", "[package]")
{
    const QByteArray payload = GENERATE(QByteArray("[1,2,3]"), QByteArray("not json"), QByteArray(""),
                                        QByteArray("{\"a\":1} trailing"), QByteArray("\"text\""));
    const auto package = core::readPackage(withHeader([](QJsonObject&) {}, payload.isEmpty() ? " " : payload));
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageDamaged);
    CHECK(package.error().detail.startsWith(u"payload: "_s));
}

TEST_CASE("A payload changed after signing is tampering", "[package]")
{
    QByteArray file = validPackage();
    SECTION("the payload alone")
    {
        file.replace("\"n\":3", "\"n\":4");
    }
    SECTION("the payload and its hash in the header")
    {
        const QByteArray oldPayload = linesOf(file).at(2);
        QByteArray newPayload = oldPayload;
        newPayload.replace("\"n\":3", "\"n\":4");
        file.replace(oldPayload, newPayload);
        file.replace(core::sha256Hex(oldPayload).toLatin1(), core::sha256Hex(newPayload).toLatin1());
    }
    SECTION("signed by another key than the header names")
    {
        const QList<QByteArray> lines = linesOf(file);
        file = signedFile(lines[1], lines[2], otherSecretKey());
    }
    SECTION("the signer replaced by another key")
    {
        file.replace(core::signing::publicKeyOf(secretKey()).toHex(),
                     core::signing::publicKeyOf(otherSecretKey()).toHex());
    }
    const auto package = core::readPackage(file);
    REQUIRE_FALSE(package.has_value());
    CHECK(package.error().code == ErrorCode::PackageTampered);
}

TEST_CASE("Refusals come in the documented order", "[package]")
{
    // A damaged header is reported before the file is found short.
    CHECK(refusalOf(withHeader([](QJsonObject& h) { h[u"year"_s] = 1; }).chopped(5)) == ErrorCode::PackageDamaged);
    // A short file is reported before a payload that is not JSON or a bad signature.
    CHECK(refusalOf(withHeader([](QJsonObject&) {}, "[]").chopped(1)) == ErrorCode::PackageTruncated);
    // A newer format is reported before anything else after the magic.
    CHECK(refusalOf("BAGALAU-PACKAGE/2\nnot json at all") == ErrorCode::PackageNewerFormat);
}

TEST_CASE("Every byte of a package changed in any of three bits is refused", "[package]")
{
    const QByteArray file = validPackage();
    REQUIRE(core::readPackage(file).has_value());
    int refused = 0;
    for (qsizetype i = 0; i < file.size(); ++i) {
        for (const char bit : {'\x01', '\x20', '\x80'}) {
            QByteArray changedFile = file;
            changedFile[i] = static_cast<char>(changedFile[i] ^ bit);
            const auto package = core::readPackage(changedFile);
            INFO("byte " << i << " xor " << int(static_cast<unsigned char>(bit)));
            CHECK_FALSE(package.has_value());
            refused += package.has_value() ? 0 : 1;
        }
    }
    CHECK(refused == 3 * file.size());
}

// ---- payloads --------------------------------------------------------------------------------------

TEST_CASE("A report payload reads back equal to what was written", "[package][payload]")
{
    const core::ReportPayload payload = reportPayloadSample();
    const auto read = core::reportPayload(core::toJson(payload));
    REQUIRE(read.has_value());
    CHECK(*read == payload);
}

TEST_CASE("A return payload reads back equal to what was written", "[package][payload]")
{
    const core::ReturnPayload payload = returnPayloadSample();
    const auto read = core::returnPayload(core::toJson(payload));
    REQUIRE(read.has_value());
    CHECK(*read == payload);
}

TEST_CASE("A template payload reads back equal to what was written", "[package][payload]")
{
    const core::TemplatePayload payload = templatePayloadSample();
    const auto read = core::templatePayload(core::toJson(payload));
    REQUIRE(read.has_value());
    CHECK(read->body == payload.body);
    CHECK(read->schedule == payload.schedule);
    CHECK(read->methodologies == payload.methodologies);
    CHECK(read->lastYear == payload.lastYear);
    CHECK(*read == payload);
}

TEST_CASE("Payloads travel through a signed package unchanged", "[package][payload]")
{
    const auto report =
        core::readPackage(core::writePackage(reportHeader(), core::toJson(reportPayloadSample()), secretKey()).value());
    REQUIRE(report.has_value());
    CHECK(core::reportPayload(report->payload).value() == reportPayloadSample());

    PackageHeader header = reportHeader();
    header.kind = PackageKind::Template;
    header.blocks = {1, 2};
    const auto templ =
        core::readPackage(core::writePackage(header, core::toJson(templatePayloadSample()), secretKey()).value());
    REQUIRE(templ.has_value());
    CHECK(templ->header.kind == PackageKind::Template);
    CHECK(core::templatePayload(templ->payload).value() == templatePayloadSample());

    header.kind = PackageKind::Return;
    header.blocks = {2};
    const auto ret =
        core::readPackage(core::writePackage(header, core::toJson(returnPayloadSample()), secretKey()).value());
    REQUIRE(ret.has_value());
    CHECK(core::returnPayload(ret->payload).value() == returnPayloadSample());
}

TEST_CASE("The payloads' JSON uses the documented names and forms", "[package][payload]")
{
    const QJsonObject report = core::toJson(reportPayloadSample());
    const QJsonObject first = report[u"reports"_s].toArray().at(0).toObject();
    CHECK(first[u"submitted_at"_s] == u"2026-02-01T09:30:15.007Z"_s);
    CHECK(first[u"first_submitted_at"_s] == u"2026-01-25T12:00:00Z"_s);
    CHECK(report[u"reports"_s].toArray().at(1).toObject()[u"submitted_at"_s].isNull());
    const QJsonObject line = first[u"lines"_s].toArray().at(0).toObject();
    CHECK(line[u"source_type"_s] == 3);
    CHECK(first[u"lines"_s].toArray().at(1).toObject()[u"plan"_s].isNull());
    const QJsonObject file = line[u"evidence"_s].toArray().at(0).toObject();
    CHECK(file[u"content"_s] == QString::fromLatin1(evidence().content.toBase64()));

    const QJsonObject templ = core::toJson(templatePayloadSample());
    const QJsonObject stages = templ[u"schedule"_s].toObject()[u"stages"_s].toObject();
    CHECK(stages.keys()
          == QStringList{u"conclusions-to-bodies"_s, u"conclusions-to-state-planning"_s, u"reporting"_s,
                         u"to-president"_s, u"to-working-body"_s});
    CHECK(stages[u"conclusions-to-state-planning"_s].isNull());
    CHECK(stages[u"reporting"_s] == u"2026-02-02"_s);
    CHECK(templ[u"secret_key"_s] == QString::fromLatin1(otherSecretKey().toHex()));
    CHECK(templ[u"body"_s].toObject()[u"kind"_s] == u"oblast"_s);
    CHECK(templ[u"body"_s].toObject()[u"valid_to"_s].isNull());
}

TEST_CASE("The report reader refuses bad fields and names them", "[package][payload]")
{
    const QJsonObject good = core::toJson(reportPayloadSample());
    const auto [path, value, reason] = GENERATE(table<QString, QJsonValue, QString>({
        {u"template_id"_s, u"{3b2c1d0e-9f8a-4b7c-8d6e-5f4a3b2c1d0e}"_s, u"not a lowercase UUID"_s},
        {u"reports"_s, QJsonObject(), u"not an array"_s},
        {u"reports.0"_s, 1, u"not an object"_s},
        {u"reports.0.block"_s, 4, u"outside"_s},
        {u"reports.0.block"_s, 0, u"outside"_s},
        {u"reports.0.block"_s, 1.5, u"not an integer"_s},
        {u"reports.0.block"_s, u"1"_s, u"not an integer"_s},
        {u"reports.0.state"_s, u"done"_s, u"unknown value"_s},
        {u"reports.0.revision"_s, -1, u"outside"_s},
        {u"reports.0.submitted_at"_s, u"2026-02-01T09:30:15"_s, u"not a UTC moment"_s},
        {u"reports.0.submitted_at"_s, u"2026-02-01T09:30:15.000Z"_s, u"not a UTC moment"_s},
        {u"reports.0.submitted_at"_s, u"2026-02-01 09:30:15Z"_s, u"not a UTC moment"_s},
        {u"reports.0.return_reason"_s, QJsonValue::Null, u"not a string"_s},
        {u"reports.0.lines.2.fact"_s, u"1"_s, u"not a finite number"_s},
        {u"reports.0.lines.2.fact"_s, std::numeric_limits<double>::quiet_NaN(), u"not a finite number"_s},
        {u"reports.0.lines.2.plan"_s, std::numeric_limits<double>::infinity(), u"not a finite number"_s},
        {u"reports.0.lines.2.source_type"_s, 10, u"outside"_s},
        {u"reports.0.lines.2.source_type"_s, -1, u"outside"_s},
        {u"reports.0.lines.2.code"_s, u""_s, u"empty"_s},
        {u"reports.0.lines.0.evidence.0.file_name"_s, u"../passwd"_s, u"not a plain file name"_s},
        {u"reports.0.lines.0.evidence.0.file_name"_s, u"a/b.pdf"_s, u"not a plain file name"_s},
        {u"reports.0.lines.0.evidence.0.file_name"_s, u"a\\b.pdf"_s, u"not a plain file name"_s},
        {u"reports.0.lines.0.evidence.0.file_name"_s, u""_s, u"not a plain file name"_s},
        {u"reports.0.lines.0.evidence.0.sha256"_s, core::sha256Hex("other"), u"does not match"_s},
        {u"reports.0.lines.0.evidence.0.sha256"_s, core::sha256Hex(evidence().content).toUpper(), u"lowercase"_s},
        {u"reports.0.lines.0.evidence.0.content"_s, u"not base64!"_s, u"not standard base64"_s},
        {u"reports.0.lines.0.evidence.0.content"_s, QString::fromLatin1(evidence().content.toBase64()).chopped(1),
         u"not standard base64"_s},
        {u"reports.0.lines.0.evidence.0.content"_s,
         QString::fromLatin1(evidence().content.toBase64(QByteArray::Base64UrlEncoding)), u"not standard base64"_s},
        {u"reports.0.lines.0.evidence.0.added_at"_s, QJsonValue::Null, u"not a string"_s},
        {u"reports.0.history.2.revision"_s, 1e10, u"outside"_s},
        {u"reports.0.history.2.action"_s, u""_s, u"empty"_s},
        {u"reports.0.history.1.extra"_s, true, u"unknown field"_s},
    }));
    const QString detail = damagedDetail(core::reportPayload, changed(good, path, value));
    QString dotted = path;
    dotted.replace(QRegularExpression(u"\\.(\\d+)"_s), u"[\\1]"_s);
    INFO(detail.toStdString());
    CHECK(detail.startsWith(dotted + u": "_s));
    CHECK(detail.contains(reason));
}

TEST_CASE("The report reader refuses missing fields and names them", "[package][payload]")
{
    const QJsonObject good = core::toJson(reportPayloadSample());
    const QString path = GENERATE(
        as<QString>{}, u"template_id"_s, u"reports"_s, u"reports.0.block"_s, u"reports.0.state"_s,
        u"reports.0.revision"_s, u"reports.0.first_submitted_at"_s, u"reports.0.submitted_at"_s,
        u"reports.0.return_reason"_s, u"reports.0.lines"_s, u"reports.0.history"_s, u"reports.0.lines.0.code"_s,
        u"reports.0.lines.0.plan"_s, u"reports.0.lines.0.fact"_s, u"reports.0.lines.0.source_type"_s,
        u"reports.0.lines.0.comment"_s, u"reports.0.lines.0.source_reference"_s, u"reports.0.lines.0.remark"_s,
        u"reports.0.lines.0.answer"_s, u"reports.0.lines.0.evidence"_s, u"reports.0.lines.0.evidence.0.content"_s,
        u"reports.0.history.0.at"_s, u"reports.0.history.0.user"_s, u"reports.0.history.0.note"_s);
    const QString detail = damagedDetail(core::reportPayload, removed(good, path));
    QString dotted = path;
    dotted.replace(QRegularExpression(u"\\.(\\d+)"_s), u"[\\1]"_s);
    CHECK(detail == dotted + u": missing"_s);
}

TEST_CASE("The return reader refuses bad fields and names them", "[package][payload]")
{
    const QJsonObject good = core::toJson(returnPayloadSample());
    const auto [path, value] = GENERATE(table<QString, QJsonValue>({
        {u"block"_s, 4},
        {u"revision"_s, -2},
        {u"reason"_s, 5},
        {u"remarks"_s, QJsonObject{{u"PS1"_s, u"x"_s}}},
        {u"remarks.0.code"_s, u""_s},
        {u"remarks.1.remark"_s, QJsonValue::Null},
        {u"returned_at"_s, QJsonValue::Null},
        {u"returned_by"_s, QJsonArray()},
        {u"template_id"_s, u""_s},
        {u"extra"_s, 1},
    }));
    const QString detail = damagedDetail(core::returnPayload, changed(good, path, value));
    QString dotted = path;
    dotted.replace(QRegularExpression(u"\\.(\\d+)"_s), u"[\\1]"_s);
    CHECK(detail.startsWith(dotted + u": "_s));
    CHECK(damagedDetail(core::returnPayload, removed(good, u"returned_by"_s)) == u"returned_by: missing"_s);
}

TEST_CASE("The template reader refuses bad fields and names them", "[package][payload]")
{
    const QJsonObject good = core::toJson(templatePayloadSample());
    QByteArray incoherent = otherSecretKey();
    incoherent[63] = static_cast<char>(incoherent[63] ^ 1);
    const auto [path, value] = GENERATE_COPY(table<QString, QJsonValue>({
        {u"body.code"_s, u"akm"_s},
        {u"body.kind"_s, u"region"_s},
        {u"body.evaluated"_s, 1},
        {u"body.valid_from"_s, u"2019-6-1"_s},
        {u"body.valid_from"_s, u"2019-02-30"_s},
        {u"body.valid_to"_s, 20190601},
        {u"body.scope.note.kk"_s, QJsonValue::Null},
        {u"body.scope.note.de"_s, u"x"_s},
        {u"body.scope.results"_s, QJsonValue::Null},
        {u"body.names.1.valid_from"_s, u"2024-03-01T00:00:00Z"_s},
        {u"body.names.0.short_name"_s, u"Ақмола"_s},
        {u"body.parent_id"_s, 5},
        {u"schedule.year"_s, 1999},
        {u"schedule.year"_s, 2101},
        {u"schedule.stages.reporting"_s, u"2026-13-01"_s},
        {u"schedule.stages.appeal"_s, QJsonValue::Null},
        {u"schedule.results_evaluation"_s, false},
        {u"methodologies.0.block"_s, 0},
        {u"methodologies.1.year"_s, 3000},
        {u"methodologies.0.version"_s, 0},
        {u"methodologies.0.not_counted"_s, u"skip"_s},
        {u"methodologies.0.full_at"_s, QJsonValue::Null},
        {u"methodologies.0.approval.approved_on"_s, u""_s},
        {u"methodologies.0.owners"_s, QJsonArray()},
        {u"methodologies.0.criteria.0.weight"_s, 101},
        {u"methodologies.0.criteria.0.indicators.0.weight"_s, -1},
        {u"methodologies.0.criteria.0.indicators.0.direction"_s, u"up"_s},
        {u"methodologies.0.criteria.0.indicators.0.scoring"_s, u"magic"_s},
        {u"methodologies.0.criteria.0.indicators.0.scale.1.points"_s, u"50"_s},
        {u"methodologies.0.criteria.0.indicators.0.scale.1.threshold"_s, QJsonValue::Null},
        {u"methodologies.0.criteria.0.indicators.1.source_type"_s, 10},
        {u"methodologies.0.criteria.0.indicators.1.minimum"_s, u"-5"_s},
        {u"methodologies.0.criteria.0.indicators.1.cap"_s, std::numeric_limits<double>::infinity()},
        {u"methodologies.0.criteria.0.indicators.1.id"_s, 7},
        {u"last_year.1.block"_s, 5},
        {u"last_year.0.fact"_s, u"72.5"_s},
        {u"secret_key"_s, QString::fromLatin1(otherSecretKey().toHex()).toUpper()},
        {u"secret_key"_s, QString::fromLatin1(otherSecretKey().toHex()).left(64)},
        {u"secret_key"_s, QString::fromLatin1(incoherent.toHex())},
        {u"issued_by"_s, QJsonValue::Null},
    }));
    const QString detail = damagedDetail(core::templatePayload, changed(good, path, value));
    QString dotted = path;
    dotted.replace(QRegularExpression(u"\\.(\\d+)"_s), u"[\\1]"_s);
    INFO(detail.toStdString());
    CHECK(detail.startsWith(dotted + u": "_s));
}

TEST_CASE("The template reader refuses missing fields and names them", "[package][payload]")
{
    const QJsonObject good = core::toJson(templatePayloadSample());
    const QString path =
        GENERATE(as<QString>{}, u"body"_s, u"body.code"_s, u"body.scope"_s, u"body.scope.note"_s,
                 u"body.scope.note.en"_s, u"body.names"_s, u"body.names.0.full_name"_s, u"schedule"_s,
                 u"schedule.stages"_s, u"schedule.stages.to-president"_s, u"methodologies"_s,
                 u"methodologies.0.title"_s, u"methodologies.0.approval.approved_by"_s,
                 u"methodologies.0.criteria.0.indicators"_s, u"methodologies.1.criteria.0.indicators.1.maximum"_s,
                 u"methodologies.0.criteria.0.indicators.0.scale.0.points"_s, u"last_year"_s, u"last_year.0.plan"_s,
                 u"secret_key"_s, u"issued_by"_s);
    const QString detail = damagedDetail(core::templatePayload, removed(good, path));
    QString dotted = path;
    dotted.replace(QRegularExpression(u"\\.(\\d+)"_s), u"[\\1]"_s);
    CHECK(detail == dotted + u": missing"_s);
}

TEST_CASE("Payload readers refuse an empty object and each other's payloads", "[package][payload]")
{
    CHECK(damagedDetail(core::reportPayload, {}) == u"template_id: missing"_s);
    CHECK(damagedDetail(core::returnPayload, {}).endsWith(u": missing"_s));
    CHECK(damagedDetail(core::templatePayload, {}) == u"body: missing"_s);
    CHECK(damagedDetail(core::reportPayload, core::toJson(returnPayloadSample())).contains(u"unknown field"_s));
    CHECK(damagedDetail(core::templatePayload, core::toJson(reportPayloadSample())).contains(u"unknown field"_s));
}
