// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConclusionTableModel.h"

#include "ui/Session.h"
#include "ui/widgets/ConclusionTexts.h"

#include "core/AppealService.h"
#include "core/ConclusionService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

ConclusionTableModel::ConclusionTableModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

core::Result<void> ConclusionTableModel::load(int year, std::optional<int> block)
{
    auto conclusions = m_session.conclusions().conclusions(year, block);
    auto bodies = m_session.registry().repository().bodies();
    std::vector<Line> lines;
    if (conclusions)
        for (core::Conclusion& c : *conclusions)
            lines.push_back({std::move(c), 0, 0});
    core::Result<void> counted = countAppeals(lines);
    beginResetModel();
    m_year = year;
    m_block = block;
    m_lines = std::move(lines);
    m_bodies.clear();
    if (bodies)
        for (core::Body& b : *bodies)
            m_bodies.emplace(b.id, std::move(b));
    endResetModel();
    if (!conclusions)
        return std::unexpected(conclusions.error());
    if (!bodies)
        return std::unexpected(bodies.error());
    return counted;
}

core::Result<void> ConclusionTableModel::countAppeals(std::vector<Line>& lines) const
{
    if (lines.empty())
        return {};
    auto appeals = m_session.appeals().appeals(lines.front().conclusion.year);
    if (!appeals)
        return std::unexpected(appeals.error());
    std::map<qint64, std::pair<int, int>> counts;
    for (const core::Appeal& a : *appeals) {
        auto& [all, pending] = counts[a.conclusionId];
        ++all;
        pending += a.status == core::AppealStatus::Pending ? 1 : 0;
    }
    for (Line& line : lines)
        if (const auto it = counts.find(line.conclusion.id); it != counts.end())
            std::tie(line.appeals, line.pendingAppeals) = it->second;
    return {};
}

core::Result<void> ConclusionTableModel::refresh(qint64 conclusionId)
{
    const int row = rowOf(conclusionId);
    if (row < 0)
        return {};
    auto c = m_session.conclusions().conclusion(conclusionId);
    if (!c)
        return std::unexpected(c.error());
    auto appeals = m_session.appeals().forConclusion(conclusionId);
    if (!appeals)
        return std::unexpected(appeals.error());
    Line& line = m_lines[static_cast<std::size_t>(row)];
    line.conclusion = std::move(*c);
    line.appeals = static_cast<int>(appeals->size());
    line.pendingAppeals = 0;
    for (const core::Appeal& a : *appeals)
        line.pendingAppeals += a.status == core::AppealStatus::Pending ? 1 : 0;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

void ConclusionTableModel::setLanguage(core::Language language)
{
    m_language = language;
    retranslate();
}

void ConclusionTableModel::retranslate()
{
    if (!m_lines.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ConclusionTableModel::rowOf(qint64 conclusionId) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].conclusion.id == conclusionId)
            return static_cast<int>(i);
    return -1;
}

int ConclusionTableModel::rowOf(const QString& code, int block) const
{
    int found = -1;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const core::Conclusion& c = m_lines[i].conclusion;
        if (c.bodyCode.compare(code, Qt::CaseInsensitive) != 0 || (block != 0 && c.block != block))
            continue;
        if (!c.part)
            return static_cast<int>(i);
        if (found < 0)
            found = static_cast<int>(i);
    }
    return found;
}

QString ConclusionTableModel::bodyName(qint64 bodyId) const
{
    const auto it = m_bodies.find(bodyId);
    if (it == m_bodies.end())
        return {};
    return it->second.nameOn(QDate(m_year, 12, 31)).shortName.in(m_language);
}

QString ConclusionTableModel::bodyText(qint64 bodyId) const
{
    const auto it = m_bodies.find(bodyId);
    if (it == m_bodies.end())
        return {};
    return it->second.code + u"  "_s + bodyName(bodyId);
}

int ConclusionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ConclusionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConclusionTableModel::display(const Line& line, int column) const
{
    const core::Conclusion& c = line.conclusion;
    switch (column) {
    case Body:
        return bodyText(c.bodyId);
    case BlockPart:
        return ConclusionTexts::blockPart(c.block, c.part);
    case Author: {
        if (!c.authorId)
            return QString();
        const auto it = m_bodies.find(*c.authorId);
        return it != m_bodies.end() ? it->second.code : QString();
    }
    case State:
        return ConclusionTexts::state(c.state);
    case Version:
        return c.versions > 0 ? QLocale().toString(c.versions) : QString();
    case Sent:
        return ConclusionTexts::date(c.sentOn, m_language);
    case Received:
        return ConclusionTexts::date(c.receivedOn, m_language);
    case AppealLastDay:
        return ConclusionTexts::date(c.appealDeadline, m_language);
    case Appeals:
        if (line.appeals == 0)
            return QString();
        return line.pendingAppeals > 0
                   ? tr("%1 (%2 pending)")
                         .arg(QLocale().toString(line.appeals), QLocale().toString(line.pendingAppeals))
                   : QLocale().toString(line.appeals);
    default:
        return {};
    }
}

QVariant ConclusionTableModel::sortValue(const Line& line, int column) const
{
    const core::Conclusion& c = line.conclusion;
    switch (column) {
    case Body:
        return c.bodyCode;
    case BlockPart:
        return c.block * 100 + (c.part ? static_cast<int>(*c.part) + 1 : 0);
    case State:
        return static_cast<int>(c.state);
    case Version:
        return c.versions;
    case Sent:
        return c.sentOn;
    case Received:
        return c.receivedOn;
    case AppealLastDay:
        return c.appealDeadline;
    case Appeals:
        return line.appeals * 1000 + line.pendingAppeals;
    default:
        return display(line, column);
    }
}

QVariant ConclusionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& l = line(index.row());
    const core::Conclusion& c = l.conclusion;
    switch (role) {
    case Qt::DisplayRole:
        return display(l, index.column());
    case IdRole:
        return c.id;
    case StateRole:
        return static_cast<int>(c.state);
    case SortRole:
        return sortValue(l, index.column());
    case SearchRole: {
        const auto it = m_bodies.find(c.bodyId);
        if (it == m_bodies.end())
            return c.bodyCode;
        QStringList texts{c.bodyCode};
        for (const core::BodyName& n : it->second.names)
            texts << n.shortName.kk << n.shortName.ru << n.shortName.en;
        return texts.join(u' ');
    }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Body:
            return display(l, Body);
        case Author:
            return c.authorId ? bodyText(*c.authorId) : tr("No authorized body evaluates this block.");
        case State:
            return ConclusionTexts::stateHelp(c.state);
        case AppealLastDay:
            return tr("The last day to file an objection: 5 working days after receipt (§57)");
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (index.column() == State)
            return QBrush(ConclusionTexts::stateColors(c.state).first);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State)
            return QBrush(ConclusionTexts::stateColors(c.state).second);
        if (index.column() == Appeals && l.pendingAppeals > 0)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Version)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    default:
        return {};
    }
}

QVariant ConclusionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Body:
        return tr("Body");
    case BlockPart:
        return tr("Block");
    case Author:
        return tr("Author");
    case State:
        return tr("State");
    case Version:
        return tr("Version");
    case Sent:
        return tr("Sent");
    case Received:
        return tr("Received");
    case AppealLastDay:
        return tr("Objection by");
    case Appeals:
        return tr("Appeals");
    default:
        return {};
    }
}

} // namespace ui
