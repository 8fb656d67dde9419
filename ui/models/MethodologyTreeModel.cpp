// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodologyTreeModel.h"

#include "ui/Labels.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// A criterion's row has internal id 0; an indicator's row carries its criterion's key, which stays
/// the same when criteria move, so that persistent indexes of indicators survive moves and removals.
constexpr quintptr CriterionId = 0;

/// Weights that add up to 100 within this much are taken to add up to 100 (as the §20 checks do).
constexpr double WeightTolerance = 0.01;

const QColor ErrorColor(0xb3, 0x26, 0x1e);

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

double indicatorSum(const core::Criterion& criterion)
{
    double sum = 0;
    for (const core::Indicator& i : criterion.indicators)
        sum += i.weight;
    return sum;
}

bool addsUpTo100(double sum)
{
    return std::abs(sum - 100) <= WeightTolerance;
}

} // namespace

MethodologyTreeModel::MethodologyTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

QModelIndex MethodologyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, CriterionId);
    return createIndex(row, column, m_keys[at(parent.row())]);
}

QModelIndex MethodologyTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == CriterionId)
        return {};
    const int row = rowOfKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, CriterionId);
}

int MethodologyTreeModel::rowOfKey(quintptr key) const
{
    const auto found = std::find(m_keys.begin(), m_keys.end(), key);
    return found == m_keys.end() ? -1 : static_cast<int>(found - m_keys.begin());
}

int MethodologyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_methodology.criteria.size());
    if (parent.column() != 0 || parent.internalId() != CriterionId)
        return 0;
    return static_cast<int>(m_methodology.criteria[at(parent.row())].indicators.size());
}

int MethodologyTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

std::optional<MethodologyTreeModel::Position> MethodologyTreeModel::positionOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    if (index.internalId() == CriterionId)
        return Position{index.row(), -1};
    const int criterion = rowOfKey(index.internalId());
    if (criterion < 0)
        return std::nullopt;
    return Position{criterion, index.row()};
}

QModelIndex MethodologyTreeModel::indexOf(Position position, int column) const
{
    if (position.criterion < 0 || position.criterion >= rowCount())
        return {};
    const QModelIndex criterion = index(position.criterion, column);
    if (!position.isIndicator())
        return criterion;
    return index(position.indicator, column, index(position.criterion, 0));
}

QModelIndex MethodologyTreeModel::indexOfCode(const QString& criterion, const QString& indicator) const
{
    const auto& criteria = m_methodology.criteria;
    for (std::size_t c = 0; c < criteria.size(); ++c) {
        if (!indicator.isEmpty()) {
            const auto& list = criteria[c].indicators;
            for (std::size_t i = 0; i < list.size(); ++i)
                if (list[i].code == indicator)
                    return indexOf({static_cast<int>(c), static_cast<int>(i)});
        } else if (criteria[c].code == criterion) {
            return indexOf({static_cast<int>(c), -1});
        }
    }
    // An indicator that is not found (gone, or renamed): its criterion, if that is known.
    if (!indicator.isEmpty() && !criterion.isEmpty())
        return indexOfCode(criterion, {});
    return {};
}

QString MethodologyTreeModel::text(const core::Text3& text) const
{
    // A text missing in the current language shows one of the others, marked in italics.
    if (!text.in(m_language).trimmed().isEmpty())
        return text.in(m_language);
    for (core::Language other : {core::Language::Russian, core::Language::Kazakh, core::Language::English})
        if (!text.in(other).trimmed().isEmpty())
            return text.in(other);
    return {};
}

bool MethodologyTreeModel::inCurrentLanguage(const core::Text3& text) const
{
    return !text.in(m_language).trimmed().isEmpty();
}

int MethodologyTreeModel::problemLevel(const QString& criterion, const QString& indicator) const
{
    int level = 0;
    for (const core::MethodologyProblem& p : m_problems) {
        if (p.indicator != indicator || (indicator.isEmpty() && p.criterion != criterion))
            continue;
        if (p.kind == core::MethodologyProblem::Kind::Dropped)
            continue; // it concerns last year's indicator, which is not in this tree
        level = std::max(level, p.blocking ? 2 : 1);
    }
    return level;
}

QVariant MethodologyTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto position = positionOf(index);
    if (!position)
        return {};
    if (position->isIndicator())
        return indicatorData(position->criterion, position->indicator, index.column(), role);
    return criterionData(position->criterion, index.column(), role);
}

