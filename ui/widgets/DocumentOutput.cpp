// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentOutput.h"

#include "core/Database.h"
#include "ui/ErrorText.h"

#include "ReportPrompter.h"

#include "ui/Language.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ui {

// --- DocumentTranslation ------------------------------------------------------------------------

DocumentTranslation::DocumentTranslation(core::Language document, core::Language interfaceLanguage)
{
    if (document == interfaceLanguage)
        return;
    m_locale = std::make_unique<QLocale>();
    QLocale::setDefault(Language::localeFor(document));
    if (document == core::Language::English)
        return; // English needs no catalogue (an interface language's one may still answer)
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/bagalau_"_s + core::languageCode(document))) {
        // The translator installed last is asked first.
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
}

DocumentTranslation::~DocumentTranslation()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_locale)
        QLocale::setDefault(*m_locale);
}

// --- DocumentOutput -----------------------------------------------------------------------------

namespace {

/// The pages of the job, made in its language; the error as a sentence when they cannot be.
core::Result<DocumentPages> makePages(const DocumentOutput::Job& job)
{
    const DocumentTranslation translation(job.language, job.interfaceLanguage);
    return job.make();
}

} // namespace

DocumentOutput::Outcome DocumentOutput::print(QWidget* parent, ReportPrompter& prompter, const Job& job)
{
    auto pages = makePages(job);
    if (!pages)
        return {false, {}, tr("The document could not be made: %1").arg(ErrorText::of(pages.error()))};
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentPages::pageLayout(pages->orientation()));
    printer.setDocName(job.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print — %1").arg(job.title));
    if (prompter.exec(dialog) != QDialog::Accepted)
        return {};
    const DocumentTranslation translation(job.language, job.interfaceLanguage);
    if (!pages->render(printer, true))
        return {false, {}, tr("The document could not be printed.")};
    return {true, {}, {}};
}

DocumentOutput::Outcome DocumentOutput::preview(QWidget* parent, ReportPrompter& prompter, const Job& job)
{
    auto pages = makePages(job);
    if (!pages)
        return {false, {}, tr("The document could not be made: %1").arg(ErrorText::of(pages.error()))};
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentPages::pageLayout(pages->orientation()));
    printer.setDocName(job.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(job.title));
    const DocumentPages& document = *pages;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &job](QPrinter* p) {
        const DocumentTranslation translation(job.language, job.interfaceLanguage);
        document.render(*p, true);
    });
    prompter.exec(dialog);
    return {true, {}, {}};
}

DocumentOutput::Outcome DocumentOutput::exportPdf(QWidget* parent, ReportPrompter& prompter, const Job& job,
                                                  const QString& folder)
{
    const QString path = prompter.saveFile(parent, tr("Export PDF — %1").arg(job.title),
                                           QDir(folder).filePath(job.fileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    return writePdf(job, path);
}

DocumentOutput::Outcome DocumentOutput::writePdf(const Job& job, const QString& path)
{
    if (job.database && job.database->isOwnFile(path))
        return {false, {}, tr("The PDF file could not be written: %1").arg(tr("that is the open database itself"))};
    auto pages = makePages(job);
    if (!pages)
        return {false, {}, tr("The document could not be made: %1").arg(ErrorText::of(pages.error()))};
    const DocumentTranslation translation(job.language, job.interfaceLanguage);
    if (auto r = pages->writePdf(path); !r)
        return {false,
                {},
                tr("The PDF file could not be written: %1").arg(ErrorText::of(r.error()) + u" "_s + r.error().detail)};
    return {true, path, {}};
}

QComboBox* DocumentOutput::languageComboBox(core::Language selected)
{
    auto* combo = new QComboBox;
    combo->setObjectName(u"documentLanguageComboBox"_s);
    // Each language is named in itself, as in the Language menu.
    combo->addItem(u"Қазақша"_s, static_cast<int>(core::Language::Kazakh));
    combo->addItem(u"Русский"_s, static_cast<int>(core::Language::Russian));
    combo->setCurrentIndex(combo->findData(static_cast<int>(selected)));
    return combo;
}

QToolButton* DocumentOutput::printButton(QAction* print, QAction* preview, QAction* pdf)
{
    auto* button = new QToolButton;
    auto* menu = new QMenu(button);
    menu->addAction(print);
    menu->addAction(preview);
    menu->addAction(pdf);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setDefaultAction(print);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

void DocumentOutput::retranslate(QAction* print, QAction* preview, QAction* pdf, const QString& what)
{
    print->setText(tr("Print…"));
    print->setToolTip(tr("Print %1").arg(what));
    preview->setText(tr("Print Preview…"));
    preview->setToolTip(tr("Show %1 page by page before printing").arg(what));
    pdf->setText(tr("Export PDF…"));
    pdf->setToolTip(tr("Save %1 as a PDF document").arg(what));
}

} // namespace ui
