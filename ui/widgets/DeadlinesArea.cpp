// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlinesArea.h"

#include "Appearance.h"

#include "DeadlinesModel.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/print/ScheduleDocument.h"

#include "core/CalendarService.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

/// A term of the decree that the dialog can fill in.
struct Preset
{
    const char* title;
    core::TrackedTerm::Kind kind;
    int days;
};

const Preset Presets[] = {
    {QT_TRANSLATE_NOOP("ui::AddTermDialog", "Objection to a conclusion (§57)"), core::TrackedTerm::Kind::WorkingDays,
     5},
    {QT_TRANSLATE_NOOP("ui::AddTermDialog", "Decision on an objection (§60)"), core::TrackedTerm::Kind::CalendarDays,
     15},
    {QT_TRANSLATE_NOOP("ui::AddTermDialog", "Complaint after the appeal procedure (§62)"),
     core::TrackedTerm::Kind::WorkingDays, 5},
};

} // namespace

// --- AddTermDialog -------------------------------------------------------------------------------

AddTermDialog::AddTermDialog(const core::Calendar& calendar, core::Language language, QDate event, QWidget* parent)
    : DialogBase(parent)
    , m_calendar(calendar)
    , m_language(language)
    , m_preset(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_event(new QDateEdit(event, this))
    , m_days(new QSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_due(new QLabel(this))
{
    setWindowTitle(tr("Add Term"));
    m_preset->setObjectName(u"presetComboBox"_s);
    m_title->setObjectName(u"titleLineEdit"_s);
    m_event->setObjectName(u"eventDateEdit"_s);
    m_days->setObjectName(u"daysSpinBox"_s);
    m_kind->setObjectName(u"kindComboBox"_s);
    m_due->setObjectName(u"dueLabel"_s);
    m_preset->addItem(tr("Other term"));
    for (const Preset& preset : Presets)
        m_preset->addItem(tr(preset.title));
    m_title->setPlaceholderText(tr("What is due, e.g. an objection of a ministry"));
    m_event->setCalendarPopup(true);
    m_event->setDisplayFormat(Language::dateFormat(language));
    m_event->setToolTip(tr("The day of the event the term counts from, e.g. the day the results were received"));
    m_days->setRange(0, core::TermService::MaxDays);
    m_days->setValue(5);
    m_kind->addItem(tr("working days"), static_cast<int>(core::TrackedTerm::Kind::WorkingDays));
    m_kind->addItem(tr("calendar days"), static_cast<int>(core::TrackedTerm::Kind::CalendarDays));
    QFont bold = m_due->font();
    bold.setBold(true);
    m_due->setFont(bold);
    m_due->setWordWrap(true);

    auto* termRow = new QHBoxLayout;
    termRow->addWidget(m_days);
    termRow->addWidget(m_kind, 1);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Term of the decree:"), m_preset);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Event date:"), m_event);
    form->addRow(tr("Term:"), termRow);
    form->addRow(tr("Last day:"), m_due);
    body()->addLayout(form);
    auto* note = new QLabel(tr("A term of working days ends on the N-th working day after the event; a term of "
                               "calendar days that ends on a day off moves to the next working day."),
                            this);
    note->setWordWrap(true);
    makeSecondary(note);
    body()->addWidget(note);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &AddTermDialog::applyPreset);
    connect(m_event, &QDateEdit::dateChanged, this, &AddTermDialog::updateDue);
    connect(m_days, &QSpinBox::valueChanged, this, &AddTermDialog::updateDue);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddTermDialog::updateDue);
    updateDue();
    resize(560, sizeHint().height());
}

void AddTermDialog::applyPreset(int index)
{
    if (index <= 0 || index > static_cast<int>(std::size(Presets)))
        return;
    const Preset& preset = Presets[index - 1];
    m_title->setText(tr(preset.title));
    m_days->setValue(preset.days);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(preset.kind)));
}

core::TrackedTerm AddTermDialog::term() const
{
    core::TrackedTerm t;
    t.title = m_title->text().trimmed();
    t.event = m_event->date();
    t.kind = static_cast<core::TrackedTerm::Kind>(m_kind->currentData().toInt());
    t.days = m_days->value();
    t.due = due();
    return t;
}

QDate AddTermDialog::due() const
{
    return core::TermService::dueDate(m_calendar, m_event->date(),
                                      static_cast<core::TrackedTerm::Kind>(m_kind->currentData().toInt()),
                                      m_days->value());
}

void AddTermDialog::updateDue()
{
    const QDate d = due();
    if (!d.isValid()) {
        m_due->setText(u"—"_s);
        return;
    }
    QString text = ScheduleDocument::weekday(d, m_language) + u", "_s + ScheduleDocument::date(d, m_language);
    if (const core::DayInfo day = m_calendar.day(d); !day.isWorking())
        text += u" — "_s + ScheduleDocument::dayOff(day, m_language);
    m_due->setText(text);
}

