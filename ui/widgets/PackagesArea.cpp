// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackagesArea.h"

#include "Appearance.h"
#include "LongOperation.h"
#include "PackageIssueDialog.h"
#include "PackagePreviewDialog.h"
#include "PackageTexts.h"
#include "ReportPrompter.h"

#include "ui/ErrorText.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/PackageHistoryModel.h"
#include "ui/models/PackageTemplateModel.h"

#include "core/Database.h"
#include "core/MethodologyService.h"
#include "core/Package.h"
#include "core/PackageService.h"
#include "core/Signing.h"

#include <QAction>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int AllYears = 2009; ///< the year spin box's "All years"

const QString ErrorStyle = u"QLabel { background: #fde2e1; color: #8c1d18; padding: 6px; border-radius: 4px; }"_s;
const QString MessageStyle = u"QLabel { background: #e6f4ea; color: #0d3d1f; padding: 6px; border-radius: 4px; }"_s;

QTableView* packageTable(QSortFilterProxyModel* proxy, const QString& name)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QLabel* sectionTitle()
{
    QLabel* label = wrappingLabel();
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

core::Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(core::Error{core::ErrorCode::FileUnreadable, path + u": "_s + file.errorString()});
    return {};
}

core::Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(core::Error{core::ErrorCode::FileUnreadable, path + u": "_s + file.errorString()});
    return file.readAll();
}

} // namespace

