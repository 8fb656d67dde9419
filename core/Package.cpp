// SPDX-License-Identifier: GPL-3.0-or-later
#include "Package.h"

#include "Signing.h"

#include <sodium.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace core {

namespace {

// ---- the container --------------------------------------------------------------------------------

constexpr QByteArrayView Magic = "BAGALAU-PACKAGE/";
constexpr QByteArrayView SignatureTag = "\nSIGNATURE ";
constexpr qsizetype SignatureHexDigits = 2 * signing::SignatureBytes;
constexpr qsizetype SignatureLineBytes = SignatureTag.size() + SignatureHexDigits + 1;
constexpr qsizetype MaxVersionDigits = 9;
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxPayloadBytes = qint64(1) << 40;
/// The largest integer a JSON number carries exactly everywhere (2^53 − 1).
constexpr qint64 MaxJsonInteger = (qint64(1) << 53) - 1;
constexpr int MinYear = 2000;
constexpr int MaxYear = 2100;

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLowerHexByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

bool isDigitByte(char c)
{
    return c >= '0' && c <= '9';
}

/// `text` as bytes when it is exactly 2 × `bytes` lowercase hex digits.
std::optional<QByteArray> lowerHex(const QString& text, qsizetype bytes)
{
    if (text.size() != 2 * bytes || !std::all_of(text.begin(), text.end(), isLowerHex))
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

/// A UUID as QUuid::toString(QUuid::WithoutBraces) writes it: 8-4-4-4-12 lowercase hex digits.
bool isUuid(const QString& text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isLowerHex(text[i]))
            return false;
    }
    return true;
}

/// A registry body code (RegistryService::validateCode): a capital letter, then 1–15 capital letters, digits, '-', '_'.
bool isBodyCode(const QString& code)
{
    if (code.size() < 2 || code.size() > 16 || code[0] < u'A' || code[0] > u'Z')
        return false;
    return std::all_of(code.begin(), code.end(),
                       [](QChar c) { return (c >= u'A' && c <= u'Z') || isDigit(c) || c == u'-' || c == u'_'; });
}

/// A file name alone: not empty, no folder separators, no "..", no control characters.
/// As ReportService::MaxEvidenceBytes: no evidence file in a package is larger.
constexpr qsizetype MaxEvidenceFileBytes = 20 * 1024 * 1024;

bool isPlainFileName(const QString& name)
{
    if (name.isEmpty() || name.contains(u"..") || name == u".")
        return false;
    // No folders, no control characters, no ':' (a drive or a stream), no invisible formatting such
    // as a right-to-left override that makes "fdp.exe" read as "exe.pdf".
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20 || c.unicode() == 0x7f
               || c.category() == QChar::Other_Format;
    });
}

/// Whether the public half of a libsodium secret key is the one its seed makes.
bool isCoherentSecretKey(const QByteArray& secretKey)
{
    if (secretKey.size() != signing::SecretKeyBytes || !signing::initialize())
        return false;
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char derived[crypto_sign_SECRETKEYBYTES];
    const bool ok =
        crypto_sign_seed_keypair(publicKey, derived, reinterpret_cast<const unsigned char*>(secretKey.constData())) == 0
        && sodium_memcmp(derived, secretKey.constData(), crypto_sign_SECRETKEYBYTES) == 0;
    sodium_memzero(derived, sizeof derived);
    return ok;
}

/// A moment as packages write it: UTC, "YYYY-MM-DDTHH:MM:SSZ", with ".mmm" before the Z only when the
/// milliseconds are not zero. Null for a null moment.
QString momentText(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QDateTime wholeSecondsUtc(const QDateTime& moment)
{
    QDateTime utc = moment.toUTC();
    const QTime t = utc.time();
    utc.setTime(QTime(t.hour(), t.minute(), t.second()));
    return utc;
}

// ---- strict reading of JSON -----------------------------------------------------------------------

/// Remembers the first problem of a strict reading, with the path of the field concerned.
class Strict
{
public:
    [[nodiscard]] bool ok() const { return !m_problem; }
    void problem(const QString& path, const QString& what)
    {
        if (!m_problem)
            m_problem = Error{ErrorCode::PackageDamaged, path + u": "_s + what};
    }
    [[nodiscard]] std::unexpected<Error> failure() const { return std::unexpected(*m_problem); }

private:
    std::optional<Error> m_problem;
};

QString childPath(const QString& path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString itemPath(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString stringValue(Strict& s, const QJsonValue& v, const QString& path)
{
    if (!v.isString()) {
        s.problem(path, u"not a string"_s);
        return {};
    }
    return v.toString();
}

qint64 integerValue(Strict& s, const QJsonValue& v, const QString& path, qint64 min, qint64 max)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::trunc(d)) {
        s.problem(path, u"not an integer"_s);
        return min;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        s.problem(path, u"%1 is outside %2–%3"_s.arg(d, 0, 'g', 17).arg(min).arg(max));
        return min;
    }
    return static_cast<qint64>(d);
}

double numberValue(Strict& s, const QJsonValue& v, const QString& path)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d)) {
        s.problem(path, u"not a finite number"_s);
        return 0;
    }
    return d;
}

