// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodologyListPane.h"

#include "Appearance.h"

#include "ui/Labels.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGridLayout>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

// The list's items carry the methodology and what the delegate draws.
constexpr int IdRole = Qt::UserRole + 1;
constexpr int DetailRole = Qt::UserRole + 2; ///< the second line: status and counts
constexpr int SampleRole = Qt::UserRole + 3;
constexpr int ApprovedRole = Qt::UserRole + 4;

/// A methodology of the list in two lines, with a "Sample" badge on the right.
class SummaryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString sampleText;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.parent().isValid()) { // a year
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette& palette = opt.palette;
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor detail = selected ? text : secondaryColor(palette);
        QRect r = opt.rect.adjusted(6, 3, -6, -3);
        painter->save();
        if (index.data(SampleRole).toBool()) {
            QFont small = opt.font;
            small.setPointSizeF(small.pointSizeF() * 0.85);
            const QFontMetrics fm(small);
            const QRect badge(r.right() - fm.horizontalAdvance(sampleText) - 10, r.top() + 1,
                              fm.horizontalAdvance(sampleText) + 10, fm.height() + 2);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xff, 0xe0, 0x82));
            painter->drawRoundedRect(badge, 4, 4);
            painter->setPen(QColor(0x5c, 0x44, 0x00));
            painter->setFont(small);
            painter->drawText(badge, Qt::AlignCenter, sampleText);
            r.setRight(badge.left() - 6);
        }
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(r.left(), r.top(), r.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(title, Qt::ElideRight, r.width()));
        painter->setFont(opt.font);
        painter->setPen(index.data(ApprovedRole).toBool() && !selected ? QColor(0x1e, 0x6b, 0x2f) : detail);
        const QFontMetrics fm(opt.font);
        const QRect second(opt.rect.left() + 6, r.top() + boldMetrics.height() + 1, opt.rect.width() - 12, fm.height());
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(DetailRole).toString(), Qt::ElideRight, second.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.parent().isValid())
            size.setHeight(2 * option.fontMetrics.height() + 10);
        return size;
    }
};

QPushButton* button(const QString& objectName, const QIcon& icon = {})
{
    auto* b = new QPushButton(icon, QString());
    b->setObjectName(objectName);
    return b;
}

} // namespace

MethodologyListPane::MethodologyListPane(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget)
    , m_new(button(u"newPushButton"_s, QIcon(u":/icons/add.svg"_s)))
    , m_newVersion(button(u"newVersionPushButton"_s))
    , m_copy(button(u"copyPushButton"_s))
    , m_approve(button(u"approvePushButton"_s))
    , m_delete(button(u"deletePushButton"_s, QIcon(u":/icons/remove.svg"_s)))
{
    // The methodologies by year.
    m_list->setObjectName(u"methodologiesTreeWidget"_s);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(8);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new SummaryDelegate(m_list));
    m_list->setMinimumWidth(210);
    auto* listButtons = new QGridLayout;
    listButtons->addWidget(m_new, 0, 0);
    listButtons->addWidget(m_newVersion, 0, 1);
    listButtons->addWidget(m_copy, 1, 0);
    listButtons->addWidget(m_approve, 1, 1);
    listButtons->addWidget(m_delete, 2, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        QTreeWidgetItem* item = m_list->currentItem();
        if (!item || !item->parent())
            return; // a year
        Q_EMIT methodologySelected(item->data(0, IdRole).toLongLong());
    });
}

// The texts keep the translation context of MethodologyArea, where they were written.
void MethodologyListPane::retranslate()
{
    static_cast<SummaryDelegate*>(m_list->itemDelegate())->sampleText =
        QCoreApplication::translate("ui::MethodologyArea", "Sample");
    m_new->setText(QCoreApplication::translate("ui::MethodologyArea", "New Methodology…"));
    m_new->setToolTip(QCoreApplication::translate("ui::MethodologyArea",
                                                  "An empty draft methodology of a block for an evaluated year"));
    m_newVersion->setText(QCoreApplication::translate("ui::MethodologyArea", "New Version"));
    m_newVersion->setToolTip(QCoreApplication::translate(
        "ui::MethodologyArea", "A new draft version of the selected methodology, with the same content"));
    m_copy->setText(QCoreApplication::translate("ui::MethodologyArea", "Copy to Next Year"));
    m_copy->setToolTip(QCoreApplication::translate(
        "ui::MethodologyArea", "The selected methodology as the first draft of the next evaluated year"));
    m_approve->setText(QCoreApplication::translate("ui::MethodologyArea", "Approve…"));
    m_approve->setToolTip(QCoreApplication::translate("ui::MethodologyArea",
                                                      "Record the approval (§19): the methodology is then frozen"));
    m_delete->setText(QCoreApplication::translate("ui::MethodologyArea", "Delete Draft"));
    m_delete->setToolTip(QCoreApplication::translate("ui::MethodologyArea",
                                                     "Delete the selected draft; approved methodologies are kept"));
}

void MethodologyListPane::fill(const std::vector<core::MethodologySummary>& summaries, std::optional<qint64> selected,
                               core::Language language,
                               const std::function<QString(const core::MethodologySummary&)>& detail)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem* yearItem = nullptr;
    QTreeWidgetItem* current = nullptr;
    for (const core::MethodologySummary& s : summaries) {
        if (!yearItem || yearItem->data(0, IdRole).toInt() != s.year) {
            yearItem = new QTreeWidgetItem(
                m_list, {QCoreApplication::translate("ui::MethodologyArea", "Evaluated year %1").arg(s.year)});
            yearItem->setData(0, IdRole, s.year);
            yearItem->setFlags(Qt::ItemIsEnabled);
            QFont font = m_list->font();
            font.setBold(true);
            yearItem->setFont(0, font);
            yearItem->setForeground(0, secondaryColor(m_list->palette()));
        }
        const QString title =
            u"%1 · %2 · "_s.arg(s.year).arg(Labels::blockShort(s.block))
            + QCoreApplication::translate("ui::MethodologyArea", "v%1", "methodology version").arg(s.version);
        auto* item = new QTreeWidgetItem(yearItem, {title});
        item->setData(0, IdRole, s.id);
        item->setData(0, DetailRole, detail(s));
        item->setData(0, SampleRole, s.sample);
        item->setData(0, ApprovedRole, s.approved);
        const QString name = s.title.in(language).trimmed();
        item->setToolTip(
            0, (name.isEmpty() ? Labels::block(s.block) : name)
                   + (s.sample ? u"\n"_s
                                     + QCoreApplication::translate(
                                         "ui::MethodologyArea", "A sample: a demonstration methodology, not a real one")
                               : QString()));
        if (selected && s.id == *selected)
            current = item;
    }
    m_list->expandAll();
    if (current)
        m_list->setCurrentItem(current);
}

void MethodologyListPane::setDetail(qint64 id, const QString& detail)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        if ((*it)->parent() && (*it)->data(0, IdRole).toLongLong() == id)
            (*it)->setData(0, DetailRole, detail);
}

void MethodologyListPane::updateActions(bool writable, bool selected, bool draft, bool modified)
{
    m_new->setEnabled(writable);
    m_newVersion->setEnabled(writable && selected);
    m_copy->setEnabled(writable && selected);
    m_approve->setEnabled(writable && draft && !modified);
    m_approve->setToolTip(
        modified ? QCoreApplication::translate("ui::MethodologyArea",
                                               "Save the changes first: the stored methodology is approved")
                 : QCoreApplication::translate("ui::MethodologyArea",
                                               "Record the approval (§19): the methodology is then frozen"));
    m_delete->setEnabled(writable && draft);
}

} // namespace ui
