// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConclusionEditor.h"

#include "Appearance.h"
#include "ConclusionContentView.h"
#include "ConclusionTexts.h"
#include "RecommendationDialog.h"
#include "ReportPrompter.h"
#include "Text3Editor.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"

#include "core/ConclusionService.h"
#include "core/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QTreeWidget* listTree(const QString& name, int columns)
{
    auto* tree = new QTreeWidget;
    tree->setObjectName(name);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->header()->setStretchLastSection(false);
    return tree;
}

const core::Recommendation* findIn(const std::vector<core::Recommendation>& list, qint64 id)
{
    for (const core::Recommendation& r : list)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

ConclusionEditor::ConclusionEditor(Session& session, Executor executor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_execute(std::move(executor))
    , m_tabs(new QTabWidget)
    , m_summaryLabel(fieldLabel())
    , m_summary(new Text3Editor(u"summary"_s))
    , m_findingsLabel(fieldLabel())
    , m_findings(new Text3Editor(u"findings"_s))
    , m_confidential(new QCheckBox)
    , m_participantsLabel(fieldLabel())
    , m_participants(new QPlainTextEdit)
    , m_textsNote(wrappingLabel())
    , m_save(new QPushButton)
    , m_revert(new QPushButton)
    , m_recommendationsTree(listTree(u"recommendationsTreeWidget"_s, 4))
    , m_addRecommendation(new QPushButton(QIcon(u":/icons/add.svg"_s), QString()))
    , m_editRecommendation(new QPushButton)
    , m_removeRecommendation(new QPushButton(QIcon(u":/icons/remove.svg"_s), QString()))
    , m_earlierNote(wrappingLabel())
    , m_earlierTree(listTree(u"earlierTreeWidget"_s, 4))
    , m_statusLabel(new QLabel)
    , m_status(new QComboBox)
    , m_noteLabel(fieldLabel())
    , m_note(new Text3Editor(u"note"_s))
    , m_saveStatus(new QPushButton)
    , m_preview(new ConclusionContentView)
{
    m_tabs->setObjectName(u"conclusionTabWidget"_s);
    m_summary->setRequired(false);
    m_findings->setRequired(false);
    m_note->setRequired(false);
    m_confidential->setObjectName(u"confidentialCheckBox"_s);
    m_participants->setObjectName(u"participantsPlainTextEdit"_s);
    m_participants->setTabChangesFocus(true);
    m_participants->setMaximumHeight(m_participants->fontMetrics().lineSpacing() * 6 + 12);
    m_save->setObjectName(u"saveTextsPushButton"_s);
    m_revert->setObjectName(u"revertTextsPushButton"_s);
    makeSecondary(m_textsNote);
    m_addRecommendation->setObjectName(u"addRecommendationPushButton"_s);
    m_editRecommendation->setObjectName(u"editRecommendationPushButton"_s);
    m_removeRecommendation->setObjectName(u"removeRecommendationPushButton"_s);
    m_status->setObjectName(u"statusComboBox"_s);
    for (const core::RecommendationStatus s : {core::RecommendationStatus::Open, core::RecommendationStatus::Done,
                                               core::RecommendationStatus::Partly, core::RecommendationStatus::NotDone})
        m_status->addItem(QString(), static_cast<int>(s));
    m_saveStatus->setObjectName(u"saveStatusPushButton"_s);
    makeSecondary(m_earlierNote);

    // Texts: parts 1 and 3, confidentiality, the staff who took part.
    auto* textsPage = new QWidget;
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_summaryLabel, m_summary);
    form->addRow(m_findingsLabel, m_findings);
    form->addRow(QString(), m_confidential);
    form->addRow(m_participantsLabel, m_participants);
    auto* textButtons = new QHBoxLayout;
    textButtons->addWidget(m_textsNote, 1);
    textButtons->addWidget(m_revert);
    textButtons->addWidget(m_save);
    auto* textsLayout = new QVBoxLayout(textsPage);
    textsLayout->addLayout(form);
    textsLayout->addStretch(1);
    textsLayout->addLayout(textButtons);
    auto* textsScroll = new QScrollArea;
    textsScroll->setWidget(textsPage);
    textsScroll->setWidgetResizable(true);
    textsScroll->setFrameShape(QFrame::NoFrame);

    // New recommendations (part 3).
    m_recommendationsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_recommendationsTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recommendationsTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_recommendationsTree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    auto* recommendationsPage = new QWidget;
    auto* recButtons = new QHBoxLayout;
    recButtons->addWidget(m_addRecommendation);
    recButtons->addWidget(m_editRecommendation);
    recButtons->addWidget(m_removeRecommendation);
    recButtons->addStretch(1);
    auto* recLayout = new QVBoxLayout(recommendationsPage);
    recLayout->addWidget(m_recommendationsTree, 1);
    recLayout->addLayout(recButtons);

    // Earlier recommendations (part 2) with their status.
    m_earlierTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_earlierTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_earlierTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_earlierTree->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_earlierTree->setColumnWidth(3, 220);
    auto* earlierPage = new QWidget;
    auto* statusForm = new QFormLayout;
    statusForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    statusRow->addWidget(m_saveStatus);
    statusForm->addRow(m_statusLabel, statusRow);
    statusForm->addRow(m_noteLabel, m_note);
    auto* earlierLayout = new QVBoxLayout(earlierPage);
    earlierLayout->addWidget(m_earlierNote);
    earlierLayout->addWidget(m_earlierTree, 1);
    earlierLayout->addLayout(statusForm);

    m_tabs->addTab(textsScroll, QString());
    m_tabs->addTab(recommendationsPage, QString());
    m_tabs->addTab(earlierPage, QString());
    m_tabs->addTab(m_preview, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    const auto edited = [this] {
        if (!m_filling)
            setModified(true);
    };
    connect(m_summary, &Text3Editor::edited, this, edited);
    connect(m_findings, &Text3Editor::edited, this, edited);
    connect(m_confidential, &QCheckBox::toggled, this, edited);
    connect(m_participants, &QPlainTextEdit::textChanged, this, edited);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &ConclusionEditor::revert);
    connect(m_addRecommendation, &QPushButton::clicked, this, &ConclusionEditor::onAddRecommendation);
    connect(m_editRecommendation, &QPushButton::clicked, this, &ConclusionEditor::onEditRecommendation);
    connect(m_removeRecommendation, &QPushButton::clicked, this, &ConclusionEditor::onRemoveRecommendation);
    connect(m_recommendationsTree, &QTreeWidget::itemDoubleClicked, this, &ConclusionEditor::onEditRecommendation);
    connect(m_recommendationsTree, &QTreeWidget::currentItemChanged, this, &ConclusionEditor::updateButtons);
    connect(m_earlierTree, &QTreeWidget::currentItemChanged, this, &ConclusionEditor::fillStatus);
    connect(m_saveStatus, &QPushButton::clicked, this, &ConclusionEditor::onSaveStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == PreviewTab && m_previewStale)
            refreshPreview();
    });
    retranslate();
    updateButtons();
}

void ConclusionEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConclusionEditor::retranslate()
{
    m_tabs->setTabText(TextsTab, tr("Texts"));
    m_tabs->setTabText(RecommendationsTab, tr("Recommendations"));
    m_tabs->setTabText(EarlierTab, tr("Earlier"));
    m_tabs->setTabText(PreviewTab, tr("Preview"));
    m_tabs->setTabToolTip(TextsTab, tr("Part 1 (the final report's text) and part 3 (findings) of §47"));
    m_tabs->setTabToolTip(RecommendationsTab, tr("Part 3 of §47: the new recommendations"));
    m_tabs->setTabToolTip(EarlierTab,
                          tr("Part 2 of §47: what became of the recommendations given for the year before"));
    m_tabs->setTabToolTip(PreviewTab, tr("What a version issued now would say, with the scores of the current data"));
    m_summaryLabel->setText(tr("Final report (part 1):"));
    m_findingsLabel->setText(tr("Findings (part 3):"));
    m_confidential->setText(tr("Confidential: the whole conclusion is withheld from publication (§52)"));
    m_participantsLabel->setText(tr("Took part in the evaluation:"));
    m_participants->setPlaceholderText(tr("One name per line. They may not sit on the special commission (§59)."));
    m_textsNote->setText(tr("These are the texts of the next version: issued versions stay as they were."));
    m_save->setText(tr("Save Texts"));
    m_revert->setText(tr("Revert"));
    m_recommendationsTree->setHeaderLabels({tr("No."), tr("Recommendation"), tr("Order"), tr("Confidential")});
    m_addRecommendation->setText(tr("Add…"));
    m_editRecommendation->setText(tr("Edit…"));
    m_removeRecommendation->setText(tr("Remove"));
    m_earlierNote->setText(tr("The recommendations given to the body for the year before — by the conclusions, by "
                              "the Commission, and from reorganized predecessors — with what became of them."));
    m_earlierTree->setHeaderLabels({tr("Given by"), tr("Recommendation"), tr("Status"), tr("Note")});
    m_statusLabel->setText(tr("Status:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, ConclusionTexts::recommendationStatus(
                                     static_cast<core::RecommendationStatus>(m_status->itemData(i).toInt())));
    m_noteLabel->setText(tr("Note:"));
    m_saveStatus->setText(tr("Save Status"));
    m_summary->retranslate();
    m_findings->retranslate();
    m_note->retranslate();
    fillRecommendations();
    fillEarlier();
}

