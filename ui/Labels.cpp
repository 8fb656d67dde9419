// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ui {

QString Labels::kind(core::BodyKind kind)
{
    switch (kind) {
    case core::BodyKind::Central:
        return tr("Central state body");
    case core::BodyKind::Oblast:
        return tr("Oblast akimat");
    case core::BodyKind::City:
        return tr("City of republican significance");
    case core::BodyKind::Capital:
        return tr("Capital");
    }
    return {};
}

QString Labels::role(core::Role role)
{
    switch (role) {
    case core::Role::PA:
        return tr("Presidential Administration");
    case core::Role::PMO:
        return tr("Office of the Prime Minister");
    case core::Role::StatePlanning:
        return tr("State planning body");
    case core::Role::CivilService:
        return tr("Civil service affairs body");
    case core::Role::Budget:
        return tr("Budget execution body");
    case core::Role::LegalStatistics:
        return tr("Legal statistics and special accounts body");
    case core::Role::Informatization:
        return tr("Informatization body");
    case core::Role::Information:
        return tr("Information body");
    }
    return {};
}

QString Labels::reorganizationKind(core::ReorganizationKind kind)
{
    switch (kind) {
    case core::ReorganizationKind::Split:
        return tr("Split");
    case core::ReorganizationKind::SpinOff:
        return tr("Separation of a part");
    case core::ReorganizationKind::Merge:
        return tr("Merger");
    case core::ReorganizationKind::Rename:
        return tr("Renaming");
    case core::ReorganizationKind::FunctionsMoved:
        return tr("Transfer of functions");
    case core::ReorganizationKind::Liquidation:
        return tr("Liquidation");
    }
    return {};
}

QString Labels::treatment(const core::TreatmentResult& result)
{
    switch (result.treatment) {
    case core::Treatment::NotApplicable:
        return tr("Name change only: evaluated as the same body");
    case core::Treatment::Continues:
        return tr("Continues after the reorganization: evaluated itself; §53–55 concern bodies that cease");
    case core::Treatment::BeforeYear:
        return tr("Reorganized before the evaluated year: its successors are evaluated");
    case core::Treatment::WithinSuccessor:
        return tr("§53: first half of the evaluated year — evaluated within its legal successor and counted in the "
                  "successor's final score");
    case core::Treatment::AnalysedForSuccessor:
        return tr("§54: second half of the evaluated year — its activity is analysed and the results are used in "
                  "the successor's evaluation as recommendations");
    case core::Treatment::ResultsToSuccessor:
        return result.deadlineUnknown
                   ? tr("§55: the following year, before the reporting deadline — the results go to the successor "
                        "as recommendations (assumed: the schedule's deadline is not set)")
                   : tr("§55: the following year, before the reporting deadline — the results go to the successor "
                        "as recommendations");
    case core::Treatment::EvaluatedItself:
        return tr("Reorganized after the reporting deadline: evaluated as itself for this year");
    }
    return {};
}

QString Labels::auditAction(core::AuditAction action)
{
    switch (action) {
    case core::AuditAction::Create:
        return tr("Created");
    case core::AuditAction::Update:
        return tr("Changed");
    case core::AuditAction::Delete:
        return tr("Deleted");
    }
    return {};
}

QString Labels::auditEntity(const QString& entity)
{
    if (entity == u"body")
        return tr("Body");
    if (entity == u"body_name")
        return tr("Name");
    if (entity == u"reorganization")
        return tr("Reorganization");
    if (entity == u"role_assignment")
        return tr("Role");
    if (entity == u"evaluated_list")
        return tr("List of evaluated bodies");
    return entity;
}

