// SPDX-License-Identifier: GPL-3.0-or-later
#include "LongOperation.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace ui {

namespace {

constexpr qint64 ShowAfterMs = 400; ///< quicker operations show no dialog at all
constexpr qint64 UpdateEveryMs = 50;
constexpr int Scale = 1000; ///< the bar's range: QProgressBar takes int, totals may not fit

} // namespace

LongOperation::LongOperation(QWidget* parent, const QString& label)
    : m_parent(parent)
    , m_label(label)
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
    if (cancelled())
        return false;
    if (m_sinceUpdate.elapsed() < UpdateEveryMs && done < total)
        return true;
    m_sinceUpdate.restart();
    if (!m_dialog && m_started.elapsed() >= ShowAfterMs) {
        m_dialog = new QProgressDialog(m_label, QProgressDialog::tr("Cancel"), 0, Scale, m_parent);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->show();
    }
    if (m_dialog) {
        if (total > 0) {
            m_dialog->setMaximum(Scale);
            m_dialog->setValue(int(qBound<qint64>(0, done * Scale / total, Scale)));
        } else {
            m_dialog->setMaximum(0); // busy: the amount of work is not known
        }
    }
    // The window stays responsive (repaints, the Cancel button) while the work goes on.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !cancelled();
}

} // namespace ui
