// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CommissionService.h"
#include "core/Conclusions.h"
#include "core/Text3.h"

#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace ui {

class CommissionTableModel;
class ReportPrompter;
class Session;

/// The Commission's stage of a year (§48–51): every evaluated body with its block scores, ratings,
/// ranks and change from last year, the state of its conclusions and the §73 alerts; its progress
/// through the stages — passed to the working body (§48), presented to the President (§50), sent
/// to the head with the Commission's recommendations and orders (§51) — recorded for one body or for
/// every body that is ready; the Commission's recommendations to the selected body; the
/// consolidated report printed, previewed or saved as PDF in Kazakh or Russian; the year's results
/// published for the internet resource (§52). Computing the year's result, writing the report and
/// publishing are long operations: a long one shows its progress and can be cancelled.
class CommissionArea final : public QWidget
{
    Q_OBJECT
public:
    explicit CommissionArea(Session& session, QWidget* parent = nullptr);
    ~CommissionArea() override;
    void setLanguage(core::Language language);
    /// Re-reads the year's result, keeping the selected body.
    void reload();

    void setYear(int year);
    [[nodiscard]] int year() const;
    bool selectBody(qint64 bodyId);
    bool selectBody(const QString& code);
    [[nodiscard]] std::optional<qint64> selectedBodyId() const;
    [[nodiscard]] core::Language documentLanguage() const;
    void setDocumentLanguage(core::Language language);

    // The steps without the questions (tests and other callers); the error is shown when refused.
    /// Records a stage for the selected body (a null date clears it).
    bool setStage(core::CommissionStage stage, QDate date, const QString& reason = {});
    /// Records a stage for every body that is ready; how many were set.
    std::optional<int> setStageAll(core::CommissionStage stage, QDate date, const QString& reason = {});
    /// The Commission's recommendations to the selected body's head (§51), each one undoable change.
    std::optional<qint64> addRecommendation(const core::Recommendation& recommendation, const QString& reason = {});
    bool updateRecommendation(const core::Recommendation& after, const QString& reason = {});
    bool removeRecommendation(qint64 id, const QString& reason = {});
    [[nodiscard]] const std::vector<core::Recommendation>& recommendations() const { return m_recommendations; }
    /// Writes the Commission's report of the year as a PDF in the document language.
    bool writeReportPdf(const QString& path);
    /// Writes the public export of the year's results (§52, PublicExport) into `dir` in the document
    /// language and logs the publication. A long one shows its progress; cancelled, the folder is
    /// left as it was and nothing is logged. False when refused or cancelled (the reason is shown).
    bool publish(const QString& dir);

    /// Replaces the dialogs and file choosers (tests).
    void setPrompter(std::unique_ptr<ReportPrompter> prompter);

    [[nodiscard]] QAction* stageAction(core::CommissionStage stage) const
    {
        return m_stageActions[static_cast<std::size_t>(stage)];
    }
    [[nodiscard]] QAction* printAction() const { return m_print; }
    [[nodiscard]] QAction* previewAction() const { return m_preview; }
    [[nodiscard]] QAction* pdfAction() const { return m_pdf; }
    /// Asks for a folder and publishes the year's results into it.
    [[nodiscard]] QAction* publishAction() const { return m_publish; }

    // For tests: the parts a user works with.
    [[nodiscard]] CommissionTableModel* tableModel() const { return m_table; }
    [[nodiscard]] QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView* tableView() const { return m_view; }
    [[nodiscard]] QTreeWidget* recommendationsTree() const { return m_recommendationsTree; }
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel* detailsLabel() const { return m_details; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void onSelectionChanged();
    void loadRecommendations();
    void updateSummary();
    void updateDetails();
    void updateActions();
    /// Computes the year's result unless the table holds it; false when it could not be (cancelled).
    bool ensureLoaded();
    void showError(const QString& text);
    void showMessage(const QString& text);
    bool execute(const QString& text, std::function<core::Result<void>()> redo,
                 std::function<core::Result<void>()> undo);
    void onStageTriggered(core::CommissionStage stage);
    void onAddRecommendation();
    void onEditRecommendation();
    void onRemoveRecommendation();
    void output(int how);
    void onPublishTriggered();
    [[nodiscard]] std::optional<qint64> currentRecommendationId() const;
    [[nodiscard]] const core::CommissionRow* selectedRow() const;
    [[nodiscard]] QString bodyText(const core::CommissionRow& row) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    std::unique_ptr<ReportPrompter> m_prompter;
    CommissionTableModel* m_table;
    QSortFilterProxyModel* m_proxy;
    std::optional<qint64> m_selected;
    std::vector<core::Recommendation> m_recommendations;
    bool m_ownChange = false;
    bool m_dirty = false;
    bool m_sessionGone = false;

    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLineEdit* m_search;
    QLabel* m_documentLanguageLabel;
    QComboBox* m_documentLanguage;
    QLabel* m_error;
    QLabel* m_message;
    QLabel* m_summary;
    QTableView* m_view;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_recommendationsTitle;
    QTreeWidget* m_recommendationsTree;
    QPushButton* m_addRecommendation;
    QPushButton* m_editRecommendation;
    QPushButton* m_removeRecommendation;
    std::array<QAction*, core::CommissionStageCount> m_stageActions{};
    QAction* m_print;
    QAction* m_preview;
    QAction* m_pdf;
    QAction* m_publish;
};

} // namespace ui
