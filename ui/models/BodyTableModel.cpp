// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyTableModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/RegistryRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

BodyTableModel::BodyTableModel(const core::RegistryRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repo(repository)
    , m_nameDate(QDate::currentDate())
{ }

int BodyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BodyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Result<void> BodyTableModel::reload()
{
    auto bodies = m_repo.bodies();
    if (!bodies)
        return std::unexpected(bodies.error());
    beginResetModel();
    m_rows = std::move(*bodies);
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    for (const core::Body& b : m_rows) {
        QStringList parts{b.code};
        for (const core::BodyName& n : b.names)
            parts << n.shortName.kk << n.shortName.ru << n.shortName.en << n.fullName.kk << n.fullName.ru
                  << n.fullName.en;
        m_searchText.push_back(parts.join(u'\n').toCaseFolded());
    }
    endResetModel();
    return {};
}

void BodyTableModel::setPresentation(core::Language language, QDate nameDate)
{
    if (language == m_language && nameDate == m_nameDate)
        return;
    m_language = language;
    m_nameDate = nameDate.isValid() ? nameDate : QDate::currentDate();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const core::Body* BodyTableModel::bodyAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int BodyTableModel::rowOf(qint64 bodyId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == bodyId)
            return static_cast<int>(i);
    return -1;
}

QVariant BodyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::Body& b = m_rows[row];
    switch (role) {
    case BodyIdRole:
        return b.id;
    case SearchTextRole:
        return m_searchText[row];
    case KindRole:
        return static_cast<int>(b.fields.kind);
    case EvaluatedRole:
        return b.fields.evaluated;
    case ValidFromRole:
        return b.fields.validFrom;
    case ValidToRole:
        return b.fields.validTo;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return b.nameOn(m_nameDate).fullName.in(m_language);
        if (index.column() == Scope)
            return b.fields.scope.note.in(m_language);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QString dateFormat = Language::dateFormat(m_language);
    switch (index.column()) {
    case Code:
        return b.code;
    case Name:
        return b.nameOn(m_nameDate).shortName.in(m_language);
    case Kind:
        return Labels::kind(b.fields.kind);
    case Scope:
        return b.fields.evaluated ? Labels::scope(b.fields.scope) : QString();
    case ValidFrom:
        return b.fields.validFrom.isValid() ? QLocale().toString(b.fields.validFrom, dateFormat) : QString();
    case ValidTo:
        return b.fields.validTo.isValid() ? QLocale().toString(b.fields.validTo, dateFormat) : QString();
    case Status:
        if (b.fields.validTo.isValid() && b.fields.validTo < QDate::currentDate())
            return tr("Ceased");
        return b.fields.evaluated ? tr("Evaluated") : tr("Authorized only");
    default:
        return {};
    }
}

QVariant BodyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Scope:
        return tr("Blocks");
    case ValidFrom:
        return tr("From");
    case ValidTo:
        return tr("To");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ui
