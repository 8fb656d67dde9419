// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentOutput.h"

#include "core/Database.h"
#include "ui/ErrorText.h"

#include "LongOperation.h"
#include "ReportPrompter.h"

#include "ui/Language.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
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

namespace {

/// Eats the LanguageChange that installing or removing a translator sends to the application,
/// which would pass it on to every window.
class QuietLanguageChange final : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        return watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange;
    }
};

} // namespace

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
        m_quiet = std::make_unique<QuietLanguageChange>();
        QCoreApplication::instance()->installEventFilter(m_quiet.get());
        // The translator installed last is asked first.
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
}

DocumentTranslation::~DocumentTranslation()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_quiet.reset(); // its filter goes with it
    if (m_locale)
        QLocale::setDefault(*m_locale);
}

// --- DocumentOutput -----------------------------------------------------------------------------

namespace {

/// The share of the bar for making the document (the charts of the Commission's report); the
/// painting of the pages has the rest.
constexpr qint64 MakingShare = 20;
constexpr qint64 Whole = 100;

/// The pages of the job, made in its language.
core::Result<DocumentPages> makePages(const DocumentOutput::Job& job, const core::Progress& progress)
{
    const DocumentTranslation translation(job.language, job.interfaceLanguage);
    return job.make(progress);
}

QString notMade(const core::Error& error)
{
    return DocumentOutput::tr("The document could not be made: %1").arg(ErrorText::of(error));
}

DocumentOutput::Outcome cancelledOutcome()
{
    DocumentOutput::Outcome outcome;
    outcome.cancelled = true;
    return outcome;
}

bool isCancelled(const core::Error& error)
{
    return error.code == core::ErrorCode::Cancelled;
}

} // namespace

QString DocumentOutput::cancelledText()
{
    return ErrorText::of(core::Error{core::ErrorCode::Cancelled, {}});
}

DocumentOutput::Outcome DocumentOutput::print(QWidget* parent, ReportPrompter& prompter, const Job& job)
{
    std::optional<DocumentPages> pages;
    {
        LongOperation making(parent, tr("Preparing the document…"));
        auto made = makePages(job, making.progress());
        if (!made)
            return isCancelled(made.error()) ? cancelledOutcome() : Outcome{false, {}, notMade(made.error())};
        pages = std::move(*made);
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentPages::pageLayout(pages->orientation()));
    printer.setDocName(job.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print — %1").arg(job.title));
    if (prompter.exec(dialog) != QDialog::Accepted)
        return {};
    LongOperation printing(parent, tr("Printing…"));
    if (auto printed = pages->render(printer, true, printing.progress()); !printed)
        return isCancelled(printed.error()) ? cancelledOutcome()
                                            : Outcome{false, {}, tr("The document could not be printed.")};
    return {true, {}, {}};
}

DocumentOutput::Outcome DocumentOutput::preview(QWidget* parent, ReportPrompter& prompter, const Job& job)
{
    std::optional<DocumentPages> pages;
    {
        LongOperation making(parent, tr("Preparing the document…"));
        auto made = makePages(job, making.progress());
        if (!made)
            return isCancelled(made.error()) ? cancelledOutcome() : Outcome{false, {}, notMade(made.error())};
        pages = std::move(*made);
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentPages::pageLayout(pages->orientation()));
    printer.setDocName(job.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(job.title));
    const DocumentPages& document = *pages;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &dialog](QPrinter* p) {
        // Cancelling shows the pages painted so far: a preview writes nothing.
        LongOperation painting(&dialog, tr("Preparing the document…"));
        (void)document.render(*p, true, painting.progress());
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
    return writePdf(parent, job, path);
}

DocumentOutput::Outcome DocumentOutput::writePdf(QWidget* parent, const Job& job, const QString& path)
{
    if (job.database && job.database->isOwnFile(path))
        return {false, {}, tr("The PDF file could not be written: %1").arg(tr("that is the open database itself"))};
    LongOperation operation(parent, tr("Writing the PDF…"));
    auto pages = makePages(job, operation.part(0, MakingShare, Whole));
    if (!pages)
        return isCancelled(pages.error()) ? cancelledOutcome() : Outcome{false, {}, notMade(pages.error())};
    if (auto r = pages->writePdf(path, operation.part(MakingShare, Whole, Whole)); !r) {
        if (isCancelled(r.error()))
            return cancelledOutcome();
        return {false,
                {},
                tr("The PDF file could not be written: %1").arg(ErrorText::of(r.error()) + u" "_s + r.error().detail)};
    }
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
