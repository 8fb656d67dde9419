// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarArea.h"

#include "DialogBase.h"
#include "YearGrid.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"

#include "core/CalendarService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QDateEdit* dateEdit(QDate date, core::Language language, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Language::dateFormat(language));
    return edit;
}

core::Result<void> asVoid(const core::Result<core::CalendarChange>& r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

/// The year's own rows: one-off and religious days off, then transfers.
struct DataRow
{
    bool transfer = false;
    core::DatedDay day;
    core::Transfer move;
};

std::vector<DataRow> dataRows(const core::CalendarData& data, int year)
{
    std::vector<DataRow> rows;
    for (const core::DatedDay& d : data.datedDays)
        if (d.date.year() == year)
            rows.push_back({false, d, {}});
    for (const core::Transfer& t : data.transfers)
        if (t.dayOff.year() == year)
            rows.push_back({true, {}, t});
    std::sort(rows.begin(), rows.end(), [](const DataRow& a, const DataRow& b) {
        return (a.transfer ? a.move.dayOff : a.day.date) < (b.transfer ? b.move.dayOff : b.day.date);
    });
    return rows;
}

} // namespace

CalendarArea::CalendarArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_year(new QSpinBox)
    , m_yearLabel(new QLabel)
    , m_unconfirmed(new QLabel)
    , m_confirm(new QPushButton)
    , m_grid(new YearGrid)
    , m_legend(new QLabel)
    , m_selected(new QLabel)
    , m_moved(new QLabel)
    , m_error(new QLabel)
    , m_dataLabel(new QLabel)
    , m_data(new QTableWidget(0, 3))
    , m_addTransfer(new QPushButton)
    , m_addHoliday(new QPushButton)
    , m_kurbanAit(new QPushButton)
    , m_remove(new QPushButton(QIcon(u":/icons/remove.svg"_s), QString()))
    , m_import(new QPushButton)
    , m_export(new QPushButton)
{
    m_year->setObjectName(u"calendarYearSpinBox"_s);
    m_year->setRange(1992, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_unconfirmed->setObjectName(u"unconfirmedLabel"_s);
    m_unconfirmed->setWordWrap(true);
    m_unconfirmed->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"_s);
    m_moved->setObjectName(u"movedLabel"_s);
    m_moved->setWordWrap(true);
    m_moved->setStyleSheet(u"QLabel { background: #e6f4ea; color: #0d652d; padding: 6px; }"_s);
    m_moved->hide();
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; }"_s);
    m_error->hide();
    m_selected->setObjectName(u"selectedDayLabel"_s);
    m_selected->setWordWrap(true);
    m_selected->setMinimumHeight(48);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_data->setObjectName(u"calendarDataTableWidget"_s);
    m_data->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_data->setSelectionMode(QAbstractItemView::SingleSelection);
    m_data->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_data->verticalHeader()->hide();
    m_data->horizontalHeader()->setStretchLastSection(true);
    m_data->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_unconfirmed, 1);
    top->addWidget(m_confirm);
    top->addWidget(m_import);
    top->addWidget(m_export);

    auto* left = new QVBoxLayout;
    left->addWidget(m_grid, 1);
    left->addWidget(m_legend);

    auto* right = new QVBoxLayout;
    right->addWidget(m_selected);
    right->addWidget(m_dataLabel);
    right->addWidget(m_data, 1);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_addTransfer, 0, 0);
    buttons->addWidget(m_addHoliday, 0, 1);
    buttons->addWidget(m_kurbanAit, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    right->addLayout(buttons);
    auto* rightWidget = new QWidget;
    rightWidget->setLayout(right);
    rightWidget->setMaximumWidth(440);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(rightWidget);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_moved);
    layout->addLayout(body, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_grid, &YearGrid::dateSelected, this, [this] { showSelected(); });
    connect(m_addTransfer, &QPushButton::clicked, this, &CalendarArea::onAddTransfer);
    connect(m_addHoliday, &QPushButton::clicked, this, &CalendarArea::onAddHoliday);
    connect(m_kurbanAit, &QPushButton::clicked, this, &CalendarArea::onSetKurbanAit);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto rows = m_data->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            removeDataRow(rows.first().row(), {});
    });
    connect(m_import, &QPushButton::clicked, this, &CalendarArea::onImport);
    connect(m_export, &QPushButton::clicked, this, &CalendarArea::onExport);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        const int y = m_year->value();
        const bool confirmed = !m_calendar.isConfirmed(y);
        m_session.controller().execute(
            confirmed ? tr("Confirm the calendar of %1").arg(y) : tr("Unconfirm the calendar of %1").arg(y),
            {{[this, y, confirmed] { return m_session.calendar().setConfirmed(y, confirmed, {}); },
              [this, y, confirmed] { return m_session.calendar().setConfirmed(y, !confirmed, {}); }}});
    });
    connect(m_data->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(!m_data->selectionModel()->selectedRows().isEmpty()); });
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] { reload(); });
    retranslate();
    reload();
}

void CalendarArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarArea::setLanguage(core::Language language)
{
    m_language = language;
    reload();
}

void CalendarArea::setYear(int year)
{
    m_year->setValue(year);
}

int CalendarArea::year() const
{
    return m_year->value();
}

void CalendarArea::retranslate()
{
    m_yearLabel->setText(tr("Year:"));
    m_addTransfer->setText(tr("Add Transfer…"));
    m_addTransfer->setToolTip(tr("The Government's transfer of a day off to another day"));
    m_addHoliday->setText(tr("Add Day Off…"));
    m_addHoliday->setToolTip(tr("A holiday or a religious day off on one date"));
    m_kurbanAit->setText(tr("Set Kurban Ait…"));
    m_remove->setText(tr("Remove"));
    m_import->setText(tr("Import CSV…"));
    m_export->setText(tr("Export CSV…"));
    m_dataLabel->setText(tr("Days off and transfers of this year:"));
    m_data->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    QStringList legend;
    for (core::DayKind kind :
         {core::DayKind::Working, core::DayKind::Weekend, core::DayKind::Holiday, core::DayKind::Moved,
          core::DayKind::Religious, core::DayKind::TransferOff, core::DayKind::TransferWork})
        legend << u"<span style=\"background:%1;\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s.arg(
            YearGrid::colorOf(kind).name(), Labels::dayKind(kind).toHtmlEscaped());
    m_legend->setText(legend.join(u"&nbsp;&nbsp;&nbsp; "_s));
    reload();
}

void CalendarArea::reload()
{
    auto calendar = m_session.calendar().calendar();
    if (!calendar) {
        m_error->setText(ErrorText::of(calendar.error()));
        m_error->show();
        return;
    }
    m_calendar = std::move(*calendar);
    const int y = m_year->value();
    m_grid->setCalendar(&m_calendar, y, m_language);
    const bool confirmed = m_calendar.isConfirmed(y);
    m_unconfirmed->setText(confirmed ? tr("Confirmed: the transfers and the Kurban Ait date of %1 are entered.").arg(y)
                                     : tr("Not confirmed: %1 is computed from the rules only; enter the Government's "
                                          "transfers and the Kurban Ait date when they are published.")
                                           .arg(y));
    m_unconfirmed->setStyleSheet(confirmed ? u"QLabel { background: #e6f4ea; color: #0d652d; padding: 4px; }"_s
                                           : u"QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"_s);
    m_confirm->setText(confirmed ? tr("Mark Unconfirmed") : tr("Mark Confirmed"));
    const bool writable = !m_session.database().isReadOnly();
    for (QPushButton* b : {m_confirm, m_addTransfer, m_addHoliday, m_kurbanAit, m_import})
        b->setEnabled(writable);

    const auto rows = dataRows(m_calendar.data(), y);
    m_data->setRowCount(static_cast<int>(rows.size()));
    const QString format = Language::dateFormat(m_language);
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const DataRow& r = rows[static_cast<std::size_t>(i)];
        QString date, kind, name;
        if (r.transfer) {
            date = QLocale().toString(r.move.dayOff, format);
            kind = tr("Transfer");
            name = tr("Day off; worked on %1").arg(QLocale().toString(r.move.workingDay, format));
            if (!r.move.note.in(m_language).isEmpty())
                name += u" — "_s + r.move.note.in(m_language);
        } else {
            date = QLocale().toString(r.day.date, format);
            kind = Labels::dayKind(r.day.religious ? core::DayKind::Religious : core::DayKind::Holiday);
            name = r.day.name.in(m_language);
        }
        m_data->setItem(i, 0, new QTableWidgetItem(date));
        m_data->setItem(i, 1, new QTableWidgetItem(kind));
        m_data->setItem(i, 2, new QTableWidgetItem(name));
    }
    m_data->resizeColumnsToContents();
    m_data->resizeRowsToContents();
    m_remove->setEnabled(writable && !m_data->selectionModel()->selectedRows().isEmpty());
    showSelected();
}

