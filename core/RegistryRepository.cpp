// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryRepository.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace core {

namespace {

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : parseIsoDate(value.toString());
}

const QString bodyColumns =
    u"id, code, kind, evaluated, presidential, parent_id, valid_from, valid_to, block1, block2, "
    "block3, results, scope_note_kk, scope_note_ru, scope_note_en"_s;

Body bodyFrom(const QSqlQuery& q)
{
    Body b;
    b.id = q.value(0).toLongLong();
    b.code = q.value(1).toString();
    b.fields.kind = parseBodyKind(q.value(2).toString()).value_or(BodyKind::Central);
    b.fields.evaluated = q.value(3).toBool();
    b.fields.presidential = q.value(4).toBool();
    if (!q.value(5).isNull())
        b.fields.parentId = q.value(5).toLongLong();
    b.fields.validFrom = dateOf(q.value(6));
    b.fields.validTo = dateOf(q.value(7));
    b.fields.scope.block1 = q.value(8).toBool();
    b.fields.scope.block2 = q.value(9).toBool();
    b.fields.scope.block3 = q.value(10).toBool();
    b.fields.scope.results = q.value(11).toBool();
    b.fields.scope.note = Text3{q.value(12).toString(), q.value(13).toString(), q.value(14).toString()};
    return b;
}

bool nameBefore(const BodyName& a, const BodyName& b)
{
    if (a.validFrom.isNull() != b.validFrom.isNull())
        return a.validFrom.isNull();
    return a.validFrom < b.validFrom;
}

int kindOrder(BodyKind kind)
{
    return static_cast<int>(kind);
}

} // namespace

RegistryRepository::RegistryRepository(Database& db)
    : m_db(db)
{ }

Result<std::vector<Body>> RegistryRepository::bodies() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + bodyColumns + u" FROM body ORDER BY code"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<Body> result;
    std::map<qint64, std::size_t> index;
    while (q.next()) {
        index[q.value(0).toLongLong()] = result.size();
        result.push_back(bodyFrom(q));
    }
    if (!q.exec(u"SELECT id, body_id, valid_from, short_kk, short_ru, short_en, full_kk, full_ru, full_en "
                "FROM body_name"_s))
        return std::unexpected(Database::sqlError(q));
    while (q.next()) {
        const auto it = index.find(q.value(1).toLongLong());
        if (it == index.end())
            continue;
        BodyName n;
        n.id = q.value(0).toLongLong();
        n.validFrom = dateOf(q.value(2));
        n.shortName = Text3{q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        n.fullName = Text3{q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
        result[it->second].names.push_back(std::move(n));
    }
    for (Body& b : result)
        std::sort(b.names.begin(), b.names.end(), nameBefore);
    // A body without names cannot come from the services; drop it rather than crash on it.
    std::erase_if(result, [](const Body& b) { return b.names.empty(); });
    return result;
}

Result<Body> RegistryRepository::body(qint64 id) const
{
    auto all = bodies();
    if (!all)
        return std::unexpected(all.error());
    for (Body& b : *all)
        if (b.id == id)
            return std::move(b);
    return fail(ErrorCode::NotFound, u"body %1"_s.arg(id));
}

Result<std::optional<Body>> RegistryRepository::bodyByCode(const QString& code) const
{
    auto all = bodies();
    if (!all)
        return std::unexpected(all.error());
    for (Body& b : *all)
        if (b.code == code)
            return std::optional<Body>(std::move(b));
    return std::optional<Body>();
}

Result<std::vector<Body>> RegistryRepository::evaluatedOn(QDate date) const
{
    auto all = bodies();
    if (!all)
        return std::unexpected(all.error());
    std::erase_if(*all, [date](const Body& b) { return !b.fields.evaluated || !b.isValidOn(date); });
    std::stable_sort(all->begin(), all->end(),
                     [](const Body& a, const Body& b) { return kindOrder(a.fields.kind) < kindOrder(b.fields.kind); });
    return all;
}

Result<std::vector<RoleAssignment>> RegistryRepository::roleAssignments() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, role, body_id, valid_from, valid_to FROM role_assignment ORDER BY role, valid_from"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<RoleAssignment> result;
    while (q.next()) {
        RoleAssignment a;
        a.id = q.value(0).toLongLong();
        a.role = parseRole(q.value(1).toString()).value_or(Role::PA);
        a.bodyId = q.value(2).toLongLong();
        a.validFrom = dateOf(q.value(3));
        a.validTo = dateOf(q.value(4));
        result.push_back(a);
    }
    std::stable_sort(result.begin(), result.end(), [](const RoleAssignment& a, const RoleAssignment& b) {
        if (a.role != b.role)
            return a.role < b.role;
        return a.validFrom < b.validFrom;
    });
    return result;
}

