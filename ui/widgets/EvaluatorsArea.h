// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text3.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace ui {

class EvaluatorMatrixModel;
class Session;

/// Who evaluates whom in one evaluated year (DECREE.md, chapters 5–7): a matrix of the year's
/// evaluated bodies and the seven parts of the three blocks, with exceptions of the decree set
/// apart and conflicts of interest (§12) flagged; under it the assemblers of blocks 2 and 3
/// (§33, §39) and a legend. Read only: the registry's roles and lists decide it.
class EvaluatorsArea final : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluatorsArea(Session& session, QWidget* parent = nullptr);
    void setLanguage(core::Language language);

    void setYear(int year);
    [[nodiscard]] int year() const;
    /// Re-reads the registry for the year shown.
    void reload();

    /// The latest year with a list of evaluated bodies up to the year evaluated now (the current
    /// year − 1), or the current year − 1 when there is none.
    [[nodiscard]] static int defaultYear(Session& session);

    // For tests: the parts a user works with.
    [[nodiscard]] EvaluatorMatrixModel* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QLineEdit* filterLineEdit() const { return m_filter; }
    [[nodiscard]] QCheckBox* codesCheckBox() const { return m_codes; }
    [[nodiscard]] QLabel* assemblersLabel() const { return m_assemblers; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTexts();
    void showError(const QString& text);

    Session& m_session;
    core::Language m_language = core::Language::English;
    EvaluatorMatrixModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_source;
    QLineEdit* m_filter;
    QCheckBox* m_codes;
    QLabel* m_error;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_assemblersTitle;
    QLabel* m_assemblers;
    QLabel* m_legendTitle;
    QLabel* m_legendException;
    QLabel* m_legendConflict;
    QLabel* m_legendOutOfScope;
    QTimer* m_rowsTimer;
};

} // namespace ui
