// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvaluatorMatrixModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/Session.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// Tints chosen to stay readable with their own text colour in light and dark themes.
const QColor ConflictBackground(0xfd, 0xe2, 0xe1);
const QColor ConflictText(0x8c, 0x1d, 0x18);
const QColor ExceptionBackground(0xe8, 0xf0, 0xfb);
const QColor ExceptionText(0x1c, 0x2f, 0x52);

/// Out of scope: the view's background pushed a little towards its text, as for disabled things.
QColor outOfScopeBackground()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const auto mix = [](float a, float b) { return a * 0.88f + b * 0.12f; };
    return QColor::fromRgbF(mix(base.redF(), text.redF()), mix(base.greenF(), text.greenF()),
                            mix(base.blueF(), text.blueF()));
}

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

} // namespace

bool EvaluatorMatrixModel::isOrdinaryParagraph(const QString& paragraph)
{
    return paragraph == u"§24" || paragraph == u"§29" || paragraph == u"§36";
}

QColor EvaluatorMatrixModel::conflictColor()
{
    return ConflictBackground;
}

QColor EvaluatorMatrixModel::exceptionColor()
{
    return ExceptionBackground;
}

QColor EvaluatorMatrixModel::outOfScopeColor()
{
    return outOfScopeBackground();
}

EvaluatorMatrixModel::EvaluatorMatrixModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

int EvaluatorMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EvaluatorMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(core::allParts().size());
}

core::Part EvaluatorMatrixModel::partOf(int column)
{
    return core::allParts().at(at(column));
}

int EvaluatorMatrixModel::columnOf(core::Part part)
{
    const auto& parts = core::allParts();
    return static_cast<int>(std::find(parts.begin(), parts.end(), part) - parts.begin());
}

core::Result<void> EvaluatorMatrixModel::load(int year)
{
    const core::RegistryRepository& repo = m_session.registry().repository();
    auto all = repo.bodies();
    if (!all)
        return std::unexpected(all.error());
    auto listed = repo.evaluatedList(year);
    if (!listed)
        return std::unexpected(listed.error());
    auto assemblers = m_session.evaluators().assemblers(year);
    if (!assemblers)
        return std::unexpected(assemblers.error());

    // Without a list (§17), the evaluated bodies that exist on 31 December; with one, its bodies in the
    // same order: by code, central bodies first, then oblasts, cities and the capital.
    std::vector<core::Body> evaluated;
    if (listed->empty()) {
        auto onYearEnd = repo.evaluatedOn(QDate(year, 12, 31));
        if (!onYearEnd)
            return std::unexpected(onYearEnd.error());
        evaluated = std::move(*onYearEnd);
    } else {
        const std::set<qint64> onList(listed->begin(), listed->end());
        for (const core::Body& b : *all)
            if (onList.contains(b.id))
                evaluated.push_back(b);
        std::stable_sort(evaluated.begin(), evaluated.end(), [](const core::Body& a, const core::Body& b) {
            return static_cast<int>(a.fields.kind) < static_cast<int>(b.fields.kind);
        });
    }

    std::vector<Row> rows;
    rows.reserve(evaluated.size());
    for (core::Body& b : evaluated) {
        auto parts = m_session.evaluators().forBody(b.id, year);
        if (!parts)
            return std::unexpected(parts.error());
        Row row;
        row.searchText = b.code;
        for (const core::BodyName& n : b.names)
            for (const core::Text3* t : {&n.shortName, &n.fullName})
                row.searchText += u'\n' + t->kk + u'\n' + t->ru + u'\n' + t->en;
        row.body = std::move(b);
        row.parts = std::move(*parts);
        rows.push_back(std::move(row));
    }

    beginResetModel();
    m_year = year;
    m_fromList = !listed->empty();
    m_rows = std::move(rows);
    m_bodies.clear();
    for (core::Body& b : *all)
        m_bodies.emplace(b.id, std::move(b));
    m_assemblers = std::move(*assemblers);
    endResetModel();
    return {};
}

