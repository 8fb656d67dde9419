// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommissionTableModel.h"

#include "ui/Labels.h"
#include "ui/widgets/ConclusionTexts.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor RiseText(0x0d, 0x65, 0x2d);
const QColor FallText(0xb3, 0x26, 0x1e);
const QColor AlertBackground(0xfd, 0xe2, 0xe1);
const QColor AlertText(0x1f, 0x1f, 0x1f);

/// The block (1–3) and field of a block column, or block 0.
std::pair<int, CommissionTableModel::BlockField> blockOf(int column)
{
    if (column < CommissionTableModel::FirstBlockColumn || column >= CommissionTableModel::FirstStageColumn)
        return {0, CommissionTableModel::Score};
    const int offset = column - CommissionTableModel::FirstBlockColumn;
    return {offset / CommissionTableModel::BlockFieldCount + 1,
            static_cast<CommissionTableModel::BlockField>(offset % CommissionTableModel::BlockFieldCount)};
}

const core::CommissionBlock& blockAt(const core::CommissionRow& row, int block)
{
    return row.blocks[static_cast<std::size_t>(block - 1)];
}

} // namespace

CommissionTableModel::CommissionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CommissionTableModel::setResult(core::CommissionResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void CommissionTableModel::setLanguage(core::Language language)
{
    m_language = language;
    retranslate();
}

void CommissionTableModel::retranslate()
{
    if (!m_result.rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CommissionTableModel::blockColumn(int block, BlockField field)
{
    return FirstBlockColumn + (block - 1) * BlockFieldCount + field;
}

int CommissionTableModel::stageColumn(core::CommissionStage stage)
{
    return FirstStageColumn + static_cast<int>(stage);
}

int CommissionTableModel::rowOf(qint64 bodyId) const
{
    for (std::size_t i = 0; i < m_result.rows.size(); ++i)
        if (m_result.rows[i].bodyId == bodyId)
            return static_cast<int>(i);
    return -1;
}

int CommissionTableModel::rowOf(const QString& code) const
{
    for (std::size_t i = 0; i < m_result.rows.size(); ++i)
        if (m_result.rows[i].code.compare(code, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

bool CommissionTableModel::hasAlert(qint64 bodyId, int block) const
{
    for (const core::CommissionAlert& a : m_result.alerts)
        if (a.bodyId == bodyId && (block == 0 || a.block == block))
            return true;
    const int r = rowOf(bodyId);
    if (r < 0)
        return false;
    for (int b = 1; b <= 3; ++b)
        if ((block == 0 || block == b) && blockAt(row(r), b).alert)
            return true;
    return false;
}

QStringList CommissionTableModel::alerts(qint64 bodyId) const
{
    QStringList lines;
    for (const core::CommissionAlert& a : m_result.alerts) {
        if (a.bodyId != bodyId)
            continue;
        QStringList scores;
        for (const double s : a.scores)
            scores << QLocale().toString(s, 'f', 1);
        lines << tr("%1: the score has fallen two or more years in a row (§73): %2")
                     .arg(Labels::blockShort(a.block), scores.join(u" → "_s));
    }
    return lines;
}

int CommissionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.rows.size());
}

int CommissionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommissionTableModel::display(const core::CommissionRow& r, int column) const
{
    if (column == Code)
        return hasAlert(r.bodyId) ? r.code + u" ⚠"_s : r.code;
    if (column == Name)
        return r.name.in(m_language);
    if (column >= FirstStageColumn && column < Recommendations)
        return ConclusionTexts::date(r.stages[static_cast<std::size_t>(column - FirstStageColumn)], m_language);
    if (column == Recommendations)
        return r.recommendations > 0 ? QLocale().toString(r.recommendations) : QString();
    const auto [block, field] = blockOf(column);
    if (block == 0)
        return {};
    const core::CommissionBlock& b = blockAt(r, block);
    if (!b.inScope)
        return field == Score ? u"—"_s : QString();
    switch (field) {
    case Score:
        return ConclusionTexts::number(b.score);
    case Rating:
        return b.rating;
    case Rank:
        return b.rank ? QLocale().toString(*b.rank) : QString();
    case Change:
        if (!b.change)
            return QString();
        if (*b.change > 0.05)
            return u"▲ "_s + QLocale().toString(*b.change, 'f', 1);
        if (*b.change < -0.05)
            return u"▼ "_s + QLocale().toString(-*b.change, 'f', 1);
        return u"= 0"_s;
    case Conclusion: {
        if (!b.conclusionId)
            return tr("none");
        QString text = ConclusionTexts::state(b.state);
        if (b.version > 1)
            text += u", v"_s + QString::number(b.version);
        return text;
    }
    case BlockFieldCount:
        break;
    }
    return {};
}

QVariant CommissionTableModel::sortValue(const core::CommissionRow& r, int column) const
{
    if (column >= FirstStageColumn && column < Recommendations)
        return r.stages[static_cast<std::size_t>(column - FirstStageColumn)];
    if (column == Recommendations)
        return r.recommendations;
    const auto [block, field] = blockOf(column);
    if (block == 0)
        return display(r, column);
    const core::CommissionBlock& b = blockAt(r, block);
    switch (field) {
    case Score:
        return b.score ? *b.score : -1.0;
    case Rank:
        return b.rank ? *b.rank : 100000;
    case Change:
        return b.change ? *b.change : -100000.0;
    case Conclusion:
        return b.conclusionId ? static_cast<int>(b.state) : -1;
    default:
        return display(r, column);
    }
}

QVariant CommissionTableModel::toolTip(const core::CommissionRow& r, int column) const
{
    if (column == Code || column == Name) {
        QStringList lines{r.code + u"  "_s + r.name.in(m_language)};
        lines << alerts(r.bodyId);
        if (!r.conclusionsFinal())
            lines << tr("Not every block's conclusion is final yet: §48 cannot be recorded.");
        return lines.join(u'\n');
    }
    const auto [block, field] = blockOf(column);
    if (block == 0)
        return {};
    const core::CommissionBlock& b = blockAt(r, block);
    if (!b.inScope)
        return tr("%1 is not part of the body's scope this year.").arg(Labels::blockShort(block));
    switch (field) {
    case Score:
        return b.fromConclusion ? tr("The score of the conclusion's latest version (%1)").arg(b.version)
                                : tr("Computed from the current data: no conclusion has been issued");
    case Rating:
        return b.ratingName.in(m_language);
    case Change:
        return b.previous ? tr("Last year: %1").arg(ConclusionTexts::number(b.previous)) : tr("No score last year");
    case Conclusion:
        if (b.pendingAppeals > 0)
            return tr("%n appeal(s) pending", nullptr, b.pendingAppeals);
        return b.conclusionId ? ConclusionTexts::stateHelp(b.state) : tr("No conclusion has been started.");
    default:
        return {};
    }
}

QVariant CommissionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CommissionRow& r = row(index.row());
    const int column = index.column();
    const auto [block, field] = blockOf(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case BodyIdRole:
        return r.bodyId;
    case SortRole:
        return sortValue(r, column);
    case AlertRole:
        return hasAlert(r.bodyId, block);
    case ReadyRole:
        return r.conclusionsFinal();
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::ForegroundRole:
        if (block != 0 && field == Change) {
            const auto& change = blockAt(r, block).change;
            if (change && *change > 0.05)
                return QBrush(RiseText);
            if (change && *change < -0.05)
                return QBrush(FallText);
        }
        if (column == Code && hasAlert(r.bodyId))
            return QBrush(AlertText);
        if (block != 0 && field == Conclusion && blockAt(r, block).pendingAppeals > 0)
            return QBrush(FallText);
        return {};
    case Qt::BackgroundRole:
        if ((column == Code && hasAlert(r.bodyId)) || (block != 0 && field == Change && blockAt(r, block).alert))
            return QBrush(AlertBackground);
        return {};
    case Qt::FontRole:
        if (block != 0 && field == Score) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (block != 0 && field != Conclusion && field != Rating)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        if (block != 0 && field == Rating)
            return static_cast<int>(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant CommissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto [block, field] = blockOf(section);
    if (role == Qt::ToolTipRole) {
        if (block != 0)
            return Labels::block(block);
        if (section >= FirstStageColumn && section < Recommendations)
            return ConclusionTexts::stage(static_cast<core::CommissionStage>(section - FirstStageColumn));
        if (section == Recommendations)
            return tr("The Commission's recommendations and orders to the body's head (§51)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Code)
        return tr("Code");
    if (section == Name)
        return tr("Body");
    if (section >= FirstStageColumn && section < Recommendations)
        return ConclusionTexts::stageShort(static_cast<core::CommissionStage>(section - FirstStageColumn));
    if (section == Recommendations)
        return tr("Recommendations");
    if (block == 0)
        return {};
    // Two lines: the block above what its column shows.
    QString what;
    switch (field) {
    case Score:
        what = tr("Score");
        break;
    case Rating:
        what = tr("Rating");
        break;
    case Rank:
        what = tr("Rank");
        break;
    case Change:
        what = tr("Change");
        break;
    case Conclusion:
        what = tr("Conclusion");
        break;
    case BlockFieldCount:
        break;
    }
    return Labels::blockShort(block) + u'\n' + what;
}

} // namespace ui
