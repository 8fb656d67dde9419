// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"
#include "core/Reports.h"

#include <QAbstractItemModel>

#include <functional>
#include <optional>
#include <vector>

namespace ui {

/// The entry form of one report, generated from the methodology in effect: the criteria as header
/// rows, each with its indicators' lines (what last year's report said, plan, fact, the §7 source,
/// the source reference, a comment, evidence, the authorized body's remark and the body's answer).
/// Cells with a problem found by core::checkReport() are marked (errors and warnings apart) and say
/// why in their tooltip. An edit goes to the line editor at once: nothing is kept only here.
class ReportFormModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Unit,
        LastYear,
        Plan,
        Fact,
        Source,
        Reference,
        Comment,
        Evidence,
        Remark,
        Answer,
        ColumnCount
    };
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< the criterion's or indicator's code
        IsLineRole, ///< bool: an indicator's line (not a criterion's header)
        SeverityRole, ///< int: 0 nothing, 1 a warning, 2 an error in this cell
        PlaceholderRole, ///< the text an empty editor shows (the methodology's default plan)
        EvidenceCountRole, ///< int
    };
    enum class Severity { None, Warning, Error };
    /// Stores a changed line; false when it was refused.
    using LineEditor = std::function<bool(const core::ReportItem& before, const core::ReportItem& after)>;

    explicit ReportFormModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Numbers are read in the interface's locale ("12,5"; empty: none); a text that is not a number
    /// is refused with inputRejected() and nothing is stored.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Shows a report's form. The same lines as before are updated in place (an open editor stays).
    void setForm(const core::Methodology& methodology, const core::Report& report, std::vector<core::ReportItem> items,
                 std::vector<core::EntryProblem> problems);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_groups.empty(); }
    /// Lines can be edited only with an editor and while the form is editable (a draft or returned report).
    void setLineEditor(LineEditor editor);
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable && m_editor != nullptr; }
    void setLanguage(core::Language language);
    void retranslate();

    [[nodiscard]] const core::Methodology& methodology() const { return m_methodology; }
    [[nodiscard]] const core::Report& report() const { return m_report; }
    [[nodiscard]] const std::vector<core::ReportItem>& items() const { return m_items; }
    [[nodiscard]] const std::vector<core::EntryProblem>& problems() const { return m_problems; }
    [[nodiscard]] const core::ReportItem* item(const QString& code) const;
    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;
    /// True when some line has a remark: the remark and answer columns are then worth showing.
    [[nodiscard]] bool hasRemarks() const;
    /// The index of a line's cell, or invalid.
    [[nodiscard]] QModelIndex cellIndex(const QString& code, int column) const;
    [[nodiscard]] Severity severity(const QString& code, int column) const;
    /// The column a problem is about.
    [[nodiscard]] static Column columnOf(const core::EntryProblem& problem, const core::ReportItem* item);
    /// The indicator's name in the current language, or the code when the methodology has none.
    [[nodiscard]] QString indicatorName(const QString& code) const;

Q_SIGNALS:
    /// The text typed as a number is not one.
    void inputRejected(const QString& text);

private:
    struct Group
    {
        const core::Criterion* criterion = nullptr; ///< none: codes the methodology does not have
        std::vector<std::size_t> lines; ///< indices into m_items
    };

    [[nodiscard]] QVariant groupData(const Group& group, int column, int role) const;
    [[nodiscard]] QVariant lineData(const core::ReportItem& item, int column, int role) const;
    [[nodiscard]] QString lineToolTip(const core::ReportItem& item, int column) const;
    [[nodiscard]] QString indicatorToolTip(const core::Indicator& indicator) const;
    [[nodiscard]] bool isCellEditable(const core::ReportItem& item, int column) const;
    [[nodiscard]] const core::ReportItem* itemAt(const QModelIndex& index) const;
    void rebuild();
    void allDataChanged();

    core::Language m_language = core::Language::English;
    core::Methodology m_methodology;
    core::Report m_report;
    std::vector<core::ReportItem> m_items;
    std::vector<core::EntryProblem> m_problems;
    std::vector<Group> m_groups;
    LineEditor m_editor;
    bool m_editable = false;
};

} // namespace ui
