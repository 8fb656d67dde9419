// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/widgets/ReportTexts.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// The internal id of a criterion's header row; a line's is its group's row + 1.
constexpr quintptr GroupId = 0;

const QColor ErrorBackground(0xfd, 0xe2, 0xe1);
const QColor WarningBackground(0xff, 0xf4, 0xce);
const QColor RemarkBackground(0xfc, 0xe8, 0xd5);
const QColor RemarkText(0x7a, 0x32, 0x00);
const QColor GroupBackground(0xee, 0xf1, 0xf4);
const QColor SecondaryText(0x6b, 0x6b, 0x6b);

QString number(const std::optional<double>& value)
{
    return value ? Language::formatNumber(*value) : QString();
}

bool isNumberColumn(int column)
{
    return column == ReportFormModel::Plan || column == ReportFormModel::Fact;
}

} // namespace

ReportFormModel::ReportFormModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

QModelIndex ReportFormModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= static_cast<int>(m_groups.size()))
        return {};
    const Group& group = m_groups[static_cast<std::size_t>(parent.row())];
    if (row >= static_cast<int>(group.lines.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ReportFormModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, GroupId);
}

int ReportFormModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].lines.size());
}

int ReportFormModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const core::ReportItem* ReportFormModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const Group& group = m_groups[static_cast<std::size_t>(index.internalId() - 1)];
    return &m_items[group.lines[static_cast<std::size_t>(index.row())]];
}

const core::ReportItem* ReportFormModel::item(const QString& code) const
{
    for (const core::ReportItem& i : m_items)
        if (i.code == code)
            return &i;
    return nullptr;
}

int ReportFormModel::errorCount() const
{
    return static_cast<int>(
        std::count_if(m_problems.begin(), m_problems.end(), [](const core::EntryProblem& p) { return p.error; }));
}

int ReportFormModel::warningCount() const
{
    return static_cast<int>(m_problems.size()) - errorCount();
}

bool ReportFormModel::hasRemarks() const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const core::ReportItem& i) { return !i.remark.trimmed().isEmpty(); });
}

QModelIndex ReportFormModel::cellIndex(const QString& code, int column) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        for (std::size_t l = 0; l < m_groups[g].lines.size(); ++l)
            if (m_items[m_groups[g].lines[l]].code == code)
                return index(static_cast<int>(l), column, index(static_cast<int>(g), 0));
    return {};
}

ReportFormModel::Column ReportFormModel::columnOf(const core::EntryProblem& problem, const core::ReportItem* item)
{
    using K = core::EntryProblem::Kind;
    switch (problem.kind) {
    case K::PlanMissing:
    case K::PlanNotPositive:
        return Plan;
    case K::Negative:
        // A negative plan of an inverse ratio, or a negative fact.
        return item && item->value.fact && *item->value.fact < 0 ? Fact : item && item->value.plan ? Plan : Fact;
    case K::FactMissing:
    case K::NotYesNo:
    case K::BelowMinimum:
    case K::AboveMaximum:
    case K::ExpertAbovePlan:
    case K::FormulaFails:
    case K::LargeChange:
        return Fact;
    case K::SourceTypeMissing:
    case K::SourceTypeNotAllowed:
        return Source;
    case K::SourceReferenceMissing:
        return Reference;
    case K::RemarkUnanswered:
        return Answer;
    case K::UnknownIndicator:
        return Code;
    }
    return Code;
}

ReportFormModel::Severity ReportFormModel::severity(const QString& code, int column) const
{
    Severity result = Severity::None;
    const core::ReportItem* line = item(code);
    for (const core::EntryProblem& p : m_problems) {
        if (p.code != code || columnOf(p, line) != column)
            continue;
        if (p.error)
            return Severity::Error;
        result = Severity::Warning;
    }
    return result;
}

QString ReportFormModel::indicatorName(const QString& code) const
{
    const core::Indicator* indicator = m_methodology.indicator(code);
    return indicator ? indicator->name.in(m_language) : code;
}

