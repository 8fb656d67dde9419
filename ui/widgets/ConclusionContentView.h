// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Conclusions.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace ui {

/// What a conclusion says (§47), read-only: the final score and rating with the indicators'
/// lines (part 1), the reorganized predecessors counted in (§53–55), the earlier recommendations
/// with their status (part 2), the findings and new recommendations (part 3). Shows the preview of
/// the next version and any issued version.
class ConclusionContentView final : public QWidget
{
    Q_OBJECT
public:
    enum Column { Code, Indicator, Criterion, Plan, Fact, Status, Score, Contribution, ColumnCount };

    explicit ConclusionContentView(QWidget* parent = nullptr);

    void setContent(const core::ConclusionContent& content, core::Language language);
    void clear();
    /// A sentence above the lines, e.g. "Preview: what a version issued now would say."
    void setNote(const QString& note);

    [[nodiscard]] QTableWidget* linesTable() const { return m_lines; }
    [[nodiscard]] QLabel* scoreLabel() const { return m_score; }
    [[nodiscard]] QTextBrowser* textBrowser() const { return m_texts; }

    /// The score and rating as one line: "Score 72.4 — rating B (Good)".
    [[nodiscard]] static QString scoreText(const core::ConclusionContent& content, core::Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] QString textsHtml(const core::ConclusionContent& content, core::Language language) const;

    QLabel* m_note;
    QLabel* m_score;
    QTableWidget* m_lines;
    QTextBrowser* m_texts;
};

} // namespace ui
