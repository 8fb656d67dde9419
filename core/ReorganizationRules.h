// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Registry.h"

namespace core {

/// How §53–55 treat a reorganized or liquidated evaluated body for one evaluated year
/// (the reporting year whose activity is evaluated; the evaluation is held the year after).
enum class Treatment {
    NotApplicable, ///< a rename of the same body: evaluated as itself under its new name
    Continues, ///< the body goes on after a separation of a part or a transfer of functions:
               ///< it is evaluated itself; §53–55 concern only bodies that cease
    BeforeYear, ///< reorganized before the evaluated year: its successors are evaluated instead
    WithinSuccessor, ///< §53: first half of the evaluated year — evaluated within its legal successor,
                     ///< counted in the successor's final score
    AnalysedForSuccessor, ///< §54: second half — its activity is analysed, the results are used in the
                          ///< successor's evaluation as recommendations
    ResultsToSuccessor, ///< §55: the following year, before the reporting deadline — the evaluation
                        ///< results on its functions go to the successor as recommendations
    EvaluatedItself, ///< later in the following year or after: evaluated as itself for that year
};

struct TreatmentResult
{
    Treatment treatment = Treatment::NotApplicable;
    int paragraph = 0; ///< 53, 54 or 55; 0 when no paragraph applies
    bool deadlineUnknown = false; ///< §55 was assumed because the reporting deadline is not set yet
};

/// The treatment of a predecessor of `reorganization` for `evaluatedYear` (a body that is not one
/// of its predecessors gets NotApplicable).
/// `reportingDeadline` is the schedule's deadline for reporting information (§10 item 1) in the
/// year after `evaluatedYear`; when it is null, any date of that year before 1 July is taken as
/// §55 and marked `deadlineUnknown`.
[[nodiscard]] TreatmentResult treatmentFor(const Reorganization& reorganization, qint64 predecessorId,
                                           int evaluatedYear, QDate reportingDeadline = {});

/// §56: an authorized body reorganized in the first half of the year after the evaluated year —
/// its successor conducts the evaluation and writes the conclusion.
[[nodiscard]] bool successorConductsEvaluation(QDate reorganizationDate, int evaluatedYear);

} // namespace core