void ConclusionEditor::setLanguage(core::Language language)
{
    m_language = language;
    fillRecommendations();
    fillEarlier();
    m_previewStale = true;
    if (m_tabs->currentIndex() == PreviewTab)
        refreshPreview();
}

std::optional<qint64> ConclusionEditor::conclusionId() const
{
    return m_conclusion ? std::optional<qint64>(m_conclusion->id) : std::nullopt;
}

QString ConclusionEditor::subject() const
{
    if (!m_conclusion)
        return {};
    return tr("%1 — %2, %3")
        .arg(m_conclusion->bodyCode, ConclusionTexts::blockPart(m_conclusion->block, m_conclusion->part))
        .arg(m_conclusion->year);
}

void ConclusionEditor::setConclusion(const std::optional<core::Conclusion>& conclusion)
{
    if (m_modified && m_conclusion && (!conclusion || conclusion->id != m_conclusion->id))
        save(); // typed texts are not lost by selecting another conclusion (Undo takes them back)
    m_conclusion = conclusion;
    setModified(false);
    fillTexts();
    loadRecommendations();
    m_previewStale = true;
    if (m_tabs->currentIndex() == PreviewTab)
        refreshPreview();
    else if (!m_conclusion)
        m_preview->clear();
    updateButtons();
}

void ConclusionEditor::reload()
{
    if (!m_conclusion)
        return;
    auto fresh = m_session.conclusions().conclusion(m_conclusion->id);
    if (!fresh) {
        Q_EMIT errorOccurred(ErrorText::of(fresh.error()));
        return;
    }
    m_conclusion = std::move(*fresh);
    if (!m_modified)
        fillTexts();
    loadRecommendations();
    m_previewStale = true;
    if (m_tabs->currentIndex() == PreviewTab)
        refreshPreview();
    updateButtons();
}

void ConclusionEditor::fillTexts()
{
    m_filling = true;
    if (m_conclusion) {
        m_summary->setText(m_conclusion->summary);
        m_findings->setText(m_conclusion->findings);
        m_confidential->setChecked(m_conclusion->confidential);
        QStringList names(m_conclusion->participants.begin(), m_conclusion->participants.end());
        m_participants->setPlainText(names.join(u'\n'));
    } else {
        m_summary->setText({});
        m_findings->setText({});
        m_confidential->setChecked(false);
        m_participants->clear();
    }
    m_filling = false;
}