Result<std::optional<qint64>> RegistryRepository::roleHolder(Role role, QDate date) const
{
    const auto all = roleAssignments();
    if (!all)
        return std::unexpected(all.error());
    for (const RoleAssignment& a : *all)
        if (a.role == role && a.isValidOn(date))
            return std::optional<qint64>(a.bodyId);
    return std::optional<qint64>();
}

Result<std::vector<Reorganization>> RegistryRepository::reorganizations() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, date, kind, approximate, note_kk, note_ru, note_en FROM reorganization "
                "ORDER BY date, id"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<Reorganization> result;
    std::map<qint64, std::size_t> index;
    while (q.next()) {
        Reorganization r;
        r.id = q.value(0).toLongLong();
        r.date = dateOf(q.value(1));
        r.kind = parseReorganizationKind(q.value(2).toString()).value_or(ReorganizationKind::Split);
        r.approximate = q.value(3).toBool();
        r.note = Text3{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        index[r.id] = result.size();
        result.push_back(std::move(r));
    }
    if (!q.exec(u"SELECT l.reorganization_id, l.body_id, l.side FROM reorganization_link l "
                "JOIN body b ON b.id = l.body_id ORDER BY b.code"_s))
        return std::unexpected(Database::sqlError(q));
    while (q.next()) {
        const auto it = index.find(q.value(0).toLongLong());
        if (it == index.end())
            continue;
        auto& side = q.value(2).toString() == u"from" ? result[it->second].predecessors : result[it->second].successors;
        side.push_back(q.value(1).toLongLong());
    }
    return result;
}

Result<Reorganization> RegistryRepository::reorganization(qint64 id) const
{
    auto all = reorganizations();
    if (!all)
        return std::unexpected(all.error());
    for (Reorganization& r : *all)
        if (r.id == id)
            return std::move(r);
    return fail(ErrorCode::NotFound, u"reorganization %1"_s.arg(id));
}

Result<std::vector<qint64>> RegistryRepository::evaluatedList(int year) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT body_id FROM evaluated_list WHERE year = :year ORDER BY body_id"_s);
    q.bindValue(u":year"_s, year);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<qint64> result;
    while (q.next())
        result.push_back(q.value(0).toLongLong());
    return result;
}

Result<std::vector<int>> RegistryRepository::evaluatedListYears() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT year FROM evaluated_list ORDER BY year"_s))
        return std::unexpected(Database::sqlError(q));
    std::vector<int> result;
    while (q.next())
        result.push_back(q.value(0).toInt());
    return result;
}

Result<bool> RegistryRepository::isReferenced(qint64 bodyId) const
{
    static const QStringList checks = {
        u"SELECT 1 FROM role_assignment WHERE body_id = :id"_s,
        u"SELECT 1 FROM reorganization_link WHERE body_id = :id"_s,
        u"SELECT 1 FROM evaluated_list WHERE body_id = :id"_s,
        u"SELECT 1 FROM body WHERE parent_id = :id"_s,
    };
    QSqlQuery q(m_db.connection());
    for (const QString& sql : checks) {
        q.prepare(sql);
        q.bindValue(u":id"_s, bodyId);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
        if (q.next())
            return true;
    }
    return false;
}

} // namespace core