void ReportFormModel::setForm(const core::Methodology& methodology, const core::Report& report,
                              std::vector<core::ReportItem> items, std::vector<core::EntryProblem> problems)
{
    bool sameLines = !m_groups.empty() && report.key == m_report.key && methodology == m_methodology
                     && items.size() == m_items.size();
    for (std::size_t i = 0; sameLines && i < items.size(); ++i)
        sameLines = items[i].code == m_items[i].code;
    if (sameLines) {
        // Only the values changed (a line was saved): update in place, so that the view keeps its
        // current cell and an open editor.
        m_report = report;
        m_items = std::move(items);
        m_problems = std::move(problems);
        allDataChanged();
        return;
    }
    beginResetModel();
    m_methodology = methodology;
    m_report = report;
    m_items = std::move(items);
    m_problems = std::move(problems);
    rebuild();
    endResetModel();
}

void ReportFormModel::clear()
{
    beginResetModel();
    m_methodology = {};
    m_report = {};
    m_items.clear();
    m_problems.clear();
    m_groups.clear();
    endResetModel();
}

void ReportFormModel::rebuild()
{
    m_groups.clear();
    std::vector<bool> placed(m_items.size(), false);
    for (const core::Criterion& c : m_methodology.criteria) {
        Group group;
        group.criterion = &c;
        for (const core::Indicator& i : c.indicators)
            for (std::size_t k = 0; k < m_items.size(); ++k)
                if (!placed[k] && m_items[k].code == i.code) {
                    group.lines.push_back(k);
                    placed[k] = true;
                }
        m_groups.push_back(std::move(group));
    }
    Group others;
    for (std::size_t k = 0; k < m_items.size(); ++k)
        if (!placed[k])
            others.lines.push_back(k);
    if (!others.lines.empty())
        m_groups.push_back(std::move(others));
}

void ReportFormModel::setLineEditor(LineEditor editor)
{
    m_editor = std::move(editor);
    allDataChanged();
}

void ReportFormModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    allDataChanged();
}

void ReportFormModel::setLanguage(core::Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    retranslate();
}

void ReportFormModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    allDataChanged();
}

void ReportFormModel::allDataChanged()
{
    for (int g = 0; g < static_cast<int>(m_groups.size()); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(group, index(g, ColumnCount - 1));
        const int lines = rowCount(group);
        if (lines > 0)
            Q_EMIT dataChanged(index(0, 0, group), index(lines - 1, ColumnCount - 1, group));
    }
}

bool ReportFormModel::isCellEditable(const core::ReportItem& item, int column) const
{
    if (!isEditable() || !m_methodology.indicator(item.code))
        return false;
    switch (column) {
    case Plan:
    case Fact:
    case Source:
    case Reference:
    case Comment:
        return true;
    case Answer:
        return !item.remark.trimmed().isEmpty();
    default:
        return false;
    }
}

Qt::ItemFlags ReportFormModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const core::ReportItem* line = itemAt(index);
    if (!line)
        return f;
    f |= Qt::ItemNeverHasChildren;
    if (isCellEditable(*line, index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReportFormModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId)
        return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    return lineData(*itemAt(index), index.column(), role);
}

QVariant ReportFormModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column != Code)
            return {};
        if (!group.criterion)
            return tr("Not in the methodology in effect");
        return tr("%1  %2 (weight %3 %)")
            .arg(group.criterion->code, group.criterion->name.in(m_language),
                 QLocale().toString(group.criterion->weight, 'g', 6));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(GroupBackground);
    case CodeRole:
        return group.criterion ? group.criterion->code : QString();
    case IsLineRole:
        return false;
    default:
        return {};
    }
}