PackagesArea::PackagesArea(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(std::make_unique<ReportPrompter>())
    , m_templates(new PackageTemplateModel(session, this))
    , m_history(new PackageHistoryModel(session, this))
    , m_templatesProxy(new QSortFilterProxyModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
    , m_issueTemplate(new QAction(QIcon(u":/icons/add.svg"_s), QString(), this))
    , m_import(new QAction(QIcon(u":/icons/open.svg"_s), QString(), this))
    , m_saveCopy(new QAction(this))
    , m_issueButton(new QToolButton)
    , m_importButton(new QToolButton)
    , m_saveCopyButton(new QToolButton)
    , m_yearLabel(new QLabel)
    , m_year(new QSpinBox)
    , m_error(wrappingLabel())
    , m_message(wrappingLabel())
    , m_templatesTitle(sectionTitle())
    , m_templatesNote(wrappingLabel())
    , m_templatesView(nullptr)
    , m_historyTitle(sectionTitle())
    , m_historyNote(wrappingLabel())
    , m_historyView(nullptr)
    , m_footer(wrappingLabel())
{
    m_issueTemplate->setObjectName(u"issueTemplateAction"_s);
    m_import->setObjectName(u"importPackageAction"_s);
    m_saveCopy->setObjectName(u"saveCopyAction"_s);
    for (auto [button, action] : {std::pair{m_issueButton, m_issueTemplate}, std::pair{m_importButton, m_import},
                                  std::pair{m_saveCopyButton, m_saveCopy}}) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(AllYears, 2099);
    m_year->setValue(AllYears);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(ErrorStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setStyleSheet(MessageStyle);
    m_message->hide();
    makeSecondary(m_templatesNote);
    makeSecondary(m_historyNote);
    m_footer->setObjectName(u"footerLabel"_s);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    makeSecondary(m_footer);

    m_templatesProxy->setSourceModel(m_templates);
    m_templatesProxy->setSortRole(PackageTemplateModel::SortRole);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(PackageHistoryModel::SortRole);
    m_templatesView = packageTable(m_templatesProxy, u"templatesTableView"_s);
    m_templatesView->sortByColumn(PackageTemplateModel::IssuedAt, Qt::DescendingOrder);
    m_templatesView->horizontalHeader()->setSectionResizeMode(PackageTemplateModel::Body, QHeaderView::Stretch);
    m_historyView = packageTable(m_historyProxy, u"historyTableView"_s);
    m_historyView->sortByColumn(PackageHistoryModel::Number, Qt::DescendingOrder);
    m_historyView->horizontalHeader()->setSectionResizeMode(PackageHistoryModel::Body, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_issueButton);
    top->addWidget(m_importButton);
    top->addSpacing(16);
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addStretch();

    auto* templatesPage = new QWidget;
    auto* templatesLayout = new QVBoxLayout(templatesPage);
    templatesLayout->setContentsMargins(0, 0, 0, 0);
    templatesLayout->addWidget(m_templatesTitle);
    templatesLayout->addWidget(m_templatesNote);
    templatesLayout->addWidget(m_templatesView, 1);
    auto* historyPage = new QWidget;
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyTop = new QHBoxLayout;
    historyTop->addWidget(m_historyTitle, 1);
    historyTop->addWidget(m_saveCopyButton);
    historyLayout->addLayout(historyTop);
    historyLayout->addWidget(m_historyNote);
    historyLayout->addWidget(m_historyView, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(templatesPage);
    splitter->addWidget(historyPage);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_footer);

    connect(m_issueTemplate, &QAction::triggered, this, &PackagesArea::onIssueTemplateTriggered);
    connect(m_import, &QAction::triggered, this, &PackagesArea::onImportTriggered);
    connect(m_saveCopy, &QAction::triggered, this, &PackagesArea::onSaveCopyTriggered);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
    connect(m_historyView, &QTableView::doubleClicked, this, [this] { onSaveCopyTriggered(); });
    connect(&m_session.controller(), &RegistryController::registryChanged, this, [this] { reload(); });

    retranslate();
    reload();
}

PackagesArea::~PackagesArea() = default;

void PackagesArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PackagesArea::retranslate()
{
    m_issueTemplate->setText(tr("Issue Template…"));
    m_issueTemplate->setToolTip(tr("Make the template a body's workstation needs to report offline, with the "
                                   "body's new signing key"));
    m_import->setText(tr("Import Package…"));
    m_import->setToolTip(tr("Check a body's report package, see every change it makes, and import it"));
    m_saveCopy->setText(tr("Save a Copy…"));
    m_saveCopy->setToolTip(tr("Save the selected package, exactly as it was imported, to a file"));
    m_yearLabel->setText(tr("Evaluated year:"));
    m_year->setSpecialValueText(tr("All years"));
    m_templatesTitle->setText(tr("Templates issued"));
    m_templatesNote->setText(tr("A body's reports are accepted only when they are signed with the key of its "
                                "latest template for the year, and only until the key expires."));
    m_historyTitle->setText(tr("Imported packages"));
    m_historyNote->setText(tr("Every imported file is kept. A newer package of the same body and year supersedes "
                              "the older one, which stays here, greyed."));
    updateFooter();
    updateActions();
}

void PackagesArea::setLanguage(core::Language language)
{
    m_language = language;
    m_templates->setLanguage(language);
    m_history->setLanguage(language);
}

void PackagesArea::setPrompter(std::unique_ptr<ReportPrompter> prompter)
{
    if (prompter)
        m_prompter = std::move(prompter);
}

std::optional<int> PackagesArea::yearFilter() const
{
    return m_year->value() == AllYears ? std::nullopt : std::optional<int>(m_year->value());
}

void PackagesArea::setYearFilter(std::optional<int> year)
{
    m_year->setValue(year.value_or(AllYears)); // reloads when it changes
}

void PackagesArea::reload()
{
    const std::optional<qint64> selected = selectedPackageId();
    const auto year = yearFilter();
    if (auto r = m_templates->load(year); !r)
        showError(ErrorText::of(r.error()));
    if (auto r = m_history->load(year); !r)
        showError(ErrorText::of(r.error()));
    if (selected) {
        const int row = m_history->rowOfPackage(*selected);
        const QModelIndex index = m_historyProxy->mapFromSource(m_history->index(row, 0));
        if (index.isValid())
            m_historyView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                        | QItemSelectionModel::Rows);
    }
    updateFooter();
    updateActions();
}

void PackagesArea::updateActions()
{
    const bool writable = !m_session.database().isReadOnly() && !m_session.isWorkstation();
    m_issueTemplate->setEnabled(writable);
    m_import->setEnabled(writable);
    m_saveCopy->setEnabled(selectedPackageId().has_value());
}

void PackagesArea::updateFooter()
{
    // The installation's own key exists once a template was issued (it signs the templates).
    QString text;
    if (m_templates->rowCount() > 0 && !m_session.database().isReadOnly()) {
        if (auto key = m_session.packages().ownPublicKey(); key && !key->isEmpty())
            text = tr("Templates and return packages from this installation are signed with the key %1.")
                       .arg(core::signing::fingerprint(*key));
    }
    m_footer->setText(text);
    m_footer->setVisible(!text.isEmpty());
}

std::optional<qint64> PackagesArea::selectedPackageId() const
{
    const QModelIndex current = m_historyView->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(PackageHistoryModel::PackageIdRole).toLongLong();
}

QString PackagesArea::bodyText(qint64 bodyId, int year) const
{
    auto bodies = PackageBodies::read(m_session);
    if (!bodies)
        return u"#%1"_s.arg(bodyId);
    const QString name = bodies->shortName(bodyId, year).in(m_language);
    return name.isEmpty() ? bodies->code(bodyId) : bodies->code(bodyId) + u" "_s + name;
}

QString PackagesArea::startDirectory() const
{
    if (!m_lastDirectory.isEmpty())
        return m_lastDirectory;
    return QFileInfo(m_session.database().path()).absolutePath();
}

void PackagesArea::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_message->hide();
}

void PackagesArea::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_error->hide();
}