// --- DeadlinesArea -------------------------------------------------------------------------------

DeadlinesArea::DeadlinesArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DeadlinesModel(session, this))
    , m_proxy(new DeadlinesFilterModel(this))
    , m_today(new QLabel)
    , m_hideDone(new QCheckBox)
    , m_onlyNear(new QCheckBox)
    , m_summary(new QLabel)
    , m_view(new QTableView)
    , m_error(new QLabel)
    , m_addTerm(new QPushButton(QIcon(u":/icons/add.svg"_s), QString()))
    , m_markDone(new QPushButton)
    , m_remove(new QPushButton(QIcon(u":/icons/remove.svg"_s), QString()))
{
    m_today->setObjectName(u"todayLabel"_s);
    m_hideDone->setObjectName(u"hideDoneCheckBox"_s);
    m_onlyNear->setObjectName(u"onlyNearCheckBox"_s);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_view->setObjectName(u"deadlinesTableView"_s);
    m_error->setObjectName(u"errorLabel"_s);
    m_addTerm->setObjectName(u"addTermPushButton"_s);
    m_markDone->setObjectName(u"markDonePushButton"_s);
    m_remove->setObjectName(u"removePushButton"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s);
    m_error->hide();
    QFont bold = m_today->font();
    bold.setBold(true);
    m_today->setFont(bold);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeadlinesModel::Due, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(DeadlinesModel::What, QHeaderView::Stretch);
    // The subject of a block's reports is a whole sentence ("31 of 40 submitted, 3 late, …"): it
    // shares the width with the deadline's name.
    header->setSectionResizeMode(DeadlinesModel::Subject, QHeaderView::Stretch);
    header->setSectionResizeMode(DeadlinesModel::Due, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeadlinesModel::DaysLeft, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeadlinesModel::Status, QHeaderView::ResizeToContents);
    m_hideDone->setChecked(true);
    m_proxy->setHideDone(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_today);
    filters->addSpacing(16);
    filters->addWidget(m_hideDone);
    filters->addWidget(m_onlyNear);
    filters->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addTerm);
    buttons->addSpacing(16);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_markDone);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_hideDone, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setHideDone(on);
        updateSummary();
    });
    connect(m_onlyNear, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyNear(on);
        updateSummary();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateActions(); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(DeadlinesModel::ConclusionIdRole).toLongLong(); id != 0)
            Q_EMIT conclusionActivated(index.data(DeadlinesModel::YearRole).toInt(), id);
    });
    connect(m_addTerm, &QPushButton::clicked, this, &DeadlinesArea::onAddTermClicked);
    connect(m_markDone, &QPushButton::clicked, this, &DeadlinesArea::onMarkDoneClicked);
    connect(m_remove, &QPushButton::clicked, this, &DeadlinesArea::onRemoveClicked);
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] { reload(); });

    retranslate();
    reload();
}

void DeadlinesArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeadlinesArea::retranslate()
{
    m_hideDone->setText(tr("Hide done"));
    m_hideDone->setToolTip(tr("Hide the terms marked done and the dates of the schedules that have passed"));
    m_onlyNear->setText(tr("Only overdue and the next %1 days").arg(DeadlinesFilterModel::NearDays));
    m_addTerm->setText(tr("Add Term…"));
    m_addTerm->setToolTip(tr("Track a term counted from an event: an objection (§57), a decision (§60), …"));
    m_remove->setText(tr("Remove"));
    updateActions();
    updateSummary();
}

void DeadlinesArea::setLanguage(core::Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    updateSummary();
}

void DeadlinesArea::setToday(QDate today)
{
    m_model->setToday(today);
    updateSummary();
    updateActions();
}

void DeadlinesArea::reload()
{
    const std::optional<qint64> selected = selectedTermId();
    if (auto r = m_model->reload(); !r)
        showError(ErrorText::of(r.error()));
    if (selected) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfTerm(*selected), 0));
        if (index.isValid())
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateActions();
    updateSummary();
}