QString ReportFormModel::indicatorToolTip(const core::Indicator& indicator) const
{
    QStringList parts;
    parts << u"<b>%1 %2</b>"_s.arg(indicator.code.toHtmlEscaped(), indicator.name.in(m_language).toHtmlEscaped());
    const auto add = [&parts](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty())
            parts << u"<b>%1</b> %2"_s.arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    add(tr("Definition:"), indicator.definition.in(m_language));
    add(tr("Unit:"), indicator.unit.in(m_language));
    add(tr("Verification:"), indicator.verification.in(m_language));
    add(tr("Scoring:"), Labels::scoringKind(indicator.scoring) + u" — "_s + Labels::scoringKindHelp(indicator.scoring));
    add(tr("Better:"), Labels::direction(indicator.direction));
    if (indicator.plan)
        add(tr("Default plan:"), Language::formatNumber(*indicator.plan));
    if (indicator.minimum || indicator.maximum)
        add(tr("Accepted facts:"), tr("from %1 to %2")
                                       .arg(indicator.minimum ? Language::formatNumber(*indicator.minimum) : u"—"_s,
                                            indicator.maximum ? Language::formatNumber(*indicator.maximum) : u"—"_s));
    add(tr("Source (§7):"), Labels::sourceType(indicator.sourceType));
    return parts.join(u"<br>"_s);
}

QString ReportFormModel::lineToolTip(const core::ReportItem& item, int column) const
{
    QStringList lines;
    const core::Indicator* indicator = m_methodology.indicator(item.code);
    for (const core::EntryProblem& p : m_problems)
        if (p.code == item.code && columnOf(p, &item) == column)
            lines << (p.error ? tr("Error: %1") : tr("Warning: %1")).arg(ReportTexts::problem(p));
    switch (column) {
    case Code:
    case Name:
        if (indicator) {
            QString text = indicatorToolTip(*indicator);
            if (!lines.isEmpty())
                text += u"<br><br>"_s + lines.join(u"<br>"_s).toHtmlEscaped();
            return text;
        }
        break;
    case LastYear:
        lines << tr("Last year: plan %1, fact %2")
                     .arg(item.lastYearPlan ? number(item.lastYearPlan) : u"—"_s,
                          item.lastYearFact ? number(item.lastYearFact) : u"—"_s);
        break;
    case Plan:
        if (!item.value.plan && indicator && indicator->plan)
            lines << tr("The methodology's plan, %1, is used unless you enter the body's own.")
                         .arg(Language::formatNumber(*indicator->plan));
        break;
    case Fact:
        if (isCellEditable(item, column))
            lines << tr("Leave it empty when there is no data, and say why in the comment.");
        break;
    case Source:
        lines << Labels::sourceType(item.value.sourceType);
        break;
    case Reference:
    case Comment:
    case Answer:
    case Remark: {
        const QString text = column == Reference ? item.sourceReference
                             : column == Comment ? item.comment
                             : column == Answer  ? item.answer
                                                 : item.remark;
        if (!text.isEmpty())
            lines.prepend(text);
        if (column == Remark && !item.remark.isEmpty())
            lines.prepend(tr("The remark of the authorized body:"));
        break;
    }
    case Evidence:
        for (const core::EvidenceInfo& e : item.evidence)
            lines << tr("%1 (SHA-256 %2…)").arg(e.fileName, e.sha256.left(12));
        lines << (isEditable() ? tr("Double-click to attach, open or remove files.")
                               : tr("Double-click to open the files."));
        break;
    default:
        break;
    }
    return lines.join(u'\n');
}

