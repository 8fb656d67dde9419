// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/AppealService.h"
#include "core/Conclusions.h"

#include <QDate>

#include <functional>
#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace ui {

/// Files an objection to a conclusion (§57–58) or a complaint after the appeal procedure (§62): the
/// date it was filed with the last day of its term (a late one is refused), the body's covering
/// letter, the indicators it disagrees with (each with the argument and the fact it says is right),
/// and the supporting documents — at least one: an objection without them is not considered (§58).
class AppealFileDialog final : public DialogBase
{
    Q_OBJECT
public:
    /// Asks for files to attach; empty when cancelled.
    using FileChooser = std::function<QStringList()>;
    /// A term: the event it counts from and its last day (null dates: none runs).
    using Term = std::pair<QDate, QDate>;
    enum ItemColumn { IndicatorColumn, ArgumentColumn, FactColumn, ItemColumnCount };

    AppealFileDialog(const core::Conclusion& conclusion, const QString& subject,
                     std::vector<core::ConclusionLine> lines, Term objectionTerm, Term complaintTerm,
                     core::Language language, FileChooser chooseFiles, QWidget* parent = nullptr);

    /// What the body sends, as typed.
    [[nodiscard]] core::NewAppeal appeal() const;

    void setKind(core::AppealKind kind);
    void setFiledOn(QDate date);
    void setLetter(const QString& text);
    /// Adds an indicator's line; `code` must be one of the conclusion's indicators.
    void addItem(const QString& code, const QString& argument, const QString& requestedFact = {});
    /// Reads and attaches a file; false when it cannot be read (the error is shown).
    bool attachFile(const QString& path);
    void attachDocument(const QString& name, const QByteArray& content);

    // For tests.
    [[nodiscard]] QComboBox* kindComboBox() const { return m_kind; }
    [[nodiscard]] QDateEdit* filedDateEdit() const { return m_filed; }
    [[nodiscard]] QLabel* termLabel() const { return m_term; }
    [[nodiscard]] QPlainTextEdit* letterEdit() const { return m_letter; }
    [[nodiscard]] QTableWidget* itemsTable() const { return m_items; }
    [[nodiscard]] QTreeWidget* documentsTree() const { return m_documents; }
    [[nodiscard]] QLabel* documentsRuleLabel() const { return m_rule; }

    /// Accepting checks that the requested facts are numbers; the rest is core's to refuse.
    void done(int result) override;

private:
    void updateTerm();
    void updateRule();
    void onAddItem();
    void onRemoveItem();
    void onAttach();
    void onRemoveDocument();
    [[nodiscard]] QComboBox* indicatorCombo() const;

    core::Conclusion m_conclusion;
    std::vector<core::ConclusionLine> m_lines;
    Term m_objectionTerm;
    Term m_complaintTerm;
    core::Language m_language;
    FileChooser m_chooseFiles;
    std::vector<core::NewAppeal::Document> m_attached;

    QComboBox* m_kind;
    QDateEdit* m_filed;
    QLabel* m_term;
    QPlainTextEdit* m_letter;
    QTableWidget* m_items;
    QPushButton* m_addItem;
    QPushButton* m_removeItem;
    QTreeWidget* m_documents;
    QPushButton* m_attach;
    QPushButton* m_removeDocument;
    QLabel* m_rule;
};

} // namespace ui
