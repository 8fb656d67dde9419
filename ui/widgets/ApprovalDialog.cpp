// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalDialog.h"

#include "DateField.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/MethodologyService.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

ApprovalDialog::ApprovalDialog(const core::MethodologyService& service, const core::Methodology& methodology,
                               core::Language language, QWidget* parent)
    : DialogBase(parent)
    , m_service(service)
    , m_methodology(methodology)
    , m_approvedBy(new QLineEdit)
    , m_approvedOn(new DateField)
    , m_agreedStatePlanning(new DateField)
    , m_agreedWorkingBody(new DateField)
    , m_list(new QListWidget)
    , m_blocking(new QLabel)
{
    setObjectName(u"approvalDialog"_s);
    setWindowTitle(tr("Approve the Methodology"));
    const QString title = methodology.title.in(language).trimmed();
    auto* heading = new QLabel(
        u"<b>%1</b><br>%2"_s.arg((title.isEmpty() ? Labels::block(methodology.block) : title).toHtmlEscaped(),
                                 tr("%1, %2, version %3")
                                     .arg(Labels::blockShort(methodology.block))
                                     .arg(methodology.year)
                                     .arg(methodology.version)
                                     .toHtmlEscaped()));
    heading->setWordWrap(true);
    auto* intro = new QLabel(tr("§19: the authorized bodies approve the methodology of the block, agreed with the "
                                "state planning body and the Commission's working body. Once approved it is frozen: "
                                "a change makes a new version."));
    intro->setWordWrap(true);

    m_approvedBy->setObjectName(u"approvedByLineEdit"_s);
    m_approvedBy->setPlaceholderText(tr("For example: joint order No. 12 of 20 January"));
    m_approvedBy->setMinimumWidth(360);
    const std::pair<DateField*, QString> dates[] = {{m_approvedOn, u"approvedOn"_s},
                                                    {m_agreedStatePlanning, u"agreedStatePlanning"_s},
                                                    {m_agreedWorkingBody, u"agreedWorkingBody"_s}};
    for (const auto& [field, name] : dates) {
        field->setObjectName(name + u"Field"_s);
        field->editor()->setObjectName(name + u"DateEdit"_s);
        field->checkBox()->setObjectName(name + u"CheckBox"_s);
        field->setCheckText(tr("Set"));
        field->setDisplayFormat(Language::dateFormat(language));
        field->setDate(QDate());
        connect(field, &DateField::dateChanged, this, [this] { recheck(); });
    }
    connect(m_approvedBy, &QLineEdit::textChanged, this, [this] { recheck(); });

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Approved by (the act):"), m_approvedBy);
    form->addRow(tr("Approved on:"), m_approvedOn);
    form->addRow(tr("Agreed with the state planning body on:"), m_agreedStatePlanning);
    form->addRow(tr("Agreed with the Commission's working body on:"), m_agreedWorkingBody);

    m_list->setObjectName(u"problemsListWidget"_s);
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(140);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_blocking->setObjectName(u"blockingLabel"_s);
    m_blocking->setWordWrap(true);
    m_blocking->setStyleSheet(u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s);

    body()->addWidget(heading);
    body()->addWidget(intro);
    body()->addLayout(form);
    body()->addWidget(new QLabel(tr("§20 checks:")));
    body()->addWidget(m_list, 1);
    body()->addWidget(m_blocking);

    // "Approve" in place of the standard OK, which the button box would rename back to OK.
    if (auto* buttons = findChild<QDialogButtonBox*>()) {
        if (QPushButton* ok = buttons->button(QDialogButtonBox::Ok)) {
            buttons->removeButton(ok);
            delete ok;
        }
        m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_ok->setObjectName(u"approvePushButton"_s);
        m_ok->setDefault(true);
    }
    setOkText();
    resize(620, 560);
    recheck();
}

void ApprovalDialog::setOkText()
{
    if (m_ok)
        m_ok->setText(tr("Approve"));
}

void ApprovalDialog::changeEvent(QEvent* event)
{
    DialogBase::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setOkText();
}

core::Approval ApprovalDialog::approval() const
{
    return core::Approval{m_approvedBy->text().trimmed(), m_approvedOn->date(), m_agreedStatePlanning->date(),
                          m_agreedWorkingBody->date()};
}

bool ApprovalDialog::hasBlockingProblems() const
{
    return std::any_of(m_problems.begin(), m_problems.end(),
                       [](const core::MethodologyProblem& p) { return p.blocking; });
}

void ApprovalDialog::recheck()
{
    core::Methodology m = m_methodology;
    m.approval = approval();
    m_list->clear();
    auto problems = m_service.check(m, true);
    if (!problems) {
        m_problems.clear();
        m_blocking->setText(ErrorText::of(problems.error()));
        m_blocking->show();
        if (m_ok)
            m_ok->setEnabled(false);
        return;
    }
    m_problems = std::move(*problems);
    QStyle* style = QApplication::style();
    for (const core::MethodologyProblem& p : m_problems) {
        auto* item = new QListWidgetItem(
            style->standardIcon(p.blocking ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            Labels::methodologyProblem(p), m_list);
        item->setToolTip(p.blocking ? tr("An error: it prevents approval") : tr("A warning: approval is possible"));
    }
    if (m_problems.empty())
        new QListWidgetItem(style->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("All §20 requirements that the data can show are met."), m_list);
    const bool blocking = hasBlockingProblems();
    m_blocking->setText(blocking ? tr("The methodology cannot be approved while the list shows errors: "
                                      "record the approval in full and correct the methodology first.")
                                 : QString());
    m_blocking->setVisible(blocking);
    if (m_ok)
        m_ok->setEnabled(!blocking);
}

} // namespace ui
