// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoConclusions.h"

#include "AppealService.h"
#include "AuditLog.h"
#include "CalendarService.h"
#include "Clock.h"
#include "CommissionService.h"
#include "ConclusionService.h"
#include "Database.h"
#include "Evaluators.h"
#include "MethodologyService.h"
#include "PublicationService.h"
#include "RegistryRepository.h"
#include "RegistryService.h"
#include "ScheduleService.h"
#include "ScoreService.h"

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

class DemoClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDate day, QTime time = QTime(10, 0)) { m_now = QDateTime(day, time, Qt::UTC); }

private:
    QDateTime m_now;
};

// Sample names: the staff who evaluate, and the members of the special commissions (§59), kept apart.
const QString Evaluators[] = {u"Ахметов Ержан Серікұлы"_s,    u"Бекова Әйгерім Нұрланқызы"_s,
                              u"Жұмабаев Дәурен Қайратұлы"_s, u"Сейітова Гүлнұр Маратқызы"_s,
                              u"Омаров Арман Болатұлы"_s,     u"Қасымова Мөлдір Ерланқызы"_s};

Text3 summaryText(int year, const std::optional<double>& score)
{
    const QString s = score ? QString::number(*score, 'f', 1) : u"—"_s;
    const QString comma = QString(s).replace(u'.', u','); // 95,9 in Kazakh and Russian
    return {u"Қорытынды балл: %1. Бағалау %2 жылғы есептік ақпарат пен ресми статистика негізінде жүргізілді "
            "(үлгі деректер)."_s.arg(comma)
                .arg(year),
            u"Итоговый балл: %1. Оценка проведена на основании отчётной информации за %2 год и официальной "
            "статистики (образец)."_s.arg(comma)
                .arg(year),
            u"Final score: %1. The evaluation rests on the reporting information for %2 and official statistics "
            "(sample data)."_s.arg(s)
                .arg(year)};
}

const Text3 Findings{u"Жоспарлы көрсеткіштердің басым бөлігіне қол жеткізілді; жекелеген көрсеткіштер бойынша "
                     "деректердің толықтығы жеткіліксіз."_s,
                     u"Большинство плановых показателей достигнуто; по отдельным показателям полнота данных "
                     "недостаточна."_s,
                     u"Most planned indicators were achieved; for some indicators the data are incomplete."_s};

const Text3 Recommendations[] = {
    {u"Көрсеткіштерге қол жеткізу бойынша шаралар кешенін әзірлеу және іске асыру."_s,
     u"Разработать и реализовать комплекс мер по достижению показателей."_s,
     u"Draw up and carry out a set of measures to achieve the indicators."_s},
    {u"Деректерді жинау мен растау тәртібін жетілдіру."_s, u"Усовершенствовать порядок сбора и подтверждения данных."_s,
     u"Improve how the data are collected and confirmed."_s},
};

const Text3 StatusNote{u"Шаралар жоспары бекітілді және орындалуда."_s, u"План мероприятий утверждён и исполняется."_s,
                       u"The action plan was approved and is being carried out."_s};

const Text3 Accepted{u"Ұсынылған құжаттар көрсеткіштің нақты мәнін растайды."_s,
                     u"Представленные документы подтверждают фактическое значение показателя."_s,
                     u"The documents submitted confirm the indicator's actual value."_s};

const Text3 Rejected{u"Ұсынылған құжаттар бағалау нәтижесін өзгертуге негіз бермейді."_s,
                     u"Представленные документы не дают оснований для изменения результата оценки."_s,
                     u"The documents submitted give no grounds to change the result."_s};

const Text3 CommissionOrder{u"Келесі жылы көрсеткіштердің төмендеу себептерін талдап, Комиссияға баяндау."_s,
                            u"Проанализировать причины снижения показателей и доложить Комиссии в следующем году."_s,
                            u"Analyse why the indicators fell and report to the Commission next year."_s};

} // namespace

