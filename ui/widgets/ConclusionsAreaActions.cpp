// SPDX-License-Identifier: GPL-3.0-or-later
// ConclusionsArea, continued: the steps of a conclusion (start, issue, sent, received), its appeals
// (file, decide, remove, documents), the special commissions, and the printed documents. See
// ConclusionsArea.cpp for the rest.
#include "ConclusionsArea.h"

#include "AppealDecisionDialog.h"
#include "AppealFileDialog.h"
#include "ConclusionContentView.h"
#include "ConclusionEditor.h"
#include "ConclusionTexts.h"
#include "DateDialog.h"
#include "DocumentOutput.h"
#include "ReportPrompter.h"
#include "SpecialCommissionDialog.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/Session.h"
#include "ui/models/AppealTableModel.h"
#include "ui/models/ConclusionTableModel.h"
#include "ui/print/AppealDocument.h"
#include "ui/print/ConclusionDocument.h"

#include "core/AppealService.h"
#include "core/ConclusionService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

enum Output { PrintOutput, PreviewOutput, PdfOutput };

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Starting, issuing, sending, receiving

std::optional<int> ConclusionsArea::startConclusions(const QString& reason)
{
    const int block = m_block->currentData().toInt();
    auto made = m_session.conclusions().createAll(year(), block > 0 ? std::optional<int>(block) : std::nullopt, reason);
    if (!made) {
        showError(ConclusionTexts::error(made.error(), m_language));
        return std::nullopt;
    }
    showError({});
    showMessage(*made == 0 ? tr("Every body in scope already has its conclusions for %1.").arg(year())
                           : tr("%n conclusion(s) started for %1.", nullptr, *made).arg(year()));
    reload();
    Q_EMIT conclusionsChanged(year());
    return *made;
}

void ConclusionsArea::onStartTriggered()
{
    const int block = m_block->currentData().toInt();
    const QString which = block > 0 ? Labels::block(block) : tr("all blocks");
    if (m_prompter->confirm(this, tr("Start Conclusions"),
                            tr("Start the missing conclusions of %1 (%2) for every body in scope? Each is written by "
                               "the authorized body that evaluates the block.")
                                .arg(year())
                                .arg(which),
                            tr("Start")))
        startConclusions();
}

std::optional<qint64> ConclusionsArea::issueVersion(const QString& versionReason, const QString& reason)
{
    if (!m_selected || m_sessionGone)
        return std::nullopt;
    if (m_editor->isModified() && !m_editor->save(reason))
        return std::nullopt;
    auto id = m_session.conclusions().issue(m_selected->id, versionReason.trimmed(), reason);
    if (!id) {
        showError(ConclusionTexts::error(id.error(), m_language));
        return std::nullopt;
    }
    showError({});
    afterStep();
    showMessage(tr("Version %1 issued. Mark it sent when it leaves, and received when the body has it.")
                    .arg(m_selected ? m_selected->versions : 1));
    return *id;
}

void ConclusionsArea::onIssueTriggered()
{
    if (!m_selected)
        return;
    if (m_selected->versions == 0) {
        if (m_prompter->confirm(this, tr("Issue Version"),
                                tr("Issue version 1 of the conclusion on %1? It is frozen as it is issued: later "
                                   "changes make a new version.")
                                    .arg(subject()),
                                tr("Issue")))
            issueVersion({});
        return;
    }
    // A correction says why it was made.
    QDialog dialog(this);
    dialog.setObjectName(u"versionReasonDialog"_s);
    dialog.setWindowTitle(tr("Issue Version %1").arg(m_selected->versions + 1));
    auto* text = new QLabel(tr("Version %1 of the conclusion on %2 replaces version %3, which stays readable. Why is "
                               "it made?")
                                .arg(m_selected->versions + 1)
                                .arg(subject())
                                .arg(m_selected->versions),
                            &dialog);
    text->setWordWrap(true);
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(u"versionReasonLineEdit"_s);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(u"color: #b3261e;"_s);
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    form->addRow(tr("Reason for the new version:"), reason);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, dialog.sizeHint().height());
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (reason->text().trimmed().isEmpty()) {
            error->setText(tr("Give the reason: a version after the first says why it was made."));
            error->show();
            continue;
        }
        if (issueVersion(reason->text()))
            return;
        error->setText(m_error->text());
        error->show();
    }
}

