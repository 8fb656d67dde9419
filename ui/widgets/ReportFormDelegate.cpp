// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormDelegate.h"

#include "ui/Labels.h"
#include "ui/models/ReportFormModel.h"

#include "core/Methodology.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStandardItemModel>

namespace ui {

ReportFormDelegate::ReportFormDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* ReportFormDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    if (index.column() == ReportFormModel::Source) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("sourceTypeComboBox"));
        for (int type = 1; type <= core::SourceTypeCount; ++type)
            combo->addItem(Labels::sourceType(type), type);
        if (m_block == 1)
            if (auto* items = qobject_cast<QStandardItemModel*>(combo->model()))
                if (QStandardItem* expert = items->item(core::ExpertSourceType - 1)) {
                    expert->setEnabled(false);
                    expert->setToolTip(tr("Not used in the goals block (§7)"));
                }
        // A choice is the whole edit: commit it at once.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<ReportFormDelegate*>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setPlaceholderText(index.data(ReportFormModel::PlaceholderRole).toString());
        if (index.column() == ReportFormModel::Plan || index.column() == ReportFormModel::Fact)
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return editor;
}

void ReportFormDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ReportFormDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        // Always as text: the model reads numbers in the interface's locale.
        model->setData(index, line->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ui
