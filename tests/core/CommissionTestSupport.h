// SPDX-License-Identifier: GPL-3.0-or-later
// The Commission's stage of a year on a small list: four bodies evaluated on block 2 only (GPO,
// MOD, MIA, SCD), a methodology of block 2 for 2022–2024 with two ratio indicators, the services
// of conclusions, appeals, the Commission and publication. For the Commission, publication and
// public export tests.
#pragma once

#include "core/AppealService.h"
#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/PublicationService.h"
#include "core/RegistryRepository.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

#include "CoreTestSupport.h"

#include <catch2/catch.hpp>

#include <set>

namespace test {

struct CommissionFixture
{
    static constexpr int Year = 2024;
    static constexpr int Block = 2;

    TestDatabase t{Shipped::All};
    core::MethodologyService methodologies{*t.db, *t.audit};
    core::ScheduleService schedules{*t.db, *t.audit};
    core::ScoreService scores{t.registry->repository(), methodologies};
    core::EvaluatorService evaluators{t.registry->repository()};
    core::ConclusionService conclusions{*t.db,  *t.audit,   *t.registry, methodologies,
                                        scores, evaluators, *t.calendar, schedules};
    core::AppealService appeals{*t.db, *t.audit, conclusions, methodologies, *t.calendar};
    core::CommissionService commission{*t.db, *t.audit, conclusions, appeals, scores, *t.registry, methodologies};
    core::PublicationService publication{*t.db, *t.audit, conclusions, commission};

    static core::Text3 text(const QString& kk, const QString& ru, const QString& en) { return {kk, ru, en}; }

    static core::Indicator ratio(const QString& code, double plan)
    {
        core::Indicator i;
        i.code = code;
        i.name = {QStringLiteral("Көрсеткіш ") + code, QStringLiteral("Показатель ") + code,
                  QStringLiteral("Indicator ") + code};
        i.definition = {QStringLiteral("Анықтама"), QStringLiteral("Определение"), QStringLiteral("Definition")};
        i.unit = {QStringLiteral("%"), QStringLiteral("%"), QStringLiteral("%")};
        i.verification = {QStringLiteral("Тізілім"), QStringLiteral("Реестр"), QStringLiteral("Register")};
        i.weight = 50;
        i.scoring = core::ScoringKind::Ratio;
        i.direction = core::Direction::Higher;
        i.plan = plan;
        i.sourceType = 1;
        return i;
    }

    /// I1 (plan 100) and I2 (plan 50), weighted 50/50: the score is the mean of fact/plan.
    static core::Methodology methodology(int year)
    {
        core::Methodology m;
        m.block = Block;
        m.year = year;
        m.title = {QStringLiteral("Әдістеме"), QStringLiteral("Методика"), QStringLiteral("Methodology")};
        core::Criterion c;
        c.code = QStringLiteral("C1");
        c.name = {QStringLiteral("Өлшем"), QStringLiteral("Критерий"), QStringLiteral("Criterion")};
        c.weight = 100;
        c.indicators = {ratio(QStringLiteral("I1"), 100), ratio(QStringLiteral("I2"), 50)};
        m.criteria = {c};
        return m;
    }

    CommissionFixture()
    {
        const std::set<QString> wanted{QStringLiteral("GPO"), QStringLiteral("MOD"), QStringLiteral("MIA"),
                                       QStringLiteral("SCD")};
        for (int year = Year - 2; year <= Year; ++year) {
            // Only the four bodies on the year's list.
            auto bodies = t.registry->repository().bodies();
            REQUIRE(bodies);
            auto listed = t.registry->repository().evaluatedList(year);
            REQUIRE(listed);
            for (const core::Body& b : *bodies) {
                const bool on = std::find(listed->begin(), listed->end(), b.id) != listed->end();
                if (on != wanted.contains(b.code))
                    REQUIRE(t.registry->setOnEvaluatedList(year, b.id, !on, QStringLiteral("test")));
            }
            auto id = methodologies.create(methodology(year), QStringLiteral("test"));
            REQUIRE(id);
            REQUIRE(methodologies.approve(
                *id, {QStringLiteral("Order No. 1"), QDate(year, 12, 20), QDate(year, 12, 10), QDate(year, 12, 15)},
                QStringLiteral("test")));
            REQUIRE(methodologies.setRatingBands(
                year,
                {{0, year, 75, QStringLiteral("A"),
                  text(QStringLiteral("Жоғары"), QStringLiteral("Высокий"), QStringLiteral("High")), false},
                 {0, year, 0, QStringLiteral("C"),
                  text(QStringLiteral("Төмен"), QStringLiteral("Низкий"), QStringLiteral("Low")), false}},
                QStringLiteral("test")));
        }
    }

