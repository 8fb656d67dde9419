// SPDX-License-Identifier: GPL-3.0-or-later
// §42–43: the risk management system that selects reported data for re-verification — each
// criterion on its own, the defaults, selection that keeps what was decided, and the outcomes
// (confirmed, corrected with evidence, reopened) with their effect on the scores and the audit trail.
#include "core/MethodologyService.h"
#include "core/RecheckService.h"
#include "core/RegistryRepository.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using core::ErrorCode;
using core::RecheckOutcome;
using core::RiskCriterion;
using core::RiskKind;

namespace {

constexpr int Year = 2025;

core::Text3 t3(const QString& en)
{
    return {u"kk "_s + en, u"ru "_s + en, en};
}

core::Indicator ratio(const QString& code, double plan, int source)
{
    core::Indicator i;
    i.code = code;
    i.name = t3(u"Indicator "_s + code);
    i.definition = t3(u"How "_s + code + u" is counted"_s);
    i.unit = t3(u"%"_s);
    i.verification = t3(u"Checked against the report"_s);
    i.weight = 50;
    i.scoring = core::ScoringKind::Ratio;
    i.direction = core::Direction::Higher;
    i.plan = plan;
    i.sourceType = source;
    return i;
}

/// One criterion of two ratios weighted 50/50: I1 (default plan 100), I2 (default plan 50).
core::Methodology methodology(int block, int year)
{
    core::Methodology m;
    m.block = block;
    m.year = year;
    m.title = t3(u"Test methodology"_s);
    core::Criterion c;
    c.code = u"C1"_s;
    c.name = t3(u"Criterion one"_s);
    c.weight = 100;
    c.indicators = {ratio(u"I1"_s, 100, 1), ratio(u"I2"_s, 50, 2)};
    m.criteria = {c};
    return m;
}

/// The evaluation of 2025: reporting information due on 2 February 2026.
core::Schedule schedule2025()
{
    core::Schedule s;
    s.year = Year;
    s.approvedOn = QDate(2025, 12, 15);
    s.stages[static_cast<std::size_t>(core::Stage::Reporting)] = QDate(2026, 2, 2);
    s.stages[static_cast<std::size_t>(core::Stage::ConclusionsToBodies)] = QDate(2026, 4, 1);
    s.stages[static_cast<std::size_t>(core::Stage::ConclusionsToStatePlanning)] = QDate(2026, 5, 4);
    s.stages[static_cast<std::size_t>(core::Stage::ToWorkingBody)] = QDate(2026, 6, 1);
    s.stages[static_cast<std::size_t>(core::Stage::ToPresident)] = QDate(2026, 7, 1);
    s.resultsEvaluation = QDate(2026, 9, 1);
    return s;
}

const QDateTime onTime(QDate(2026, 1, 30), QTime(9, 0), Qt::UTC);
const QDateTime twelveDaysLate(QDate(2026, 2, 14), QTime(9, 0), Qt::UTC);

/// A line as a body types it: a fact (none: a comment says why), its own plan if any.
struct Line
{
    QString code;
    std::optional<double> fact;
    std::optional<double> plan = std::nullopt;
};

/// Only `kind` enabled, with `parameter`.
std::vector<RiskCriterion> only(RiskKind kind, double parameter = 0)
{
    std::vector<RiskCriterion> criteria = core::defaultRiskCriteria();
    for (RiskCriterion& c : criteria) {
        c.enabled = c.kind == kind;
        if (c.kind == kind)
            c.parameter = parameter;
    }
    return criteria;
}

/// "MOA 1 I1: large-change +62.5 % from 2024; late 12 days late" per selected value.
QStringList describe(const std::vector<core::Recheck>& rechecks)
{
    QStringList lines;
    for (const core::Recheck& r : rechecks) {
        QStringList reasons;
        for (const core::RiskReason& reason : r.reasons)
            reasons << core::toString(reason.kind) + u' ' + reason.detail;
        lines << u"%1 %2 %3: %4"_s.arg(r.bodyCode).arg(r.block).arg(r.code, reasons.join(u"; "_s));
    }
    return lines;
}

/// The bodies of a selection, each once, in order.
QStringList bodiesOf(const std::vector<core::Recheck>& rechecks)
{
    QStringList codes;
    for (const core::Recheck& r : rechecks)
        if (!codes.contains(r.bodyCode))
            codes << r.bodyCode;
    return codes;
}

/// 64-bit FNV-1a, written out again here: the random share is pinned to it.
quint64 fnv1a(const QByteArray& data)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

/// The first `n` of `codes` in the order of FNV-1a of "year:code", sorted by code.
QStringList firstByHash(int year, QStringList codes, int n)
{
    std::sort(codes.begin(), codes.end(), [year](const QString& a, const QString& b) {
        return fnv1a(u"%1:%2"_s.arg(year).arg(a).toUtf8()) < fnv1a(u"%1:%2"_s.arg(year).arg(b).toUtf8());
    });
    QStringList chosen = codes.mid(0, n);
    chosen.sort();
    return chosen;
}

const QStringList twentyBodies = {u"ADGS"_s, u"NBK"_s, u"MOA"_s, u"MOJ"_s, u"MOH"_s,  u"MLSP"_s, u"MOF"_s,
                                  u"MTI"_s,  u"MFA"_s, u"MNE"_s, u"MOE"_s, u"MCHS"_s, u"AKM"_s,  u"AKT"_s,
                                  u"ALM"_s,  u"ATY"_s, u"ZKO"_s, u"ZHA"_s, u"KAR"_s,  u"KOS"_s};

struct Fixture
{
    test::TestDatabase t;
    core::MethodologyService methodologies{*t.db, *t.audit};
    core::ScheduleService schedules{*t.db, *t.audit};
    core::ScoreService scores{t.registry->repository(), methodologies};
    core::ReportService reports{*t.db, *t.audit, methodologies, schedules, scores};
    core::RecheckService rechecks{*t.db, *t.audit, methodologies, reports};

