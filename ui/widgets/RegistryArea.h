// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Registry.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace ui {

class BodyDetailsPane;
class BodyFilterProxyModel;
class BodyTableModel;
class EvaluatedListModel;
class RegistryController;
class ReorganizationTableModel;
class Settings;

/// The registry of evaluated and authorized bodies: search and filters, the table, the details
/// of the selected body, reorganizations with their §53–55 treatment, and the yearly lists (§17).
class RegistryArea final : public QWidget
{
    Q_OBJECT
public:
    RegistryArea(RegistryController& controller, Settings& settings, QWidget* parent = nullptr);
    ~RegistryArea() override;

    void setLanguage(core::Language language);
    void saveState();

    [[nodiscard]] QAction* addBodyAction() const { return m_addBody; }
    [[nodiscard]] QAction* retireBodyAction() const { return m_retireBody; }
    [[nodiscard]] QAction* reorganizeAction() const { return m_reorganize; }
    [[nodiscard]] std::optional<qint64> selectedBodyId() const;
    /// Shows a tab: 0 bodies, 1 reorganizations, 2 yearly lists.
    void showTab(int index);
    /// Selects the body's row in the table (clearing filters that hide it).
    void selectBody(qint64 bodyId);

    // For tests and the window: the parts a user works with.
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QTableView* bodiesView() const { return m_bodiesView; }
    [[nodiscard]] BodyDetailsPane* detailsPane() const { return m_details; }
    [[nodiscard]] BodyTableModel* bodyModel() const { return m_model; }
    [[nodiscard]] BodyFilterProxyModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QComboBox* kindFilter() const { return m_kind; }
    [[nodiscard]] QCheckBox* asOfCheck() const { return m_asOfCheck; }
    [[nodiscard]] QDateEdit* asOfDate() const { return m_asOf; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();
    /// Loads the tab's table if the registry changed since it was last shown (the reorganizations
    /// and the yearly lists are read when first shown, not with the bodies).
    void loadTab(int index);
    void applyFilters();
    /// Shows the selected body in the details pane, if another one than it shows.
    void showSelectedDetails();
    void updatePresentation();
    void updateActions();
    void onAddBody();
    void onRetireBody();
    void onReorganize();
    void onAddName();
    void showError(const QString& text);

    RegistryController& m_controller;
    Settings& m_settings;
    core::Language m_language = core::Language::English;

    BodyTableModel* m_model;
    BodyFilterProxyModel* m_proxy;
    ReorganizationTableModel* m_reorganizations;
    EvaluatedListModel* m_list;

    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_category;
    QCheckBox* m_asOfCheck;
    QDateEdit* m_asOf;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_bodiesView;
    BodyDetailsPane* m_details;
    QTableView* m_reorganizationsView;
    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_reorganizationHint;
    QLabel* m_listYearLabel;
    QSpinBox* m_listYear;
    QLabel* m_listCount;
    QTableView* m_listView;
    QLabel* m_error;

    bool m_filtering = false; ///< the table's rows change under a filter: the selection is restored after
    std::optional<qint64> m_detailsBodyId; ///< the body the details pane shows
    bool m_reorganizationsStale = true;
    bool m_listStale = true;

    QAction* m_addBody;
    QAction* m_retireBody;
    QAction* m_reorganize;
};

} // namespace ui