void ConclusionEditor::loadRecommendations()
{
    m_recommendations.clear();
    m_earlier.clear();
    if (m_conclusion) {
        core::ConclusionService& service = m_session.conclusions();
        auto recs = service.recommendations(m_conclusion->id);
        auto earlier = service.earlierRecommendations(m_conclusion->id);
        if (recs)
            m_recommendations = std::move(*recs);
        if (earlier)
            m_earlier = std::move(*earlier);
        if (!recs || !earlier)
            Q_EMIT errorOccurred(ErrorText::of(!recs ? recs.error() : earlier.error()));
    }
    fillRecommendations();
    fillEarlier();
}

void ConclusionEditor::fillRecommendations()
{
    const std::optional<qint64> current = currentRecommendationId();
    m_recommendationsTree->clear();
    int number = 0;
    for (const core::Recommendation& r : m_recommendations) {
        auto* item = new QTreeWidgetItem(m_recommendationsTree);
        item->setText(0, QString::number(++number));
        item->setText(1, r.text.in(m_language));
        item->setToolTip(1, r.text.in(m_language));
        item->setText(2, r.order ? tr("Order") : QString());
        item->setText(3, r.confidential ? tr("Confidential") : QString());
        item->setData(0, Qt::UserRole, r.id);
        if (current && *current == r.id)
            m_recommendationsTree->setCurrentItem(item);
    }
    updateButtons();
}

void ConclusionEditor::fillEarlier()
{
    const std::optional<qint64> current = currentEarlierId();
    {
        const QSignalBlocker blocker(m_earlierTree);
        m_earlierTree->clear();
        for (const core::Recommendation& r : m_earlier) {
            auto* item = new QTreeWidgetItem(m_earlierTree);
            QString source = ConclusionTexts::recommendationSource(r.source);
            if (r.block)
                source += u", "_s + Labels::blockShort(*r.block);
            item->setText(0, source);
            item->setText(1, r.text.in(m_language));
            item->setToolTip(1, r.text.in(m_language));
            item->setText(2, ConclusionTexts::recommendationStatus(r.status));
            item->setText(3, r.note.in(m_language));
            item->setToolTip(3, r.note.in(m_language));
            item->setData(0, Qt::UserRole, r.id);
            if (current && *current == r.id)
                m_earlierTree->setCurrentItem(item);
        }
        if (!m_earlierTree->currentItem() && m_earlierTree->topLevelItemCount() > 0)
            m_earlierTree->setCurrentItem(m_earlierTree->topLevelItem(0));
    }
    fillStatus();
}

void ConclusionEditor::fillStatus()
{
    const std::optional<qint64> id = currentEarlierId();
    const core::Recommendation* r = id ? findIn(m_earlier, *id) : nullptr;
    m_status->setCurrentIndex(r ? m_status->findData(static_cast<int>(r->status)) : 0);
    m_note->setText(r ? r->note : core::Text3{});
    updateButtons();
}

std::optional<qint64> ConclusionEditor::currentRecommendationId() const
{
    const QTreeWidgetItem* item = m_recommendationsTree->currentItem();
    return item ? std::optional<qint64>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}

std::optional<qint64> ConclusionEditor::currentEarlierId() const
{
    const QTreeWidgetItem* item = m_earlierTree->currentItem();
    return item ? std::optional<qint64>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}

void ConclusionEditor::setModified(bool modified)
{
    m_modified = modified;
    updateButtons();
}

void ConclusionEditor::updateButtons()
{
    const bool writable = !m_session.database().isReadOnly() && m_conclusion.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_summary, m_findings, m_confidential, m_participants})
        w->setEnabled(m_conclusion.has_value());
    m_summary->setReadOnly(!writable);
    m_findings->setReadOnly(!writable);
    m_participants->setReadOnly(!writable);
    m_confidential->setEnabled(writable);
    m_save->setEnabled(writable && m_modified);
    m_revert->setEnabled(writable && m_modified);
    m_addRecommendation->setEnabled(writable);
    const bool hasRecommendation = currentRecommendationId().has_value();
    m_editRecommendation->setEnabled(writable && hasRecommendation);
    m_removeRecommendation->setEnabled(writable && hasRecommendation);
    const bool hasEarlier = currentEarlierId().has_value();
    m_status->setEnabled(writable && hasEarlier);
    m_note->setEnabled(writable && hasEarlier);
    m_saveStatus->setEnabled(writable && hasEarlier);
}