void PackagesArea::showRefusal(const core::Error& error, const QString& title)
{
    m_lastError = error;
    QString text = ErrorText::of(error);
    if (!error.detail.isEmpty())
        text += u"\n"_s + tr("Details: %1").arg(error.detail);
    showError(text);
    m_prompter->warn(this, title, text);
}

std::optional<QString> PackagesArea::issueTemplate(qint64 bodyId, int year, const QString& path, const QString& reason)
{
    m_lastError.reset();
    auto bytes = m_session.packages().issueTemplate(bodyId, year, reason);
    if (!bytes) {
        m_lastError = bytes.error();
        showError(ErrorText::of(bytes.error()));
        return std::nullopt;
    }
    reload(); // the template is issued, whether or not the file can be written
    if (auto written = writeFile(path, *bytes); !written) {
        m_lastError = written.error();
        showError(ErrorText::of(written.error()) + u' '
                  + tr("The template was issued but not saved: issue it again to save it (the new one replaces "
                       "its key).")
                  + u"\n"_s + tr("Details: %1").arg(written.error().detail));
        return std::nullopt;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    // The body's key is the one inside the file: its public half is what the body will see.
    QString fingerprint;
    if (auto package = core::readPackage(*bytes))
        if (auto payload = core::templatePayload(package->payload))
            fingerprint = core::signing::fingerprint(core::signing::publicKeyOf(payload->secretKey));
    showMessage(tr("The template of %1 for %2 is saved to %3.")
                    .arg(bodyText(bodyId, year))
                    .arg(year)
                    .arg(QDir::toNativeSeparators(path)));
    return fingerprint;
}

PackagesArea::ImportOutcome PackagesArea::importPackage(const QString& path)
{
    m_lastError.reset();
    const QString title = tr("Import Package");
    auto bytes = readFile(path);
    if (!bytes) {
        showRefusal(bytes.error(), title);
        return ImportOutcome::Refused;
    }
    core::PackageService& packages = m_session.packages();
    auto check = packages.verify(*bytes);
    if (!check) {
        showRefusal(check.error(), title);
        return ImportOutcome::Refused;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();

    std::optional<core::ImportedPackage> sameFile;
    std::optional<core::ImportedPackage> superseded;
    if (auto history = packages.importedPackages(check->header.year)) {
        for (const core::ImportedPackage& p : *history) {
            if (p.sha256 == check->sha256)
                sameFile = p;
            if (check->supersedes && p.id == *check->supersedes)
                superseded = p;
        }
    }
    // The indicators' names of the methodologies in effect, looked up once per block.
    auto methodologies = std::make_shared<std::map<int, std::optional<core::Methodology>>>();
    const int year = check->header.year;
    const core::Language language = m_language;
    core::MethodologyService& service = m_session.methodologies();
    const auto nameOf = [methodologies, year, language, &service](int block, const QString& code) -> QString {
        auto it = methodologies->find(block);
        if (it == methodologies->end()) {
            std::optional<core::Methodology> m;
            if (auto found = service.inEffect(block, year); found && *found)
                m = std::move(**found);
            it = methodologies->emplace(block, std::move(m)).first;
        }
        if (!it->second)
            return {};
        const core::Indicator* indicator = it->second->indicator(code);
        return indicator ? indicator->name.in(language) : QString();
    };

    PackagePreviewDialog dialog(*check, bodyText(check->bodyId, year), sameFile, superseded, nameOf, m_language, this);
    const int answer = m_prompter->exec(dialog);
    if (check->alreadyImported) {
        showMessage(tr("This very package was imported before; nothing changed."));
        return ImportOutcome::AlreadyImported;
    }
    if (answer != QDialog::Accepted)
        return ImportOutcome::Cancelled;

    LongOperation operation(this, tr("Importing the package…"));
    auto imported = packages.importReport(*bytes, false, dialog.reason(), operation.progress());
    if (!imported && imported.error().code == core::ErrorCode::Cancelled) {
        // Rolled back: the user asked for it, no warning.
        m_lastError = imported.error();
        showMessage(ErrorText::of(imported.error()));
        return ImportOutcome::Cancelled;
    }
    if (!imported) {
        showRefusal(imported.error(), title);
        return ImportOutcome::Refused;
    }
    const int changes = static_cast<int>(imported->changes.size());
    // English has no catalogue: the singular needs its own source text.
    showMessage((changes == 1 ? tr("Imported package no. %1 of %2 for %3: 1 change.")
                              : tr("Imported package no. %1 of %2 for %3: %n changes.", nullptr, changes))
                    .arg(imported->header.sequence)
                    .arg(bodyText(imported->bodyId, year))
                    .arg(year));
    reload();
    Q_EMIT packageImported(imported->bodyId, year);
    // The reports, values and scores of the year changed outside the undo stack: every area that
    // shows them re-reads, as after a change made through the controller.
    Q_EMIT m_session.controller().registryChanged();
    return imported->alreadyImported ? ImportOutcome::AlreadyImported : ImportOutcome::Imported;
}

bool PackagesArea::saveCopy(qint64 importedId, const QString& path)
{
    m_lastError.reset();
    auto content = m_session.packages().importedContent(importedId);
    if (!content) {
        m_lastError = content.error();
        showError(ErrorText::of(content.error()));
        return false;
    }
    if (auto written = writeFile(path, *content); !written) {
        m_lastError = written.error();
        showError(ErrorText::of(written.error()) + u"\n"_s + tr("Details: %1").arg(written.error().detail));
        return false;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    showMessage(tr("A copy of package #%1 is saved to %2.").arg(importedId).arg(QDir::toNativeSeparators(path)));
    return true;
}

void PackagesArea::onIssueTemplateTriggered()
{
    const int defaultYear = yearFilter().value_or(QDate::currentDate().year() - 1);
    PackageIssueDialog dialog(m_session, m_language, defaultYear, this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        const auto bodyId = dialog.bodyId();
        if (!bodyId) {
            dialog.showError(tr("Choose a body."));
            continue;
        }
        const QString suggested =
            QDir(startDirectory()).filePath(PackageTexts::templateFileName(dialog.bodyCode(), dialog.year()));
        const QString path = m_prompter->saveFile(this, tr("Save Template"), suggested, PackageTexts::fileFilter());
        if (path.isEmpty())
            continue; // back to the choice
        const auto fingerprint = issueTemplate(*bodyId, dialog.year(), path, dialog.reason());
        if (!fingerprint) {
            dialog.showError(m_error->text()); // the refusal, where the user is looking
            continue;
        }
        QDate expiresOn;
        if (auto keys = m_session.packages().bodyKeys(*bodyId))
            for (const core::BodyKey& key : *keys)
                if (key.year == dialog.year() && !key.revokedAt.isValid()
                    && core::signing::fingerprint(key.publicKey) == *fingerprint)
                    expiresOn = key.expiresOn;
        PackageIssuedDialog issued(bodyText(*bodyId, dialog.year()), dialog.year(), path, *fingerprint, expiresOn,
                                   m_language, this);
        m_prompter->exec(issued);
        return;
    }
}

void PackagesArea::onImportTriggered()
{
    const QString path = m_prompter->openFile(this, tr("Import Package"), PackageTexts::fileFilter());
    if (!path.isEmpty())
        importPackage(path);
}

void PackagesArea::onSaveCopyTriggered()
{
    const auto id = selectedPackageId();
    if (!id)
        return;
    const int row = m_history->rowOfPackage(*id);
    if (row < 0)
        return;
    const core::ImportedPackage& p = m_history->row(row).package;
    const QString suggested =
        QDir(startDirectory())
            .filePath(PackageTexts::packageFileName(m_history->row(row).bodyCode, p.year, p.kind, p.sequence));
    const QString path = m_prompter->saveFile(this, tr("Save a Copy"), suggested, PackageTexts::fileFilter());
    if (!path.isEmpty())
        saveCopy(*id, path);
}

} // namespace ui
