// SPDX-License-Identifier: GPL-3.0-or-later
// ReportsArea, continued: editing the form, evidence, and the report's steps (submit, export,
// import of a return, return for revision, accept). See ReportsArea.cpp for the rest.
#include "ReportsArea.h"

#include "EvidenceDialog.h"
#include "ReportImportDialog.h"
#include "ReportPrompter.h"
#include "ReportReturnDialog.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/ReportFormModel.h"
#include "ui/models/ReportTableModel.h"

#include "core/MethodologyService.h"
#include "core/Package.h"
#include "core/PackageService.h"
#include "core/ReportService.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString PackageFilter = u"*.bagalau"_s;

} // namespace

// ---------------------------------------------------------------------------------------------
// Editing the form: every change is saved at once, as one undoable command

bool ReportsArea::execute(const QString& text, std::function<core::Result<void>()> redo,
                          std::function<core::Result<void>()> undo)
{
    if (m_sessionGone)
        return false;
    RegistryController& controller = m_session.controller();
    m_ownChange = true;
    const bool ok = controller.execute(text, {{std::move(redo), std::move(undo)}});
    m_ownChange = false;
    if (!ok) {
        showError(controller.lastError() ? ErrorText::of(*controller.lastError()) : tr("The change was refused."));
        refreshSelected();
        return false;
    }
    showError({});
    refreshSelected();
    return true;
}

bool ReportsArea::saveLine(const core::ReportItem& before, const core::ReportItem& after)
{
    if (!m_selected || m_sessionGone)
        return false;
    const core::ReportKey key = *m_selected;
    core::ReportService& reports = m_session.reports();
    return execute(
        tr("Change %1 in the report").arg(after.code),
        [&reports, key, after] { return reports.saveItem(key, after, {}); },
        [&reports, key, before] { return reports.saveItem(key, before, RegistryController::undoReason({})); });
}

bool ReportsArea::setCell(const QString& code, int column, const QVariant& value)
{
    const QModelIndex cell = m_form->cellIndex(code, column);
    if (!cell.isValid() || !(m_form->flags(cell) & Qt::ItemIsEditable))
        return false;
    return m_form->setData(cell, value, Qt::EditRole);
}

bool ReportsArea::setFact(const QString& code, std::optional<double> fact)
{
    const QModelIndex cell = m_form->cellIndex(code, ReportFormModel::Fact);
    const core::ReportItem* item = m_form->item(code);
    if (!cell.isValid() || !item || !(m_form->flags(cell) & Qt::ItemIsEditable))
        return false;
    const core::ReportItem before = *item;
    core::ReportItem after = before;
    after.value.fact = fact;
    return saveLine(before, after);
}

void ReportsArea::onFormActivated(const QModelIndex& index)
{
    if (index.column() == ReportFormModel::Evidence && index.data(ReportFormModel::IsLineRole).toBool())
        showEvidence(index.data(ReportFormModel::CodeRole).toString());
}

// ---------------------------------------------------------------------------------------------
// Evidence