bool ConclusionsArea::markSent(QDate date, const QString& reason)
{
    if (!m_selected || m_sessionGone)
        return false;
    if (auto r = m_session.conclusions().markSent(m_selected->id, date, reason); !r) {
        showError(ConclusionTexts::error(r.error(), m_language));
        return false;
    }
    showError({});
    afterStep();
    showMessage(tr("Sent on %1.").arg(ConclusionTexts::date(date, m_language)));
    return true;
}

bool ConclusionsArea::markReceived(QDate date, const QString& reason)
{
    if (!m_selected || m_sessionGone)
        return false;
    if (auto r = m_session.conclusions().markReceived(m_selected->id, date, reason); !r) {
        showError(ConclusionTexts::error(r.error(), m_language));
        return false;
    }
    showError({});
    afterStep();
    showMessage(tr("Received on %1: the body may object until %2 (§57).")
                    .arg(ConclusionTexts::date(date, m_language),
                         m_selected ? ConclusionTexts::date(m_selected->appealDeadline, m_language) : QString()));
    return true;
}

void ConclusionsArea::onSentTriggered()
{
    if (!m_selected)
        return;
    DateDialog dialog(tr("Mark Sent"),
                      tr("When was version %1 of the conclusion on %2 sent to the evaluated body (§46)?")
                          .arg(m_selected->versions)
                          .arg(subject()),
                      m_selected->sentOn, m_language, this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (markSent(dialog.date(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

void ConclusionsArea::onReceivedTriggered()
{
    if (!m_selected)
        return;
    DateDialog dialog(tr("Mark Received"),
                      tr("When did the body receive the conclusion on %1? The objection term — 5 working days — "
                         "starts then (§57).")
                          .arg(subject()),
                      QDate::currentDate(), m_language, this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (markReceived(dialog.date(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

// ---------------------------------------------------------------------------------------------
// Appeals

void ConclusionsArea::updateAppeals()
{
    const std::optional<qint64> current = selectedAppealId();
    if (!m_selected || m_sessionGone) {
        m_appeals->clear();
        updateAppealDetails();
        return;
    }
    auto appeals = m_session.appeals().forConclusion(m_selected->id);
    if (!appeals) {
        showError(ErrorText::of(appeals.error()));
        m_appeals->clear();
    } else {
        m_appeals->setAppeals(std::move(*appeals));
    }
    const int row = current ? m_appeals->rowOf(*current) : (m_appeals->rowCount() > 0 ? 0 : -1);
    if (row >= 0)
        m_appealView->selectionModel()->setCurrentIndex(m_appeals->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                      | QItemSelectionModel::Rows);
    updateAppealDetails();
}

bool ConclusionsArea::selectAppeal(qint64 appealId)
{
    const int row = m_appeals->rowOf(appealId);
    if (row < 0)
        return false;
    m_appealView->selectionModel()->setCurrentIndex(m_appeals->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

std::optional<qint64> ConclusionsArea::selectedAppealId() const
{
    const QModelIndex current = m_appealView->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_appeals->rowCount())
        return std::nullopt;
    return m_appeals->appeal(current.row()).id;
}

void ConclusionsArea::updateAppealDetails()
{
    const std::optional<qint64> id = selectedAppealId();
    const int row = id ? m_appeals->rowOf(*id) : -1;
    if (row < 0) {
        m_appealDetails->setText(m_selected && m_appeals->rowCount() == 0
                                     ? tr("No objection has been filed against this conclusion.")
                                     : QString());
        return;
    }
    const core::Appeal& a = m_appeals->appeal(row);
    QString html = u"<p>"_s
                   + tr("%1 filed on %2 (the last day was %3).")
                         .arg(ConclusionTexts::appealKind(a.kind), ConclusionTexts::date(a.filedOn, m_language),
                              ConclusionTexts::date(a.fileBy, m_language))
                         .toHtmlEscaped();
    if (!a.text.isEmpty())
        html += u"<br>"_s + a.text.toHtmlEscaped();
    html += u"</p><ul>"_s;
    for (const core::AppealItem& item : a.items) {
        html += u"<li><b>"_s + item.code.toHtmlEscaped() + u"</b>: "_s + item.argument.toHtmlEscaped();
        if (item.requestedFact)
            html += u" — "_s + tr("requested fact %1").arg(Language::formatNumber(*item.requestedFact)).toHtmlEscaped();
        if (item.accepted) {
            html += u"<br><i>"_s + (*item.accepted ? tr("Accepted") : tr("Rejected")).toHtmlEscaped() + u"</i>"_s;
            if (!item.reason.isEmpty())
                html += u": "_s + item.reason.toHtmlEscaped();
            if (*item.accepted)
                html += u" — "_s
                        + tr("fact %1 → %2")
                              .arg(item.oldFact ? Language::formatNumber(*item.oldFact) : tr("no data"),
                                   item.newFact ? Language::formatNumber(*item.newFact) : tr("no data"))
                              .toHtmlEscaped();
        }
        html += u"</li>"_s;
    }
    html += u"</ul><p>"_s;
    if (a.status == core::AppealStatus::Pending) {
        if (a.decideBy.isValid())
            html += tr("Pending: the decision is due by %1 (15 calendar days, §60).")
                        .arg(ConclusionTexts::date(a.decideBy, m_language))
                        .toHtmlEscaped();
        else
            html += tr("Pending: the Commission's working body re-checks it (§62).").toHtmlEscaped();
    } else {
        html += tr("%1 on %2.")
                    .arg(ConclusionTexts::appealStatus(a.status), ConclusionTexts::date(a.decidedOn, m_language))
                    .toHtmlEscaped();
        if (a.decidedLate())
            html += u" <span style=\"color:#b3261e\">"_s
                    + tr("Late: the 15 days ended on %1.")
                          .arg(ConclusionTexts::date(a.decideBy, m_language))
                          .toHtmlEscaped()
                    + u"</span>"_s;
        const QString reason = a.decisionReason.in(m_language);
        if (!reason.isEmpty())
            html += u"<br>"_s + reason.toHtmlEscaped();
    }
    html += u"</p><p>"_s
            + tr("%n supporting document(s).", nullptr, static_cast<int>(a.documents.size())).toHtmlEscaped()
            + u"</p>"_s;
    m_appealDetails->setText(html);
}

std::vector<core::ConclusionLine> ConclusionsArea::latestLines() const
{
    if (!m_selected)
        return {};
    auto latest = m_session.conclusions().latest(m_selected->id);
    return latest ? latest->content.lines : std::vector<core::ConclusionLine>{};
}

std::optional<qint64> ConclusionsArea::fileAppeal(const core::NewAppeal& appeal, const QString& reason)
{
    if (m_sessionGone)
        return std::nullopt;
    auto id = m_session.appeals().file(appeal, reason);
    if (!id) {
        showError(ConclusionTexts::error(id.error(), m_language));
        return std::nullopt;
    }
    showError({});
    afterStep();
    selectAppeal(*id);
    m_editor->tabs()->setCurrentIndex(AppealsTab);
    showMessage(appeal.kind == core::AppealKind::Objection
                    ? tr("Objection recorded: the decision is due within 15 calendar days (§60).")
                    : tr("Complaint recorded: the Commission's working body re-checks it (§62)."));
    return *id;
}

void ConclusionsArea::onFileAppealTriggered()
{
    if (!m_selected)
        return;
    core::AppealService& appeals = m_session.appeals();
    auto objection = appeals.objectionTerm(m_selected->id);
    auto complaint = appeals.complaintTerm(m_selected->id);
    AppealFileDialog dialog(
        *m_selected, subject(), latestLines(), objection ? *objection : AppealFileDialog::Term{},
        complaint ? *complaint : AppealFileDialog::Term{}, m_language,
        [this] { return m_prompter->openFiles(this, tr("Attach Supporting Documents"), tr("All files (*)")); }, this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (fileAppeal(dialog.appeal(), dialog.reason()))
            return;
        dialog.showError(m_error->text()); // the refusal, where the user is looking
    }
}

QString ConclusionsArea::commissionNote(const core::Appeal& appeal) const
{
    if (appeal.kind == core::AppealKind::Complaint)
        return tr("A complaint is re-checked by the Commission's working body (§62).");
    if (!appeal.authorId)
        return {};
    auto pa = m_session.registry().repository().roleHolder(core::Role::PA, QDate(appeal.year + 1, 1, 15));
    if (pa && *pa && **pa == *appeal.authorId)
        return tr("The Presidential Administration decides without a special commission (§59).");
    auto commission = m_session.appeals().commission(*appeal.authorId, appeal.year);
    if (!commission || !*commission)
        return tr("%1 has no special commission for %2: form it with Special Commissions… before deciding (§59).")
            .arg(m_table->bodyText(*appeal.authorId))
            .arg(appeal.year);
    QStringList names;
    for (const core::CommissionMember& m : (*commission)->members)
        names << m.name;
    return tr("Considered by the special commission of %1 formed on %2: %3.")
        .arg(m_table->bodyText(*appeal.authorId), ConclusionTexts::date((*commission)->formedOn, m_language),
             names.join(u", "_s));
}

bool ConclusionsArea::decideAppeal(qint64 appealId, const std::vector<core::ItemDecision>& decisions,
                                   const core::Text3& decisionReason, QDate decidedOn, const QString& reason)
{
    if (m_sessionGone)
        return false;
    core::AppealService& appeals = m_session.appeals();
    if (auto r = appeals.decide(appealId, decisions, decisionReason, decidedOn, reason); !r) {
        showError(ConclusionTexts::error(r.error(), m_language));
        return false;
    }
    showError({});
    afterStep();
    selectAppeal(appealId);
    auto decided = appeals.appeal(appealId);
    if (decided && decided->status == core::AppealStatus::Accepted)
        showMessage(tr("Accepted: the facts were corrected and version %1 of the conclusion was issued (§61).")
                        .arg(m_selected ? m_selected->versions : 0));
    else
        showMessage(tr("Rejected: the conclusion stays as it is."));
    if (decided && decided->decidedLate())
        showMessage(m_message->text() + u' '
                    + tr("The decision was late: the 15 days ended on %1.")
                          .arg(ConclusionTexts::date(decided->decideBy, m_language)));
    return true;
}

void ConclusionsArea::onDecideTriggered()
{
    const std::optional<qint64> id = selectedAppealId();
    if (!id || !m_selected)
        return;
    const core::Appeal appeal = m_appeals->appeal(m_appeals->rowOf(*id));
    auto version = m_session.conclusions().version(appeal.versionId);
    const std::vector<core::ConclusionLine> lines = version ? version->content.lines : latestLines();
    AppealDecisionDialog dialog(appeal, subject(), lines, commissionNote(appeal), m_language, this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (decideAppeal(appeal.id, dialog.decisions(), dialog.decisionReason(), dialog.decidedOn(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

bool ConclusionsArea::removeAppeal(qint64 appealId, const QString& reason)
{
    if (auto r = m_session.appeals().remove(appealId, reason); !r) {
        showError(ConclusionTexts::error(r.error(), m_language));
        return false;
    }
    showError({});
    afterStep();
    showMessage(tr("The appeal was removed."));
    return true;
}

void ConclusionsArea::onRemoveAppealTriggered()
{
    if (const std::optional<qint64> id = selectedAppealId();
        id
        && m_prompter->confirm(this, tr("Remove Appeal"),
                               tr("Remove the selected appeal, entered by mistake? Its documents go with it."),
                               tr("Remove")))
        removeAppeal(*id);
}

void ConclusionsArea::fillDocumentsMenu()
{
    QMenu* menu = m_documentsButton->menu();
    menu->clear();
    const std::optional<qint64> id = selectedAppealId();
    const int row = id ? m_appeals->rowOf(*id) : -1;
    if (row < 0)
        return;
    for (const core::AppealDocument& d : m_appeals->appeal(row).documents) {
        QAction* open = menu->addAction(d.name + u"  ("_s + QLocale().formattedDataSize(d.size) + u')');
        open->setToolTip(u"SHA-256: "_s + d.sha256);
        connect(open, &QAction::triggered, this, [this, docId = d.id] { openAppealDocument(docId); });
    }
}

QString ConclusionsArea::openAppealDocument(qint64 documentId)
{
    QString name;
    for (const core::Appeal& a : m_appeals->appeals())
        for (const core::AppealDocument& d : a.documents)
            if (d.id == documentId)
                name = d.name;
    auto content = m_session.appeals().documentContent(documentId);
    if (!content) {
        showError(ConclusionTexts::error(content.error(), m_language));
        return {};
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/bagalau-appeal-XXXXXX"_s);
    const QString folder = m_openedFiles->isValid() ? m_openedFiles->filePath(QString::number(documentId)) : QString();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        showError(tr("No temporary folder could be made to open the file."));
        return {};
    }
    const QString path =
        QDir(folder).filePath(name.isEmpty() ? QString::number(documentId) : QFileInfo(name).fileName());
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
        showError(tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser);
    // Documents come from other organisations: only documents and pictures are handed to the desktop.
    static const QStringList documentTypes = {u"pdf"_s,  u"doc"_s, u"docx"_s, u"odt"_s, u"rtf"_s, u"txt"_s,
                                              u"csv"_s,  u"xls"_s, u"xlsx"_s, u"ods"_s, u"png"_s, u"jpg"_s,
                                              u"jpeg"_s, u"tif"_s, u"tiff"_s, u"p7s"_s, u"sig"_s, u"xml"_s};
    if (!documentTypes.contains(QFileInfo(path).suffix().toLower())) {
        showError(tr("%1 is not a document or a picture, so it is not opened here. A copy was saved as %2.")
                      .arg(name, QDir::toNativeSeparators(path)));
        return path;
    }
    if (!m_prompter->openUrl(QUrl::fromLocalFile(path)))
        showError(tr("No program is set up to open %1. It was saved as %2.").arg(name, QDir::toNativeSeparators(path)));
    return path;
}

// ---------------------------------------------------------------------------------------------
// Special commissions (§59)

bool ConclusionsArea::setSpecialCommission(qint64 authorityId, QDate formedOn,
                                           const std::vector<core::CommissionMember>& members, const QString& reason)
{
    if (auto r = m_session.appeals().setCommission(authorityId, year(), formedOn, members, reason); !r) {
        showError(ConclusionTexts::error(r.error(), m_language));
        return false;
    }
    showError({});
    showMessage(
        tr("The special commission of %1 for %2 is recorded (%n member(s)).", nullptr, static_cast<int>(members.size()))
            .arg(m_table->bodyText(authorityId))
            .arg(year()));
    updateAppealDetails();
    return true;
}

void ConclusionsArea::onCommissionTriggered()
{
    auto all = m_session.conclusions().conclusions(year());
    auto commissions = m_session.appeals().commissions(year());
    if (!all || !commissions) {
        showError(ErrorText::of(!all ? all.error() : commissions.error()));
        return;
    }
    std::map<qint64, std::set<QString>> participants;
    for (const core::Conclusion& c : *all)
        if (c.authorId)
            participants[*c.authorId].insert(c.participants.begin(), c.participants.end());
    auto pa = m_session.registry().repository().roleHolder(core::Role::PA, QDate(year() + 1, 1, 15));
    std::vector<SpecialCommissionDialog::Authority> authorities;
    for (const auto& [id, names] : participants) {
        SpecialCommissionDialog::Authority a;
        a.id = id;
        a.text = m_table->bodyText(id);
        a.pa = pa && *pa && **pa == id;
        for (const QString& n : names)
            a.participants << n;
        for (const core::SpecialCommission& s : *commissions)
            if (s.authorityId == id)
                a.commission = s;
        authorities.push_back(std::move(a));
    }
    std::vector<SpecialCommissionDialog::Organization> organizations;
    for (const auto& [id, body] : m_table->bodies())
        organizations.push_back({id, m_table->bodyText(id)});
    SpecialCommissionDialog dialog(year(), std::move(authorities), std::move(organizations), m_language, this);
    if (m_selected && m_selected->authorId)
        dialog.setAuthority(*m_selected->authorId);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (setSpecialCommission(dialog.authorityId(), dialog.formedOn(), dialog.members(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

// ---------------------------------------------------------------------------------------------
// Versions and printed documents

void ConclusionsArea::onOpenVersionTriggered()
{
    const std::optional<qint64> id = selectedVersionId();
    if (!id)
        return;
    auto version = m_session.conclusions().version(*id);
    if (!version) {
        showError(ErrorText::of(version.error()));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"versionDialog"_s);
    dialog.setWindowTitle(tr("Version %1 — %2").arg(version->version).arg(subject()));
    auto* view = new ConclusionContentView(&dialog);
    view->setNote(
        tr("Version %1, issued on %2 by %3. Read-only: as it was issued.")
            .arg(version->version)
            .arg(QLocale().toString(version->issuedAt.toLocalTime(), QLocale::ShortFormat), version->issuedBy));
    view->setContent(version->content, m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(1000, 700);
    m_prompter->exec(dialog);
}

void ConclusionsArea::outputVersion(int how)
{
    const std::optional<qint64> id = selectedVersionId();
    if (!id)
        return;
    auto version = m_session.conclusions().version(*id);
    if (!version) {
        showError(ErrorText::of(version.error()));
        return;
    }
    const core::Language language = documentLanguage();
    DocumentOutput::Job job;
    job.database = &m_session.database();
    job.title = tr("Conclusion on %1, version %2").arg(subject()).arg(version->version);
    job.fileName = u"conclusion-%1-%2-%3-v%4.pdf"_s.arg(version->content.bodyCode)
                       .arg(version->content.year)
                       .arg(version->content.block)
                       .arg(version->version);
    job.language = language;
    job.interfaceLanguage = m_language;
    job.make = [v = *version, language](const core::Progress&) -> core::Result<DocumentPages> {
        return ConclusionDocument(v, language).pages();
    };
    DocumentOutput::Outcome outcome;
    if (how == PrintOutput)
        outcome = DocumentOutput::print(this, *m_prompter, job);
    else if (how == PreviewOutput)
        outcome = DocumentOutput::preview(this, *m_prompter, job);
    else
        outcome = DocumentOutput::exportPdf(this, *m_prompter, job, documentsFolder());
    if (!outcome.error.isEmpty())
        showError(outcome.error);
    else if (outcome.cancelled)
        showMessage(DocumentOutput::cancelledText());
    else if (!outcome.path.isEmpty())
        showMessage(tr("PDF saved: %1").arg(QDir::toNativeSeparators(outcome.path)));
}

bool ConclusionsArea::writeVersionPdf(qint64 versionId, const QString& path)
{
    auto version = m_session.conclusions().version(versionId);
    if (!version) {
        showError(ErrorText::of(version.error()));
        return false;
    }
    const core::Language language = documentLanguage();
    DocumentOutput::Job job;
    job.database = &m_session.database();
    job.language = language;
    job.interfaceLanguage = m_language;
    job.make = [v = *version, language](const core::Progress&) -> core::Result<DocumentPages> {
        return ConclusionDocument(v, language).pages();
    };
    const DocumentOutput::Outcome outcome = DocumentOutput::writePdf(this, job, path);
    if (!outcome.error.isEmpty())
        showError(outcome.error);
    else if (outcome.cancelled)
        showMessage(DocumentOutput::cancelledText());
    return outcome.done;
}

namespace {

DocumentOutput::Job appealJob(Session& session, qint64 appealId, core::Language language,
                              core::Language interfaceLanguage)
{
    DocumentOutput::Job job;
    job.database = &session.database();
    job.language = language;
    job.interfaceLanguage = interfaceLanguage;
    job.make = [&session, appealId, language](const core::Progress&) -> core::Result<DocumentPages> {
        auto document = AppealDocument::load(appealId, session.appeals(), session.conclusions(),
                                             session.registry().repository(), language);
        if (!document)
            return std::unexpected(document.error());
        return document->pages();
    };
    return job;
}

} // namespace

void ConclusionsArea::outputAppeal(int how)
{
    const std::optional<qint64> id = selectedAppealId();
    if (!id)
        return;
    const core::Appeal& appeal = m_appeals->appeal(m_appeals->rowOf(*id));
    DocumentOutput::Job job = appealJob(m_session, *id, documentLanguage(), m_language);
    job.title = tr("Decision: %1, %2").arg(ConclusionTexts::appealKind(appeal.kind), subject());
    job.fileName = u"decision-%1-%2-%3-%4.pdf"_s.arg(appeal.bodyCode).arg(appeal.year).arg(appeal.block).arg(appeal.id);
    DocumentOutput::Outcome outcome;
    if (how == PrintOutput)
        outcome = DocumentOutput::print(this, *m_prompter, job);
    else if (how == PreviewOutput)
        outcome = DocumentOutput::preview(this, *m_prompter, job);
    else
        outcome = DocumentOutput::exportPdf(this, *m_prompter, job, documentsFolder());
    if (!outcome.error.isEmpty())
        showError(outcome.error);
    else if (outcome.cancelled)
        showMessage(DocumentOutput::cancelledText());
    else if (!outcome.path.isEmpty())
        showMessage(tr("PDF saved: %1").arg(QDir::toNativeSeparators(outcome.path)));
}

bool ConclusionsArea::writeAppealPdf(qint64 appealId, const QString& path)
{
    const DocumentOutput::Outcome outcome =
        DocumentOutput::writePdf(this, appealJob(m_session, appealId, documentLanguage(), m_language), path);
    if (!outcome.error.isEmpty())
        showError(outcome.error);
    else if (outcome.cancelled)
        showMessage(DocumentOutput::cancelledText());
    return outcome.done;
}

} // namespace ui
