// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Text3.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace ui {

class PackageHistoryModel;
class PackageTemplateModel;
class ReportPrompter;
class Session;

/// Packages exchanged with the bodies' workstations, the analyst's side: templates issued (each
/// with the fingerprint of the body's key and whether that key is still accepted) and report
/// packages imported, with their history. Importing shows a preview of every change first (a dry
/// run) and applies all of it or nothing; a refused package says why, and nothing changes.
class PackagesArea final : public QWidget
{
    Q_OBJECT
public:
    enum class ImportOutcome {
        Imported,
        AlreadyImported, ///< this very file was imported before: nothing changed
        Cancelled, ///< the preview was rejected, or the import stopped with Cancel (rolled back)
        Refused, ///< unreadable, refused by the checks or by the import: the error is shown
    };

    explicit PackagesArea(Session& session, QWidget* parent = nullptr);
    ~PackagesArea() override;
    void setLanguage(core::Language language);
    /// Re-reads everything from the database.
    void reload();

    /// Asks for the body and year, then where to save, issues the template and shows the fingerprint.
    [[nodiscard]] QAction* issueTemplateAction() const { return m_issueTemplate; }
    /// Asks for a package file, previews it and imports it when confirmed.
    [[nodiscard]] QAction* importAction() const { return m_import; }
    /// Saves the selected imported package to a file.
    [[nodiscard]] QAction* saveCopyAction() const { return m_saveCopy; }

    // The steps without the file choosers (tests and other callers).
    /// Issues the template of a body and year and writes it to `path`; the fingerprint of the
    /// body's new key, or none when refused (the error is shown).
    std::optional<QString> issueTemplate(qint64 bodyId, int year, const QString& path, const QString& reason = {});
    /// Reads a package file, checks it, shows the preview (through the prompter) and imports it when
    /// the user confirms.
    ImportOutcome importPackage(const QString& path);
    /// Writes the stored bytes of an imported package to `path`; false when it fails (the error is shown).
    bool saveCopy(qint64 importedId, const QString& path);

    /// The year the tables show; none: every year.
    void setYearFilter(std::optional<int> year);
    [[nodiscard]] std::optional<int> yearFilter() const;

    /// Replaces the dialogs and file choosers (tests).
    void setPrompter(std::unique_ptr<ReportPrompter> prompter);
    [[nodiscard]] ReportPrompter& prompter() { return *m_prompter; }

    // For tests: the parts a user works with.
    [[nodiscard]] PackageTemplateModel* templatesModel() const { return m_templates; }
    [[nodiscard]] PackageHistoryModel* historyModel() const { return m_history; }
    [[nodiscard]] QTableView* templatesView() const { return m_templatesView; }
    [[nodiscard]] QTableView* historyView() const { return m_historyView; }
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }
    /// The last refusal, for callers that show it their own way.
    [[nodiscard]] const std::optional<core::Error>& lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A report package was imported: the body's reports and values of the year changed.
    void packageImported(qint64 bodyId, int year);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateFooter();
    void showError(const QString& text);
    void showRefusal(const core::Error& error, const QString& title);
    void showMessage(const QString& text);
    [[nodiscard]] std::optional<qint64> selectedPackageId() const;
    [[nodiscard]] QString bodyText(qint64 bodyId, int year) const;
    [[nodiscard]] QString startDirectory() const;
    void onIssueTemplateTriggered();
    void onImportTriggered();
    void onSaveCopyTriggered();

    Session& m_session;
    core::Language m_language = core::Language::English;
    std::unique_ptr<ReportPrompter> m_prompter;
    std::optional<core::Error> m_lastError;
    QString m_lastDirectory;
    PackageTemplateModel* m_templates;
    PackageHistoryModel* m_history;
    QSortFilterProxyModel* m_templatesProxy;
    QSortFilterProxyModel* m_historyProxy;
    QAction* m_issueTemplate;
    QAction* m_import;
    QAction* m_saveCopy;
    QToolButton* m_issueButton;
    QToolButton* m_importButton;
    QToolButton* m_saveCopyButton;
    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_error;
    QLabel* m_message;
    QLabel* m_templatesTitle;
    QLabel* m_templatesNote;
    QTableView* m_templatesView;
    QLabel* m_historyTitle;
    QLabel* m_historyNote;
    QTableView* m_historyView;
    QLabel* m_footer;
};

} // namespace ui
