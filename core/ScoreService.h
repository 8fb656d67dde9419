// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Methodology.h"
#include "Progress.h"
#include "Scoring.h"

#include <map>
#include <optional>
#include <vector>

namespace core {

class MethodologyService;
class RegistryRepository;

/// A body's score in one block and year, with the methodology it came from and its explanation.
struct BodyScore
{
    qint64 bodyId = 0;
    int year = 0;
    int block = 1;
    qint64 methodologyId = 0;
    int version = 0;
    bool draft = false; ///< scored with a methodology that is not approved yet
    bool sample = false; ///< scored with a sample methodology
    BlockScore result;
    std::optional<RatingBand> rating;
};

/// A body's block scores over the years, with the §73 alerts.
struct BlockTrend
{
    int block = 1;
    std::map<int, double> scores; ///< year → score
    std::vector<int> alerts; ///< years in which the score had fallen two or more years in a row (§73)
};

/// A §73 alert: a body's block score fell two or more years in a row up to `year`.
struct DeclineAlert
{
    qint64 bodyId = 0;
    int block = 1;
    int year = 0;
    std::vector<double> scores; ///< the scores of the falling years, oldest first
};

/// Scores computed from the methodologies in effect and the stored values, always from the current
/// data: a late value re-scores at once.
class ScoreService
{
public:
    ScoreService(const RegistryRepository& registry, const MethodologyService& methodologies);

    /// The bodies of the year's list (§17; without a list, those evaluated on 31 December) whose
    /// scope includes the block (Appendix 2).
    [[nodiscard]] Result<std::vector<qint64>> bodiesInScope(int year, int block) const;
    /// Every body in scope, best first; empty when the year has no methodology for the block.
    /// `progress` counts the bodies scored (Cancelled when stopped; scoring changes nothing).
    [[nodiscard]] Result<std::vector<BodyScore>> scores(int year, int block, const Progress& progress = {}) const;
    [[nodiscard]] Result<std::optional<BodyScore>> score(qint64 bodyId, int year, int block) const;
    /// The score of a body from its values whether it is in the year's scope or not (a reorganized
    /// predecessor that §53–55 attach to its successor); none when the year has no methodology for
    /// the block or the body has no values in it.
    [[nodiscard]] Result<std::optional<BodyScore>> scoreAny(qint64 bodyId, int year, int block) const;
    /// The body's scores in every year that has a methodology, per block of its scope.
    [[nodiscard]] Result<std::vector<BlockTrend>> history(qint64 bodyId) const;
    /// The §73 alerts of a year, for every body and block.
    [[nodiscard]] Result<std::vector<DeclineAlert>> alerts(int year) const;
    /// The §73 alerts of one block from scores already computed: `byYear` holds the scores of the
    /// year and the two before it (a year missing counts as no score).
    [[nodiscard]] static std::vector<DeclineAlert> alerts(int year, int block,
                                                          const std::map<int, std::vector<BodyScore>>& byYear);

private:
    [[nodiscard]] Result<std::map<qint64, BodyScore>> scoreAll(int year, int block,
                                                               const Progress& progress = {}) const;

    const RegistryRepository& m_registry;
    const MethodologyService& m_methodologies;
};

} // namespace core
