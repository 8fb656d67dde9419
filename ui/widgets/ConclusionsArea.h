// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppealService.h"
#include "core/Conclusions.h"
#include "core/Text3.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;
class QTemporaryDir;
class QToolButton;
class QTreeWidget;

namespace ui {

class AppealTableModel;
class ConclusionEditor;
class ConclusionTableModel;
class ReportPrompter;
class Session;

/// The conclusions of the authorized bodies (§46–47) and the appeals against them (§57–62).
/// Left, the year's conclusions with their state, version, dates and appeals; right, the selected
/// one: its working texts and recommendations (ConclusionEditor), a live preview of the scores, its
/// issued versions (each readable and printable as it was issued), and its objections with their
/// terms, documents and decisions. Steps: start the year's conclusions, issue a version, mark it
/// sent and received (which starts the objection term), file an objection, decide it (an accepted
/// one makes a corrected version, §61), form the special commissions (§59).
class ConclusionsArea final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { VersionsTab = 4, AppealsTab = 5 }; ///< after the editor's four

    explicit ConclusionsArea(Session& session, QWidget* parent = nullptr);
    ~ConclusionsArea() override;
    void setLanguage(core::Language language);
    /// Re-reads everything from the database, keeping the selected conclusion.
    void reload();

    void setYear(int year);
    [[nodiscard]] int year() const;
    /// None: every block.
    void setBlock(std::optional<int> block);
    /// Selects a conclusion of the table; false when it is not shown.
    bool selectConclusion(qint64 conclusionId);
    /// By the body's code and block (its whole block's conclusion first).
    bool selectConclusion(const QString& code, int block);
    [[nodiscard]] std::optional<core::Conclusion> selectedConclusion() const;
    /// The document language of print-outs (Kazakh or Russian).
    [[nodiscard]] core::Language documentLanguage() const;
    void setDocumentLanguage(core::Language language);

    // The steps without the questions the actions ask (tests and other callers); each returns
    // false or none when refused, with the error shown.
    /// Starts every missing conclusion of the year (of the block filtered); how many were made.
    std::optional<int> startConclusions(const QString& reason = {});
    /// Issues a new version of the selected conclusion (saving typed texts first); its id.
    std::optional<qint64> issueVersion(const QString& versionReason, const QString& reason = {});
    bool markSent(QDate date, const QString& reason = {});
    bool markReceived(QDate date, const QString& reason = {});
    /// Files an appeal against the selected conclusion; its id.
    std::optional<qint64> fileAppeal(const core::NewAppeal& appeal, const QString& reason = {});
    bool decideAppeal(qint64 appealId, const std::vector<core::ItemDecision>& decisions,
                      const core::Text3& decisionReason, QDate decidedOn, const QString& reason = {});
    bool removeAppeal(qint64 appealId, const QString& reason = {});
    /// Forms or changes an authorized body's special commission for the year shown.
    bool setSpecialCommission(qint64 authorityId, QDate formedOn, const std::vector<core::CommissionMember>& members,
                              const QString& reason = {});
    /// Writes a version of a conclusion, or an appeal's decision, as a PDF in the document language.
    bool writeVersionPdf(qint64 versionId, const QString& path);
    bool writeAppealPdf(qint64 appealId, const QString& path);
    /// Writes a document of an appeal to a temporary folder and opens it; its path, or empty.
    QString openAppealDocument(qint64 documentId);

    /// Selects an appeal of the selected conclusion; false when it has no such appeal.
    bool selectAppeal(qint64 appealId);
    [[nodiscard]] std::optional<qint64> selectedAppealId() const;
    [[nodiscard]] std::optional<qint64> selectedVersionId() const;
    [[nodiscard]] const std::vector<core::ConclusionVersion>& versions() const { return m_versions; }

    /// Replaces the dialogs and file choosers (tests).
    void setPrompter(std::unique_ptr<ReportPrompter> prompter);

    /// The latest year that has conclusions, else the year evaluated now (the current year − 1).
    [[nodiscard]] static int defaultYear(Session& session);

