// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryService.h"

#include "AuditLog.h"
#include "Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// A row id to insert: the given one (a row put back by undo keeps its id), or NULL for a new one.
QVariant rowId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<QString> auditDate(QDate date)
{
    return date.isValid() ? std::optional<QString>(isoDate(date)) : std::nullopt;
}

/// SQLite binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value.trimmed();
}

QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

std::optional<QString> idText(std::optional<qint64> id)
{
    return id ? std::optional<QString>(QString::number(*id)) : std::nullopt;
}

QString nameSummary(const BodyName& n)
{
    return n.shortName.kk + u" | "_s + n.shortName.ru + u" | "_s + n.shortName.en;
}

/// The changed fields of a body, as (column, old, new) for the audit trail.
struct FieldChange
{
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
};

std::vector<FieldChange> diff(const BodyFields& a, const BodyFields& b)
{
    std::vector<FieldChange> changes;
    auto add = [&changes](const QString& field, std::optional<QString> o, std::optional<QString> n) {
        if (o != n)
            changes.push_back({field, std::move(o), std::move(n)});
    };
    add(u"kind"_s, toString(a.kind), toString(b.kind));
    add(u"evaluated"_s, flag(a.evaluated), flag(b.evaluated));
    add(u"presidential"_s, flag(a.presidential), flag(b.presidential));
    add(u"parent_id"_s, idText(a.parentId), idText(b.parentId));
    add(u"valid_from"_s, auditDate(a.validFrom), auditDate(b.validFrom));
    add(u"valid_to"_s, auditDate(a.validTo), auditDate(b.validTo));
    add(u"block1"_s, flag(a.scope.block1), flag(b.scope.block1));
    add(u"block2"_s, flag(a.scope.block2), flag(b.scope.block2));
    add(u"block3"_s, flag(a.scope.block3), flag(b.scope.block3));
    add(u"results"_s, flag(a.scope.results), flag(b.scope.results));
    add(u"scope_note_kk"_s, a.scope.note.kk, b.scope.note.kk);
    add(u"scope_note_ru"_s, a.scope.note.ru, b.scope.note.ru);
    add(u"scope_note_en"_s, a.scope.note.en, b.scope.note.en);
    return changes;
}

