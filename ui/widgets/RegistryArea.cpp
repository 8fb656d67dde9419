// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryArea.h"

#include "AddBodyDialog.h"
#include "BodyDetailsPane.h"
#include "DatedNameDialog.h"
#include "ReorganizationDialog.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Settings.h"
#include "ui/models/BodyFilterProxyModel.h"
#include "ui/models/BodyTableModel.h"
#include "ui/models/EvaluatedListModel.h"
#include "ui/models/ReorganizationTableModel.h"

#include "core/RegistryRepository.h"

#include <QAction>

#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QTableView* makeTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

int defaultEvaluatedYear()
{
    // The evaluation held this year is of the previous year's activity (§9, §41).
    return QDate::currentDate().year() - 1;
}

/// Shows `dialog` until the user cancels or `submit` succeeds; a refusal is shown in the dialog,
/// which keeps what the user entered.
bool runDialog(DialogBase& dialog, RegistryController& controller, const std::function<bool()>& submit)
{
    while (dialog.exec() == QDialog::Accepted) {
        if (submit())
            return true;
        dialog.showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : QString());
    }
    return false;
}

} // namespace

RegistryArea::RegistryArea(RegistryController& controller, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_model(new BodyTableModel(controller.repository(), this))
    , m_proxy(new BodyFilterProxyModel(this))
    , m_reorganizations(new ReorganizationTableModel(controller.repository(), this))
    , m_list(new EvaluatedListModel(controller, this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit)
    , m_kind(new QComboBox)
    , m_category(new QComboBox)
    , m_asOfCheck(new QCheckBox)
    , m_asOf(new QDateEdit(QDate::currentDate()))
    , m_count(new QLabel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_details(new BodyDetailsPane(controller))
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_reorganizationHint(new QLabel)
    , m_listYearLabel(new QLabel)
    , m_listYear(new QSpinBox)
    , m_listCount(new QLabel)
    , m_error(new QLabel(this))
    , m_addBody(new QAction(QIcon(u":/icons/add.svg"_s), QString(), this))
    , m_retireBody(new QAction(QIcon(u":/icons/retire.svg"_s), QString(), this))
    , m_reorganize(new QAction(QIcon(u":/icons/reorganize.svg"_s), QString(), this))
{
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(u"kindComboBox"_s);
    m_category->setObjectName(u"categoryComboBox"_s);
    m_asOfCheck->setObjectName(u"asOfCheckBox"_s);
    m_asOf->setObjectName(u"asOfDateEdit"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    m_kind->addItem(QString(), -1);
    for (core::BodyKind k :
         {core::BodyKind::Central, core::BodyKind::Oblast, core::BodyKind::City, core::BodyKind::Capital})
        m_kind->addItem(QString(), static_cast<int>(k));
    for (int i = 0; i < 3; ++i)
        m_category->addItem(QString(), i);
    m_category->setCurrentIndex(1); // evaluated bodies first: what most people look for

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_proxy->setDynamicSortFilter(true);

    // Bodies tab
    auto* bodiesTab = new QWidget;
    m_bodiesView = makeTable(bodiesTab);
    m_bodiesView->setObjectName(u"bodiesTableView"_s);
    m_bodiesView->setModel(m_proxy);
    m_bodiesView->setSortingEnabled(true);
    m_bodiesView->sortByColumn(BodyTableModel::Code, Qt::AscendingOrder);
    m_search->setMinimumWidth(220);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_category);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_asOfCheck);
    dateRow->addWidget(m_asOf);
    dateRow->addStretch();
    dateRow->addWidget(m_count);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(dateRow);
    leftLayout->addWidget(m_bodiesView, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto* bodiesLayout = new QVBoxLayout(bodiesTab);
    bodiesLayout->addWidget(m_splitter);

    // Reorganizations tab
    auto* reorganizationsTab = new QWidget;
    m_reorganizationsView = makeTable(reorganizationsTab);
    m_reorganizationsView->setObjectName(u"reorganizationsTableView"_s);
    m_reorganizationsView->setModel(m_reorganizations);
    m_reorganizationsView->setWordWrap(true);
    m_reorganizationsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reorganizationsView->horizontalHeader()->setSectionResizeMode(ReorganizationTableModel::Date,
                                                                    QHeaderView::ResizeToContents);
    m_reorganizationsView->horizontalHeader()->setSectionResizeMode(ReorganizationTableModel::Kind,
                                                                    QHeaderView::ResizeToContents);
    m_reorganizationsView->setColumnWidth(ReorganizationTableModel::From, 230);
    m_reorganizationsView->setColumnWidth(ReorganizationTableModel::To, 230);
    m_reorganizationsView->setColumnWidth(ReorganizationTableModel::Treatment, 420);
    m_year->setRange(2010, 2100);
    m_year->setValue(defaultEvaluatedYear());
    m_year->setObjectName(u"yearSpinBox"_s);
    m_reorganizationHint->setWordWrap(true);
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_reorganizationHint, 1);
    auto* reorganizationsLayout = new QVBoxLayout(reorganizationsTab);
    reorganizationsLayout->addLayout(yearRow);
    reorganizationsLayout->addWidget(m_reorganizationsView, 1);

    // Lists tab (§17)
    auto* listTab = new QWidget;
    m_listView = makeTable(listTab);
    m_listView->setObjectName(u"evaluatedListTableView"_s);
    m_listView->setModel(m_list);
    m_listYear->setRange(2010, 2100);
    m_listYear->setValue(defaultEvaluatedYear());
    m_listYear->setObjectName(u"listYearSpinBox"_s);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_listYearLabel);
    listRow->addWidget(m_listYear);
    listRow->addWidget(m_listCount, 1);
    auto* listLayout = new QVBoxLayout(listTab);
    listLayout->addLayout(listRow);
    listLayout->addWidget(m_listView, 1);

    m_tabs->addTab(bodiesTab, QString());
    m_tabs->addTab(reorganizationsTab, QString());
    m_tabs->addTab(listTab, QString());
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilters(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_asOfCheck, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_asOfCheck, &QCheckBox::toggled, this, [this] { updatePresentation(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { updatePresentation(); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { updatePresentation(); });
    connect(m_listYear, &QSpinBox::valueChanged, this, [this](int year) {
        if (m_listStale)
            return; // read with this year when the tab is shown
        m_list->setYear(year);
        updatePresentation();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &RegistryArea::loadTab);
    connect(m_bodiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_filtering)
            showSelectedDetails();
    });
    connect(&m_controller, &RegistryController::registryChanged, this, [this] { reload(); });
    connect(&m_controller, &RegistryController::errorOccurred, this,
            [this](const core::Error& error) { showError(ErrorText::of(error)); });
    connect(m_details, &BodyDetailsPane::addNameRequested, this, &RegistryArea::onAddName);
    connect(m_addBody, &QAction::triggered, this, &RegistryArea::onAddBody);
    connect(m_retireBody, &QAction::triggered, this, &RegistryArea::onRetireBody);
    connect(m_reorganize, &QAction::triggered, this, &RegistryArea::onReorganize);

    if (m_settings.registrySplitter().isEmpty() || !m_splitter->restoreState(m_settings.registrySplitter()))
        m_splitter->setSizes({720, 520});
    retranslate();
    reload();
    // The widths the user left; without them, widths fitted to the first rows (all of thousands
    // would take long for nothing).
    const QByteArray header = m_settings.registryHeader();
    if (header.isEmpty() || !m_bodiesView->horizontalHeader()->restoreState(header)) {
        m_bodiesView->horizontalHeader()->setResizeContentsPrecision(100);
        m_bodiesView->resizeColumnsToContents();
        m_bodiesView->setColumnWidth(BodyTableModel::Name, 300);
    }
}

RegistryArea::~RegistryArea() = default;

void RegistryArea::saveState()
{
    m_settings.setRegistrySplitter(m_splitter->saveState());
    m_settings.setRegistryHeader(m_bodiesView->horizontalHeader()->saveState());
}

void RegistryArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegistryArea::retranslate()
{
    m_tabs->setTabText(0, tr("Bodies"));
    m_tabs->setTabText(1, tr("Reorganizations"));
    m_tabs->setTabText(2, tr("Evaluated per year (§17)"));
    m_search->setPlaceholderText(tr("Search by code or name, in any language"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Labels::kind(static_cast<core::BodyKind>(m_kind->itemData(i).toInt())));
    m_category->setItemText(0, tr("All bodies"));
    m_category->setItemText(1, tr("Evaluated bodies"));
    m_category->setItemText(2, tr("Authorized bodies only"));
    m_asOfCheck->setText(tr("As of"));
    m_asOfCheck->setToolTip(tr("Show only the bodies that exist on this date, with the names they had then"));
    m_yearLabel->setText(tr("Evaluated year:"));
    m_reorganizationHint->setText(
        tr("How §53–55 treat each reorganized body in the evaluation of that year. Dates marked ≈ are approximate."));
    m_listYearLabel->setText(tr("Evaluated year:"));
    m_addBody->setText(tr("&Add Body…"));
    m_addBody->setToolTip(tr("Add a body to the registry"));
    m_retireBody->setText(tr("Re&tire Body…"));
    m_retireBody->setToolTip(tr("Set the last day of the selected body"));
    m_reorganize->setText(tr("Record &Reorganization…"));
    m_reorganize->setToolTip(tr("Record a split, merger, renaming, transfer of functions or liquidation"));
    updatePresentation();
}

void RegistryArea::setLanguage(core::Language language)
{
    m_language = language;
    m_proxy->setLanguage(language);
    updatePresentation();
}

void RegistryArea::updatePresentation()
{
    const QDate asOf = m_asOfCheck->isChecked() ? m_asOf->date() : QDate();
    m_asOf->setDisplayFormat(Language::dateFormat(m_language));
    m_model->setPresentation(m_language, asOf);
    m_proxy->setAsOf(asOf);
    m_reorganizations->setPresentation(m_language, m_year->value());
    m_list->setLanguage(m_language);
    m_details->setPresentation(m_language, asOf, m_year->value());
    m_listCount->setText(m_listStale ? QString() : tr("%n bodies on the list", nullptr, m_list->countOnList()));
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    if (!m_reorganizationsStale)
        m_reorganizationsView->resizeRowsToContents();
}

void RegistryArea::applyFilters()
{
    const std::optional<qint64> selected = selectedBodyId();
    {
        // Qt moves the current row to a neighbour of one the filter hides: the selection is kept
        // on the body while it is shown, and cleared when it is not, instead.
        const QScopedValueRollback guard(m_filtering, true);
        m_proxy->setSearchText(m_search->text());
        const int kind = m_kind->currentData().toInt();
        m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<core::BodyKind>(static_cast<core::BodyKind>(kind)));
        m_proxy->setCategory(static_cast<BodyFilterProxyModel::Category>(m_category->currentData().toInt()));
        if (selected != selectedBodyId()) {
            const QModelIndex index =
                selected ? m_proxy->mapFromSource(m_model->index(m_model->rowOf(*selected), 0)) : QModelIndex();
            if (index.isValid())
                m_bodiesView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                           | QItemSelectionModel::Rows);
            else
                m_bodiesView->selectionModel()->clear();
        }
    }
    showSelectedDetails();
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void RegistryArea::showSelectedDetails()
{
    const std::optional<qint64> selected = selectedBodyId();
    if (selected != m_detailsBodyId) {
        m_detailsBodyId = selected;
        m_details->setBody(selected);
    }
    updateActions();
}

void RegistryArea::reload()
{
    const std::optional<qint64> selected = selectedBodyId();
    {
        const QScopedValueRollback guard(m_filtering, true);
        if (auto r = m_model->reload(); !r)
            showError(ErrorText::of(r.error()));
        if (selected) {
            const int row = m_model->rowOf(*selected);
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                m_bodiesView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                           | QItemSelectionModel::Rows);
        }
    }
    // The body shown may have changed: its details are read again. With none selected, the pane
    // has nothing to show (and read the registry itself when it was made).
    if (const std::optional<qint64> now = selectedBodyId(); now || m_detailsBodyId) {
        m_detailsBodyId = now;
        m_details->setBody(now);
    }
    m_reorganizationsStale = true;
    m_listStale = true;
    loadTab(m_tabs->currentIndex());
    applyFilters();
    updatePresentation();
    updateActions();
}

void RegistryArea::loadTab(int index)
{
    if (index == 1 && m_reorganizationsStale) {
        m_reorganizationsStale = false;
        if (auto r = m_reorganizations->reload(); !r)
            showError(ErrorText::of(r.error()));
        updatePresentation();
    } else if (index == 2 && m_listStale) {
        m_listStale = false;
        m_list->setYear(m_listYear->value()); // reads the list
        updatePresentation();
    }
}

std::optional<qint64> RegistryArea::selectedBodyId() const
{
    const QModelIndex current = m_bodiesView->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(BodyTableModel::BodyIdRole).toLongLong();
}

void RegistryArea::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void RegistryArea::selectBody(qint64 bodyId)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(bodyId), 0));
    if (!index.isValid()) {
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_asOfCheck->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(bodyId), 0));
    }
    if (index.isValid()) {
        m_bodiesView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                   | QItemSelectionModel::Rows);
        m_bodiesView->scrollTo(index);
    }
}

