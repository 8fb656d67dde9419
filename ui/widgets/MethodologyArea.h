// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"
#include "core/MethodologyService.h"
#include "core/Text3.h"

#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace ui {

class CriterionEditor;
class IndicatorEditor;
class MethodologyListPane;
class MethodologySettingsPane;
class MethodologyTreeModel;
class Session;
class Text3Editor;

/// The year's methodologies as versioned data (§19–22): the list by year, block and version; the
/// selected one's settings and its criteria and indicators, edited in memory and saved as one
/// undoable change; the §20 checks as the user edits; new methodologies, new versions, copies to
/// the next year, approval (§19) and deletion of drafts, each one undoable command. An approved
/// methodology is frozen: it is shown read-only, and a new version is made to change it.
class MethodologyArea final : public QWidget
{
    Q_OBJECT
public:
    explicit MethodologyArea(Session& session, QWidget* parent = nullptr);
    ~MethodologyArea() override;
    void setLanguage(core::Language language);

    /// Shows a methodology (its unsaved edits, if any, are kept).
    void selectMethodology(qint64 id);
    [[nodiscard]] std::optional<qint64> selectedId() const;
    /// The selected methodology with the user's edits.
    [[nodiscard]] const core::Methodology& edited() const;
    [[nodiscard]] bool isModified() const;
    /// A draft on a writable database: the selected methodology can be edited.
    [[nodiscard]] bool isEditable() const;
    /// The §20 problems of the edited methodology, as listed under the tree.
    [[nodiscard]] const std::vector<core::MethodologyProblem>& problems() const { return m_problems; }
    /// Selects a criterion (indicator empty) or an indicator in the tree.
    void selectItem(const QString& criterion, const QString& indicator);

    // Each is one undoable command; false when refused, with the reason shown in the area.
    bool createMethodology(int block, int year);
    bool makeNewVersion();
    bool copyToNextYear();
    bool approve(const core::Approval& approval, const QString& reason);
    bool deleteDraft();
    /// Stores the edits of the selected draft.
    bool save();
    /// Drops the edits of the selected draft.
    void revert();

    [[nodiscard]] MethodologyTreeModel* treeModel() const { return m_model; }
    [[nodiscard]] IndicatorEditor* indicatorEditor() const { return m_indicatorEditor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The pages of the editor stack, beside the tree.
    enum EditorPage { HintPage, CriterionPage, IndicatorPage };

    void retranslate();
    void reload();
    void fillList();
    void showSelected();
    void fillSettings();
    void fillEditorPane();
    void afterEdit();
    void recheck();
    void updateHeader();
    void updateActions();
    void showError(const QString& text);
    void commandRefused();
    void onListSelectionChanged(qint64 id);
    void onTreeSelectionChanged();
    void onCriterionEdited();
    void onSettingsEdited();
    void onProblemClicked();
    void onNewClicked();
    void onApproveClicked();
    void addCriterion();
    void addIndicator();
    void removeSelected();
    void moveSelected(int delta);
    [[nodiscard]] std::optional<int> currentCriterionRow() const;
    [[nodiscard]] std::shared_ptr<qint64> handleFor(qint64 id);
    /// Runs a command that makes a methodology (undone by deleting it) and shows the new one.
    bool runCreation(const QString& text, const std::function<core::Result<qint64>(const QString& reason)>& make);
    [[nodiscard]] QString formatDate(QDate date) const;
    /// The second line of a methodology in the list: status, unsaved changes, counts.
    [[nodiscard]] QString detailText(const core::MethodologySummary& summary) const;
    [[nodiscard]] QString reason() const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    std::vector<core::MethodologySummary> m_summaries;
    std::optional<core::Methodology> m_stored; ///< the selected methodology as stored
    std::map<qint64, core::Methodology> m_drafts; ///< unsaved edits, by methodology id
    std::map<qint64, QDate> m_approvedOn; ///< the approval dates of the list
    /// The ids of methodologies that commands refer to: a deletion undone gives a new id, and the
    /// commands that came before follow it there.
    std::vector<std::weak_ptr<qint64>> m_handles;
    std::vector<core::MethodologyProblem> m_problems;
    std::optional<qint64> m_selected;
    bool m_filling = false;

    MethodologyTreeModel* m_model;

    // Left: the list
    MethodologyListPane* m_listPane;

    // Right: the selected methodology
    QLabel* m_header;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_bannerNewVersion;
    QLabel* m_error;
    QTabWidget* m_tabs;
    QTreeView* m_tree;
    QPushButton* m_addCriterion;
    QPushButton* m_addIndicator;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QStackedWidget* m_editorStack;
    QLabel* m_editorHint;
    CriterionEditor* m_criterionEditor;
    IndicatorEditor* m_indicatorEditor;
    QLabel* m_checksTitle;
    QListWidget* m_checks;

    // Settings tab
    MethodologySettingsPane* m_settings;

    // Bottom: saving
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_status;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace ui
