// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentPages.h"

#include "core/Conclusions.h"

#include <QCoreApplication>
#include <QDate>

namespace core {
class ConclusionService;
}

namespace ui {

/// The conclusion of an authorized body on one evaluated body, block (or part) and year (§46–47),
/// as one issued version says it (its frozen content): the heading, part 1 "Final report" with the
/// score and its indicators, part 2 on the earlier recommendations, part 3 with the findings and the
/// new recommendations, and the staff who prepared it. A4 portrait, several pages.
///
/// The sentences come from the installed translation, names from the content in `language`: the
/// caller installs the translation of the language it passes (ui::Language::apply).
class ConclusionDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConclusionDocument)
public:
    ConclusionDocument(core::ConclusionVersion version, core::Language language,
                       QDate printedOn = QDate::currentDate());

    /// The version of `conclusionId` numbered `version`, or the latest (ConclusionNotIssued when
    /// none was issued; NotFound for a version number it does not have).
    [[nodiscard]] static core::Result<core::ConclusionVersion>
    findVersion(const core::ConclusionService& conclusions, qint64 conclusionId, std::optional<int> version = {});

    /// "Conclusion on the results of the operational evaluation of the effectiveness of <body>
    /// for 2024": the document's title, for the PDF and windows.
    [[nodiscard]] QString title() const;
    /// "Block 2: interaction with individuals and legal entities — Quality of public services"
    [[nodiscard]] static QString blockName(int block, const std::optional<core::Part>& part);
    /// What a recommendation's status is called: "Done", "Partly done", "Not done", "Open".
    [[nodiscard]] static QString recommendationStatus(core::RecommendationStatus status);
    /// An indicator's status ("full", …) as the document writes it.
    [[nodiscard]] static QString lineStatus(const QString& status);
    /// The sentence on a reorganized predecessor (§53–55).
    [[nodiscard]] static QString reorganizationNote(const core::ReorganizationNote& note, core::Language language);

    /// The document as HTML for DocumentPages, without the footer.
    [[nodiscard]] QString html() const;
    [[nodiscard]] DocumentPages pages() const;
    [[nodiscard]] core::Result<void> writePdf(const QString& path) const { return pages().writePdf(path); }

private:
    [[nodiscard]] QString name(const core::Text3& text) const { return DocumentPages::text(text, m_language); }
    [[nodiscard]] QString num(const std::optional<double>& value, int decimals = 1) const
    {
        return DocumentPages::number(value, m_language, decimals);
    }
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString finalReport() const;
    [[nodiscard]] QString indicatorTable() const;
    [[nodiscard]] QString earlierRecommendations() const;
    [[nodiscard]] QString findings() const;

    core::ConclusionVersion m_version;
    core::Language m_language;
    QDate m_printedOn;
};

} // namespace ui
