-- Golden fixture: a Bagalau database at schema version 1, with rows in every table.
-- Frozen: never regenerate it from newer code. See README.md.
BEGIN TRANSACTION;
CREATE TABLE audit (
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
    );
INSERT INTO "audit" VALUES(1,'2024-01-15T10:00:00.000Z','Әсел','create','body',1,1,'',NULL,'GPO: Бас прокуратурасы | Генеральная прокуратура | General Prosecutor''s Office','Reference data: registry v1');
INSERT INTO "audit" VALUES(2,'2024-01-15T10:00:00.000Z','Әсел','create','body',3,3,'',NULL,'MES: Білім және ғылым министрлігі | Министерство образования и науки | Ministry of Education and Science','Reference data: registry v1');
INSERT INTO "audit" VALUES(3,'2024-02-01T08:30:15.250Z','Әсел','update','body',3,3,'valid_to',NULL,'2022-06-10','Жарлық 2022-06-11');
INSERT INTO "audit" VALUES(4,'2024-02-01T08:31:00.000Z','Әсел','create','reorganization',1,3,'from',NULL,'split 2022-06-11','Жарлық 2022-06-11');
INSERT INTO "audit" VALUES(5,'2024-02-01T08:31:00.000Z','Әсел','create','reorganization',1,4,'to',NULL,'split 2022-06-11','Жарлық 2022-06-11');
INSERT INTO "audit" VALUES(6,'2024-03-05T12:00:00.000Z','Әсел','delete','evaluated_list',2022,3,'2022','MES',NULL,'MES ended on 2022-06-10');
CREATE TABLE body (
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
    );
INSERT INTO "body" VALUES(1,'GPO','central',1,1,NULL,NULL,NULL,0,1,0,1,'','','');
INSERT INTO "body" VALUES(2,'KPSSU','central',0,0,1,NULL,NULL,0,0,0,0,'','','');
INSERT INTO "body" VALUES(3,'MES','central',1,0,NULL,NULL,'2022-06-10',1,1,1,1,'','','');
INSERT INTO "body" VALUES(4,'MEDU','central',1,0,NULL,'2022-06-11',NULL,1,1,1,1,'','','');
INSERT INTO "body" VALUES(5,'AST','capital',1,0,NULL,NULL,NULL,1,1,1,1,'','','');
INSERT INTO "body" VALUES(6,'MOF','central',1,0,NULL,NULL,NULL,1,1,1,1,'құқық қорғау қызметінен басқа','кроме правоохранительной деятельности','except its law-enforcement activity');
CREATE TABLE body_name (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,
        valid_from TEXT,
        short_kk TEXT NOT NULL, short_ru TEXT NOT NULL, short_en TEXT NOT NULL,
        full_kk TEXT NOT NULL, full_ru TEXT NOT NULL, full_en TEXT NOT NULL,
        UNIQUE (body_id, valid_from)
    );
INSERT INTO "body_name" VALUES(1,1,NULL,'Бас прокуратурасы','Генеральная прокуратура','General Prosecutor''s Office','Қазақстан Республикасының Бас прокуратурасы','Генеральная прокуратура Республики Казахстан','General Prosecutor''s Office of the Republic of Kazakhstan');
INSERT INTO "body_name" VALUES(2,2,NULL,'Құқықтық статистика және арнайы есепке алу жөніндегі комитет','Комитет по правовой статистике и специальным учетам','Committee on Legal Statistics and Special Accounts','Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитеті','Комитет по правовой статистике и специальным учетам Генеральной прокуратуры','Committee on Legal Statistics and Special Accounts of the General Prosecutor''s Office');
INSERT INTO "body_name" VALUES(3,3,NULL,'Білім және ғылым министрлігі','Министерство образования и науки','Ministry of Education and Science','Қазақстан Республикасының Білім және ғылым министрлігі','Министерство образования и науки Республики Казахстан','Ministry of Education and Science of the Republic of Kazakhstan');
INSERT INTO "body_name" VALUES(4,4,NULL,'Оқу-ағарту министрлігі','Министерство просвещения','Ministry of Education','Қазақстан Республикасының Оқу-ағарту министрлігі','Министерство просвещения Республики Казахстан','Ministry of Education of the Republic of Kazakhstan');
INSERT INTO "body_name" VALUES(5,5,NULL,'Астана қаласы','город Астана','Astana','Астана қаласының әкімдігі','Акимат города Астаны','Akimat of Astana');
INSERT INTO "body_name" VALUES(6,5,'2019-03-23','Нұр-Сұлтан қаласы','город Нур-Султан','Nur-Sultan','Нұр-Сұлтан қаласының әкімдігі','Акимат города Нур-Султана','Akimat of Nur-Sultan');
INSERT INTO "body_name" VALUES(7,5,'2022-09-17','Астана қаласы','город Астана','Astana','Астана қаласының әкімдігі','Акимат города Астаны','Akimat of Astana');
INSERT INTO "body_name" VALUES(8,6,NULL,'Қаржы министрлігі','Министерство финансов','Ministry of Finance','Қазақстан Республикасының Қаржы министрлігі','Министерство финансов Республики Казахстан','Ministry of Finance of the Republic of Kazakhstan');
CREATE TABLE evaluated_list (
        year INTEGER NOT NULL,
        body_id INTEGER NOT NULL REFERENCES body (id),
        PRIMARY KEY (year, body_id)
    );
