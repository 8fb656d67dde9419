// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleArea.h"

#include "Appearance.h"
#include "DateField.h"

#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/print/ScheduleDocument.h"

#include "core/CalendarService.h"

#include <QCheckBox>
#include <QColor>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int MarkSize = 16;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

ScheduleArea::Field fieldOf(core::Stage stage)
{
    return static_cast<ScheduleArea::Field>(ScheduleArea::Stage1 + static_cast<int>(stage));
}

/// The form's field that a name in core's details and warnings stands for.
std::optional<ScheduleArea::Field> fieldNamed(const QString& name)
{
    if (name == u"approved_on")
        return ScheduleArea::Approval;
    if (name == u"results_evaluation")
        return ScheduleArea::ResultsEvaluation;
    if (const auto stage = core::parseStage(name))
        return fieldOf(*stage);
    return std::nullopt;
}

bool sameSchedule(const core::Schedule& a, const core::Schedule& b)
{
    return a.year == b.year && a.approvedOn == b.approvedOn && a.stages == b.stages
           && a.resultsEvaluation == b.resultsEvaluation;
}

} // namespace

ScheduleArea::ScheduleArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_yearHint(wrappingLabel())
    , m_status(new QLabel)
    , m_error(wrappingLabel())
    , m_warnings(wrappingLabel())
    , m_reasonLabel(new QLabel)
    , m_reason(new QLineEdit)
    , m_exportPdf(new QPushButton)
    , m_print(new QPushButton(QIcon(u":/icons/print.svg"_s), QString()))
    , m_revert(new QPushButton)
    , m_save(new QPushButton)
{
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    // The evaluation held this year is of the previous year's activity (§9, §41).
    m_year->setValue(QDate::currentDate().year() - 1);
    m_yearHint->setObjectName(u"yearHintLabel"_s);
    m_status->setObjectName(u"statusLabel"_s);
    makeSecondary(m_status);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s);
    m_error->hide();
    m_warnings->setObjectName(u"warningsLabel"_s);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px; }"_s);
    m_warnings->hide();
    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_exportPdf->setObjectName(u"exportPdfPushButton"_s);
    m_print->setObjectName(u"printPushButton"_s);
    m_revert->setObjectName(u"revertPushButton"_s);
    m_save->setObjectName(u"savePushButton"_s);

    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addSpacing(12);
    yearRow->addWidget(m_yearHint, 1);

    // One grid for every date, so that the dates and weekdays line up across the sections.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(4, 150);
    const QString fieldNames[FieldCount] = {u"approval"_s, u"stage1"_s, u"stage2"_s,           u"stage3"_s,
                                            u"stage4"_s,   u"stage5"_s, u"resultsEvaluation"_s};
    int gridRow = 0;
    auto addHeading = [&](int index) {
        auto* heading = new QLabel;
        QFont bold = heading->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
        heading->setFont(bold);
        heading->setContentsMargins(0, gridRow == 0 ? 0 : 12, 0, 2);
        m_headings[at(index)] = heading;
        grid->addWidget(heading, gridRow++, 0, 1, 5);
    };
    for (int f = 0; f < FieldCount; ++f) {
        if (f == Approval)
            addHeading(0);
        else if (f == Stage1)
            addHeading(1);
        else if (f == ResultsEvaluation)
            addHeading(2);
        Row& row = m_rows[at(f)];
        row.number = new QLabel;
        row.number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.title = wrappingLabel();
        row.description = wrappingLabel();
        makeSecondary(row.description);
        row.date = new DateField;
        row.date->setObjectName(fieldNames[f] + u"Field"_s);
        row.date->editor()->setObjectName(fieldNames[f] + u"DateEdit"_s);
        row.date->checkBox()->setObjectName(fieldNames[f] + u"CheckBox"_s);
        row.date->setMinimumWidth(170);
        row.mark = new QLabel;
        row.mark->setObjectName(fieldNames[f] + u"MarkLabel"_s);
        row.mark->setFixedSize(MarkSize, MarkSize);
        row.weekday = wrappingLabel();
        row.weekday->setObjectName(fieldNames[f] + u"WeekdayLabel"_s);
        auto* text = new QVBoxLayout;
        text->setSpacing(1);
        text->addWidget(row.title);
        text->addWidget(row.description);
        grid->addWidget(row.number, gridRow, 0);
        grid->addLayout(text, gridRow, 1);
        grid->addWidget(row.date, gridRow, 2, Qt::AlignTop);
        grid->addWidget(row.mark, gridRow, 3, Qt::AlignTop | Qt::AlignHCenter);
        grid->addWidget(row.weekday, gridRow, 4, Qt::AlignTop);
        ++gridRow;
        connect(row.date, &DateField::dateChanged, this, [this] { updateState(); });
    }

    auto* reasonRow = new QHBoxLayout;
    m_reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_status);
    buttons->addSpacing(12);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* content = new QWidget;
    content->setObjectName(u"scheduleFormWidget"_s);
    auto* form = new QVBoxLayout(content);
    form->addLayout(yearRow);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    form->addWidget(line);
    form->addLayout(grid);
    form->addSpacing(8);
    form->addWidget(m_error);
    form->addWidget(m_warnings);
    form->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(reasonRow);
    layout->addLayout(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) { setYear(year); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { revert(); });
    connect(m_exportPdf, &QPushButton::clicked, this, &ScheduleArea::onExportPdfClicked);
    connect(m_print, &QPushButton::clicked, this, &ScheduleArea::onPrintClicked);
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] { reload(); });

    retranslate();
    setYear(m_year->value());
}

void ScheduleArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScheduleArea::retranslate()
{
    m_yearLabel->setText(tr("Evaluated year:"));
    m_headings[0]->setText(tr("Approval of the schedule (§11)"));
    m_headings[1]->setText(tr("Deadlines of the operational evaluation (§10)"));
    m_headings[2]->setText(tr("Results evaluation (§70)"));
    for (int f = 0; f < FieldCount; ++f) {
        Row& row = m_rows[at(f)];
        row.date->setCheckText(tr("Set"));
        row.date->checkBox()->setToolTip(tr("Clear the box while the date is not known"));
        if (f >= Stage1 && f <= Stage5) {
            const auto stage = static_cast<core::Stage>(f - Stage1);
            row.number->setText(u"%1."_s.arg(f - Stage1 + 1));
            row.title->setText(u"<b>%1</b>&nbsp;&nbsp;<span style=\"color: %3;\">%2</span>"_s.arg(
                ScheduleDocument::stageName(stage).toHtmlEscaped(), ScheduleDocument::stageParagraph(stage),
                secondaryColor(palette()).name()));
            row.description->setText(ScheduleDocument::stageDescription(stage));
        }
    }
    m_rows[Approval].title->setText(u"<b>%1</b>"_s.arg(tr("Approved by order of the Head of the Presidential "
                                                          "Administration")
                                                           .toHtmlEscaped()));
    m_rows[ResultsEvaluation].title->setText(
        u"<b>%1</b>"_s.arg(tr("Results evaluation reported to the President").toHtmlEscaped()));
    m_reasonLabel->setText(tr("Reason:"));
    m_reason->setPlaceholderText(tr("Optional: the order or the reason, kept in the history"));
    m_exportPdf->setText(tr("Export PDF…"));
    m_exportPdf->setToolTip(tr("Save the schedule as a one-page A4 PDF document"));
    m_print->setText(tr("Print…"));
    m_revert->setText(tr("Revert"));
    m_save->setText(tr("Save"));
    updateState();
}

void ScheduleArea::setLanguage(core::Language language)
{
    m_language = language;
    for (const Row& row : m_rows)
        row.date->setDisplayFormat(Language::dateFormat(language));
    updateState();
}

int ScheduleArea::year() const
{
    return m_year->value();
}

void ScheduleArea::setYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    auto stored = m_session.schedules().schedule(year);
    m_loadError = stored ? std::nullopt : std::optional<core::Error>(stored.error());
    m_stored = stored ? *stored : core::Schedule{year, {}, {}, {}};
    auto calendar = m_session.calendar().calendar();
    if (calendar)
        m_calendar = std::move(*calendar);
    else
        m_loadError = calendar.error();
    fill(m_stored);
}

void ScheduleArea::reload()
{
    const bool modified = isModified();
    const core::Schedule edited = schedule();
    setYear(m_year->value());
    if (modified)
        fill(edited);
}