void CalendarArea::showSelected()
{
    const QDate d = m_grid->selectedDate();
    if (!d.isValid() || d.year() != m_year->value()) {
        m_selected->setText(tr("Click a day to see why it is what it is."));
        return;
    }
    m_selected->setText(u"<b>%1</b><br>%2"_s.arg(QLocale().toString(d, QLocale::LongFormat).toHtmlEscaped(),
                                                 YearGrid::describe(m_calendar.day(d), m_language).toHtmlEscaped()));
}

void CalendarArea::showMoved()
{
    if (m_lastMoved.empty()) {
        m_moved->hide();
        return;
    }
    const QString format = Language::dateFormat(m_language);
    QStringList lines;
    for (const core::MovedTerm& m : m_lastMoved)
        lines << tr("%1: %2 → %3").arg(m.title, QLocale().toString(m.from, format), QLocale().toString(m.to, format));
    m_moved->setText(tr("The change moved %n running term(s):", nullptr, static_cast<int>(m_lastMoved.size())) + u"\n"_s
                     + lines.join(u'\n'));
    m_moved->show();
}

bool CalendarArea::change(const QString& text, std::function<core::Result<core::CalendarChange>(qint64& id)> redo,
                          std::function<core::Result<core::CalendarChange>(qint64& id)> undo, qint64 id)
{
    auto current = std::make_shared<qint64>(id);
    auto apply = [this, current](const std::function<core::Result<core::CalendarChange>(qint64&)>& f) {
        auto r = f(*current);
        if (r) {
            m_lastMoved = r->moved;
            showMoved();
        }
        return asVoid(r);
    };
    const bool ok = m_session.controller().execute(
        text, {{[apply, redo] { return apply(redo); }, [apply, undo] { return apply(undo); }}});
    m_error->setVisible(!ok);
    if (!ok && m_session.controller().lastError()) {
        const core::Error& e = *m_session.controller().lastError();
        m_error->setText(ErrorText::of(e) + (e.code == core::ErrorCode::CsvInvalid ? u" "_s + e.detail : QString()));
    }
    return ok;
}

bool CalendarArea::addTransfer(const core::Transfer& transfer, const QString& reason)
{
    auto& service = m_session.calendar();
    return change(
        tr("Add transfer"),
        [&service, transfer, reason](qint64& id) {
            core::Transfer added = transfer;
            added.id = id; // 0 the first time; then the id it had, which later commands refer to
            auto r = service.addTransfer(added, reason);
            if (r)
                id = r->id;
            return r;
        },
        [&service, reason](qint64& id) { return service.removeTransfer(id, RegistryController::undoReason(reason)); });
}