void bindFields(QSqlQuery& q, const BodyFields& f)
{
    q.bindValue(u":kind"_s, toString(f.kind));
    q.bindValue(u":evaluated"_s, f.evaluated ? 1 : 0);
    q.bindValue(u":presidential"_s, f.presidential ? 1 : 0);
    q.bindValue(u":parent_id"_s, f.parentId ? QVariant(*f.parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(u":valid_from"_s, sqlDate(f.validFrom));
    q.bindValue(u":valid_to"_s, sqlDate(f.validTo));
    q.bindValue(u":block1"_s, f.scope.block1 ? 1 : 0);
    q.bindValue(u":block2"_s, f.scope.block2 ? 1 : 0);
    q.bindValue(u":block3"_s, f.scope.block3 ? 1 : 0);
    q.bindValue(u":results"_s, f.scope.results ? 1 : 0);
    q.bindValue(u":note_kk"_s, text(f.scope.note.kk));
    q.bindValue(u":note_ru"_s, text(f.scope.note.ru));
    q.bindValue(u":note_en"_s, text(f.scope.note.en));
}

BodyFields normalized(BodyFields f)
{
    f.scope.note = f.scope.note.trimmed();
    return f;
}

BodyName normalized(BodyName n)
{
    n.shortName = n.shortName.trimmed();
    n.fullName = n.fullName.trimmed();
    return n;
}

} // namespace

RegistryService::RegistryService(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
    , m_repo(db)
{ }

Result<void> RegistryService::validateCode(const QString& code)
{
    static const QRegularExpression pattern(u"^[A-Z][A-Z0-9_-]{1,15}$"_s);
    if (!pattern.match(code).hasMatch())
        return fail(ErrorCode::InvalidCode, code);
    return {};
}

Result<void> RegistryService::validateFields(const BodyFields& fields)
{
    if (fields.validFrom.isValid() && fields.validTo.isValid() && fields.validTo < fields.validFrom)
        return fail(ErrorCode::InvalidDateRange, isoDate(fields.validFrom) + u" > "_s + isoDate(fields.validTo));
    if (fields.evaluated && fields.scope.isEmpty())
        return fail(ErrorCode::EmptyScope);
    return {};
}

Result<void> RegistryService::validateName(const BodyName& name)
{
    if (!name.shortName.isComplete() || !name.fullName.isComplete())
        return fail(ErrorCode::EmptyName);
    return {};
}

Result<qint64> RegistryService::addBody(const QString& code, const BodyFields& input, const BodyName& firstName,
                                        const QString& reason, qint64 bodyId)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    const BodyFields fields = normalized(input);
    const BodyName name = normalized(firstName);
    if (auto r = validateCode(code); !r)
        return std::unexpected(r.error());
    if (auto r = validateFields(fields); !r)
        return std::unexpected(r.error());
    if (auto r = validateName(name); !r)
        return std::unexpected(r.error());
    const auto existing = m_repo.bodyByCode(code);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::DuplicateCode, code);

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO body (id, code, kind, evaluated, presidential, parent_id, valid_from, valid_to, block1, block2, "
        "block3, results, scope_note_kk, scope_note_ru, scope_note_en) VALUES (:id, :code, :kind, :evaluated, "
        ":presidential, :parent_id, :valid_from, :valid_to, :block1, :block2, :block3, :results, :note_kk, "
        ":note_ru, :note_en)"_s);
    q.bindValue(u":id"_s, rowId(bodyId));
    q.bindValue(u":code"_s, code);
    bindFields(q, fields);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    BodyName dated = name;
    dated.validFrom = QDate(); // the first name holds from the body's start
    if (auto r = writeName(id, dated, true); !r)
        return std::unexpected(r.error());
    if (auto r = m_audit.record(AuditAction::Create, u"body"_s, id, id, {}, std::nullopt,
                                code + u": "_s + nameSummary(name), reason);
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> RegistryService::updateBody(qint64 id, const BodyFields& input, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    const BodyFields fields = normalized(input);
    if (auto r = validateFields(fields); !r)
        return r;
    if (fields.parentId) {
        // No cycles: following the parents up from the new parent never comes back to the body.
        const auto all = m_repo.bodies();
        if (!all)
            return std::unexpected(all.error());
        std::optional<qint64> step = fields.parentId;
        for (std::size_t guard = 0; step && guard <= all->size(); ++guard) {
            if (*step == id)
                return fail(ErrorCode::InvalidParent);
            const auto parent = std::find_if(all->begin(), all->end(), [&](const Body& b) { return b.id == *step; });
            if (parent == all->end())
                return fail(ErrorCode::NotFound, u"body %1"_s.arg(*step));
            step = parent->fields.parentId;
        }
    }
    const auto old = m_repo.body(id);
    if (!old)
        return std::unexpected(old.error());
    for (const BodyName& n : old->names)
        if (n.validFrom.isValid() && !isValidOn(fields.validFrom, fields.validTo, n.validFrom))
            return fail(ErrorCode::NameOutsideValidity, isoDate(n.validFrom));
    const auto changes = diff(old->fields, fields);
    if (changes.empty())
        return {};

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE body SET kind = :kind, evaluated = :evaluated, presidential = :presidential, "
              "parent_id = :parent_id, valid_from = :valid_from, valid_to = :valid_to, block1 = :block1, "
              "block2 = :block2, block3 = :block3, results = :results, scope_note_kk = :note_kk, "
              "scope_note_ru = :note_ru, scope_note_en = :note_en WHERE id = :id"_s);
    bindFields(q, fields);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    for (const FieldChange& c : changes)
        if (auto r = m_audit.record(AuditAction::Update, u"body"_s, id, id, c.field, c.oldValue, c.newValue, reason);
            !r)
            return r;
    return tx.commit();
}

Result<void> RegistryService::removeBody(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    const auto old = m_repo.body(id);
    if (!old)
        return std::unexpected(old.error());
    const auto referenced = m_repo.isReferenced(id);
    if (!referenced)
        return std::unexpected(referenced.error());
    if (*referenced)
        return fail(ErrorCode::BodyInUse, old->code);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM body WHERE id = :id"_s); // names go with it (ON DELETE CASCADE)
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto r = m_audit.record(AuditAction::Delete, u"body"_s, id, id, {},
                                old->code + u": "_s + nameSummary(old->names.front()), std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

Result<void> RegistryService::checkName(const Body& body, const BodyName& name, qint64 ignoreId) const
{
    if (auto r = validateName(name); !r)
        return r;
    if (name.validFrom.isValid() && !body.isValidOn(name.validFrom))
        return fail(ErrorCode::NameOutsideValidity, isoDate(name.validFrom));
    for (const BodyName& n : body.names)
        if (n.id != ignoreId && n.validFrom == name.validFrom)
            return fail(ErrorCode::DuplicateNameStart, isoDate(name.validFrom));
    return {};
}

Result<void> RegistryService::writeName(qint64 bodyId, const BodyName& name, bool insert)
{
    QSqlQuery q(m_db.connection());
    if (insert)
        q.prepare(u"INSERT INTO body_name (id, body_id, valid_from, short_kk, short_ru, short_en, full_kk, full_ru, "
                  "full_en) VALUES (:id, :body_id, :valid_from, :short_kk, :short_ru, :short_en, :full_kk, :full_ru, "
                  ":full_en)"_s);
    else
        q.prepare(u"UPDATE body_name SET valid_from = :valid_from, short_kk = :short_kk, short_ru = :short_ru, "
                  "short_en = :short_en, full_kk = :full_kk, full_ru = :full_ru, full_en = :full_en "
                  "WHERE id = :id AND body_id = :body_id"_s);
    q.bindValue(u":body_id"_s, bodyId);
    q.bindValue(u":id"_s, insert ? rowId(name.id) : QVariant(name.id));
    q.bindValue(u":valid_from"_s, sqlDate(name.validFrom));
    q.bindValue(u":short_kk"_s, name.shortName.kk);
    q.bindValue(u":short_ru"_s, name.shortName.ru);
    q.bindValue(u":short_en"_s, name.shortName.en);
    q.bindValue(u":full_kk"_s, name.fullName.kk);
    q.bindValue(u":full_ru"_s, name.fullName.ru);
    q.bindValue(u":full_en"_s, name.fullName.en);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    return {};
}

Result<qint64> RegistryService::addName(qint64 bodyId, const BodyName& input, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    const BodyName name = normalized(input);
    const auto body = m_repo.body(bodyId);
    if (!body)
        return std::unexpected(body.error());
    if (!name.validFrom.isValid())
        return fail(ErrorCode::InvalidDate); // a later name needs the day it takes effect
    if (auto r = checkName(*body, name, 0); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto r = writeName(bodyId, name, true); !r)
        return std::unexpected(r.error());
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT last_insert_rowid()"_s) || !q.next())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.value(0).toLongLong();
    if (auto r = m_audit.record(AuditAction::Create, u"body_name"_s, id, bodyId, isoDate(name.validFrom), std::nullopt,
                                nameSummary(name), reason);
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> RegistryService::updateName(qint64 bodyId, const BodyName& input, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    const BodyName name = normalized(input);
    const auto body = m_repo.body(bodyId);
    if (!body)
        return std::unexpected(body.error());
    const auto old =
        std::find_if(body->names.begin(), body->names.end(), [&name](const BodyName& n) { return n.id == name.id; });
    if (old == body->names.end())
        return fail(ErrorCode::NotFound, u"name %1"_s.arg(name.id));
    // The first name holds from the body's start; only later names carry a date.
    if (old->validFrom.isNull() != name.validFrom.isNull())
        return fail(ErrorCode::InvalidDate);
    if (auto r = checkName(*body, name, name.id); !r)
        return r;
    if (*old == name)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = writeName(bodyId, name, false); !r)
        return r;
    const std::vector<FieldChange> changes = {
        {u"valid_from"_s, auditDate(old->validFrom), auditDate(name.validFrom)},
        {u"short_kk"_s, old->shortName.kk, name.shortName.kk},
        {u"short_ru"_s, old->shortName.ru, name.shortName.ru},
        {u"short_en"_s, old->shortName.en, name.shortName.en},
        {u"full_kk"_s, old->fullName.kk, name.fullName.kk},
        {u"full_ru"_s, old->fullName.ru, name.fullName.ru},
        {u"full_en"_s, old->fullName.en, name.fullName.en},
    };
    for (const FieldChange& c : changes)
        if (c.oldValue != c.newValue)
            if (auto r = m_audit.record(AuditAction::Update, u"body_name"_s, name.id, bodyId, c.field, c.oldValue,
                                        c.newValue, reason);
                !r)
                return r;
    return tx.commit();
}

Result<void> RegistryService::removeName(qint64 bodyId, qint64 nameId, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    const auto body = m_repo.body(bodyId);
    if (!body)
        return std::unexpected(body.error());
    const auto old =
        std::find_if(body->names.begin(), body->names.end(), [nameId](const BodyName& n) { return n.id == nameId; });
    if (old == body->names.end())
        return fail(ErrorCode::NotFound, u"name %1"_s.arg(nameId));
    if (old->validFrom.isNull())
        return fail(ErrorCode::LastName); // the first name is the body's; it goes only with the body
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM body_name WHERE id = :id"_s);
    q.bindValue(u":id"_s, nameId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto r = m_audit.record(AuditAction::Delete, u"body_name"_s, nameId, bodyId, isoDate(old->validFrom),
                                nameSummary(*old), std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

Result<qint64> RegistryService::recordReorganization(const Reorganization& input, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    Reorganization reorg = input;
    reorg.note = reorg.note.trimmed();
    if (!reorg.date.isValid())
        return fail(ErrorCode::InvalidDate);
    if (reorg.predecessors.empty())
        return fail(ErrorCode::NoPredecessor);
    if (reorg.successors.empty() && reorg.kind != ReorganizationKind::Liquidation)
        return fail(ErrorCode::NoSuccessor);
    if (reorg.kind == ReorganizationKind::Rename && (reorg.predecessors.size() != 1 || reorg.successors.size() != 1))
        return fail(ErrorCode::RenameNeedsOneToOne);
    const std::set<qint64> from(reorg.predecessors.begin(), reorg.predecessors.end());
    const std::set<qint64> to(reorg.successors.begin(), reorg.successors.end());
    if (reorg.kind != ReorganizationKind::Rename)
        for (qint64 id : to)
            if (from.contains(id))
                return fail(ErrorCode::BodyOnBothSides, QString::number(id));
    for (qint64 id : from) {
        const auto b = m_repo.body(id);
        if (!b)
            return std::unexpected(b.error());
        // A predecessor existed before the date.
        if (b->fields.validFrom.isValid() && b->fields.validFrom >= reorg.date)
            return fail(ErrorCode::BodyNotValidOnDate, b->code);
    }
    for (qint64 id : to) {
        const auto b = m_repo.body(id);
        if (!b)
            return std::unexpected(b.error());
        if (!b->isValidOn(reorg.date))
            return fail(ErrorCode::BodyNotValidOnDate, b->code);
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO reorganization (id, date, kind, approximate, note_kk, note_ru, note_en) "
              "VALUES (:id, :date, :kind, :approximate, :kk, :ru, :en)"_s);
    q.bindValue(u":id"_s, rowId(reorg.id));
    q.bindValue(u":date"_s, isoDate(reorg.date));
    q.bindValue(u":kind"_s, toString(reorg.kind));
    q.bindValue(u":approximate"_s, reorg.approximate ? 1 : 0);
    q.bindValue(u":kk"_s, text(reorg.note.kk));
    q.bindValue(u":ru"_s, text(reorg.note.ru));
    q.bindValue(u":en"_s, text(reorg.note.en));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO reorganization_link (reorganization_id, body_id, side) VALUES (:r, :b, :side)"_s);
    auto link = [&](qint64 bodyId, const QString& side) -> Result<void> {
        q.bindValue(u":r"_s, id);
        q.bindValue(u":b"_s, bodyId);
        q.bindValue(u":side"_s, side);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q));
        const QString summary =
            toString(reorg.kind) + u" "_s + isoDate(reorg.date) + (reorg.approximate ? u" ~"_s : QString());
        return m_audit.record(AuditAction::Create, u"reorganization"_s, id, bodyId, side, std::nullopt, summary,
                              reason);
    };
    for (qint64 b : from)
        if (auto r = link(b, u"from"_s); !r)
            return std::unexpected(r.error());
    for (qint64 b : to)
        if (auto r = link(b, u"to"_s); !r)
            return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> RegistryService::updateReorganization(const Reorganization& input, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    const auto old = m_repo.reorganization(input.id);
    if (!old)
        return std::unexpected(old.error());
    Reorganization reorg = input;
    reorg.note = reorg.note.trimmed();
    if (!reorg.date.isValid())
        return fail(ErrorCode::InvalidDate);
    if (reorg.kind == ReorganizationKind::Rename && (old->predecessors.size() != 1 || old->successors.size() != 1))
        return fail(ErrorCode::RenameNeedsOneToOne);
    if (reorg.kind != ReorganizationKind::Liquidation && old->successors.empty())
        return fail(ErrorCode::NoSuccessor);
    const std::vector<FieldChange> changes = {
        {u"date"_s, isoDate(old->date), isoDate(reorg.date)},
        {u"kind"_s, toString(old->kind), toString(reorg.kind)},
        {u"approximate"_s, flag(old->approximate), flag(reorg.approximate)},
        {u"note_kk"_s, old->note.kk, reorg.note.kk},
        {u"note_ru"_s, old->note.ru, reorg.note.ru},
        {u"note_en"_s, old->note.en, reorg.note.en},
    };
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE reorganization SET date = :date, kind = :kind, approximate = :approximate, note_kk = :kk, "
              "note_ru = :ru, note_en = :en WHERE id = :id"_s);
    q.bindValue(u":date"_s, isoDate(reorg.date));
    q.bindValue(u":kind"_s, toString(reorg.kind));
    q.bindValue(u":approximate"_s, reorg.approximate ? 1 : 0);
    q.bindValue(u":kk"_s, text(reorg.note.kk));
    q.bindValue(u":ru"_s, text(reorg.note.ru));
    q.bindValue(u":en"_s, text(reorg.note.en));
    q.bindValue(u":id"_s, reorg.id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    std::vector<qint64> bodies = old->predecessors;
    bodies.insert(bodies.end(), old->successors.begin(), old->successors.end());
    std::sort(bodies.begin(), bodies.end());
    bodies.erase(std::unique(bodies.begin(), bodies.end()), bodies.end());
    for (const FieldChange& c : changes) {
        if (c.oldValue == c.newValue)
            continue;
        for (qint64 b : bodies)
            if (auto r = m_audit.record(AuditAction::Update, u"reorganization"_s, reorg.id, b, c.field, c.oldValue,
                                        c.newValue, reason);
                !r)
                return r;
    }
    return tx.commit();
}

Result<void> RegistryService::removeReorganization(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    const auto old = m_repo.reorganization(id);
    if (!old)
        return std::unexpected(old.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM reorganization WHERE id = :id"_s); // links go with it (ON DELETE CASCADE)
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const QString summary = toString(old->kind) + u" "_s + isoDate(old->date);
    auto unlink = [&](qint64 bodyId, const QString& side) {
        return m_audit.record(AuditAction::Delete, u"reorganization"_s, id, bodyId, side, summary, std::nullopt,
                              reason);
    };
    for (qint64 b : old->predecessors)
        if (auto r = unlink(b, u"from"_s); !r)
            return r;
    for (qint64 b : old->successors)
        if (auto r = unlink(b, u"to"_s); !r)
            return r;
    return tx.commit();
}

Result<qint64> RegistryService::assignRole(const RoleAssignment& a, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (a.validFrom.isValid() && a.validTo.isValid() && a.validTo < a.validFrom)
        return fail(ErrorCode::InvalidDateRange);
    if (auto b = m_repo.body(a.bodyId); !b)
        return std::unexpected(b.error());
    const auto existing = m_repo.roleAssignments();
    if (!existing)
        return std::unexpected(existing.error());
    // A new holder from a date takes the role over from an open-ended earlier holder, whose period
    // then ends the day before; any other overlap is refused.
    std::vector<RoleAssignment> handovers;
    for (const RoleAssignment& other : *existing) {
        const bool overlaps = (other.validTo.isNull() || a.validFrom.isNull() || a.validFrom <= other.validTo)
                              && (a.validTo.isNull() || other.validFrom.isNull() || other.validFrom <= a.validTo);
        if (other.role != a.role || !overlaps)
            continue;
        const bool handover = other.validTo.isNull() && a.validFrom.isValid()
                              && (other.validFrom.isNull() || other.validFrom < a.validFrom);
        if (!handover)
            return fail(ErrorCode::RoleOverlap, toString(a.role));
        handovers.push_back(other);
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO role_assignment (role, body_id, valid_from, valid_to) "
              "VALUES (:role, :body_id, :valid_from, :valid_to)"_s);
    q.bindValue(u":role"_s, toString(a.role));
    q.bindValue(u":body_id"_s, a.bodyId);
    q.bindValue(u":valid_from"_s, sqlDate(a.validFrom));
    q.bindValue(u":valid_to"_s, sqlDate(a.validTo));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    for (const RoleAssignment& earlier : handovers) {
        QSqlQuery end(m_db.connection());
        end.prepare(u"UPDATE role_assignment SET valid_to = :valid_to WHERE id = :id"_s);
        end.bindValue(u":valid_to"_s, isoDate(a.validFrom.addDays(-1)));
        end.bindValue(u":id"_s, earlier.id);
        if (!end.exec())
            return std::unexpected(Database::sqlError(end));
        if (auto r = m_audit.record(AuditAction::Update, u"role_assignment"_s, earlier.id, earlier.bodyId,
                                    u"valid_to"_s, std::nullopt, isoDate(a.validFrom.addDays(-1)), reason);
            !r)
            return std::unexpected(r.error());
    }
    const QString summary = toString(a.role) + u" "_s + isoDate(a.validFrom) + u"…"_s + isoDate(a.validTo);
    if (auto r = m_audit.record(AuditAction::Create, u"role_assignment"_s, id, a.bodyId, u"role"_s, std::nullopt,
                                summary, reason);
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> RegistryService::setOnEvaluatedList(int year, qint64 bodyId, bool onList, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (year < MinYear || year > MaxYear)
        return fail(ErrorCode::InvalidYear, QString::number(year));
    const auto body = m_repo.body(bodyId);
    if (!body)
        return std::unexpected(body.error());
    if (onList && !body->fields.evaluated)
        return fail(ErrorCode::NotEvaluatedBody, body->code);
    if (onList && !body->overlaps(QDate(year, 1, 1), QDate(year, 12, 31)))
        return fail(ErrorCode::BodyNotValidOnDate, body->code);
    const auto list = m_repo.evaluatedList(year);
    if (!list)
        return std::unexpected(list.error());
    const bool present = std::find(list->begin(), list->end(), bodyId) != list->end();
    if (present == onList)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(onList ? u"INSERT INTO evaluated_list (year, body_id) VALUES (:year, :body_id)"_s
                     : u"DELETE FROM evaluated_list WHERE year = :year AND body_id = :body_id"_s);
    q.bindValue(u":year"_s, year);
    q.bindValue(u":body_id"_s, bodyId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto r = m_audit.record(onList ? AuditAction::Create : AuditAction::Delete, u"evaluated_list"_s, year, bodyId,
                                QString::number(year), onList ? std::nullopt : std::optional<QString>(body->code),
                                onList ? std::optional<QString>(body->code) : std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

} // namespace core