void ScheduleArea::fill(const core::Schedule& s)
{
    const QDate dates[FieldCount] = {s.approvedOn, s.stages[0], s.stages[1],        s.stages[2],
                                     s.stages[3],  s.stages[4], s.resultsEvaluation};
    // Where the editor opens when the user ticks a date that is not set: a date of the right year.
    QDate suggestion = s.approvalDeadline();
    for (int f = 0; f < FieldCount; ++f) {
        DateField* field = m_rows[at(f)].date;
        if (f == Stage1)
            suggestion = std::max(suggestion, QDate(s.year + 1, 1, 15));
        if (f == ResultsEvaluation)
            suggestion = s.resultsEvaluationDeadline();
        if (!dates[f].isValid()) {
            const QSignalBlocker blocker(field->editor());
            field->editor()->setDate(suggestion);
        }
        field->setDate(dates[f]);
        if (dates[f].isValid() && f != ResultsEvaluation)
            suggestion = std::max(suggestion, dates[f]);
    }
    updateState();
}

core::Schedule ScheduleArea::schedule() const
{
    core::Schedule s;
    s.year = m_year->value();
    s.approvedOn = m_rows[Approval].date->date();
    for (int i = 0; i < core::StageCount; ++i)
        s.stages[at(i)] = m_rows[at(Stage1 + i)].date->date();
    s.resultsEvaluation = m_rows[ResultsEvaluation].date->date();
    return s;
}

bool ScheduleArea::isModified() const
{
    return !sameSchedule(schedule(), m_stored);
}

DateField* ScheduleArea::stageField(core::Stage stage) const
{
    return m_rows[fieldOf(stage)].date;
}

bool ScheduleArea::hasMark(Field field) const
{
    return !m_rows[field].mark->pixmap().isNull();
}

QString ScheduleArea::formatDate(QDate date) const
{
    return ScheduleDocument::date(date, m_language);
}

QString ScheduleArea::fieldName(Field field) const
{
    switch (field) {
    case Approval:
        return tr("The approval of the schedule");
    case ResultsEvaluation:
        return tr("The results evaluation");
    case FieldCount:
        break;
    default:
        return tr("Stage %1 (%2)")
            .arg(field - Stage1 + 1)
            .arg(ScheduleDocument::stageName(static_cast<core::Stage>(field - Stage1)));
    }
    return {};
}

QString ScheduleArea::warningText(const core::ScheduleWarning& w) const
{
    using Kind = core::ScheduleWarning::Kind;
    const core::Schedule current = schedule();
    switch (w.kind) {
    case Kind::ApprovedLate:
        return tr("The schedule is approved on %1, later than %2 (§11).")
            .arg(formatDate(w.date), formatDate(current.approvalDeadline()));
    case Kind::NotApproved:
        return tr("The schedule is not approved yet: it is approved by order of the Head of the Presidential "
                  "Administration no later than %1 (§11).")
            .arg(formatDate(current.approvalDeadline()));
    case Kind::OnDayOff: {
        const auto field = fieldNamed(w.field);
        return tr("%1 falls on %2, %3: a non-working day (%4). The date is not moved.")
            .arg(field ? fieldName(*field) : w.field, formatDate(w.date),
                 ScheduleDocument::weekday(w.date, m_language, false),
                 ScheduleDocument::dayOff(m_calendar.day(w.date), m_language));
    }
    case Kind::ResultsEvaluationLate:
        return tr("The results evaluation on %1 is later than %2 (§70).")
            .arg(formatDate(w.date), formatDate(current.resultsEvaluationDeadline()));
    }
    return {};
}

