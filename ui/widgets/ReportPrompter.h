// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QDialog;
class QUrl;
class QWidget;

namespace ui {

/// What the Reports area asks the user and the desktop: confirmations, file names, dialogs, opening
/// a file in its viewer. Tests replace it to answer without a window.
class ReportPrompter
{
public:
    virtual ~ReportPrompter() = default;

    /// A question with the action's name on the button; true when the user goes on.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText);
    virtual void inform(QWidget* parent, const QString& title, const QString& text);
    virtual void warn(QWidget* parent, const QString& title, const QString& text);
    /// Files to attach; empty when cancelled.
    virtual QStringList openFiles(QWidget* parent, const QString& title, const QString& filter);
    /// A file to read; empty when cancelled.
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter);
    /// Where to write a file, starting from `suggested`; empty when cancelled.
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    /// A folder to write into (the user may make a new one), starting in `start`; empty when cancelled.
    virtual QString chooseFolder(QWidget* parent, const QString& title, const QString& start);
    /// Runs a dialog; QDialog::Accepted or Rejected.
    virtual int exec(QDialog& dialog);
    /// Opens a file in the program the desktop has for it.
    virtual bool openUrl(const QUrl& url);
};

} // namespace ui