/// One JSON object being read: keys it does not expect are refused, and so are missing fields.
class Obj
{
public:
    Obj(Strict& s, const QJsonValue& v, QString path, std::initializer_list<QStringView> keys)
        : m_s(s)
        , m_path(std::move(path))
    {
        init(v, keys);
    }
    Obj(Strict& s, const QJsonValue& v, QString path, const QStringList& keys)
        : m_s(s)
        , m_path(std::move(path))
    {
        init(v, keys);
    }

    [[nodiscard]] Strict& strict() const { return m_s; }
    [[nodiscard]] QString path(QStringView key) const { return childPath(m_path, key); }

    [[nodiscard]] QJsonValue value(QStringView key) const
    {
        if (!m_s.ok())
            return {};
        const auto it = m_o.constFind(key);
        if (it == m_o.constEnd()) {
            m_s.problem(path(key), u"missing"_s);
            return {};
        }
        return *it;
    }

    QString string(QStringView key) const { return m_s.ok() ? stringValue(m_s, value(key), path(key)) : QString(); }

    QString nonEmpty(QStringView key) const
    {
        QString text = string(key);
        if (m_s.ok() && text.isEmpty())
            m_s.problem(path(key), u"empty"_s);
        return text;
    }

    bool boolean(QStringView key) const
    {
        const QJsonValue v = value(key);
        if (m_s.ok() && !v.isBool())
            m_s.problem(path(key), u"not true or false"_s);
        return v.toBool();
    }

    qint64 integer(QStringView key, qint64 min, qint64 max) const
    {
        return m_s.ok() ? integerValue(m_s, value(key), path(key), min, max) : min;
    }

    int smallInt(QStringView key, int min, int max) const { return static_cast<int>(integer(key, min, max)); }

    double number(QStringView key) const { return m_s.ok() ? numberValue(m_s, value(key), path(key)) : 0; }

    std::optional<double> optionalNumber(QStringView key) const
    {
        const QJsonValue v = value(key);
        if (!m_s.ok() || v.isNull())
            return std::nullopt;
        return numberValue(m_s, v, path(key));
    }

    /// "YYYY-MM-DD", or null for a null date.
    QDate date(QStringView key) const
    {
        const QJsonValue v = value(key);
        if (!m_s.ok() || v.isNull())
            return {};
        const QString text = stringValue(m_s, v, path(key));
        const QDate d = text.size() == 10 ? parseIsoDate(text) : QDate();
        if (m_s.ok() && (!d.isValid() || isoDate(d) != text))
            m_s.problem(path(key), u"not a date YYYY-MM-DD"_s);
        return d;
    }

    /// A moment as momentText() writes it; null only when `nullable`.
    QDateTime moment(QStringView key, bool nullable) const
    {
        const QJsonValue v = value(key);
        if (!m_s.ok() || (nullable && v.isNull()))
            return {};
        const QString text = stringValue(m_s, v, path(key));
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (m_s.ok() && (!t.isValid() || momentText(t) != text))
            m_s.problem(path(key), u"not a UTC moment YYYY-MM-DDTHH:MM:SS[.mmm]Z"_s);
        return t.isValid() ? t.toUTC() : QDateTime();
    }

    template <typename E>
    E enumeration(QStringView key, std::optional<E> (*parse)(const QString&)) const
    {
        const QString text = string(key);
        if (!m_s.ok())
            return E{};
        const std::optional<E> e = parse(text);
        if (!e) {
            m_s.problem(path(key), u"unknown value \"%1\""_s.arg(text));
            return E{};
        }
        return *e;
    }

    Obj object(QStringView key, std::initializer_list<QStringView> keys) const
    {
        return Obj(m_s, value(key), path(key), keys);
    }

    Text3 text3(QStringView key) const
    {
        const Obj o = object(key, {u"en", u"kk", u"ru"});
        return Text3{o.string(u"kk"), o.string(u"ru"), o.string(u"en")};
    }

    /// Calls `read(item, path)` for each item of the array `key`, stopping at the first problem.
    template <typename F>
    void each(QStringView key, F&& read) const
    {
        const QJsonValue v = value(key);
        if (!m_s.ok())
            return;
        if (!v.isArray()) {
            m_s.problem(path(key), u"not an array"_s);
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size() && m_s.ok(); ++i)
            read(array.at(i), itemPath(path(key), i));
    }

