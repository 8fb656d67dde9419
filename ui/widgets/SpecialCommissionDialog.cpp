// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecialCommissionDialog.h"

#include "Appearance.h"
#include "ConclusionTexts.h"

#include "ui/Language.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

SpecialCommissionDialog::SpecialCommissionDialog(int year, std::vector<Authority> authorities,
                                                 std::vector<Organization> organizations, core::Language language,
                                                 QWidget* parent)
    : DialogBase(parent)
    , m_year(year)
    , m_authorities(std::move(authorities))
    , m_organizations(std::move(organizations))
    , m_authority(new QComboBox(this))
    , m_formed(new QDateEdit(this))
    , m_state(wrappingLabel())
    , m_members(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(QIcon(u":/icons/add.svg"_s), tr("Add Member"), this))
    , m_remove(new QPushButton(QIcon(u":/icons/remove.svg"_s), tr("Remove Member"), this))
    , m_participants(wrappingLabel())
{
    setObjectName(u"specialCommissionDialog"_s);
    setWindowTitle(tr("Special Commission for %1").arg(year));
    m_authority->setObjectName(u"authorityComboBox"_s);
    for (const Authority& a : m_authorities)
        m_authority->addItem(a.text, a.id);
    m_formed->setObjectName(u"formedDateEdit"_s);
    m_formed->setCalendarPopup(true);
    m_formed->setDisplayFormat(Language::dateFormat(language));
    m_state->setObjectName(u"stateLabel"_s);
    m_members->setObjectName(u"membersTableWidget"_s);
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Position"), tr("Organization"), tr("Working body")});
    m_members->horizontalHeaderItem(WorkingBodyColumn)
        ->setToolTip(tr("Represents the Commission's working body (§59)"));
    m_members->verticalHeader()->hide();
    QHeaderView* header = m_members->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PositionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WorkingBodyColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    m_members->setColumnWidth(NameColumn, 200);
    m_members->setColumnWidth(PositionColumn, 200);
    m_members->setColumnWidth(OrganizationColumn, 260);
    m_members->setMinimumHeight(180);
    m_add->setObjectName(u"addMemberPushButton"_s);
    m_remove->setObjectName(u"removeMemberPushButton"_s);
    m_participants->setObjectName(u"participantsLabel"_s);
    m_participants->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QLabel* rules = wrappingLabel();
    makeSecondary(rules);
    rules->setText(tr("§59: each authorized body forms a special commission to consider the objections to its "
                      "conclusions. No one who took part in that evaluation may sit on it, and a representative of "
                      "the Commission's working body is included. The Presidential Administration considers "
                      "objections without a special commission."));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Authorized body:"), m_authority);
    form->addRow(QString(), m_state);
    form->addRow(tr("Formed on:"), m_formed);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    body()->addWidget(rules);
    body()->addLayout(form);
    body()->addWidget(m_members, 1);
    body()->addLayout(buttons);
    body()->addWidget(m_participants);

    connect(m_authority, &QComboBox::currentIndexChanged, this, &SpecialCommissionDialog::onAuthorityChanged);
    connect(m_add, &QPushButton::clicked, this, &SpecialCommissionDialog::onAddMember);
    connect(m_remove, &QPushButton::clicked, this, &SpecialCommissionDialog::onRemoveMember);
    onAuthorityChanged();
    resize(900, 560);
}

const SpecialCommissionDialog::Authority* SpecialCommissionDialog::currentAuthority() const
{
    const qint64 id = authorityId();
    for (const Authority& a : m_authorities)
        if (a.id == id)
            return &a;
    return nullptr;
}

void SpecialCommissionDialog::setAuthority(qint64 authorityId)
{
    const int index = m_authority->findData(authorityId);
    if (index >= 0)
        m_authority->setCurrentIndex(index);
}

qint64 SpecialCommissionDialog::authorityId() const
{
    return m_authority->currentData().toLongLong();
}

QDate SpecialCommissionDialog::formedOn() const
{
    return m_formed->date();
}

void SpecialCommissionDialog::setFormedOn(QDate date)
{
    m_formed->setDate(date);
}

