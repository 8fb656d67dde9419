// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlinesModel.h"

#include "ConclusionTexts.h"
#include "ReportTexts.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/Session.h"
#include "ui/print/ScheduleDocument.h"

#include "core/AppealService.h"
#include "core/CalendarService.h"
#include "core/ConclusionService.h"
#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QColor OverdueBackground(0xfd, 0xe2, 0xe1); // light red
const QColor SoonBackground(0xff, 0xf4, 0xc2); // light yellow
const QColor RowText(0x1f, 0x1f, 0x1f); // dark text on the light row colours, also in a dark theme
const QColor FinishedText(0x80, 0x80, 0x80);

/// Submitted at some time: a report returned for revision since was still submitted by then.
bool wasSubmitted(const core::Report& report)
{
    return report.firstSubmittedAt.isValid() || report.state != core::ReportState::Draft;
}

bool isFixedDate(const DeadlinesModel::Item& item)
{
    // A schedule's date is a fact that passes, and so does the last day to object or complain; an
    // approval still missing, a term still running and a decision still pending stay due.
    using Kind = DeadlinesModel::Item::Kind;
    return item.kind == Kind::Stage || item.kind == Kind::ResultsEvaluation || item.kind == Kind::ObjectionTerm
           || item.kind == Kind::ComplaintTerm;
}

} // namespace

DeadlinesModel::DeadlinesModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
{ }

core::Result<void> DeadlinesModel::reload()
{
    auto& calendarService = m_session.calendar();
    auto calendar = calendarService.calendar();
    auto schedules = m_session.schedules().all();
    auto terms = calendarService.terms().terms();
    std::vector<Item> items;
    if (schedules) {
        for (const core::Schedule& s : *schedules) {
            if (!s.approvedOn.isValid()) {
                Item item;
                item.kind = Item::Kind::Approval;
                item.year = s.year;
                item.byLaw = true;
                item.due = s.approvalDeadline();
                items.push_back(item);
            }
            for (int i = 0; i < core::StageCount; ++i) {
                const auto stage = static_cast<core::Stage>(i);
                if (!s.stage(stage).isValid())
                    continue;
                Item item;
                item.kind = Item::Kind::Stage;
                item.year = s.year;
                item.stage = stage;
                item.due = s.stage(stage);
                items.push_back(item);
            }
            Item results;
            results.kind = Item::Kind::ResultsEvaluation;
            results.year = s.year;
            results.byLaw = !s.resultsEvaluation.isValid();
            results.due = results.byLaw ? s.resultsEvaluationDeadline() : s.resultsEvaluation;
            items.push_back(results);
        }
    }
    // The schedule of this year's activity is due by 15 December (§11) even before anyone has
    // started it: without a stored schedule it would never appear. Not a body's business on its
    // workstation, which only receives the schedule with its template.
    if (schedules && !m_session.isWorkstation()
        && std::none_of(schedules->begin(), schedules->end(),
                        [this](const core::Schedule& s) { return s.year == m_today.year(); })) {
        Item item;
        item.kind = Item::Kind::Approval;
        item.year = m_today.year();
        item.byLaw = true;
        item.due = core::Schedule{m_today.year(), {}, {}, {}}.approvalDeadline();
        items.push_back(item);
    }
    core::Result<std::vector<Item>> reports = schedules ? reportItems(*schedules) : std::vector<Item>{};
    if (reports)
        items.insert(items.end(), reports->begin(), reports->end());
    core::Result<std::vector<Item>> appeals = schedules ? appealItems(*schedules) : std::vector<Item>{};
    if (appeals)
        items.insert(items.end(), appeals->begin(), appeals->end());
    if (terms) {
        for (const core::TrackedTerm& t : *terms) {
            Item item;
            item.kind = Item::Kind::Term;
            item.term = t;
            item.due = t.due;
            items.push_back(item);
        }
    }
    // Stable: the schedule's stages keep their order when two fall on one day.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.due < b.due; });

    beginResetModel();
    if (calendar)
        m_calendar = std::move(*calendar);
    m_items = std::move(items);
    endResetModel();
    if (!calendar)
        return std::unexpected(calendar.error());
    if (!schedules)
        return std::unexpected(schedules.error());
    if (!terms)
        return std::unexpected(terms.error());
    if (!reports)
        return std::unexpected(reports.error());
    if (!appeals)
        return std::unexpected(appeals.error());
    return {};
}

