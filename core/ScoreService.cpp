// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreService.h"

#include "MethodologyService.h"
#include "RegistryRepository.h"

#include <algorithm>
#include <set>

namespace core {

namespace {

bool inScope(const Scope& scope, int block)
{
    return (block == 1 && scope.block1) || (block == 2 && scope.block2) || (block == 3 && scope.block3);
}

} // namespace

ScoreService::ScoreService(const RegistryRepository& registry, const MethodologyService& methodologies)
    : m_registry(registry)
    , m_methodologies(methodologies)
{ }

Result<std::vector<qint64>> ScoreService::bodiesInScope(int year, int block) const
{
    auto listed = m_registry.evaluatedList(year);
    if (!listed)
        return std::unexpected(listed.error());
    auto all = m_registry.bodies();
    if (!all)
        return std::unexpected(all.error());
    const std::set<qint64> onList(listed->begin(), listed->end());
    const QDate yearEnd(year, 12, 31);
    std::vector<qint64> result;
    for (const Body& b : *all) {
        const bool evaluated = onList.empty() ? (b.fields.evaluated && b.isValidOn(yearEnd)) : onList.contains(b.id);
        if (evaluated && inScope(b.fields.scope, block))
            result.push_back(b.id);
    }
    return result;
}

Result<std::map<qint64, BodyScore>> ScoreService::scoreAll(int year, int block, const Progress& progress) const
{
    std::map<qint64, BodyScore> result;
    auto methodology = m_methodologies.inEffect(block, year);
    if (!methodology)
        return std::unexpected(methodology.error());
    if (!*methodology)
        return result;
    const Methodology& m = **methodology;
    auto bodies = bodiesInScope(year, block);
    if (!bodies)
        return std::unexpected(bodies.error());
    auto values = m_methodologies.values(year, block);
    if (!values)
        return std::unexpected(values.error());
    auto bands = m_methodologies.ratingBands(year);
    if (!bands)
        return std::unexpected(bands.error());
    static const std::map<QString, IndicatorValue> none;
    const auto total = qint64(bodies->size());
    qint64 done = 0;
    for (qint64 bodyId : *bodies) {
        if (!keepGoing(progress, done++, total))
            return fail(ErrorCode::Cancelled);
        BodyScore s;
        s.bodyId = bodyId;
        s.year = year;
        s.block = block;
        s.methodologyId = m.id;
        s.version = m.version;
        s.draft = !m.isApproved();
        s.sample = m.sample;
        const auto found = values->find(bodyId);
        s.result = scoreBlock(m, found == values->end() ? none : found->second);
        if (s.result.score)
            if (const RatingBand* band = ratingFor(*bands, *s.result.score))
                s.rating = *band;
        result.emplace(bodyId, std::move(s));
    }
    if (!keepGoing(progress, total, total))
        return fail(ErrorCode::Cancelled);
    return result;
}

Result<std::vector<BodyScore>> ScoreService::scores(int year, int block, const Progress& progress) const
{
    auto all = scoreAll(year, block, progress);
    if (!all)
        return std::unexpected(all.error());
    std::vector<BodyScore> result;
    for (auto& [id, s] : *all)
        result.push_back(std::move(s));
    std::stable_sort(result.begin(), result.end(), [](const BodyScore& a, const BodyScore& b) {
        return a.result.score.value_or(-1) > b.result.score.value_or(-1);
    });
    return result;
}

Result<std::optional<BodyScore>> ScoreService::score(qint64 bodyId, int year, int block) const
{
    auto all = scoreAll(year, block);
    if (!all)
        return std::unexpected(all.error());
    const auto found = all->find(bodyId);
    if (found == all->end())
        return std::optional<BodyScore>();
    return std::optional<BodyScore>(found->second);
}

Result<std::optional<BodyScore>> ScoreService::scoreAny(qint64 bodyId, int year, int block) const
{
    auto methodology = m_methodologies.inEffect(block, year);
    if (!methodology)
        return std::unexpected(methodology.error());
    if (!*methodology)
        return std::optional<BodyScore>();
    auto values = m_methodologies.values(year, block, bodyId);
    if (!values)
        return std::unexpected(values.error());
    if (values->empty())
        return std::optional<BodyScore>();
    auto bands = m_methodologies.ratingBands(year);
    if (!bands)
        return std::unexpected(bands.error());
    const Methodology& m = **methodology;
    BodyScore s;
    s.bodyId = bodyId;
    s.year = year;
    s.block = block;
    s.methodologyId = m.id;
    s.version = m.version;
    s.draft = !m.isApproved();
    s.sample = m.sample;
    s.result = scoreBlock(m, *values);
    if (s.result.score)
        if (const RatingBand* band = ratingFor(*bands, *s.result.score))
            s.rating = *band;
    return std::optional<BodyScore>(std::move(s));
}

Result<std::vector<BlockTrend>> ScoreService::history(qint64 bodyId) const
{
    auto years = m_methodologies.years();
    if (!years)
        return std::unexpected(years.error());
    std::vector<BlockTrend> result;
    for (int block = 1; block <= BlockCount; ++block) {
        BlockTrend trend;
        trend.block = block;
        bool inScopeAnyYear = false;
        for (int year : *years) {
            auto s = score(bodyId, year, block);
            if (!s)
                return std::unexpected(s.error());
            if (!*s)
                continue;
            inScopeAnyYear = true;
            if ((*s)->result.score)
                trend.scores[year] = *(*s)->result.score;
        }
        trend.alerts = declineAlerts(trend.scores);
        if (inScopeAnyYear)
            result.push_back(std::move(trend));
    }
    return result;
}

Result<std::vector<DeclineAlert>> ScoreService::alerts(int year) const
{
    std::vector<DeclineAlert> result;
    for (int block = 1; block <= BlockCount; ++block) {
        std::map<int, std::vector<BodyScore>> byYear;
        for (int y = year - 2; y <= year; ++y) {
            auto all = scores(y, block);
            if (!all)
                return std::unexpected(all.error());
            byYear[y] = std::move(*all);
        }
        for (DeclineAlert& a : alerts(year, block, byYear))
            result.push_back(std::move(a));
    }
    return result;
}

std::vector<DeclineAlert> ScoreService::alerts(int year, int block, const std::map<int, std::vector<BodyScore>>& byYear)
{
    // Body → year → score, for the bodies scored in `year`.
    std::map<qint64, std::map<int, double>> scoresOf;
    if (const auto current = byYear.find(year); current != byYear.end())
        for (const BodyScore& s : current->second)
            scoresOf[s.bodyId];
    for (const auto& [y, all] : byYear)
        if (y >= year - 2 && y <= year)
            for (const BodyScore& s : all)
                if (s.result.score)
                    if (const auto found = scoresOf.find(s.bodyId); found != scoresOf.end())
                        found->second[y] = *s.result.score;
    std::vector<DeclineAlert> result;
    for (const auto& [bodyId, scores] : scoresOf) {
        const auto alertYears = declineAlerts(scores);
        if (std::find(alertYears.begin(), alertYears.end(), year) == alertYears.end())
            continue;
        DeclineAlert alert{bodyId, block, year, {}};
        for (const auto& [y, score] : scores)
            alert.scores.push_back(score);
        result.push_back(std::move(alert));
    }
    return result;
}

} // namespace core
