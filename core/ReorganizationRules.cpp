// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorganizationRules.h"

#include <algorithm>

namespace core {

TreatmentResult treatmentFor(const Reorganization& reorganization, qint64 predecessorId, int evaluatedYear,
                             QDate reportingDeadline)
{
    if (std::find(reorganization.predecessors.begin(), reorganization.predecessors.end(), predecessorId)
        == reorganization.predecessors.end())
        return {Treatment::NotApplicable, 0, false};
    const bool sameBody = std::find(reorganization.successors.begin(), reorganization.successors.end(), predecessorId)
                          != reorganization.successors.end();
    if (reorganization.kind == ReorganizationKind::Rename && sameBody)
        return {Treatment::NotApplicable, 0, false};
    if (!endsPredecessors(reorganization.kind))
        return {Treatment::Continues, 0, false};

    const QDate date = reorganization.date;
    const QDate yearStart(evaluatedYear, 1, 1);
    const QDate secondHalf(evaluatedYear, 7, 1);
    const QDate nextYear(evaluatedYear + 1, 1, 1);
    if (date < yearStart)
        return {Treatment::BeforeYear, 0, false};
    if (date < secondHalf)
        return {Treatment::WithinSuccessor, 53, false};
    if (date < nextYear)
        return {Treatment::AnalysedForSuccessor, 54, false};
    if (date.year() == evaluatedYear + 1) {
        if (reportingDeadline.isValid()) {
            if (date <= reportingDeadline)
                return {Treatment::ResultsToSuccessor, 55, false};
            return {Treatment::EvaluatedItself, 0, false};
        }
        if (date < QDate(evaluatedYear + 1, 7, 1))
            return {Treatment::ResultsToSuccessor, 55, true};
    }
    return {Treatment::EvaluatedItself, 0, false};
}

bool successorConductsEvaluation(QDate reorganizationDate, int evaluatedYear)
{
    return reorganizationDate.year() == evaluatedYear + 1 && reorganizationDate.month() <= 6;
}

} // namespace core
