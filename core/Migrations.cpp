// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace core {

namespace {

// Dates are ISO 8601 text (YYYY-MM-DD); NULL valid_from / valid_to means an open end.
// Kept to SQL that PostgreSQL also accepts where that costs nothing.
const QStringList schemaV1 = {
    uR"(CREATE TABLE body (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('central', 'oblast', 'city', 'capital')),
        evaluated INTEGER NOT NULL DEFAULT 1 CHECK (evaluated IN (0, 1)),
        presidential INTEGER NOT NULL DEFAULT 0 CHECK (presidential IN (0, 1)),
        parent_id INTEGER REFERENCES body (id),
        valid_from TEXT,
        valid_to TEXT,
        block1 INTEGER NOT NULL DEFAULT 0 CHECK (block1 IN (0, 1)),
        block2 INTEGER NOT NULL DEFAULT 0 CHECK (block2 IN (0, 1)),
        block3 INTEGER NOT NULL DEFAULT 0 CHECK (block3 IN (0, 1)),
        results INTEGER NOT NULL DEFAULT 0 CHECK (results IN (0, 1)),
        scope_note_kk TEXT NOT NULL DEFAULT '',
        scope_note_ru TEXT NOT NULL DEFAULT '',
        scope_note_en TEXT NOT NULL DEFAULT '',
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
    ))"_s,
    uR"(CREATE TABLE body_name (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,
        valid_from TEXT,
        short_kk TEXT NOT NULL, short_ru TEXT NOT NULL, short_en TEXT NOT NULL,
        full_kk TEXT NOT NULL, full_ru TEXT NOT NULL, full_en TEXT NOT NULL,
        UNIQUE (body_id, valid_from)
    ))"_s,
    u"CREATE INDEX body_name_body ON body_name (body_id)"_s,
    uR"(CREATE TABLE role_assignment (
        id INTEGER PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('pa', 'pmo', 'state-planning', 'civil-service', 'budget',
                                           'legal-statistics', 'informatization', 'information')),
        body_id INTEGER NOT NULL REFERENCES body (id),
        valid_from TEXT,
        valid_to TEXT,
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
    ))"_s,
    u"CREATE INDEX role_assignment_body ON role_assignment (body_id)"_s,
    uR"(CREATE TABLE reorganization (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('split', 'spin-off', 'merge', 'rename', 'functions-moved', 'liquidation')),
        approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
        note_kk TEXT NOT NULL DEFAULT '',
        note_ru TEXT NOT NULL DEFAULT '',
        note_en TEXT NOT NULL DEFAULT ''
    ))"_s,
    uR"(CREATE TABLE reorganization_link (
        reorganization_id INTEGER NOT NULL REFERENCES reorganization (id) ON DELETE CASCADE,
        body_id INTEGER NOT NULL REFERENCES body (id),
        side TEXT NOT NULL CHECK (side IN ('from', 'to')),
        PRIMARY KEY (reorganization_id, body_id, side)
    ))"_s,
    u"CREATE INDEX reorganization_link_body ON reorganization_link (body_id)"_s,
    uR"(CREATE TABLE evaluated_list (
        year INTEGER NOT NULL,
        body_id INTEGER NOT NULL REFERENCES body (id),
        PRIMARY KEY (year, body_id)
    ))"_s,
    uR"(CREATE TABLE reference_load (
        dataset TEXT NOT NULL,
        version INTEGER NOT NULL,
        loaded_at TEXT NOT NULL,
        PRIMARY KEY (dataset, version)
    ))"_s,
    uR"(CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_name TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        entity TEXT NOT NULL,
        entity_id INTEGER,
        body_id INTEGER,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT ''
    ))"_s,
    u"CREATE INDEX audit_entity ON audit (entity, entity_id)"_s,
    u"CREATE INDEX audit_body ON audit (body_id)"_s,
};

