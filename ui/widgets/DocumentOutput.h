// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/print/DocumentPages.h"

#include "core/Error.h"
#include "core/Text3.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLocale;
class QObject;
class QToolButton;
class QTranslator;
class QWidget;

namespace core {
class Database;
}

namespace ui {

class ReportPrompter;

/// While it lives, the application's sentences and numbers are in a document's language, when
/// that differs from the interface's: a printed document in Kazakh from a Russian interface, or
/// the other way round (the documents take their sentences from the installed translation). The
/// windows are not told (no LanguageChange): they keep the interface's language, and a long
/// operation that lets them repaint meanwhile does not retranslate them back and forth.
class DocumentTranslation
{
public:
    DocumentTranslation(core::Language document, core::Language interfaceLanguage);
    ~DocumentTranslation();
    DocumentTranslation(const DocumentTranslation&) = delete;
    DocumentTranslation& operator=(const DocumentTranslation&) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QLocale> m_locale; ///< the default locale to restore
    std::unique_ptr<QObject> m_quiet; ///< keeps the translator's LanguageChange from the windows
};

/// Printing, print preview and PDF of the printed documents (a conclusion's version, an appeal's
/// decision, the Commission's report) in the chosen document language, through a ReportPrompter
/// so that tests run without the modal dialogs. Making, printing and writing a document are long
/// operations (LongOperation): a long one shows its progress and can be cancelled, and a cancelled
/// one leaves no file and sends nothing half to a printer.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
public:
    /// Makes the document's pages; called with the document language's translation installed.
    /// `progress` may hear how far it got (Cancelled when it says stop).
    using Maker = std::function<core::Result<DocumentPages>(const core::Progress& progress)>;

    struct Job
    {
        QString title; ///< for the print dialog's and preview's window
        QString fileName; ///< suggested for a PDF, e.g. "conclusion-MOJ-2024-2-v2.pdf"
        core::Language language = core::Language::Russian; ///< the document's
        core::Language interfaceLanguage = core::Language::English;
        Maker make;
        /// The open database: a PDF is never written over it (or its -wal, -shm, -journal files).
        const core::Database* database = nullptr;
    };

    /// What came of an output: done, given up (no error), or failed with a sentence.
    struct Outcome
    {
        bool done = false;
        QString path; ///< the PDF written
        QString error;
        bool cancelled = false; ///< stopped with Cancel while it was being made, printed or written
    };

    static Outcome print(QWidget* parent, ReportPrompter& prompter, const Job& job);
    static Outcome preview(QWidget* parent, ReportPrompter& prompter, const Job& job);
    /// Asks where to save the PDF (in `folder` by default), then writes it.
    static Outcome exportPdf(QWidget* parent, ReportPrompter& prompter, const Job& job, const QString& folder);
    /// Writes the PDF to `path` without asking.
    static Outcome writePdf(QWidget* parent, const Job& job, const QString& path);
    /// "Cancelled. Nothing was changed.", for an outcome that was cancelled.
    [[nodiscard]] static QString cancelledText();

    /// A combo box of the document languages, Kazakh and Russian, each named in itself.
    [[nodiscard]] static QComboBox* languageComboBox(core::Language selected);
    /// A "Print" tool button whose menu holds the three actions.
    [[nodiscard]] static QToolButton* printButton(QAction* print, QAction* preview, QAction* pdf);
    /// The texts of the three actions.
    static void retranslate(QAction* print, QAction* preview, QAction* pdf, const QString& what);
};

} // namespace ui