QString Labels::auditField(const QString& entity, const QString& field)
{
    struct Entry
    {
        QStringView key;
        const char* text;
    };
    static const Entry entries[] = {
        {u"kind", QT_TR_NOOP("Kind")},
        {u"evaluated", QT_TR_NOOP("Evaluated body")},
        {u"presidential", QT_TR_NOOP("Subordinate to the President")},
        {u"parent_id", QT_TR_NOOP("Part of")},
        {u"valid_from", QT_TR_NOOP("Valid from")},
        {u"valid_to", QT_TR_NOOP("Valid to")},
        {u"block1", QT_TR_NOOP("Block 1")},
        {u"block2", QT_TR_NOOP("Block 2")},
        {u"block3", QT_TR_NOOP("Block 3")},
        {u"results", QT_TR_NOOP("Results evaluation")},
        {u"scope_note_kk", QT_TR_NOOP("Scope note (kk)")},
        {u"scope_note_ru", QT_TR_NOOP("Scope note (ru)")},
        {u"scope_note_en", QT_TR_NOOP("Scope note (en)")},
        {u"short_kk", QT_TR_NOOP("Short name (kk)")},
        {u"short_ru", QT_TR_NOOP("Short name (ru)")},
        {u"short_en", QT_TR_NOOP("Short name (en)")},
        {u"full_kk", QT_TR_NOOP("Full name (kk)")},
        {u"full_ru", QT_TR_NOOP("Full name (ru)")},
        {u"full_en", QT_TR_NOOP("Full name (en)")},
        {u"date", QT_TR_NOOP("Date")},
        {u"approximate", QT_TR_NOOP("Approximate date")},
        {u"note_kk", QT_TR_NOOP("Note (kk)")},
        {u"note_ru", QT_TR_NOOP("Note (ru)")},
        {u"note_en", QT_TR_NOOP("Note (en)")},
        {u"from", QT_TR_NOOP("Predecessor")},
        {u"to", QT_TR_NOOP("Successor")},
        {u"role", QT_TR_NOOP("Role")},
    };
    for (const Entry& e : entries)
        if (e.key == field)
            return tr(e.text);
    if (entity == u"body_name" || entity == u"evaluated_list")
        return field; // a date or a year
    return field;
}

QString Labels::scope(const core::Scope& scope)
{
    QStringList parts;
    for (int block : scope.blocks())
        parts << QString::number(block);
    QString text = parts.join(u", "_s);
    if (scope.results)
        text = text.isEmpty() ? tr("results") : tr("%1 + results").arg(text);
    return text.isEmpty() ? u"—"_s : text;
}

QString Labels::dayKind(core::DayKind kind)
{
    switch (kind) {
    case core::DayKind::Working:
        return tr("Working day");
    case core::DayKind::Weekend:
        return tr("Weekend");
    case core::DayKind::Holiday:
        return tr("Holiday");
    case core::DayKind::Moved:
        return tr("Day off moved from a holiday on a weekend");
    case core::DayKind::Religious:
        return tr("Religious day off");
    case core::DayKind::TransferOff:
        return tr("Day off by transfer");
    case core::DayKind::TransferWork:
        return tr("Working day by transfer");
    }
    return {};
}

QString Labels::stage(core::Stage stage)
{
    switch (stage) {
    case core::Stage::Reporting:
        return tr("Evaluated bodies submit reporting information (§41)");
    case core::Stage::ConclusionsToBodies:
        return tr("Conclusions sent to the evaluated bodies (§46)");
    case core::Stage::ConclusionsToStatePlanning:
        return tr("Conclusions after the appeals sent to the state planning body");
    case core::Stage::ToWorkingBody:
        return tr("All blocks sent to the Commission's working body (§48)");
    case core::Stage::ToPresident:
        return tr("Results presented to the President (§50)");
    }
    return {};
}

QString Labels::scheduleWarningCode(core::ScheduleWarning::Kind kind)
{
    switch (kind) {
    case core::ScheduleWarning::Kind::ApprovedLate:
        return u"approved-late"_s;
    case core::ScheduleWarning::Kind::NotApproved:
        return u"not-approved"_s;
    case core::ScheduleWarning::Kind::OnDayOff:
        return u"on-day-off"_s;
    case core::ScheduleWarning::Kind::ResultsEvaluationLate:
        return u"results-evaluation-late"_s;
    }
    return {};
}

QString Labels::scheduleWarning(const core::ScheduleWarning& w, const core::Calendar& calendar, core::Language language)
{
    const QString date =
        QLocale().toString(w.date, language == core::Language::English ? u"d MMM yyyy"_s : u"dd.MM.yyyy"_s);
    switch (w.kind) {
    case core::ScheduleWarning::Kind::ApprovedLate:
        return tr("The schedule is approved on %1, later than 15 December (§11).").arg(date);
    case core::ScheduleWarning::Kind::NotApproved:
        return tr("The schedule has no approval date yet (§11).");
    case core::ScheduleWarning::Kind::OnDayOff: {
        const core::DayInfo day = calendar.day(w.date);
        const QString what =
            day.name.in(language).isEmpty() ? dayKind(day.kind) : dayKind(day.kind) + u": "_s + day.name.in(language);
        return tr("%1 is not a working day (%2); the date stays as it is.").arg(date, what);
    }
    case core::ScheduleWarning::Kind::ResultsEvaluationLate:
        return tr("The results evaluation on %1 is later than 1 September (§70).").arg(date);
    }
    return {};
}

