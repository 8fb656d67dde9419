// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "core/AppealService.h"
#include "core/ConclusionService.h"
#include "core/DemoData.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"
#include "support/DemoCache.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace {

constexpr int FirstYear = 2019;
constexpr int LastApproved = 2024;
constexpr int DraftYear = 2025;

/// A database with the shipped registry and the demo loaded, and the services to read it.
/// The shipped registry with the demo loaded, made once per build of core_tests (it takes seconds).
QString demoFile()
{
    return test::cachedDatabase(u"core-demo"_s, [](const QString& file) {
        auto opened = core::Database::open(file, {});
        if (!opened)
            return false;
        test::FixedClock clock;
        core::AuditLog audit(**opened, clock, u"tester"_s);
        core::RegistryService registry(**opened, audit);
        if (!core::ReferenceData::loadRegistry(**opened, registry))
            return false;
        const auto loaded = core::DemoData::load(**opened, audit);
        return loaded.has_value() && *loaded;
    });
}

struct DemoDatabase
{
    DemoDatabase()
        : t(test::TestDatabase::CopyOf{demoFile()})
        , methodologies(*t.db, *t.audit)
        , repository(*t.db)
        , scores(repository, methodologies)
    { }

    test::TestDatabase t;
    core::MethodologyService methodologies;
    core::RegistryRepository repository;
    core::ScoreService scores;
};