std::optional<qint64> ReportsArea::addEvidence(const QString& code, const QString& filePath)
{
    const core::ReportItem* item = m_form->item(code);
    if (!m_selected || !item || m_sessionGone)
        return std::nullopt;
    QFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (file.size() > core::ReportService::MaxEvidenceBytes) {
        showError(ErrorText::of(core::Error{core::ErrorCode::EvidenceTooLarge, name}));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    // The same content is stored once: attaching it again is no change (and must not be undone).
    const QString hash = core::sha256Hex(content);
    for (const core::EvidenceInfo& e : item->evidence)
        if (e.sha256 == hash) {
            showMessage(tr("%1 is already attached to %2 (as %3).").arg(name, code, e.fileName));
            return e.id;
        }
    const core::ReportKey key = *m_selected;
    core::ReportService& reports = m_session.reports();
    auto id = std::make_shared<qint64>(0);
    const bool ok = execute(
        tr("Attach %1 to %2").arg(name, code),
        [&reports, key, code, name, content, id]() -> core::Result<void> {
            auto added = reports.addEvidence(key, code, name, content, {});
            if (!added)
                return std::unexpected(added.error());
            *id = *added;
            return {};
        },
        [&reports, id] { return reports.removeEvidence(*id, RegistryController::undoReason({})); });
    if (!ok)
        return std::nullopt;
    showMessage(tr("%1 attached to %2. SHA-256: %3").arg(name, code, hash));
    return *id;
}

void ReportsArea::attachEvidenceFiles(const QString& code, QWidget* parent)
{
    const QStringList paths =
        m_prompter->openFiles(parent ? parent : this, tr("Attach Evidence to %1").arg(code), tr("All files (*)"));
    for (const QString& path : paths)
        if (!addEvidence(code, path))
            break;
}

QString ReportsArea::openEvidence(qint64 evidenceId)
{
    if (m_sessionGone)
        return {};
    core::ReportService& reports = m_session.reports();
    auto info = reports.evidenceInfo(evidenceId);
    if (!info) {
        showError(ErrorText::of(info.error()));
        return {};
    }
    auto content = reports.evidenceContent(evidenceId);
    if (!content) {
        showError(ErrorText::of(content.error()));
        return {};
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/bagalau-evidence-XXXXXX"_s);
    const QString folder = m_openedFiles->isValid() ? m_openedFiles->filePath(QString::number(evidenceId)) : QString();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        showError(tr("No temporary folder could be made to open the file."));
        return {};
    }
    const QString path = QDir(folder).filePath(info->fileName);
    QFile::remove(path); // a copy opened before is read-only
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
        showError(tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    file.close();
    // A copy: changing it would not change the evidence stored.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser);
    // Evidence comes from other organisations: only documents and pictures are handed to the desktop
    // to open, never a program or a shortcut.
    static const QStringList documentTypes = {u"pdf"_s,  u"doc"_s, u"docx"_s, u"odt"_s,  u"rtf"_s, u"txt"_s,
                                              u"csv"_s,  u"xls"_s, u"xlsx"_s, u"ods"_s,  u"png"_s, u"jpg"_s,
                                              u"jpeg"_s, u"tif"_s, u"tiff"_s, u"gif"_s,  u"bmp"_s, u"zip"_s,
                                              u"p7s"_s,  u"sig"_s, u"xml"_s,  u"json"_s, u"ppt"_s, u"pptx"_s};
    if (!documentTypes.contains(QFileInfo(info->fileName).suffix().toLower())) {
        showError(tr("%1 is not a document or a picture, so it is not opened here. A copy was saved as %2.")
                      .arg(info->fileName, QDir::toNativeSeparators(path)));
        return path;
    }
    if (!m_prompter->openUrl(QUrl::fromLocalFile(path)))
        showError(tr("No program is set up to open %1. It was saved as %2.")
                      .arg(info->fileName, QDir::toNativeSeparators(path)));
    return path;
}

bool ReportsArea::removeEvidence(qint64 evidenceId)
{
    if (!m_selected || m_sessionGone)
        return false;
    core::ReportService& reports = m_session.reports();
    auto info = reports.evidenceInfo(evidenceId);
    if (!info) {
        showError(ErrorText::of(info.error()));
        return false;
    }
    auto content = reports.evidenceContent(evidenceId);
    if (!content) {
        showError(ErrorText::of(content.error()));
        return false;
    }
    const core::ReportKey key = *m_selected;
    const core::EvidenceInfo removed = *info;
    // Undo attaches the same content again, under a new id.
    auto id = std::make_shared<qint64>(evidenceId);
    return execute(
        tr("Remove %1 from %2").arg(removed.fileName, removed.code),
        [&reports, id] { return reports.removeEvidence(*id, {}); },
        [&reports, key, removed, bytes = *content, id]() -> core::Result<void> {
            auto added =
                reports.addEvidence(key, removed.code, removed.fileName, bytes, RegistryController::undoReason({}));
            if (!added)
                return std::unexpected(added.error());
            *id = *added;
            return {};
        });
}

void ReportsArea::confirmRemoveEvidence(qint64 evidenceId, QWidget* parent)
{
    auto info = m_session.reports().evidenceInfo(evidenceId);
    if (!info) {
        showError(ErrorText::of(info.error()));
        return;
    }
    if (m_prompter->confirm(parent ? parent : this, tr("Remove Evidence"),
                            tr("Remove %1 from %2? Undo attaches it again.").arg(info->fileName, info->code),
                            tr("Remove")))
        removeEvidence(evidenceId);
}

void ReportsArea::showEvidence(const QString& code)
{
    if (!m_form->item(code) || !m_methodology || !m_methodology->indicator(code))
        return;
    EvidenceDialog dialog(*this, code, this);
    m_prompter->exec(dialog);
}

// ---------------------------------------------------------------------------------------------
// The report's steps

void ReportsArea::onSubmitTriggered()
{
    if (!m_selected)
        return;
    QString text = tr("Submit the report of %1 for %2, %3?")
                       .arg(selectedBodyText(), Labels::blockShort(m_selected->block))
                       .arg(m_selected->year);
    text += u"\n\n"_s
            + tr("It is then locked: it can be changed only after the authorized body returns it for "
                 "revision.");
    if (m_session.isWorkstation())
        text += u"\n\n"_s + tr("Then save the report package and hand it over to the authorized body.");
    if (m_prompter->confirm(this, tr("Submit Report"), text, tr("Submit")))
        submitSelected();
}

bool ReportsArea::submitSelected(const QString& reason)
{
    if (!m_selected || m_sessionGone)
        return false;
    const core::ReportKey key = *m_selected;
    // Not on the undo stack: a submitted report is locked until the authorized body returns it.
    if (auto r = m_session.reports().submit(key, reason); !r) {
        showError(ErrorText::of(r.error()));
        refreshSelected();
        return false;
    }
    showError({});
    refreshSelected();
    Q_EMIT reportStateChanged(key.bodyId, key.year, key.block);
    if (m_session.isWorkstation())
        exportPackage();
    else
        showMessage(tr("Submitted: the report is locked until it is accepted or returned for revision."));
    return true;
}

QString ReportsArea::choosePackagePath(const QString& title, const QString& suggestedName)
{
    const QString folder = QFileInfo(m_session.database().path()).absolutePath();
    return m_prompter->saveFile(this, title, QDir(folder).filePath(suggestedName),
                                tr("Bagalau packages (%1)").arg(PackageFilter));
}

bool ReportsArea::writePackage(const QByteArray& bytes, QString path, const QString& title)
{
    // The package exists only here: when it cannot be written, ask for another place.
    while (!path.isEmpty()) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
            showMessage(tr("Package saved: %1").arg(QDir::toNativeSeparators(path)));
            return true;
        }
        m_prompter->warn(this, title,
                         tr("The file %1 could not be written: %2. Choose another place.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        path = m_prompter->saveFile(this, title, path, tr("Bagalau packages (%1)").arg(PackageFilter));
    }
    return false;
}

bool ReportsArea::exportPackage()
{
    if (m_sessionGone)
        return false;
    core::PackageService& packages = m_session.packages();
    auto workstation = packages.workstation();
    if (!workstation || !*workstation) {
        showError(ErrorText::of(workstation ? core::Error{core::ErrorCode::NotAWorkstation, {}} : workstation.error()));
        return false;
    }
    const QString title = tr("Save the Report Package");
    const QString name = u"%1-%2-report-%3.bagalau"_s.arg((*workstation)->bodyCode)
                             .arg((*workstation)->year)
                             .arg((*workstation)->exportedSequence + 1);
    const QString path = choosePackagePath(title, name);
    if (path.isEmpty()) {
        showMessage(tr("The report package was not written. Use Export Report Package… to write it later."));
        return false;
    }
    auto bytes = packages.exportReport({});
    if (!bytes) {
        showError(ErrorText::of(bytes.error()));
        return false;
    }
    showError({});
    updateActions();
    if (writePackage(*bytes, path, title))
        return true;
    showMessage(tr("The report package was not saved. Use Export Report Package… to write it again."));
    return false;
}

void ReportsArea::onExportTriggered()
{
    exportPackage();
}

void ReportsArea::onImportReturnTriggered()
{
    const QString path = m_prompter->openFile(this, tr("Import Return Package"),
                                              tr("Bagalau packages (%1);;All files (*)").arg(PackageFilter));
    if (!path.isEmpty())
        importReturnPackage(path);
}

bool ReportsArea::importReturnPackage(const QString& path)
{
    if (m_sessionGone)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    core::PackageService& packages = m_session.packages();
    auto check = packages.importReturn(bytes, true, {});
    if (!check) {
        showError(ErrorText::of(check.error()));
        return false;
    }
    showError({});

    // The names of the indicators, for the preview.
    std::map<int, core::Methodology> methodologies;
    for (const core::PackageChange& change : check->changes)
        if (!methodologies.contains(change.block))
            if (auto m = m_session.methodologies().inEffect(change.block, check->header.year); m && *m)
                methodologies.emplace(change.block, **m);
    const auto nameOf = [&methodologies, this](int block, const QString& code) {
        const auto it = methodologies.find(block);
        const core::Indicator* indicator = it != methodologies.end() ? it->second.indicator(code) : nullptr;
        return indicator ? indicator->name.in(m_language) : QString();
    };
    const int row = m_table->rowOf(check->header.body, 0);
    const QString body = row >= 0 ? m_table->bodyText(m_table->line(row).body) : check->header.body;
    ReportImportDialog dialog(*check, body, nameOf, this);
    if (m_prompter->exec(dialog) != QDialog::Accepted)
        return false;
    if (check->alreadyImported) {
        showMessage(tr("This package was already imported: nothing changed."));
        return false;
    }
    auto applied = packages.importReturn(bytes, false, {});
    if (!applied) {
        showError(ErrorText::of(applied.error()));
        return false;
    }
    int block = 0;
    for (const core::PackageChange& change : applied->changes)
        if (change.kind == core::PackageChange::Kind::ReportState && block == 0)
            block = change.block;
    reload();
    if (block != 0 && m_session.isWorkstation())
        selectReport(m_session.workstationBodyId(), block);
    if (block != 0)
        Q_EMIT reportStateChanged(applied->bodyId, applied->header.year, block);
    showMessage(tr("The return package was applied: correct the values, answer the remarks and submit again."));
    return true;
}

void ReportsArea::onReturnTriggered()
{
    if (!m_selected)
        return;
    ReportReturnDialog dialog(*m_form, m_title->text(), this);
    if (m_prompter->exec(dialog) == QDialog::Accepted)
        returnSelected(dialog.returnReason(), dialog.remarks());
}

bool ReportsArea::returnSelected(const QString& returnReason, const std::map<QString, QString>& remarks)
{
    if (!m_selected || m_sessionGone)
        return false;
    const QString reason = returnReason.trimmed();
    if (reason.isEmpty()) {
        showError(tr("Give the reason for the return: the body sees it."));
        return false;
    }
    const core::ReportKey key = *m_selected;
    const core::Report before = m_form->report();
    core::PackageService& packages = m_session.packages();
    auto templates = packages.templates(key.year);
    if (!templates) {
        showError(ErrorText::of(templates.error()));
        return false;
    }
    const bool issued = std::any_of(templates->begin(), templates->end(),
                                    [&key](const core::IssuedTemplate& t) { return t.bodyId == key.bodyId; });
    if (issued) {
        // The body works offline: the return travels as a package. Where to write it is asked
        // first, so that a cancel changes nothing.
        const QString title = tr("Save the Return Package");
        const QString path = choosePackagePath(
            title, u"%1-%2-return-%3.bagalau"_s.arg(selectedBodyCode()).arg(key.year).arg(before.revision));
        if (path.isEmpty())
            return false;
        auto bytes = packages.returnPackage(key, reason, remarks, reason);
        if (!bytes) {
            showError(ErrorText::of(bytes.error()));
            return false;
        }
        showError({});
        refreshSelected();
        Q_EMIT reportStateChanged(key.bodyId, key.year, key.block);
        if (!writePackage(*bytes, path, title))
            showError(tr("Returned for revision, but the return package was not saved: the body will not see the "
                         "return until it gets the package."));
        return true;
    }
    core::ReportService& reports = m_session.reports();
    const bool ok = execute(
        tr("Return the report of %1 for revision").arg(selectedBodyCode()),
        [&reports, key, reason, remarks] { return reports.returnForRevision(key, reason, remarks, reason); },
        [&reports, key, before, reason] {
            return reports.restoreState(key, before.state, before.revision, RegistryController::undoReason(reason));
        });
    if (ok) {
        Q_EMIT reportStateChanged(key.bodyId, key.year, key.block);
        showMessage(tr("Returned for revision: the body sees the reason and the remarks."));
    }
    return ok;
}

void ReportsArea::onAcceptTriggered()
{
    if (!m_selected)
        return;
    const QString text = tr("Accept the report of %1 for %2, %3? An accepted report can no longer be changed.")
                             .arg(selectedBodyText(), Labels::blockShort(m_selected->block))
                             .arg(m_selected->year);
    if (m_prompter->confirm(this, tr("Accept Report"), text, tr("Accept")))
        acceptSelected();
}

bool ReportsArea::acceptSelected(const QString& reason)
{
    if (!m_selected || m_sessionGone)
        return false;
    const core::ReportKey key = *m_selected;
    const core::Report before = m_form->report();
    core::ReportService& reports = m_session.reports();
    const bool ok = execute(
        tr("Accept the report of %1").arg(selectedBodyCode()),
        [&reports, key, reason] { return reports.accept(key, reason); },
        [&reports, key, before, reason] {
            return reports.restoreState(key, before.state, before.revision, RegistryController::undoReason(reason));
        });
    if (ok) {
        Q_EMIT reportStateChanged(key.bodyId, key.year, key.block);
        showMessage(tr("Accepted: the report can no longer be changed."));
    }
    return ok;
}

void ReportsArea::setPrompter(std::unique_ptr<ReportPrompter> prompter)
{
    m_prompter = std::move(prompter);
}

} // namespace ui