    /// The objects of the array `key`, read by `read(Obj&)` into a vector.
    template <typename T, typename F>
    std::vector<T> list(QStringView key, std::initializer_list<QStringView> keys, F&& read) const
    {
        std::vector<T> result;
        each(key, [&](const QJsonValue& item, const QString& where) {
            const Obj o(m_s, item, where, keys);
            if (m_s.ok())
                result.push_back(read(o));
        });
        return result;
    }

private:
    template <typename Keys>
    void init(const QJsonValue& v, const Keys& keys)
    {
        if (!m_s.ok())
            return;
        if (!v.isObject()) {
            m_s.problem(m_path.isEmpty() ? u"payload"_s : m_path, u"not an object"_s);
            return;
        }
        m_o = v.toObject();
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it)
            if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
                m_s.problem(childPath(m_path, it.key()), u"unknown field"_s);
    }

    Strict& m_s;
    QString m_path;
    QJsonObject m_o;
};

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonMoment(const QDateTime& moment)
{
    return moment.isValid() ? QJsonValue(momentText(moment)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double>& number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonText3(const Text3& text)
{
    return QJsonObject{{u"kk"_s, text.kk}, {u"ru"_s, text.ru}, {u"en"_s, text.en}};
}

template <typename T, typename F>
QJsonArray jsonArray(const std::vector<T>& items, F&& toValue)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toValue(item));
    return array;
}

// ---- the header -----------------------------------------------------------------------------------

constexpr std::initializer_list<QStringView> HeaderKeys{
    u"blocks",         u"body",     u"created",  u"id",     u"kind", u"payload_length",
    u"payload_sha256", u"producer", u"sequence", u"signer", u"year"};

struct HeaderFields
{
    PackageHeader header;
    qint64 payloadLength = 0;
    QByteArray payloadSha256; ///< raw bytes
};

QJsonObject headerJson(const PackageHeader& h, qint64 payloadLength, const QString& payloadSha256)
{
    QJsonArray blocks;
    for (int block : h.blocks)
        blocks.append(block);
    return QJsonObject{
        {u"kind"_s, toString(h.kind)},
        {u"id"_s, h.id},
        {u"body"_s, h.body},
        {u"year"_s, h.year},
        {u"blocks"_s, blocks},
        {u"sequence"_s, h.sequence},
        {u"created"_s, momentText(h.created)},
        {u"signer"_s, QString::fromLatin1(h.signerKey.toHex())},
        {u"producer"_s, h.producer},
        {u"payload_length"_s, payloadLength},
        {u"payload_sha256"_s, payloadSha256},
    };
}

HeaderFields readHeader(Strict& s, const QJsonObject& object)
{
    HeaderFields f;
    PackageHeader& h = f.header;
    const Obj o(s, object, u"header"_s, HeaderKeys);
    h.kind = o.enumeration(u"kind", &parsePackageKind);
    h.id = o.string(u"id");
    if (s.ok() && !isUuid(h.id))
        s.problem(o.path(u"id"), u"not a lowercase UUID without braces"_s);
    h.body = o.string(u"body");
    if (s.ok() && !isBodyCode(h.body))
        s.problem(o.path(u"body"), u"not a body code"_s);
    h.year = o.smallInt(u"year", MinYear, MaxYear);
    o.each(u"blocks", [&](const QJsonValue& v, const QString& path) {
        const int block = static_cast<int>(integerValue(s, v, path, 1, BlockCount));
        if (s.ok() && !h.blocks.empty() && block <= h.blocks.back())
            s.problem(path, u"blocks are not ascending"_s);
        h.blocks.push_back(block);
    });
    if (s.ok() && h.blocks.empty())
        s.problem(o.path(u"blocks"), u"empty"_s);
    h.sequence = o.integer(u"sequence", 0, MaxJsonInteger);
    const QString created = o.string(u"created");
    h.created = QDateTime::fromString(created, Qt::ISODate);
    if (s.ok() && (!h.created.isValid() || h.created.time().msec() != 0 || momentText(h.created) != created))
        s.problem(o.path(u"created"), u"not a UTC moment YYYY-MM-DDTHH:MM:SSZ"_s);
    h.created = h.created.toUTC();
    const auto signer = lowerHex(o.string(u"signer"), signing::PublicKeyBytes);
    if (s.ok() && !signer)
        s.problem(o.path(u"signer"), u"not 64 lowercase hex digits"_s);
    h.signerKey = signer.value_or(QByteArray());
    h.producer = o.string(u"producer");
    f.payloadLength = o.integer(u"payload_length", 0, MaxPayloadBytes);
    const auto sha = lowerHex(o.string(u"payload_sha256"), 32);
    if (s.ok() && !sha)
        s.problem(o.path(u"payload_sha256"), u"not 64 lowercase hex digits"_s);
    f.payloadSha256 = sha.value_or(QByteArray());
    h.format = PackageFormatVersion;
    return f;
}

// ---- payload pieces ------------------------------------------------------------------------------

constexpr std::initializer_list<QStringView> ReportStates{u"draft", u"submitted", u"returned", u"resubmitted",
                                                          u"accepted"};

QJsonObject evidenceJson(const EvidenceFile& e)
{
    return QJsonObject{
        {u"file_name"_s, e.fileName},
        {u"sha256"_s, e.sha256},
        {u"content"_s, QString::fromLatin1(e.content.toBase64())},
        {u"added_at"_s, jsonMoment(e.addedAt)},
        {u"added_by"_s, e.addedBy},
    };
}

