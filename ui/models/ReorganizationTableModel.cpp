// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorganizationTableModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/RegistryRepository.h"
#include "core/ReorganizationRules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

ReorganizationTableModel::ReorganizationTableModel(const core::RegistryRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repo(repository)
{ }

int ReorganizationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReorganizationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Result<void> ReorganizationTableModel::reload()
{
    auto reorganizations = m_repo.reorganizations();
    if (!reorganizations)
        return std::unexpected(reorganizations.error());
    auto bodies = m_repo.bodies();
    if (!bodies)
        return std::unexpected(bodies.error());
    beginResetModel();
    m_all = std::move(*reorganizations);
    m_bodies.clear();
    for (core::Body& b : *bodies)
        m_bodies.emplace(b.id, std::move(b));
    applyFilter();
    endResetModel();
    return {};
}

void ReorganizationTableModel::applyFilter()
{
    m_rows.clear();
    for (const core::Reorganization& r : m_all) {
        if (m_bodyFilter) {
            const auto has = [&](const std::vector<qint64>& v) {
                return std::find(v.begin(), v.end(), *m_bodyFilter) != v.end();
            };
            if (!has(r.predecessors) && !has(r.successors))
                continue;
        }
        m_rows.push_back(r);
    }
}

void ReorganizationTableModel::setBodyFilter(std::optional<qint64> bodyId)
{
    beginResetModel();
    m_bodyFilter = bodyId;
    applyFilter();
    endResetModel();
}

void ReorganizationTableModel::setPresentation(core::Language language, int evaluatedYear)
{
    m_language = language;
    m_year = evaluatedYear;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const core::Reorganization* ReorganizationTableModel::reorganizationAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

QString ReorganizationTableModel::names(const std::vector<qint64>& ids, QDate date) const
{
    QStringList parts;
    for (qint64 id : ids) {
        const auto it = m_bodies.find(id);
        if (it != m_bodies.end())
            parts << it->second.nameOn(date).shortName.in(m_language) + u" ("_s + it->second.code + u')';
    }
    return parts.join(u"; "_s);
}

QString ReorganizationTableModel::treatment(const core::Reorganization& r) const
{
    QStringList lines;
    for (qint64 id : r.predecessors) {
        const auto it = m_bodies.find(id);
        const QString code = it != m_bodies.end() ? it->second.code : QString::number(id);
        lines << code + u": "_s + Labels::treatment(core::treatmentFor(r, id, m_year));
    }
    return lines.join(u'\n');
}

QVariant ReorganizationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Reorganization& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ReorganizationIdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Date && r.approximate)
        return tr("Approximate date: confirm it when the act is published");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date: {
        const QString date = QLocale().toString(r.date, Language::dateFormat(m_language));
        return r.approximate ? u"≈ "_s + date : date;
    }
    case Kind:
        return Labels::reorganizationKind(r.kind);
    case From:
        return names(r.predecessors, r.date.addDays(-1));
    case To:
        return names(r.successors, r.date);
    case Treatment:
        return treatment(r);
    case Note:
        return r.note.in(m_language);
    default:
        return {};
    }
}

QVariant ReorganizationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case From:
        return tr("Before");
    case To:
        return tr("After");
    case Treatment:
        return tr("Treatment for %1 (§53–55)").arg(m_year);
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ui
