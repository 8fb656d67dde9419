// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodologySettingsPane.h"

#include "Appearance.h"
#include "Text3Editor.h"

#include "ui/Labels.h"

#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QLabel* formLabel()
{
    auto* label = new QLabel;
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setContentsMargins(0, 4, 0, 0);
    return label;
}

} // namespace

MethodologySettingsPane::MethodologySettingsPane(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(formLabel())
    , m_title(new Text3Editor(u"title"_s))
    , m_notCountedLabel(formLabel())
    , m_notCounted(new QComboBox)
    , m_fullAtLabel(formLabel())
    , m_fullAt(new QDoubleSpinBox)
    , m_partialAtLabel(formLabel())
    , m_partialAt(new QDoubleSpinBox)
    , m_thresholdsHint(new QLabel)
    , m_sample(new QCheckBox)
    , m_ownersLabel(formLabel())
    , m_owners(new QListWidget)
    , m_lineageLabel(formLabel())
    , m_lineage(new QLabel)
{
    // Settings of the methodology.
    m_title->setRequired(false);
    m_notCounted->setObjectName(u"notCountedComboBox"_s);
    for (core::NotCountedPolicy p : {core::NotCountedPolicy::Reweight, core::NotCountedPolicy::Zero})
        m_notCounted->addItem(QString(), static_cast<int>(p));
    for (QDoubleSpinBox* spin : {m_fullAt, m_partialAt}) {
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSuffix(u" %"_s);
    }
    m_fullAt->setObjectName(u"fullAtSpinBox"_s);
    m_partialAt->setObjectName(u"partialAtSpinBox"_s);
    m_thresholdsHint->setWordWrap(true);
    makeSecondary(m_thresholdsHint);
    m_sample->setObjectName(u"sampleCheckBox"_s);
    m_owners->setObjectName(u"ownersListWidget"_s);
    m_owners->setMinimumHeight(120);
    m_lineage->setObjectName(u"lineageLabel"_s);
    m_lineage->setWordWrap(true);
    auto* thresholds = new QHBoxLayout;
    thresholds->addWidget(m_fullAt);
    thresholds->addSpacing(12);
    thresholds->addWidget(m_partialAtLabel);
    thresholds->addWidget(m_partialAt);
    thresholds->addStretch();
    m_partialAtLabel->setAlignment(Qt::AlignVCenter | Qt::AlignRight);
    m_partialAtLabel->setContentsMargins(0, 0, 0, 0);
    auto* settingsGrid = new QGridLayout(this);
    settingsGrid->setColumnStretch(1, 1);
    settingsGrid->setVerticalSpacing(8);
    int row = 0;
    settingsGrid->addWidget(m_titleLabel, row, 0);
    settingsGrid->addWidget(m_title, row++, 1);
    settingsGrid->addWidget(m_sample, row++, 1);
    settingsGrid->addWidget(m_notCountedLabel, row, 0);
    settingsGrid->addWidget(m_notCounted, row++, 1, Qt::AlignLeft);
    settingsGrid->addWidget(m_fullAtLabel, row, 0);
    settingsGrid->addLayout(thresholds, row++, 1);
    settingsGrid->addWidget(m_thresholdsHint, row++, 1);
    settingsGrid->addWidget(m_ownersLabel, row, 0);
    settingsGrid->addWidget(m_owners, row++, 1);
    settingsGrid->addWidget(m_lineageLabel, row, 0);
    settingsGrid->addWidget(m_lineage, row++, 1);
    settingsGrid->setRowStretch(row, 1);

    connect(m_title, &Text3Editor::edited, this, [this] { onEdited(); });
    connect(m_notCounted, &QComboBox::currentIndexChanged, this, [this] { onEdited(); });
    connect(m_fullAt, &QDoubleSpinBox::valueChanged, this, [this] { onEdited(); });
    connect(m_partialAt, &QDoubleSpinBox::valueChanged, this, [this] { onEdited(); });
    connect(m_sample, &QCheckBox::toggled, this, [this] { onEdited(); });
    connect(m_owners, &QListWidget::itemChanged, this, [this] { onEdited(); });
}

// The texts keep the translation context of MethodologyArea, where they were written.
void MethodologySettingsPane::retranslate()
{
    m_titleLabel->setText(QCoreApplication::translate("ui::MethodologyArea", "Title:"));
    m_title->retranslate();
    m_sample->setText(
        QCoreApplication::translate("ui::MethodologyArea", "Sample: a demonstration methodology, not a real one"));
    m_notCountedLabel->setText(QCoreApplication::translate("ui::MethodologyArea", "Not counted (no data):"));
    for (int i = 0; i < m_notCounted->count(); ++i)
        m_notCounted->setItemText(
            i, Labels::notCountedPolicy(static_cast<core::NotCountedPolicy>(m_notCounted->itemData(i).toInt())));
    m_fullAtLabel->setText(QCoreApplication::translate("ui::MethodologyArea", "Fully achieved from:"));
    m_partialAtLabel->setText(QCoreApplication::translate("ui::MethodologyArea", "partially from:"));
    m_thresholdsHint->setText(QCoreApplication::translate(
        "ui::MethodologyArea", "An indicator scoring at least the first is fully achieved, at least the second "
                               "partially achieved, and below it not achieved."));
    m_ownersLabel->setText(QCoreApplication::translate("ui::MethodologyArea", "Run by (§27, §34, §40):"));
    m_lineageLabel->setText(QCoreApplication::translate("ui::MethodologyArea", "Based on:"));
}

void MethodologySettingsPane::fill(const core::Methodology& m, bool editable, core::Language language,
                                   const core::RegistryRepository& registry,
                                   const core::MethodologyService& methodologies)
{
    m_filling = true;
    m_title->setText(m.title);
    m_title->setReadOnly(!editable);
    m_sample->setChecked(m.sample);
    m_notCounted->setCurrentIndex(m_notCounted->findData(static_cast<int>(m.notCounted)));
    m_fullAt->setValue(m.fullAt);
    m_partialAt->setValue(m.partialAt);
    for (QWidget* w : std::initializer_list<QWidget*>{m_sample, m_notCounted})
        w->setEnabled(editable);
    m_fullAt->setReadOnly(!editable);
    m_partialAt->setReadOnly(!editable);

    // The owners: the bodies that play an authorized-body role, named as in the methodology's year.
    m_owners->clear();
    const QDate asOf(m.year > 0 ? m.year : QDate::currentDate().year(), 12, 31);
    std::map<qint64, QStringList> roles;
    if (auto assignments = registry.roleAssignments())
        for (const core::RoleAssignment& a : *assignments)
            roles[a.bodyId] << Labels::role(a.role);
    std::set<qint64> shown;
    if (auto bodies = registry.bodies()) {
        for (const core::Body& b : *bodies) {
            const bool owner = std::find(m.owners.begin(), m.owners.end(), b.id) != m.owners.end();
            if (!owner && !roles.contains(b.id))
                continue;
            const core::BodyName& name = b.nameOn(asOf);
            auto* item = new QListWidgetItem(name.shortName.in(language), m_owners);
            item->setData(Qt::UserRole, b.id);
            item->setToolTip(name.fullName.in(language)
                             + (roles.contains(b.id) ? u"\n"_s + roles[b.id].join(u"; "_s) : QString()));
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
            item->setCheckState(owner ? Qt::Checked : Qt::Unchecked);
            shown.insert(b.id);
        }
    }
    for (qint64 id : m.owners) // an owner that is not in the registry any more
        if (!shown.contains(id)) {
            auto* item = new QListWidgetItem(
                QCoreApplication::translate("ui::MethodologyArea", "Body %1 (not in the registry)").arg(id), m_owners);
            item->setData(Qt::UserRole, id);
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
        }
    m_owners->sortItems();

    QString lineage = QCoreApplication::translate("ui::MethodologyArea", "—");
    if (m.basedOn) {
        if (auto source = methodologies.load(*m.basedOn))
            lineage = QCoreApplication::translate("ui::MethodologyArea", "%1, %2, version %3")
                          .arg(Labels::blockShort(source->block))
                          .arg(source->year)
                          .arg(source->version);
        else
            lineage = QCoreApplication::translate("ui::MethodologyArea", "a methodology that was deleted");
    }
    m_lineage->setText(lineage);
    m_filling = false;
}

void MethodologySettingsPane::onEdited()
{
    if (!m_filling)
        Q_EMIT edited();
}

void MethodologySettingsPane::apply(core::Methodology& m) const
{
    m.title = m_title->text();
    m.sample = m_sample->isChecked();
    m.notCounted = static_cast<core::NotCountedPolicy>(m_notCounted->currentData().toInt());
    m.fullAt = m_fullAt->value();
    m.partialAt = m_partialAt->value();
    m.owners.clear();
    for (int i = 0; i < m_owners->count(); ++i)
        if (m_owners->item(i)->checkState() == Qt::Checked)
            m.owners.push_back(m_owners->item(i)->data(Qt::UserRole).toLongLong());
    std::sort(m.owners.begin(), m.owners.end()); // as loaded, so that an unchanged list compares equal
}

} // namespace ui