EvidenceFile readEvidence(const Obj& o)
{
    Strict& s = o.strict();
    EvidenceFile e;
    e.fileName = o.string(u"file_name");
    if (s.ok() && !isPlainFileName(e.fileName))
        s.problem(o.path(u"file_name"), u"not a plain file name"_s);
    e.sha256 = o.string(u"sha256");
    if (s.ok() && !lowerHex(e.sha256, 32))
        s.problem(o.path(u"sha256"), u"not 64 lowercase hex digits"_s);
    const QByteArray base64 = o.string(u"content").toLatin1();
    if (s.ok()) {
        const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::Base64Encoding
                                                                        | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.toBase64() != base64)
            s.problem(o.path(u"content"), u"not standard base64"_s);
        else if (decoded.decoded.size() > MaxEvidenceFileBytes)
            s.problem(o.path(u"content"), u"larger than %1 bytes"_s.arg(MaxEvidenceFileBytes));
        else if (sha256Hex(decoded.decoded) != e.sha256)
            s.problem(o.path(u"sha256"), u"does not match the content"_s);
        e.content = decoded.decoded;
    }
    e.addedAt = o.moment(u"added_at", false);
    e.addedBy = o.string(u"added_by");
    return e;
}

QJsonObject lineJson(const ReportLine& l)
{
    return QJsonObject{
        {u"code"_s, l.code},
        {u"plan"_s, jsonNumber(l.plan)},
        {u"fact"_s, jsonNumber(l.fact)},
        {u"source_type"_s, l.sourceType},
        {u"comment"_s, l.comment},
        {u"source_reference"_s, l.sourceReference},
        {u"remark"_s, l.remark},
        {u"answer"_s, l.answer},
        {u"evidence"_s, jsonArray(l.evidence, evidenceJson)},
    };
}

ReportLine readLine(const Obj& o)
{
    ReportLine l;
    l.code = o.nonEmpty(u"code");
    l.plan = o.optionalNumber(u"plan");
    l.fact = o.optionalNumber(u"fact");
    l.sourceType = o.smallInt(u"source_type", 0, SourceTypeCount);
    l.comment = o.string(u"comment");
    l.sourceReference = o.string(u"source_reference");
    l.remark = o.string(u"remark");
    l.answer = o.string(u"answer");
    l.evidence = o.list<EvidenceFile>(u"evidence", {u"added_at", u"added_by", u"content", u"file_name", u"sha256"},
                                      readEvidence);
    return l;
}

QJsonObject eventJson(const ReportEventData& e)
{
    return QJsonObject{
        {u"at"_s, jsonMoment(e.at)}, {u"user"_s, e.user}, {u"action"_s, e.action},
        {u"revision"_s, e.revision}, {u"note"_s, e.note},
    };
}

ReportEventData readEvent(const Obj& o)
{
    ReportEventData e;
    e.at = o.moment(u"at", false);
    e.user = o.string(u"user");
    e.action = o.nonEmpty(u"action");
    e.revision = o.smallInt(u"revision", 0, std::numeric_limits<int>::max());
    e.note = o.string(u"note");
    return e;
}

QJsonObject reportJson(const ReportData& r)
{
    return QJsonObject{
        {u"block"_s, r.block},
        {u"state"_s, r.state},
        {u"revision"_s, r.revision},
        {u"first_submitted_at"_s, jsonMoment(r.firstSubmittedAt)},
        {u"submitted_at"_s, jsonMoment(r.submittedAt)},
        {u"return_reason"_s, r.returnReason},
        {u"lines"_s, jsonArray(r.lines, lineJson)},
        {u"history"_s, jsonArray(r.history, eventJson)},
    };
}

ReportData readReport(const Obj& o)
{
    Strict& s = o.strict();
    ReportData r;
    r.block = o.smallInt(u"block", 1, BlockCount);
    r.state = o.string(u"state");
    if (s.ok() && std::find(ReportStates.begin(), ReportStates.end(), r.state) == ReportStates.end())
        s.problem(o.path(u"state"), u"unknown value \"%1\""_s.arg(r.state));
    r.revision = o.smallInt(u"revision", 0, std::numeric_limits<int>::max());
    r.firstSubmittedAt = o.moment(u"first_submitted_at", true);
    r.submittedAt = o.moment(u"submitted_at", true);
    r.returnReason = o.string(u"return_reason");
    r.lines = o.list<ReportLine>(
        u"lines",
        {u"answer", u"code", u"comment", u"evidence", u"fact", u"plan", u"remark", u"source_reference", u"source_type"},
        readLine);
    r.history = o.list<ReportEventData>(u"history", {u"action", u"at", u"note", u"revision", u"user"}, readEvent);
    return r;
}

QString templateIdOf(const Obj& o)
{
    QString id = o.string(u"template_id");
    if (o.strict().ok() && !isUuid(id))
        o.strict().problem(o.path(u"template_id"), u"not a lowercase UUID without braces"_s);
    return id;
}

// ---- template pieces ------------------------------------------------------------------------------

