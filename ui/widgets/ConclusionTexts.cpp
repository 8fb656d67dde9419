// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConclusionTexts.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/print/ScheduleDocument.h"

#include "core/Registry.h"
#include "core/Scoring.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ui {

QString ConclusionTexts::state(core::ConclusionState state)
{
    switch (state) {
    case core::ConclusionState::Draft:
        return tr("Draft");
    case core::ConclusionState::Issued:
        return tr("Issued");
    case core::ConclusionState::Sent:
        return tr("Sent");
    case core::ConclusionState::Received:
        return tr("Received");
    case core::ConclusionState::UnderAppeal:
        return tr("Under appeal");
    case core::ConclusionState::Final:
        return tr("Final");
    }
    return {};
}

QString ConclusionTexts::stateHelp(core::ConclusionState state)
{
    switch (state) {
    case core::ConclusionState::Draft:
        return tr("Being written: no version has been issued yet.");
    case core::ConclusionState::Issued:
        return tr("A version is issued but has not been sent to the evaluated body yet (§46).");
    case core::ConclusionState::Sent:
        return tr("Sent to the evaluated body; its receipt has not been recorded yet.");
    case core::ConclusionState::Received:
        return tr("Received by the evaluated body: the term for an objection runs (5 working days, §57).");
    case core::ConclusionState::UnderAppeal:
        return tr("An objection or complaint awaits its decision (§60, §62).");
    case core::ConclusionState::Final:
        return tr("The appeal term has passed or the appeal was decided: the conclusion is final.");
    }
    return {};
}

std::pair<QColor, QColor> ConclusionTexts::stateColors(core::ConclusionState state)
{
    switch (state) {
    case core::ConclusionState::Draft:
        return {QColor(0xe8, 0xea, 0xed), QColor(0x20, 0x21, 0x24)};
    case core::ConclusionState::Issued:
        return {QColor(0xe8, 0xf0, 0xfe), QColor(0x17, 0x4e, 0xa6)};
    case core::ConclusionState::Sent:
        return {QColor(0xd2, 0xe3, 0xfc), QColor(0x0b, 0x3d, 0x91)};
    case core::ConclusionState::Received:
        return {QColor(0xff, 0xf4, 0xce), QColor(0x5c, 0x44, 0x00)};
    case core::ConclusionState::UnderAppeal:
        return {QColor(0xfd, 0xe2, 0xe1), QColor(0x8c, 0x1d, 0x18)};
    case core::ConclusionState::Final:
        return {QColor(0xe6, 0xf4, 0xea), QColor(0x0d, 0x65, 0x2d)};
    }
    return {};
}

QString ConclusionTexts::recommendationStatus(core::RecommendationStatus status)
{
    switch (status) {
    case core::RecommendationStatus::Open:
        return tr("Open");
    case core::RecommendationStatus::Done:
        return tr("Done");
    case core::RecommendationStatus::Partly:
        return tr("Partly done");
    case core::RecommendationStatus::NotDone:
        return tr("Not done");
    }
    return {};
}

QString ConclusionTexts::recommendationSource(core::RecommendationSource source)
{
    switch (source) {
    case core::RecommendationSource::Conclusion:
        return tr("Conclusion");
    case core::RecommendationSource::Commission:
        return tr("Commission (§51)");
    case core::RecommendationSource::Reorganization:
        return tr("Reorganized predecessor (§54–55)");
    }
    return {};
}

QString ConclusionTexts::appealKind(core::AppealKind kind)
{
    switch (kind) {
    case core::AppealKind::Objection:
        return tr("Objection (§57)");
    case core::AppealKind::Complaint:
        return tr("Complaint (§62)");
    }
    return {};
}

QString ConclusionTexts::appealStatus(core::AppealStatus status)
{
    switch (status) {
    case core::AppealStatus::Pending:
        return tr("Pending");
    case core::AppealStatus::Accepted:
        return tr("Accepted");
    case core::AppealStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString ConclusionTexts::stage(core::CommissionStage stage)
{
    switch (stage) {
    case core::CommissionStage::ToWorkingBody:
        return tr("Passed to the Commission's working body (§48)");
    case core::CommissionStage::Presented:
        return tr("Presented to the President (§50)");
    case core::CommissionStage::ToHead:
        return tr("Sent to the body's head (§51)");
    }
    return {};
}

QString ConclusionTexts::stageShort(core::CommissionStage stage)
{
    switch (stage) {
    case core::CommissionStage::ToWorkingBody:
        return tr("§48 Working body");
    case core::CommissionStage::Presented:
        return tr("§50 President");
    case core::CommissionStage::ToHead:
        return tr("§51 Head");
    }
    return {};
}

QString ConclusionTexts::blockPart(int block, const std::optional<core::Part>& part)
{
    if (!part)
        return Labels::blockShort(block);
    return tr("%1: %2").arg(Labels::blockShort(block), Labels::part(*part));
}

QString ConclusionTexts::lineStatus(const QString& status)
{
    for (const core::Status s :
         {core::Status::Full, core::Status::Partial, core::Status::NotAchieved, core::Status::NotCounted})
        if (core::toString(s) == status)
            return Labels::status(s);
    return status;
}

QString ConclusionTexts::number(const std::optional<double>& value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QString();
}

QString ConclusionTexts::date(QDate date, core::Language language)
{
    return date.isValid() ? ScheduleDocument::date(date, language) : QString();
}

QString ConclusionTexts::error(const core::Error& error, core::Language language)
{
    const QString detail = error.detail.trimmed();
    if (error.code == core::ErrorCode::EmptyName) {
        // Core's sentence speaks of a body's names; say what is missing here.
        if (detail == u"decision reason")
            return tr("Give the reasons for the decision in at least one language (§60).");
        if (detail == u"reason for the corrected version")
            return tr("Give the reason for the new version: a version after the first says why it was made.");
        if (detail == u"member")
            return tr("Every member of the special commission needs a name.");
        if (detail == u"recommendation")
            return tr("Write the recommendation in at least one language.");
    }
    QString text = ErrorText::of(error);
    if (detail.isEmpty())
        return text;
    switch (error.code) {
    case core::ErrorCode::AppealLate: {
        // The detail is "filed YYYY-MM-DD, last day YYYY-MM-DD": say it in the interface's language.
        static const QRegularExpression dates(u"(\\d{4}-\\d{2}-\\d{2}).*?(\\d{4}-\\d{2}-\\d{2})"_s);
        const QRegularExpressionMatch m = dates.match(detail);
        if (m.hasMatch()) {
            const QDate filed = core::parseIsoDate(m.captured(1));
            const QDate last = core::parseIsoDate(m.captured(2));
            text +=
                u' ' + tr("Filed on %1; the last day to file was %2.").arg(date(filed, language), date(last, language));
        } else {
            text += u" ("_s + detail + u')';
        }
        break;
    }
    case core::ErrorCode::CommissionConflict:
        text += u' ' + tr("Took part in the evaluation: %1.").arg(detail);
        break;
    case core::ErrorCode::ConclusionsNotFinal:
    case core::ErrorCode::EvaluatedWithinSuccessor:
    case core::ErrorCode::UnknownIndicator:
    case core::ErrorCode::EvidenceTooLarge:
        text += u" ("_s + detail + u')';
        break;
    default:
        break;
    }
    return text;
}

core::Language ConclusionTexts::defaultDocumentLanguage(core::Language interfaceLanguage)
{
    return interfaceLanguage == core::Language::Kazakh ? core::Language::Kazakh : core::Language::Russian;
}

} // namespace ui
