// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rows of conclusions and recommendations shared by ConclusionService's source files (internal).

#include "Conclusions.h"
#include "Error.h"

#include <QVariant>
#include <optional>
#include <vector>

class QSqlQuery;

namespace core {

class AuditLog;
class Database;

namespace conclusionrows {

[[nodiscard]] std::optional<QString> textOrNull(const QString& text);
/// Audits the three languages of a text that changed, one entry per language.
[[nodiscard]] Result<void> auditText3(AuditLog& audit, const QString& entity, qint64 id, std::optional<qint64> bodyId,
                                      const QString& field, const Text3& before, const Text3& after,
                                      const QString& reason);
[[nodiscard]] Text3 readText3(const QSqlQuery& q, int first);
[[nodiscard]] Result<std::vector<Recommendation>> queryRecommendations(Database& db, const QString& where,
                                                                       const QVariantList& values);
[[nodiscard]] Result<Recommendation> loadRecommendation(Database& db, qint64 id);
[[nodiscard]] QString recommendationWhat(const Recommendation& r);
/// Inserts a recommendation as it is (position and status included), audited.
[[nodiscard]] Result<qint64> insertRecommendation(Database& db, AuditLog& audit, const Recommendation& r,
                                                  const QString& reason);

} // namespace conclusionrows

} // namespace core
