// SPDX-License-Identifier: GPL-3.0-or-later
// The demonstration dataset (resources/data/demo.json): sample methodologies of the three blocks, sample
// rating bands and generated values. Everything goes through MethodologyService, so that the demo has the
// same audit trail, versions and checks as real data.
#include "DemoData.h"

#include "DemoConclusions.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Methodology.h"
#include "MethodologyService.h"
#include "ReferenceData.h"
#include "Registry.h"
#include "RegistryRepository.h"
#include "RegistryService.h"
#include "ReportService.h"
#include "ScheduleService.h"
#include "ScoreService.h"
#include "Scoring.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace core {

namespace {

Error bad(const QString& what)
{
    return Error{ErrorCode::ReferenceData, what};
}

/// A failure of a service on the demo's data is a fault of the data, except when the database itself
/// fails.
Error asData(const Error& error, const QString& where)
{
    if (error.code == ErrorCode::Database || error.code == ErrorCode::ReadOnly
        || error.code == ErrorCode::DatabaseLocked)
        return error;
    return bad(where + u": "_s + error.detail);
}

// ---------------------------------------------------------------------------------------------------
// Deterministic pseudo-random numbers: the same on every machine and with every library version (no
// std::mt19937 distributions, no qHash). FNV-1a gives a 64-bit hash of a key, splitmix64 mixes it.

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// FNV-1a over the pieces of a key, as if they were one string.
class KeyHash
{
public:
    KeyHash& operator<<(QByteArrayView bytes)
    {
        for (const char c : bytes) {
            m_h ^= static_cast<quint8>(c);
            m_h *= 1099511628211ULL;
        }
        return *this;
    }
    KeyHash& operator<<(int n)
    {
        std::array<char, 16> digits{};
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), n).ptr;
        return *this << QByteArrayView(digits.data(), end - digits.data());
    }
    [[nodiscard]] quint64 value() const { return m_h; }

private:
    quint64 m_h = 14695981039346656037ULL;
};

/// A number in [0, 1) for the key "code|year|block|indicator|what" (UTF-8; year 0: the same every year).
double uniform(QByteArrayView body, int year, int block, QByteArrayView indicator, QByteArrayView what)
{
    KeyHash key;
    key << body << "|" << year << "|" << block << "|" << indicator << "|" << what;
    return static_cast<double>(splitmix64(key.value()) >> 11) * 0x1.0p-53;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

// ---------------------------------------------------------------------------------------------------
// The file.

/// How the values of an indicator are generated ("demo" in the file).
struct Hints
{
    double min = 0; ///< the range of believable facts
    double max = 100;
    double spread = 1; ///< how far below the plan a weak body falls (1: in proportion to its quality)
    bool integer = false; ///< counts
    double worst = 0; ///< for scales: the fact of the weakest body and of the best one
    double best = 100;
    std::optional<std::pair<double, double>> ownPlan; ///< each body's own plan, in this range
    double ownPlanStep = 1;
};

struct Revision
{
    int year = 0;
    QString criterion;
    std::vector<Indicator> add;
    std::map<QString, double> weights;
    Approval approval;
};

struct DemoMethodology
{
    Methodology content; ///< without year, owners or approval
    std::vector<Role> owners;
    QString approvedBy;
    std::vector<Revision> revisions;
};

struct BandSpan
{
    int firstYear = 0;
    int lastYear = 0;
    RatingBand band;
};

struct Dataset
{
    int firstYear = 0;
    int lastApproved = 0;
    int draftYear = 0;
    std::vector<BandSpan> bands;
    std::vector<DemoMethodology> methodologies;
    std::map<std::pair<int, QString>, Hints> hints; ///< (block, indicator code) → hints
};

/// Reads the fields of one JSON object, naming `where` in every error.
class Reader
{
public:
    Reader(QJsonObject object, QString where)
        : m_o(std::move(object))
        , m_where(std::move(where))
    { }

    [[nodiscard]] const QString& where() const { return m_where; }
    [[nodiscard]] bool has(QStringView key) const { return m_o.contains(key); }
    [[nodiscard]] const QJsonObject& object() const { return m_o; }

    [[nodiscard]] Result<double> number(QStringView key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return std::unexpected(missing(key, u"a number"));
        return v.toDouble();
    }

    [[nodiscard]] Result<std::optional<double>> optionalNumber(QStringView key) const
    {
        if (!m_o.contains(key))
            return std::optional<double>();
        auto n = number(key);
        if (!n)
            return std::unexpected(n.error());
        return std::optional<double>(*n);
    }

    [[nodiscard]] Result<int> integer(QStringView key) const
    {
        auto n = number(key);
        if (!n)
            return std::unexpected(n.error());
        if (*n != std::floor(*n) || std::abs(*n) > 1e6)
            return std::unexpected(missing(key, u"a whole number"));
        return static_cast<int>(*n);
    }

    [[nodiscard]] Result<QString> string(QStringView key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return std::unexpected(missing(key, u"a text"));
        return v.toString();
    }

    [[nodiscard]] Result<bool> boolean(QStringView key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isBool())
            return std::unexpected(missing(key, u"true or false"));
        return v.toBool();
    }

    /// A text in kk, ru and en, none of them blank.
    [[nodiscard]] Result<Text3> text3(QStringView key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isObject())
            return std::unexpected(missing(key, u"a text in kk, ru and en"));
        const QJsonObject o = v.toObject();
        const Text3 t{o.value(u"kk").toString(), o.value(u"ru").toString(), o.value(u"en").toString()};
        if (!t.isComplete())
            return std::unexpected(missing(key, u"a text in kk, ru and en"));
        return t;
    }

    [[nodiscard]] Result<QJsonArray> array(QStringView key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isArray())
            return std::unexpected(missing(key, u"a list"));
        return v.toArray();
    }

    [[nodiscard]] Result<QDate> date(QStringView key) const
    {
        auto text = string(key);
        if (!text)
            return std::unexpected(text.error());
        const QDate d = parseIsoDate(*text);
        if (!d.isValid())
            return std::unexpected(missing(key, u"a date YYYY-MM-DD"));
        return d;
    }

    [[nodiscard]] Error missing(QStringView key, QStringView what) const
    {
        return bad(u"%1: \"%2\" must be %3"_s.arg(m_where, key, what));
    }

