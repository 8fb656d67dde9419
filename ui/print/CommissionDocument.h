// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentPages.h"

#include "core/CommissionService.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>

#include <vector>

namespace ui {

/// The Commission's consolidated report of a year for the President (§50): a table of every
/// evaluated body with its block scores, ratings, ranks and change from last year and the state of
/// its conclusions; bar charts of the block scores; the §73 alerts; the progress through the
/// stages of §48–51; the reorganized bodies (§53–55). A4 landscape, several pages.
///
/// The charts are drawn with Qt Charts, which needs a QApplication (the command-line tool makes one
/// for `print`).
class CommissionDocument
{
    Q_DECLARE_TR_FUNCTIONS(CommissionDocument)
public:
    /// Bodies per chart: more are split over several charts.
    static constexpr int BodiesPerChart = 26;

    CommissionDocument(core::CommissionResult result, core::Language language, QDate printedOn = QDate::currentDate());

    /// "Results of the operational evaluation of the effectiveness of state bodies for 2024"
    [[nodiscard]] static QString title(int year);
    /// What a conclusion's state is called in the report: "final", "under appeal", …
    [[nodiscard]] static QString stateName(core::ConclusionState state);
    /// "▲ 2,5", "▼ 1,3", "0,0"; "—" without last year's score.
    [[nodiscard]] static QString change(const std::optional<double>& change, core::Language language);
    /// The charts of the block scores, `BodiesPerChart` bodies each, `width` × `height` CSS pixels
    /// drawn at `scale` times that (print resolution).
    [[nodiscard]] std::vector<QImage> charts(int width, int height, qreal scale) const;

    /// The document as HTML for DocumentPages, without the footer; the charts are the images
    /// "chart0", "chart1", … that pages() adds.
    [[nodiscard]] QString html() const;
    [[nodiscard]] DocumentPages pages() const;
    /// pages(), with `progress` counting the charts drawn (Cancelled when it says stop).
    [[nodiscard]] core::Result<DocumentPages> pages(const core::Progress& progress) const;
    [[nodiscard]] core::Result<void> writePdf(const QString& path) const { return pages().writePdf(path); }

private:
    [[nodiscard]] core::Result<std::vector<QImage>> drawCharts(int width, int height, qreal scale,
                                                               const core::Progress& progress) const;
    [[nodiscard]] QString name(const core::Text3& text) const { return DocumentPages::text(text, m_language); }
    [[nodiscard]] QString num(const std::optional<double>& value) const
    {
        return DocumentPages::number(value, m_language, 1);
    }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString scoreTable() const;
    [[nodiscard]] QString chartSection() const;
    [[nodiscard]] QString alerts() const;
    [[nodiscard]] QString stages() const;
    [[nodiscard]] QString reorganizations() const;
    [[nodiscard]] int chartCount() const;

    core::CommissionResult m_result;
    core::Language m_language;
    QDate m_printedOn;
};

} // namespace ui