    Fixture()
    {
        REQUIRE(methodologies.create(methodology(1, Year), u"test"_s));
        REQUIRE(methodologies.create(methodology(2, Year), u"test"_s));
        REQUIRE(schedules.set(schedule2025(), u"test"_s));
    }

    qint64 id(const QString& code) const { return t.idOf(code); }

    /// Saves the lines of a body's report (block 1 unless said) and submits it at `at`.
    void submit(const QString& code, const std::vector<Line>& lines, QDateTime at = onTime, int block = 1,
                int year = Year)
    {
        save(code, lines, block, year);
        t.clock.set(at);
        const auto submitted = reports.submit({id(code), year, block}, u"test"_s);
        INFO((submitted ? QString() : submitted.error().detail).toStdString());
        REQUIRE(submitted);
    }

    void save(const QString& code, const std::vector<Line>& lines, int block = 1, int year = Year)
    {
        for (const Line& line : lines) {
            core::ReportItem item;
            item.code = line.code;
            item.value.plan = line.plan;
            item.value.fact = line.fact;
            item.sourceReference = u"Annual report"_s;
            if (!line.fact)
                item.comment = u"No data this year"_s;
            const auto saved = reports.saveItem({id(code), year, block}, item, u"test"_s);
            INFO((saved ? QString() : saved.error().detail).toStdString());
            REQUIRE(saved);
        }
    }

    void lastYear(const QString& code, const QString& indicator, double fact, int block = 1)
    {
        REQUIRE(methodologies.setValue(Year - 1, block, id(code), indicator, {std::nullopt, fact, 1}, u"test"_s));
    }

    void use(const std::vector<RiskCriterion>& criteria, int year = Year)
    {
        const auto set = rechecks.setCriteria(year, criteria, u"test"_s);
        INFO((set ? QString() : set.error().detail).toStdString());
        REQUIRE(set);
    }

    QStringList candidates(std::optional<int> block = {}, int year = Year)
    {
        auto found = rechecks.candidates(year, block);
        INFO((found ? QString() : found.error().detail).toStdString());
        REQUIRE(found);
        return describe(*found);
    }

    std::vector<core::Recheck> list(int year = Year)
    {
        auto found = rechecks.list(year);
        REQUIRE(found);
        return *found;
    }

    int select(std::optional<int> block = {}, int year = Year)
    {
        auto added = rechecks.select(year, block, u"risk selection"_s);
        INFO((added ? QString() : added.error().detail).toStdString());
        REQUIRE(added);
        return *added;
    }

    core::Recheck find(const std::vector<core::Recheck>& all, const QString& body, const QString& code)
    {
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const core::Recheck& r) { return r.bodyCode == body && r.code == code; });
        REQUIRE(it != all.end());
        return *it;
    }

    std::optional<double> fact(const QString& code, const QString& indicator, int block = 1)
    {
        auto values = methodologies.values(Year, block);
        REQUIRE(values);
        const auto body = values->find(id(code));
        if (body == values->end() || !body->second.contains(indicator))
            return std::nullopt;
        return body->second.at(indicator).fact;
    }

    std::optional<double> score(const QString& code)
    {
        auto s = scores.score(id(code), Year, 1);
        REQUIRE(s);
        REQUIRE(s->has_value());
        return (*s)->result.score;
    }
};

QString auditLine(const core::AuditEntry& e)
{
    return u"%1 %2: %3 -> %4 (%5)"_s.arg(core::toString(e.action), e.field, e.oldValue.value_or(u"null"_s),
                                         e.newValue.value_or(u"null"_s), e.reason);
}

} // namespace

TEST_CASE("Risk kinds and outcomes have stable names", "[core][recheck]")
{
    const QStringList names{u"large-change"_s, u"on-target"_s, u"late"_s, u"earlier-corrections"_s, u"random"_s};
    const RiskKind kinds[] = {RiskKind::LargeChange, RiskKind::OnTarget, RiskKind::Late, RiskKind::EarlierCorrections,
                              RiskKind::Random};
    for (int k = 0; k < core::RiskKindCount; ++k) {
        CHECK(core::toString(kinds[k]) == names[k]);
        CHECK(core::parseRiskKind(names[k]) == kinds[k]);
    }
    CHECK_FALSE(core::parseRiskKind(u"Late"_s));
    CHECK_FALSE(core::parseRiskKind(QString()));
    CHECK(core::toString(RecheckOutcome::Pending) == u"pending"_s);
    CHECK(core::toString(RecheckOutcome::Confirmed) == u"confirmed"_s);
    CHECK(core::toString(RecheckOutcome::Corrected) == u"corrected"_s);
}

