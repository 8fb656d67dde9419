// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Conclusions.h"
#include "core/Error.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ui {

class ConclusionContentView;
class ReportPrompter;
class Session;
class Text3Editor;

/// The working texts of a conclusion — what its next version will say (§47): part 1's summary,
/// part 3's findings and new recommendations, part 2's earlier recommendations with what became of
/// them, the staff who took part (§59), confidentiality (§52) — and a live preview of the scores.
/// Every change is one undoable command run through the executor the area gives.
class ConclusionEditor final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { TextsTab, RecommendationsTab, EarlierTab, PreviewTab };
    /// Runs one undoable change; false when refused (the caller shows why).
    using Executor = std::function<bool(const QString& text, std::function<core::Result<void>()> redo,
                                        std::function<core::Result<void>()> undo)>;

    ConclusionEditor(Session& session, Executor executor, QWidget* parent = nullptr);

    /// The dialogs go through this (tests answer them); not owned.
    void setPrompter(ReportPrompter* prompter) { m_prompter = prompter; }
    void setLanguage(core::Language language);
    /// Shows a conclusion (none: nothing selected); unsaved texts of the previous one are saved.
    void setConclusion(const std::optional<core::Conclusion>& conclusion);
    /// Re-reads the shown conclusion; typed texts that are not saved yet are kept.
    void reload();
    [[nodiscard]] std::optional<qint64> conclusionId() const;

    /// The texts or the participants were changed and not saved.
    [[nodiscard]] bool isModified() const { return m_modified; }
    /// Saves the texts, confidentiality and participants as one undoable change.
    bool save(const QString& reason = {});
    void revert();

    std::optional<qint64> addRecommendation(const core::Recommendation& recommendation, const QString& reason = {});
    bool updateRecommendation(const core::Recommendation& after, const QString& reason = {});
    bool removeRecommendation(qint64 id, const QString& reason = {});
    bool setEarlierStatus(qint64 id, core::RecommendationStatus status, const core::Text3& note,
                          const QString& reason = {});
    /// Computes the preview of the next version now.
    void refreshPreview();

    [[nodiscard]] const std::vector<core::Recommendation>& recommendations() const { return m_recommendations; }
    [[nodiscard]] const std::vector<core::Recommendation>& earlier() const { return m_earlier; }

    // For tests and the area: the parts a user works with.
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] Text3Editor* summaryEditor() const { return m_summary; }
    [[nodiscard]] Text3Editor* findingsEditor() const { return m_findings; }
    [[nodiscard]] QCheckBox* confidentialCheckBox() const { return m_confidential; }
    [[nodiscard]] QPlainTextEdit* participantsEdit() const { return m_participants; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QTreeWidget* recommendationsTree() const { return m_recommendationsTree; }
    [[nodiscard]] QTreeWidget* earlierTree() const { return m_earlierTree; }
    [[nodiscard]] QComboBox* statusComboBox() const { return m_status; }
    [[nodiscard]] Text3Editor* noteEditor() const { return m_note; }
    [[nodiscard]] ConclusionContentView* previewView() const { return m_preview; }

Q_SIGNALS:
    void errorOccurred(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTexts();
    void loadRecommendations();
    void fillRecommendations();
    void fillEarlier();
    void fillStatus();
    void updateButtons();
    void setModified(bool modified);
    [[nodiscard]] std::vector<QString> typedParticipants() const;
    [[nodiscard]] std::optional<qint64> currentRecommendationId() const;
    [[nodiscard]] std::optional<qint64> currentEarlierId() const;
    [[nodiscard]] QString subject() const;
    void onAddRecommendation();
    void onEditRecommendation();
    void onRemoveRecommendation();
    void onSaveStatus();

    Session& m_session;
    Executor m_execute;
    ReportPrompter* m_prompter = nullptr;
    core::Language m_language = core::Language::English;
    std::optional<core::Conclusion> m_conclusion;
    std::vector<core::Recommendation> m_recommendations;
    std::vector<core::Recommendation> m_earlier;
    bool m_modified = false;
    bool m_filling = false;
    bool m_previewStale = true;

    QTabWidget* m_tabs;
    QLabel* m_summaryLabel;
    Text3Editor* m_summary;
    QLabel* m_findingsLabel;
    Text3Editor* m_findings;
    QCheckBox* m_confidential;
    QLabel* m_participantsLabel;
    QPlainTextEdit* m_participants;
    QLabel* m_textsNote;
    QPushButton* m_save;
    QPushButton* m_revert;
    QTreeWidget* m_recommendationsTree;
    QPushButton* m_addRecommendation;
    QPushButton* m_editRecommendation;
    QPushButton* m_removeRecommendation;
    QLabel* m_earlierNote;
    QTreeWidget* m_earlierTree;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_noteLabel;
    Text3Editor* m_note;
    QPushButton* m_saveStatus;
    ConclusionContentView* m_preview;
};

} // namespace ui