QString Labels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Labels::block(int block)
{
    switch (block) {
    case 1:
        return tr("Block 1: achievement of goals");
    case 2:
        return tr("Block 2: interaction with individuals and legal entities");
    case 3:
        return tr("Block 3: organizational development");
    default:
        return {};
    }
}

QString Labels::blockShort(int block)
{
    return tr("Block %1").arg(block);
}

QString Labels::part(core::Part part)
{
    switch (part) {
    case core::Part::Goals:
        return tr("Achievement of goals");
    case core::Part::PublicServices:
        return tr("Quality of public services");
    case core::Part::EServices:
        return tr("Public services in electronic form");
    case core::Part::Complaints:
        return tr("Complaints and applications");
    case core::Part::Openness:
        return tr("Openness");
    case core::Part::Personnel:
        return tr("Personnel management");
    case core::Part::InformationTechnology:
        return tr("Information technology");
    }
    return {};
}

QString Labels::direction(core::Direction direction)
{
    switch (direction) {
    case core::Direction::Higher:
        return tr("Higher is better");
    case core::Direction::Lower:
        return tr("Lower is better");
    }
    return {};
}

QString Labels::scoringKind(core::ScoringKind kind)
{
    switch (kind) {
    case core::ScoringKind::Ratio:
        return tr("Ratio of fact to plan");
    case core::ScoringKind::InverseRatio:
        return tr("Inverse ratio (plan to fact)");
    case core::ScoringKind::YesNo:
        return tr("Yes or no");
    case core::ScoringKind::Scale:
        return tr("Scale");
    case core::ScoringKind::Expert:
        return tr("Expert score");
    case core::ScoringKind::Formula:
        return tr("Formula");
    }
    return {};
}

QString Labels::scoringKindHelp(core::ScoringKind kind)
{
    switch (kind) {
    case core::ScoringKind::Ratio:
        return tr("Score = 100 × fact ÷ plan, counted at most up to the cap.");
    case core::ScoringKind::InverseRatio:
        return tr("Score = 100 × plan ÷ fact, counted at most up to the cap; a fact of 0 is the best.");
    case core::ScoringKind::YesNo:
        return tr("A fact of 1 (yes) scores 100, a fact of 0 (no) scores 0.");
    case core::ScoringKind::Scale:
        return tr("The points of the first step whose threshold the fact reaches.");
    case core::ScoringKind::Expert:
        return tr("Score = 100 × the expert's score ÷ the maximum (the plan).");
    case core::ScoringKind::Formula:
        return tr("A formula of fact and plan gives the achievement (1 = plan met); score = 100 × achievement.");
    }
    return {};
}

QString Labels::sourceType(int type)
{
    switch (type) {
    case 1:
        return tr("1. The body's report on its work");
    case 2:
        return tr("2. Inspections by the Presidential Administration and the authorized bodies");
    case 3:
        return tr("3. Control by the Presidential Administration of the President's acts and orders");
    case 4:
        return tr("4. Control by the Prime Minister's Office of the Government's acts and orders");
    case 5:
        return tr("5. Control acts of state bodies");
    case 6:
        return tr("6. Official statistics");
    case 7:
        return tr("7. Independent experts and public councils");
    case 8:
        return tr("8. Sociological research, international reviews and ratings");
    case 9:
        return tr("9. Other official sources");
    default:
        return tr("Not set");
    }
}

QString Labels::notCountedPolicy(core::NotCountedPolicy policy)
{
    switch (policy) {
    case core::NotCountedPolicy::Reweight:
        return tr("Re-weight the other indicators");
    case core::NotCountedPolicy::Zero:
        return tr("Count as zero");
    }
    return {};
}

