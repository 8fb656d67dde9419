// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorganizationDialog.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

std::vector<qint64> checkedIds(const QListWidget* list)
{
    std::vector<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.push_back(list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

} // namespace

ReorganizationDialog::ReorganizationDialog(const std::vector<core::Body>& bodies, core::Language language,
                                           std::optional<qint64> preselected, QWidget* parent)
    : DialogBase(parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_kind(new QComboBox(this))
    , m_approximate(new QCheckBox(tr("The date is approximate (to be confirmed)"), this))
    , m_from(new QListWidget(this))
    , m_to(new QListWidget(this))
    , m_retire(new QCheckBox(tr("The bodies before cease to exist the day before this date"), this))
{
    setWindowTitle(tr("Record Reorganization"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Language::dateFormat(language));
    for (core::ReorganizationKind k : {core::ReorganizationKind::Split, core::ReorganizationKind::SpinOff,
                                       core::ReorganizationKind::Merge, core::ReorganizationKind::Rename,
                                       core::ReorganizationKind::FunctionsMoved, core::ReorganizationKind::Liquidation})
        m_kind->addItem(Labels::reorganizationKind(k), static_cast<int>(k));
    m_from->setObjectName(u"fromListWidget"_s);
    m_to->setObjectName(u"toListWidget"_s);
    for (const core::Body& b : bodies) {
        const QString text = b.code + u" — "_s + b.nameOn(QDate::currentDate()).shortName.in(language);
        for (QListWidget* list : {m_from, m_to}) {
            auto* item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, b.id);
            item->setCheckState(list == m_from && preselected == b.id ? Qt::Checked : Qt::Unchecked);
        }
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(QString(), m_approximate);
    form->addRow(tr("Kind:"), m_kind);
    body()->addLayout(form);
    auto* lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Before (predecessors):"), this), 0, 0);
    lists->addWidget(new QLabel(tr("After (successors):"), this), 0, 1);
    lists->addWidget(m_from, 1, 0);
    lists->addWidget(m_to, 1, 1);
    body()->addLayout(lists);
    body()->addWidget(m_retire);
    auto* notes = new QFormLayout;
    const QString labels[] = {tr("Note (Kazakh):"), tr("Note (Russian):"), tr("Note (English):")};
    for (int i = 0; i < 3; ++i) {
        m_note[i] = new QLineEdit(this);
        notes->addRow(labels[i], m_note[i]);
    }
    body()->addLayout(notes);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReorganizationDialog::onKindChanged);
    onKindChanged();
    resize(820, 640);
}

void ReorganizationDialog::onKindChanged()
{
    const auto kind = static_cast<core::ReorganizationKind>(m_kind->currentData().toInt());
    m_retire->setChecked(core::endsPredecessors(kind)); // a renamed body that keeps its code goes on anyway
    m_to->setEnabled(kind != core::ReorganizationKind::Liquidation);
}

core::Reorganization ReorganizationDialog::reorganization() const
{
    core::Reorganization r;
    r.date = m_date->date();
    r.kind = static_cast<core::ReorganizationKind>(m_kind->currentData().toInt());
    r.approximate = m_approximate->isChecked();
    r.note = core::Text3{m_note[0]->text(), m_note[1]->text(), m_note[2]->text()}.trimmed();
    r.predecessors = checkedIds(m_from);
    if (r.kind != core::ReorganizationKind::Liquidation)
        r.successors = checkedIds(m_to);
    return r;
}

bool ReorganizationDialog::retirePredecessors() const
{
    return m_retire->isChecked();
}

} // namespace ui