// Version 2: the working-day calendar, the schedule (§10–11) and tracked terms.
const QStringList schemaV2 = {
    uR"(CREATE TABLE calendar_rule (
        id INTEGER PRIMARY KEY,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
        first_year INTEGER NOT NULL DEFAULT 0,
        last_year INTEGER NOT NULL DEFAULT 0,
        religious INTEGER NOT NULL DEFAULT 0 CHECK (religious IN (0, 1)),
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL
    ))"_s, uR"(CREATE TABLE calendar_dated_day (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE,
        religious INTEGER NOT NULL DEFAULT 0 CHECK (religious IN (0, 1)),
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL
    ))"_s, uR"(CREATE TABLE calendar_transfer (
        id INTEGER PRIMARY KEY,
        day_off TEXT NOT NULL UNIQUE,
        working_day TEXT NOT NULL UNIQUE,
        note_kk TEXT NOT NULL DEFAULT '', note_ru TEXT NOT NULL DEFAULT '', note_en TEXT NOT NULL DEFAULT '',
        CHECK (day_off <> working_day)
    ))"_s,
    uR"(CREATE TABLE calendar_year (
        year INTEGER PRIMARY KEY,
        confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
    ))"_s, uR"(CREATE TABLE schedule (
        year INTEGER PRIMARY KEY,
        approved_on TEXT,
        reporting TEXT,
        conclusions_to_bodies TEXT,
        conclusions_to_state_planning TEXT,
        to_working_body TEXT,
        to_president TEXT,
        results_evaluation TEXT
    ))"_s,           uR"(CREATE TABLE tracked_term (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        event_date TEXT NOT NULL,
        term_kind TEXT NOT NULL CHECK (term_kind IN ('working', 'calendar')),
        term_days INTEGER NOT NULL CHECK (term_days >= 0),
        due TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
    ))"_s,
};

// Version 3: methodologies per block and year in versions (§19–22), the bodies' indicator values
// and the rating bands of each year.
const QStringList schemaV3 = {
    uR"(CREATE TABLE methodology (
        id INTEGER PRIMARY KEY,
        block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 3),
        year INTEGER NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
        title_kk TEXT NOT NULL DEFAULT '', title_ru TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',
        approved_by TEXT NOT NULL DEFAULT '',
        approved_on TEXT,
        agreed_state_planning TEXT,
        agreed_working_body TEXT,
        not_counted TEXT NOT NULL DEFAULT 'reweight' CHECK (not_counted IN ('reweight', 'zero')),
        full_at REAL NOT NULL DEFAULT 100,
        partial_at REAL NOT NULL DEFAULT 50,
        based_on INTEGER REFERENCES methodology (id) ON DELETE SET NULL,
        UNIQUE (block, year, version)
    ))"_s,
    uR"(CREATE TABLE methodology_owner (
        methodology_id INTEGER NOT NULL REFERENCES methodology (id) ON DELETE CASCADE,
        body_id INTEGER NOT NULL REFERENCES body (id),
        PRIMARY KEY (methodology_id, body_id)
    ))"_s,
    uR"(CREATE TABLE criterion (
        id INTEGER PRIMARY KEY,
        methodology_id INTEGER NOT NULL REFERENCES methodology (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
        weight REAL NOT NULL,
        UNIQUE (methodology_id, code)
    ))"_s,
    uR"(CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
        definition_kk TEXT NOT NULL DEFAULT '', definition_ru TEXT NOT NULL DEFAULT '',
        definition_en TEXT NOT NULL DEFAULT '',
        unit_kk TEXT NOT NULL DEFAULT '', unit_ru TEXT NOT NULL DEFAULT '', unit_en TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
        weight REAL NOT NULL,
        scoring TEXT NOT NULL CHECK (scoring IN ('ratio', 'inverse-ratio', 'yes-no', 'scale', 'expert', 'formula')),
        cap REAL NOT NULL DEFAULT 1,
        scale TEXT NOT NULL DEFAULT '',
        formula TEXT NOT NULL DEFAULT '',
        plan REAL,
        source_type INTEGER NOT NULL DEFAULT 0 CHECK (source_type BETWEEN 0 AND 9),
        verification_kk TEXT NOT NULL DEFAULT '', verification_ru TEXT NOT NULL DEFAULT '',
        verification_en TEXT NOT NULL DEFAULT ''
    ))"_s,
    u"CREATE INDEX indicator_criterion ON indicator (criterion_id)"_s,
    uR"(CREATE TABLE indicator_value (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 3),
        indicator_code TEXT NOT NULL,
        body_id INTEGER NOT NULL REFERENCES body (id),
        plan REAL,
        fact REAL,
        source_type INTEGER NOT NULL DEFAULT 0 CHECK (source_type BETWEEN 0 AND 9),
        sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
        UNIQUE (year, block, indicator_code, body_id)
    ))"_s,
    u"CREATE INDEX indicator_value_body ON indicator_value (body_id)"_s,
    uR"(CREATE TABLE rating_band (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        min_score REAL NOT NULL CHECK (min_score BETWEEN 0 AND 100),
        code TEXT NOT NULL,
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
        sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
        UNIQUE (year, code),
        UNIQUE (year, min_score)
    ))"_s,
};

