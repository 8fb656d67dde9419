// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageHistoryModel.h"

#include "PackageTemplateModel.h"

#include "ui/Session.h"
#include "ui/widgets/PackageTexts.h"

#include "core/PackageService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor SupersededText(0x80, 0x80, 0x80);

} // namespace

PackageHistoryModel::PackageHistoryModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

core::Result<void> PackageHistoryModel::load(std::optional<int> year)
{
    std::vector<Row> rows;
    auto packages = m_session.packages().importedPackages(year);
    auto bodies = PackageBodies::read(m_session);
    if (packages && bodies) {
        for (const core::ImportedPackage& p : *packages) {
            Row row;
            row.package = p;
            row.bodyCode = bodies->code(p.bodyId);
            row.bodyName = bodies->shortName(p.bodyId, p.year);
            rows.push_back(std::move(row));
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return std::tie(a.package.importedAt, a.package.id) > std::tie(b.package.importedAt, b.package.id);
        });
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!packages)
        return std::unexpected(packages.error());
    if (!bodies)
        return std::unexpected(bodies.error());
    return {};
}

void PackageHistoryModel::setLanguage(core::Language language)
{
    m_language = language;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PackageHistoryModel::rowOfPackage(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].package.id == id)
            return static_cast<int>(i);
    return -1;
}

int PackageHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PackageHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& it = row(index.row());
    const core::ImportedPackage& p = it.package;
    switch (role) {
    case PackageIdRole:
        return p.id;
    case SupersededRole:
        return p.supersededBy.has_value();
    case Qt::ForegroundRole:
        return p.supersededBy ? QVariant(QBrush(SupersededText)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Sequence)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Body:
            return it.bodyCode + u"  "_s + it.bodyName.in(m_language);
        case Hash:
            return tr("SHA-256 of the file: %1").arg(p.sha256);
        case Sequence:
            return tr("The number the body's workstation gave the package when it was exported.");
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Number:
            return p.id;
        case Year:
            return p.year;
        case Sequence:
            return p.sequence;
        case Created:
            return p.createdAt;
        case ImportedAt:
            return p.importedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return u"#%1"_s.arg(p.id);
        case Body:
            return it.bodyCode + u"  "_s + it.bodyName.in(m_language);
        case Year:
            return p.year;
        case Kind:
            return PackageTexts::kind(p.kind);
        case Sequence:
            return QLocale().toString(p.sequence);
        case Created:
            return PackageTexts::moment(p.createdAt, m_language);
        case ImportedAt:
            return PackageTexts::moment(p.importedAt, m_language);
        case ImportedBy:
            return p.importedBy;
        case Hash:
            return PackageTexts::shortHash(p.sha256);
        case State:
            return p.supersededBy ? tr("Superseded by #%1").arg(*p.supersededBy) : tr("Current");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PackageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Body:
        return tr("Body");
    case Year:
        return tr("Year");
    case Kind:
        return tr("Kind");
    case Sequence:
        return tr("Package no.");
    case Created:
        return tr("Created");
    case ImportedAt:
        return tr("Imported");
    case ImportedBy:
        return tr("Imported by");
    case Hash:
        return tr("SHA-256");
    case State:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ui