INSERT INTO "evaluated_list" VALUES(2021,1);
INSERT INTO "evaluated_list" VALUES(2021,3);
INSERT INTO "evaluated_list" VALUES(2021,5);
INSERT INTO "evaluated_list" VALUES(2021,6);
INSERT INTO "evaluated_list" VALUES(2022,1);
INSERT INTO "evaluated_list" VALUES(2022,4);
INSERT INTO "evaluated_list" VALUES(2022,5);
INSERT INTO "evaluated_list" VALUES(2022,6);
CREATE TABLE reference_load (
        dataset TEXT NOT NULL,
        version INTEGER NOT NULL,
        loaded_at TEXT NOT NULL,
        PRIMARY KEY (dataset, version)
    );
INSERT INTO "reference_load" VALUES('registry',1,'2024-01-15T10:00:00Z');
CREATE TABLE reorganization (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('split', 'spin-off', 'merge', 'rename', 'functions-moved', 'liquidation')),
        approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
        note_kk TEXT NOT NULL DEFAULT '',
        note_ru TEXT NOT NULL DEFAULT '',
        note_en TEXT NOT NULL DEFAULT ''
    );
INSERT INTO "reorganization" VALUES(1,'2022-06-11','split',0,'Білім және ғылым министрлігі бөлінді','Министерство образования и науки разделено','The Ministry of Education and Science was split');
INSERT INTO "reorganization" VALUES(2,'2022-09-17','rename',0,'','','');
CREATE TABLE reorganization_link (
        reorganization_id INTEGER NOT NULL REFERENCES reorganization (id) ON DELETE CASCADE,
        body_id INTEGER NOT NULL REFERENCES body (id),
        side TEXT NOT NULL CHECK (side IN ('from', 'to')),
        PRIMARY KEY (reorganization_id, body_id, side)
    );
INSERT INTO "reorganization_link" VALUES(1,3,'from');
INSERT INTO "reorganization_link" VALUES(1,4,'to');
INSERT INTO "reorganization_link" VALUES(2,5,'from');
INSERT INTO "reorganization_link" VALUES(2,5,'to');
CREATE TABLE role_assignment (
        id INTEGER PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('pa', 'pmo', 'state-planning', 'civil-service', 'budget',
                                           'legal-statistics', 'informatization', 'information')),
        body_id INTEGER NOT NULL REFERENCES body (id),
        valid_from TEXT,
        valid_to TEXT,
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
    );
INSERT INTO "role_assignment" VALUES(1,'legal-statistics',2,NULL,NULL);
INSERT INTO "role_assignment" VALUES(2,'budget',6,NULL,NULL);
CREATE INDEX body_name_body ON body_name (body_id);
CREATE INDEX role_assignment_body ON role_assignment (body_id);
CREATE INDEX reorganization_link_body ON reorganization_link (body_id);
CREATE INDEX audit_entity ON audit (entity, entity_id);
CREATE INDEX audit_body ON audit (body_id);
COMMIT;
PRAGMA user_version = 1;