// Version 4: reporting information (§41) — reports per body, block and year with their state,
// notes, evidence and history; signing keys and packages exchanged with the bodies' workstations;
// risk-based re-verification (§42–43); the range an indicator's fact may take.
const QStringList schemaV4 = {
    u"ALTER TABLE indicator ADD COLUMN min_value REAL"_s,
    u"ALTER TABLE indicator ADD COLUMN max_value REAL"_s,
    uR"(CREATE TABLE report (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 3),
        state TEXT NOT NULL DEFAULT 'draft'
            CHECK (state IN ('draft', 'submitted', 'returned', 'resubmitted', 'accepted')),
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        first_submitted_at TEXT,
        submitted_at TEXT,
        return_reason TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (body_id, year, block)
    ))"_s,
    uR"(CREATE TABLE report_item (
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        indicator_code TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        source_reference TEXT NOT NULL DEFAULT '',
        remark TEXT NOT NULL DEFAULT '',
        answer TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (report_id, indicator_code)
    ))"_s,
    uR"(CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        indicator_code TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        content BLOB NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (report_id, indicator_code, sha256)
    ))"_s,
    uR"(CREATE TABLE report_event (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        revision INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ))"_s,
    u"CREATE INDEX report_event_report ON report_event (report_id)"_s,
    uR"(CREATE TABLE signing_key (
        id INTEGER PRIMARY KEY,
        public_key BLOB NOT NULL UNIQUE,
        secret_key BLOB NOT NULL,
        created_at TEXT NOT NULL
    ))"_s,
    uR"(CREATE TABLE body_key (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        public_key BLOB NOT NULL UNIQUE,
        registered_at TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        revoked_at TEXT
    ))"_s,
    uR"(CREATE TABLE issued_template (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        blocks TEXT NOT NULL,
        key_id INTEGER NOT NULL REFERENCES body_key (id),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL
    ))"_s,
    uR"(CREATE TABLE package_import (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        uuid TEXT NOT NULL,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        content BLOB NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        superseded_by INTEGER REFERENCES package_import (id),
        template_uuid TEXT NOT NULL,
        UNIQUE (template_uuid, kind, sequence)
    ))"_s,
    uR"(CREATE TABLE workstation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        blocks TEXT NOT NULL,
        template_uuid TEXT NOT NULL,
        public_key BLOB NOT NULL,
        secret_key BLOB NOT NULL,
        issuer_key BLOB NOT NULL,
        issued_at TEXT NOT NULL,
        exported_sequence INTEGER NOT NULL DEFAULT 0,
        imported_sequence INTEGER NOT NULL DEFAULT 0
    ))"_s,
    uR"(CREATE TABLE recheck_criterion (
        year INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('large-change', 'on-target', 'late', 'earlier-corrections', 'random')),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        parameter REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (year, kind)
    ))"_s,
    uR"(CREATE TABLE recheck (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 3),
        body_id INTEGER NOT NULL REFERENCES body (id),
        indicator_code TEXT NOT NULL,
        selected_at TEXT NOT NULL,
        selected_by TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('confirmed', 'corrected')),
        reported_fact REAL,
        corrected_fact REAL,
        outcome_reason TEXT NOT NULL DEFAULT '',
        evidence_id INTEGER REFERENCES evidence (id) ON DELETE RESTRICT,
        decided_at TEXT,
        decided_by TEXT,
        UNIQUE (year, block, body_id, indicator_code)
    ))"_s,
    uR"(CREATE TABLE recheck_reason (
        recheck_id INTEGER NOT NULL REFERENCES recheck (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (recheck_id, kind)
    ))"_s,
};

