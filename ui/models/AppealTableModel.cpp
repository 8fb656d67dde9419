// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppealTableModel.h"

#include "ui/widgets/ConclusionTexts.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor LateText(0xb3, 0x26, 0x1e);

} // namespace

AppealTableModel::AppealTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{ }

void AppealTableModel::setAppeals(std::vector<core::Appeal> appeals)
{
    beginResetModel();
    m_appeals = std::move(appeals);
    endResetModel();
}

void AppealTableModel::setToday(QDate today)
{
    m_today = today;
    retranslate();
}

void AppealTableModel::setLanguage(core::Language language)
{
    m_language = language;
    retranslate();
}

void AppealTableModel::retranslate()
{
    if (!m_appeals.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AppealTableModel::rowOf(qint64 appealId) const
{
    for (std::size_t i = 0; i < m_appeals.size(); ++i)
        if (m_appeals[i].id == appealId)
            return static_cast<int>(i);
    return -1;
}

bool AppealTableModel::overdue(const core::Appeal& a) const
{
    if (a.status == core::AppealStatus::Pending)
        return a.decideBy.isValid() && a.decideBy < m_today;
    return a.decidedLate();
}

int AppealTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_appeals.size());
}

int AppealTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppealTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Appeal& a = appeal(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case StatusRole:
        return static_cast<int>(a.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return ConclusionTexts::appealKind(a.kind);
        case Filed:
            return ConclusionTexts::date(a.filedOn, m_language);
        case FileBy:
            return ConclusionTexts::date(a.fileBy, m_language);
        case Items:
            return QLocale().toString(static_cast<int>(a.items.size()));
        case Documents:
            return QLocale().toString(static_cast<int>(a.documents.size()));
        case DecideBy:
            return ConclusionTexts::date(a.decideBy, m_language);
        case Status:
            return ConclusionTexts::appealStatus(a.status);
        case Decided:
            if (!a.decidedOn.isValid())
                return QString();
            return a.decidedLate() ? tr("%1 (late)").arg(ConclusionTexts::date(a.decidedOn, m_language))
                                   : ConclusionTexts::date(a.decidedOn, m_language);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if ((index.column() == DecideBy || index.column() == Decided || index.column() == Status) && overdue(a))
            return QBrush(LateText);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DecideBy)
            return overdue(a) && a.status == core::AppealStatus::Pending
                       ? tr("The 15 calendar days for the decision have passed (§60)")
                       : tr("The last day of the 15 calendar days for the decision (§60)");
        if (index.column() == FileBy)
            return tr("The last day to file: 5 working days (§57, §62)");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Items || index.column() == Documents)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    default:
        return {};
    }
}

QVariant AppealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Filed:
        return tr("Filed");
    case FileBy:
        return tr("Last day to file");
    case Items:
        return tr("Indicators");
    case Documents:
        return tr("Documents");
    case DecideBy:
        return tr("Decision by");
    case Status:
        return tr("Status");
    case Decided:
        return tr("Decided");
    default:
        return {};
    }
}

} // namespace ui
