// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyDetailsPane.h"

#include "Appearance.h"
#include "DateField.h"
#include "NameEditor.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/models/AuditTableModel.h"
#include "ui/models/NameHistoryModel.h"
#include "ui/models/ReorganizationTableModel.h"

#include "core/AuditLog.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QCheckBox>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

BodyDetailsPane::BodyDetailsPane(RegistryController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_nameDate(QDate::currentDate())
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_detailsTab(new QWidget)
    , m_kind(new QComboBox)
    , m_evaluated(new QCheckBox)
    , m_presidential(new QCheckBox)
    , m_parent(new QComboBox)
    , m_validFrom(new DateField)
    , m_validTo(new DateField)
    , m_results(new QCheckBox)
    , m_nameLabel(new QLabel)
    , m_name(new NameEditor)
    , m_reason(new QLineEdit)
    , m_error(new QLabel)
    , m_apply(new QPushButton)
    , m_revert(new QPushButton)
    , m_namesModel(new NameHistoryModel(this))
    , m_addName(new QPushButton)
    , m_removeName(new QPushButton)
    , m_roles(new QLabel)
    , m_reorganizationsModel(new ReorganizationTableModel(controller.repository(), this))
    , m_historyModel(new AuditTableModel(this))
{
    m_title->setObjectName(u"titleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_kind->setObjectName(u"kindComboBox"_s);
    m_parent->setObjectName(u"parentComboBox"_s);
    m_validFrom->setObjectName(u"validFromField"_s);
    m_validTo->setObjectName(u"validToField"_s);
    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_apply->setObjectName(u"applyPushButton"_s);
    m_revert->setObjectName(u"revertPushButton"_s);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();
    for (core::BodyKind k :
         {core::BodyKind::Central, core::BodyKind::Oblast, core::BodyKind::City, core::BodyKind::Capital})
        m_kind->addItem(QString(), static_cast<int>(k));

    // Details tab
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // long Kazakh labels go above their field
    for (auto*& label : m_labels)
        label = new QLabel;
    form->addRow(m_labels[0], m_kind);
    form->addRow(QString(), m_evaluated);
    form->addRow(QString(), m_presidential);
    form->addRow(m_labels[1], m_parent);
    form->addRow(m_labels[2], m_validFrom);
    form->addRow(m_labels[3], m_validTo);
    auto* scope = new QGridLayout;
    for (int i = 0; i < 3; ++i) {
        m_blocks[i] = new QCheckBox;
        m_blocks[i]->setObjectName(u"block%1CheckBox"_s.arg(i + 1));
        scope->addWidget(m_blocks[i], i / 2, i % 2);
    }
    scope->addWidget(m_results, 1, 1);
    form->addRow(m_labels[4], scope);
    for (int i = 0; i < 3; ++i) {
        m_note[i] = new QLineEdit;
        form->addRow(m_labels[5 + i], m_note[i]);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto* details = new QVBoxLayout(m_detailsTab);
    details->addLayout(form);
    details->addWidget(m_nameLabel);
    details->addWidget(m_name);
    auto* reasonForm = new QFormLayout;
    reasonForm->addRow(tr("Reason:"), m_reason);
    details->addLayout(reasonForm);
    details->addStretch();
    details->addLayout(buttons);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_detailsTab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Names tab
    auto* namesTab = new QWidget;
    m_namesView = makeTable(m_namesModel, namesTab);
    m_namesView->setObjectName(u"namesTableView"_s);
    auto* namesButtons = new QHBoxLayout;
    namesButtons->addStretch();
    namesButtons->addWidget(m_removeName);
    namesButtons->addWidget(m_addName);
    auto* names = new QVBoxLayout(namesTab);
    names->addWidget(m_namesView);
    names->addLayout(namesButtons);

    // Roles and reorganizations tab
    auto* linksTab = new QWidget;
    m_roles->setWordWrap(true);
    m_roles->setObjectName(u"rolesLabel"_s);
    m_reorganizationsView = makeTable(m_reorganizationsModel, linksTab);
    m_reorganizationsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reorganizationsView->setColumnWidth(ReorganizationTableModel::Treatment, 320);
    auto* links = new QVBoxLayout(linksTab);
    links->addWidget(m_roles);
    links->addWidget(m_reorganizationsView, 1);

    // History tab
    auto* historyTab = new QWidget;
    m_historyView = makeTable(m_historyModel, historyTab);
    m_historyView->setObjectName(u"historyTableView"_s);
    auto* history = new QVBoxLayout(historyTab);
    history->addWidget(m_historyView);

    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(namesTab, QString());
    m_tabs->addTab(linksTab, QString());
    m_tabs->addTab(historyTab, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    const auto edited = [this] { updateButtons(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, edited);
    connect(m_parent, &QComboBox::currentIndexChanged, this, edited);
    for (QCheckBox* box : {m_evaluated, m_presidential, m_blocks[0], m_blocks[1], m_blocks[2], m_results})
        connect(box, &QCheckBox::toggled, this, edited);
    for (QLineEdit* note : m_note)
        connect(note, &QLineEdit::textEdited, this, edited);
    connect(m_validFrom, &DateField::dateChanged, this, edited);
    connect(m_validTo, &DateField::dateChanged, this, edited);
    connect(m_name, &NameEditor::edited, this, edited);
    connect(m_apply, &QPushButton::clicked, this, &BodyDetailsPane::onApplyClicked);
    connect(m_revert, &QPushButton::clicked, this, [this] { fill(); });
    connect(m_addName, &QPushButton::clicked, this, &BodyDetailsPane::addNameRequested);
    connect(m_removeName, &QPushButton::clicked, this, &BodyDetailsPane::onRemoveNameClicked);
    connect(m_namesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });

    retranslate();
    setBody(std::nullopt);
}

void BodyDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BodyDetailsPane::retranslate()
{
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Names"));
    m_tabs->setTabText(2, tr("Roles and reorganizations"));
    m_tabs->setTabText(3, tr("History"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Labels::kind(static_cast<core::BodyKind>(m_kind->itemData(i).toInt())));
    m_labels[0]->setText(tr("Kind:"));
    m_labels[1]->setText(tr("Part of:"));
    m_labels[2]->setText(tr("Valid from:"));
    m_labels[3]->setText(tr("Valid to:"));
    m_labels[4]->setText(tr("Evaluated on:"));
    m_labels[5]->setText(tr("Scope note (kk):"));
    m_labels[6]->setText(tr("Scope note (ru):"));
    m_labels[7]->setText(tr("Scope note (en):"));
    m_evaluated->setText(tr("Evaluated body"));
    m_presidential->setText(tr("Directly subordinate to the President (§26)"));
    m_validFrom->setCheckText(tr("since"));
    m_validTo->setCheckText(tr("until"));
    for (int i = 0; i < 3; ++i)
        m_blocks[i]->setText(tr("Block %1").arg(i + 1));
    m_results->setText(tr("Results evaluation"));
    m_name->retranslate();
    m_reason->setPlaceholderText(tr("Optional: the act or the reason, kept in the history"));
    m_apply->setText(tr("&Apply"));
    m_revert->setText(tr("Re&vert"));
    m_addName->setText(tr("New Name…"));
    m_removeName->setText(tr("Remove Name"));
    m_blocks[0]->setToolTip(tr("Block 1: achievement of goals (§18)"));
    m_blocks[1]->setToolTip(tr("Block 2: interaction with individuals and legal entities (§18)"));
    m_blocks[2]->setToolTip(tr("Block 3: organizational development (§18)"));
    m_results->setToolTip(tr("Results evaluation: key performance indicators (chapter 10)"));
    fill();
}

void BodyDetailsPane::setPresentation(core::Language language, QDate nameDate, int evaluatedYear)
{
    m_language = language;
    m_nameDate = nameDate.isValid() ? nameDate : QDate::currentDate();
    m_year = evaluatedYear;
    m_validFrom->setDisplayFormat(Language::dateFormat(language));
    m_validTo->setDisplayFormat(Language::dateFormat(language));
    m_historyModel->setLanguage(language);
    m_reorganizationsModel->setPresentation(language, evaluatedYear);
    fill();
}

void BodyDetailsPane::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void BodyDetailsPane::setBody(std::optional<qint64> bodyId)
{
    m_bodyId = bodyId;
    reload();
}

void BodyDetailsPane::reload()
{
    m_body.reset();
    if (auto all = m_controller.repository().bodies())
        m_allBodies = std::move(*all);
    if (m_bodyId)
        for (const core::Body& b : m_allBodies)
            if (b.id == *m_bodyId)
                m_body = b;
    (void)m_reorganizationsModel->reload();
    m_reorganizationsModel->setBodyFilter(m_body ? std::optional<qint64>(m_body->id) : std::optional<qint64>(-1));
    m_error->hide();
    fill();
}

void BodyDetailsPane::fill()
{
    m_tabs->setEnabled(m_body.has_value());
    if (!m_body) {
        m_title->setText(u"<i>%1</i>"_s.arg(tr("Select a body in the table.").toHtmlEscaped()));
        m_namesModel->setBody(nullptr, m_language);
        m_historyModel->setEntries({});
        m_roles->clear();
        updateButtons();
        return;
    }
    const core::Body& b = *m_body;
    const core::BodyName& name = b.nameOn(m_nameDate);
    m_title->setText(u"<b>%1</b> — %2"_s.arg(b.code.toHtmlEscaped(), name.fullName.in(m_language).toHtmlEscaped()));

    const QSignalBlocker blockers[] = {QSignalBlocker(m_kind), QSignalBlocker(m_parent)};
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(b.fields.kind)));
    m_evaluated->setChecked(b.fields.evaluated);
    m_presidential->setChecked(b.fields.presidential);
    m_parent->clear();
    m_parent->addItem(u"—"_s, QVariant());
    for (const core::Body& other : m_allBodies)
        if (other.id != b.id)
            m_parent->addItem(other.code + u" — "_s + other.nameOn(m_nameDate).shortName.in(m_language), other.id);
    m_parent->setCurrentIndex(b.fields.parentId ? m_parent->findData(*b.fields.parentId) : 0);
    m_validFrom->setDate(b.fields.validFrom);
    m_validTo->setDate(b.fields.validTo);
    m_blocks[0]->setChecked(b.fields.scope.block1);
    m_blocks[1]->setChecked(b.fields.scope.block2);
    m_blocks[2]->setChecked(b.fields.scope.block3);
    m_results->setChecked(b.fields.scope.results);
    m_note[0]->setText(b.fields.scope.note.kk);
    m_note[1]->setText(b.fields.scope.note.ru);
    m_note[2]->setText(b.fields.scope.note.en);
    for (QLineEdit* note : m_note)
        note->setCursorPosition(0); // the beginning of a long note says what it is about
    m_nameLabel->setText(
        name.validFrom.isValid()
            ? tr("Name in force from %1:").arg(QLocale().toString(name.validFrom, Language::dateFormat(m_language)))
            : tr("Name:"));
    m_name->setName(name);

    m_namesModel->setBody(&b, m_language);
    if (auto history = m_controller.audit().forBody(b.id)) {
        std::reverse(history->begin(), history->end()); // the latest change first
        m_historyModel->setEntries(std::move(*history));
    }

    QStringList roles;
    if (auto assignments = m_controller.repository().roleAssignments()) {
        for (const core::RoleAssignment& a : *assignments) {
            if (a.bodyId != b.id)
                continue;
            const QString format = Language::dateFormat(m_language);
            QString period;
            if (a.validFrom.isValid() && a.validTo.isValid())
                period =
                    tr("%1 – %2").arg(QLocale().toString(a.validFrom, format), QLocale().toString(a.validTo, format));
            else if (a.validFrom.isValid())
                period = tr("from %1").arg(QLocale().toString(a.validFrom, format));
            else if (a.validTo.isValid())
                period = tr("until %1").arg(QLocale().toString(a.validTo, format));
            roles << tr("§13(%1) %2").arg(core::paragraphItem(a.role)).arg(Labels::role(a.role))
                         + (period.isEmpty() ? QString() : u" ("_s + period + u')');
        }
    }
    m_roles->setText(roles.isEmpty() ? tr("Plays no authorized-body role (§13).")
                                     : tr("Authorized-body roles: %1").arg(roles.join(u"; "_s)));
    m_namesView->resizeColumnsToContents();
    m_historyView->resizeColumnsToContents();
    updateButtons();
}

core::BodyFields BodyDetailsPane::editedFields() const
{
    core::BodyFields f = m_body ? m_body->fields : core::BodyFields{};
    f.kind = static_cast<core::BodyKind>(m_kind->currentData().toInt());
    f.evaluated = m_evaluated->isChecked();
    f.presidential = m_presidential->isChecked();
    f.parentId =
        m_parent->currentData().isValid() ? std::optional<qint64>(m_parent->currentData().toLongLong()) : std::nullopt;
    f.validFrom = m_validFrom->date();
    f.validTo = m_validTo->date();
    f.scope.block1 = m_blocks[0]->isChecked();
    f.scope.block2 = m_blocks[1]->isChecked();
    f.scope.block3 = m_blocks[2]->isChecked();
    f.scope.results = m_results->isChecked();
    f.scope.note = core::Text3{m_note[0]->text(), m_note[1]->text(), m_note[2]->text()}.trimmed();
    return f;
}

bool BodyDetailsPane::hasUnsavedChanges() const
{
    if (!m_body)
        return false;
    return !(editedFields() == m_body->fields) || !(m_name->name() == m_body->nameOn(m_nameDate));
}

void BodyDetailsPane::updateButtons()
{
    const bool writable = m_body && !m_controller.isReadOnly();
    const bool dirty = hasUnsavedChanges();
    m_apply->setEnabled(writable && dirty);
    m_revert->setEnabled(dirty);
    m_addName->setEnabled(writable);
    const QModelIndexList selected = m_namesView->selectionModel()->selectedRows();
    const core::BodyName* name = selected.isEmpty() ? nullptr : m_namesModel->nameAt(selected.first().row());
    m_removeName->setEnabled(writable && name && name->validFrom.isValid());
    m_name->setReadOnly(!writable);
    if (!m_body)
        return;
    // Say what is wrong while the user types, before Apply.
    QString problem;
    if (!m_name->isComplete())
        problem = ErrorText::of({core::ErrorCode::EmptyName, {}});
    else if (auto r = core::RegistryService::validateFields(editedFields()); !r)
        problem = ErrorText::of(r.error());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && dirty);
    if (!problem.isEmpty())
        m_apply->setEnabled(false);
}

void BodyDetailsPane::onApplyClicked()
{
    if (!m_body)
        return;
    const qint64 id = m_body->id;
    if (!m_controller.updateBody(id, editedFields(), m_name->name(), m_reason->text().trimmed())) {
        const QString text = m_controller.lastError() ? ErrorText::of(*m_controller.lastError()) : QString();
        m_error->setText(text);
        m_error->setVisible(!text.isEmpty());
        return;
    }
    m_reason->clear();
}

void BodyDetailsPane::onRemoveNameClicked()
{
    const QModelIndexList selected = m_namesView->selectionModel()->selectedRows();
    if (!m_body || selected.isEmpty())
        return;
    if (const core::BodyName* name = m_namesModel->nameAt(selected.first().row()))
        m_controller.removeName(m_body->id, name->id, m_reason->text().trimmed());
}

} // namespace ui
