// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvaluatorsArea.h"

#include "Appearance.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/EvaluatorMatrixModel.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QCheckBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// The columns' header in two levels: the block over its parts, then each part.
class BlockHeaderView final : public QHeaderView
{
public:
    explicit BlockHeaderView(QWidget* parent = nullptr)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setSectionsClickable(false);
        setHighlightSections(false);
        setDefaultAlignment(Qt::AlignCenter);
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        size.setHeight(groupHeight() + fontMetrics().lineSpacing() * 3 + 10);
        return size;
    }

    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override
    {
        if (!rect.isValid() || !model())
            return;
        const int top = groupHeight();
        const QColor textColor = palette().color(QPalette::ButtonText);

        // The part: a section of the style with the part's name, wrapped.
        const QRect partRect(rect.left(), rect.top() + top, rect.width(), rect.height() - top);
        QStyleOptionHeader part;
        initStyleOption(&part);
        part.rect = partRect;
        part.section = logicalIndex;
        style()->drawControl(QStyle::CE_HeaderSection, &part, painter, this);
        painter->setPen(textColor);
        painter->drawText(partRect.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                          model()->headerData(logicalIndex, Qt::Horizontal).toString());

        // The block: one cell over all of its parts; each section paints its own slice of it.
        const auto blockOf = [this](int section) {
            return model()->headerData(section, Qt::Horizontal, EvaluatorMatrixModel::BlockRole).toInt();
        };
        const int block = blockOf(logicalIndex);
        int first = logicalIndex;
        int last = logicalIndex;
        while (first > 0 && blockOf(first - 1) == block)
            --first;
        while (last + 1 < count() && blockOf(last + 1) == block)
            ++last;
        const int left = sectionViewportPosition(first);
        const int right = sectionViewportPosition(last) + sectionSize(last);
        const QRect groupRect(left, rect.top(), right - left, top);
        painter->save();
        painter->setClipRect(QRect(rect.left(), rect.top(), rect.width(), top));
        QStyleOptionHeader group;
        initStyleOption(&group);
        group.rect = groupRect;
        group.section = first;
        style()->drawControl(QStyle::CE_HeaderSection, &group, painter, this);
        QFont bold = font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(textColor);
        // The block's title, or "Block 1" over a single narrow column (its part says the rest).
        const QRect textRect = groupRect.adjusted(6, 2, -6, -2);
        QString title =
            model()->headerData(logicalIndex, Qt::Horizontal, EvaluatorMatrixModel::BlockTitleRole).toString();
        const QFontMetrics metrics(bold);
        if (metrics.boundingRect(textRect, Qt::AlignCenter | Qt::TextWordWrap, title).height() > textRect.height())
            title = Labels::blockShort(block);
        painter->drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, title);
        painter->restore();
    }

private:
    [[nodiscard]] int groupHeight() const { return fontMetrics().lineSpacing() * 2 + 10; }
};

/// Keeps the rows whose code or any name, in any language, contains the text (case-insensitive).
class BodySearchProxyModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text)
    {
        m_search = text.trimmed();
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (m_search.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return index.data(EvaluatorMatrixModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
    }

private:
    QString m_search;
};

QLabel* swatch(const QColor& color, const QString& text = {})
{
    auto* label = new QLabel(text);
    label->setFixedSize(28, 18);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(u"QLabel { background: %1; border: 1px solid #9a9a9a; color: #8c1d18; }"_s.arg(color.name()));
    return label;
}

} // namespace

EvaluatorsArea::EvaluatorsArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EvaluatorMatrixModel(session, this))
    , m_proxy(new BodySearchProxyModel(this))
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_source(wrappingLabel())
    , m_filter(new QLineEdit)
    , m_codes(new QCheckBox)
    , m_error(wrappingLabel())
    , m_view(new QTableView)
    , m_summary(new QLabel)
    , m_assemblersTitle(new QLabel)
    , m_assemblers(wrappingLabel())
    , m_legendTitle(new QLabel)
    , m_legendException(new QLabel)
    , m_legendConflict(new QLabel)
    , m_legendOutOfScope(new QLabel)
    , m_rowsTimer(new QTimer(this))
{
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    m_year->setValue(defaultYear(session));
    m_source->setObjectName(u"sourceLabel"_s);
    makeSecondary(m_source);
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_codes->setObjectName(u"codesCheckBox"_s);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s);
    m_error->hide();
    m_summary->setObjectName(u"summaryLabel"_s);
    makeSecondary(m_summary);
    m_assemblers->setObjectName(u"assemblersLabel"_s);
    m_assemblers->setTextFormat(Qt::RichText);
    QFont bold = m_assemblersTitle->font();
    bold.setBold(true);
    m_assemblersTitle->setFont(bold);
    m_legendTitle->setFont(bold);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"evaluatorsTableView"_s);
    m_view->setHorizontalHeader(new BlockHeaderView(m_view));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(true);
    m_view->setCornerButtonEnabled(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(96);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMaximumWidth(260);
    m_view->verticalHeader()->setTextElideMode(Qt::ElideRight);

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_source, 1);
    top->addSpacing(12);
    top->addWidget(m_filter);
    top->addWidget(m_codes);

    auto* legend = new QHBoxLayout;
    legend->addWidget(m_legendTitle);
    legend->addSpacing(8);
    legend->addWidget(swatch(EvaluatorMatrixModel::exceptionColor()));
    legend->addWidget(m_legendException);
    legend->addSpacing(16);
    legend->addWidget(swatch(EvaluatorMatrixModel::conflictColor(), u"⚠"_s));
    legend->addWidget(m_legendConflict);
    legend->addSpacing(16);
    legend->addWidget(swatch(EvaluatorMatrixModel::outOfScopeColor()));
    legend->addWidget(m_legendOutOfScope);
    legend->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_assemblersTitle);
    layout->addWidget(m_assemblers);
    layout->addLayout(legend);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) { setYear(year); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        static_cast<BodySearchProxyModel*>(m_proxy)->setSearchText(text);
        updateTexts();
    });
    connect(m_codes, &QCheckBox::toggled, m_model, &EvaluatorMatrixModel::setShowCodes);
    // Rows fit their wrapped names: again when the columns change width (the scroll bar appears,
    // the window is resized) or the texts change.
    m_rowsTimer->setSingleShot(true);
    connect(m_rowsTimer, &QTimer::timeout, m_view, &QTableView::resizeRowsToContents);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_rowsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_rowsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, m_rowsTimer, qOverload<>(&QTimer::start));
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] { reload(); });

    retranslate();
    setYear(m_year->value());
}

