// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Methodology.h"
#include "core/Reports.h"
#include "core/Text3.h"

#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTemporaryDir;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace ui {

class ReportFilterProxyModel;
class ReportFormDelegate;
class ReportFormModel;
class ReportPrompter;
class ReportTableModel;
class Session;

/// The reporting information of the bodies (§41). Left, the year's reports: state, revision,
/// deadline and timeliness (late and locked are different things, both shown), how much is filled,
/// errors, remarks, evidence. Right, the entry form of the selected report, generated from the
/// methodology in effect: every edit is saved at once (undoably), problems are shown in their cells
/// and listed below, evidence files are attached with their SHA-256; the report's history.
///
/// Actions: the body submits (not while the form has errors; on its workstation this also writes the
/// report package) and imports the analyst's return package; the analyst returns a report for
/// revision with remarks per indicator (as a return package when a template was issued) or accepts it.
class ReportsArea final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { FormTab, HistoryTab };

    explicit ReportsArea(Session& session, QWidget* parent = nullptr);
    ~ReportsArea() override;
    void setLanguage(core::Language language);
    /// Re-reads everything from the database, keeping the selected report.
    void reload();

    void setYear(int year);
    [[nodiscard]] int year() const;
    /// Selects a report of the table (shown by the filters); false when it is not there.
    bool selectReport(qint64 bodyId, int block);
    /// By the body's code; block 0: its first block.
    bool selectReport(const QString& code, int block = 0);
    [[nodiscard]] std::optional<core::ReportKey> selectedKey() const;

    // Editing the selected report's form: each change is saved at once as one undoable command;
    // false when refused (the error is shown and nothing changes).
    /// Sets a cell as a user types it (numbers as text in the interface's locale).
    bool setCell(const QString& code, int column, const QVariant& value);
    bool setFact(const QString& code, std::optional<double> fact);
    /// Stores a whole line.
    bool saveLine(const core::ReportItem& before, const core::ReportItem& after);

    // Evidence of a line of the selected report.
    /// Attaches a file; its id, or none when refused (the error is shown).
    std::optional<qint64> addEvidence(const QString& code, const QString& filePath);
    /// Asks for files and attaches them.
    void attachEvidenceFiles(const QString& code, QWidget* parent);
    /// Writes the file to a temporary folder and opens it in the desktop's viewer; its path, or empty.
    QString openEvidence(qint64 evidenceId);
    bool removeEvidence(qint64 evidenceId);
    /// Asks, then removes.
    void confirmRemoveEvidence(qint64 evidenceId, QWidget* parent);
    /// The evidence dialog of a line.
    void showEvidence(const QString& code);

    // The report's steps, without the questions the actions ask.
    /// Submits the selected report; on a workstation then writes the report package (exportPackage()).
    bool submitSelected(const QString& reason = {});
    /// Workstation: writes the report package of the submitted blocks, asking where to save it.
    bool exportPackage();
    /// Workstation: checks a return package, shows what it changes, applies it when confirmed.
    bool importReturnPackage(const QString& path);
    /// Analyst: returns the selected report for revision (with a return package when a template was issued).
    bool returnSelected(const QString& returnReason, const std::map<QString, QString>& remarks);
    bool acceptSelected(const QString& reason = {});

    /// The latest year with a methodology up to the year evaluated now (the current year − 1);
    /// a workstation's own year.
    [[nodiscard]] static int defaultYear(Session& session);

    /// Replaces the dialogs and file choosers (tests).
    void setPrompter(std::unique_ptr<ReportPrompter> prompter);
    [[nodiscard]] ReportPrompter& prompter() { return *m_prompter; }

    [[nodiscard]] QAction* submitAction() const { return m_submit; }
    [[nodiscard]] QAction* exportAction() const { return m_export; }
    [[nodiscard]] QAction* importReturnAction() const { return m_importReturn; }
    [[nodiscard]] QAction* returnAction() const { return m_return; }
    [[nodiscard]] QAction* acceptAction() const { return m_accept; }
    [[nodiscard]] QAction* evidenceAction() const { return m_evidence; }

    // For tests: the parts a user works with.
    [[nodiscard]] ReportTableModel* tableModel() const { return m_table; }
    [[nodiscard]] ReportFilterProxyModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView* tableView() const { return m_tableView; }
    [[nodiscard]] ReportFormModel* formModel() const { return m_form; }
    [[nodiscard]] QTreeView* formView() const { return m_formView; }
    [[nodiscard]] QTreeWidget* problemsTree() const { return m_problems; }
    [[nodiscard]] QTreeWidget* historyTree() const { return m_history; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QComboBox* stateComboBox() const { return m_stateFilter; }
    [[nodiscard]] QLineEdit* searchLineEdit() const { return m_search; }
    [[nodiscard]] QLabel* titleLabel() const { return m_title; }
    [[nodiscard]] QLabel* stateLabel() const { return m_state; }
    [[nodiscard]] QLabel* timelinessLabel() const { return m_timeliness; }
    [[nodiscard]] QLabel* lockBanner() const { return m_lockBanner; }
    [[nodiscard]] QLabel* returnBanner() const { return m_returnBanner; }
    [[nodiscard]] QLabel* submitInfoLabel() const { return m_submitInfo; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }
    /// Selects the cell of the n-th problem listed below the form.
    void goToProblem(int row);

Q_SIGNALS:
    /// A report's state changed here (submitted, returned, accepted, imported).
    void reportStateChanged(qint64 bodyId, int year, int block);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void retranslate();
    void loadTable();
    void loadForm();
    /// After a change to the selected report: its form, its line of the table, the header.
    void refreshSelected();
    void updateHeader();
    void updateProblems();
    void updateHistory();
    void updateActions();
    void updateColumns();
    void applySpans();
    void showError(const QString& text);
    void showMessage(const QString& text);
    void onSelectionChanged();
    void onSubmitTriggered();
    void onExportTriggered();
    void onImportReturnTriggered();
    void onReturnTriggered();
    void onAcceptTriggered();
    void onFormActivated(const QModelIndex& index);
    /// Runs one undoable change of the selected report; false when refused (the error is shown).
    bool execute(const QString& text, std::function<core::Result<void>()> redo,
                 std::function<core::Result<void>()> undo);
    /// Asks where to write a package, beside the database by default; empty when cancelled.
    [[nodiscard]] QString choosePackagePath(const QString& title, const QString& suggestedName);
    /// Writes a package, asking for another place while it cannot be written; false when given up.
    bool writePackage(const QByteArray& bytes, QString path, const QString& title);
    [[nodiscard]] QString selectedBodyCode() const;
    [[nodiscard]] QString selectedBodyText() const;
    [[nodiscard]] QString dateText(const QDateTime& at) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    std::unique_ptr<ReportPrompter> m_prompter;
    std::unique_ptr<QTemporaryDir> m_openedFiles; ///< evidence written out to be opened
    ReportTableModel* m_table;
    ReportFilterProxyModel* m_proxy;
    ReportFormModel* m_form;
    ReportFormDelegate* m_delegate;
    std::optional<core::ReportKey> m_selected;
    std::optional<core::Methodology> m_methodology; ///< of the selected report
    bool m_ownChange = false; ///< a change of this area is being applied
    bool m_dirty = false; ///< changed elsewhere while hidden: reload when shown
    bool m_sessionGone = false; ///< the session closed before this area (the main window's destruction)

    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_stateFilterLabel;
    QComboBox* m_stateFilter;
    QLineEdit* m_search;
    QLabel* m_error;
    QLabel* m_message;
    QSplitter* m_splitter;
    QTableView* m_tableView;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_revision;
    QLabel* m_deadline;
    QLabel* m_timeliness;
    QLabel* m_methodologyNote;
    QLabel* m_lockBanner;
    QLabel* m_returnBanner;
    QTabWidget* m_tabs;
    QTreeView* m_formView;
    QLabel* m_problemsLabel;
    QTreeWidget* m_problems;
    QLabel* m_footer;
    QTreeWidget* m_history;
    QLabel* m_submitInfo;
    QWidget* m_actionBar;
    QAction* m_submit;
    QAction* m_export;
    QAction* m_importReturn;
    QAction* m_return;
    QAction* m_accept;
    QAction* m_evidence;
};

} // namespace ui
