// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentPages.h"

#include "core/AppealService.h"
#include "core/Conclusions.h"

#include <QCoreApplication>
#include <QDate>

#include <map>
#include <optional>

namespace core {
class ConclusionService;
class RegistryRepository;
} // namespace core

namespace ui {

/// The decision of an authorized body on an objection of an evaluated body to its conclusion
/// (§57–61), or on a complaint (§62): the terms, the special commission that considered it (§59),
/// every indicator with the body's argument and the decision on it, the overall decision, the
/// corrected version of the conclusion (§61) and the supporting documents (§58). A4 portrait.
///
/// The sentences come from the installed translation, names from the conclusion in `language`.
class AppealDocument
{
    Q_DECLARE_TR_FUNCTIONS(AppealDocument)
public:
    /// `content` is the conclusion's version the body objected to (its names and indicators).
    AppealDocument(core::Appeal appeal, core::ConclusionContent content, core::Language language,
                   QDate printedOn = QDate::currentDate());

    /// Everything the document of appeal `appealId` shows, read from the services.
    [[nodiscard]] static core::Result<AppealDocument>
    load(qint64 appealId, const core::AppealService& appeals, const core::ConclusionService& conclusions,
         const core::RegistryRepository& registry, core::Language language, QDate printedOn = QDate::currentDate());

    /// The number of the version objected to.
    void setAppealedVersion(int version) { m_appealedVersion = version; }
    /// The number of the version the decision made (§61).
    void setCorrectedVersion(int version) { m_correctedVersion = version; }
    /// The special commission that considered the objection, with the names of its members'
    /// organizations by body id.
    void setCommission(const core::SpecialCommission& commission, std::map<qint64, core::Text3> organizations = {});
    /// The author is the Presidential Administration, which decides without a special commission (§59).
    void setDecidedByPresidentialAdministration(bool pa) { m_byPa = pa; }

    /// "Decision on the objection of <body> to the conclusion of <author> for 2024, block 2 (§57–61)"
    [[nodiscard]] QString title() const;
    /// "Accepted", "Rejected", "Pending"
    [[nodiscard]] static QString statusName(core::AppealStatus status);

    /// The document as HTML for DocumentPages, without the footer.
    [[nodiscard]] QString html() const;
    [[nodiscard]] DocumentPages pages() const;
    [[nodiscard]] core::Result<void> writePdf(const QString& path) const { return pages().writePdf(path); }

private:
    [[nodiscard]] QString name(const core::Text3& text) const { return DocumentPages::text(text, m_language); }
    [[nodiscard]] QString day(QDate date) const { return DocumentPages::date(date, m_language); }
    [[nodiscard]] QString terms() const;
    [[nodiscard]] QString commission() const;
    [[nodiscard]] QString items() const;
    [[nodiscard]] QString decision() const;
    [[nodiscard]] QString documents() const;

    core::Appeal m_appeal;
    core::ConclusionContent m_content;
    core::Language m_language;
    QDate m_printedOn;
    int m_appealedVersion = 0;
    std::optional<int> m_correctedVersion;
    std::optional<core::SpecialCommission> m_commission;
    std::map<qint64, core::Text3> m_organizations;
    bool m_byPa = false;
};

} // namespace ui