QJsonObject bodyJson(const Body& b)
{
    const BodyFields& f = b.fields;
    const Scope& sc = f.scope;
    return QJsonObject{
        {u"code"_s, b.code},
        {u"kind"_s, toString(f.kind)},
        {u"evaluated"_s, f.evaluated},
        {u"presidential"_s, f.presidential},
        {u"valid_from"_s, jsonDate(f.validFrom)},
        {u"valid_to"_s, jsonDate(f.validTo)},
        {u"scope"_s, QJsonObject{{u"block1"_s, sc.block1},
                                 {u"block2"_s, sc.block2},
                                 {u"block3"_s, sc.block3},
                                 {u"results"_s, sc.results},
                                 {u"note"_s, jsonText3(sc.note)}}},
        {u"names"_s, jsonArray(b.names,
                               [](const BodyName& n) {
                                   return QJsonObject{{u"valid_from"_s, jsonDate(n.validFrom)},
                                                      {u"short_name"_s, jsonText3(n.shortName)},
                                                      {u"full_name"_s, jsonText3(n.fullName)}};
                               })},
    };
}

Body readBody(const Obj& o)
{
    Strict& s = o.strict();
    Body b;
    b.code = o.string(u"code");
    if (s.ok() && !isBodyCode(b.code))
        s.problem(o.path(u"code"), u"not a body code"_s);
    BodyFields& f = b.fields;
    f.kind = o.enumeration(u"kind", &parseBodyKind);
    f.evaluated = o.boolean(u"evaluated");
    f.presidential = o.boolean(u"presidential");
    f.validFrom = o.date(u"valid_from");
    f.validTo = o.date(u"valid_to");
    const Obj sc = o.object(u"scope", {u"block1", u"block2", u"block3", u"note", u"results"});
    f.scope.block1 = sc.boolean(u"block1");
    f.scope.block2 = sc.boolean(u"block2");
    f.scope.block3 = sc.boolean(u"block3");
    f.scope.results = sc.boolean(u"results");
    f.scope.note = sc.text3(u"note");
    b.names = o.list<BodyName>(u"names", {u"full_name", u"short_name", u"valid_from"}, [](const Obj& n) {
        BodyName name;
        name.validFrom = n.date(u"valid_from");
        name.shortName = n.text3(u"short_name");
        name.fullName = n.text3(u"full_name");
        return name;
    });
    return b;
}

QJsonObject scheduleJson(const Schedule& sc)
{
    QJsonObject stages;
    for (int i = 0; i < StageCount; ++i)
        stages.insert(toString(static_cast<Stage>(i)), jsonDate(sc.stages[static_cast<std::size_t>(i)]));
    return QJsonObject{
        {u"year"_s, sc.year},
        {u"approved_on"_s, jsonDate(sc.approvedOn)},
        {u"stages"_s, stages},
        {u"results_evaluation"_s, jsonDate(sc.resultsEvaluation)},
    };
}

const QStringList& stageNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < StageCount; ++i)
            list.push_back(toString(static_cast<Stage>(i)));
        return list;
    }();
    return names;
}

Schedule readSchedule(const Obj& o)
{
    Schedule sc;
    sc.year = o.smallInt(u"year", MinYear, MaxYear);
    sc.approvedOn = o.date(u"approved_on");
    const Obj stages(o.strict(), o.value(u"stages"), o.path(u"stages"), stageNames());
    for (int i = 0; i < StageCount; ++i)
        sc.stages[static_cast<std::size_t>(i)] = stages.date(stageNames()[i]);
    sc.resultsEvaluation = o.date(u"results_evaluation");
    return sc;
}

QJsonObject indicatorJson(const Indicator& i)
{
    return QJsonObject{
        {u"code"_s, i.code},
        {u"name"_s, jsonText3(i.name)},
        {u"definition"_s, jsonText3(i.definition)},
        {u"unit"_s, jsonText3(i.unit)},
        {u"direction"_s, toString(i.direction)},
        {u"weight"_s, i.weight},
        {u"scoring"_s, toString(i.scoring)},
        {u"cap"_s, i.cap},
        {u"scale"_s, jsonArray(i.scale,
                               [](const ScaleStep& step) {
                                   return QJsonObject{{u"threshold"_s, step.threshold}, {u"points"_s, step.points}};
                               })},
        {u"formula"_s, i.formula},
        {u"plan"_s, jsonNumber(i.plan)},
        {u"source_type"_s, i.sourceType},
        {u"verification"_s, jsonText3(i.verification)},
        {u"minimum"_s, jsonNumber(i.minimum)},
        {u"maximum"_s, jsonNumber(i.maximum)},
    };
}

double weightOf(const Obj& o)
{
    const double weight = o.number(u"weight");
    if (o.strict().ok() && (weight < 0 || weight > 100))
        o.strict().problem(o.path(u"weight"), u"outside 0–100"_s);
    return weight;
}

