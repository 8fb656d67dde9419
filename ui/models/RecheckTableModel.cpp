// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecheckTableModel.h"

#include "ui/Session.h"
#include "ui/widgets/PackageTexts.h"
#include "ui/widgets/RecheckTexts.h"

#include "core/Methodology.h"
#include "core/MethodologyService.h"
#include "core/RecheckService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor PendingText(0x8a, 0x5a, 0x00); // amber
const QColor ConfirmedText(0x1b, 0x6e, 0x2e); // green
const QColor CorrectedText(0x0b, 0x4f, 0x9c); // blue

} // namespace

RecheckTableModel::RecheckTableModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

void RecheckTableModel::readNames(int year)
{
    m_bodyNames.clear();
    m_indicatorNames.clear();
    if (auto bodies = m_session.registry().repository().bodies())
        for (const core::Body& b : *bodies)
            if (!b.names.empty())
                m_bodyNames.emplace(b.id, b.nameOn(QDate(year, 12, 31)).shortName);
    for (int block = 1; block <= core::BlockCount; ++block) {
        auto m = m_session.methodologies().inEffect(block, year);
        if (!m || !*m)
            continue;
        for (const core::Criterion& c : (*m)->criteria)
            for (const core::Indicator& i : c.indicators)
                m_indicatorNames.emplace(std::pair{block, i.code}, i.name);
    }
}

core::Result<void> RecheckTableModel::load(int year, std::optional<int> block)
{
    auto list = m_session.rechecks().list(year, block);
    setRechecks(year, list ? std::move(*list) : std::vector<core::Recheck>{});
    if (!list)
        return std::unexpected(list.error());
    return {};
}

void RecheckTableModel::setRechecks(int year, std::vector<core::Recheck> rechecks)
{
    beginResetModel();
    m_year = year;
    readNames(year);
    m_rows = std::move(rechecks);
    endResetModel();
}

void RecheckTableModel::setLanguage(core::Language language)
{
    m_language = language;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RecheckTableModel::rowOfRecheck(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

RecheckTableModel::Counts RecheckTableModel::counts() const
{
    Counts c;
    for (const core::Recheck& r : m_rows) {
        switch (r.outcome) {
        case core::RecheckOutcome::Pending:
            ++c.pending;
            break;
        case core::RecheckOutcome::Confirmed:
            ++c.confirmed;
            break;
        case core::RecheckOutcome::Corrected:
            ++c.corrected;
            break;
        }
    }
    return c;
}

QString RecheckTableModel::bodyText(qint64 bodyId, const QString& code) const
{
    const auto it = m_bodyNames.find(bodyId);
    return it == m_bodyNames.end() ? code : code + u"  "_s + it->second.in(m_language);
}

QString RecheckTableModel::indicatorText(int block, const QString& code) const
{
    const auto it = m_indicatorNames.find(std::pair{block, code});
    return it == m_indicatorNames.end() ? code : code + u"  "_s + it->second.in(m_language);
}

QString RecheckTableModel::formatFact(const std::optional<double>& fact)
{
    if (!fact)
        return u"—"_s;
    return QLocale().toString(*fact, 'g', QLocale::FloatingPointShortest);
}

int RecheckTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecheckTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecheckTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Recheck& r = recheck(index.row());
    const bool decided = r.outcome != core::RecheckOutcome::Pending;
    switch (role) {
    case RecheckIdRole:
        return r.id;
    case OutcomeRole:
        return static_cast<int>(r.outcome);
    case Qt::TextAlignmentRole:
        if (index.column() == ReportedFact || index.column() == CorrectedFact || index.column() == Block)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Outcome || r.id == 0)
            return {};
        switch (r.outcome) {
        case core::RecheckOutcome::Pending:
            return QBrush(PendingText);
        case core::RecheckOutcome::Confirmed:
            return QBrush(ConfirmedText);
        case core::RecheckOutcome::Corrected:
            return QBrush(CorrectedText);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Body:
            return bodyText(r.bodyId, r.bodyCode);
        case Indicator:
            return indicatorText(r.block, r.code);
        case Reasons:
            return RecheckTexts::reasons(r.reasons, u"\n"_s);
        case Outcome:
        case OutcomeReason:
            if (!decided)
                return r.selectedAt.isValid()
                           ? tr("Selected %1 by %2").arg(PackageTexts::moment(r.selectedAt, m_language), r.selectedBy)
                           : QString();
            return tr("Decided %1 by %2").arg(PackageTexts::moment(r.decidedAt, m_language), r.decidedBy)
                   + (r.outcomeReason.isEmpty() ? QString() : u"\n"_s + r.outcomeReason);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Block:
            return r.block;
        case ReportedFact:
            return r.reportedFact ? QVariant(*r.reportedFact) : QVariant();
        case CorrectedFact:
            return r.correctedFact ? QVariant(*r.correctedFact) : QVariant();
        case Outcome:
            return static_cast<int>(r.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Body:
            return r.bodyCode; // the name is in the tooltip: the table needs its width for the reasons
        case Block:
            return r.block;
        case Indicator:
            return r.code; // the name is in the tooltip and under the table
        case ReportedFact:
            return formatFact(r.reportedFact);
        case Reasons:
            return RecheckTexts::reasons(r.reasons);
        case Outcome:
            return r.id == 0 ? tr("Not selected yet") : RecheckTexts::outcome(r.outcome);
        case CorrectedFact:
            return r.outcome == core::RecheckOutcome::Corrected ? formatFact(r.correctedFact) : QString();
        case OutcomeReason:
            return r.outcomeReason;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RecheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Body:
        return tr("Body");
    case Block:
        return tr("Block");
    case Indicator:
        return tr("Indicator");
    case ReportedFact:
        return tr("Reported");
    case Reasons:
        return tr("Why selected");
    case Outcome:
        return tr("Outcome");
    case CorrectedFact:
        return tr("Corrected");
    case OutcomeReason:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace ui
