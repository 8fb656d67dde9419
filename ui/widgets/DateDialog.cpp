// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateDialog.h"

#include "Appearance.h"
#include "DateField.h"

#include "ui/Language.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

DateDialog::DateDialog(const QString& title, const QString& text, QDate date, core::Language language, QWidget* parent)
    : DialogBase(parent)
    , m_text(wrappingLabel())
    , m_date(new DateField(this))
    , m_all(new QCheckBox(this))
{
    setObjectName(u"dateDialog"_s);
    setWindowTitle(title);
    m_text->setText(text);
    m_date->setObjectName(u"dateField"_s);
    m_date->setDisplayFormat(Language::dateFormat(language));
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    m_date->checkBox()->hide();
    m_all->setObjectName(u"allCheckBox"_s);
    m_all->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    body()->addWidget(m_text);
    body()->addLayout(form);
    body()->addWidget(m_all);
    resize(560, sizeHint().height());
}

void DateDialog::setClearable(bool clearable, const QString& checkText)
{
    m_date->checkBox()->setVisible(clearable);
    m_date->setCheckText(checkText);
}

void DateDialog::setAllOption(const QString& text, bool checked)
{
    m_all->setText(text);
    m_all->setChecked(checked);
    m_all->show();
}

QDate DateDialog::date() const
{
    return m_date->date();
}

bool DateDialog::all() const
{
    return !m_all->isHidden() && m_all->isChecked(); // isHidden(): also before the dialog is shown
}

} // namespace ui