void EvaluatorMatrixModel::setLanguage(core::Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    retranslate();
}

void EvaluatorMatrixModel::setShowCodes(bool codes)
{
    if (m_showCodes == codes)
        return;
    m_showCodes = codes;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void EvaluatorMatrixModel::retranslate()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.empty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int EvaluatorMatrixModel::rowOfBody(const QString& code) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].body.code == code)
            return static_cast<int>(i);
    return -1;
}

const core::Body& EvaluatorMatrixModel::bodyAt(int row) const
{
    return m_rows.at(at(row)).body;
}

const core::PartEvaluation* EvaluatorMatrixModel::evaluation(int row, core::Part part) const
{
    if (row < 0 || at(row) >= m_rows.size())
        return nullptr;
    for (const core::PartEvaluation& e : m_rows[at(row)].parts)
        if (e.part == part)
            return &e;
    return nullptr;
}

const core::Body* EvaluatorMatrixModel::body(qint64 id) const
{
    const auto it = m_bodies.find(id);
    return it == m_bodies.end() ? nullptr : &it->second;
}

QString EvaluatorMatrixModel::evaluatorName(qint64 id) const
{
    const core::Body* b = body(id);
    if (!b)
        return QString::number(id);
    const QString& name = b->nameOn(core::EvaluatorRules::roleDate(m_year)).shortName.in(m_language);
    return name.isEmpty() ? b->code : name;
}

QString EvaluatorMatrixModel::evaluatorFullName(qint64 id) const
{
    const core::Body* b = body(id);
    if (!b)
        return QString::number(id);
    const core::BodyName& n = b->nameOn(core::EvaluatorRules::roleDate(m_year));
    const QString& full = n.fullName.in(m_language);
    return full.isEmpty() ? n.shortName.in(m_language) : full;
}

QString EvaluatorMatrixModel::cellText(const core::PartEvaluation& e) const
{
    const auto name = [this](const core::EvaluatorRole& r) -> QString {
        if (!r.evaluatorId)
            return u"—"_s;
        if (m_showCodes) {
            const core::Body* b = body(*r.evaluatorId);
            return b ? b->code : QString::number(*r.evaluatorId);
        }
        return evaluatorName(*r.evaluatorId);
    };
    QString text = name(e.lead);
    for (const core::EvaluatorRole& co : e.coEvaluators)
        text += u" + "_s + name(co);
    return e.conflict() ? u"⚠ "_s + text : text;
}

QString EvaluatorMatrixModel::roleLine(const core::EvaluatorRole& r) const
{
    const QString role = Labels::role(r.role);
    if (!r.evaluatorId) {
        const QDate date = core::EvaluatorRules::roleDate(m_year);
        return tr("%1 (%2): nobody plays this role on %3")
            .arg(role, r.paragraph, QLocale().toString(date, Language::dateFormat(m_language)));
    }
    const core::Body* b = body(*r.evaluatorId);
    const QString code = b ? b->code : QString();
    return tr("%1 (%2): %3 [%4]").arg(role, r.paragraph, evaluatorFullName(*r.evaluatorId), code);
}

QString EvaluatorMatrixModel::cellToolTip(const Row& row, core::Part part, const core::PartEvaluation* e) const
{
    const QString title = Labels::part(part) + u" — "_s + row.body.nameOn(nameDate()).shortName.in(m_language);
    if (!e)
        return title + u'\n' + tr("Not evaluated on this part (Appendix 2).");
    QStringList lines{title, roleLine(e->lead)};
    for (const core::EvaluatorRole& co : e->coEvaluators)
        lines << tr("Jointly with: %1").arg(roleLine(co));
    if (!isOrdinaryParagraph(e->lead.paragraph))
        lines << tr("Decided by an exception of the decree (%1), not by the usual rule of the part.")
                     .arg(e->lead.paragraph);
    if (e->conflict())
        lines << tr("⚠ Conflict of interest (§12, objectivity): the evaluator is the body itself or a body it "
                    "belongs to.");
    return lines.join(u'\n');
}