    [[nodiscard]] qint64 id(const QString& code) const { return t.idOf(code); }

    void at(QDate day) { t.clock.set(QDateTime(day, QTime(6, 0), Qt::UTC)); }

    /// Both facts of a body: the score is (i1 + 2 × i2) / 2 when neither exceeds its plan.
    void facts(const QString& code, int year, double i1, double i2)
    {
        REQUIRE(methodologies.setValue(year, Block, id(code), QStringLiteral("I1"), {std::nullopt, i1, 1},
                                       QStringLiteral("test")));
        REQUIRE(methodologies.setValue(year, Block, id(code), QStringLiteral("I2"), {std::nullopt, i2, 1},
                                       QStringLiteral("test")));
    }

    /// Starts and issues the block's conclusion of `year` on 1 April of the next year.
    qint64 issue(const QString& code, int year)
    {
        at(QDate(year + 1, 4, 1));
        auto existing = conclusions.find(id(code), year, Block);
        REQUIRE(existing);
        qint64 conclusionId = 0;
        if (*existing) {
            conclusionId = (*existing)->id;
        } else {
            auto made = conclusions.create(id(code), year, Block, std::nullopt, QStringLiteral("test"));
            if (!made)
                FAIL(Catch::StringMaker<core::ErrorCode>::convert(made.error().code)
                     << ": " << made.error().detail.toStdString());
            conclusionId = *made;
        }
        auto c = conclusions.conclusion(conclusionId);
        REQUIRE(c);
        REQUIRE(conclusions.issue(conclusionId, c->versions > 0 ? QStringLiteral("again") : QString(),
                                  QStringLiteral("test")));
        return conclusionId;
    }

    /// Issued, received on 1 April and past its appeal term: final by 1 June.
    qint64 finalConclusion(const QString& code, int year)
    {
        const qint64 conclusionId = issue(code, year);
        REQUIRE(conclusions.markReceived(conclusionId, QDate(year + 1, 4, 1), QStringLiteral("test")));
        at(QDate(year + 1, 6, 1));
        return conclusionId;
    }

    /// What the publication scenario made.
    struct Published
    {
        qint64 gpoConclusion = 0;
        qint64 modConclusion = 0;
        qint64 secretRecommendation = 0; ///< GPO's second recommendation, marked after issuing
        qint64 secretOrder = 0; ///< the Commission's confidential recommendation to GPO
    };
    // Texts of the scenario: the public ones must reach the export, the secret ones never.
    static QString publicSummaryKk() { return QStringLiteral("Ашық қорытынды мәтіні: көрсеткіштер орындалды"); }
    static QString publicSummaryRu() { return QStringLiteral("Открытый текст заключения"); }
    static QString publicRecommendationKk() { return QStringLiteral("Ашық ұсыныс: қызметтерді цифрландыру"); }
    static QString publicOrderKk() { return QStringLiteral("Комиссия тапсырмасы: есепті жариялау"); }
    static QStringList secrets()
    {
        return {QStringLiteral("Құпия ұсыныс"),
                QStringLiteral("Секретная рекомендация"),
                QStringLiteral("Secret recommendation"),
                QStringLiteral("Құпия қорытынды"),
                QStringLiteral("Секретное заключение"),
                QStringLiteral("Secret conclusion"),
                QStringLiteral("Құпия тұжырым"),
                QStringLiteral("Hidden finding"),
                QStringLiteral("Комиссияның құпия ұсынысы"),
                QStringLiteral("Secret order of the Commission"),
                QStringLiteral("43.21"),
                QStringLiteral("43,21")};
    }

