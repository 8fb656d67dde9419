// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatedNameDialog.h"

#include "NameEditor.h"

#include "ui/Language.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QDateEdit* dateEdit(core::Language language, QWidget* parent)
{
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Language::dateFormat(language));
    return edit;
}
} // namespace

DatedNameDialog::DatedNameDialog(const core::BodyName& current, core::Language language, QWidget* parent)
    : DialogBase(parent)
    , m_from(dateEdit(language, this))
    , m_name(new NameEditor(this))
{
    setWindowTitle(tr("New Name"));
    m_from->setObjectName(u"fromDateEdit"_s);
    auto* form = new QFormLayout;
    form->addRow(tr("In force from:"), m_from);
    body()->addLayout(form);
    core::BodyName start = current;
    start.id = 0;
    m_name->setName(start);
    body()->addWidget(m_name);
    resize(760, sizeHint().height());
}

core::BodyName DatedNameDialog::name() const
{
    core::BodyName n = m_name->name();
    n.validFrom = m_from->date();
    return n;
}

RetireDialog::RetireDialog(const QString& bodyName, core::Language language, QWidget* parent)
    : DialogBase(parent)
    , m_lastDay(dateEdit(language, this))
{
    setWindowTitle(tr("Retire Body"));
    auto* label = new QLabel(tr("%1 ceases to exist. Its records and history are kept.").arg(bodyName), this);
    label->setWordWrap(true);
    body()->addWidget(label);
    auto* form = new QFormLayout;
    form->addRow(tr("Last day:"), m_lastDay);
    body()->addLayout(form);
}

QDate RetireDialog::lastDay() const
{
    return m_lastDay->date();
}

} // namespace ui