QString EvaluatorMatrixModel::rowHeader(const Row& row) const
{
    return row.body.code + u"  "_s + row.body.nameOn(nameDate()).shortName.in(m_language);
}

QString EvaluatorMatrixModel::rowToolTip(const Row& row) const
{
    const core::BodyName& n = row.body.nameOn(nameDate());
    QStringList lines{n.fullName.in(m_language).isEmpty() ? n.shortName.in(m_language) : n.fullName.in(m_language),
                      Labels::kind(row.body.fields.kind),
                      tr("Evaluated on blocks: %1").arg(Labels::scope(row.body.fields.scope))};
    if (const QString& note = row.body.fields.scope.note.in(m_language); !note.isEmpty())
        lines << note;
    return lines.join(u'\n');
}

QVariant EvaluatorMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[at(index.row())];
    const core::Part part = partOf(index.column());
    const core::PartEvaluation* e = evaluation(index.row(), part);
    switch (role) {
    case Qt::DisplayRole:
        return e ? cellText(*e) : QString();
    case Qt::ToolTipRole:
        return cellToolTip(row, part, e);
    case Qt::BackgroundRole:
        if (!e)
            return QBrush(outOfScopeBackground());
        if (e->conflict())
            return QBrush(ConflictBackground);
        if (!isOrdinaryParagraph(e->lead.paragraph))
            return QBrush(ExceptionBackground);
        return {};
    case Qt::ForegroundRole:
        if (e && e->conflict())
            return QBrush(ConflictText);
        if (e && !isOrdinaryParagraph(e->lead.paragraph))
            return QBrush(ExceptionText);
        return {};
    case Qt::FontRole: {
        if (!e || (!e->conflict() && isOrdinaryParagraph(e->lead.paragraph)))
            return {};
        QFont font;
        font.setItalic(!isOrdinaryParagraph(e->lead.paragraph));
        font.setBold(e->conflict());
        return font;
    }
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignCenter);
    case EvaluatorCodeRole: {
        if (!e || !e->lead.evaluatorId)
            return QString();
        const core::Body* b = body(*e->lead.evaluatorId);
        return b ? b->code : QString();
    }
    case EvaluatorCodesRole: {
        QStringList codes;
        if (e) {
            std::vector<const core::EvaluatorRole*> roles{&e->lead};
            for (const core::EvaluatorRole& co : e->coEvaluators)
                roles.push_back(&co);
            for (const core::EvaluatorRole* r : roles)
                if (r->evaluatorId)
                    if (const core::Body* b = body(*r->evaluatorId))
                        codes << b->code;
        }
        return codes;
    }
    case ParagraphRole:
        return e ? e->lead.paragraph : QString();
    case ConflictRole:
        return e && e->conflict();
    case ExceptionRole:
        return e && !isOrdinaryParagraph(e->lead.paragraph);
    case InScopeRole:
        return e != nullptr;
    case BodyIdRole:
        return row.body.id;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant EvaluatorMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const core::Part part = partOf(section);
        switch (role) {
        case Qt::DisplayRole:
            return Labels::part(part);
        case Qt::ToolTipRole:
            return Labels::block(core::blockOf(part)) + u'\n' + Labels::part(part);
        case BlockRole:
            return core::blockOf(part);
        case BlockTitleRole:
            return Labels::block(core::blockOf(part));
        default:
            return {};
        }
    }
    if (section < 0 || at(section) >= m_rows.size())
        return {};
    const Row& row = m_rows[at(section)];
    switch (role) {
    case Qt::DisplayRole:
        return rowHeader(row);
    case Qt::ToolTipRole:
        return rowToolTip(row);
    case Qt::TextAlignmentRole:
        // Long names wrap within the header's width (EvaluatorsArea limits it).
        return (Qt::AlignLeft | Qt::AlignVCenter).toInt() | Qt::TextWordWrap;
    case BodyIdRole:
        return row.body.id;
    default:
        return {};
    }
}

} // namespace ui