void RegistryArea::updateActions()
{
    const bool writable = !m_controller.isReadOnly();
    m_addBody->setEnabled(writable);
    m_reorganize->setEnabled(writable);
    m_retireBody->setEnabled(writable && selectedBodyId().has_value());
}

void RegistryArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RegistryArea::onAddBody()
{
    AddBodyDialog dialog(m_language, this);
    if (!runDialog(dialog, m_controller, [&] {
            return m_controller.addBody(dialog.code(), dialog.fields(), dialog.name(), dialog.reason());
        }))
        return;
    showError({});
    if (auto body = m_controller.repository().bodyByCode(dialog.code()); body && *body)
        selectBody((*body)->id);
}

void RegistryArea::onRetireBody()
{
    const auto id = selectedBodyId();
    if (!id)
        return;
    const auto body = m_controller.repository().body(*id);
    if (!body)
        return;
    RetireDialog dialog(body->code + u" — "_s + body->nameOn(QDate::currentDate()).shortName.in(m_language), m_language,
                        this);
    if (runDialog(dialog, m_controller,
                  [&] { return m_controller.retireBody(*id, dialog.lastDay(), dialog.reason()); }))
        showError({});
}

void RegistryArea::onReorganize()
{
    ReorganizationDialog dialog(m_model->bodies(), m_language, selectedBodyId(), this);
    if (runDialog(dialog, m_controller, [&] {
            return m_controller.recordReorganization(dialog.reorganization(), dialog.retirePredecessors(),
                                                     dialog.reason());
        })) {
        showError({});
        m_tabs->setCurrentIndex(1);
    }
}

void RegistryArea::onAddName()
{
    const auto id = selectedBodyId();
    if (!id)
        return;
    const auto body = m_controller.repository().body(*id);
    if (!body)
        return;
    DatedNameDialog dialog(body->names.back(), m_language, this);
    if (runDialog(dialog, m_controller, [&] { return m_controller.addName(*id, dialog.name(), dialog.reason()); }))
        showError({});
}

} // namespace ui
