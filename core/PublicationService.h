// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommissionService.h"
#include "Conclusions.h"
#include "Error.h"
#include "Progress.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace core {

class AuditLog;
class ConclusionService;
class Database;

/// What a publication left out, and why (§52). Written to the database's log, never to the
/// published files.
struct WithheldItem
{
    enum class Kind {
        Conclusion, ///< a conclusion marked confidential: its texts and recommendations
        Recommendation, ///< one recommendation marked confidential
        Value, ///< one indicator value marked confidential
    };
    Kind kind = Kind::Value;
    qint64 bodyId = 0;
    QString bodyCode;
    int block = 0; ///< 0 for the Commission's recommendations
    QString what; ///< untranslated: the indicator code, "recommendation 3", "conclusion"
    QString reason;
    friend bool operator==(const WithheldItem&, const WithheldItem&) = default;
};
[[nodiscard]] QString toString(WithheldItem::Kind kind); // "conclusion", "recommendation", "value"

/// A value marked confidential.
struct ConfidentialValue
{
    int year = 0;
    int block = 1;
    qint64 bodyId = 0;
    QString code;
    QString reason;
    friend bool operator==(const ConfidentialValue&, const ConfidentialValue&) = default;
};

/// One body's public part of a block.
struct PublicBlock
{
    int block = 1;
    std::optional<double> score;
    QString rating;
    Text3 ratingName;
    std::optional<int> rank;
    std::optional<double> change;
    bool conclusionWithheld = false; ///< the conclusion is confidential: only the score is public
    Text3 summary;
    Text3 findings;
    std::vector<Recommendation> recommendations; ///< non-confidential ones only
    std::vector<ConclusionLine> lines; ///< non-confidential values only
};

struct PublicBody
{
    qint64 bodyId = 0;
    QString code;
    Text3 name;
    std::vector<PublicBlock> blocks; ///< the blocks of its scope
    std::vector<Recommendation> commissionRecommendations; ///< §51, non-confidential ones only
};

/// Everything a year's publication may show, with what was left out.
struct PublicData
{
    int year = 0;
    std::vector<PublicBody> bodies;
    std::vector<WithheldItem> withheld;
};

/// A publication written earlier: where, when, by whom, which files (name and SHA-256), and what
/// was withheld.
struct PublicationRecord
{
    qint64 id = 0;
    int year = 0;
    QDateTime publishedAt;
    QString publishedBy;
    QString target;
    std::vector<std::pair<QString, QString>> files; ///< name, SHA-256
    std::vector<WithheldItem> withheld;
};

/// §52: confidential marks on values (conclusions and recommendations carry their own), the public
/// content of a year with every confidential item left out, and the log of publications.
class PublicationService
{
public:
    PublicationService(Database& db, AuditLog& audit, ConclusionService& conclusions, CommissionService& commission);

    [[nodiscard]] Result<std::vector<ConfidentialValue>> confidentialValues(int year) const;
    /// Marks a value confidential (with the reason) or public again (`confidential` false).
    [[nodiscard]] Result<void> setValueConfidential(const ConfidentialValue& value, bool confidential,
                                                    const QString& reason);
    /// The public content of a year: the Commission's result; for each conclusion its latest
    /// version's texts, lines and recommendations; confidential conclusions, recommendations and
    /// values left out and listed in `withheld`. `progress`: the Commission's result is the first
    /// half, the bodies' conclusions the second; stopping it fails with Cancelled.
    [[nodiscard]] Result<PublicData> publicData(int year, const Progress& progress = {}) const;
    /// Logs a publication written to `target` (audited).
    [[nodiscard]] Result<qint64> record(int year, const QString& target,
                                        const std::vector<std::pair<QString, QString>>& files,
                                        const std::vector<WithheldItem>& withheld, const QString& reason);
    [[nodiscard]] Result<std::vector<PublicationRecord>> publications(int year) const;

private:
    Database& m_db;
    AuditLog& m_audit;
    ConclusionService& m_conclusions;
    CommissionService& m_commission;
};

} // namespace core
