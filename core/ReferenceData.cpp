// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceData.h"

#include "AuditLog.h"
#include "CalendarService.h"
#include "Clock.h"
#include "Database.h"
#include "RegistryService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace core {

namespace {

Text3 text3(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return Text3{o[u"kk"].toString(), o[u"ru"].toString(), o[u"en"].toString()};
}

QDate optionalDate(const QJsonObject& o, QStringView key)
{
    return o.contains(key) ? parseIsoDate(o[key].toString()) : QDate();
}

Error bad(const QString& what)
{
    return Error{ErrorCode::ReferenceData, what};
}

std::vector<qint64> sorted(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

/// The dataset in `path` if it is `name` and not loaded yet; nullopt when it was loaded already.
Result<std::optional<QJsonObject>> ReferenceData::pendingDataset(Database& db, const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(bad(path + u": "_s + file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return std::unexpected(bad(path + u": "_s + parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root[u"dataset"].toString() != name || root[u"version"].toInt() <= 0)
        return std::unexpected(bad(path + u": not a "_s + name + u" dataset"_s));
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT 1 FROM reference_load WHERE dataset = :dataset AND version = :version"_s);
    q.bindValue(u":dataset"_s, name);
    q.bindValue(u":version"_s, root[u"version"].toInt());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(root);
}

Result<void> ReferenceData::markLoaded(Database& db, const QJsonObject& root, const QDateTime& at)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO reference_load (dataset, version, loaded_at) VALUES (:dataset, :version, :at)"_s);
    q.bindValue(u":dataset"_s, root[u"dataset"].toString());
    q.bindValue(u":version"_s, root[u"version"].toInt());
    q.bindValue(u":at"_s, at.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    return {};
}

namespace {

template <typename T>
Result<void> asData(const Result<T>& r, const QString& what)
{
    if (!r)
        return std::unexpected(Error{ErrorCode::ReferenceData, what + u": "_s + r.error().detail});
    return {};
}

} // namespace

Result<bool> ReferenceData::loadRegistry(Database& db, RegistryService& registry, const QString& path)
{
    if (auto r = db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto pending = pendingDataset(db, path, u"registry"_s);
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return false;
    const QJsonObject& root = **pending;
    const QString dataset = root[u"dataset"].toString();
    const int version = root[u"version"].toInt();

    const QString reason = u"Reference data: %1 v%2"_s.arg(dataset).arg(version);
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    const RegistryRepository& repo = registry.repository();

    std::map<QString, qint64> ids;
    const auto existing = repo.bodies();
    if (!existing)
        return std::unexpected(existing.error());
    for (const Body& b : *existing)
        ids[b.code] = b.id;

    // Bodies first (without parents, which may come later in the file), then names and parents.
    const QJsonArray bodies = root[u"bodies"].toArray();
    std::vector<std::pair<qint64, QJsonObject>> added;
    for (const QJsonValue& value : bodies) {
        const QJsonObject o = value.toObject();
        const QString code = o[u"code"].toString();
        if (ids.contains(code))
            continue;
        const auto kind = parseBodyKind(o[u"kind"].toString());
        if (!kind)
            return std::unexpected(bad(code + u": kind"_s));
        BodyFields f;
        f.kind = *kind;
        f.evaluated = o[u"evaluated"].toBool(true);
        f.presidential = o[u"presidential"].toBool(false);
        f.validFrom = optionalDate(o, u"valid_from");
        f.validTo = optionalDate(o, u"valid_to");
        const QJsonObject scope = o[u"scope"].toObject();
        f.scope.block1 = scope[u"block1"].toBool();
        f.scope.block2 = scope[u"block2"].toBool();
        f.scope.block3 = scope[u"block3"].toBool();
        f.scope.results = scope[u"results"].toBool();
        f.scope.note = text3(scope[u"note"]);
        const QJsonArray names = o[u"names"].toArray();
        if (names.isEmpty())
            return std::unexpected(bad(code + u": no names"_s));
        BodyName first;
        first.shortName = text3(names.first().toObject()[u"short"]);
        first.fullName = text3(names.first().toObject()[u"full"]);
        const auto id = registry.addBody(code, f, first, reason);
        if (!id)
            return std::unexpected(Error{id.error().code, code + u": "_s + id.error().detail});
        ids[code] = *id;
        added.emplace_back(*id, o);
    }
    for (const auto& [id, o] : added) {
        const QJsonArray names = o[u"names"].toArray();
        for (qsizetype i = 1; i < names.size(); ++i) {
            BodyName n;
            n.validFrom = optionalDate(names[i].toObject(), u"valid_from");
            n.shortName = text3(names[i].toObject()[u"short"]);
            n.fullName = text3(names[i].toObject()[u"full"]);
            if (auto r = registry.addName(id, n, reason); !r)
                return std::unexpected(Error{r.error().code, o[u"code"].toString() + u": "_s + r.error().detail});
        }
        if (o.contains(u"parent")) {
            const auto parent = ids.find(o[u"parent"].toString());
            if (parent == ids.end())
                return std::unexpected(bad(o[u"code"].toString() + u": parent"_s));
            auto body = repo.body(id);
            if (!body)
                return std::unexpected(body.error());
            BodyFields f = body->fields;
            f.parentId = parent->second;
            if (auto r = registry.updateBody(id, f, reason); !r)
                return std::unexpected(r.error());
        }
    }

    auto idOf = [&ids](const QJsonValue& code) -> Result<qint64> {
        const auto it = ids.find(code.toString());
        if (it == ids.end())
            return std::unexpected(bad(u"unknown body "_s + code.toString()));
        return it->second;
    };

    // Like bodies, the roles and reorganizations that an earlier version brought (and the user may have
    // edited since) stay as they are: the same role of the same body, or a reorganization with the same
    // predecessors and successors, is not added again.
    const auto earlierRoles = repo.roleAssignments();
    if (!earlierRoles)
        return std::unexpected(earlierRoles.error());
    const auto earlierReorganizations = repo.reorganizations();
    if (!earlierReorganizations)
        return std::unexpected(earlierReorganizations.error());

    for (const QJsonValue& value : root[u"roles"].toArray()) {
        const QJsonObject o = value.toObject();
        const auto role = parseRole(o[u"role"].toString());
        const auto body = idOf(o[u"body"]);
        if (!role || !body)
            return std::unexpected(bad(u"role "_s + o[u"role"].toString()));
        if (std::any_of(earlierRoles->begin(), earlierRoles->end(),
                        [&](const RoleAssignment& e) { return e.role == *role && e.bodyId == *body; }))
            continue;
        RoleAssignment a;
        a.role = *role;
        a.bodyId = *body;
        a.validFrom = optionalDate(o, u"valid_from");
        a.validTo = optionalDate(o, u"valid_to");
        if (auto r = registry.assignRole(a, reason); !r)
            return std::unexpected(
                Error{ErrorCode::ReferenceData, u"role "_s + o[u"role"].toString() + u": "_s + r.error().detail});
    }

    for (const QJsonValue& value : root[u"reorganizations"].toArray()) {
        const QJsonObject o = value.toObject();
        const auto kind = parseReorganizationKind(o[u"kind"].toString());
        if (!kind)
            return std::unexpected(bad(u"reorganization kind "_s + o[u"kind"].toString()));
        Reorganization reorg;
        reorg.date = optionalDate(o, u"date");
        reorg.kind = *kind;
        reorg.approximate = o[u"approximate"].toBool(false);
        reorg.note = text3(o[u"note"]);
        for (const QJsonValue& code : o[u"from"].toArray()) {
            const auto id = idOf(code);
            if (!id)
                return std::unexpected(id.error());
            reorg.predecessors.push_back(*id);
        }
        for (const QJsonValue& code : o[u"to"].toArray()) {
            const auto id = idOf(code);
            if (!id)
                return std::unexpected(id.error());
            reorg.successors.push_back(*id);
        }
        if (std::any_of(earlierReorganizations->begin(), earlierReorganizations->end(), [&](const Reorganization& e) {
                return sorted(e.predecessors) == sorted(reorg.predecessors)
                       && sorted(e.successors) == sorted(reorg.successors);
            }))
            continue;
        if (auto r = registry.recordReorganization(reorg, reason); !r)
            return std::unexpected(r.error());
    }

    // Lists of evaluated bodies (§17): by default the evaluated bodies that exist at the end of the
    // year; a body reorganized during the year is treated by §53–54 through its successors.
    const QJsonObject lists = root[u"evaluated_lists"].toObject();
    const auto yearsWithLists = repo.evaluatedListYears();
    if (!yearsWithLists)
        return std::unexpected(yearsWithLists.error());
    const auto all = repo.bodies();
    if (!all)
        return std::unexpected(all.error());
    for (int year = lists[u"first_year"].toInt(); year <= lists[u"last_year"].toInt(); ++year) {
        if (std::find(yearsWithLists->begin(), yearsWithLists->end(), year) != yearsWithLists->end())
            continue; // the user's list of that year stays as it is
        for (const Body& b : *all)
            if (b.fields.evaluated && b.isValidOn(QDate(year, 12, 31)))
                if (auto r = registry.setOnEvaluatedList(year, b.id, true, reason); !r)
                    return std::unexpected(r.error());
    }

    if (auto r = markLoaded(db, root, registry.audit().clock().now()); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<bool> ReferenceData::loadCalendar(Database& db, CalendarService& calendar, const QString& path)
{
    if (auto r = db.ensureWritable(); !r)
        return std::unexpected(r.error());
    auto pending = pendingDataset(db, path, u"calendar"_s);
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return false;
    const QJsonObject& root = **pending;
    const QString reason = u"Reference data: calendar v%1"_s.arg(root[u"version"].toInt());
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    // Like the registry, what an earlier version brought (and the user may have corrected since) stays as it
    // is: the same rule, a day off on a date that has one (or a religious day of a year that has it on another
    // date), a transfer on a date that a transfer uses, and a year whose confirmation is recorded.
    const auto earlier = calendar.data();
    if (!earlier)
        return std::unexpected(earlier.error());
    std::vector<int> recordedYears;
    QSqlQuery years(db.connection());
    if (!years.exec(u"SELECT year FROM calendar_year"_s))
        return std::unexpected(Database::sqlError(years));
    while (years.next())
        recordedYears.push_back(years.value(0).toInt());
    for (const QJsonValue& value : root[u"rules"].toArray()) {
        const QJsonObject o = value.toObject();
        HolidayRule rule{0,
                         o[u"month"].toInt(),
                         o[u"day"].toInt(),
                         o[u"first_year"].toInt(),
                         o[u"last_year"].toInt(),
                         o[u"religious"].toBool(),
                         text3(o[u"name"])};
        if (std::any_of(earlier->rules.begin(), earlier->rules.end(), [&](const HolidayRule& e) {
                return e.month == rule.month && e.day == rule.day && e.firstYear == rule.firstYear
                       && e.lastYear == rule.lastYear && e.religious == rule.religious;
            }))
            continue;
        if (auto r = asData(calendar.addRule(rule, reason), u"rule"_s); !r)
            return std::unexpected(r.error());
    }
    for (const QJsonValue& value : root[u"dated_days"].toArray()) {
        const QJsonObject o = value.toObject();
        DatedDay day{0, optionalDate(o, u"date"), o[u"religious"].toBool(), text3(o[u"name"])};
        if (std::any_of(earlier->datedDays.begin(), earlier->datedDays.end(), [&](const DatedDay& e) {
                return e.date == day.date
                       || (day.religious && e.religious && e.date.year() == day.date.year()
                           && e.name.en == day.name.en);
            }))
            continue;
        if (auto r = asData(calendar.addDatedDay(day, reason), o[u"date"].toString()); !r)
            return std::unexpected(r.error());
    }
    for (const QJsonValue& value : root[u"transfers"].toArray()) {
        const QJsonObject o = value.toObject();
        Transfer t{0, optionalDate(o, u"day_off"), optionalDate(o, u"working_day"), text3(o[u"note"])};
        if (std::any_of(earlier->transfers.begin(), earlier->transfers.end(), [&](const Transfer& e) {
                return e.dayOff == t.dayOff || e.workingDay == t.workingDay || e.dayOff == t.workingDay
                       || e.workingDay == t.dayOff;
            }))
            continue;
        if (auto r = asData(calendar.addTransfer(t, reason), o[u"day_off"].toString()); !r)
            return std::unexpected(r.error());
    }
    for (const QJsonValue& year : root[u"confirmed_years"].toArray())
        if (std::find(recordedYears.begin(), recordedYears.end(), year.toInt()) == recordedYears.end())
            if (auto r = asData(calendar.setConfirmed(year.toInt(), true, reason), QString::number(year.toInt())); !r)
                return std::unexpected(r.error());
    if (auto r = markLoaded(db, root, calendar.audit().clock().now()); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<bool> ReferenceData::loadAll(Database& db, AuditLog& audit)
{
    RegistryService registry(db, audit);
    CalendarService calendar(db, audit);
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    // A body's workstation holds its own body only (from its template): never the whole registry.
    QSqlQuery ws(db.connection());
    if (!ws.exec(u"SELECT 1 FROM workstation"_s))
        return std::unexpected(Database::sqlError(ws));
    const bool workstation = ws.next();
    const auto registryLoaded = workstation ? Result<bool>(false) : loadRegistry(db, registry);
    if (!registryLoaded)
        return std::unexpected(registryLoaded.error());
    const auto calendarLoaded = loadCalendar(db, calendar);
    if (!calendarLoaded)
        return std::unexpected(calendarLoaded.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return *registryLoaded || *calendarLoaded;
}

} // namespace core