int EvaluatorsArea::defaultYear(Session& session)
{
    const int evaluatedNow = QDate::currentDate().year() - 1;
    auto years = session.registry().repository().evaluatedListYears();
    if (!years || years->empty())
        return evaluatedNow;
    int best = 0;
    for (int y : *years)
        if (y <= evaluatedNow)
            best = std::max(best, y);
    return best > 0 ? best : years->front();
}

void EvaluatorsArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluatorsArea::retranslate()
{
    m_yearLabel->setText(tr("Evaluated year:"));
    m_filter->setPlaceholderText(tr("Filter bodies by code or name…"));
    m_codes->setText(tr("Show codes"));
    m_codes->setToolTip(tr("Show the evaluators' codes instead of their short names"));
    m_assemblersTitle->setText(tr("Who assembles the blocks"));
    m_legendTitle->setText(tr("Legend:"));
    m_legendException->setText(tr("Exception of the decree (italics)"));
    m_legendException->setToolTip(
        tr("The part is evaluated under an exception (§25, §26, §31, §32, §37, §38), not by the usual rule "
           "(§24, §29, §36)."));
    m_legendConflict->setText(tr("Conflict of interest (§12)"));
    m_legendConflict->setToolTip(
        tr("The evaluator is the body itself or a body it belongs to: objectivity (§12) is not ensured."));
    m_legendOutOfScope->setText(tr("Not evaluated on this part (Appendix 2)"));
    m_model->retranslate();
    updateTexts();
}

void EvaluatorsArea::setLanguage(core::Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    updateTexts();
}

int EvaluatorsArea::year() const
{
    return m_year->value();
}

void EvaluatorsArea::setYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    if (auto r = m_model->load(year); !r)
        showError(ErrorText::of(r.error()));
    else
        showError({});
    updateTexts();
}

void EvaluatorsArea::reload()
{
    setYear(m_year->value());
}

void EvaluatorsArea::updateTexts()
{
    const int year = m_model->year();
    const QString roleDate = QLocale().toString(core::EvaluatorRules::roleDate(year), Language::dateFormat(m_language));
    m_source->setText(
        m_model->fromList()
            ? tr("The list of evaluated bodies for %1 (§17); the authorized bodies as on %2 (§56).")
                  .arg(year)
                  .arg(roleDate)
            : tr("No list of evaluated bodies for %1: the evaluated bodies that exist on 31 December %1; the "
                 "authorized bodies as on %2 (§56).")
                  .arg(year)
                  .arg(roleDate));

    int conflicts = 0;
    int exceptions = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            conflicts += index.data(EvaluatorMatrixModel::ConflictRole).toBool() ? 1 : 0;
            exceptions += index.data(EvaluatorMatrixModel::ExceptionRole).toBool() ? 1 : 0;
        }
    QString summary = tr("Evaluated bodies: %1").arg(m_model->rowCount());
    if (m_proxy->rowCount() != m_model->rowCount())
        summary += u" ("_s + tr("%1 shown").arg(m_proxy->rowCount()) + u')';
    summary += u" · "_s + tr("parts decided by exceptions: %1").arg(exceptions) + u" · "_s
               + tr("conflicts of interest (§12): %1").arg(conflicts);
    m_summary->setText(summary);

    QStringList lines;
    for (const core::BlockAssembler& a : m_model->assemblers()) {
        const QString who = a.bodyId ? m_model->evaluatorFullName(*a.bodyId) : tr("nobody plays this role");
        lines << tr("<b>%1</b> is assembled by: %2 — %3 (%4)")
                     .arg(Labels::block(a.block).toHtmlEscaped(), Labels::role(a.role).toHtmlEscaped(),
                          who.toHtmlEscaped(), a.paragraph);
    }
    m_assemblers->setText(lines.join(u"<br>"_s));
}

void EvaluatorsArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace ui