QString Labels::status(core::Status status)
{
    switch (status) {
    case core::Status::Full:
        return tr("Fully achieved");
    case core::Status::Partial:
        return tr("Partially achieved");
    case core::Status::NotAchieved:
        return tr("Not achieved");
    case core::Status::NotCounted:
        return tr("Not counted");
    }
    return {};
}

QString Labels::notCountedReason(core::NotCountedReason reason)
{
    switch (reason) {
    case core::NotCountedReason::None:
        return {};
    case core::NotCountedReason::NoData:
        return tr("no data");
    case core::NotCountedReason::NoPlan:
        return tr("no plan");
    case core::NotCountedReason::ZeroPlan:
        return tr("the plan is zero");
    case core::NotCountedReason::InvalidValue:
        return tr("the value cannot be scored");
    case core::NotCountedReason::FormulaError:
        return tr("the formula cannot be read");
    }
    return {};
}

QString Labels::languageName(core::Language language)
{
    switch (language) {
    case core::Language::Kazakh:
        return tr("Kazakh");
    case core::Language::Russian:
        return tr("Russian");
    case core::Language::English:
        return tr("English");
    }
    return {};
}

namespace {

/// A number core wrote as "99.5", in the user's locale ("99,5").
QString localNumber(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? QLocale().toString(value, 'g', 12) : text;
}

} // namespace

QString Labels::methodologyProblem(const core::MethodologyProblem& problem)
{
    using Kind = core::MethodologyProblem::Kind;
    const QString what = !problem.indicator.isEmpty()   ? tr("Indicator %1").arg(problem.indicator)
                         : !problem.criterion.isEmpty() ? tr("Criterion %1").arg(problem.criterion)
                                                        : tr("The methodology");
    const QString language = problem.language ? languageName(*problem.language) : QString();
    switch (problem.kind) {
    case Kind::NoCriteria:
        return tr("The methodology has no criteria (§20.6).");
    case Kind::EmptyCriterion:
        return tr("%1 has no indicators (§20.6).").arg(what);
    case Kind::CriterionWeights:
        return tr("The criteria's weights add up to %1, not 100.").arg(localNumber(problem.detail));
    case Kind::IndicatorWeights:
        return tr("The indicator weights of %1 add up to %2, not 100.")
            .arg(problem.criterion, localNumber(problem.detail));
    case Kind::NoSource:
        return tr("%1 has no §7 source type (§20.1).").arg(what);
    case Kind::SourceNotAllowed:
        return tr("%1: source type 7 is not allowed in the goals block (§7).").arg(what);
    case Kind::NoVerification:
        return tr("%1 has no verification method in %2 (§20.2).").arg(what, language);
    case Kind::NoDefinition:
        return tr("%1 has no definition in %2 (§20.3).").arg(what, language);
    case Kind::NoName:
        return tr("%1 has no name in %2.").arg(what, language);
    case Kind::DuplicateName:
        return tr("%1 has the same name in %2 as another indicator (§20.3).").arg(what, language);
    case Kind::DuplicateCode:
        return tr("%1: the code is used twice.").arg(what);
    case Kind::ScoringDirection:
        return tr("%1: the scoring does not match the direction (a ratio is for \"higher is better\", an "
                  "inverse ratio for \"lower is better\").")
            .arg(what);
    case Kind::BadScale:
        return tr("%1: the scale has no steps.").arg(what);
    case Kind::BadFormula:
        return tr("%1: the formula cannot be read (%2).").arg(what, problem.detail);
    case Kind::BadCap:
        return tr("%1: the cap is below 1.").arg(what);
    case Kind::NoPlan:
        return tr("%1 has no default plan: every body must then give its own.").arg(what);
    case Kind::NotComparable: {
        // The detail names what changed: "unit", "direction" or "scoring".
        const QString changed = problem.detail == u"unit"        ? tr("unit")
                                : problem.detail == u"direction" ? tr("direction")
                                : problem.detail == u"scoring"   ? tr("scoring")
                                                                 : problem.detail;
        return tr("%1 changed its %2 since last year: the results are not comparable (§20.5).").arg(what, changed);
    }
    case Kind::Dropped:
        return tr("%1 of last year's methodology is gone (§20.5).").arg(what);
    case Kind::NoApprovalRecord:
        return tr("Record who approved the methodology and when it was agreed with the state planning body and "
                  "the Commission's working body (§19).");
    }
    return {};
}

} // namespace ui
