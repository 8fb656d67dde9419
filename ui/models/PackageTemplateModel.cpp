// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageTemplateModel.h"

#include "ui/Session.h"
#include "ui/widgets/PackageTexts.h"

#include "core/PackageService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/Signing.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor InactiveText(0x80, 0x80, 0x80);

} // namespace

core::Result<PackageBodies> PackageBodies::read(Session& session)
{
    auto bodies = session.registry().repository().bodies();
    if (!bodies)
        return std::unexpected(bodies.error());
    PackageBodies result;
    for (core::Body& body : *bodies)
        result.byId.emplace(body.id, std::move(body));
    return result;
}

QString PackageBodies::code(qint64 id) const
{
    const auto it = byId.find(id);
    return it == byId.end() ? u"#%1"_s.arg(id) : it->second.code;
}

core::Text3 PackageBodies::shortName(qint64 id, int year) const
{
    const auto it = byId.find(id);
    if (it == byId.end() || it->second.names.empty())
        return {};
    return it->second.nameOn(QDate(year, 12, 31)).shortName;
}

PackageTemplateModel::PackageTemplateModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
{ }

core::Result<void> PackageTemplateModel::load(std::optional<int> year)
{
    std::vector<Row> rows;
    auto templates = m_session.packages().templates(year);
    auto keys = m_session.packages().bodyKeys();
    auto bodies = PackageBodies::read(m_session);
    if (templates && keys && bodies) {
        std::map<qint64, core::BodyKey> keyById;
        for (const core::BodyKey& key : *keys)
            keyById.emplace(key.id, key);
        for (const core::IssuedTemplate& t : *templates) {
            Row row;
            row.issued = t;
            if (const auto key = keyById.find(t.keyId); key != keyById.end())
                row.key = key->second;
            row.bodyCode = bodies->code(t.bodyId);
            row.bodyName = bodies->shortName(t.bodyId, t.year);
            rows.push_back(std::move(row));
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Row& a, const Row& b) { return a.issued.issuedAt > b.issued.issuedAt; });
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!templates)
        return std::unexpected(templates.error());
    if (!keys)
        return std::unexpected(keys.error());
    if (!bodies)
        return std::unexpected(bodies.error());
    return {};
}

void PackageTemplateModel::setLanguage(core::Language language)
{
    m_language = language;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PackageTemplateModel::setToday(QDate today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

PackageTemplateModel::KeyStatus PackageTemplateModel::keyStatus(int r) const
{
    const Row& it = row(r);
    if (!it.key)
        return KeyStatus::Unknown;
    if (it.key->revokedAt.isValid())
        return KeyStatus::Revoked;
    if (it.key->expiresOn.isValid() && it.key->expiresOn < m_today)
        return KeyStatus::Expired;
    return KeyStatus::Valid;
}

QString PackageTemplateModel::keyStateText(int r) const
{
    const Row& it = row(r);
    switch (keyStatus(r)) {
    case KeyStatus::Unknown:
        return tr("Key not found");
    case KeyStatus::Revoked:
        return tr("Replaced on %1").arg(PackageTexts::moment(it.key->revokedAt, m_language));
    case KeyStatus::Expired:
        return tr("Expired on %1").arg(PackageTexts::date(it.key->expiresOn, m_language));
    case KeyStatus::Valid:
        return it.key->expiresOn.isValid() ? tr("Valid until %1").arg(PackageTexts::date(it.key->expiresOn, m_language))
                                           : tr("Valid");
    }
    return {};
}

int PackageTemplateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PackageTemplateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageTemplateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& it = row(index.row());
    switch (role) {
    case TemplateIdRole:
        return it.issued.id;
    case Qt::ForegroundRole:
        return keyStatus(index.row()) == KeyStatus::Valid ? QVariant() : QVariant(QBrush(InactiveText));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Body:
            return it.bodyCode + u"  "_s + it.bodyName.in(m_language);
        case Fingerprint:
            return tr("Compare it with the fingerprint the body sees in its workstation.");
        case KeyState:
            return keyStatus(index.row()) == KeyStatus::Valid ? tr("Report packages signed with this key are accepted.")
                                                              : tr("Report packages signed with this key are refused.");
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Year:
            return it.issued.year;
        case IssuedAt:
            return it.issued.issuedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Body:
            return it.bodyCode + u"  "_s + it.bodyName.in(m_language);
        case Year:
            return it.issued.year;
        case Blocks:
            return PackageTexts::blocks(it.issued.blocks);
        case IssuedAt:
            return PackageTexts::moment(it.issued.issuedAt, m_language);
        case IssuedBy:
            return it.issued.issuedBy;
        case Fingerprint:
            return it.key ? core::signing::fingerprint(it.key->publicKey) : QString();
        case KeyState:
            return keyStateText(index.row());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PackageTemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Body:
        return tr("Body");
    case Year:
        return tr("Year");
    case Blocks:
        return tr("Blocks");
    case IssuedAt:
        return tr("Issued");
    case IssuedBy:
        return tr("Issued by");
    case Fingerprint:
        return tr("Key fingerprint");
    case KeyState:
        return tr("Key");
    default:
        return {};
    }
}

} // namespace ui
