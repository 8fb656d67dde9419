// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreTableModel.h"

#include "ui/Labels.h"
#include "ui/Session.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/Scoring.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// Differences below this are "the same" (scores are shown with one decimal).
constexpr double SameScore = 0.05;
/// Equal scores share a rank.
constexpr double TieTolerance = 1e-9;

const QColor UpColor(0x1e, 0x7b, 0x34);
const QColor DownColor(0xb3, 0x26, 0x1e);
const QColor AlertColor(0x8c, 0x1d, 0x18);

} // namespace

ScoreTableModel::ScoreTableModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

int ScoreTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ScoreTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScoreTableModel::formatScore(const std::optional<double>& score)
{
    return score ? QLocale().toString(*score, 'f', 1) : u"—"_s;
}

core::Result<void> ScoreTableModel::load(int year, int block, const core::Progress& progress)
{
    core::ScoreService& service = m_session.scores();
    // The year, last year (the trend) and the year before (a §73 alert needs three years): only
    // this block, each a third of the progress.
    constexpr int Years = 3;
    std::map<int, std::vector<core::BodyScore>> byYear;
    for (int i = 0; i < Years; ++i) {
        const int y = year - i;
        const core::Progress part = [&progress, i](qint64 done, qint64 total) {
            return core::keepGoing(progress, total > 0 ? (i * total + done) : 0, Years * total);
        };
        auto scored = service.scores(y, block, progress ? part : core::Progress());
        if (!scored)
            return std::unexpected(scored.error());
        byYear[y] = std::move(*scored);
    }
    if (!core::keepGoing(progress, 1, 1)) // all scored; nothing shown yet
        return core::fail(core::ErrorCode::Cancelled);
    std::vector<core::BodyScore>& scores = byYear[year];
    std::map<qint64, std::map<int, double>> history; // body → year → score
    for (const auto& [y, list] : byYear)
        for (const core::BodyScore& s : list)
            if (s.result.score)
                history[s.bodyId][y] = *s.result.score;
    auto bodies = m_session.registry().repository().bodies();
    if (!bodies)
        return std::unexpected(bodies.error());

    std::map<qint64, const core::Body*> bodyById;
    for (const core::Body& b : *bodies)
        bodyById.emplace(b.id, &b);

    std::vector<Line> lines;
    lines.reserve(scores.size());
    for (core::BodyScore& s : scores) {
        Line line;
        if (const auto it = bodyById.find(s.bodyId); it != bodyById.end())
            line.body = *it->second;
        else
            line.body.id = s.bodyId;
        if (const auto it = history.find(s.bodyId); it != history.end()) {
            const std::map<int, double>& years = it->second;
            if (const auto last = years.find(year - 1); last != years.end())
                line.previous = last->second;
            // As ScoreService::alerts(): the score fell two years in a row up to this year (§73).
            const std::vector<int> alertYears = core::declineAlerts(years);
            if (std::find(alertYears.begin(), alertYears.end(), year) != alertYears.end()) {
                core::DeclineAlert alert{s.bodyId, block, year, {}};
                for (const auto& [y, score] : years)
                    alert.scores.push_back(score);
                line.alert = std::move(alert);
            }
        }
        line.score = std::move(s);
        lines.push_back(std::move(line));
    }
    // ScoreService gives them best first; equal scores share the rank of the first of them.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& score = lines[i].score.result.score;
        if (!score)
            continue;
        const bool tie = i > 0 && lines[i - 1].score.result.score
                         && std::abs(*lines[i - 1].score.result.score - *score) < TieTolerance;
        lines[i].rank = tie ? lines[i - 1].rank : static_cast<int>(i) + 1;
    }

    beginResetModel();
    m_year = year;
    m_block = block;
    m_lines = std::move(lines);
    endResetModel();
    return {};
}

void ScoreTableModel::setLanguage(core::Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    retranslate();
}

void ScoreTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScoreTableModel::rowOfBody(qint64 bodyId) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].body.id == bodyId)
            return static_cast<int>(i);
    return -1;
}

int ScoreTableModel::rowOfCode(const QString& code) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].body.code == code)
            return static_cast<int>(i);
    return -1;
}

QString ScoreTableModel::bodyText(const core::Body& body) const
{
    if (body.names.empty())
        return body.code;
    return body.code + u"  "_s + body.nameOn(QDate(m_year, 12, 31)).shortName.in(m_language);
}

std::optional<int> ScoreTableModel::trend(const Line& line) const
{
    if (!line.previous || !line.score.result.score)
        return std::nullopt;
    const double change = *line.score.result.score - *line.previous;
    if (std::abs(change) < SameScore)
        return 0;
    return change > 0 ? 1 : -1;
}

QVariant ScoreTableModel::display(const Line& line, int column) const
{
    const core::BlockScore& r = line.score.result;
    switch (column) {
    case Rank:
        return line.rank > 0 ? QVariant(line.rank) : QVariant(QString());
    case Body:
        return bodyText(line.body);
    case Score:
        return formatScore(r.score);
    case Rating:
        return line.score.rating ? line.score.rating->code + u" — "_s + line.score.rating->name.in(m_language)
                                 : QString();
    case Full:
        return r.count(core::Status::Full);
    case Partial:
        return r.count(core::Status::Partial);
    case NotAchieved:
        return r.count(core::Status::NotAchieved);
    case NotCounted:
        return r.count(core::Status::NotCounted);
    case Trend:
        if (const auto t = trend(line))
            return *t > 0 ? u"▲"_s : *t < 0 ? u"▼"_s : u"■"_s;
        return QString();
    case Alert:
        return line.alert ? tr("⚠ fell 2+ years in a row") : QString();
    default:
        return {};
    }
}