// Issue 6: conclusions (§46–47) with frozen versions, recommendations (§47, §51, §54–55), objections
// and complaints (§57–62) with their documents, special commissions (§59), the Commission's stages
// (§48–51), confidential values and the log of publications (§52).
const QStringList schemaV5 = {
    uR"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        position TEXT NOT NULL DEFAULT '',
        body_id INTEGER REFERENCES body (id)
    ))"_s,
    uR"(CREATE TABLE conclusion (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 3),
        part TEXT NOT NULL DEFAULT '',
        author_id INTEGER REFERENCES body (id),
        summary_kk TEXT NOT NULL DEFAULT '',
        summary_ru TEXT NOT NULL DEFAULT '',
        summary_en TEXT NOT NULL DEFAULT '',
        findings_kk TEXT NOT NULL DEFAULT '',
        findings_ru TEXT NOT NULL DEFAULT '',
        findings_en TEXT NOT NULL DEFAULT '',
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (body_id, year, block, part)
    ))"_s,
    uR"(CREATE TABLE conclusion_participant (
        conclusion_id INTEGER NOT NULL REFERENCES conclusion (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id),
        PRIMARY KEY (conclusion_id, person_id)
    ))"_s,
    uR"(CREATE TABLE special_commission (
        id INTEGER PRIMARY KEY,
        authority_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        formed_on TEXT NOT NULL,
        UNIQUE (authority_id, year)
    ))"_s,
    uR"(CREATE TABLE special_commission_member (
        commission_id INTEGER NOT NULL REFERENCES special_commission (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id),
        working_body INTEGER NOT NULL DEFAULT 0 CHECK (working_body IN (0, 1)),
        PRIMARY KEY (commission_id, person_id)
    ))"_s,
    uR"(CREATE TABLE conclusion_version (
        id INTEGER PRIMARY KEY,
        conclusion_id INTEGER NOT NULL REFERENCES conclusion (id),
        version INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        appeal_id INTEGER REFERENCES appeal (id),
        score REAL,
        content TEXT NOT NULL,
        sent_on TEXT,
        received_on TEXT,
        UNIQUE (conclusion_id, version)
    ))"_s,
    uR"(CREATE TABLE recommendation (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        block INTEGER CHECK (block IS NULL OR block BETWEEN 1 AND 3),
        conclusion_id INTEGER REFERENCES conclusion (id) ON DELETE CASCADE,
        source TEXT NOT NULL CHECK (source IN ('conclusion', 'commission', 'reorganization')),
        is_order INTEGER NOT NULL DEFAULT 0 CHECK (is_order IN (0, 1)),
        from_body_id INTEGER REFERENCES body (id),
        position INTEGER NOT NULL DEFAULT 0,
        text_kk TEXT NOT NULL DEFAULT '',
        text_ru TEXT NOT NULL DEFAULT '',
        text_en TEXT NOT NULL DEFAULT '',
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'partly', 'not-done')),
        note_kk TEXT NOT NULL DEFAULT '',
        note_ru TEXT NOT NULL DEFAULT '',
        note_en TEXT NOT NULL DEFAULT ''
    ))"_s,
    uR"(CREATE TABLE appeal (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('objection', 'complaint')),
        conclusion_id INTEGER NOT NULL REFERENCES conclusion (id),
        version_id INTEGER NOT NULL REFERENCES conclusion_version (id),
        filed_on TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        decided_on TEXT,
        reason_kk TEXT NOT NULL DEFAULT '',
        reason_ru TEXT NOT NULL DEFAULT '',
        reason_en TEXT NOT NULL DEFAULT '',
        commission_id INTEGER REFERENCES special_commission (id),
        corrected_version_id INTEGER REFERENCES conclusion_version (id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    ))"_s,
    uR"(CREATE TABLE appeal_item (
        id INTEGER PRIMARY KEY,
        appeal_id INTEGER NOT NULL REFERENCES appeal (id) ON DELETE CASCADE,
        indicator_code TEXT NOT NULL,
        argument TEXT NOT NULL,
        requested_fact REAL,
        accepted INTEGER CHECK (accepted IN (0, 1)),
        reason TEXT NOT NULL DEFAULT '',
        old_fact REAL,
        new_fact REAL,
        UNIQUE (appeal_id, indicator_code)
    ))"_s,
    uR"(CREATE TABLE appeal_document (
        id INTEGER PRIMARY KEY,
        appeal_id INTEGER NOT NULL REFERENCES appeal (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        content BLOB NOT NULL
    ))"_s,
    uR"(CREATE TABLE commission_stage (
        year INTEGER NOT NULL,
        body_id INTEGER NOT NULL REFERENCES body (id),
        to_working_body TEXT,
        presented TEXT,
        to_head TEXT,
        PRIMARY KEY (year, body_id)
    ))"_s,
    uR"(CREATE TABLE confidential_value (
        year INTEGER NOT NULL,
        block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 3),
        body_id INTEGER NOT NULL REFERENCES body (id),
        indicator_code TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (year, block, body_id, indicator_code)
    ))"_s,
    uR"(CREATE TABLE publication (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        published_at TEXT NOT NULL,
        published_by TEXT NOT NULL,
        target TEXT NOT NULL,
        files TEXT NOT NULL,
        withheld TEXT NOT NULL
    ))"_s,
    uR"(CREATE INDEX appeal_conclusion ON appeal (conclusion_id))"_s,
    uR"(CREATE INDEX conclusion_year ON conclusion (year, block))"_s,
    uR"(CREATE INDEX recommendation_body ON recommendation (body_id, year))"_s,
};

} // namespace