TEST_CASE("A year without stored criteria uses the defaults: large change 50 %, on target, late, earlier "
          "corrections, random 10 %, all enabled",
          "[core][recheck]")
{
    const std::vector<RiskCriterion> expected{{RiskKind::LargeChange, true, 50},
                                              {RiskKind::OnTarget, true, 0},
                                              {RiskKind::Late, true, 0},
                                              {RiskKind::EarlierCorrections, true, 0},
                                              {RiskKind::Random, true, 10}};
    CHECK(core::defaultRiskCriteria() == expected);
    Fixture f;
    auto criteria = f.rechecks.criteria(Year);
    REQUIRE(criteria);
    CHECK(*criteria == expected);
    CHECK(test::rowCount(*f.t.db, u"recheck_criterion"_s) == 0);
}

TEST_CASE("Criteria are stored per year, audited per field, and a kind left out is stored disabled",
          "[core][recheck][criteria]")
{
    Fixture f;
    std::vector<RiskCriterion> mine = core::defaultRiskCriteria();
    mine[0].parameter = 30; // large change
    mine[4].enabled = false; // random
    f.use(mine);
    auto stored = f.rechecks.criteria(Year);
    REQUIRE(stored);
    CHECK(*stored == mine);
    CHECK(test::rowCount(*f.t.db, u"recheck_criterion"_s) == 5);
    auto other = f.rechecks.criteria(Year + 1);
    REQUIRE(other);
    CHECK(*other == core::defaultRiskCriteria());

    auto entries = test::auditOf(*f.t.audit, u"recheck_criterion"_s, Year);
    REQUIRE(entries.size() == 10); // the first storage: every field
    CHECK(auditLine(entries[0]) == u"create large-change.enabled: null -> 1 (test)"_s);
    CHECK(auditLine(entries[1]) == u"create large-change.parameter: null -> 30 (test)"_s);
    CHECK(auditLine(entries[9]) == u"create random.parameter: null -> 10 (test)"_s);

    // Only the changed fields, old → new; the same criteria again change nothing.
    mine[0].parameter = 75;
    f.use(mine);
    const QStringList before = test::databaseState(*f.t.db);
    f.use(mine);
    CHECK(test::databaseState(*f.t.db) == before);
    f.use({{RiskKind::Late, true, 0}});
    entries = test::auditOf(*f.t.audit, u"recheck_criterion"_s, Year);
    QStringList later;
    for (std::size_t k = 10; k < entries.size(); ++k)
        later << auditLine(entries[k]);
    CHECK(later
          == QStringList{
              u"update large-change.parameter: 30 -> 75 (test)"_s, u"update large-change.enabled: 1 -> 0 (test)"_s,
              u"update large-change.parameter: 75 -> 50 (test)"_s, u"update on-target.enabled: 1 -> 0 (test)"_s,
              u"update earlier-corrections.enabled: 1 -> 0 (test)"_s});
    stored = f.rechecks.criteria(Year);
    REQUIRE(stored);
    CHECK(*stored == only(RiskKind::Late));
}

TEST_CASE("Criteria out of range are refused with InvalidRecheckCriteria and change nothing",
          "[core][recheck][criteria]")
{
    Fixture f;
    f.use(only(RiskKind::Late));
    const QStringList before = test::databaseState(*f.t.db);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<std::pair<RiskKind, double>> refused{
        {RiskKind::LargeChange, 0},   {RiskKind::LargeChange, -5},  {RiskKind::LargeChange, 10000.5},
        {RiskKind::LargeChange, nan}, {RiskKind::LargeChange, inf}, {RiskKind::Random, -0.1},
        {RiskKind::Random, 100.01},   {RiskKind::Random, nan},      {RiskKind::OnTarget, inf},
    };
    for (const auto& [kind, parameter] : refused) {
        INFO(core::toString(kind).toStdString() << ' ' << parameter);
        std::vector<RiskCriterion> criteria = core::defaultRiskCriteria();
        for (RiskCriterion& c : criteria)
            if (c.kind == kind)
                c.parameter = parameter;
        CHECK(test::errorOf(f.rechecks.setCriteria(Year, criteria, u"bad"_s)) == ErrorCode::InvalidRecheckCriteria);
    }
    std::vector<RiskCriterion> twice = core::defaultRiskCriteria();
    twice.push_back({RiskKind::Late, false, 0});
    CHECK(test::errorOf(f.rechecks.setCriteria(Year, twice, u"bad"_s)) == ErrorCode::InvalidRecheckCriteria);
    CHECK(test::errorOf(f.rechecks.setCriteria(1999, core::defaultRiskCriteria(), u"bad"_s)) == ErrorCode::InvalidYear);
    CHECK(test::databaseState(*f.t.db) == before);

    // The edges are accepted.
    f.use({{RiskKind::LargeChange, true, 10000}, {RiskKind::Random, true, 0}});
    f.use({{RiskKind::LargeChange, true, 0.01}, {RiskKind::Random, true, 100}});
}

