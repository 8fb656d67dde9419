// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Registry.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ui {

class AuditTableModel;
class DateField;
class NameEditor;
class NameHistoryModel;
class RegistryController;
class ReorganizationTableModel;

/// The selected body: its fields and current name (editable, with validation), its name history,
/// its roles and reorganizations, and the history of every change.
class BodyDetailsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit BodyDetailsPane(RegistryController& controller, QWidget* parent = nullptr);

    void setBody(std::optional<qint64> bodyId);
    [[nodiscard]] std::optional<qint64> bodyId() const { return m_bodyId; }
    /// The language of names, the day whose name is edited, and the evaluated year for §53–55.
    void setPresentation(core::Language language, QDate nameDate, int evaluatedYear);
    /// Re-reads the body from the database (after any change).
    void reload();
    [[nodiscard]] bool hasUnsavedChanges() const;
    /// Shows a tab: 0 details, 1 names, 2 roles and reorganizations, 3 history.
    void showTab(int index);

Q_SIGNALS:
    void addNameRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    void updateButtons();
    void onApplyClicked();
    void onRemoveNameClicked();
    [[nodiscard]] core::BodyFields editedFields() const;

    RegistryController& m_controller;
    std::optional<qint64> m_bodyId;
    std::optional<core::Body> m_body;
    std::vector<core::Body> m_allBodies;
    core::Language m_language = core::Language::English;
    QDate m_nameDate;
    int m_year = 2019;

    QLabel* m_title;
    QTabWidget* m_tabs;
    QWidget* m_detailsTab;
    QComboBox* m_kind;
    QCheckBox* m_evaluated;
    QCheckBox* m_presidential;
    QComboBox* m_parent;
    DateField* m_validFrom;
    DateField* m_validTo;
    QCheckBox* m_blocks[3];
    QCheckBox* m_results;
    QLineEdit* m_note[3];
    QLabel* m_nameLabel;
    NameEditor* m_name;
    QLineEdit* m_reason;
    QLabel* m_error;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QLabel* m_labels[8];

    NameHistoryModel* m_namesModel;
    QTableView* m_namesView;
    QPushButton* m_addName;
    QPushButton* m_removeName;
    QLabel* m_roles;
    ReorganizationTableModel* m_reorganizationsModel;
    QTableView* m_reorganizationsView;
    AuditTableModel* m_historyModel;
    QTableView* m_historyView;
};

} // namespace ui