Indicator readIndicator(const Obj& o)
{
    Indicator i;
    i.code = o.nonEmpty(u"code");
    i.name = o.text3(u"name");
    i.definition = o.text3(u"definition");
    i.unit = o.text3(u"unit");
    i.direction = o.enumeration(u"direction", &parseDirection);
    i.weight = weightOf(o);
    i.scoring = o.enumeration(u"scoring", &parseScoringKind);
    i.cap = o.number(u"cap");
    i.scale = o.list<ScaleStep>(u"scale", {u"points", u"threshold"}, [](const Obj& step) {
        return ScaleStep{step.number(u"threshold"), step.number(u"points")};
    });
    i.formula = o.string(u"formula");
    i.plan = o.optionalNumber(u"plan");
    i.sourceType = o.smallInt(u"source_type", 0, SourceTypeCount);
    i.verification = o.text3(u"verification");
    i.minimum = o.optionalNumber(u"minimum");
    i.maximum = o.optionalNumber(u"maximum");
    return i;
}

QJsonObject methodologyJson(const Methodology& m)
{
    return QJsonObject{
        {u"block"_s, m.block},
        {u"year"_s, m.year},
        {u"version"_s, m.version},
        {u"sample"_s, m.sample},
        {u"title"_s, jsonText3(m.title)},
        {u"approval"_s, QJsonObject{{u"approved_by"_s, m.approval.approvedBy},
                                    {u"approved_on"_s, jsonDate(m.approval.approvedOn)},
                                    {u"agreed_state_planning"_s, jsonDate(m.approval.agreedStatePlanning)},
                                    {u"agreed_working_body"_s, jsonDate(m.approval.agreedWorkingBody)}}},
        {u"not_counted"_s, toString(m.notCounted)},
        {u"full_at"_s, m.fullAt},
        {u"partial_at"_s, m.partialAt},
        {u"criteria"_s, jsonArray(m.criteria,
                                  [](const Criterion& c) {
                                      return QJsonObject{{u"code"_s, c.code},
                                                         {u"name"_s, jsonText3(c.name)},
                                                         {u"weight"_s, c.weight},
                                                         {u"indicators"_s, jsonArray(c.indicators, indicatorJson)}};
                                  })},
    };
}

Methodology readMethodology(const Obj& o)
{
    Methodology m;
    m.block = o.smallInt(u"block", 1, BlockCount);
    m.year = o.smallInt(u"year", MinYear, MaxYear);
    m.version = o.smallInt(u"version", 1, std::numeric_limits<int>::max());
    m.sample = o.boolean(u"sample");
    m.title = o.text3(u"title");
    const Obj a =
        o.object(u"approval", {u"agreed_state_planning", u"agreed_working_body", u"approved_by", u"approved_on"});
    m.approval.approvedBy = a.string(u"approved_by");
    m.approval.approvedOn = a.date(u"approved_on");
    m.approval.agreedStatePlanning = a.date(u"agreed_state_planning");
    m.approval.agreedWorkingBody = a.date(u"agreed_working_body");
    m.notCounted = o.enumeration(u"not_counted", &parseNotCountedPolicy);
    m.fullAt = o.number(u"full_at");
    m.partialAt = o.number(u"partial_at");
    m.criteria = o.list<Criterion>(u"criteria", {u"code", u"indicators", u"name", u"weight"}, [](const Obj& c) {
        Criterion criterion;
        criterion.code = c.nonEmpty(u"code");
        criterion.name = c.text3(u"name");
        criterion.weight = weightOf(c);
        criterion.indicators = c.list<Indicator>(u"indicators",
                                                 {u"cap", u"code", u"definition", u"direction", u"formula", u"maximum",
                                                  u"minimum", u"name", u"plan", u"scale", u"scoring", u"source_type",
                                                  u"unit", u"verification", u"weight"},
                                                 readIndicator);
        return criterion;
    });
    return m;
}

} // namespace

QString toString(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Template:
        return u"template"_s;
    case PackageKind::Report:
        return u"report"_s;
    case PackageKind::Return:
        return u"return"_s;
    }
    return {};
}