QVariant MethodologyTreeModel::criterionData(int row, int column, int role) const
{
    const core::Criterion& c = m_methodology.criteria[at(row)];
    const double sum = indicatorSum(c);
    const bool sumOk = addsUpTo100(sum) || c.indicators.empty();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return c.code;
        case Name:
            return text(c.name);
        case Weight:
            // The criterion's share of the block, and what its indicators add up to.
            return tr("%1 (Σ %2)").arg(number(c.weight), number(sum));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Weight)
            return addsUpTo100(sum) ? tr("Weight of the criterion in the block: %1 %. Its indicators' weights add "
                                         "up to 100 %.")
                                          .arg(number(c.weight))
                                    : tr("Weight of the criterion in the block: %1 %. Its indicators' weights add "
                                         "up to %2 %, not 100.")
                                          .arg(number(c.weight), number(sum));
        if (column == Name)
            return text(c.name);
        return {};
    case Qt::ForegroundRole:
        if (column == Weight && !sumOk)
            return QBrush(ErrorColor);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        font.setItalic(column == Name && !inCurrentLanguage(c.name));
        return font;
    }
    case Qt::DecorationRole:
        if (column == Code)
            if (const int level = problemLevel(c.code, {}); level > 0)
                return QApplication::style()->standardIcon(level > 1 ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Weight)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant MethodologyTreeModel::indicatorData(int criterion, int row, int column, int role) const
{
    const core::Criterion& c = m_methodology.criteria[at(criterion)];
    const core::Indicator& i = c.indicators[at(row)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return i.code;
        case Name:
            return text(i.name);
        case Weight:
            return number(i.weight);
        case Direction:
            return i.direction == core::Direction::Higher ? u"↑"_s : u"↓"_s;
        case Scoring:
            return Labels::scoringKind(i.scoring);
        case Source:
            return i.sourceType > 0 ? QString::number(i.sourceType) : u"—"_s;
        case Unit:
            return text(i.unit);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return text(i.name);
        case Direction:
            return Labels::direction(i.direction);
        case Scoring:
            return Labels::scoringKindHelp(i.scoring);
        case Source:
            return Labels::sourceType(i.sourceType);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == Source && (i.sourceType == 0 || (m_methodology.block == 1 && i.sourceType == 7)))
            return QBrush(ErrorColor);
        return {};
    case Qt::FontRole:
        if ((column == Name && !inCurrentLanguage(i.name)) || (column == Unit && !inCurrentLanguage(i.unit))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Code)
            if (const int level = problemLevel(c.code, i.code); level > 0)
                return QApplication::style()->standardIcon(level > 1 ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Weight || column == Source)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Direction)
            return QVariant(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant MethodologyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Weight:
            return tr("A criterion's weight in the block (the sum of its indicators' weights in brackets); an "
                      "indicator's weight in its criterion");
        case Source:
            return tr("The kind of information source (§7), 1–9");
        case Direction:
            return tr("Direction: ↑ higher is better, ↓ lower is better");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Weight:
        return tr("Weight, %");
    case Direction:
        return u"↑↓"_s;
    case Scoring:
        return tr("Scoring");
    case Source:
        return tr("§7");
    case Unit:
        return tr("Unit");
    default:
        return {};
    }
}

Qt::ItemFlags MethodologyTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.internalId() != CriterionId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

void MethodologyTreeModel::setMethodology(const core::Methodology& methodology)
{
    beginResetModel();
    m_methodology = methodology;
    m_keys.clear();
    for (std::size_t c = 0; c < m_methodology.criteria.size(); ++c)
        m_keys.push_back(m_nextKey++);
    endResetModel();
}

void MethodologyTreeModel::setLanguage(core::Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    // Names, units and labels change everywhere; the structure does not.
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex parent = index(c, 0);
        Q_EMIT dataChanged(index(c, 0), index(c, ColumnCount - 1));
        if (const int n = rowCount(parent); n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void MethodologyTreeModel::setProblems(const std::vector<core::MethodologyProblem>& problems)
{
    m_problems = problems;
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex parent = index(c, 0);
        Q_EMIT dataChanged(parent, parent, {Qt::DecorationRole});
        if (const int n = rowCount(parent); n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, 0, parent), {Qt::DecorationRole});
    }
}

