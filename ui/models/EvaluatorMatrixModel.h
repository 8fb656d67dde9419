// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Evaluators.h"
#include "core/Registry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace ui {

class Session;

/// Who evaluates whom in one evaluated year (DECREE.md, chapters 5–7): the year's evaluated bodies
/// as rows, the seven parts of the three blocks as columns. A cell names the evaluator of the part
/// (and the co-evaluators of §24); a part outside the body's scope (Appendix 2) is empty, a part
/// decided by an exception of the decree is set apart, and a conflict of interest (§12) is flagged.
class EvaluatorMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        EvaluatorCodeRole = Qt::UserRole + 1, ///< the lead evaluator's code (QString; empty when nobody)
        EvaluatorCodesRole, ///< the codes of the lead and the co-evaluators (QStringList)
        ParagraphRole, ///< the paragraph that decides the lead, e.g. "§24" (QString)
        ConflictRole, ///< a conflict of interest of §12 (bool)
        ExceptionRole, ///< decided by an exception of the decree, not by §24/§29/§36 (bool)
        InScopeRole, ///< the part is in the body's scope (bool)
        BodyIdRole, ///< the evaluated body of the row (qint64)
        SearchTextRole, ///< the row's code and every name in every language
        BlockRole, ///< horizontal header: the block of the column (int)
        BlockTitleRole, ///< horizontal header: the block's title (QString)
    };

    /// The paragraphs of the decree's ordinary rule for a part (§24, §29, §36): anything else is an exception.
    [[nodiscard]] static bool isOrdinaryParagraph(const QString& paragraph);
    /// The tints of the cells, for the legend.
    [[nodiscard]] static QColor conflictColor();
    [[nodiscard]] static QColor exceptionColor();
    [[nodiscard]] static QColor outOfScopeColor();

    explicit EvaluatorMatrixModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the bodies and evaluators of `year`: the year's list (§17), or without a list the
    /// evaluated bodies that exist on 31 December.
    core::Result<void> load(int year);
    core::Result<void> reload() { return load(m_year); }
    [[nodiscard]] int year() const { return m_year; }
    /// Whether the rows come from the year's list (false: from the registry on 31 December).
    [[nodiscard]] bool fromList() const { return m_fromList; }

    void setLanguage(core::Language language);
    [[nodiscard]] core::Language language() const { return m_language; }
    /// Cells show codes ("MNE + MOF") instead of short names.
    void setShowCodes(bool codes);
    /// Re-reads the translated texts (headers, tooltips) after a change of language.
    void retranslate();

    [[nodiscard]] static core::Part partOf(int column);
    [[nodiscard]] static int columnOf(core::Part part);
    [[nodiscard]] int rowOfBody(const QString& code) const;
    [[nodiscard]] const core::Body& bodyAt(int row) const;
    /// The evaluation of a part of the body in `row`; none when the part is outside its scope.
    [[nodiscard]] const core::PartEvaluation* evaluation(int row, core::Part part) const;
    [[nodiscard]] const std::vector<core::BlockAssembler>& assemblers() const { return m_assemblers; }
    /// A body known to the registry (evaluators and evaluated), or null.
    [[nodiscard]] const core::Body* body(qint64 id) const;
    /// The short name of a body as on the day roles are read (§56), in the current language.
    [[nodiscard]] QString evaluatorName(qint64 id) const;
    [[nodiscard]] QString evaluatorFullName(qint64 id) const;

private:
    struct Row
    {
        core::Body body;
        std::vector<core::PartEvaluation> parts; ///< in the order of allParts(), only those in scope
        QString searchText;
    };

    [[nodiscard]] QString cellText(const core::PartEvaluation& e) const;
    [[nodiscard]] QString cellToolTip(const Row& row, core::Part part, const core::PartEvaluation* e) const;
    [[nodiscard]] QString roleLine(const core::EvaluatorRole& r) const;
    [[nodiscard]] QString rowHeader(const Row& row) const;
    [[nodiscard]] QString rowToolTip(const Row& row) const;
    [[nodiscard]] QDate nameDate() const { return QDate(m_year, 12, 31); }

    Session& m_session;
    core::Language m_language = core::Language::English;
    int m_year = 0;
    bool m_fromList = false;
    bool m_showCodes = false;
    std::vector<Row> m_rows;
    std::map<qint64, core::Body> m_bodies;
    std::vector<core::BlockAssembler> m_assemblers;
};

} // namespace ui