QVariant ScoreTableModel::toolTip(const Line& line, int column) const
{
    switch (column) {
    case Body: {
        const core::BodyName& n = line.body.names.empty() ? core::BodyName{} : line.body.nameOn(QDate(m_year, 12, 31));
        return n.fullName.in(m_language).isEmpty() ? n.shortName.in(m_language) : n.fullName.in(m_language);
    }
    case Score: {
        QString text = tr("Scored with the methodology of %1, version %2")
                           .arg(Labels::blockShort(m_block))
                           .arg(line.score.version);
        if (line.score.sample)
            text += u"\n"_s + tr("A sample methodology: not a real one.");
        if (line.score.draft)
            text += u"\n"_s + tr("The methodology is a draft: not approved yet (§19).");
        if (!line.score.result.score)
            text += u"\n"_s + tr("No indicator is counted: there is no score.");
        return text;
    }
    case Rating:
        if (line.score.rating)
            return tr("From %1 points").arg(formatScore(line.score.rating->minScore));
        return {};
    case Full:
    case Partial:
    case NotAchieved:
    case NotCounted: {
        const core::Status status = column == Full          ? core::Status::Full
                                    : column == Partial     ? core::Status::Partial
                                    : column == NotAchieved ? core::Status::NotAchieved
                                                            : core::Status::NotCounted;
        return Labels::status(status);
    }
    case Trend:
        if (const auto t = trend(line))
            return tr("%1: %2 → %3: %4")
                .arg(m_year - 1)
                .arg(formatScore(line.previous))
                .arg(m_year)
                .arg(formatScore(line.score.result.score));
        return tr("No score in %1 to compare with").arg(m_year - 1);
    case Alert:
        if (line.alert) {
            QStringList scores;
            for (double s : line.alert->scores)
                scores << formatScore(s);
            return tr("§73: the score fell two or more years in a row: %1. The Presidential Administration proposes "
                      "to consider the responsibility of the officials.")
                .arg(scores.join(u" → "_s));
        }
        return {};
    default:
        return {};
    }
}

QVariant ScoreTableModel::sortValue(const Line& line, int column) const
{
    const core::BlockScore& r = line.score.result;
    switch (column) {
    case Rank:
        return line.rank > 0 ? line.rank : 1000000;
    case Body:
        return display(line, column);
    case Score:
        return r.score.value_or(-1.0);
    case Rating:
        return line.score.rating ? line.score.rating->minScore : -1.0;
    case Full:
    case Partial:
    case NotAchieved:
    case NotCounted:
        return display(line, column);
    case Trend:
        if (line.previous && r.score)
            return *r.score - *line.previous;
        return -1000.0;
    case Alert:
        return line.alert ? 1 : 0;
    default:
        return {};
    }
}

QVariant ScoreTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case Qt::ToolTipRole:
        return toolTip(line, column);
    case Qt::TextAlignmentRole:
        if (column == Body || column == Rating || column == Alert)
            return (Qt::AlignLeft | Qt::AlignVCenter).toInt();
        if (column == Trend)
            return static_cast<int>(Qt::AlignCenter);
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    case Qt::ForegroundRole:
        if (column == Trend)
            if (const auto t = trend(line); t && *t != 0)
                return QBrush(*t > 0 ? UpColor : DownColor);
        if (column == Alert && line.alert)
            return QBrush(AlertColor);
        return {};
    case Qt::FontRole:
        if (column == Score || (column == Alert && line.alert)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case BodyIdRole:
        return line.body.id;
    case SortRole:
        return sortValue(line, column);
    case ScoreRole:
        return line.score.result.score ? QVariant(*line.score.result.score) : QVariant();
    case TrendRole:
        if (const auto t = trend(line))
            return *t;
        return {};
    case AlertRole:
        return line.alert.has_value();
    default:
        return {};
    }
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return u"#"_s; // narrow: the name is in the tooltip
        case Body:
            return tr("Body");
        case Score:
            return tr("Score");
        case Rating:
            return tr("Rating");
        case Full:
            return tr("Full");
        case Partial:
            return tr("Partial");
        case NotAchieved:
            return tr("Not ach.");
        case NotCounted:
            return tr("Not cnt.");
        case Trend:
            return u"▲▼"_s;
        case Alert:
            return tr("§73");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank:
            return tr("Rank: equal scores share a rank");
        case Body:
            return tr("The evaluated body");
        case Score:
            return tr("The block's score on 100 points");
        case Full:
            return tr("Indicators fully achieved");
        case Partial:
            return tr("Indicators partially achieved");
        case NotAchieved:
            return tr("Indicators not achieved");
        case NotCounted:
            return tr("Indicators not counted (no data)");
        case Rating:
            return tr("The rating band of the score");
        case Trend:
            return tr("Trend against the previous year: ▲ up, ▼ down, ■ the same");
        case Alert:
            return tr("§73: the score fell two or more years in a row");
        default:
            return {};
        }
    }
    return {};
}

ScoreSortProxyModel::ScoreSortProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScoreTableModel::SortRole);
}

bool ScoreSortProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool numbers = a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString;
    if (numbers) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (x != y)
            return x < y;
    } else if (const int c = QString::localeAwareCompare(a.toString(), b.toString()); c != 0) {
        return c < 0;
    }
    return left.row() < right.row(); // stable: the service's order (best first)
}

} // namespace ui
