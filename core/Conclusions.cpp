// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conclusions.h"

#include "Registry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace core {

namespace {

QJsonObject text3(const Text3& t)
{
    return {{u"kk"_s, t.kk}, {u"ru"_s, t.ru}, {u"en"_s, t.en}};
}

Text3 readText3(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return {o.value(u"kk").toString(), o.value(u"ru").toString(), o.value(u"en").toString()};
}

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> readNumber(const QJsonValue& v)
{
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}

QJsonObject recommendationJson(const Recommendation& r)
{
    return {{u"id"_s, r.id},
            {u"body"_s, r.bodyId},
            {u"year"_s, r.year},
            {u"block"_s, r.block ? QJsonValue(*r.block) : QJsonValue()},
            {u"conclusion"_s, r.conclusionId ? QJsonValue(*r.conclusionId) : QJsonValue()},
            {u"source"_s, toString(r.source)},
            {u"order"_s, r.order},
            {u"from_body"_s, r.fromBodyId ? QJsonValue(*r.fromBodyId) : QJsonValue()},
            {u"position"_s, r.position},
            {u"text"_s, text3(r.text)},
            {u"confidential"_s, r.confidential},
            {u"status"_s, toString(r.status)},
            {u"note"_s, text3(r.note)}};
}

Recommendation readRecommendation(const QJsonObject& o)
{
    Recommendation r;
    r.id = o.value(u"id").toInteger();
    r.bodyId = o.value(u"body").toInteger();
    r.year = o.value(u"year").toInt();
    if (o.value(u"block").isDouble())
        r.block = o.value(u"block").toInt();
    if (o.value(u"conclusion").isDouble())
        r.conclusionId = o.value(u"conclusion").toInteger();
    const QString source = o.value(u"source").toString();
    r.source = source == u"commission"       ? RecommendationSource::Commission
               : source == u"reorganization" ? RecommendationSource::Reorganization
                                             : RecommendationSource::Conclusion;
    r.order = o.value(u"order").toBool();
    if (o.value(u"from_body").isDouble())
        r.fromBodyId = o.value(u"from_body").toInteger();
    r.position = o.value(u"position").toInt();
    r.text = readText3(o.value(u"text"));
    r.confidential = o.value(u"confidential").toBool();
    r.status = parseRecommendationStatus(o.value(u"status").toString()).value_or(RecommendationStatus::Open);
    r.note = readText3(o.value(u"note"));
    return r;
}

QJsonArray recommendationsJson(const std::vector<Recommendation>& list)
{
    QJsonArray a;
    for (const Recommendation& r : list)
        a.append(recommendationJson(r));
    return a;
}

std::vector<Recommendation> readRecommendations(const QJsonValue& v)
{
    std::vector<Recommendation> list;
    for (const QJsonValue& x : v.toArray())
        list.push_back(readRecommendation(x.toObject()));
    return list;
}

QString treatmentCode(Treatment t)
{
    switch (t) {
    case Treatment::NotApplicable:
        return u"not-applicable"_s;
    case Treatment::Continues:
        return u"continues"_s;
    case Treatment::BeforeYear:
        return u"before-year"_s;
    case Treatment::WithinSuccessor:
        return u"within-successor"_s;
    case Treatment::AnalysedForSuccessor:
        return u"analysed-for-successor"_s;
    case Treatment::ResultsToSuccessor:
        return u"results-to-successor"_s;
    case Treatment::EvaluatedItself:
        return u"evaluated-itself"_s;
    }
    return {};
}

Treatment readTreatment(const QString& code)
{
    for (Treatment t : {Treatment::Continues, Treatment::BeforeYear, Treatment::WithinSuccessor,
                        Treatment::AnalysedForSuccessor, Treatment::ResultsToSuccessor, Treatment::EvaluatedItself})
        if (treatmentCode(t) == code)
            return t;
    return Treatment::NotApplicable;
}

} // namespace

