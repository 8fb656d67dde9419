// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/Session.h"
#include "ui/widgets/ReportTexts.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <map>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor ErrorColor(0xb3, 0x26, 0x1e);
const QColor LateColor(0x9a, 0x5b, 0x00);
const QColor OnTimeColor(0x1e, 0x7b, 0x34);

} // namespace

ReportTableModel::ReportTableModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_lock(ReportTexts::lockIcon())
{ }

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Result<void> ReportTableModel::load(int year, std::optional<qint64> bodyId)
{
    auto summaries = m_session.reports().overview(year, bodyId);
    if (!summaries)
        return std::unexpected(summaries.error());
    auto bodies = m_session.registry().repository().bodies();
    if (!bodies)
        return std::unexpected(bodies.error());
    std::map<qint64, const core::Body*> bodyById;
    for (const core::Body& b : *bodies)
        bodyById.emplace(b.id, &b);

    std::vector<Line> lines;
    lines.reserve(summaries->size());
    for (core::ReportSummary& s : *summaries) {
        Line line;
        if (const auto it = bodyById.find(s.report.key.bodyId); it != bodyById.end())
            line.body = *it->second;
        else
            line.body.id = s.report.key.bodyId;
        if (line.body.code.isEmpty())
            line.body.code = s.bodyCode;
        line.summary = std::move(s);
        lines.push_back(std::move(line));
    }
    beginResetModel();
    m_year = year;
    m_lines = std::move(lines);
    endResetModel();
    return {};
}

core::Result<void> ReportTableModel::refresh(const core::ReportKey& key)
{
    const int row = rowOf(key.bodyId, key.block);
    if (row < 0 || key.year != m_year)
        return {};
    auto summaries = m_session.reports().overview(key.year, key.bodyId);
    if (!summaries)
        return std::unexpected(summaries.error());
    for (core::ReportSummary& s : *summaries) {
        if (s.report.key.block != key.block)
            continue;
        m_lines[static_cast<std::size_t>(row)].summary = std::move(s);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return {};
}

void ReportTableModel::setLanguage(core::Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    retranslate();
}

void ReportTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReportTableModel::rowOf(qint64 bodyId, int block) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].summary.report.key.bodyId == bodyId && m_lines[i].summary.report.key.block == block)
            return static_cast<int>(i);
    return -1;
}

int ReportTableModel::rowOf(const QString& code, int block) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].body.code == code && (block == 0 || m_lines[i].summary.report.key.block == block))
            return static_cast<int>(i);
    return -1;
}

QString ReportTableModel::bodyText(const core::Body& body) const
{
    if (body.names.empty())
        return body.code;
    return body.code + u"  "_s + body.nameOn(QDate(m_year, 12, 31)).shortName.in(m_language);
}

QString ReportTableModel::bodyFullName(const core::Body& body) const
{
    if (body.names.empty())
        return body.code;
    const core::BodyName& n = body.nameOn(QDate(m_year, 12, 31));
    return n.fullName.in(m_language).isEmpty() ? n.shortName.in(m_language) : n.fullName.in(m_language);
}

QString ReportTableModel::formatDate(const QDate& date) const
{
    return date.isValid() ? QLocale().toString(date, Language::dateFormat(m_language)) : QString();
}

QVariant ReportTableModel::display(const Line& line, int column) const
{
    const core::ReportSummary& s = line.summary;
    const core::Report& r = s.report;
    switch (column) {
    case Body:
        return bodyText(line.body);
    case Block:
        return r.key.block; // narrow: the block's name is in the tooltip
    case State:
        return ReportTexts::state(r.state);
    case Revision:
        return r.revision;
    case Deadline:
        return r.deadline.isValid() ? formatDate(r.deadline) : u"—"_s;
    case Timeliness:
        return ReportTexts::timeliness(r.timeliness, r.daysLate);
    case Filled:
        return u"%1/%2"_s.arg(s.filled).arg(s.lines);
    case Errors:
        return s.errors;
    case Remarks:
        return s.remarks;
    case Evidence:
        return s.evidence;
    default:
        return {};
    }
}

QVariant ReportTableModel::toolTip(const Line& line, int column) const
{
    const core::ReportSummary& s = line.summary;
    const core::Report& r = s.report;
    switch (column) {
    case Body:
        return bodyFullName(line.body);
    case Block:
        return Labels::block(r.key.block);
    case State: {
        QString text = ReportTexts::stateHelp(r.state);
        if (r.submittedAt.isValid())
            text += u"\n"_s
                    + tr("Last submitted on %1.")
                          .arg(QLocale().toString(r.submittedAt.toLocalTime(),
                                                  Language::dateFormat(m_language) + u" HH:mm"_s));
        return text;
    }
    case Timeliness:
        if (r.firstSubmittedAt.isValid())
            return tr("First submitted on %1; the deadline was %2.")
                .arg(formatDate(r.firstSubmittedAt.toLocalTime().date()),
                     r.deadline.isValid() ? formatDate(r.deadline) : u"—"_s);
        return r.deadline.isValid() ? tr("Not submitted yet; the deadline is %1.").arg(formatDate(r.deadline))
                                    : tr("The year's schedule has no reporting date (§10).");
    case Filled:
        return tr("%1 of %2 indicators have a fact").arg(s.filled).arg(s.lines);
    case Errors:
        return tr("Errors: %1. Warnings: %2.").arg(s.errors).arg(s.warnings);
    case Remarks:
        return tr("Indicators with a remark of the authorized body");
    case Evidence:
        return tr("Evidence files attached");
    default:
        return {};
    }
}

