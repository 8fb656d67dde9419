// SPDX-License-Identifier: GPL-3.0-or-later
#include "Methodology.h"

#include <array>

using namespace Qt::StringLiterals;

namespace core {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parseName(const std::array<QStringView, N>& names, const QString& text)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == text)
            return static_cast<Enum>(i);
    return std::nullopt;
}

constexpr std::array<QStringView, 7> partNames{u"goals",    u"public-services", u"e-services", u"complaints",
                                               u"openness", u"personnel",       u"it"};
constexpr std::array<QStringView, 2> directionNames{u"higher", u"lower"};
constexpr std::array<QStringView, 6> scoringNames{u"ratio", u"inverse-ratio", u"yes-no",
                                                  u"scale", u"expert",        u"formula"};
constexpr std::array<QStringView, 2> policyNames{u"reweight", u"zero"};

} // namespace

QString toString(Part part)
{
    return partNames[static_cast<std::size_t>(part)].toString();
}

std::optional<Part> parsePart(const QString& text)
{
    return parseName<Part>(partNames, text);
}

const std::vector<Part>& allParts()
{
    static const std::vector<Part> parts{
        Part::Goals,     Part::PublicServices,       Part::EServices, Part::Complaints, Part::Openness,
        Part::Personnel, Part::InformationTechnology};
    return parts;
}

int blockOf(Part part)
{
    switch (part) {
    case Part::Goals:
        return 1;
    case Part::PublicServices:
    case Part::EServices:
    case Part::Complaints:
    case Part::Openness:
        return 2;
    case Part::Personnel:
    case Part::InformationTechnology:
        return 3;
    }
    return 0;
}

std::vector<Part> partsOf(int block)
{
    std::vector<Part> result;
    for (Part p : allParts())
        if (blockOf(p) == block)
            result.push_back(p);
    return result;
}

QString toString(Direction direction)
{
    return directionNames[static_cast<std::size_t>(direction)].toString();
}

std::optional<Direction> parseDirection(const QString& text)
{
    return parseName<Direction>(directionNames, text);
}

QString toString(ScoringKind kind)
{
    return scoringNames[static_cast<std::size_t>(kind)].toString();
}

std::optional<ScoringKind> parseScoringKind(const QString& text)
{
    return parseName<ScoringKind>(scoringNames, text);
}

const std::vector<ScoringKind>& allScoringKinds()
{
    static const std::vector<ScoringKind> kinds{ScoringKind::Ratio, ScoringKind::InverseRatio, ScoringKind::YesNo,
                                                ScoringKind::Scale, ScoringKind::Expert,       ScoringKind::Formula};
    return kinds;
}

QString toString(NotCountedPolicy policy)
{
    return policyNames[static_cast<std::size_t>(policy)].toString();
}

std::optional<NotCountedPolicy> parseNotCountedPolicy(const QString& text)
{
    return parseName<NotCountedPolicy>(policyNames, text);
}

const Indicator* Methodology::indicator(const QString& code) const
{
    for (const Criterion& c : criteria)
        for (const Indicator& i : c.indicators)
            if (i.code == code)
                return &i;
    return nullptr;
}

QHash<QString, const Indicator*> indicatorsByCode(const Methodology& m)
{
    QHash<QString, const Indicator*> index;
    for (const Criterion& c : m.criteria)
        for (const Indicator& i : c.indicators)
            index.insert(i.code, &i);
    return index;
}

const Criterion* Methodology::criterion(const QString& code) const
{
    for (const Criterion& c : criteria)
        if (c.code == code)
            return &c;
    return nullptr;
}

namespace {

Criterion withoutIds(Criterion c)
{
    c.id = 0;
    for (Indicator& i : c.indicators)
        i.id = 0;
    return c;
}

} // namespace

bool Methodology::sameContent(const Methodology& other) const
{
    if (block != other.block || year != other.year || sample != other.sample || title != other.title
        || owners != other.owners || notCounted != other.notCounted || fullAt != other.fullAt
        || partialAt != other.partialAt || criteria.size() != other.criteria.size())
        return false;
    for (std::size_t i = 0; i < criteria.size(); ++i)
        if (withoutIds(criteria[i]) != withoutIds(other.criteria[i]))
            return false;
    return true;
}

} // namespace core