bool CalendarArea::addDatedDay(const core::DatedDay& day, const QString& reason)
{
    auto& service = m_session.calendar();
    return change(
        tr("Add day off"),
        [&service, day, reason](qint64& id) {
            core::DatedDay added = day;
            added.id = id; // 0 the first time; then the id it had
            auto r = service.addDatedDay(added, reason);
            if (r)
                id = r->id;
            return r;
        },
        [&service, reason](qint64& id) { return service.removeDatedDay(id, RegistryController::undoReason(reason)); });
}

bool CalendarArea::setKurbanAit(QDate date, const QString& reason)
{
    auto& service = m_session.calendar();
    // Undo puts back the date the year had, if any.
    std::optional<core::DatedDay> previous;
    for (const core::DatedDay& d : m_calendar.data().datedDays)
        if (d.religious && d.date.year() == date.year() && d.name.en == core::CalendarService::kurbanAitName().en)
            previous = d;
    return change(
        tr("Kurban Ait date"),
        [&service, date, reason](qint64& id) {
            auto r = service.setKurbanAit(date, reason);
            if (r)
                id = r->id;
            return r;
        },
        [&service, previous, reason](qint64& id) -> core::Result<core::CalendarChange> {
            if (previous)
                return service.setKurbanAit(previous->date, RegistryController::undoReason(reason));
            return service.removeDatedDay(id, RegistryController::undoReason(reason));
        });
}

bool CalendarArea::removeDataRow(int row, const QString& reason)
{
    const auto rows = dataRows(m_calendar.data(), m_year->value());
    if (row < 0 || row >= static_cast<int>(rows.size()))
        return false;
    const DataRow r = rows[static_cast<std::size_t>(row)];
    auto& service = m_session.calendar();
    if (r.transfer)
        return change(
            tr("Remove transfer"), [&service, reason](qint64& id) { return service.removeTransfer(id, reason); },
            [&service, t = r.move, reason](qint64& id) {
                auto result = service.addTransfer(t, RegistryController::undoReason(reason));
                if (result)
                    id = result->id;
                return result;
            },
            r.move.id);
    return change(
        tr("Remove day off"), [&service, reason](qint64& id) { return service.removeDatedDay(id, reason); },
        [&service, d = r.day, reason](qint64& id) {
            auto result = service.addDatedDay(d, RegistryController::undoReason(reason));
            if (result)
                id = result->id;
            return result;
        },
        r.day.id);
}

bool CalendarArea::importCsv(const QString& csv, const QString& reason)
{
    auto& service = m_session.calendar();
    const int y = m_year->value();
    struct Rows
    {
        std::vector<core::DatedDay> days;
        std::vector<core::Transfer> transfers;
    };
    auto rowsOf = [&service, y]() -> core::Result<Rows> {
        auto d = service.data();
        if (!d)
            return std::unexpected(d.error());
        Rows rows;
        std::copy_if(d->datedDays.begin(), d->datedDays.end(), std::back_inserter(rows.days),
                     [y](const core::DatedDay& x) { return x.date.year() == y; });
        std::copy_if(d->transfers.begin(), d->transfers.end(), std::back_inserter(rows.transfers),
                     [y](const core::Transfer& t) { return t.dayOff.year() == y; });
        return rows;
    };
    auto before = rowsOf();
    if (!before) {
        m_error->setText(ErrorText::of(before.error()));
        m_error->show();
        return false;
    }
    // Undo and redo put back exactly the rows (and ids) that were there.
    auto after = std::make_shared<std::optional<Rows>>();
    return change(
        tr("Import the calendar of %1").arg(y),
        [&service, y, csv, reason, after, rowsOf](qint64&) -> core::Result<core::CalendarChange> {
            if (*after)
                return service.replaceYear(y, (*after)->days, (*after)->transfers, reason);
            auto r = service.importCsv(y, csv, reason);
            if (r) {
                if (auto rows = rowsOf())
                    *after = std::move(*rows);
            }
            return r;
        },
        [&service, y, old = *before, reason](qint64&) {
            return service.replaceYear(y, old.days, old.transfers, RegistryController::undoReason(reason));
        });
}