std::vector<QString> ConclusionEditor::typedParticipants() const
{
    std::vector<QString> names;
    for (const QString& line : m_participants->toPlainText().split(u'\n')) {
        const QString name = line.simplified();
        if (!name.isEmpty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    return names;
}

bool ConclusionEditor::save(const QString& reason)
{
    if (!m_conclusion)
        return false;
    if (!m_modified)
        return true;
    const qint64 id = m_conclusion->id;
    const core::Conclusion before = *m_conclusion;
    const core::Text3 summary = m_summary->text();
    const core::Text3 findings = m_findings->text();
    const bool confidential = m_confidential->isChecked();
    const std::vector<QString> participants = typedParticipants();
    core::ConclusionService& service = m_session.conclusions();
    const bool participantsChanged = participants != before.participants;
    const bool ok = m_execute(
        tr("Change the texts of the conclusion on %1").arg(before.bodyCode),
        [&service, id, summary, findings, confidential, participants, participantsChanged,
         reason]() -> core::Result<void> {
            if (auto r = service.setTexts(id, summary, findings, confidential, reason); !r)
                return r;
            return participantsChanged ? service.setParticipants(id, participants, reason) : core::Result<void>{};
        },
        [&service, id, before, participantsChanged, reason]() -> core::Result<void> {
            const QString why = RegistryController::undoReason(reason);
            if (auto r = service.setTexts(id, before.summary, before.findings, before.confidential, why); !r)
                return r;
            return participantsChanged ? service.setParticipants(id, before.participants, why) : core::Result<void>{};
        });
    if (!ok)
        return false;
    setModified(false);
    reload();
    return true;
}

void ConclusionEditor::revert()
{
    setModified(false);
    fillTexts();
    updateButtons();
}

std::optional<qint64> ConclusionEditor::addRecommendation(const core::Recommendation& recommendation,
                                                          const QString& reason)
{
    if (!m_conclusion)
        return std::nullopt;
    core::Recommendation rec = recommendation;
    rec.id = 0;
    rec.conclusionId = m_conclusion->id;
    rec.bodyId = m_conclusion->bodyId;
    rec.year = m_conclusion->year;
    rec.block = m_conclusion->block;
    rec.source = core::RecommendationSource::Conclusion;
    core::ConclusionService& service = m_session.conclusions();
    auto id = std::make_shared<qint64>(0);
    const bool ok = m_execute(
        tr("Add a recommendation to the conclusion on %1").arg(m_conclusion->bodyCode),
        [&service, rec, id, reason]() -> core::Result<void> {
            auto added = service.addRecommendation(rec, reason);
            if (!added)
                return std::unexpected(added.error());
            *id = *added;
            return {};
        },
        [&service, id, reason] { return service.removeRecommendation(*id, RegistryController::undoReason(reason)); });
    if (!ok)
        return std::nullopt;
    reload();
    return *id;
}

bool ConclusionEditor::updateRecommendation(const core::Recommendation& after, const QString& reason)
{
    const core::Recommendation* found = findIn(m_recommendations, after.id);
    if (!m_conclusion || !found)
        return false;
    const core::Recommendation before = *found;
    core::ConclusionService& service = m_session.conclusions();
    const bool ok = m_execute(
        tr("Change a recommendation of the conclusion on %1").arg(m_conclusion->bodyCode),
        [&service, after, reason] { return service.updateRecommendation(after, reason); },
        [&service, before, reason] {
            return service.updateRecommendation(before, RegistryController::undoReason(reason));
        });
    if (ok)
        reload();
    return ok;
}

bool ConclusionEditor::removeRecommendation(qint64 id, const QString& reason)
{
    const core::Recommendation* found = findIn(m_recommendations, id);
    if (!m_conclusion || !found)
        return false;
    const core::Recommendation removed = *found;
    core::ConclusionService& service = m_session.conclusions();
    auto current = std::make_shared<qint64>(id);
    const bool ok = m_execute(
        tr("Remove a recommendation of the conclusion on %1").arg(m_conclusion->bodyCode),
        [&service, current, reason] { return service.removeRecommendation(*current, reason); },
        [&service, current, removed, reason]() -> core::Result<void> {
            core::Recommendation again = removed;
            again.id = 0;
            auto added = service.addRecommendation(again, RegistryController::undoReason(reason));
            if (!added)
                return std::unexpected(added.error());
            *current = *added;
            return {};
        });
    if (ok)
        reload();
    return ok;
}

bool ConclusionEditor::setEarlierStatus(qint64 id, core::RecommendationStatus status, const core::Text3& note,
                                        const QString& reason)
{
    const core::Recommendation* found = findIn(m_earlier, id);
    if (!m_conclusion || !found)
        return false;
    const core::Recommendation before = *found;
    core::ConclusionService& service = m_session.conclusions();
    const bool ok = m_execute(
        tr("Record what became of a recommendation to %1").arg(m_conclusion->bodyCode),
        [&service, id, status, note, reason] { return service.setRecommendationStatus(id, status, note, reason); },
        [&service, id, before, reason] {
            return service.setRecommendationStatus(id, before.status, before.note,
                                                   RegistryController::undoReason(reason));
        });
    if (ok)
        reload();
    return ok;
}

void ConclusionEditor::refreshPreview()
{
    m_previewStale = false;
    if (!m_conclusion) {
        m_preview->clear();
        return;
    }
    auto content = m_session.conclusions().preview(m_conclusion->id);
    if (!content) {
        m_preview->clear();
        m_preview->setNote(ErrorText::of(content.error()));
        return;
    }
    m_preview->setNote(tr("What a version issued now would say, with the scores of the current data."));
    m_preview->setContent(*content, m_language);
}

void ConclusionEditor::onAddRecommendation()
{
    if (!m_conclusion || !m_prompter)
        return;
    core::Recommendation fresh;
    fresh.bodyId = m_conclusion->bodyId;
    fresh.year = m_conclusion->year;
    fresh.block = m_conclusion->block;
    fresh.conclusionId = m_conclusion->id;
    RecommendationDialog dialog(fresh, subject(), this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (addRecommendation(dialog.recommendation(), dialog.reason()))
            return;
        const auto& error = m_session.controller().lastError();
        dialog.showError(error ? ConclusionTexts::error(*error, m_language) : tr("The change was refused."));
    }
}

void ConclusionEditor::onEditRecommendation()
{
    const std::optional<qint64> id = currentRecommendationId();
    const core::Recommendation* found = id ? findIn(m_recommendations, *id) : nullptr;
    if (!found || !m_prompter || m_session.database().isReadOnly())
        return;
    RecommendationDialog dialog(*found, subject(), this);
    while (m_prompter->exec(dialog) == QDialog::Accepted) {
        if (updateRecommendation(dialog.recommendation(), dialog.reason()))
            return;
        const auto& error = m_session.controller().lastError();
        dialog.showError(error ? ConclusionTexts::error(*error, m_language) : tr("The change was refused."));
    }
}

void ConclusionEditor::onRemoveRecommendation()
{
    const std::optional<qint64> id = currentRecommendationId();
    if (!id || !m_prompter)
        return;
    if (m_prompter->confirm(this, tr("Remove Recommendation"),
                            tr("Remove the selected recommendation? Undo brings it back."), tr("Remove")))
        removeRecommendation(*id);
}

void ConclusionEditor::onSaveStatus()
{
    if (const std::optional<qint64> id = currentEarlierId())
        setEarlierStatus(*id, static_cast<core::RecommendationStatus>(m_status->currentData().toInt()), m_note->text());
}

} // namespace ui