TEST_CASE("Large change selects facts that moved from last year's by more than the parameter, with the sign",
          "[core][recheck][select]")
{
    Fixture f;
    f.use(only(RiskKind::LargeChange, 50));
    f.lastYear(u"MOA"_s, u"I1"_s, 80);
    f.lastYear(u"MOA"_s, u"I2"_s, 50);
    f.submit(u"MOA"_s, {{u"I1"_s, 130}, {u"I2"_s, 40}}); // +62.5 %, −20 %
    f.lastYear(u"MOF"_s, u"I1"_s, 100);
    f.lastYear(u"MOF"_s, u"I2"_s, 0);
    f.submit(u"MOF"_s, {{u"I1"_s, 150}, {u"I2"_s, 40}}); // exactly +50 % is not more; last year 0 is skipped
    f.lastYear(u"MOJ"_s, u"I1"_s, -40);
    f.submit(u"MOJ"_s, {{u"I1"_s, 20}, {u"I2"_s, 5}}); // from −40 to 20: +150 %; I2 has no last year
    f.lastYear(u"MOH"_s, u"I2"_s, 60);
    f.submit(u"MOH"_s, {{u"I1"_s, 100}, {u"I2"_s, 12}}); // −80 %
    CHECK(f.candidates()
          == QStringList{u"MOA 1 I1: large-change +62.5 % from 2024"_s, u"MOH 1 I2: large-change -80 % from 2024"_s,
                         u"MOJ 1 I1: large-change +150 % from 2024"_s});

    f.use(only(RiskKind::LargeChange, 15));
    CHECK(f.candidates()
          == QStringList{u"MOA 1 I1: large-change +62.5 % from 2024"_s, u"MOA 1 I2: large-change -20 % from 2024"_s,
                         u"MOF 1 I1: large-change +50 % from 2024"_s, u"MOH 1 I2: large-change -80 % from 2024"_s,
                         u"MOJ 1 I1: large-change +150 % from 2024"_s});
}

TEST_CASE("On target selects facts exactly equal to the plan in effect, the line's own or the methodology's",
          "[core][recheck][select]")
{
    Fixture f;
    f.use(only(RiskKind::OnTarget));
    f.submit(u"MOA"_s, {{u"I1"_s, 100}, {u"I2"_s, 50, 60}}); // I1 on the default plan; I2 has its own plan
    f.submit(u"MOF"_s, {{u"I1"_s, 99.5}, {u"I2"_s, 60, 60}});
    f.submit(u"MOJ"_s, {{u"I1"_s, 100.000001, 90}, {u"I2"_s, 50}});
    CHECK(f.candidates()
          == QStringList{u"MOA 1 I1: on-target fact = plan 100"_s, u"MOF 1 I2: on-target fact = plan 60"_s,
                         u"MOJ 1 I2: on-target fact = plan 50"_s});
}

TEST_CASE("Late selects every value of a report first submitted after the deadline", "[core][recheck][select]")
{
    Fixture f;
    f.use(only(RiskKind::Late));
    f.submit(u"MOA"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}, twelveDaysLate);
    f.submit(u"MOF"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}, onTime);
    f.submit(u"MOJ"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}, QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC));
    CHECK(f.candidates()
          == QStringList{u"MOA 1 I1: late 12 days late"_s, u"MOA 1 I2: late 12 days late"_s,
                         u"MOJ 1 I1: late 1 day late"_s, u"MOJ 1 I2: late 1 day late"_s});
}

TEST_CASE("Earlier corrections select every value of a body corrected by re-verification the year before",
          "[core][recheck][select]")
{
    Fixture f;
    const int last = Year - 1;
    REQUIRE(f.methodologies.create(methodology(2, last), u"test"_s));
    f.submit(u"MOA"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}, onTime, 2, last);
    f.submit(u"MOF"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}, onTime, 2, last);
    f.use(only(RiskKind::Random, 100), last);
    CHECK(f.select({}, last) == 4);
    const auto lastYear = f.list(last);
    REQUIRE(f.rechecks.correct(f.find(lastYear, u"MOF"_s, u"I1"_s).id, 80, u"Register shows 80"_s, {}, {}, u"t"_s));
    REQUIRE(f.rechecks.correct(f.find(lastYear, u"MOF"_s, u"I2"_s).id, 40, u"Register shows 40"_s, {}, {}, u"t"_s));
    REQUIRE(f.rechecks.confirm(f.find(lastYear, u"MOA"_s, u"I1"_s).id, u"Matches"_s, u"t"_s));

    f.use(only(RiskKind::EarlierCorrections));
    f.submit(u"MOA"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    f.submit(u"MOF"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    f.submit(u"MOJ"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}, onTime, 2); // another block: still the body's
    f.submit(u"MOF"_s, {{u"I1"_s, 70}, {u"I2"_s, std::nullopt}}, onTime, 2);
    CHECK(f.candidates()
          == QStringList{u"MOF 1 I1: earlier-corrections 2 corrected in 2024"_s,
                         u"MOF 1 I2: earlier-corrections 2 corrected in 2024"_s,
                         u"MOF 2 I1: earlier-corrections 2 corrected in 2024"_s});
}

