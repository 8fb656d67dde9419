// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreBreakdownModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <numeric>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// The internal id of a criterion row; an indicator row holds its criterion's row + 1.
constexpr quintptr CriterionId = 0;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

QColor statusColor(core::Status status)
{
    switch (status) {
    case core::Status::Full:
        return QColor(0x2e, 0x7d, 0x32);
    case core::Status::Partial:
        return QColor(0xf0, 0xa2, 0x02);
    case core::Status::NotAchieved:
        return QColor(0xc6, 0x28, 0x28);
    case core::Status::NotCounted:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

/// A coloured dot for a status.
QPixmap statusDot(core::Status status)
{
    constexpr int Size = 12;
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(statusColor(status).darker(130));
    painter.setBrush(statusColor(status));
    painter.drawEllipse(QRectF(1, 1, Size - 2, Size - 2));
    return pixmap;
}

QString formatOptional(const std::optional<double>& value)
{
    return value ? ScoreBreakdownModel::formatNumber(*value) : u"—"_s;
}

QString formatScore(double score)
{
    return QLocale().toString(score, 'f', 1);
}

QString formatPoints(double points)
{
    return QLocale().toString(points, 'f', 2);
}

QString formatPercent(double percent)
{
    return ScoreBreakdownModel::formatNumber(percent) + u" %"_s;
}

} // namespace

ScoreBreakdownModel::ScoreBreakdownModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

QString ScoreBreakdownModel::formatNumber(double value)
{
    // Six decimals at most, trailing zeros dropped: facts are counts, percents and money.
    QString text = QLocale().toString(value, 'f', 6);
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

void ScoreBreakdownModel::setScore(const core::Methodology& methodology, const core::BlockScore& result)
{
    // The same rows with new numbers (a value changed): no reset, so that an open editor, the
    // selection and the expanded rows stay.
    const auto codes = [](const core::BlockScore& b) {
        QStringList list;
        for (const core::IndicatorScore& s : b.indicators)
            list << s.criterion + u'/' + s.code;
        return list;
    };
    if (!m_criteria.empty() && methodology.id == m_methodology.id && methodology.version == m_methodology.version
        && codes(result) == codes(m_result)) {
        m_methodology = methodology;
        m_result = result;
        rebuild();
        allDataChanged();
        return;
    }
    beginResetModel();
    m_methodology = methodology;
    m_result = result;
    rebuild();
    endResetModel();
}

void ScoreBreakdownModel::clear()
{
    beginResetModel();
    m_methodology = {};
    m_result = {};
    m_criteria.clear();
    endResetModel();
}

void ScoreBreakdownModel::rebuild()
{
    m_criteria.clear();
    for (const core::Criterion& c : m_methodology.criteria) {
        CriterionRow row;
        row.criterion = &c;
        for (const core::CriterionScore& s : m_result.criteria)
            if (s.code == c.code)
                row.score = &s;
        for (const core::IndicatorScore& s : m_result.indicators)
            if (s.criterion == c.code)
                row.indicators.push_back(&s);
        m_criteria.push_back(std::move(row));
    }
}

void ScoreBreakdownModel::setFactEditor(FactEditor editor)
{
    m_editor = std::move(editor);
}

void ScoreBreakdownModel::setLanguage(core::Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    retranslate();
}

void ScoreBreakdownModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    allDataChanged();
}

void ScoreBreakdownModel::allDataChanged()
{
    for (std::size_t c = 0; c < m_criteria.size(); ++c) {
        const int row = static_cast<int>(c);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        const int children = static_cast<int>(m_criteria[c].indicators.size());
        if (children > 0) {
            const QModelIndex parent = index(row, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
        }
    }
}

QModelIndex ScoreBreakdownModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return at(row) < m_criteria.size() ? createIndex(row, column, CriterionId) : QModelIndex();
    if (parent.internalId() != CriterionId || parent.column() != 0 || at(parent.row()) >= m_criteria.size())
        return {};
    if (at(row) >= m_criteria[at(parent.row())].indicators.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ScoreBreakdownModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == CriterionId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, CriterionId);
}

int ScoreBreakdownModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_criteria.size());
    if (parent.internalId() != CriterionId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_criteria[at(parent.row())].indicators.size());
}

int ScoreBreakdownModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QModelIndex ScoreBreakdownModel::indicatorIndex(const QString& code, int column) const
{
    for (std::size_t c = 0; c < m_criteria.size(); ++c)
        for (std::size_t i = 0; i < m_criteria[c].indicators.size(); ++i)
            if (m_criteria[c].indicators[i]->code == code)
                return createIndex(static_cast<int>(i), column, static_cast<quintptr>(c) + 1);
    return {};
}

double ScoreBreakdownModel::sumOfContributions() const
{
    return std::accumulate(m_result.indicators.begin(), m_result.indicators.end(), 0.0,
                           [](double sum, const core::IndicatorScore& s) { return sum + s.contribution; });
}

QString ScoreBreakdownModel::noteText(const core::IndicatorScore& s) const
{
    if (s.status != core::Status::NotCounted)
        return {};
    const QString reason = Labels::notCountedReason(s.reason);
    QString text = reason.isEmpty() ? Labels::status(s.status) : tr("%1 — %2").arg(Labels::status(s.status), reason);
    if (m_methodology.notCounted == core::NotCountedPolicy::Zero)
        text += u" "_s + tr("(counts as 0)");
    return text;
}

QVariant ScoreBreakdownModel::criterionData(const CriterionRow& row, int column, int role) const
{
    const core::Criterion& c = *row.criterion;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Code:
            return c.code;
        case Name:
            return c.name.in(m_language);
        case Weight:
            return formatPercent(c.weight);
        case Score:
            return row.score && row.score->score ? formatScore(*row.score->score) : u"—"_s;
        case Contribution:
            return row.score ? formatPoints(row.score->contribution) : QString();
        case Status:
            if (!row.score || !row.score->score)
                return tr("No indicator counted");
            return {};
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::ToolTipRole:
        if (column == Weight && row.score)
            return tr("%1 of the block; its share after re-weighting: %2")
                .arg(formatPercent(c.weight), formatPercent(row.score->share * 100));
        if (column == Name)
            return c.name.in(m_language);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case CodeRole:
        return c.code;
    case IsIndicatorRole:
        return false;
    case ContributionRole:
        return row.score ? row.score->contribution : 0.0;
    case ScoreRole:
        return row.score && row.score->score ? QVariant(*row.score->score) : QVariant();
    default:
        return {};
    }
}