Result<void> demoConclusions(Database& db, const QString& user, const QString& reason, int year)
{
    DemoClock clock;
    AuditLog audit(db, clock, user);
    RegistryService registry(db, audit);
    CalendarService calendar(db, audit);
    ScheduleService schedules(db, audit);
    MethodologyService methodologies(db, audit);
    ScoreService scores(registry.repository(), methodologies);
    EvaluatorService evaluators(registry.repository());
    ConclusionService conclusions(db, audit, registry, methodologies, scores, evaluators, calendar, schedules);
    AppealService appeals(db, audit, conclusions, methodologies, calendar);
    CommissionService commission(db, audit, conclusions, appeals, scores, registry, methodologies);
    PublicationService publication(db, audit, conclusions, commission);

    // The year before: a few bodies' conclusions with recommendations, whose status the new ones record.
    clock.set(QDate(year, 3, 25));
    auto earlierBodies = scores.bodiesInScope(year - 1, 1);
    if (!earlierBodies)
        return std::unexpected(earlierBodies.error());
    for (std::size_t i = 0; i < earlierBodies->size() && i < 6; ++i) {
        auto id = conclusions.create((*earlierBodies)[i], year - 1, 1, std::nullopt, reason);
        if (!id && id.error().code == ErrorCode::EvaluatedWithinSuccessor)
            continue;
        if (!id)
            return std::unexpected(id.error());
        for (const Text3& text : Recommendations) {
            Recommendation rec;
            rec.conclusionId = *id;
            rec.text = text;
            if (auto r = conclusions.addRecommendation(rec, reason); !r)
                return std::unexpected(r.error());
        }
        if (auto r = conclusions.issue(*id, {}, reason); !r)
            return std::unexpected(r.error());
        if (auto r = conclusions.markReceived(*id, QDate(year, 4, 1), reason); !r)
            return r;
    }

    // This year's conclusions: written, issued, sent on the schedule's day and received.
    clock.set(QDate(year + 1, 3, 20));
    if (auto r = conclusions.createAll(year, std::nullopt, reason); !r)
        return std::unexpected(r.error());
    auto all = conclusions.conclusions(year);
    if (!all)
        return std::unexpected(all.error());
    std::map<qint64, int> authors; // author → its index, for the names of its staff
    for (const Conclusion& c : *all)
        if (c.authorId && !authors.contains(*c.authorId))
            authors.emplace(*c.authorId, static_cast<int>(authors.size()));
    for (std::size_t i = 0; i < all->size(); ++i) {
        const Conclusion& c = (*all)[i];
        const int variant = static_cast<int>(i % 7);
        clock.set(QDate(year + 1, 3, 24 + variant % 5), QTime(9, 30));
        const int a = c.authorId ? authors.at(*c.authorId) : 0;
        const std::size_t pool = std::size(Evaluators);
        if (auto r = conclusions.setParticipants(
                c.id,
                {Evaluators[static_cast<std::size_t>(a) % pool], Evaluators[static_cast<std::size_t>(a + 1) % pool]},
                reason);
            !r)
            return r;
        auto score = scores.scoreAny(c.bodyId, year, c.block);
        if (!score)
            return std::unexpected(score.error());
        const std::optional<double> points = *score ? (*score)->result.score : std::nullopt;
        if (auto r = conclusions.setTexts(c.id, summaryText(year, points), Findings, false, reason); !r)
            return r;
        for (std::size_t k = 0; k < std::size(Recommendations) && k <= static_cast<std::size_t>(variant % 2); ++k) {
            Recommendation rec;
            rec.conclusionId = c.id;
            rec.text = Recommendations[k];
            if (auto r = conclusions.addRecommendation(rec, reason); !r)
                return std::unexpected(r.error());
        }
        auto earlier = conclusions.earlierRecommendations(c.id);
        if (!earlier)
            return std::unexpected(earlier.error());
        for (std::size_t k = 0; k < earlier->size(); ++k) {
            const RecommendationStatus status =
                k == 0 ? RecommendationStatus::Done
                       : (variant % 2 ? RecommendationStatus::Partly : RecommendationStatus::NotDone);
            if (auto r = conclusions.setRecommendationStatus((*earlier)[k].id, status, StatusNote, reason); !r)
                return r;
        }
        if (auto r = conclusions.issue(c.id, {}, reason); !r)
            return std::unexpected(r.error());
        if (auto r = conclusions.markSent(c.id, QDate(year + 1, 4, 1), reason); !r)
            return r;
        if (auto r = conclusions.markReceived(c.id, QDate(year + 1, 4, 1).addDays(variant % 3), reason); !r)
            return r;
    }

    // §59: every authorized body but the PA forms a special commission with the working body.
    clock.set(QDate(year + 1, 3, 31));
    for (const auto& [authorId, index] : authors) {
        std::vector<CommissionMember> members = {
            {u"Тоқтаров Нұрлан Асқарұлы"_s, u"Комиссияның жұмыс органының өкілі"_s, std::nullopt, true},
            {u"Исаева Динара Ғалымқызы"_s, u"Заң қызметінің басшысы"_s, authorId, false},
            {u"Мұратов Олжас Серікұлы"_s, u"Департамент директорының орынбасары"_s, authorId, false}};
        auto made = appeals.setCommission(authorId, year, QDate(year + 1, 3, 31), members, reason);
        if (!made && made.error().code != ErrorCode::SpecialCommissionForPa)
            return std::unexpected(made.error());
    }

    // Three objections on conclusions with lines: accepted, rejected, awaiting the decision.
    std::vector<const Conclusion*> withLines;
    for (const Conclusion& c : *all) {
        auto v = conclusions.latest(c.id);
        if (!v)
            return std::unexpected(v.error());
        if (c.block == 1 && !v->content.lines.empty() && v->content.lines.front().fact)
            withLines.push_back(&c);
    }
    for (std::size_t k = 0; k < 3 && k * 4 + 1 < withLines.size(); ++k) {
        const Conclusion& c = *withLines[k * 4 + 1];
        auto after = conclusions.conclusion(c.id);
        auto v = conclusions.latest(c.id);
        if (!after || !v)
            return std::unexpected(after ? v.error() : after.error());
        const ConclusionLine& line = v->content.lines.front();
        NewAppeal input;
        input.conclusionId = c.id;
        input.filedOn = after->receivedOn.addDays(2);
        input.text = u"Не согласны с оценкой показателя %1: фактическое значение подтверждается выпиской из "
                     "реестра (образец)."_s.arg(line.code);
        input.items.push_back({0,
                               line.code,
                               u"Выписка из реестра показывает большее фактическое значение."_s,
                               std::optional(*line.fact * 1.2 + 1),
                               std::nullopt,
                               {},
                               {},
                               {}});
        input.documents.push_back(
            {u"registry-extract-%1.txt"_s.arg(c.bodyCode),
             u"Sample supporting document: registry extract for %1, %2.\n"_s.arg(c.bodyCode).arg(year).toUtf8()});
        clock.set(input.filedOn, QTime(16, 0));
        auto id = appeals.file(input, reason);
        if (!id)
            return std::unexpected(id.error());
        if (k == 2)
            continue; // awaiting the special commission's decision
        auto filed = appeals.appeal(*id);
        if (!filed)
            return std::unexpected(filed.error());
        const QDate decided = input.filedOn.addDays(10);
        clock.set(decided, QTime(12, 0));
        std::vector<ItemDecision> decisions;
        for (const AppealItem& item : filed->items)
            decisions.push_back({item.id, k == 0, k == 0 ? Accepted.ru : Rejected.ru, item.requestedFact});
        if (auto r = appeals.decide(*id, decisions, k == 0 ? Accepted : Rejected, decided, reason); !r)
            return r;
        if (k == 0) {
            // The corrected fact is demonstration data too.
            auto values = methodologies.values(year, c.block);
            if (!values)
                return std::unexpected(values.error());
            const IndicatorValue corrected = values->at(c.bodyId).at(line.code);
            if (auto r = methodologies.importValues(year, c.block, {{c.bodyId, line.code, corrected}}, true, reason);
                !r)
                return std::unexpected(r.error());
        }
    }

    // §51: the Commission's order to two heads; §52: what is not to be published.
    clock.set(QDate(year + 1, 6, 12));
    std::set<qint64> ordered;
    for (const Conclusion& c : *all) {
        if (ordered.size() >= 2 || ordered.contains(c.bodyId))
            continue;
        Recommendation rec;
        rec.bodyId = c.bodyId;
        rec.year = year;
        rec.source = RecommendationSource::Commission;
        rec.order = true;
        rec.text = CommissionOrder;
        rec.confidential = ordered.size() == 1;
        if (auto r = conclusions.addRecommendation(rec, reason); !r)
            return std::unexpected(r.error());
        ordered.insert(c.bodyId);
    }
    if (all->size() > 3) {
        const Conclusion& secret = (*all)[3];
        auto fresh = conclusions.conclusion(secret.id);
        if (!fresh)
            return std::unexpected(fresh.error());
        if (auto r = conclusions.setTexts(secret.id, fresh->summary, fresh->findings, true, reason); !r)
            return r;
        if (auto r = conclusions.issue(secret.id, u"Отмечено как конфиденциальное (§52)"_s, reason); !r)
            return std::unexpected(r.error());
        auto v = conclusions.latest((*all)[2].id);
        if (!v)
            return std::unexpected(v.error());
        if (!v->content.lines.empty()) {
            ConfidentialValue value{year, v->content.block, v->content.bodyId, v->content.lines.back().code,
                                    u"Official secret (sample)"_s};
            if (auto r = publication.setValueConfidential(value, true, reason); !r)
                return r;
        }
        if (!v->content.recommendations.empty()) {
            Recommendation rec = v->content.recommendations.front();
            rec.confidential = true;
            if (auto r = conclusions.updateRecommendation(rec, reason); !r)
                return r;
        }
        if (auto r = conclusions.issue((*all)[2].id, u"Отмечены конфиденциальные сведения (§52)"_s, reason); !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace core