void CalendarArea::onAddTransfer()
{
    DialogBase dialog(this);
    dialog.setWindowTitle(tr("Add Transfer"));
    const QDate selected = m_grid->selectedDate().isValid() ? m_grid->selectedDate() : QDate(m_year->value(), 1, 1);
    auto* off = dateEdit(selected, m_language, &dialog);
    auto* work = dateEdit(selected, m_language, &dialog);
    off->setObjectName(u"dayOffDateEdit"_s);
    work->setObjectName(u"workingDayDateEdit"_s);
    auto* form = new QFormLayout;
    form->addRow(tr("Day off:"), off);
    form->addRow(tr("Worked instead on:"), work);
    auto* hint = new QLabel(tr("The working day is usually a Saturday or a day off that the weekend rule gave."));
    hint->setWordWrap(true);
    form->addRow(hint);
    dialog.findChild<QVBoxLayout*>()->insertLayout(0, form);
    while (dialog.exec() == QDialog::Accepted) {
        if (addTransfer(core::Transfer{0, off->date(), work->date(), {}}, dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

void CalendarArea::onAddHoliday()
{
    DialogBase dialog(this);
    dialog.setWindowTitle(tr("Add Day Off"));
    const QDate selected = m_grid->selectedDate().isValid() ? m_grid->selectedDate() : QDate(m_year->value(), 1, 1);
    auto* date = dateEdit(selected, m_language, &dialog);
    auto* religious = new QCheckBox(tr("Religious day off (never moved by the weekend rule)"), &dialog);
    QLineEdit* names[3] = {new QLineEdit(&dialog), new QLineEdit(&dialog), new QLineEdit(&dialog)};
    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), date);
    form->addRow(QString(), religious);
    form->addRow(tr("Name (Kazakh):"), names[0]);
    form->addRow(tr("Name (Russian):"), names[1]);
    form->addRow(tr("Name (English):"), names[2]);
    dialog.findChild<QVBoxLayout*>()->insertLayout(0, form);
    dialog.resize(560, dialog.sizeHint().height());
    while (dialog.exec() == QDialog::Accepted) {
        const core::DatedDay day{0, date->date(), religious->isChecked(),
                                 core::Text3{names[0]->text(), names[1]->text(), names[2]->text()}};
        if (addDatedDay(day, dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

void CalendarArea::onSetKurbanAit()
{
    DialogBase dialog(this);
    dialog.setWindowTitle(tr("Set Kurban Ait"));
    QDate current(m_year->value(), 6, 1);
    for (const core::DatedDay& d : m_calendar.data().datedDays)
        if (d.religious && d.date.year() == m_year->value())
            current = d.date;
    auto* date = dateEdit(current, m_language, &dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("First day of Kurban Ait:"), date);
    dialog.findChild<QVBoxLayout*>()->insertLayout(0, form);
    while (dialog.exec() == QDialog::Accepted) {
        if (setKurbanAit(date->date(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

void CalendarArea::onImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Calendar"), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        m_error->show();
        return;
    }
    importCsv(QString::fromUtf8(file.readAll()), tr("Imported from %1").arg(QFileInfo(path).fileName()));
}

void CalendarArea::onExport()
{
    const int y = m_year->value();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Calendar"), u"calendar-%1.csv"_s.arg(y), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto csv = m_session.calendar().exportCsv(y);
    QSaveFile file(path);
    if (!csv || !file.open(QIODevice::WriteOnly) || file.write(csv->toUtf8()) < 0 || !file.commit()) {
        m_error->setText(csv ? tr("The file cannot be written: %1").arg(file.errorString())
                             : ErrorText::of(csv.error()));
        m_error->show();
    }
}

} // namespace ui