QVariant ReportTableModel::sortValue(const Line& line, int column) const
{
    const core::ReportSummary& s = line.summary;
    const core::Report& r = s.report;
    switch (column) {
    case Body:
        return line.body.code;
    case Block:
        return r.key.block;
    case State:
        return static_cast<int>(r.state);
    case Revision:
        return r.revision;
    case Deadline:
        return r.deadline.isValid() ? r.deadline.toJulianDay() : 0;
    case Timeliness:
        return static_cast<int>(r.timeliness) * 100000 + r.daysLate;
    case Filled:
        return s.lines > 0 ? double(s.filled) / s.lines : 0.0;
    case Errors:
        return s.errors;
    case Remarks:
        return s.remarks;
    case Evidence:
        return s.evidence;
    default:
        return {};
    }
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[static_cast<std::size_t>(index.row())];
    const core::Report& r = line.summary.report;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case Qt::ToolTipRole:
        return toolTip(line, column);
    case Qt::DecorationRole:
        if (column == State && core::isLocked(r.state))
            return m_lock;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Block)
            return static_cast<int>(Qt::AlignCenter);
        if (column == Revision || column == Filled || column == Errors || column == Remarks || column == Evidence)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return (Qt::AlignLeft | Qt::AlignVCenter).toInt();
    case Qt::ForegroundRole:
        if (column == Errors && line.summary.errors > 0)
            return QBrush(ErrorColor);
        if (column == Timeliness) {
            if (r.timeliness == core::Timeliness::Overdue)
                return QBrush(ErrorColor);
            if (r.timeliness == core::Timeliness::Late)
                return QBrush(LateColor);
            if (r.timeliness == core::Timeliness::OnTime)
                return QBrush(OnTimeColor);
        }
        if (column == State)
            return QBrush(ReportTexts::stateColors(r.state).second);
        return {};
    case Qt::BackgroundRole:
        if (column == State)
            return QBrush(ReportTexts::stateColors(r.state).first);
        return {};
    case Qt::FontRole:
        if (column == Errors && line.summary.errors > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case BodyIdRole:
        return r.key.bodyId;
    case BlockRole:
        return r.key.block;
    case StateRole:
        return static_cast<int>(r.state);
    case LockedRole:
        return core::isLocked(r.state);
    case TimelinessRole:
        return static_cast<int>(r.timeliness);
    case DaysLateRole:
        return r.daysLate;
    case SortRole:
        return sortValue(line, column);
    case SearchRole: {
        QStringList texts{line.body.code};
        for (const core::BodyName& n : line.body.names)
            texts << n.shortName.kk << n.shortName.ru << n.shortName.en << n.fullName.in(m_language);
        return texts.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Body:
            return tr("Body");
        case Block:
            return tr("Block");
        case State:
            return tr("State");
        case Revision:
            return tr("Rev.");
        case Deadline:
            return tr("Deadline");
        case Timeliness:
            return tr("Timeliness");
        case Filled:
            return tr("Filled");
        case Errors:
            return tr("Errors");
        case Remarks:
            return tr("Remarks");
        case Evidence:
            return tr("Files");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Revision:
            return tr("Revision: how many times the report was submitted");
        case Deadline:
            return tr("The schedule's date for the reporting information (§10, §41)");
        case Timeliness:
            return tr("Whether the report came by the deadline: separate from its state");
        case Filled:
            return tr("Indicators with a fact, of all the indicators of the form");
        case Errors:
            return tr("Errors that stop the submission");
        case Remarks:
            return tr("Indicators with a remark of the authorized body");
        case Evidence:
            return tr("Evidence files attached");
        default:
            return {};
        }
    }
    return {};
}

ReportFilterProxyModel::ReportFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportTableModel::SortRole);
}

void ReportFilterProxyModel::setStateFilter(std::optional<core::ReportState> state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
}

void ReportFilterProxyModel::setSearchText(const QString& text)
{
    const QString search = text.trimmed();
    if (m_search == search)
        return;
    m_search = search;
    invalidateFilter();
}

bool ReportFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(ReportTableModel::StateRole).toInt() != static_cast<int>(*m_state))
        return false;
    if (!m_search.isEmpty()
        && !index.data(ReportTableModel::SearchRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool ReportFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        if (const int c = QString::localeAwareCompare(a.toString(), b.toString()); c != 0)
            return c < 0;
    } else if (const double x = a.toDouble(), y = b.toDouble(); x != y) {
        return x < y;
    }
    return left.row() < right.row(); // stable: the service's order (by code and block)
}

} // namespace ui