QVariant ReportFormModel::lineData(const core::ReportItem& item, int column, int role) const
{
    const core::Indicator* indicator = m_methodology.indicator(item.code);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return item.code;
        case Name:
            return indicator ? indicator->name.in(m_language) : QString();
        case Unit:
            return indicator ? indicator->unit.in(m_language) : QString();
        case LastYear:
            if (!item.lastYearPlan && !item.lastYearFact)
                return QString();
            return (item.lastYearPlan ? number(item.lastYearPlan) : u"—"_s) + u" / "_s
                   + (item.lastYearFact ? number(item.lastYearFact) : u"—"_s);
        case Plan:
            if (item.value.plan)
                return number(item.value.plan);
            return indicator && indicator->plan ? number(indicator->plan) : QString();
        case Fact:
            return number(item.value.fact);
        case Source:
            return item.value.sourceType > 0 ? Labels::sourceType(item.value.sourceType) : QString();
        case Reference:
            return item.sourceReference;
        case Comment:
            return item.comment;
        case Evidence:
            return item.evidence.empty() ? QString() : QString::number(item.evidence.size());
        case Remark:
            return item.remark;
        case Answer:
            return item.answer;
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case Plan:
            return number(item.value.plan);
        case Fact:
            return number(item.value.fact);
        case Source:
            return item.value.sourceType;
        case Reference:
            return item.sourceReference;
        case Comment:
            return item.comment;
        case Answer:
            return item.answer;
        default:
            return lineData(item, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        const QString text = lineToolTip(item, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::BackgroundRole:
        switch (severity(item.code, column)) {
        case Severity::Error:
            return QBrush(ErrorBackground);
        case Severity::Warning:
            return QBrush(WarningBackground);
        case Severity::None:
            break;
        }
        if (column == Remark && !item.remark.trimmed().isEmpty())
            return QBrush(RemarkBackground);
        return {};
    case Qt::ForegroundRole:
        if (column == Remark)
            return QBrush(RemarkText);
        if (column == LastYear || (column == Plan && !item.value.plan))
            return QBrush(SecondaryText); // the methodology's plan, not the body's own
        return {};
    case Qt::FontRole:
        if (column == Plan && !item.value.plan && indicator && indicator->plan) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column) || column == LastYear || column == Evidence)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case CodeRole:
        return item.code;
    case IsLineRole:
        return true;
    case SeverityRole:
        return static_cast<int>(severity(item.code, column));
    case PlaceholderRole:
        if (column == Plan && indicator && indicator->plan)
            return tr("the methodology's: %1").arg(Language::formatNumber(*indicator->plan));
        if (column == Fact)
            return tr("empty: no data");
        return {};
    case EvidenceCountRole:
        return static_cast<int>(item.evidence.size());
    default:
        return {};
    }
}

QVariant ReportFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Code:
            return tr("Code");
        case Name:
            return tr("Indicator");
        case Unit:
            return tr("Unit");
        case LastYear:
            return tr("Last year");
        case Plan:
            return tr("Plan");
        case Fact:
            return tr("Fact");
        case Source:
            return tr("Source (§7)");
        case Reference:
            return tr("Source reference");
        case Comment:
            return tr("Comment");
        case Evidence:
            return tr("Files");
        case Remark:
            return tr("Remark");
        case Answer:
            return tr("Answer");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LastYear:
            return tr("Last year's plan / fact, for reference");
        case Plan:
            return tr("The body's plan; empty: the methodology's plan (shown in italics)");
        case Fact:
            return tr("The value reached in the evaluated year; empty: no data (say why in the comment)");
        case Source:
            return tr("The type of the source of information (§7)");
        case Reference:
            return tr("The document, register or statistic the fact comes from");
        case Evidence:
            return tr("Evidence files attached to the line");
        case Remark:
            return tr("The remark of the authorized body when the report was returned for revision");
        case Answer:
            return tr("The body's answer to the remark");
        default:
            return {};
        }
    }
    return {};
}

bool ReportFormModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const core::ReportItem* line = itemAt(index);
    if (!line || !isCellEditable(*line, index.column()))
        return false;
    const core::ReportItem before = *line;
    core::ReportItem after = before;
    const int column = index.column();
    if (isNumberColumn(column)) {
        std::optional<double> number;
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
            || value.typeId() == QMetaType::LongLong) {
            number = value.toDouble();
        } else if (const QString text = value.toString().trimmed(); !text.isEmpty()) {
            number = Language::parseNumber(text);
            if (!number) {
                Q_EMIT inputRejected(text);
                return false;
            }
        }
        (column == Plan ? after.value.plan : after.value.fact) = number;
        if ((column == Plan ? before.value.plan : before.value.fact) == number)
            return true; // nothing changed: no command
    } else if (column == Source) {
        bool ok = false;
        const int type = value.toInt(&ok);
        if (!ok || type < 0 || type > core::SourceTypeCount)
            return false;
        after.value.sourceType = type;
        if (before.value.sourceType == type)
            return true;
    } else {
        const QString text = value.toString().trimmed();
        QString& field = column == Reference ? after.sourceReference : column == Comment ? after.comment : after.answer;
        if (field == text)
            return true;
        field = text;
    }
    // The editor stores the line and shows the form anew (in place): `line` is not used after it.
    return m_editor(before, after);
}

} // namespace ui
