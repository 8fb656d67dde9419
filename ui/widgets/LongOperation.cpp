// SPDX-License-Identifier: GPL-3.0-or-later
#include "LongOperation.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <algorithm>

namespace ui {

namespace {

constexpr qint64 UpdateEveryMs = 50;
constexpr int Scale = 1000; ///< the bar's range: QProgressBar takes int, totals may not fit

LongOperation::Observer& observer()
{
    static LongOperation::Observer instance;
    return instance;
}

} // namespace

LongOperation::LongOperation(QWidget* parent, const QString& label)
    : m_parent(parent)
    , m_label(label)
    // Now: a printed document's translation may be installed when the dialog is made.
    , m_cancelText(QProgressDialog::tr("Cancel"))
{
    m_started.start();
    m_sinceUpdate.start();
}

LongOperation::~LongOperation()
{
    delete m_dialog.data();
}

core::Progress LongOperation::progress()
{
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

core::Progress LongOperation::part(qint64 from, qint64 to, qint64 of)
{
    return [this, from, to, of](qint64 done, qint64 total) {
        if (total <= 0)
            return report(from, of); // the step does not know its amount: the bar waits at its start
        return report(from + (to - from) * std::clamp<qint64>(done, 0, total) / total, of);
    };
}

void LongOperation::setLabel(const QString& label)
{
    m_label = label;
    if (m_dialog)
        m_dialog->setLabelText(label);
}

void LongOperation::setObserver(Observer watch)
{
    observer() = std::move(watch);
}

QProgressDialog* LongOperation::dialog() const
{
    return m_dialog.data();
}

bool LongOperation::cancelled() const
{
    return m_cancelled || (m_dialog && m_dialog->wasCanceled());
}

void LongOperation::cancel()
{
    m_cancelled = true;
    if (m_dialog)
        m_dialog->cancel();
}

bool LongOperation::report(qint64 done, qint64 total)
{
    ++m_reports;
    if (const Observer& watch = observer())
        watch(*this, done, total);
    if (cancelled())
        return false;
    const bool complete = total > 0 && done >= total;
    if (m_sinceUpdate.elapsed() < UpdateEveryMs && !complete)
        return true;
    m_sinceUpdate.restart();
    if (!m_dialog && m_started.elapsed() >= ShowAfterMs) {
        m_dialog = new QProgressDialog(m_label, m_cancelText, 0, Scale, m_parent);
        m_dialog->setObjectName(QStringLiteral("longOperationDialog"));
        // Application modal: nothing else may start in the middle of the operation.
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->show();
    }
    if (m_dialog) {
        if (total > 0) {
            m_dialog->setMaximum(Scale);
            m_dialog->setValue(static_cast<int>(std::clamp<qint64>(done * Scale / total, 0, Scale)));
        } else {
            m_dialog->setMaximum(0); // busy: the amount of work is not known
        }
    }
    // The window stays responsive (repaints, the Cancel button) while the work goes on; before the
    // dialog shows, the user's input waits until the operation is over.
    QCoreApplication::processEvents(m_dialog ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents, 20);
    return !cancelled();
}

} // namespace ui