std::optional<PackageKind> parsePackageKind(const QString& text)
{
    for (PackageKind k : {PackageKind::Template, PackageKind::Report, PackageKind::Return})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> writePackage(PackageHeader header, const QJsonObject& payload, const QByteArray& secretKey)
{
    if (!isCoherentSecretKey(secretKey))
        return fail(ErrorCode::CryptoFailed, u"not an Ed25519 secret key"_s);
    if (!header.created.isValid())
        return fail(ErrorCode::PackageDamaged, u"header.created: missing"_s);
    header.format = PackageFormatVersion;
    header.signerKey = signing::publicKeyOf(secretKey);
    header.created = wholeSecondsUtc(header.created);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QJsonObject headerObject = headerJson(header, body.size(), sha256Hex(body));
    // Write nothing that readPackage() would refuse.
    Strict strict;
    readHeader(strict, headerObject);
    if (!strict.ok())
        return strict.failure();

    QByteArray file = Magic.toByteArray();
    file += QByteArray::number(PackageFormatVersion) + '\n';
    file += QJsonDocument(headerObject).toJson(QJsonDocument::Compact) + '\n';
    file += body;
    auto signature = signing::sign(file, secretKey);
    if (!signature)
        return std::unexpected(signature.error());
    file += SignatureTag.toByteArray() + signature->toHex() + '\n';
    return file;
}

Result<Package> readPackage(const QByteArray& bytes)
{
    const qsizetype size = bytes.size();
    if (!bytes.startsWith(Magic))
        return fail(ErrorCode::NotAPackage, u"the file does not begin with BAGALAU-PACKAGE/"_s);

    // Line 1: the format version, checked before anything else so that a newer layout is named as such.
    const qsizetype versionStart = Magic.size();
    qsizetype versionEnd = versionStart;
    while (versionEnd < size && versionEnd - versionStart <= MaxVersionDigits && isDigitByte(bytes[versionEnd]))
        ++versionEnd;
    const QByteArray version = bytes.mid(versionStart, versionEnd - versionStart);
    if (version.isEmpty() && versionEnd == size)
        return fail(ErrorCode::PackageTruncated, u"the file ends after BAGALAU-PACKAGE/"_s);
    if (version.isEmpty() || version.size() > MaxVersionDigits || version.startsWith('0'))
        return fail(ErrorCode::PackageDamaged, u"format: not a version number"_s);
    if (const int format = version.toInt(); format > PackageFormatVersion)
        return fail(ErrorCode::PackageNewerFormat,
                    u"format %1; this version reads format %2"_s.arg(format).arg(PackageFormatVersion));
    if (versionEnd == size)
        return fail(ErrorCode::PackageTruncated, u"the file ends after the format version"_s);
    if (bytes[versionEnd] != '\n')
        return fail(ErrorCode::PackageDamaged, u"format: not followed by a line feed"_s);

    // Line 2: the header.
    const qsizetype headerStart = versionEnd + 1;
    const qsizetype headerEnd = bytes.indexOf('\n', headerStart);
    if (headerEnd < 0 && size - headerStart <= MaxHeaderBytes)
        return fail(ErrorCode::PackageTruncated, u"the file ends inside the header line (%1 bytes)"_s.arg(size));
    if (headerEnd < 0 || headerEnd - headerStart > MaxHeaderBytes)
        return fail(ErrorCode::PackageDamaged, u"header: no line feed within %1 bytes"_s.arg(MaxHeaderBytes));
    const QByteArray headerLine = bytes.mid(headerStart, headerEnd - headerStart);
    QJsonParseError parseError{};
    const QJsonDocument headerDoc = QJsonDocument::fromJson(headerLine, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::PackageDamaged, u"header: "_s + parseError.errorString());
    if (!headerDoc.isObject())
        return fail(ErrorCode::PackageDamaged, u"header: not an object"_s);
    // One way to write a header: compact, keys sorted, each once, numbers as integers.
    if (headerDoc.toJson(QJsonDocument::Compact) != headerLine)
        return fail(ErrorCode::PackageDamaged, u"header: not in canonical form"_s);
    Strict strict;
    const HeaderFields fields = readHeader(strict, headerDoc.object());
    if (!strict.ok())
        return strict.failure();

    // The payload and the signature line: lengths first, then their form, then what they say.
    const qsizetype payloadStart = headerEnd + 1;
    const qint64 expected = qint64(payloadStart) + fields.payloadLength + SignatureLineBytes;
    if (size < expected)
        return fail(ErrorCode::PackageTruncated, u"expected %1 bytes, found %2"_s.arg(expected).arg(size));
    if (size > expected)
        return fail(ErrorCode::PackageDamaged, u"%1 bytes after the signature line"_s.arg(size - expected));
    const qsizetype payloadEnd = payloadStart + static_cast<qsizetype>(fields.payloadLength);
    const QByteArrayView signatureLine = QByteArrayView(bytes).sliced(payloadEnd);
    const QByteArrayView signatureHex = signatureLine.sliced(SignatureTag.size(), SignatureHexDigits);
    if (!signatureLine.startsWith(SignatureTag) || !signatureLine.endsWith('\n')
        || !std::all_of(signatureHex.begin(), signatureHex.end(), isLowerHexByte))
        return fail(ErrorCode::PackageDamaged, u"the signature line is not SIGNATURE and 128 lowercase hex digits"_s);
    // Views into `bytes`, not copies: a payload with evidence files can be large.
    const QByteArray payloadBytes =
        QByteArray::fromRawData(bytes.constData() + payloadStart, payloadEnd - payloadStart);
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(payloadBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::PackageDamaged, u"payload: "_s + parseError.errorString());
    if (!payloadDoc.isObject())
        return fail(ErrorCode::PackageDamaged, u"payload: not an object"_s);

    if (QCryptographicHash::hash(payloadBytes, QCryptographicHash::Sha256) != fields.payloadSha256)
        return fail(ErrorCode::PackageTampered, u"the payload does not match payload_sha256"_s);
    const QByteArray signature = QByteArray::fromHex(signatureHex.toByteArray());
    if (!signing::verify(QByteArray::fromRawData(bytes.constData(), payloadEnd), signature, fields.header.signerKey))
        return fail(ErrorCode::PackageTampered,
                    u"the signature does not verify with key %1"_s.arg(signing::fingerprint(fields.header.signerKey)));

    return Package{fields.header, payloadDoc.object(), sha256Hex(bytes).toLatin1()};
}

QJsonObject toJson(const ReportPayload& payload)
{
    return QJsonObject{
        {u"template_id"_s, payload.templateId},
        {u"reports"_s, jsonArray(payload.reports, reportJson)},
    };
}

QJsonObject toJson(const ReturnPayload& payload)
{
    QJsonArray remarks;
    for (const auto& [code, remark] : payload.remarks)
        remarks.append(QJsonObject{{u"code"_s, code}, {u"remark"_s, remark}});
    return QJsonObject{
        {u"template_id"_s, payload.templateId},
        {u"block"_s, payload.block},
        {u"revision"_s, payload.revision},
        {u"reason"_s, payload.reason},
        {u"remarks"_s, remarks},
        {u"returned_at"_s, jsonMoment(payload.returnedAt)},
        {u"returned_by"_s, payload.returnedBy},
    };
}

QJsonObject toJson(const TemplatePayload& payload)
{
    return QJsonObject{
        {u"body"_s, bodyJson(payload.body)},
        {u"schedule"_s, scheduleJson(payload.schedule)},
        {u"methodologies"_s, jsonArray(payload.methodologies, methodologyJson)},
        {u"last_year"_s, jsonArray(payload.lastYear,
                                   [](const ReferenceValue& v) {
                                       return QJsonObject{{u"block"_s, v.block},
                                                          {u"code"_s, v.code},
                                                          {u"plan"_s, jsonNumber(v.plan)},
                                                          {u"fact"_s, jsonNumber(v.fact)}};
                                   })},
        {u"secret_key"_s, QString::fromLatin1(payload.secretKey.toHex())},
        {u"issued_by"_s, payload.issuedBy},
    };
}

Result<ReportPayload> reportPayload(const QJsonObject& payload)
{
    Strict s;
    const Obj o(s, payload, {}, {u"reports", u"template_id"});
    ReportPayload result;
    result.templateId = templateIdOf(o);
    result.reports = o.list<ReportData>(u"reports",
                                        {u"block", u"first_submitted_at", u"history", u"lines", u"return_reason",
                                         u"revision", u"state", u"submitted_at"},
                                        readReport);
    if (!s.ok())
        return s.failure();
    return result;
}

Result<ReturnPayload> returnPayload(const QJsonObject& payload)
{
    Strict s;
    const Obj o(s, payload, {},
                {u"block", u"reason", u"remarks", u"returned_at", u"returned_by", u"revision", u"template_id"});
    ReturnPayload result;
    result.templateId = templateIdOf(o);
    result.block = o.smallInt(u"block", 1, BlockCount);
    result.revision = o.smallInt(u"revision", 0, std::numeric_limits<int>::max());
    result.reason = o.string(u"reason");
    result.remarks = o.list<std::pair<QString, QString>>(u"remarks", {u"code", u"remark"}, [](const Obj& r) {
        return std::pair<QString, QString>{r.nonEmpty(u"code"), r.string(u"remark")};
    });
    result.returnedAt = o.moment(u"returned_at", false);
    result.returnedBy = o.string(u"returned_by");
    if (!s.ok())
        return s.failure();
    return result;
}

Result<TemplatePayload> templatePayload(const QJsonObject& payload)
{
    Strict s;
    const Obj o(s, payload, {}, {u"body", u"issued_by", u"last_year", u"methodologies", u"schedule", u"secret_key"});
    TemplatePayload result;
    result.body = readBody(o.object(
        u"body", {u"code", u"evaluated", u"kind", u"names", u"presidential", u"scope", u"valid_from", u"valid_to"}));
    result.schedule = readSchedule(o.object(u"schedule", {u"approved_on", u"results_evaluation", u"stages", u"year"}));
    result.methodologies = o.list<Methodology>(u"methodologies",
                                               {u"approval", u"block", u"criteria", u"full_at", u"not_counted",
                                                u"partial_at", u"sample", u"title", u"version", u"year"},
                                               readMethodology);
    result.lastYear = o.list<ReferenceValue>(u"last_year", {u"block", u"code", u"fact", u"plan"}, [](const Obj& v) {
        return ReferenceValue{v.smallInt(u"block", 1, BlockCount), v.nonEmpty(u"code"), v.optionalNumber(u"plan"),
                              v.optionalNumber(u"fact")};
    });
    const auto secretKey = lowerHex(o.string(u"secret_key"), signing::SecretKeyBytes);
    if (s.ok() && (!secretKey || !isCoherentSecretKey(*secretKey)))
        s.problem(o.path(u"secret_key"), u"not an Ed25519 secret key in 128 lowercase hex digits"_s);
    result.secretKey = secretKey.value_or(QByteArray());
    result.issuedBy = o.string(u"issued_by");
    if (!s.ok())
        return s.failure();
    return result;
}

} // namespace core
