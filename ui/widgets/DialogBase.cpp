// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogBase.h"

#include "Appearance.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

DialogBase::DialogBase(QWidget* parent)
    : QDialog(parent)
    , m_body(new QVBoxLayout)
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    auto* reasonForm = new QFormLayout;
    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_reason->setPlaceholderText(tr("Optional: the act or the reason, kept in the history"));
    reasonForm->addRow(tr("Reason:"), m_reason);
    layout->addLayout(reasonForm);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DialogBase::reason() const
{
    return m_reason->text().trimmed();
}

void DialogBase::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace ui