const std::vector<MigrationStep>& migrationSteps()
{
    static const std::vector<MigrationStep> steps = {
        {1, schemaV1}, {2, schemaV2}, {3, schemaV3}, {4, schemaV4}, {5, schemaV5},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrationSteps().back().version;
}

Result<int> userVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(ErrorCode::NotADatabase, q.lastError().text());
    return q.value(0).toInt();
}

Result<void> migrate(QSqlDatabase& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    auto current = userVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestSchemaVersion())
        return fail(ErrorCode::DatabaseNewer, QString::number(*current));
    if (*current >= targetVersion)
        return {};

    // All pending steps in one transaction (SQLite's DDL is transactional): a failure, a crash or a
    // power loss half way leaves the file at the version it had, never at one in between.
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return fail(ErrorCode::MigrationFailed, q.lastError().text());
    auto rollback = [&db](const QString& text) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return fail(ErrorCode::MigrationFailed, text);
    };
    auto failed = [&rollback](const QSqlQuery& query) {
        return rollback(query.lastError().text() + u" — "_s + query.lastQuery());
    };
    // Read again under the write lock: another connection may have migrated the file meanwhile.
    current = userVersion(db);
    if (!current)
        return rollback(current.error().detail);
    if (*current > latestSchemaVersion()) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return fail(ErrorCode::DatabaseNewer, QString::number(*current));
    }
    int reached = *current;
    for (const MigrationStep& step : migrationSteps()) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        for (const QString& sql : step.statements)
            if (!q.exec(sql))
                return failed(q);
        reached = step.version;
    }
    if (reached == *current) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return {};
    }
    // PRAGMA takes no bound parameters; the number is our constant, not input.
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(reached)))
        return failed(q);
    if (!q.exec(u"COMMIT"_s))
        return failed(q);
    return {};
}

} // namespace core