void SpecialCommissionDialog::onAuthorityChanged()
{
    const Authority* a = currentAuthority();
    const bool pa = a && a->pa;
    if (!a) {
        m_state->setText(tr("No authorized body has conclusions in %1.").arg(m_year));
    } else if (pa) {
        m_state->setText(tr("The Presidential Administration decides objections without a special commission "
                            "(§59)."));
    } else if (a->commission) {
        m_state->setText(tr("Formed on %1 with %n member(s).", nullptr, static_cast<int>(a->commission->members.size()))
                             .arg(QLocale().toString(a->commission->formedOn, m_formed->displayFormat())));
    } else {
        m_state->setText(tr("Not formed yet: objections to its conclusions cannot be decided until it is."));
    }
    m_state->setStyleSheet(pa ? errorStyleSheet() : QString());
    m_formed->setDate(a && a->commission && a->commission->formedOn.isValid() ? a->commission->formedOn
                                                                              : QDate::currentDate());
    setMembers(a && a->commission ? a->commission->members : std::vector<core::CommissionMember>{});
    if (a && !a->participants.isEmpty())
        m_participants->setText(tr("Took part in its evaluations of %1 (they may not sit on it): %2")
                                    .arg(m_year)
                                    .arg(a->participants.join(u", "_s)));
    else
        m_participants->setText(tr("No staff who took part in its evaluations of %1 are recorded.").arg(m_year));
    for (QWidget* w : std::initializer_list<QWidget*>{m_formed, m_members, m_add, m_remove})
        w->setEnabled(a && !pa);
}

QComboBox* SpecialCommissionDialog::organizationCombo(std::optional<qint64> selected) const
{
    auto* combo = new QComboBox;
    combo->addItem(u"—"_s, qint64(0));
    for (const Organization& o : m_organizations)
        combo->addItem(o.text, o.id);
    if (selected)
        combo->setCurrentIndex(std::max(0, combo->findData(*selected)));
    return combo;
}

void SpecialCommissionDialog::addMember(const core::CommissionMember& member)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, NameColumn, new QTableWidgetItem(member.name));
    m_members->setItem(row, PositionColumn, new QTableWidgetItem(member.position));
    m_members->setCellWidget(row, OrganizationColumn, organizationCombo(member.organizationId));
    auto* working = new QTableWidgetItem;
    working->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    working->setCheckState(member.workingBody ? Qt::Checked : Qt::Unchecked);
    m_members->setItem(row, WorkingBodyColumn, working);
}

void SpecialCommissionDialog::setMembers(const std::vector<core::CommissionMember>& members)
{
    m_members->setRowCount(0);
    for (const core::CommissionMember& m : members)
        addMember(m);
}

void SpecialCommissionDialog::onAddMember()
{
    addMember({});
    m_members->setCurrentCell(m_members->rowCount() - 1, NameColumn);
    m_members->editItem(m_members->item(m_members->rowCount() - 1, NameColumn));
}

void SpecialCommissionDialog::onRemoveMember()
{
    if (const int row = m_members->currentRow(); row >= 0)
        m_members->removeRow(row);
}

std::vector<core::CommissionMember> SpecialCommissionDialog::members() const
{
    std::vector<core::CommissionMember> list;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        core::CommissionMember m;
        m.name = m_members->item(row, NameColumn) ? m_members->item(row, NameColumn)->text().simplified() : QString();
        m.position = m_members->item(row, PositionColumn) ? m_members->item(row, PositionColumn)->text().simplified()
                                                          : QString();
        if (const auto* combo = qobject_cast<QComboBox*>(m_members->cellWidget(row, OrganizationColumn)))
            if (const qint64 id = combo->currentData().toLongLong(); id != 0)
                m.organizationId = id;
        m.workingBody = m_members->item(row, WorkingBodyColumn)
                        && m_members->item(row, WorkingBodyColumn)->checkState() == Qt::Checked;
        // A row left wholly empty is no member.
        if (m.name.isEmpty() && m.position.isEmpty() && !m.organizationId && !m.workingBody)
            continue;
        list.push_back(m);
    }
    return list;
}

} // namespace ui