core::Result<std::vector<DeadlinesModel::Item>>
DeadlinesModel::appealItems(const std::vector<core::Schedule>& schedules) const
{
    std::vector<Item> items;
    if (m_session.isWorkstation())
        return items; // a workstation holds no conclusions
    // The evaluated years that can have conclusions: those with a schedule or a methodology (a
    // conclusion is issued on the approved methodology of its year, §19). The list of
    // methodologies, not MethodologyService::years(), which reads every value of every year.
    std::set<int> years;
    for (const core::Schedule& s : schedules)
        years.insert(s.year);
    auto methodologies = m_session.methodologies().list();
    if (!methodologies)
        return std::unexpected(methodologies.error());
    for (const core::MethodologySummary& m : *methodologies)
        years.insert(m.year);

    std::map<qint64, core::Body> bodies;
    const auto bodyText = [this, &bodies](qint64 id, int year) -> QString {
        if (bodies.empty())
            if (auto all = m_session.registry().repository().bodies())
                for (core::Body& b : *all)
                    bodies.emplace(b.id, std::move(b));
        const auto it = bodies.find(id);
        if (it == bodies.end())
            return {};
        return it->second.code + u"  "_s + it->second.nameOn(QDate(year, 12, 31)).shortName.in(m_language);
    };
    // A complaint window opens when the procedure ends: only recent ones are looked up.
    constexpr int RecentDays = 60;
    for (const int year : years) {
        auto conclusions = m_session.conclusions().conclusions(year);
        if (!conclusions)
            return std::unexpected(conclusions.error());
        if (conclusions->empty())
            continue;
        auto appeals = m_session.appeals().appeals(year);
        if (!appeals)
            return std::unexpected(appeals.error());
        std::map<qint64, const core::Conclusion*> byId;
        for (const core::Conclusion& c : *conclusions)
            byId.emplace(c.id, &c);
        std::set<qint64> recentlyDecided;
        std::set<qint64> pendingComplaint;
        for (const core::Appeal& a : *appeals) {
            if (a.status == core::AppealStatus::Pending && a.kind == core::AppealKind::Complaint)
                pendingComplaint.insert(a.conclusionId);
            if (a.decidedOn.isValid() && qAbs(a.decidedOn.daysTo(m_today)) <= RecentDays)
                recentlyDecided.insert(a.conclusionId);
            if (a.status != core::AppealStatus::Pending || a.kind != core::AppealKind::Objection
                || !a.decideBy.isValid())
                continue;
            Item item;
            item.kind = Item::Kind::AppealDecision;
            item.year = year;
            item.block = a.block;
            item.conclusionId = a.conclusionId;
            item.body = bodyText(a.bodyId, year);
            if (const auto it = byId.find(a.conclusionId); it != byId.end())
                item.part = it->second->part;
            item.event = a.filedOn;
            item.due = a.decideBy;
            items.push_back(item);
        }
        for (const core::Conclusion& c : *conclusions) {
            Item item;
            item.year = year;
            item.block = c.block;
            item.part = c.part;
            item.conclusionId = c.id;
            if (c.state == core::ConclusionState::Received && c.appealDeadline.isValid()) {
                item.kind = Item::Kind::ObjectionTerm;
                item.body = bodyText(c.bodyId, year);
                item.event = c.receivedOn;
                item.due = c.appealDeadline;
                items.push_back(item);
                continue;
            }
            if (c.state != core::ConclusionState::Final || pendingComplaint.contains(c.id))
                continue;
            const bool recent = (c.receivedOn.isValid() && qAbs(c.receivedOn.daysTo(m_today)) <= RecentDays)
                                || recentlyDecided.contains(c.id);
            if (!recent)
                continue;
            auto term = m_session.appeals().complaintTerm(c.id);
            if (!term || !term->second.isValid() || term->second.daysTo(m_today) > SoonWorkingDays * 2)
                continue; // no window, or one closed well before today
            item.kind = Item::Kind::ComplaintTerm;
            item.body = bodyText(c.bodyId, year);
            item.event = term->first;
            item.due = term->second;
            items.push_back(item);
        }
    }
    return items;
}