void ScheduleArea::updateState()
{
    const core::Schedule current = schedule();
    m_yearHint->setText(tr("The evaluation of %1 is held in %2; the schedule is approved by 15 December %1 (§11).")
                            .arg(current.year)
                            .arg(current.year + 1));
    m_rows[Approval].description->setText(tr("No later than %1.").arg(formatDate(current.approvalDeadline())));
    m_rows[ResultsEvaluation].description->setText(
        tr("The Head of the Presidential Administration reports the results of the results evaluation to the "
           "President no later than %1.")
            .arg(formatDate(current.resultsEvaluationDeadline())));

    // Marks: a warning for a non-working day, an error where validation points.
    std::array<QString, FieldCount> marks;
    std::array<bool, FieldCount> critical{};
    const std::vector<core::ScheduleWarning> warnings = core::ScheduleService::warnings(current, m_calendar);
    m_warningTexts.clear();
    for (const core::ScheduleWarning& w : warnings) {
        const QString text = warningText(w);
        m_warningTexts << text;
        if (const auto field = fieldNamed(w.field); field && w.date.isValid())
            marks[at(*field)] += (marks[at(*field)].isEmpty() ? QString() : u"\n"_s) + text;
    }
    const core::Result<void> valid = core::ScheduleService::validate(current);
    QString errorText;
    if (m_loadError)
        errorText = ErrorText::of(*m_loadError);
    if (!valid) {
        errorText = ErrorText::of(valid.error());
        // The detail names the field: "a > b" for the order (b is the one out of order), or the field.
        const QString detail = valid.error().detail;
        const QString name = detail.contains(u" > "_s) ? detail.section(u" > "_s, 1) : detail;
        if (const auto field = fieldNamed(name)) {
            errorText += u" "_s + tr("See: %1.").arg(fieldName(*field));
            marks[at(*field)] = ErrorText::of(valid.error());
            critical[at(*field)] = true;
        }
    }
    showError(errorText);

    for (int f = 0; f < FieldCount; ++f) {
        Row& row = m_rows[at(f)];
        const QDate date = row.date->date();
        QString weekday;
        if (date.isValid()) {
            weekday = ScheduleDocument::weekday(date, m_language);
            const core::DayInfo day = m_calendar.day(date);
            if (!day.isWorking())
                weekday += u" — "_s + ScheduleDocument::dayOff(day, m_language);
        }
        row.weekday->setText(weekday);
        const bool dayOff = date.isValid() && !m_calendar.isWorking(date);
        row.weekday->setStyleSheet(dayOff ? u"color: #8c1d18;"_s : QString());
        if (marks[at(f)].isEmpty()) {
            row.mark->clear();
            row.mark->setToolTip({});
        } else {
            const auto icon = critical[at(f)] ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
            row.mark->setPixmap(style()->standardIcon(icon).pixmap(MarkSize, MarkSize));
            row.mark->setToolTip(marks[at(f)]);
        }
    }

    if (m_warningTexts.isEmpty()) {
        m_warnings->clear();
        m_warnings->hide();
    } else {
        QString html = u"<b>%1</b><ul style=\"margin-left: 12px; -qt-list-indent: 0;\">"_s.arg(
            tr("Warnings (the schedule can be saved as it is):").toHtmlEscaped());
        for (const QString& text : std::as_const(m_warningTexts))
            html += u"<li>%1</li>"_s.arg(text.toHtmlEscaped());
        m_warnings->setText(html + u"</ul>"_s);
        m_warnings->show();
    }

    const bool modified = isModified();
    const bool writable = !m_session.database().isReadOnly();
    m_save->setEnabled(writable && modified && valid.has_value());
    m_save->setToolTip(writable ? QString() : tr("The database is open read-only."));
    m_revert->setEnabled(modified);
    const bool empty =
        !m_stored.approvedOn.isValid() && !m_stored.resultsEvaluation.isValid()
        && std::all_of(m_stored.stages.begin(), m_stored.stages.end(), [](QDate d) { return !d.isValid(); });
    m_status->setText(modified ? tr("Unsaved changes")
                      : empty  ? tr("No schedule is stored for %1 yet.").arg(current.year)
                               : tr("Saved"));
}

void ScheduleArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ScheduleArea::save()
{
    const core::Schedule next = schedule();
    if (!core::ScheduleService::validate(next)) {
        updateState(); // shows why
        return false;
    }
    if (!isModified())
        return true;
    const core::Schedule before = m_stored;
    const QString reason = m_reason->text().trimmed();
    core::ScheduleService& service = m_session.schedules();
    RegistryController& controller = m_session.controller();
    const bool ok = controller.execute(
        tr("Save the schedule of %1").arg(next.year),
        {{[&service, next, reason] { return service.set(next, reason); },
          [&service, before, reason] { return service.set(before, RegistryController::undoReason(reason)); }}});
    if (!ok) {
        showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : tr("The change was refused."));
        return false;
    }
    m_reason->clear();
    setYear(next.year); // registryChanged has reloaded already; this makes sure the form shows what is stored
    return true;
}

void ScheduleArea::revert()
{
    fill(m_stored);
}

core::Result<void> ScheduleArea::exportPdf(const QString& path) const
{
    ScheduleDocument document(schedule(), m_calendar, m_language);
    return document.writePdf(path);
}

void ScheduleArea::onExportPdfClicked()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(tr("schedule-%1").arg(year()) + u".pdf"_s);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Schedule as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = exportPdf(path); !r)
        showError(tr("The PDF file could not be written: %1").arg(r.error().detail));
}

void ScheduleArea::onPrintClicked()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ScheduleDocument::pageLayout());
    printer.setDocName(ScheduleDocument::title(year()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Schedule"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ScheduleDocument document(schedule(), m_calendar, m_language);
    if (!document.render(printer, true))
        showError(tr("The schedule could not be printed."));
}

} // namespace ui
