// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RecheckService.h"
#include "core/Text3.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace ui {

class RecheckCriteriaEditor;
class RecheckTableModel;
class ReportPrompter;
class Session;

/// Risk-based re-verification (§42–43): the year's criteria, the values they select (with the
/// reasons) and what the re-check found — confirmed, or corrected with the finding and evidence;
/// a correction changes the fact the scores use at once. Decisions and criteria are undoable;
/// a refused change says why and changes nothing.
class RecheckArea final : public QWidget
{
    Q_OBJECT
public:
    explicit RecheckArea(Session& session, QWidget* parent = nullptr);
    ~RecheckArea() override;
    void setLanguage(core::Language language);
    /// Re-reads everything from the database, keeping the selected row.
    void reload();

    void setYear(int year);
    [[nodiscard]] int year() const;
    /// None: every block.
    void setBlock(std::optional<int> block);
    [[nodiscard]] std::optional<int> block() const;

    // The steps without the dialogs (tests and other callers); false when refused (the error is shown).
    /// Stores the year's criteria as one undoable change.
    bool saveCriteria(const std::vector<core::RiskCriterion>& criteria, const QString& reason = {});
    /// What select() would select now.
    [[nodiscard]] std::optional<std::vector<core::Recheck>> preview();
    /// Runs the criteria and stores the selection; how many values are new.
    std::optional<int> selectValues(const QString& reason = {});
    bool confirm(qint64 recheckId, const QString& finding);
    /// `evidencePath`: a file to attach, or empty.
    bool correct(qint64 recheckId, std::optional<double> fact, const QString& finding,
                 const QString& evidencePath = {});
    bool reopen(qint64 recheckId);
    bool remove(qint64 recheckId);

    /// Selects a row of the table; false when it is not shown.
    bool selectRecheck(qint64 recheckId);
    [[nodiscard]] std::optional<qint64> selectedRecheckId() const;

    /// Replaces the dialogs and file choosers (tests).
    void setPrompter(std::unique_ptr<ReportPrompter> prompter);

    /// The latest year with a methodology up to the year evaluated now (the current year − 1).
    [[nodiscard]] static int defaultYear(Session& session);

    // For tests: the parts a user works with.
    [[nodiscard]] RecheckTableModel* tableModel() const { return m_table; }
    [[nodiscard]] QTableView* tableView() const { return m_view; }
    [[nodiscard]] RecheckCriteriaEditor* criteriaEditor() const { return m_criteria; }
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QComboBox* blockComboBox() const { return m_block; }
    [[nodiscard]] QPushButton* saveCriteriaButton() const { return m_saveCriteria; }
    [[nodiscard]] QPushButton* previewButton() const { return m_preview; }
    [[nodiscard]] QPushButton* selectButton() const { return m_select; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton* correctButton() const { return m_correct; }
    [[nodiscard]] QPushButton* reopenButton() const { return m_reopen; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QLabel* footerLabel() const { return m_footer; }
    [[nodiscard]] QLabel* detailsLabel() const { return m_details; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void loadCriteria();
    void updateActions();
    void updateFooter();
    void updateDetails();
    void showError(const QString& text);
    void showMessage(const QString& text);
    bool run(const QString& text, std::function<core::Result<void>()> redo, std::function<core::Result<void>()> undo);
    [[nodiscard]] const core::Recheck* selected() const;
    void onPreviewClicked();
    void onSelectClicked();
    void onDecideClicked(bool correctIt);
    void onReopenClicked();
    void onRemoveClicked();

    Session& m_session;
    core::Language m_language = core::Language::English;
    std::unique_ptr<ReportPrompter> m_prompter;
    std::vector<core::RiskCriterion> m_storedCriteria;
    bool m_sessionGone = false;
    RecheckTableModel* m_table;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_blockLabel;
    QComboBox* m_block;
    QPushButton* m_preview;
    QPushButton* m_select;
    QLabel* m_error;
    QLabel* m_message;
    QLabel* m_criteriaTitle;
    QLabel* m_criteriaNote;
    RecheckCriteriaEditor* m_criteria;
    QScrollArea* m_criteriaScroll = nullptr;
    QPushButton* m_saveCriteria;
    QPushButton* m_revertCriteria;
    QLabel* m_tableTitle;
    QTableView* m_view;
    QPushButton* m_confirm;
    QPushButton* m_correct;
    QPushButton* m_reopen;
    QPushButton* m_remove;
    QLabel* m_details;
    QLabel* m_footer;
};

/// The values the criteria would select now, before anything is stored: the user selects them
/// from here, or closes.
class RecheckPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    RecheckPreviewDialog(Session& session, int year, std::optional<int> block, std::vector<core::Recheck> candidates,
                         core::Language language, QWidget* parent = nullptr);

    [[nodiscard]] RecheckTableModel* model() const { return m_model; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }

private:
    RecheckTableModel* m_model;
    QLabel* m_summary;
};

} // namespace ui
