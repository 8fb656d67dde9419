// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewMethodologyDialog.h"

#include "ui/Labels.h"

#include "core/Methodology.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

NewMethodologyDialog::NewMethodologyDialog(int year, QWidget* parent)
    : DialogBase(parent)
    , m_block(new QComboBox)
    , m_year(new QSpinBox)
{
    setObjectName(u"newMethodologyDialog"_s);
    setWindowTitle(tr("New Methodology"));
    m_block->setObjectName(u"blockComboBox"_s);
    for (int block = 1; block <= core::BlockCount; ++block)
        m_block->addItem(Labels::block(block), block);
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2100);
    m_year->setValue(year);
    auto* hint = new QLabel(tr("The methodology of a block for one evaluated year (§19). It starts as an empty draft; "
                               "to start from last year's, select that one and use Copy to Next Year."));
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Block:"), m_block);
    form->addRow(tr("Evaluated year:"), m_year);
    body()->addWidget(hint);
    body()->addLayout(form);
    resize(520, sizeHint().height());
}

int NewMethodologyDialog::block() const
{
    return m_block->currentData().toInt();
}

int NewMethodologyDialog::year() const
{
    return m_year->value();
}

} // namespace ui