core::Result<std::vector<DeadlinesModel::Item>>
DeadlinesModel::reportItems(const std::vector<core::Schedule>& schedules) const
{
    std::vector<Item> items;
    const bool workstation = m_session.isWorkstation();
    for (const core::Schedule& s : schedules) {
        const QDate due = s.stage(core::Stage::Reporting);
        if (!due.isValid())
            continue; // no deadline to be late against
        auto overview = workstation ? m_session.reports().overview(s.year, m_session.workstationBodyId())
                                    : m_session.reports().overview(s.year);
        if (!overview)
            return std::unexpected(overview.error());
        if (workstation) {
            // The body's own reports, one row per block.
            for (const core::ReportSummary& summary : *overview) {
                Item item;
                item.kind = Item::Kind::OwnReport;
                item.year = s.year;
                item.block = summary.report.key.block;
                item.report = summary.report;
                item.due = due;
                items.push_back(item);
            }
            continue;
        }
        std::map<int, ReportCounts> byBlock;
        for (const core::ReportSummary& summary : *overview) {
            ReportCounts& counts = byBlock[summary.report.key.block];
            ++counts.total;
            if (!wasSubmitted(summary.report)) {
                counts.notSubmitted << summary.bodyCode;
                continue;
            }
            ++counts.submitted;
            // Late is a fact of the first submission, whatever day it is now.
            if (core::timelinessOf(summary.report, due, m_today) == core::Timeliness::Late) {
                ++counts.late;
                counts.lateBodies << summary.bodyCode;
            }
        }
        for (auto& [block, counts] : byBlock) {
            Item item;
            item.kind = Item::Kind::Reports;
            item.year = s.year;
            item.block = block;
            item.reports = std::move(counts);
            item.due = due;
            items.push_back(item);
        }
    }
    return items;
}

void DeadlinesModel::setToday(QDate today)
{
    if (today == m_today || !today.isValid())
        return;
    m_today = today;
    (void)reload(); // which deadlines exist depends on the day too (this year's approval)
}

void DeadlinesModel::setLanguage(core::Language language)
{
    m_language = language;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DeadlinesModel::workingDaysLeft(int row) const
{
    return m_calendar.workingDaysBetween(m_today, item(row).due);
}

DeadlinesModel::State DeadlinesModel::state(int row) const
{
    const Item& it = item(row);
    if (it.kind == Item::Kind::Term && it.term.done)
        return State::Done;
    if (it.kind == Item::Kind::Reports && it.reports.notYet() == 0)
        return State::Done;
    if (it.kind == Item::Kind::OwnReport && core::isLocked(it.report.state))
        return State::Done;
    if (it.due < m_today)
        return isFixedDate(it) ? State::Passed : State::Overdue;
    if (it.due == m_today)
        return State::DueToday;
    return workingDaysLeft(row) <= SoonWorkingDays ? State::DueSoon : State::Upcoming;
}

int DeadlinesModel::rowOfTerm(qint64 id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].kind == Item::Kind::Term && m_items[i].term.id == id)
            return static_cast<int>(i);
    return -1;
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DeadlinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlinesModel::stateText(State state)
{
    switch (state) {
    case State::Done:
        return tr("Done");
    case State::Passed:
        return tr("Passed");
    case State::Overdue:
        return tr("Overdue");
    case State::DueToday:
        return tr("Due today");
    case State::DueSoon:
        return tr("Due in ≤%1 working days").arg(SoonWorkingDays);
    case State::Upcoming:
        return tr("Upcoming");
    }
    return {};
}

