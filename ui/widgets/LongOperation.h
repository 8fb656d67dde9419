// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Progress.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace ui {

/// The progress of a long operation (an import, scoring a year, printing, publishing, a backup) run
/// on the GUI thread: a modal dialog with a bar and Cancel, shown only when the work takes longer
/// than a moment. Hand progress() to the core operation; Cancel makes it return false, and the
/// operation rolls back and fails with ErrorCode::Cancelled, so nothing is left half-done.
///
///     LongOperation operation(this, tr("Importing the package…"));
///     auto imported = packages.importReport(bytes, false, reason, operation.progress());
///
/// While the work goes on the window repaints; until the dialog shows, the user's clicks and keys
/// wait (nothing else may start in the middle of the operation), and once it shows it is
/// application modal: only Cancel answers.
class LongOperation
{
public:
    /// How long an operation may take before the dialog shows, in milliseconds.
    static constexpr qint64 ShowAfterMs = 400;

    LongOperation(QWidget* parent, const QString& label);
    ~LongOperation();
    LongOperation(const LongOperation&) = delete;
    LongOperation& operator=(const LongOperation&) = delete;

    /// The callback for core: updates the bar (at most every 50 ms, keeping the window responsive)
    /// and answers false once the user pressed Cancel.
    [[nodiscard]] core::Progress progress();
    /// A part of the operation, for work done in steps: the step's own `done` of `total` fills
    /// the share [from, to) of the bar's `of` (e.g. making the charts 0–20 of 100, writing the pages
    /// 20–100).
    [[nodiscard]] core::Progress part(qint64 from, qint64 to, qint64 of);
    /// What the dialog says, for an operation in several steps ("Writing the pages…").
    void setLabel(const QString& label);
    [[nodiscard]] bool cancelled() const;
    /// Presses Cancel, as the user would (tests).
    void cancel();
    /// The dialog, for tests; null until the operation has taken ShowAfterMs.
    [[nodiscard]] QProgressDialog* dialog() const;
    /// How many times the operation reported (tests).
    [[nodiscard]] qint64 reports() const { return m_reports; }

    /// Called with every report of every LongOperation before it is answered, for tests: it may
    /// cancel() the operation (a user pressing Cancel midway) or look at the dialog. Empty: none.
    using Observer = std::function<void(LongOperation& operation, qint64 done, qint64 total)>;
    static void setObserver(Observer watch);

private:
    bool report(qint64 done, qint64 total);

    QPointer<QWidget> m_parent;
    QString m_label;
    QString m_cancelText; ///< translated when the operation starts, in the interface's language
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_started;
    QElapsedTimer m_sinceUpdate;
    qint64 m_reports = 0;
    bool m_cancelled = false;
};

} // namespace ui
