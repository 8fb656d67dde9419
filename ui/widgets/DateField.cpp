// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace ui {

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDate(QDate::currentDate());
    m_edit->setMinimumDate(QDate(1991, 12, 16));
    m_edit->setMaximumDate(QDate(2100, 12, 31));
    m_edit->setEnabled(false);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &DateField::dateChanged);
    connect(m_edit, &QDateEdit::dateChanged, this, &DateField::dateChanged);
}

QDate DateField::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void DateField::setDate(QDate date)
{
    const QSignalBlocker b1(m_check);
    const QSignalBlocker b2(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

void DateField::setCheckText(const QString& text)
{
    m_check->setText(text);
}

void DateField::setDisplayFormat(const QString& format)
{
    m_edit->setDisplayFormat(format);
}

} // namespace ui
