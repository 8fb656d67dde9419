// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ui {

/// The editors of a report form's cells: numbers in a right-aligned line edit whose placeholder
/// tells what an empty cell means, the §7 source type in a combo box (type 7 disabled in the goals
/// block), texts in a line edit. A choice in the combo box is committed at once.
class ReportFormDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ReportFormDelegate(QObject* parent = nullptr);

    /// The block of the form: type 7 cannot be chosen in block 1.
    void setBlock(int block) { m_block = block; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_block = 1;
};

} // namespace ui
