// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameHistoryModel.h"

#include "ui/Language.h"

#include <QLocale>

namespace ui {

NameHistoryModel::NameHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int NameHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int NameHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void NameHistoryModel::setBody(const core::Body* body, core::Language language)
{
    beginResetModel();
    m_names = body ? body->names : std::vector<core::BodyName>();
    m_language = language;
    endResetModel();
}

const core::BodyName* NameHistoryModel::nameAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_names[static_cast<std::size_t>(row)];
}

QVariant NameHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::BodyName& n = m_names[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case From:
        return n.validFrom.isValid() ? QLocale().toString(n.validFrom, Language::dateFormat(m_language))
                                     : tr("from the start");
    case ShortKk:
        return n.shortName.kk;
    case ShortRu:
        return n.shortName.ru;
    case ShortEn:
        return n.shortName.en;
    case FullKk:
        return n.fullName.kk;
    case FullRu:
        return n.fullName.ru;
    case FullEn:
        return n.fullName.en;
    default:
        return {};
    }
}

QVariant NameHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case From:
        return tr("In force from");
    case ShortKk:
        return tr("Short name (kk)");
    case ShortRu:
        return tr("Short name (ru)");
    case ShortEn:
        return tr("Short name (en)");
    case FullKk:
        return tr("Full name (kk)");
    case FullRu:
        return tr("Full name (ru)");
    case FullEn:
        return tr("Full name (en)");
    default:
        return {};
    }
}

} // namespace ui