    /// 2024: GPO, MOD and MIA scored; GPO's conclusion public with one recommendation marked
    /// confidential after issuing and its value I2 (fact 43.21) marked confidential; MOD's conclusion
    /// confidential as issued (its recommendation goes with it); the Commission's order to GPO public
    /// and its other recommendation confidential. Every conclusion final.
    Published publicationScenario()
    {
        Published p;
        facts(QStringLiteral("GPO"), Year, 80, 43.21);
        facts(QStringLiteral("MOD"), Year, 80, 40);
        facts(QStringLiteral("MIA"), Year, 60, 30);
        at(QDate(Year + 1, 3, 1));
        auto gpo = conclusions.create(id(QStringLiteral("GPO")), Year, Block, std::nullopt, QStringLiteral("test"));
        REQUIRE(gpo);
        p.gpoConclusion = *gpo;
        REQUIRE(conclusions.setTexts(
            *gpo, {publicSummaryKk(), publicSummaryRu(), QStringLiteral("Public summary")},
            {QStringLiteral("Ашық тұжырымдар"), QStringLiteral("Открытые выводы"), QStringLiteral("Public findings")},
            false, QStringLiteral("test")));
        auto recommend = [this](qint64 conclusion, const core::Text3& text) {
            core::Recommendation r;
            r.conclusionId = conclusion;
            r.text = text;
            auto added = conclusions.addRecommendation(r, QStringLiteral("test"));
            REQUIRE(added);
            return *added;
        };
        recommend(*gpo, {publicRecommendationKk(), QStringLiteral("Открытая рекомендация"),
                         QStringLiteral("Public recommendation")});
        p.secretRecommendation =
            recommend(*gpo, {QStringLiteral("Құпия ұсыныс"), QStringLiteral("Секретная рекомендация"),
                             QStringLiteral("Secret recommendation")});
        auto mod = conclusions.create(id(QStringLiteral("MOD")), Year, Block, std::nullopt, QStringLiteral("test"));
        REQUIRE(mod);
        p.modConclusion = *mod;
        REQUIRE(conclusions.setTexts(
            *mod,
            {QStringLiteral("Құпия қорытынды"), QStringLiteral("Секретное заключение"),
             QStringLiteral("Secret conclusion")},
            {QStringLiteral("Құпия тұжырым"), QStringLiteral("Скрытый вывод"), QStringLiteral("Hidden finding")}, true,
            QStringLiteral("test")));
        recommend(*mod, {QStringLiteral("Құпия қорытындының ұсынысы"), QStringLiteral("Секретная рекомендация МО"),
                         QStringLiteral("Secret recommendation of MOD")});
        finalConclusion(QStringLiteral("GPO"), Year);
        finalConclusion(QStringLiteral("MOD"), Year);

        // Marked after issuing: the publication follows the marks as they are now.
        auto stored = conclusions.recommendations(*gpo);
        REQUIRE(stored);
        for (core::Recommendation r : *stored)
            if (r.id == p.secretRecommendation) {
                r.confidential = true;
                REQUIRE(conclusions.updateRecommendation(r, QStringLiteral("test")));
            }
        REQUIRE(publication.setValueConfidential(
            {Year, Block, id(QStringLiteral("GPO")), QStringLiteral("I2"), QStringLiteral("state secret")}, true,
            QStringLiteral("test")));
        core::Recommendation order;
        order.bodyId = id(QStringLiteral("GPO"));
        order.year = Year;
        order.source = core::RecommendationSource::Commission;
        order.order = true;
        order.text = {publicOrderKk(), QStringLiteral("Поручение Комиссии"), QStringLiteral("Order of the Commission")};
        REQUIRE(conclusions.addRecommendation(order, QStringLiteral("test")));
        order.order = false;
        order.confidential = true;
        order.text = {QStringLiteral("Комиссияның құпия ұсынысы"), QStringLiteral("Секретная рекомендация Комиссии"),
                      QStringLiteral("Secret order of the Commission")};
        auto secretOrder = conclusions.addRecommendation(order, QStringLiteral("test"));
        REQUIRE(secretOrder);
        p.secretOrder = *secretOrder;
        return p;
    }

    [[nodiscard]] const core::CommissionRow& row(const core::CommissionResult& r, const QString& code) const
    {
        const auto it = std::find_if(r.rows.begin(), r.rows.end(),
                                     [&code](const core::CommissionRow& x) { return x.code == code; });
        REQUIRE(it != r.rows.end());
        return *it;
    }

    static const core::CommissionBlock& block(const core::CommissionRow& row) { return row.blocks[Block - 1]; }
};

} // namespace test
