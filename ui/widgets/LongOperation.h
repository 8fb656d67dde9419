// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Progress.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

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
class LongOperation
{
public:
    LongOperation(QWidget* parent, const QString& label);
    ~LongOperation();
    LongOperation(const LongOperation&) = delete;
    LongOperation& operator=(const LongOperation&) = delete;

    /// The callback for core: updates the bar (at most every 50 ms, keeping the window responsive)
    /// and answers false once the user pressed Cancel.
    [[nodiscard]] core::Progress progress();
    [[nodiscard]] bool cancelled() const;
    /// Presses Cancel, as the user would (tests).
    void cancel();
    /// The dialog, for tests; null before the operation first reports.
    [[nodiscard]] QProgressDialog* dialog() const { return m_dialog; }

private:
    bool report(qint64 done, qint64 total);

    QPointer<QWidget> m_parent;
    QString m_label;
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_started;
    QElapsedTimer m_sinceUpdate;
    bool m_cancelled = false;
};

} // namespace ui