/// The shipped demo file as JSON, to break it.
QJsonObject shippedDemo()
{
    QFile file(core::DemoData::shippedPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString writeJson(const QTemporaryDir& dir, const QJsonObject& root)
{
    const QString path = dir.filePath(u"demo.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    return path;
}

/// Changes one field of an indicator of the file (by methodology index, criterion index, indicator index);
/// an undefined value removes the field.
QJsonObject withIndicatorField(QJsonObject root, int methodology, int criterion, int indicator, const QString& key,
                               const QJsonValue& value)
{
    QJsonArray methodologies = root[u"methodologies"].toArray();
    QJsonObject m = methodologies[methodology].toObject();
    QJsonArray criteria = m[u"criteria"].toArray();
    QJsonObject c = criteria[criterion].toObject();
    QJsonArray indicators = c[u"indicators"].toArray();
    QJsonObject i = indicators[indicator].toObject();
    if (value.isUndefined())
        i.remove(key);
    else
        i[key] = value;
    indicators[indicator] = i;
    c[u"indicators"] = indicators;
    criteria[criterion] = c;
    m[u"criteria"] = criteria;
    methodologies[methodology] = m;
    root[u"methodologies"] = methodologies;
    return root;
}

std::vector<core::MethodologySummary> summaries(const DemoDatabase& d)
{
    const auto list = d.methodologies.list();
    REQUIRE(list.has_value());
    return *list;
}

core::Methodology inEffect(const DemoDatabase& d, int block, int year)
{
    const auto m = d.methodologies.inEffect(block, year);
    REQUIRE(m.has_value());
    REQUIRE(m->has_value());
    return **m;
}

std::vector<core::BodyScore> scoresOf(const DemoDatabase& d, int year, int block)
{
    const auto s = d.scores.scores(year, block);
    REQUIRE(s.has_value());
    return *s;
}

QStringList ownerCodes(const DemoDatabase& d, const core::Methodology& m)
{
    QStringList codes;
    for (const qint64 id : m.owners) {
        const auto body = d.repository.body(id);
        REQUIRE(body.has_value());
        codes << body->code;
    }
    codes.sort();
    return codes;
}

} // namespace

TEST_CASE("The demo loads once and a second load changes nothing", "[core][demo]")
{
    DemoDatabase d;
    const qint64 methodologies = test::rowCount(*d.t.db, u"methodology"_s);
    const qint64 values = test::rowCount(*d.t.db, u"indicator_value"_s);
    const qint64 audit = test::rowCount(*d.t.db, u"audit"_s);
    CHECK(methodologies > 0);
    CHECK(values > 0);
    const QStringList before = test::databaseState(*d.t.db);

    const auto again = core::DemoData::load(*d.t.db, *d.t.audit);
    REQUIRE(again.has_value());
    CHECK_FALSE(*again);
    CHECK(test::rowCount(*d.t.db, u"methodology"_s) == methodologies);
    CHECK(test::rowCount(*d.t.db, u"indicator_value"_s) == values);
    CHECK(test::rowCount(*d.t.db, u"audit"_s) == audit);
    CHECK(test::databaseState(*d.t.db) == before);
}

TEST_CASE("Every demo methodology is a sample and passes the section 20 checks", "[core][demo]")
{
    DemoDatabase d;
    const auto list = summaries(d);
    // 3 blocks × 2019–2025, and the second version of block 2 in 2023.
    CHECK(list.size() == 3 * (DraftYear - FirstYear + 1) + 1);
    for (const core::MethodologySummary& s : list) {
        CAPTURE(s.block, s.year, s.version);
        CHECK(s.sample);
        CHECK(s.title.isComplete());
        CHECK(s.title.en.startsWith(u"Sample methodology"_s));
        const auto m = d.methodologies.load(s.id);
        REQUIRE(m.has_value());
        CHECK(m->sample);
        const auto problems = d.methodologies.check(*m, m->isApproved());
        REQUIRE(problems.has_value());
        for (const core::MethodologyProblem& p : *problems) {
            CAPTURE(static_cast<int>(p.kind), p.criterion, p.indicator, p.detail);
            CHECK_FALSE(p.blocking);
        }
        if (s.year == FirstYear)
            CHECK(problems->empty());
    }
}

TEST_CASE("The 2019 demo methodologies have no warnings at all", "[core][demo]")
{
    DemoDatabase d;
    for (int block = 1; block <= core::BlockCount; ++block) {
        CAPTURE(block);
        const core::Methodology m = inEffect(d, block, FirstYear);
        CHECK(core::checkMethodology(m, nullptr, true).empty());
        for (const core::Criterion& c : m.criteria)
            for (const core::Indicator& i : c.indicators) {
                CAPTURE(i.code);
                CHECK(i.name.isComplete());
                CHECK(i.definition.isComplete());
                CHECK(i.unit.isComplete());
                CHECK(i.verification.isComplete());
                CHECK(i.sourceType >= 1);
                CHECK(i.sourceType <= core::SourceTypeCount);
                if (block == 1)
                    CHECK(i.sourceType != core::ExpertSourceType);
            }
    }
}

TEST_CASE("Demo methodologies are approved for 2019 to 2024 and 2025 is a draft", "[core][demo]")
{
    DemoDatabase d;
    const auto list = summaries(d);
    std::map<std::pair<int, int>, std::vector<core::MethodologySummary>> byBlockYear;
    for (const core::MethodologySummary& s : list)
        byBlockYear[{s.block, s.year}].push_back(s);
    for (int block = 1; block <= core::BlockCount; ++block) {
        for (int year = FirstYear; year <= DraftYear; ++year) {
            CAPTURE(block, year);
            const auto& versions = byBlockYear[{block, year}];
            REQUIRE_FALSE(versions.empty());
            for (const core::MethodologySummary& s : versions)
                CHECK(s.approved == (year <= LastApproved));
            const std::size_t expected = block == 2 && year == 2023 ? 2 : 1;
            CHECK(versions.size() == expected);
        }
    }
    const auto& block2of2023 = byBlockYear[{2, 2023}];
    std::set<int> versions;
    for (const core::MethodologySummary& s : block2of2023)
        versions.insert(s.version);
    CHECK(versions == std::set<int>{1, 2});

    // The version in effect in 2023 is the second one, with the added indicator; 2024 continues from it.
    const core::Methodology v2 = inEffect(d, 2, 2023);
    CHECK(v2.version == 2);
    CHECK(v2.indicator(u"O.4"_s) != nullptr);
    CHECK(v2.approval.approvedOn == QDate(2024, 2, 12));
    CHECK(inEffect(d, 2, 2022).indicator(u"O.4"_s) == nullptr);
    CHECK(inEffect(d, 2, 2024).indicator(u"O.4"_s) != nullptr);
    const core::Methodology draft = inEffect(d, 3, DraftYear);
    CHECK_FALSE(draft.isApproved());
    CHECK(draft.basedOn.has_value());

    const core::Methodology first = inEffect(d, 1, FirstYear);
    CHECK(first.approval.approvedOn == QDate(2020, 1, 20));
    CHECK(first.approval.agreedStatePlanning < first.approval.approvedOn);
    CHECK(first.approval.agreedWorkingBody < first.approval.approvedOn);
    CHECK_FALSE(first.approval.approvedBy.isEmpty());
}

TEST_CASE("Demo methodologies are owned by the bodies that play the section 13 roles", "[core][demo]")
{
    DemoDatabase d;
    CHECK(ownerCodes(d, inEffect(d, 1, FirstYear)) == QStringList{u"MNE"_s, u"MOF"_s});
    CHECK(ownerCodes(d, inEffect(d, 2, FirstYear)) == QStringList{u"ADGS"_s, u"KPSSU"_s, u"MDDIAI"_s, u"MISD"_s});
    CHECK(ownerCodes(d, inEffect(d, 3, FirstYear)) == QStringList{u"ADGS"_s, u"MDDIAI"_s});
    // The information body is MCI from September 2023, the informatization body MAIDD from September 2025.
    CHECK(ownerCodes(d, inEffect(d, 2, 2023)).contains(u"MCI"_s));
    CHECK(ownerCodes(d, inEffect(d, 3, DraftYear)) == QStringList{u"ADGS"_s, u"MAIDD"_s});
}

TEST_CASE("The demo has sample rating bands for 2019 to 2025", "[core][demo]")
{
    DemoDatabase d;
    for (int year = FirstYear; year <= DraftYear; ++year) {
        CAPTURE(year);
        const auto bands = d.methodologies.ratingBands(year);
        REQUIRE(bands.has_value());
        REQUIRE(bands->size() == 4);
        QStringList codes;
        for (const core::RatingBand& b : *bands) {
            codes << b.code;
            CHECK(b.sample);
            CHECK(b.name.isComplete());
        }
        CHECK(codes == QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s});
        CHECK(core::ratingFor(*bands, 95)->code == u"A"_s);
        CHECK(core::ratingFor(*bands, 12)->code == u"D"_s);
    }
}

TEST_CASE("The demo has sample values for every body in scope of every block from 2019 to 2024", "[core][demo]")
{
    DemoDatabase d;
    for (int year = FirstYear; year <= LastApproved; ++year) {
        for (int block = 1; block <= core::BlockCount; ++block) {
            CAPTURE(year, block);
            const auto bodies = d.scores.bodiesInScope(year, block);
            REQUIRE(bodies.has_value());
            REQUIRE(bodies->size() > 10);
            const auto values = d.methodologies.values(year, block);
            REQUIRE(values.has_value());
            CHECK(values->size() == bodies->size());
            const core::Methodology m = inEffect(d, block, year);
            for (const qint64 body : *bodies) {
                CAPTURE(body);
                const auto found = values->find(body);
                REQUIRE(found != values->end());
                CHECK(found->second.size() >= 3);
                for (const auto& [code, value] : found->second) {
                    CAPTURE(code);
                    const core::Indicator* indicator = m.indicator(code);
                    REQUIRE(indicator != nullptr);
                    CHECK(value.sourceType == indicator->sourceType);
                }
            }
        }
    }
    // Nothing for the draft year; everything marked as sample data.
    const auto draftValues = d.methodologies.values(DraftYear, 1);
    REQUIRE(draftValues.has_value());
    CHECK(draftValues->empty());
    QSqlQuery q(d.t.db->connection());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM indicator_value WHERE sample = 0"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Demo scores show every status and every scoring kind and differ between bodies", "[core][demo]")
{
    DemoDatabase d;
    std::set<core::Status> statuses;
    std::set<core::ScoringKind> kinds;
    std::set<core::NotCountedReason> reasons;
    int ownPlans = 0;
    int overAchieved = 0;
    for (int year = FirstYear; year <= LastApproved; ++year) {
        for (int block = 1; block <= core::BlockCount; ++block) {
            CAPTURE(year, block);
            const core::Methodology m = inEffect(d, block, year);
            for (const core::Criterion& c : m.criteria)
                for (const core::Indicator& i : c.indicators)
                    kinds.insert(i.scoring);
            const auto scores = scoresOf(d, year, block);
            REQUIRE_FALSE(scores.empty());
            std::set<double> distinct;
            for (const core::BodyScore& s : scores) {
                REQUIRE(s.result.score.has_value());
                CHECK(*s.result.score >= 0);
                CHECK(*s.result.score <= 100);
                CHECK(s.sample);
                CHECK_FALSE(s.draft);
                CHECK(s.rating.has_value());
                distinct.insert(*s.result.score);
                for (const core::IndicatorScore& i : s.result.indicators) {
                    statuses.insert(i.status);
                    reasons.insert(i.reason);
                    const core::Indicator* indicator = m.indicator(i.code);
                    REQUIRE(indicator != nullptr);
                    if (i.plan && indicator->plan && *i.plan != *indicator->plan)
                        ++ownPlans;
                    if (i.fact && i.plan && indicator->scoring == core::ScoringKind::Ratio && *i.fact > *i.plan)
                        ++overAchieved;
                }
            }
            // Most bodies have a score of their own.
            CHECK(distinct.size() * 2 > scores.size());
        }
    }
    CHECK(statuses
          == std::set<core::Status>{core::Status::Full, core::Status::Partial, core::Status::NotAchieved,
                                    core::Status::NotCounted});
    CHECK(kinds == std::set<core::ScoringKind>(core::allScoringKinds().begin(), core::allScoringKinds().end()));
    // Not counted only for want of data: the demo's plans and formulas are sound.
    CHECK(reasons == std::set<core::NotCountedReason>{core::NotCountedReason::None, core::NotCountedReason::NoData});
    CHECK(ownPlans > 0);
    CHECK(overAchieved > 0);
}

TEST_CASE("The demo raises section 73 alerts in 2023 and 2024 for some bodies but not all", "[core][demo]")
{
    DemoDatabase d;
    for (const int year : {2023, 2024}) {
        CAPTURE(year);
        const auto alerts = d.scores.alerts(year);
        REQUIRE(alerts.has_value());
        CHECK(alerts->size() >= 3);
        std::size_t scored = 0;
        for (int block = 1; block <= core::BlockCount; ++block)
            scored += scoresOf(d, year, block).size();
        CHECK(alerts->size() * 3 < scored);
        for (const core::DeclineAlert& a : *alerts) {
            CHECK(a.year == year);
            REQUIRE(a.scores.size() == 3);
            CHECK(a.scores[0] > a.scores[1]);
            CHECK(a.scores[1] > a.scores[2]);
        }
    }
    // Some bodies rise over the years as well.
    int rising = 0;
    for (int block = 1; block <= core::BlockCount; ++block) {
        const auto first = scoresOf(d, FirstYear, block);
        const auto last = scoresOf(d, LastApproved, block);
        std::map<qint64, double> before;
        for (const core::BodyScore& s : first)
            before[s.bodyId] = *s.result.score;
        for (const core::BodyScore& s : last)
            if (before.contains(s.bodyId) && *s.result.score > before[s.bodyId] + 10)
                ++rising;
    }
    CHECK(rising > 0);
}

TEST_CASE("The demo data is the same in two databases", "[core][demo]")
{
    DemoDatabase a;
    DemoDatabase b;
    const QStringList columns{u"year"_s, u"block"_s, u"indicator_code"_s, u"body_id"_s,
                              u"plan"_s, u"fact"_s,  u"source_type"_s,    u"sample"_s};
    CHECK(test::tableRows(a.t.db->connection(), u"indicator_value"_s, columns)
          == test::tableRows(b.t.db->connection(), u"indicator_value"_s, columns));
    for (const int year : {2019, 2022, 2024}) {
        for (int block = 1; block <= core::BlockCount; ++block) {
            CAPTURE(year, block);
            const auto sa = scoresOf(a, year, block);
            const auto sb = scoresOf(b, year, block);
            REQUIRE(sa.size() == sb.size());
            for (std::size_t k = 0; k < sa.size(); ++k) {
                CHECK(sa[k].bodyId == sb[k].bodyId);
                CHECK(sa[k].result.score == sb[k].result.score);
            }
        }
    }
}

TEST_CASE("A demo file with a bad scoring kind is refused with ReferenceData and writes nothing", "[core][demo]")
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = writeJson(dir, withIndicatorField(shippedDemo(), 1, 1, 1, u"scoring"_s, u"bogus"_s));
    const QStringList before = test::databaseState(*t.db);
    const auto loaded = core::DemoData::load(*t.db, *t.audit, path);
    CHECK(test::errorOf(loaded) == core::ErrorCode::ReferenceData);
    CHECK(loaded.error().detail.contains(u"E.2"_s));
    CHECK(loaded.error().detail.contains(u"bogus"_s));
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("A demo file with a missing field is refused with ReferenceData naming the indicator", "[core][demo]")
{
    const QString key = GENERATE(u"verification"_s, u"source_type"_s, u"plan"_s, u"weight"_s);
    CAPTURE(key);
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = writeJson(dir, withIndicatorField(shippedDemo(), 2, 0, 0, key, QJsonValue::Undefined));
    const QStringList before = test::databaseState(*t.db);
    const auto loaded = core::DemoData::load(*t.db, *t.audit, path);
    CHECK(test::errorOf(loaded) == core::ErrorCode::ReferenceData);
    CHECK(loaded.error().detail.contains(u"P.1"_s));
    CHECK(loaded.error().detail.contains(key));
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("A demo file with source type 7 in the goals block is refused", "[core][demo]")
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = writeJson(dir, withIndicatorField(shippedDemo(), 0, 0, 1, u"source_type"_s, 7));
    const QStringList before = test::databaseState(*t.db);
    const auto loaded = core::DemoData::load(*t.db, *t.audit, path);
    CHECK(test::errorOf(loaded) == core::ErrorCode::ReferenceData);
    CHECK(loaded.error().detail.contains(u"G1.2"_s));
    CHECK(test::databaseState(*t.db) == before);
}

TEST_CASE("The demo needs the registry and writes nothing without it", "[core][demo]")
{
    test::TestDatabase t(false);
    const QStringList before = test::databaseState(*t.db);
    const auto loaded = core::DemoData::load(*t.db, *t.audit);
    CHECK(test::errorOf(loaded) == core::ErrorCode::ReferenceData);
    CHECK(test::databaseState(*t.db) == before);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("The demo year's conclusions are received, with an accepted, a rejected and a pending objection",
          "[core][demo][conclusion]")
{
    DemoDatabase d;
    core::ScheduleService schedules(*d.t.db, *d.t.audit);
    core::EvaluatorService evaluators(d.t.registry->repository());
    core::ConclusionService conclusions(*d.t.db, *d.t.audit, *d.t.registry, d.methodologies, d.scores, evaluators,
                                        *d.t.calendar, schedules);
    core::AppealService appeals(*d.t.db, *d.t.audit, conclusions, d.methodologies, *d.t.calendar);
    std::size_t inScope = 0;
    for (int block = 1; block <= core::BlockCount; ++block) {
        const auto bodies = d.scores.bodiesInScope(LastApproved, block);
        REQUIRE(bodies.has_value());
        inScope += bodies->size();
    }
    const auto all = conclusions.conclusions(LastApproved);
    REQUIRE(all.has_value());
    CHECK(all->size() == inScope);
    for (const core::Conclusion& c : *all) {
        CAPTURE(c.bodyCode, c.block);
        CHECK(c.versions >= 1);
        CHECK(c.receivedOn.isValid());
        CHECK(c.participants.size() == 2);
    }
    const auto list = appeals.appeals(LastApproved);
    REQUIRE(list.has_value());
    std::multiset<core::AppealStatus> states;
    for (const core::Appeal& a : *list) {
        states.insert(a.status);
        CHECK(a.documents.size() == 1);
        if (a.status == core::AppealStatus::Accepted) {
            REQUIRE(a.correctedVersionId.has_value());
            const auto v = conclusions.version(*a.correctedVersionId);
            REQUIRE(v.has_value());
            CHECK(v->version >= 2);
        }
    }
    CHECK(states
          == std::multiset{core::AppealStatus::Pending, core::AppealStatus::Accepted, core::AppealStatus::Rejected});
    const auto commissions = appeals.commissions(LastApproved);
    REQUIRE(commissions.has_value());
    CHECK_FALSE(commissions->empty());
    // Part 2 of §47: the sample recommendations of the year before have their status recorded.
    QSqlQuery q(d.t.db->connection());
    REQUIRE(
        q.exec(u"SELECT count(*), sum(status <> 'open') FROM recommendation WHERE year = %1"_s.arg(LastApproved - 1)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
    CHECK(q.value(1).toInt() == q.value(0).toInt());
}
