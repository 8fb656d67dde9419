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
/// the other way round (the documents take their sentences from the installed translation).
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
};

/// Printing, print preview and PDF of the printed documents (a conclusion's version, an appeal's
/// decision, the Commission's report) in the chosen document language, through a ReportPrompter
/// so that tests run without the modal dialogs.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
public:
    /// Makes the document's pages; called with the document language's translation installed.
    using Maker = std::function<core::Result<DocumentPages>()>;

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

    /// What came of an output: done, cancelled (no error), or failed with a sentence.
    struct Outcome
    {
        bool done = false;
        QString path; ///< the PDF written
        QString error;
    };

    static Outcome print(QWidget* parent, ReportPrompter& prompter, const Job& job);
    static Outcome preview(QWidget* parent, ReportPrompter& prompter, const Job& job);
    /// Asks where to save the PDF (in `folder` by default), then writes it.
    static Outcome exportPdf(QWidget* parent, ReportPrompter& prompter, const Job& job, const QString& folder);
    /// Writes the PDF to `path` without asking.
    static Outcome writePdf(const Job& job, const QString& path);

    /// A combo box of the document languages, Kazakh and Russian, each named in itself.
    [[nodiscard]] static QComboBox* languageComboBox(core::Language selected);
    /// A "Print" tool button whose menu holds the three actions.
    [[nodiscard]] static QToolButton* printButton(QAction* print, QAction* preview, QAction* pdf);
    /// The texts of the three actions.
    static void retranslate(QAction* print, QAction* preview, QAction* pdf, const QString& what);
};

} // namespace ui