QString DeadlinesModel::dateText(QDate date) const
{
    return ScheduleDocument::date(date, m_language);
}

QString DeadlinesModel::whatText(const Item& item) const
{
    switch (item.kind) {
    case Item::Kind::Approval:
        return tr("Approval of the schedule (§11)");
    case Item::Kind::Stage:
        return u"%1. %2"_s.arg(static_cast<int>(item.stage) + 1).arg(ScheduleDocument::stageName(item.stage));
    case Item::Kind::ResultsEvaluation:
        return item.byLaw ? tr("Results evaluation to the President (§70), by law")
                          : tr("Results evaluation to the President (§70)");
    case Item::Kind::Term:
        return item.term.title;
    case Item::Kind::Reports:
        return tr("%1: reporting information of the bodies (§41)").arg(Labels::blockShort(item.block));
    case Item::Kind::OwnReport:
        return tr("%1: our reporting information (§41)").arg(Labels::blockShort(item.block));
    case Item::Kind::ObjectionTerm:
        return tr("Last day to object to a conclusion (§57)");
    case Item::Kind::AppealDecision:
        return tr("Decision on an objection, 15 calendar days (§60)");
    case Item::Kind::ComplaintTerm:
        return tr("Last day of a complaint after the appeal (§62)");
    }
    return {};
}

QString DeadlinesModel::reportsToolTip(const Item& item) const
{
    QStringList lines;
    if (item.kind == Item::Kind::Reports) {
        if (!item.reports.notSubmitted.isEmpty())
            lines << tr("Not submitted yet: %1").arg(item.reports.notSubmitted.join(u", "_s));
        if (!item.reports.lateBodies.isEmpty())
            lines << tr("Submitted late: %1").arg(item.reports.lateBodies.join(u", "_s));
    } else if (item.kind == Item::Kind::OwnReport) {
        lines << ReportTexts::stateHelp(item.report.state);
        if (item.report.firstSubmittedAt.isValid())
            lines << tr("First submitted on %1").arg(dateText(item.report.firstSubmittedAt.toLocalTime().date()));
    }
    return lines.join(u'\n');
}