void DeadlinesArea::updateSummary()
{
    const QDate today = m_model->today();
    m_today->setText(tr("Today: %1, %2")
                         .arg(ScheduleDocument::weekday(today, m_language), ScheduleDocument::date(today, m_language)));
    int overdue = 0;
    int soon = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DeadlinesModel::State state = m_model->state(row);
        overdue += state == DeadlinesModel::State::Overdue ? 1 : 0;
        soon += state == DeadlinesModel::State::DueToday || state == DeadlinesModel::State::DueSoon ? 1 : 0;
    }
    m_summary->setText(tr("%n overdue", nullptr, overdue) + u" · "_s
                       + tr("%n due within %1 working days", nullptr, soon).arg(DeadlinesModel::SoonWorkingDays)
                       + u" · "_s + tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

std::optional<qint64> DeadlinesArea::selectedTermId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const qint64 id = current.data(DeadlinesModel::TermIdRole).toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void DeadlinesArea::updateActions()
{
    const bool writable = !m_session.database().isReadOnly();
    const auto id = selectedTermId();
    const int row = id ? m_model->rowOfTerm(*id) : -1;
    const bool done = row >= 0 && m_model->item(row).term.done;
    m_addTerm->setEnabled(writable);
    m_markDone->setEnabled(writable && row >= 0);
    m_remove->setEnabled(writable && row >= 0);
    m_markDone->setText(done ? tr("Mark Not Done") : tr("Mark Done"));
    const QString onlyTerms = tr("Select a tracked term; the dates of a schedule are changed in Schedule");
    m_markDone->setToolTip(row >= 0 ? QString() : onlyTerms);
    m_remove->setToolTip(row >= 0 ? QString() : onlyTerms);
}

void DeadlinesArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool DeadlinesArea::addTerm(const core::TrackedTerm& term, const QString& reason)
{
    if (term.title.trimmed().isEmpty()) {
        // Core's EmptyName speaks of a body's names; say what is missing here.
        showError(tr("Enter what the term is for."));
        return false;
    }
    core::CalendarService& calendar = m_session.calendar();
    RegistryController& controller = m_session.controller();
    // SQLite re-uses the id of the last row after the undo of its insert; the redo records the new one.
    auto id = std::make_shared<qint64>(0);
    const bool ok = controller.execute(
        tr("Add term %1").arg(term.title.trimmed()),
        {{[&calendar, term, reason, id]() -> core::Result<void> {
              auto cal = calendar.calendar();
              if (!cal)
                  return std::unexpected(cal.error());
              auto r = calendar.terms().add(term, *cal, reason);
              if (!r)
                  return std::unexpected(r.error());
              *id = *r;
              return {};
          },
          [&calendar, id, reason] { return calendar.terms().remove(*id, RegistryController::undoReason(reason)); }}});
    if (!ok) {
        showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : QString());
        return false;
    }
    showError({});
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfTerm(*id), 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    return true;
}

bool DeadlinesArea::setTermDone(qint64 id, bool done, const QString& reason)
{
    core::TermService& terms = m_session.calendar().terms();
    RegistryController& controller = m_session.controller();
    const bool ok = controller.execute(
        done ? tr("Mark term done") : tr("Mark term not done"),
        {{[&terms, id, done, reason] { return terms.setDone(id, done, reason); },
          [&terms, id, done, reason] { return terms.setDone(id, !done, RegistryController::undoReason(reason)); }}});
    if (!ok) {
        showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : QString());
        return false;
    }
    showError({});
    return true;
}

bool DeadlinesArea::removeTerm(qint64 id, const QString& reason)
{
    const int row = m_model->rowOfTerm(id);
    if (row < 0)
        return false;
    const core::TrackedTerm removed = m_model->item(row).term;
    core::CalendarService& calendar = m_session.calendar();
    RegistryController& controller = m_session.controller();
    auto current = std::make_shared<qint64>(id);
    const bool ok = controller.execute(
        tr("Remove term %1").arg(removed.title),
        {{[&calendar, current, reason] { return calendar.terms().remove(*current, reason); },
          [&calendar, current, removed, reason]() -> core::Result<void> {
              // The term comes back as it was: recounted on today's calendar, and done if it was.
              auto cal = calendar.calendar();
              if (!cal)
                  return std::unexpected(cal.error());
              auto r = calendar.terms().add(removed, *cal, RegistryController::undoReason(reason));
              if (!r)
                  return std::unexpected(r.error());
              *current = *r;
              if (removed.done)
                  return calendar.terms().setDone(*current, true, RegistryController::undoReason(reason));
              return {};
          }}});
    if (!ok) {
        showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : QString());
        return false;
    }
    showError({});
    return true;
}

void DeadlinesArea::onAddTermClicked()
{
    AddTermDialog dialog(m_model->calendar(), m_language, m_model->today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (addTerm(dialog.term(), dialog.reason()))
            return;
        dialog.showError(m_error->text()); // the refusal, shown where the user is looking
    }
    showError({});
}

void DeadlinesArea::onMarkDoneClicked()
{
    const auto id = selectedTermId();
    if (!id)
        return;
    const int row = m_model->rowOfTerm(*id);
    setTermDone(*id, !(row >= 0 && m_model->item(row).term.done));
}

void DeadlinesArea::onRemoveClicked()
{
    if (const auto id = selectedTermId())
        removeTerm(*id);
}

} // namespace ui