TEST_CASE("Random selects every value of a reproducible share of the bodies that reported",
          "[core][recheck][select][random]")
{
    auto reportAll = [](Fixture& f) {
        for (const QString& code : twentyBodies)
            f.submit(code, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    };
    Fixture f;
    reportAll(f);
    const std::vector<std::pair<double, int>> shares{{10, 2}, {25, 5}, {12.5, 3}, {5, 1}, {0, 0}, {100, 20}};
    for (const auto& [share, bodies] : shares) {
        INFO("share " << share);
        f.use(only(RiskKind::Random, share));
        auto found = f.rechecks.candidates(Year);
        REQUIRE(found);
        CHECK(bodiesOf(*found) == firstByHash(Year, twentyBodies, bodies));
        CHECK(found->size() == static_cast<std::size_t>(2 * bodies));
        for (const core::Recheck& r : *found)
            CHECK(describe({r}).front().endsWith(u"random "_s + QString::number(share) + u" %"_s));
    }

    // The same data in another database selects the same bodies; another year, others.
    f.use(only(RiskKind::Random, 10));
    Fixture g;
    reportAll(g);
    g.use(only(RiskKind::Random, 10));
    CHECK(g.candidates() == f.candidates());
    CHECK(f.candidates() == f.candidates());
    CHECK(f.candidates()
          == QStringList{u"%1 1 I1: random random 10 %"_s.arg(firstByHash(Year, twentyBodies, 2)[0]),
                         u"%1 1 I2: random random 10 %"_s.arg(firstByHash(Year, twentyBodies, 2)[0]),
                         u"%1 1 I1: random random 10 %"_s.arg(firstByHash(Year, twentyBodies, 2)[1]),
                         u"%1 1 I2: random random 10 %"_s.arg(firstByHash(Year, twentyBodies, 2)[1])});
    CHECK(firstByHash(Year, twentyBodies, 2) != firstByHash(Year + 1, twentyBodies, 2));
}

TEST_CASE("Drafts and returned reports are never selected — submitted, resubmitted and accepted ones are",
          "[core][recheck][select]")
{
    Fixture f;
    f.use(only(RiskKind::Random, 100));
    f.save(u"MOA"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}); // a draft
    f.submit(u"MOF"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    REQUIRE(f.reports.returnForRevision({f.id(u"MOF"_s), Year, 1}, u"Check I1"_s, {}, u"t"_s)); // returned
    f.submit(u"MOJ"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    REQUIRE(f.reports.returnForRevision({f.id(u"MOJ"_s), Year, 1}, u"Check I1"_s, {}, u"t"_s));
    REQUIRE(f.reports.submit({f.id(u"MOJ"_s), Year, 1}, u"t"_s)); // resubmitted
    f.submit(u"MOH"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    REQUIRE(f.reports.accept({f.id(u"MOH"_s), Year, 1}, u"t"_s)); // accepted
    f.submit(u"MTI"_s, {{u"I1"_s, 90}, {u"I2"_s, std::nullopt}}); // I2 without data is no value
    CHECK(f.candidates()
          == QStringList{u"MOH 1 I1: random random 100 %"_s, u"MOH 1 I2: random random 100 %"_s,
                         u"MOJ 1 I1: random random 100 %"_s, u"MOJ 1 I2: random random 100 %"_s,
                         u"MTI 1 I1: random random 100 %"_s});
    CHECK(f.select() == 5);
    CHECK(bodiesOf(f.list()) == QStringList{u"MOH"_s, u"MOJ"_s, u"MTI"_s});
}

TEST_CASE("With the defaults one value selected for several reasons carries them all, in order",
          "[core][recheck][select]")
{
    Fixture f;
    f.lastYear(u"MOA"_s, u"I1"_s, 40);
    f.submit(u"MOA"_s, {{u"I1"_s, 100}, {u"I2"_s, 45}}, twelveDaysLate); // +150 %, on the plan of 100, late
    f.submit(u"MOF"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    auto found = f.rechecks.candidates(Year);
    REQUIRE(found);
    QStringList withoutRandom;
    for (core::Recheck r : *found) {
        std::erase_if(r.reasons, [](const core::RiskReason& reason) { return reason.kind == RiskKind::Random; });
        if (!r.reasons.empty())
            withoutRandom << describe({r});
    }
    CHECK(withoutRandom
          == QStringList{u"MOA 1 I1: large-change +150 % from 2024; on-target fact = plan 100; late 12 days late"_s,
                         u"MOA 1 I2: late 12 days late"_s});
    // 10 % of two bodies is one body.
    CHECK(bodiesOf(*found).size() >= 1);
    int randomBodies = 0;
    for (const QString& body : {u"MOA"_s, u"MOF"_s})
        randomBodies += std::any_of(found->begin(), found->end(), [&](const core::Recheck& r) {
            return r.bodyCode == body && std::any_of(r.reasons.begin(), r.reasons.end(), [](const core::RiskReason& x) {
                       return x.kind == RiskKind::Random && x.detail == u"random 10 %"_s;
                   });
        });
    CHECK(randomBodies == 1);
}

TEST_CASE("Selecting stores the values with their reasons and an audit entry each — the block filter limits it",
          "[core][recheck][select]")
{
    Fixture f;
    f.use(only(RiskKind::Late));
    f.submit(u"MOA"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}}, twelveDaysLate);
    f.submit(u"MOA"_s, {{u"I1"_s, 90}, {u"I2"_s, std::nullopt}}, twelveDaysLate, 2);
    f.t.clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    CHECK(f.select(2) == 1);
    auto stored = f.list();
    CHECK(describe(stored) == QStringList{u"MOA 2 I1: late 12 days late"_s});
    CHECK(f.select() == 2);
    stored = f.list();
    CHECK(describe(stored)
          == QStringList{u"MOA 1 I1: late 12 days late"_s, u"MOA 1 I2: late 12 days late"_s,
                         u"MOA 2 I1: late 12 days late"_s});
    const core::Recheck& r = stored.front();
    CHECK(r.year == Year);
    CHECK(r.bodyId == f.id(u"MOA"_s));
    CHECK(r.selectedAt == QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    CHECK(r.selectedBy == u"tester"_s);
    CHECK(r.outcome == RecheckOutcome::Pending);
    CHECK(r.reportedFact == 90.0);
    CHECK_FALSE(r.correctedFact);
    CHECK_FALSE(r.evidenceId);
    const auto entries = test::auditOf(*f.t.audit, u"recheck"_s, r.id);
    REQUIRE(entries.size() == 1);
    CHECK(auditLine(entries[0]) == u"create : null -> I1 2025 block 1: late (risk selection)"_s);
    CHECK(entries[0].bodyId == f.id(u"MOA"_s));

    auto ofBlock = f.rechecks.list(Year, 2);
    REQUIRE(ofBlock);
    CHECK(describe(*ofBlock) == QStringList{u"MOA 2 I1: late 12 days late"_s});
    auto ofBody = f.rechecks.list(Year, std::nullopt, f.id(u"MOF"_s));
    REQUIRE(ofBody);
    CHECK(ofBody->empty());
    CHECK(test::errorOf(f.rechecks.select(Year, 4, u"t"_s)) == ErrorCode::InvalidBlock);
}

TEST_CASE("Selecting again adds nothing twice, keeps decisions and adds new reasons to values already selected",
          "[core][recheck][select]")
{
    Fixture f;
    f.use(only(RiskKind::Late));
    f.submit(u"MOA"_s, {{u"I1"_s, 100}, {u"I2"_s, 45}}, twelveDaysLate);
    CHECK(f.select() == 2);
    const qint64 confirmed = f.find(f.list(), u"MOA"_s, u"I2"_s).id;
    REQUIRE(f.rechecks.confirm(confirmed, u"Matches the register"_s, u"t"_s));
    const QStringList before = test::databaseState(*f.t.db);
    CHECK(f.select() == 0);
    CHECK(test::databaseState(*f.t.db) == before);

    // A criterion switched on later adds its reason to the value already there.
    f.use({{RiskKind::Late, true, 0}, {RiskKind::OnTarget, true, 0}});
    f.submit(u"MOF"_s, {{u"I1"_s, 100}, {u"I2"_s, 45}});
    CHECK(f.select() == 1);
    const auto stored = f.list();
    CHECK(describe(stored)
          == QStringList{u"MOA 1 I1: on-target fact = plan 100; late 12 days late"_s, u"MOA 1 I2: late 12 days late"_s,
                         u"MOF 1 I1: on-target fact = plan 100"_s});
    const core::Recheck kept = f.find(stored, u"MOA"_s, u"I2"_s);
    CHECK(kept.id == confirmed);
    CHECK(kept.outcome == RecheckOutcome::Confirmed);
    CHECK(kept.outcomeReason == u"Matches the register"_s);
    const auto entries = test::auditOf(*f.t.audit, u"recheck"_s, f.find(stored, u"MOA"_s, u"I1"_s).id);
    REQUIRE(entries.size() == 2);
    CHECK(auditLine(entries[1])
          == u"update I1 2025 block 1: reason on-target: null -> fact = plan 100 (risk selection)"_s);

    // The preview shows the same, with the ids of the values stored already.
    auto preview = f.rechecks.candidates(Year);
    REQUIRE(preview);
    CHECK(describe(*preview)
          == QStringList{u"MOA 1 I1: on-target fact = plan 100; late 12 days late"_s, u"MOA 1 I2: late 12 days late"_s,
                         u"MOF 1 I1: on-target fact = plan 100"_s});
    CHECK(std::all_of(preview->begin(), preview->end(), [](const core::Recheck& r) { return r.id != 0; }));
    CHECK(f.find(*preview, u"MOA"_s, u"I2"_s).outcome == RecheckOutcome::Confirmed);

    // A value no longer selected by the criteria stays.
    f.use(only(RiskKind::Random, 0));
    CHECK(f.candidates().isEmpty());
    CHECK(f.select() == 0);
    CHECK(f.list().size() == 3);
}

TEST_CASE("Confirming records the outcome, who and when, and keeps the fact confirmed", "[core][recheck][decide]")
{
    Fixture f;
    f.use(only(RiskKind::Random, 100));
    f.submit(u"MOA"_s, {{u"I1"_s, 90}, {u"I2"_s, 45}});
    REQUIRE(f.select() == 2);
    const qint64 id = f.find(f.list(), u"MOA"_s, u"I1"_s).id;
    f.t.clock.set(QDateTime(QDate(2026, 3, 10), QTime(11, 0), Qt::UTC));
    REQUIRE(f.rechecks.confirm(id, u"  Matches the register  "_s, u"checked"_s));
    const core::Recheck r = f.find(f.list(), u"MOA"_s, u"I1"_s);
    CHECK(r.outcome == RecheckOutcome::Confirmed);
    CHECK(r.outcomeReason == u"Matches the register"_s);
    CHECK(r.reportedFact == 90.0);
    CHECK_FALSE(r.correctedFact);
    CHECK(r.decidedAt == QDateTime(QDate(2026, 3, 10), QTime(11, 0), Qt::UTC));
    CHECK(r.decidedBy == u"tester"_s);
    CHECK(f.fact(u"MOA"_s, u"I1"_s) == 90.0);
    const auto entries = test::auditOf(*f.t.audit, u"recheck"_s, id);
    QStringList lines;
    for (std::size_t k = 1; k < entries.size(); ++k)
        lines << auditLine(entries[k]);
    CHECK(lines
          == QStringList{u"update I1 2025 block 1: outcome: null -> confirmed (checked)"_s,
                         u"update I1 2025 block 1: reported_fact: null -> 90 (checked)"_s,
                         u"update I1 2025 block 1: outcome_reason: null -> Matches the register (checked)"_s});

    // Deciding again needs a reopen first; unknown ids are NotFound.
    const QStringList before = test::databaseState(*f.t.db);
    CHECK(test::errorOf(f.rechecks.confirm(id, u"again"_s, u"t"_s)) == ErrorCode::ReportWrongState);
    CHECK(test::errorOf(f.rechecks.correct(id, 80, u"again"_s, {}, {}, u"t"_s)) == ErrorCode::ReportWrongState);
    CHECK(test::errorOf(f.rechecks.remove(id, u"t"_s)) == ErrorCode::ReportWrongState);
    CHECK(test::errorOf(f.rechecks.confirm(9999, u"x"_s, u"t"_s)) == ErrorCode::NotFound);
    CHECK(test::errorOf(f.rechecks.correct(9999, 1, u"x"_s, {}, {}, u"t"_s)) == ErrorCode::NotFound);
    CHECK(test::errorOf(f.rechecks.reopen(9999, u"t"_s)) == ErrorCode::NotFound);
    CHECK(test::errorOf(f.rechecks.remove(9999, u"t"_s)) == ErrorCode::NotFound);
    CHECK(test::databaseState(*f.t.db) == before);
}

TEST_CASE("Correcting replaces the fact at once for the scores, keeps the reported one, plan and source, and "
          "stores the evidence with its hash",
          "[core][recheck][decide]")
{
    Fixture f;
    f.use(only(RiskKind::Random, 100));
    f.submit(u"MOA"_s, {{u"I1"_s, 90, 120}, {u"I2"_s, 50}});
    REQUIRE(f.reports.accept({f.id(u"MOA"_s), Year, 1}, u"t"_s)); // locked: the body cannot change it
    REQUIRE(f.select() == 2);
    const qint64 id = f.find(f.list(), u"MOA"_s, u"I1"_s).id;
    CHECK(f.score(u"MOA"_s) == Approx(87.5)); // I1 90/120 = 75, I2 100

    const QStringList before = test::databaseState(*f.t.db);
    CHECK(test::errorOf(f.rechecks.correct(id, 60, u"   "_s, {}, {}, u"t"_s)) == ErrorCode::EmptyName);
    CHECK(test::errorOf(f.rechecks.correct(id, std::numeric_limits<double>::quiet_NaN(), u"x"_s, {}, {}, u"t"_s))
          == ErrorCode::InvalidValue);
    CHECK(test::errorOf(f.rechecks.correct(id, 60, u"x"_s, u"dir/"_s, "data", u"t"_s)) == ErrorCode::FileUnreadable);
    CHECK(test::databaseState(*f.t.db) == before);

    const QByteArray act = "Act of re-verification No. 7: the register shows 60.";
    f.t.clock.set(QDateTime(QDate(2026, 3, 12), QTime(8, 30), Qt::UTC));
    const auto corrected =
        f.rechecks.correct(id, 60, u"The register shows 60"_s, u"/home/a/act-7.txt"_s, act, u"re-verification"_s);
    INFO((corrected ? QString() : corrected.error().detail).toStdString());
    REQUIRE(corrected);

    const core::Recheck r = f.find(f.list(), u"MOA"_s, u"I1"_s);
    CHECK(r.outcome == RecheckOutcome::Corrected);
    CHECK(r.reportedFact == 90.0);
    CHECK(r.correctedFact == 60.0);
    CHECK(r.outcomeReason == u"The register shows 60"_s);
    CHECK(r.decidedAt == QDateTime(QDate(2026, 3, 12), QTime(8, 30), Qt::UTC));
    REQUIRE(r.evidenceId);
    CHECK(f.fact(u"MOA"_s, u"I1"_s) == 60.0);
    auto values = f.methodologies.values(Year, 1);
    REQUIRE(values);
    const core::IndicatorValue& v = values->at(f.id(u"MOA"_s)).at(u"I1"_s);
    CHECK(v.plan == 120.0);
    CHECK(v.sourceType == 0);
    CHECK(f.score(u"MOA"_s) == Approx(75.0)); // I1 60/120 = 50, I2 100
    auto report = f.reports.report({f.id(u"MOA"_s), Year, 1});
    REQUIRE(report);
    CHECK(report->state == core::ReportState::Accepted);

    auto info = f.reports.evidenceInfo(*r.evidenceId);
    REQUIRE(info);
    CHECK(info->code == u"I1"_s);
    CHECK(info->fileName == u"act-7.txt"_s);
    CHECK(info->size == act.size());
    CHECK(info->sha256 == QString::fromLatin1(QCryptographicHash::hash(act, QCryptographicHash::Sha256).toHex()));
    CHECK(info->addedBy == u"tester"_s);
    auto content = f.reports.evidenceContent(*r.evidenceId);
    REQUIRE(content);
    CHECK(*content == act);
    auto items = f.reports.items({f.id(u"MOA"_s), Year, 1});
    REQUIRE(items);
    REQUIRE(items->front().evidence.size() == 1);
    CHECK(items->front().evidence.front().id == *r.evidenceId);

    QStringList lines;
    const auto entries = test::auditOf(*f.t.audit, u"recheck"_s, id);
    for (std::size_t k = 1; k < entries.size(); ++k)
        lines << auditLine(entries[k]);
    CHECK(lines
          == QStringList{u"update I1 2025 block 1: outcome: null -> corrected (re-verification)"_s,
                         u"update I1 2025 block 1: reported_fact: null -> 90 (re-verification)"_s,
                         u"update I1 2025 block 1: corrected_fact: null -> 60 (re-verification)"_s,
                         u"update I1 2025 block 1: outcome_reason: null -> The register shows 60 (re-verification)"_s,
                         u"update I1 2025 block 1: evidence_id: null -> %1 (re-verification)"_s.arg(*r.evidenceId)});
    auto valueId = [&f] {
        QSqlQuery q(f.t.db->connection());
        REQUIRE(q.exec(u"SELECT id FROM indicator_value WHERE year = 2025 AND block = 1 AND indicator_code = 'I1'"_s));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }();
    const auto valueEntries = test::auditOf(*f.t.audit, u"indicator_value"_s, valueId);
    CHECK(auditLine(valueEntries.back()) == u"update I1 2025 block 1: fact: 90 -> 60 (re-verification)"_s);
    const auto evidenceEntries = test::auditOf(*f.t.audit, u"evidence"_s, *r.evidenceId);
    REQUIRE(evidenceEntries.size() == 1);
    CHECK(evidenceEntries[0].action == core::AuditAction::Create);
    CHECK(evidenceEntries[0].newValue->contains(info->sha256));
    CHECK(evidenceEntries[0].bodyId == f.id(u"MOA"_s));

    // A correction to "no data" without evidence.
    const qint64 second = f.find(f.list(), u"MOA"_s, u"I2"_s).id;
    REQUIRE(f.rechecks.correct(second, std::nullopt, u"Not measured"_s, {}, {}, u"t"_s));
    const core::Recheck none = f.find(f.list(), u"MOA"_s, u"I2"_s);
    CHECK(none.reportedFact == 50.0);
    CHECK_FALSE(none.correctedFact);
    CHECK_FALSE(none.evidenceId);
    CHECK_FALSE(f.fact(u"MOA"_s, u"I2"_s));
}

TEST_CASE("Reopening takes a decision back: a corrected value gets its reported fact back", "[core][recheck][decide]")
{
    Fixture f;
    f.use(only(RiskKind::Random, 100));
    f.submit(u"MOA"_s, {{u"I1"_s, 90, 120}, {u"I2"_s, 50}});
    REQUIRE(f.select() == 2);
    const qint64 id = f.find(f.list(), u"MOA"_s, u"I1"_s).id;
    const qint64 other = f.find(f.list(), u"MOA"_s, u"I2"_s).id;
    CHECK(test::errorOf(f.rechecks.reopen(id, u"t"_s)) == ErrorCode::ReportWrongState);
    REQUIRE(f.rechecks.correct(id, 60, u"The register shows 60"_s, u"act.txt"_s, "act", u"t"_s));
    REQUIRE(f.rechecks.confirm(other, u"ok"_s, u"t"_s));
    CHECK(f.score(u"MOA"_s) == Approx(75.0));

    REQUIRE(f.rechecks.reopen(id, u"wrong act"_s));
    REQUIRE(f.rechecks.reopen(other, u"undo"_s));
    for (const core::Recheck& r : f.list()) {
        CHECK(r.outcome == RecheckOutcome::Pending);
        CHECK_FALSE(r.correctedFact);
        CHECK_FALSE(r.evidenceId);
        CHECK(r.outcomeReason.isEmpty());
        CHECK_FALSE(r.decidedAt.isValid());
        CHECK(r.decidedBy.isEmpty());
    }
    CHECK(f.fact(u"MOA"_s, u"I1"_s) == 90.0);
    CHECK(f.find(f.list(), u"MOA"_s, u"I1"_s).reportedFact == 90.0);
    CHECK(f.score(u"MOA"_s) == Approx(87.5));
    const auto entries = test::auditOf(*f.t.audit, u"recheck"_s, id);
    CHECK(auditLine(entries.back()).startsWith(u"update I1 2025 block 1: evidence_id: "_s));
    CHECK(auditLine(entries.back()).endsWith(u" -> null (wrong act)"_s));

    // Decided again after the reopen.
    REQUIRE(f.rechecks.confirm(id, u"ok after all"_s, u"t"_s));
    CHECK(f.find(f.list(), u"MOA"_s, u"I1"_s).outcome == RecheckOutcome::Confirmed);
}

TEST_CASE("Only a pending selection can be removed, with its reasons", "[core][recheck][decide]")
{
    Fixture f;
    f.use({{RiskKind::Random, true, 100}, {RiskKind::OnTarget, true, 0}});
    f.submit(u"MOA"_s, {{u"I1"_s, 100}, {u"I2"_s, 45}});
    REQUIRE(f.select() == 2);
    const qint64 id = f.find(f.list(), u"MOA"_s, u"I1"_s).id;
    const qint64 other = f.find(f.list(), u"MOA"_s, u"I2"_s).id;
    REQUIRE(f.rechecks.confirm(other, {}, u"t"_s));
    REQUIRE(f.rechecks.remove(id, u"not needed"_s));
    CHECK(describe(f.list()) == QStringList{u"MOA 1 I2: random random 100 %"_s});
    CHECK(test::rowCount(*f.t.db, u"recheck_reason"_s) == 1);
    const auto entries = test::auditOf(*f.t.audit, u"recheck"_s, id);
    CHECK(auditLine(entries.back()) == u"delete : I1 2025 block 1: on-target, random -> null (not needed)"_s);
    CHECK(test::errorOf(f.rechecks.remove(other, u"t"_s)) == ErrorCode::ReportWrongState);
    // Removed, it is selected again next time.
    CHECK(f.select() == 1);
}