QString DeadlinesModel::subjectText(const Item& item) const
{
    if (item.kind == Item::Kind::Reports)
        return tr("Evaluation of %1: %2 of %3 submitted, %4 late, %5 not yet")
            .arg(item.year)
            .arg(item.reports.submitted)
            .arg(item.reports.total)
            .arg(item.reports.late)
            .arg(item.reports.notYet());
    if (item.kind == Item::Kind::OwnReport) {
        int daysLate = 0;
        const core::Timeliness timeliness = core::timelinessOf(item.report, item.due, m_today, &daysLate);
        return tr("Evaluation of %1: %2, %3")
            .arg(item.year)
            .arg(ReportTexts::state(item.report.state), ReportTexts::timeliness(timeliness, daysLate));
    }
    if (item.kind == Item::Kind::ObjectionTerm || item.kind == Item::Kind::AppealDecision
        || item.kind == Item::Kind::ComplaintTerm) {
        const QString what = tr("Evaluation of %1: %2, %3")
                                 .arg(item.year)
                                 .arg(item.body, ConclusionTexts::blockPart(item.block, item.part));
        switch (item.kind) {
        case Item::Kind::ObjectionTerm:
            return tr("%1 — received on %2").arg(what, dateText(item.event));
        case Item::Kind::AppealDecision:
            return tr("%1 — filed on %2").arg(what, dateText(item.event));
        default:
            return tr("%1 — the procedure ended on %2").arg(what, dateText(item.event));
        }
    }
    if (item.kind != Item::Kind::Term)
        return tr("Evaluation of %1").arg(item.year);
    const QString event = dateText(item.term.event);
    // English has no catalogue: the singular needs its own source text.
    const int n = item.term.days;
    if (item.term.kind == core::TrackedTerm::Kind::WorkingDays)
        return (n == 1 ? tr("1 working day from %1") : tr("%n working days from %1", nullptr, n)).arg(event);
    return (n == 1 ? tr("1 calendar day from %1") : tr("%n calendar days from %1", nullptr, n)).arg(event);
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Item& it = item(row);
    const State st = state(row);
    const bool finished = st == State::Done || st == State::Passed;
    switch (role) {
    case StateRole:
        return static_cast<int>(st);
    case DueRole:
        return it.due;
    case DaysFromTodayRole:
        return static_cast<int>(m_today.daysTo(it.due));
    case TermIdRole:
        return it.kind == Item::Kind::Term ? it.term.id : qint64(0);
    case ConclusionIdRole:
        return it.conclusionId;
    case YearRole:
        return it.year;
    case Qt::BackgroundRole:
        if (st == State::Overdue)
            return QBrush(OverdueBackground);
        if (st == State::DueToday || st == State::DueSoon)
            return QBrush(SoonBackground);
        return {};
    case Qt::ForegroundRole:
        if (st == State::Overdue || st == State::DueToday || st == State::DueSoon)
            return QBrush(RowText);
        if (finished)
            return QBrush(FinishedText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == What)
            return it.kind == Item::Kind::Stage ? whatText(it) + u"\n"_s + ScheduleDocument::stageDescription(it.stage)
                                                : whatText(it);
        if (index.column() == Subject) {
            const QString details = reportsToolTip(it);
            return details.isEmpty() ? subjectText(it) : subjectText(it) + u"\n"_s + details;
        }
        if (index.column() == Due) {
            QString tip = ScheduleDocument::weekday(it.due, m_language);
            if (const core::DayInfo day = m_calendar.day(it.due); !day.isWorking())
                tip += u" — "_s + ScheduleDocument::dayOff(day, m_language);
            return tip;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Due:
            return it.due;
        case DaysLeft:
            return workingDaysLeft(row);
        case Status:
            return static_cast<int>(st);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case What:
            return whatText(it);
        case Subject:
            return subjectText(it);
        case Due:
            return dateText(it.due);
        case DaysLeft:
            return finished ? QString() : QLocale().toString(workingDaysLeft(row));
        case Status:
            return stateText(st);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("Deadline");
    case Subject:
        return tr("Year or subject");
    case Due:
        return tr("Due date");
    case DaysLeft:
        return tr("Working days left");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

DeadlinesFilterModel::DeadlinesFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeadlinesModel::SortRole);
    setDynamicSortFilter(true);
}

void DeadlinesFilterModel::setHideDone(bool hide)
{
    if (hide == m_hideDone)
        return;
    m_hideDone = hide;
    invalidateFilter();
}

void DeadlinesFilterModel::setOnlyNear(bool only)
{
    if (only == m_onlyNear)
        return;
    m_onlyNear = only;
    invalidateFilter();
}

bool DeadlinesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = static_cast<DeadlinesModel::State>(index.data(DeadlinesModel::StateRole).toInt());
    const bool finished = state == DeadlinesModel::State::Done || state == DeadlinesModel::State::Passed;
    if (m_hideDone && finished)
        return false;
    if (m_onlyNear) {
        if (finished)
            return false;
        if (state != DeadlinesModel::State::Overdue && index.data(DeadlinesModel::DaysFromTodayRole).toInt() > NearDays)
            return false;
    }
    return true;
}

} // namespace ui