private:
    QJsonObject m_o;
    QString m_where;
};

/// Unwraps a Result into `var`, or returns its error.
#define DEMO_TRY(var, expr)                           \
    auto var##_result = (expr);                       \
    if (!var##_result)                                \
        return std::unexpected(var##_result.error()); \
    auto var = std::move(*var##_result)

Result<Hints> parseHints(const Reader& indicator, ScoringKind kind, const std::optional<double>& plan)
{
    Hints h;
    if (kind == ScoringKind::Expert)
        h.max = plan.value_or(10);
    if (!indicator.has(u"demo"))
        return h;
    if (!indicator.object().value(u"demo").isObject())
        return std::unexpected(indicator.missing(u"demo", u"an object"));
    const Reader r(indicator.object().value(u"demo").toObject(), indicator.where() + u", demo"_s);
    DEMO_TRY(min, r.optionalNumber(u"min"));
    DEMO_TRY(max, r.optionalNumber(u"max"));
    DEMO_TRY(spread, r.optionalNumber(u"spread"));
    DEMO_TRY(worst, r.optionalNumber(u"worst"));
    DEMO_TRY(best, r.optionalNumber(u"best"));
    DEMO_TRY(step, r.optionalNumber(u"own_plan_step"));
    h.min = min.value_or(h.min);
    h.max = max.value_or(h.max);
    h.spread = spread.value_or(h.spread);
    h.worst = worst.value_or(h.worst);
    h.best = best.value_or(h.best);
    h.ownPlanStep = step.value_or(h.ownPlanStep);
    if (r.has(u"integer")) {
        DEMO_TRY(integer, r.boolean(u"integer"));
        h.integer = integer;
    }
    if (r.has(u"own_plan")) {
        DEMO_TRY(range, r.array(u"own_plan"));
        if (range.size() != 2 || !range.at(0).isDouble() || !range.at(1).isDouble()
            || range.at(0).toDouble() > range.at(1).toDouble())
            return std::unexpected(r.missing(u"own_plan", u"[lowest, highest]"));
        h.ownPlan = std::pair(range.at(0).toDouble(), range.at(1).toDouble());
    }
    if (h.min > h.max || h.spread < 0 || h.ownPlanStep <= 0)
        return std::unexpected(bad(r.where() + u": min above max, a negative spread or a step of 0"_s));
    return h;
}

Result<Indicator> parseIndicator(const QJsonValue& value, int block, const QString& where, Hints* hints)
{
    if (!value.isObject())
        return std::unexpected(bad(where + u": an indicator must be an object"_s));
    const QJsonObject o = value.toObject();
    const QString code = o.value(u"code").toString();
    const Reader r(o, u"%1, indicator %2"_s.arg(where, code.isEmpty() ? u"(no code)"_s : code));
    Indicator ind;
    DEMO_TRY(c, r.string(u"code"));
    ind.code = c;
    DEMO_TRY(name, r.text3(u"name"));
    DEMO_TRY(definition, r.text3(u"definition"));
    DEMO_TRY(unit, r.text3(u"unit"));
    DEMO_TRY(verification, r.text3(u"verification"));
    ind.name = name;
    ind.definition = definition;
    ind.unit = unit;
    ind.verification = verification;
    DEMO_TRY(directionText, r.string(u"direction"));
    const auto direction = parseDirection(directionText);
    if (!direction)
        return std::unexpected(bad(r.where() + u": unknown direction \""_s + directionText + u'"'));
    ind.direction = *direction;
    DEMO_TRY(weight, r.number(u"weight"));
    ind.weight = weight;
    DEMO_TRY(scoringText, r.string(u"scoring"));
    const auto scoring = parseScoringKind(scoringText);
    if (!scoring)
        return std::unexpected(bad(r.where() + u": unknown scoring kind \""_s + scoringText + u'"'));
    ind.scoring = *scoring;
    DEMO_TRY(cap, r.number(u"cap"));
    ind.cap = cap;
    DEMO_TRY(plan, r.optionalNumber(u"plan"));
    ind.plan = plan;
    const bool needsPlan = ind.scoring == ScoringKind::Ratio || ind.scoring == ScoringKind::InverseRatio
                           || ind.scoring == ScoringKind::Expert || ind.scoring == ScoringKind::Formula;
    if (needsPlan && !ind.plan)
        return std::unexpected(r.missing(u"plan", u"a number for this scoring kind"));
    DEMO_TRY(source, r.integer(u"source_type"));
    if (source < 1 || source > SourceTypeCount || (block == 1 && source == ExpertSourceType))
        return std::unexpected(bad(r.where() + u": §7 source type %1 is not allowed here"_s.arg(source)));
    ind.sourceType = source;
    if (ind.scoring == ScoringKind::Scale) {
        DEMO_TRY(steps, r.array(u"scale"));
        for (const QJsonValue& step : steps) {
            const Reader s(step.toObject(), r.where() + u", scale"_s);
            DEMO_TRY(threshold, s.number(u"threshold"));
            DEMO_TRY(points, s.number(u"points"));
            ind.scale.push_back({threshold, points});
        }
        if (ind.scale.empty())
            return std::unexpected(r.missing(u"scale", u"a list of steps"));
    } else if (r.has(u"scale")) {
        return std::unexpected(bad(r.where() + u": a scale for a scoring kind other than \"scale\""_s));
    }
    if (ind.scoring == ScoringKind::Formula) {
        DEMO_TRY(formula, r.string(u"formula"));
        ind.formula = formula;
        if (auto valid = validateFormula(formula); !valid)
            return std::unexpected(bad(r.where() + u": formula: "_s + valid.error().detail));
    } else if (r.has(u"formula")) {
        return std::unexpected(bad(r.where() + u": a formula for a scoring kind other than \"formula\""_s));
    }
    DEMO_TRY(h, parseHints(r, ind.scoring, ind.plan));
    *hints = h;
    return ind;
}

/// Blocking §20 problems of a methodology as an error naming the first one.
Result<void> checkContent(const Methodology& m, const QString& where)
{
    if (auto valid = MethodologyService::validate(m); !valid)
        return std::unexpected(bad(where + u": "_s + valid.error().detail));
    for (const MethodologyProblem& p : checkMethodology(m, nullptr)) {
        if (!p.blocking)
            continue;
        QString what = u"problem %1"_s.arg(static_cast<int>(p.kind));
        if (!p.criterion.isEmpty())
            what += u", criterion "_s + p.criterion;
        if (!p.indicator.isEmpty())
            what += u", indicator "_s + p.indicator;
        if (!p.detail.isEmpty())
            what += u" ("_s + p.detail + u')';
        return std::unexpected(bad(where + u": "_s + what));
    }
    return {};
}

Result<DemoMethodology> parseMethodology(const QJsonValue& value, int index, Dataset& data)
{
    if (!value.isObject())
        return std::unexpected(bad(u"methodology %1: not an object"_s.arg(index + 1)));
    const QJsonObject o = value.toObject();
    const QString where = o.value(u"block").isDouble() ? u"methodology of block %1"_s.arg(o.value(u"block").toInt())
                                                       : u"methodology %1"_s.arg(index + 1);
    const Reader r(o, where);
    DemoMethodology dm;
    Methodology& m = dm.content;
    DEMO_TRY(block, r.integer(u"block"));
    if (block < 1 || block > BlockCount)
        return std::unexpected(bad(where + u": no such block"_s));
    m.block = block;
    m.year = data.firstYear;
    DEMO_TRY(sample, r.boolean(u"sample"));
    if (!sample)
        return std::unexpected(bad(where + u": a demo methodology must be marked as a sample"_s));
    m.sample = true;
    DEMO_TRY(title, r.text3(u"title"));
    m.title = title;
    DEMO_TRY(approvedBy, r.string(u"approved_by"));
    dm.approvedBy = approvedBy;
    DEMO_TRY(policyText, r.string(u"not_counted"));
    const auto policy = parseNotCountedPolicy(policyText);
    if (!policy)
        return std::unexpected(bad(where + u": unknown not-counted policy \""_s + policyText + u'"'));
    m.notCounted = *policy;
    DEMO_TRY(fullAt, r.number(u"full_at"));
    DEMO_TRY(partialAt, r.number(u"partial_at"));
    m.fullAt = fullAt;
    m.partialAt = partialAt;
    DEMO_TRY(owners, r.array(u"owners"));
    for (const QJsonValue& owner : owners) {
        const auto role = parseRole(owner.toString());
        if (!role)
            return std::unexpected(bad(where + u": unknown owner role \""_s + owner.toString() + u'"'));
        dm.owners.push_back(*role);
    }
    if (dm.owners.empty())
        return std::unexpected(r.missing(u"owners", u"a list of §13 roles"));

    DEMO_TRY(criteria, r.array(u"criteria"));
    for (const QJsonValue& cv : criteria) {
        const QJsonObject co = cv.toObject();
        const Reader cr(co, u"%1, criterion %2"_s.arg(where, co.value(u"code").toString()));
        Criterion c;
        DEMO_TRY(code, cr.string(u"code"));
        c.code = code;
        DEMO_TRY(name, cr.text3(u"name"));
        c.name = name;
        DEMO_TRY(weight, cr.number(u"weight"));
        c.weight = weight;
        DEMO_TRY(indicators, cr.array(u"indicators"));
        for (const QJsonValue& iv : indicators) {
            Hints hints;
            DEMO_TRY(indicator, parseIndicator(iv, block, where, &hints));
            data.hints[{block, indicator.code}] = hints;
            c.indicators.push_back(std::move(indicator));
        }
        m.criteria.push_back(std::move(c));
    }
    if (auto checked = checkContent(m, where); !checked)
        return std::unexpected(checked.error());

    if (o.contains(u"revisions")) {
        DEMO_TRY(revisions, r.array(u"revisions"));
        for (const QJsonValue& rv : revisions) {
            const Reader rr(rv.toObject(), where + u", revision"_s);
            Revision rev;
            DEMO_TRY(year, rr.integer(u"year"));
            if (year <= data.firstYear || year > data.lastApproved)
                return std::unexpected(
                    bad(rr.where() + u": the year of a revision is an approved year after the first"_s));
            rev.year = year;
            DEMO_TRY(criterion, rr.string(u"criterion"));
            rev.criterion = criterion;
            DEMO_TRY(by, rr.string(u"approved_by"));
            DEMO_TRY(on, rr.date(u"approved_on"));
            DEMO_TRY(agreedPlanning, rr.date(u"agreed_state_planning"));
            DEMO_TRY(agreedWorking, rr.date(u"agreed_working_body"));
            rev.approval = Approval{by, on, agreedPlanning, agreedWorking};
            DEMO_TRY(add, rr.array(u"add"));
            for (const QJsonValue& iv : add) {
                Hints hints;
                DEMO_TRY(indicator, parseIndicator(iv, block, rr.where(), &hints));
                data.hints[{block, indicator.code}] = hints;
                rev.add.push_back(std::move(indicator));
            }
            if (!rr.object().value(u"weights").isObject())
                return std::unexpected(rr.missing(u"weights", u"an object of indicator code → weight"));
            const QJsonObject weights = rr.object().value(u"weights").toObject();
            for (auto it = weights.begin(); it != weights.end(); ++it) {
                if (!it.value().isDouble())
                    return std::unexpected(bad(rr.where() + u": weight of "_s + it.key()));
                rev.weights[it.key()] = it.value().toDouble();
            }
            // The revised content must pass the same checks.
            Methodology revised = m;
            revised.year = year;
            if (auto applied = [&]() -> Result<void> {
                    auto c = std::find_if(revised.criteria.begin(), revised.criteria.end(),
                                          [&](const Criterion& x) { return x.code == rev.criterion; });
                    if (c == revised.criteria.end())
                        return std::unexpected(bad(rr.where() + u": no criterion "_s + rev.criterion));
                    c->indicators.insert(c->indicators.end(), rev.add.begin(), rev.add.end());
                    for (const auto& [code, w] : rev.weights) {
                        auto i = std::find_if(c->indicators.begin(), c->indicators.end(),
                                              [&](const Indicator& x) { return x.code == code; });
                        if (i == c->indicators.end())
                            return std::unexpected(
                                bad(rr.where() + u": no indicator "_s + code + u" in "_s + rev.criterion));
                        i->weight = w;
                    }
                    return checkContent(revised, rr.where());
                }();
                !applied)
                return std::unexpected(applied.error());
            dm.revisions.push_back(std::move(rev));
        }
    }
    return dm;
}

Result<Dataset> parse(const QJsonObject& root)
{
    Dataset data;
    const Reader top(root, u"demo"_s);
    if (!root.value(u"years").isObject())
        return std::unexpected(top.missing(u"years", u"an object"));
    const Reader years(root.value(u"years").toObject(), u"years"_s);
    DEMO_TRY(first, years.integer(u"first"));
    DEMO_TRY(lastApproved, years.integer(u"last_approved"));
    DEMO_TRY(draft, years.integer(u"draft"));
    if (first < 2010 || lastApproved < first || draft != lastApproved + 1 || draft > 2100)
        return std::unexpected(bad(u"years: first ≤ last_approved, and the draft year right after"_s));
    data.firstYear = first;
    data.lastApproved = lastApproved;
    data.draftYear = draft;

    DEMO_TRY(bands, top.array(u"rating_bands"));
    for (const QJsonValue& bv : bands) {
        const QJsonObject bo = bv.toObject();
        const Reader r(bo, u"rating band "_s + bo.value(u"code").toString());
        BandSpan span;
        DEMO_TRY(firstYear, r.integer(u"first_year"));
        DEMO_TRY(lastYear, r.integer(u"last_year"));
        DEMO_TRY(code, r.string(u"code"));
        DEMO_TRY(minScore, r.number(u"min_score"));
        DEMO_TRY(name, r.text3(u"name"));
        if (lastYear < firstYear || minScore < 0 || minScore > 100)
            return std::unexpected(bad(r.where() + u": years or score out of range"_s));
        span.firstYear = firstYear;
        span.lastYear = lastYear;
        span.band.code = code;
        span.band.minScore = minScore;
        span.band.name = name;
        span.band.sample = true;
        data.bands.push_back(std::move(span));
    }

    DEMO_TRY(methodologies, top.array(u"methodologies"));
    std::set<int> blocks;
    for (qsizetype i = 0; i < methodologies.size(); ++i) {
        DEMO_TRY(dm, parseMethodology(methodologies.at(i), static_cast<int>(i), data));
        if (!blocks.insert(dm.content.block).second)
            return std::unexpected(bad(u"two methodologies of block %1"_s.arg(dm.content.block)));
        data.methodologies.push_back(std::move(dm));
    }
    return data;
}

// ---------------------------------------------------------------------------------------------------
// The values.

/// A body's quality in a block and year, about 0.3–1.05: a base per body (0.55–1.0), a small offset
/// per block, and a course over the years. About one body in five declines every year from the third
/// year on in one block (the §73 alert), about one in five rises in one block, the others wobble without
/// falling two years in a row.
class Qualities
{
public:
    explicit Qualities(int firstYear)
        : m_first(firstYear)
    { }

    double of(const QByteArray& body, int year, int block)
    {
        const double base = 0.55 + 0.45 * uniform(body, 0, 0, {}, "base");
        const double offset = (uniform(body, 0, block, {}, "offset") - 0.5) * 0.1;
        const double trend = uniform(body, 0, 0, {}, "trend");
        const int trendBlock = 1 + static_cast<int>(uniform(body, 0, 0, {}, "trend-block") * BlockCount);
        double q = base + offset;
        if (block == trendBlock && trend < 0.2)
            q += 0.05 - 0.07 * std::max(0, year - m_first - 1);
        else if (block == trendBlock && trend < 0.4)
            q += -0.15 + 0.04 * (year - m_first);
        else
            q += wobble(body, year, block);
        return std::clamp(q, 0.3, 1.05);
    }

private:
    /// ±0.06 a year, never falling two years in a row (a body that fell last year holds or recovers).
    double wobble(const QByteArray& body, int year, int block)
    {
        auto& course = m_wobble[{body, block}];
        for (int y = m_first + static_cast<int>(course.size()); y <= year; ++y) {
            double w = (uniform(body, y, block, {}, "drift") - 0.5) * 0.12;
            const std::size_t n = course.size();
            if (n >= 2 && course[n - 1] < course[n - 2] && w < course[n - 1])
                w = course[n - 1] + 0.005 + 0.02 * uniform(body, y, block, {}, "recover");
            course.push_back(w);
        }
        return course[static_cast<std::size_t>(year - m_first)];
    }

    int m_first;
    std::map<std::pair<QByteArray, int>, std::vector<double>> m_wobble;
};

/// A body's own plan of an indicator, on the step grid of its range.
double ownPlan(const Hints& h, QByteArrayView body, int block, QByteArrayView code)
{
    const auto [lo, hi] = *h.ownPlan;
    const int steps = static_cast<int>(std::floor((hi - lo) / h.ownPlanStep)) + 1;
    const int k = std::min(steps - 1, static_cast<int>(uniform(body, 0, block, code, "own-plan") * steps));
    return lo + h.ownPlanStep * k;
}

/// The fact of an indicator for a body of quality `q` (its achievement in the block this year).
double factOf(const Indicator& ind, QByteArrayView code, const Hints& h, double plan, double q, QByteArrayView body,
              int year, int block)
{
    // Each body is stronger at some indicators than at others (the same every year), with a little noise.
    const double profile = (uniform(body, 0, block, code, "profile") - 0.5) * 0.24;
    const double noise = (uniform(body, year, block, code, "noise") - 0.5) * 0.06;
    const double stable = q + profile;
    const double a = stable + noise;
    const double scaled = 1 - (1 - a) * h.spread;
    auto finish = [&h](double v) {
        v = std::clamp(v, h.min, h.max);
        return h.integer ? std::round(v) : round1(v);
    };
    switch (ind.scoring) {
    case ScoringKind::Ratio:
    case ScoringKind::Formula:
        return finish(plan * scaled);
    case ScoringKind::InverseRatio:
        // Lower is better: a body above the plan's level stays below the plan, down to nothing.
        return finish(scaled >= 1 ? plan * std::max(0.0, 1 - (scaled - 1) * 4) : plan / std::max(scaled, 0.05));
    case ScoringKind::YesNo:
        // Year-independent draw: as a body declines it can only turn from "yes" to "no".
        return uniform(body, 0, block, code, "yes") < stable + 0.1 ? 1 : 0;
    case ScoringKind::Scale: {
        const double position = std::clamp((a - 0.35) / 0.75, 0.0, 1.0);
        const double v = h.worst + (h.best - h.worst) * position;
        return h.integer ? std::round(v) : round1(v);
    }
    case ScoringKind::Expert:
        return round1(std::clamp(plan * scaled, 0.0, plan));
    }
    return 0;
}

std::vector<StoredValue> generate(const Methodology& m, const Dataset& data, const std::vector<Body>& bodies,
                                  Qualities& qualities, int year)
{
    struct Item
    {
        const Indicator* indicator;
        QByteArray code;
        Hints hints;
    };
    std::vector<Item> items;
    for (const Criterion& c : m.criteria)
        for (const Indicator& ind : c.indicators) {
            const auto found = data.hints.find({m.block, ind.code});
            items.push_back({&ind, ind.code.toUtf8(), found == data.hints.end() ? Hints{} : found->second});
        }
    std::vector<StoredValue> values;
    values.reserve(bodies.size() * items.size());
    for (const Body& body : bodies) {
        const QByteArray code = body.code.toUtf8();
        const double q = qualities.of(code, year, m.block);
        for (const Item& item : items) {
            const Indicator& ind = *item.indicator;
            IndicatorValue v;
            v.sourceType = ind.sourceType;
            if (item.hints.ownPlan)
                v.plan = ownPlan(item.hints, code, m.block, item.code);
            // About 3% of the facts are missing: "not counted (no data)".
            if (uniform(code, year, m.block, item.code, "missing") >= 0.03)
                v.fact =
                    factOf(ind, item.code, item.hints, v.plan.value_or(ind.plan.value_or(1)), q, code, year, m.block);
            if (v.plan || v.fact)
                values.push_back(StoredValue{body.id, ind.code, v});
        }
    }
    return values;
}

// ---------------------------------------------------------------------------------------------------
// Loading.

/// The sample approval of the methodology of `year`: approved on 20 January of the next year, agreed with
/// the state planning body and the Commission's working body a few days before (§19).
Approval sampleApproval(const QString& approvedBy, int year)
{
    return Approval{approvedBy, QDate(year + 1, 1, 20), QDate(year + 1, 1, 14), QDate(year + 1, 1, 16)};
}

class Loader
{
public:
    Loader(Database& db, AuditLog& audit, const Dataset& data, QString reason)
        : m_registry(db)
        , m_methodologies(db, audit)
        , m_scores(m_registry, m_methodologies)
        , m_data(data)
        , m_reason(std::move(reason))
        , m_qualities(data.firstYear)
    { }

    Result<void> run()
    {
        if (auto r = ratingBands(); !r)
            return r;
        for (const DemoMethodology& dm : m_data.methodologies)
            if (auto r = methodologies(dm); !r)
                return r;
        return values();
    }

private:
    Result<void> ratingBands()
    {
        for (int year = m_data.firstYear; year <= m_data.draftYear; ++year) {
            std::vector<RatingBand> bands;
            for (const BandSpan& span : m_data.bands)
                if (span.firstYear <= year && year <= span.lastYear) {
                    RatingBand b = span.band;
                    b.year = year;
                    bands.push_back(std::move(b));
                }
            if (bands.empty())
                continue;
            if (auto r = m_methodologies.setRatingBands(year, bands, m_reason); !r)
                return std::unexpected(asData(r.error(), u"rating bands %1"_s.arg(year)));
        }
        return {};
    }

    /// The bodies that play the owners' roles when the methodology of `year` is approved.
    Result<std::vector<qint64>> owners(const DemoMethodology& dm, int year) const
    {
        const QDate on = sampleApproval(dm.approvedBy, year).approvedOn;
        std::set<qint64> ids;
        for (Role role : dm.owners) {
            auto holder = m_registry.roleHolder(role, on);
            if (!holder)
                return std::unexpected(holder.error());
            if (!*holder)
                return std::unexpected(bad(u"methodology of block %1: no body plays the role %2 on %3 (is the registry "
                                           "loaded?)"_s.arg(dm.content.block)
                                               .arg(toString(role), isoDate(on))));
            ids.insert(**holder);
        }
        return std::vector<qint64>(ids.begin(), ids.end());
    }

    /// Sets the owners of a draft (an authorized body was reorganized since the methodology it was copied from).
    Result<void> setOwners(qint64 id, const std::vector<qint64>& owners, const QString& where)
    {
        auto m = m_methodologies.load(id);
        if (!m)
            return std::unexpected(m.error());
        m->owners = owners;
        if (auto r = m_methodologies.save(*m, m_reason); !r)
            return std::unexpected(asData(r.error(), where));
        return {};
    }

    Result<void> methodologies(const DemoMethodology& dm)
    {
        const int block = dm.content.block;
        qint64 previous = 0;
        std::vector<qint64> previousOwners;
        for (int year = m_data.firstYear; year <= m_data.draftYear; ++year) {
            const QString where = u"methodology of block %1, %2"_s.arg(block).arg(year);
            auto ownerIds = owners(dm, year);
            if (!ownerIds)
                return std::unexpected(ownerIds.error());
            qint64 id = 0;
            if (year == m_data.firstYear) {
                Methodology m = dm.content;
                m.year = year;
                m.owners = *ownerIds;
                auto made = m_methodologies.create(m, m_reason);
                if (!made)
                    return std::unexpected(asData(made.error(), where));
                id = *made;
            } else {
                auto made = m_methodologies.copyToYear(previous, year, m_reason);
                if (!made)
                    return std::unexpected(asData(made.error(), where));
                id = *made;
                if (*ownerIds != previousOwners)
                    if (auto r = setOwners(id, *ownerIds, where); !r)
                        return r;
            }
            previousOwners = *ownerIds;
            if (year <= m_data.lastApproved) {
                if (auto r = m_methodologies.approve(id, sampleApproval(dm.approvedBy, year), m_reason); !r)
                    return std::unexpected(asData(r.error(), where));
                for (const Revision& rev : dm.revisions)
                    if (rev.year == year) {
                        auto revised = revise(id, rev, where);
                        if (!revised)
                            return std::unexpected(revised.error());
                        id = *revised;
                    }
            }
            previous = id;
        }
        return {};
    }

    /// A second version of an approved methodology: indicators added to a criterion, weights re-balanced,
    /// approved again. Returns its id.
    Result<qint64> revise(qint64 id, const Revision& rev, const QString& where)
    {
        auto made = m_methodologies.newVersion(id, m_reason);
        if (!made)
            return std::unexpected(asData(made.error(), where));
        auto m = m_methodologies.load(*made);
        if (!m)
            return std::unexpected(m.error());
        auto c = std::find_if(m->criteria.begin(), m->criteria.end(),
                              [&](const Criterion& x) { return x.code == rev.criterion; });
        if (c == m->criteria.end())
            return std::unexpected(bad(where + u": no criterion "_s + rev.criterion));
        c->indicators.insert(c->indicators.end(), rev.add.begin(), rev.add.end());
        for (Indicator& ind : c->indicators)
            if (const auto w = rev.weights.find(ind.code); w != rev.weights.end())
                ind.weight = w->second;
        if (auto r = m_methodologies.save(*m, m_reason); !r)
            return std::unexpected(asData(r.error(), where));
        if (auto r = m_methodologies.approve(*made, rev.approval, m_reason); !r)
            return std::unexpected(asData(r.error(), where));
        return *made;
    }

    Result<void> values()
    {
        auto all = m_registry.bodies();
        if (!all)
            return std::unexpected(all.error());
        std::map<qint64, const Body*> byId;
        for (const Body& b : *all)
            byId[b.id] = &b;
        for (int year = m_data.firstYear; year <= m_data.lastApproved; ++year) {
            for (int block = 1; block <= BlockCount; ++block) {
                auto m = m_methodologies.inEffect(block, year);
                if (!m)
                    return std::unexpected(m.error());
                if (!*m)
                    continue;
                auto ids = m_scores.bodiesInScope(year, block);
                if (!ids)
                    return std::unexpected(ids.error());
                if (ids->empty())
                    return std::unexpected(bad(
                        u"no body is evaluated on block %1 in %2 (is the registry loaded?)"_s.arg(block).arg(year)));
                std::vector<Body> bodies;
                for (qint64 bodyId : *ids)
                    bodies.push_back(*byId.at(bodyId));
                const auto generated = generate(**m, m_data, bodies, m_qualities, year);
                if (auto r = m_methodologies.importValues(year, block, generated, true, m_reason); !r)
                    return std::unexpected(asData(r.error(), u"values of block %1, %2"_s.arg(block).arg(year)));
            }
        }
        return {};
    }

    RegistryRepository m_registry;
    MethodologyService m_methodologies;
    ScoreService m_scores;
    const Dataset& m_data;
    QString m_reason;
    Qualities m_qualities;
};

#undef DEMO_TRY

} // namespace

namespace {

/// The moments of the demonstration's reporting, one after another.
class DemoClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDate day, QTime time = QTime(10, 0)) { m_now = QDateTime(day, time, Qt::UTC); }

private:
    QDateTime m_now;
};

/// The reporting information of the last sample year (§41), as it stands a few weeks after the
/// deadline: most reports accepted, some on time and some late, a few awaiting review, some returned
/// with a remark, a few never submitted (overdue). Each step goes through ReportService on its own
/// date, so the history and the audit trail read as they would have.
Result<void> demoReports(Database& db, const QString& user, const QString& reason, int year)
{
    DemoClock clock;
    AuditLog audit(db, clock, user);
    RegistryService registry(db, audit);
    MethodologyService methodologies(db, audit);
    ScheduleService schedules(db, audit);
    ScoreService scores(registry.repository(), methodologies);
    ReportService reports(db, audit, methodologies, schedules, scores);
    clock.set(QDate(year, 12, 10));
    auto schedule = schedules.schedule(year);
    if (!schedule)
        return std::unexpected(schedule.error());
    if (!schedule->stage(Stage::Reporting).isValid()) {
        Schedule s;
        s.year = year;
        s.approvedOn = QDate(year, 12, 10);
        s.stages = {QDate(year + 1, 2, 14), QDate(year + 1, 4, 1), QDate(year + 1, 5, 4), QDate(year + 1, 5, 20),
                    QDate(year + 1, 6, 10)};
        s.resultsEvaluation = QDate(year + 1, 8, 28);
        if (auto r = schedules.set(s, reason); !r)
            return r;
    }
    const QDate deadline(year + 1, 2, 14);
    for (int block = 1; block <= BlockCount; ++block) {
        auto bodies = scores.bodiesInScope(year, block);
        if (!bodies)
            return std::unexpected(bodies.error());
        for (std::size_t i = 0; i < bodies->size(); ++i) {
            const ReportKey key{(*bodies)[i], year, block};
            const int variant = static_cast<int>((i * 7 + static_cast<std::size_t>(block) * 3) % 12);
            if (variant == 11)
                continue; // never submitted: overdue
            auto items = reports.items(key);
            if (!items)
                return std::unexpected(items.error());
            clock.set(deadline.addDays(-10 + variant % 5));
            for (ReportItem item : *items) {
                item.sourceReference = u"Sample register, extract No. %1"_s.arg(10 + variant);
                if (!item.value.fact)
                    item.comment = u"No data in the sample year"_s;
                if (auto r = reports.saveItem(key, item, reason); !r)
                    return r;
            }
            const QDate submitted =
                variant == 9 || variant == 10 ? deadline.addDays(variant - 3) : deadline.addDays(-variant % 5);
            clock.set(submitted, QTime(15, 30));
            if (auto r = reports.submit(key, reason); !r) {
                if (r.error().code == ErrorCode::ReportHasErrors)
                    continue; // a sample form with errors stays a draft
                return r;
            }
            if (variant == 8) // awaiting review
                continue;
            clock.set(submitted.addDays(12), QTime(11, 0));
            if (variant == 7 || variant == 10) {
                auto lines = reports.items(key);
                if (!lines)
                    return std::unexpected(lines.error());
                std::map<QString, QString> remarks;
                if (!lines->empty())
                    remarks[lines->front().code] = u"Attach the register extract that shows this figure."_s;
                if (auto r = reports.returnForRevision(key, u"The source of a figure is not shown."_s, remarks, reason);
                    !r)
                    return r;
                continue;
            }
            if (auto r = reports.accept(key, reason); !r)
                return r;
        }
    }
    return {};
}

} // namespace

Result<bool> DemoData::load(Database& db, AuditLog& audit, const QString& path)
{
    if (auto r = db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto pending = ReferenceData::pendingDataset(db, path, u"demo"_s);
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return false;
    const QJsonObject& root = **pending;
    // The whole file is read and checked before anything is written.
    auto data = parse(root);
    if (!data)
        return std::unexpected(data.error());
    const QString reason = u"Demo data: sample methodologies v%1"_s.arg(root.value(u"version").toInt());

    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    Loader loader(db, audit, *data, reason);
    if (auto r = loader.run(); !r)
        return std::unexpected(r.error());
    if (auto r = demoReports(db, audit.user(), reason, data->lastApproved); !r)
        return std::unexpected(r.error());
    if (auto r = demoConclusions(db, audit.user(), reason, data->lastApproved); !r)
        return std::unexpected(r.error());
    if (auto r = ReferenceData::markLoaded(db, root, audit.clock().now()); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return true;
}

} // namespace core