    [[nodiscard]] QAction* startAction() const { return m_start; }
    [[nodiscard]] QAction* commissionAction() const { return m_commission; }
    [[nodiscard]] QAction* issueAction() const { return m_issue; }
    [[nodiscard]] QAction* sentAction() const { return m_sent; }
    [[nodiscard]] QAction* receivedAction() const { return m_received; }
    [[nodiscard]] QAction* fileAppealAction() const { return m_fileAppeal; }
    [[nodiscard]] QAction* decideAction() const { return m_decide; }

    // For tests: the parts a user works with.
    [[nodiscard]] ConclusionTableModel* tableModel() const { return m_table; }
    [[nodiscard]] QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView* tableView() const { return m_tableView; }
    [[nodiscard]] ConclusionEditor* editor() const { return m_editor; }
    [[nodiscard]] AppealTableModel* appealModel() const { return m_appeals; }
    [[nodiscard]] QTableView* appealView() const { return m_appealView; }
    [[nodiscard]] QTreeWidget* versionsTree() const { return m_versionsTree; }
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QComboBox* blockComboBox() const { return m_block; }
    [[nodiscard]] QComboBox* documentLanguageComboBox() const { return m_documentLanguage; }
    [[nodiscard]] QLabel* titleLabel() const { return m_title; }
    [[nodiscard]] QLabel* stateLabel() const { return m_state; }
    [[nodiscard]] QLabel* termLabel() const { return m_term; }
    [[nodiscard]] QLabel* appealDetailsLabel() const { return m_appealDetails; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    /// A conclusion's state or an appeal changed here (the Commission and the dashboard follow).
    void conclusionsChanged(int year);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void retranslate();
    void loadTable();
    void onSelectionChanged();
    /// After a change to the selected conclusion: its line, the header, versions and appeals.
    void refreshSelected();
    void updateHeader();
    void updateVersions();
    void updateAppeals();
    void updateAppealDetails();
    void updateActions();
    void showError(const QString& text);
    void showMessage(const QString& text);
    /// Runs one undoable change (the editor's); false when refused (the error is shown).
    bool execute(const QString& text, std::function<core::Result<void>()> redo,
                 std::function<core::Result<void>()> undo);
    /// After a step that is not undoable (issue, sent, received, appeals): the table and the editor.
    void afterStep();
    [[nodiscard]] QString subject() const;
    [[nodiscard]] std::vector<core::ConclusionLine> latestLines() const;
    [[nodiscard]] QString commissionNote(const core::Appeal& appeal) const;
    void onStartTriggered();
    void onCommissionTriggered();
    void onIssueTriggered();
    void onSentTriggered();
    void onReceivedTriggered();
    void onFileAppealTriggered();
    void onDecideTriggered();
    void onRemoveAppealTriggered();
    void onOpenVersionTriggered();
    void outputVersion(int how);
    void outputAppeal(int how);
    void fillDocumentsMenu();

    Session& m_session;
    core::Language m_language = core::Language::English;
    std::unique_ptr<ReportPrompter> m_prompter;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
    ConclusionTableModel* m_table;
    QSortFilterProxyModel* m_proxy;
    AppealTableModel* m_appeals;
    std::optional<core::Conclusion> m_selected;
    std::vector<core::ConclusionVersion> m_versions;
    bool m_ownChange = false;
    bool m_dirty = false;
    bool m_sessionGone = false;

    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_blockLabel;
    QComboBox* m_block;
    QLineEdit* m_search;
    QLabel* m_documentLanguageLabel;
    QComboBox* m_documentLanguage;
    QLabel* m_error;
    QLabel* m_message;
    QSplitter* m_splitter;
    QTableView* m_tableView;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_version;
    QLabel* m_author;
    QLabel* m_term;
    ConclusionEditor* m_editor;
    QTreeWidget* m_versionsTree;
    QLabel* m_versionsNote;
    QTableView* m_appealView;
    QLabel* m_appealDetails;
    QToolButton* m_documentsButton;
    QAction* m_start;
    QAction* m_commission;
    QAction* m_issue;
    QAction* m_sent;
    QAction* m_received;
    QAction* m_fileAppeal;
    QAction* m_decide;
    QAction* m_removeAppeal;
    QAction* m_openVersion;
    QAction* m_printVersion;
    QAction* m_previewVersion;
    QAction* m_pdfVersion;
    QAction* m_printAppeal;
    QAction* m_previewAppeal;
    QAction* m_pdfAppeal;
};

} // namespace ui