QString toString(RecommendationStatus status)
{
    switch (status) {
    case RecommendationStatus::Open:
        return u"open"_s;
    case RecommendationStatus::Done:
        return u"done"_s;
    case RecommendationStatus::Partly:
        return u"partly"_s;
    case RecommendationStatus::NotDone:
        return u"not-done"_s;
    }
    return {};
}

std::optional<RecommendationStatus> parseRecommendationStatus(const QString& text)
{
    for (auto s : {RecommendationStatus::Open, RecommendationStatus::Done, RecommendationStatus::Partly,
                   RecommendationStatus::NotDone})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

QString toString(RecommendationSource source)
{
    switch (source) {
    case RecommendationSource::Conclusion:
        return u"conclusion"_s;
    case RecommendationSource::Commission:
        return u"commission"_s;
    case RecommendationSource::Reorganization:
        return u"reorganization"_s;
    }
    return {};
}

QString toString(ConclusionState state)
{
    switch (state) {
    case ConclusionState::Draft:
        return u"draft"_s;
    case ConclusionState::Issued:
        return u"issued"_s;
    case ConclusionState::Sent:
        return u"sent"_s;
    case ConclusionState::Received:
        return u"received"_s;
    case ConclusionState::UnderAppeal:
        return u"under-appeal"_s;
    case ConclusionState::Final:
        return u"final"_s;
    }
    return {};
}

QJsonObject ConclusionContent::toJson() const
{
    QJsonArray lineArray;
    for (const ConclusionLine& l : lines)
        lineArray.append(QJsonObject{{u"code"_s, l.code},
                                     {u"name"_s, text3(l.name)},
                                     {u"criterion"_s, l.criterion},
                                     {u"criterion_name"_s, text3(l.criterionName)},
                                     {u"plan"_s, number(l.plan)},
                                     {u"fact"_s, number(l.fact)},
                                     {u"status"_s, l.status},
                                     {u"score"_s, number(l.score)},
                                     {u"contribution"_s, l.contribution},
                                     {u"source_type"_s, l.sourceType},
                                     {u"corrected"_s, l.corrected},
                                     {u"confidential"_s, l.confidential}});
    QJsonArray reorgArray;
    for (const ReorganizationNote& n : reorganizations)
        reorgArray.append(QJsonObject{{u"body"_s, n.bodyId},
                                      {u"code"_s, n.code},
                                      {u"name"_s, text3(n.name)},
                                      {u"date"_s, isoDate(n.date)},
                                      {u"treatment"_s, treatmentCode(n.treatment)},
                                      {u"paragraph"_s, n.paragraph},
                                      {u"score"_s, number(n.score)}});
    QJsonArray people;
    for (const QString& p : participants)
        people.append(p);
    return {{u"format"_s, 1},
            {u"body"_s, bodyId},
            {u"body_code"_s, bodyCode},
            {u"body_name"_s, text3(bodyName)},
            {u"author"_s, authorId},
            {u"author_name"_s, text3(authorName)},
            {u"year"_s, year},
            {u"block"_s, block},
            {u"part"_s, part ? toString(*part) : QString()},
            {u"score"_s, number(score)},
            {u"own_score"_s, number(ownScore)},
            {u"rating"_s, rating},
            {u"rating_name"_s, text3(ratingName)},
            {u"methodology_version"_s, methodologyVersion},
            {u"sample_methodology"_s, sampleMethodology},
            {u"lines"_s, lineArray},
            {u"summary"_s, text3(summary)},
            {u"reorganizations"_s, reorgArray},
            {u"earlier"_s, recommendationsJson(earlier)},
            {u"findings"_s, text3(findings)},
            {u"recommendations"_s, recommendationsJson(recommendations)},
            {u"confidential"_s, confidential},
            {u"participants"_s, people}};
}

std::optional<ConclusionContent> ConclusionContent::fromJson(const QJsonObject& json)
{
    if (json.value(u"format").toInt() != 1)
        return std::nullopt;
    ConclusionContent c;
    c.bodyId = json.value(u"body").toInteger();
    c.bodyCode = json.value(u"body_code").toString();
    c.bodyName = readText3(json.value(u"body_name"));
    c.authorId = json.value(u"author").toInteger();
    c.authorName = readText3(json.value(u"author_name"));
    c.year = json.value(u"year").toInt();
    c.block = json.value(u"block").toInt();
    if (const QString part = json.value(u"part").toString(); !part.isEmpty())
        c.part = parsePart(part);
    c.score = readNumber(json.value(u"score"));
    c.ownScore = readNumber(json.value(u"own_score"));
    c.rating = json.value(u"rating").toString();
    c.ratingName = readText3(json.value(u"rating_name"));
    c.methodologyVersion = json.value(u"methodology_version").toInt();
    c.sampleMethodology = json.value(u"sample_methodology").toBool();
    for (const QJsonValue& v : json.value(u"lines").toArray()) {
        const QJsonObject o = v.toObject();
        ConclusionLine l;
        l.code = o.value(u"code").toString();
        l.name = readText3(o.value(u"name"));
        l.criterion = o.value(u"criterion").toString();
        l.criterionName = readText3(o.value(u"criterion_name"));
        l.plan = readNumber(o.value(u"plan"));
        l.fact = readNumber(o.value(u"fact"));
        l.status = o.value(u"status").toString();
        l.score = readNumber(o.value(u"score"));
        l.contribution = o.value(u"contribution").toDouble();
        l.sourceType = o.value(u"source_type").toInt();
        l.corrected = o.value(u"corrected").toBool();
        l.confidential = o.value(u"confidential").toBool();
        c.lines.push_back(std::move(l));
    }
    c.summary = readText3(json.value(u"summary"));
    for (const QJsonValue& v : json.value(u"reorganizations").toArray()) {
        const QJsonObject o = v.toObject();
        ReorganizationNote n;
        n.bodyId = o.value(u"body").toInteger();
        n.code = o.value(u"code").toString();
        n.name = readText3(o.value(u"name"));
        n.date = parseIsoDate(o.value(u"date").toString());
        n.treatment = readTreatment(o.value(u"treatment").toString());
        n.paragraph = o.value(u"paragraph").toInt();
        n.score = readNumber(o.value(u"score"));
        c.reorganizations.push_back(std::move(n));
    }
    c.earlier = readRecommendations(json.value(u"earlier"));
    c.findings = readText3(json.value(u"findings"));
    c.recommendations = readRecommendations(json.value(u"recommendations"));
    c.confidential = json.value(u"confidential").toBool();
    for (const QJsonValue& v : json.value(u"participants").toArray())
        c.participants.push_back(v.toString());
    return c;
}

std::vector<ConclusionLine> conclusionLines(const Methodology* methodology, const BlockScore& score,
                                            const std::map<QString, IndicatorValue>& bodyValues)
{
    std::map<QString, const Indicator*> indicators;
    std::map<QString, const Criterion*> criteria;
    if (methodology)
        for (const Criterion& cr : methodology->criteria) {
            criteria[cr.code] = &cr;
            for (const Indicator& i : cr.indicators)
                indicators[i.code] = &i;
        }
    std::vector<ConclusionLine> lines;
    lines.reserve(score.indicators.size());
    for (const IndicatorScore& is : score.indicators) {
        ConclusionLine line;
        line.code = is.code;
        line.criterion = is.criterion;
        if (const auto it = indicators.find(is.code); it != indicators.end())
            line.name = it->second->name;
        if (const auto it = criteria.find(is.criterion); it != criteria.end())
            line.criterionName = it->second->name;
        line.plan = is.plan;
        line.fact = is.fact;
        line.status = toString(is.status);
        line.score = is.score;
        line.contribution = is.contribution;
        if (const auto v = bodyValues.find(is.code); v != bodyValues.end())
            line.sourceType = v->second.sourceType;
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace core