QVariant ScoreBreakdownModel::indicatorData(const core::IndicatorScore& s, int column, int role) const
{
    const core::Indicator* indicator = m_methodology.indicator(s.code);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return s.code;
        case Name:
            return indicator ? indicator->name.in(m_language) : QString();
        case Weight:
            return formatPercent(s.weight);
        case Plan:
            return formatOptional(s.plan);
        case Fact:
            return formatOptional(s.fact);
        case Unit:
            return indicator ? indicator->unit.in(m_language) : QString();
        case Status:
            return s.status == core::Status::NotCounted ? noteText(s) : Labels::status(s.status);
        case Score:
            return s.score ? formatScore(*s.score) : u"—"_s;
        case Contribution:
            return formatPoints(s.contribution);
        default:
            return {};
        }
    case Qt::EditRole:
        if (column == Fact) {
            if (!s.fact)
                return QString();
            QLocale locale;
            locale.setNumberOptions(QLocale::OmitGroupSeparator);
            QString text = locale.toString(*s.fact, 'f', 6);
            if (text.contains(locale.decimalPoint())) {
                while (text.endsWith(u'0'))
                    text.chop(1);
                if (text.endsWith(locale.decimalPoint()))
                    text.chop(locale.decimalPoint().size());
            }
            return text;
        }
        return indicatorData(s, column, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
        case Code:
            if (indicator) {
                QStringList lines{indicator->name.in(m_language)};
                if (!indicator->definition.in(m_language).isEmpty())
                    lines << indicator->definition.in(m_language);
                lines << Labels::scoringKind(indicator->scoring) + u": "_s
                             + Labels::scoringKindHelp(indicator->scoring);
                lines << Labels::sourceType(indicator->sourceType);
                return lines.join(u'\n');
            }
            return {};
        case Weight:
            return tr("%1 of the criterion; its share of the block score: %2")
                .arg(formatPercent(s.weight), formatPercent(s.share * 100));
        case Fact:
            return flags(indicatorIndex(s.code, Fact)).testFlag(Qt::ItemIsEditable)
                       ? tr("Double-click or press F2 to change the fact; leave it empty for no data")
                       : QVariant();
        case Score:
            if (s.achievement)
                return tr("Achievement counted: %1").arg(formatPercent(*s.achievement * 100));
            return {};
        case Contribution:
            return tr("Points this indicator adds to the block score: its share × its score");
        case Status:
            return s.status == core::Status::NotCounted ? noteText(s) : Labels::status(s.status);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == Status)
            return statusDot(s.status);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && s.status == core::Status::NotCounted)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Weight || column == Plan || column == Fact || column == Score || column == Contribution)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case CodeRole:
        return s.code;
    case IsIndicatorRole:
        return true;
    case StatusRole:
        return static_cast<int>(s.status);
    case ContributionRole:
        return s.contribution;
    case ScoreRole:
        return s.score ? QVariant(*s.score) : QVariant();
    default:
        return {};
    }
}

QVariant ScoreBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == CriterionId) {
        const CriterionRow& row = m_criteria[at(index.row())];
        if (role == Qt::TextAlignmentRole)
            return (index.column() == Weight || index.column() == Score || index.column() == Contribution)
                       ? QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt())
                       : QVariant();
        return criterionData(row, index.column(), role);
    }
    const CriterionRow& row = m_criteria[at(static_cast<int>(index.internalId() - 1))];
    return indicatorData(*row.indicators[at(index.row())], index.column(), role);
}

Qt::ItemFlags ScoreBreakdownModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == CriterionId)
        return f;
    f |= Qt::ItemNeverHasChildren;
    if (index.column() == Fact && m_editor)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreBreakdownModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != Fact || index.internalId() == CriterionId || !m_editor)
        return false;
    const QString code = index.data(CodeRole).toString();
    std::optional<double> fact;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong) {
        fact = value.toDouble();
    } else if (const QString text = value.toString().trimmed(); !text.isEmpty()) {
        fact = Language::parseNumber(text);
        if (!fact) {
            Q_EMIT inputRejected(text);
            return false;
        }
    }
    const core::IndicatorScore* s = nullptr;
    for (const core::IndicatorScore& i : m_result.indicators)
        if (i.code == code)
            s = &i;
    if (s && s->fact == fact)
        return true; // nothing changed: no command
    // The editor re-scores everything (the model is reset): nothing of this model is used after it.
    return m_editor(code, fact);
}

QVariant ScoreBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Code:
            return tr("Code");
        case Name:
            return tr("Criterion / indicator");
        case Weight:
            return tr("Weight");
        case Plan:
            return tr("Plan");
        case Fact:
            return tr("Fact");
        case Unit:
            return tr("Unit");
        case Status:
            return tr("Status");
        case Score:
            return tr("Score");
        case Contribution:
            return tr("Points");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Weight:
            return tr("A criterion's weight in the block, an indicator's weight in its criterion");
        case Status:
            return tr("Fully, partially or not achieved; not counted, with the reason");
        case Score:
            return tr("On 100 points");
        case Contribution:
            return tr("Points added to the block score; they add up to the score");
        default:
            return {};
        }
    }
    return {};
}

} // namespace ui