void MethodologyTreeModel::emitRowChanged(Position position)
{
    Q_EMIT dataChanged(indexOf(position, 0), indexOf(position, ColumnCount - 1));
}

void MethodologyTreeModel::setCriterion(int row, const core::Criterion& criterion)
{
    if (row < 0 || row >= rowCount())
        return;
    core::Criterion& c = m_methodology.criteria[at(row)];
    c.code = criterion.code;
    c.name = criterion.name;
    c.weight = criterion.weight;
    emitRowChanged({row, -1});
}

void MethodologyTreeModel::setIndicator(Position position, const core::Indicator& indicator)
{
    if (!indexOf(position).isValid() || !position.isIndicator())
        return;
    m_methodology.criteria[at(position.criterion)].indicators[at(position.indicator)] = indicator;
    emitRowChanged(position);
    emitRowChanged({position.criterion, -1}); // the sum of the weights
}

void MethodologyTreeModel::setSettings(const core::Methodology& settings)
{
    std::vector<core::Criterion> criteria = std::move(m_methodology.criteria);
    m_methodology = settings;
    m_methodology.criteria = std::move(criteria);
    // The block decides whether source type 7 is shown as an error.
    for (int c = 0; c < rowCount(); ++c)
        if (const int n = rowCount(index(c, 0)); n > 0)
            Q_EMIT dataChanged(index(0, Source, index(c, 0)), index(n - 1, Source, index(c, 0)));
}

QModelIndex MethodologyTreeModel::appendCriterion(const core::Criterion& criterion)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_methodology.criteria.push_back(criterion);
    m_keys.push_back(m_nextKey++);
    endInsertRows();
    return index(row, 0);
}

QModelIndex MethodologyTreeModel::appendIndicator(int criterion, const core::Indicator& indicator)
{
    if (criterion < 0 || criterion >= rowCount())
        return {};
    const QModelIndex parent = index(criterion, 0);
    const int row = rowCount(parent);
    beginInsertRows(parent, row, row);
    m_methodology.criteria[at(criterion)].indicators.push_back(indicator);
    endInsertRows();
    emitRowChanged({criterion, -1});
    return index(row, 0, parent);
}

void MethodologyTreeModel::remove(Position position)
{
    if (!indexOf(position).isValid())
        return;
    if (position.isIndicator()) {
        auto& list = m_methodology.criteria[at(position.criterion)].indicators;
        beginRemoveRows(index(position.criterion, 0), position.indicator, position.indicator);
        list.erase(list.begin() + position.indicator);
        endRemoveRows();
        emitRowChanged({position.criterion, -1});
    } else {
        auto& list = m_methodology.criteria;
        beginRemoveRows({}, position.criterion, position.criterion);
        list.erase(list.begin() + position.criterion);
        m_keys.erase(m_keys.begin() + position.criterion);
        endRemoveRows();
    }
}

MethodologyTreeModel::Position MethodologyTreeModel::move(Position position, int delta)
{
    if (!indexOf(position).isValid() || delta == 0)
        return position;
    const QModelIndex parent = position.isIndicator() ? index(position.criterion, 0) : QModelIndex();
    const int from = position.isIndicator() ? position.indicator : position.criterion;
    const int to = std::clamp(from + delta, 0, rowCount(parent) - 1);
    if (to == from)
        return position;
    // beginMoveRows takes the row before which the moved row lands, in the old numbering.
    if (!beginMoveRows(parent, from, from, parent, to > from ? to + 1 : to))
        return position;
    if (position.isIndicator()) {
        auto& list = m_methodology.criteria[at(position.criterion)].indicators;
        auto moved = list[at(from)];
        list.erase(list.begin() + from);
        list.insert(list.begin() + to, std::move(moved));
    } else {
        auto& list = m_methodology.criteria;
        auto moved = std::move(list[at(from)]);
        list.erase(list.begin() + from);
        list.insert(list.begin() + to, std::move(moved));
        const quintptr key = m_keys[at(from)];
        m_keys.erase(m_keys.begin() + from);
        m_keys.insert(m_keys.begin() + to, key);
    }
    endMoveRows();
    return position.isIndicator() ? Position{position.criterion, to} : Position{to, -1};
}

} // namespace ui
