-- Golden fixture: a Bagalau database at schema version 5, with rows in every table.
-- Frozen: never regenerate it from newer code. See README.md.
-- Written from v4.sql followed by the statements of schema step 5, with rows added to the new
-- tables: people, conclusions (a whole block and a confidential part), a participant, a special
-- commission with a working-body member, two versions (the second corrected by an accepted
-- objection, §61), recommendations of the three sources, an objection and a complaint, an item,
-- a document, a Commission stage, a confidential value and a publication.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE appeal (
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
    );
INSERT INTO "appeal" VALUES(1,'objection',1,1,'2024-04-04','Бағалаумен келіспейміз','accepted','2024-04-12','Құжаттар растайды','Документы подтверждают','The documents confirm it',1,2,'2024-04-04T15:00:00.000Z','Әсел');
INSERT INTO "appeal" VALUES(2,'complaint',1,2,'2024-04-15','Шағым','pending',NULL,'','','',NULL,NULL,'2024-04-15T15:00:00.000Z','Әсел');
CREATE TABLE appeal_document (
        id INTEGER PRIMARY KEY,
        appeal_id INTEGER NOT NULL REFERENCES appeal (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        content BLOB NOT NULL
    );
INSERT INTO "appeal_document" VALUES(1,1,'үзінді.pdf','0f343b0931126a20f133d67c2b018a3b0c9e4bfa3c4f0f9dbe3d2b3f3f2d1a11',12,X'255044462D312E34207A7A7A');
CREATE TABLE appeal_item (
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
    );
INSERT INTO "appeal_item" VALUES(1,1,'C1.1','Тізілім үзіндісі 95 көрсетеді',95.0,1,'расталды',93.5,95.0);
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
INSERT INTO "audit" VALUES(7,'2024-01-15T10:00:00.000Z','Әсел','create','calendar_rule',1,NULL,'',NULL,'01-01 0–0 New Year','Reference data: calendar v1');
INSERT INTO "audit" VALUES(8,'2024-01-15T10:00:00.000Z','Әсел','create','calendar_dated_day',1,NULL,'',NULL,'2024-06-16 Kurban Ait','Reference data: calendar v1');
INSERT INTO "audit" VALUES(9,'2024-01-15T10:00:00.000Z','Әсел','create','calendar_transfer',1,NULL,'',NULL,'2024-05-08 ← 2024-05-04','Reference data: calendar v1');
INSERT INTO "audit" VALUES(10,'2024-01-15T10:00:00.000Z','Әсел','update','calendar_year',2024,NULL,'confirmed','false','true','Reference data: calendar v1');
INSERT INTO "audit" VALUES(11,'2024-11-20T09:15:00.000Z','Әсел','create','calendar_dated_day',3,NULL,'',NULL,'2024-11-29 One-off day off','Үкімет қаулысы');
INSERT INTO "audit" VALUES(12,'2024-12-13T11:00:00.000Z','Әсел','update','schedule',2024,NULL,'approved_on',NULL,'2024-12-13','Бұйрық / Приказ');
INSERT INTO "audit" VALUES(13,'2025-03-20T14:05:00.000Z','Әсел','create','tracked_term',1,NULL,'',NULL,'Шағым / Апелляция / Appeal: MOF, блок 2: 2025-03-20 + 5 working = 2025-03-27','');
INSERT INTO "audit" VALUES(14,'2025-03-21T08:00:00.000Z','Әсел','update','tracked_term',1,NULL,'due','2025-03-27','2025-04-01','calendar changed');
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
CREATE TABLE body_key (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        public_key BLOB NOT NULL UNIQUE,
        registered_at TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        revoked_at TEXT
    );
INSERT INTO "body_key" VALUES(1,1,2019,X'FFEEDDCCBBAA99887766554433221100FFEEDDCCBBAA99887766554433221100','2020-01-10T00:00:00.000Z','2020-12-31',NULL);
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
CREATE TABLE calendar_dated_day (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE,
        religious INTEGER NOT NULL DEFAULT 0 CHECK (religious IN (0, 1)),
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL
    );
INSERT INTO "calendar_dated_day" VALUES(1,'2024-06-16',1,'Құрбан айт','Курбан айт','Kurban Ait');
INSERT INTO "calendar_dated_day" VALUES(2,'2025-06-06',1,'Құрбан айт','Курбан айт','Kurban Ait');
INSERT INTO "calendar_dated_day" VALUES(3,'2024-11-29',0,'Бір реттік демалыс','Разовый выходной','One-off day off');
CREATE TABLE calendar_rule (
        id INTEGER PRIMARY KEY,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
        first_year INTEGER NOT NULL DEFAULT 0,
        last_year INTEGER NOT NULL DEFAULT 0,
        religious INTEGER NOT NULL DEFAULT 0 CHECK (religious IN (0, 1)),
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL
    );
INSERT INTO "calendar_rule" VALUES(1,1,1,0,0,0,'Жаңа жыл','Новый год','New Year');
INSERT INTO "calendar_rule" VALUES(2,1,7,0,0,1,'Православиелік Рождество','Православное Рождество','Orthodox Christmas');
INSERT INTO "calendar_rule" VALUES(3,8,30,0,2025,0,'Қазақстан Республикасының Конституциясы күні','День Конституции','Constitution Day');
INSERT INTO "calendar_rule" VALUES(4,10,25,2022,0,0,'Республика күні','День Республики','Republic Day');
CREATE TABLE calendar_transfer (
        id INTEGER PRIMARY KEY,
        day_off TEXT NOT NULL UNIQUE,
        working_day TEXT NOT NULL UNIQUE,
        note_kk TEXT NOT NULL DEFAULT '', note_ru TEXT NOT NULL DEFAULT '', note_en TEXT NOT NULL DEFAULT '',
        CHECK (day_off <> working_day)
    );
INSERT INTO "calendar_transfer" VALUES(1,'2024-05-08','2024-05-04','Демалыс күнін ауыстыру','Перенос выходного дня','Transfer of a day off');
INSERT INTO "calendar_transfer" VALUES(2,'2025-01-03','2025-01-05','','','');
CREATE TABLE calendar_year (
        year INTEGER PRIMARY KEY,
        confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
    );
INSERT INTO "calendar_year" VALUES(2024,1);
INSERT INTO "calendar_year" VALUES(2025,0);
CREATE TABLE commission_stage (
        year INTEGER NOT NULL,
        body_id INTEGER NOT NULL REFERENCES body (id),
        to_working_body TEXT,
        presented TEXT,
        to_head TEXT,
        PRIMARY KEY (year, body_id)
    );
INSERT INTO "commission_stage" VALUES(2023,4,'2024-05-20',NULL,NULL);
CREATE TABLE conclusion (
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
    );
INSERT INTO "conclusion" VALUES(1,4,2023,2,'',1,'Қорытынды балл: 88,5.','Итоговый балл: 88,5.','Final score: 88.5.','Тұжырымдар','Выводы','Findings',0,'2024-03-20T09:30:00.000Z','Әсел');
INSERT INTO "conclusion" VALUES(2,5,2023,2,'openness',1,'','','','','','',1,'2024-03-21T09:30:00.000Z','Әсел');
CREATE TABLE conclusion_participant (
        conclusion_id INTEGER NOT NULL REFERENCES conclusion (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id),
        PRIMARY KEY (conclusion_id, person_id)
    );
INSERT INTO "conclusion_participant" VALUES(1,1);
CREATE TABLE conclusion_version (
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
    );
INSERT INTO "conclusion_version" VALUES(1,1,1,'2024-03-25T09:30:00.000Z','Әсел','',NULL,88.5,'{"format":1,"body":4,"body_code":"MEDU","year":2023,"block":2,"score":88.5,"lines":[{"code":"C1.1","fact":93.5,"status":"full"}],"summary":{"kk":"Қорытынды балл: 88,5.","ru":"Итоговый балл: 88,5.","en":"Final score: 88.5."}}','2024-04-01','2024-04-02');
INSERT INTO "conclusion_version" VALUES(2,1,2,'2024-04-12T12:00:00.000Z','Әсел','§61: objection 1 accepted on 2024-04-12',1,90.25,'{"format":1,"body":4,"body_code":"MEDU","year":2023,"block":2,"score":90.25}',NULL,NULL);
CREATE TABLE confidential_value (
        year INTEGER NOT NULL,
        block INTEGER NOT NULL CHECK (block BETWEEN 1 AND 3),
        body_id INTEGER NOT NULL REFERENCES body (id),
        indicator_code TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (year, block, body_id, indicator_code)
    );
INSERT INTO "confidential_value" VALUES(2023,2,4,'C1.1','Қызметтік құпия');
CREATE TABLE criterion (
        id INTEGER PRIMARY KEY,
        methodology_id INTEGER NOT NULL REFERENCES methodology (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
        weight REAL NOT NULL,
        UNIQUE (methodology_id, code)
    );
INSERT INTO "criterion" VALUES(1,1,0,'C1','Мемлекеттік қызметтер сапасы','Качество государственных услуг','Quality of public services',100.0);
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
CREATE TABLE evidence (
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
    );
INSERT INTO "evidence" VALUES(1,1,'G1.1','akt.pdf','e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',0,X'','2020-03-01T08:00:00.000Z','analyst');
CREATE TABLE indicator (
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
    , min_value REAL, max_value REAL);
INSERT INTO "indicator" VALUES(1,1,0,'C1.1','Уақтылы көрсетілген қызметтер үлесі','Доля услуг, оказанных в срок','Share of services rendered on time','Мерзімінде көрсетілген қызметтердің барлығына қатынасы','Отношение оказанных в срок ко всем','Rendered on time over all','%','%','%','higher',60.0,'ratio',1.0,'','',100.0,1,'Есеппен салыстыру','Сверка с отчётом','Compared with the report',NULL,NULL);
INSERT INTO "indicator" VALUES(2,1,1,'C1.2','Қанағаттану деңгейі','Уровень удовлетворённости','Satisfaction','Сауалнама','Опрос','Survey','%','%','%','higher',40.0,'scale',1.0,'[[85,100],[70,70],[50,40]]','fact / plan',NULL,8,'Сауалнама нәтижелері','Результаты опроса','Survey results',NULL,NULL);
CREATE TABLE indicator_value (
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
    );
INSERT INTO "indicator_value" VALUES(1,2023,2,'C1.1',1,NULL,93.5,1,1);
INSERT INTO "indicator_value" VALUES(2,2023,2,'C1.2',1,80.0,NULL,8,0);
CREATE TABLE issued_template (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        body_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        blocks TEXT NOT NULL,
        key_id INTEGER NOT NULL REFERENCES body_key (id),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL
    );
INSERT INTO "issued_template" VALUES(1,'7d8f1c2e-0000-4000-8000-000000000001',1,2019,'1,2',1,'2020-01-10T00:00:00.000Z','analyst');
CREATE TABLE methodology (
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
    );
INSERT INTO "methodology" VALUES(1,2,2023,1,1,'Үлгі әдістеме — 2-блок','Образец методики — блок 2','Sample methodology — block 2','Бірлескен бұйрық № 1','2024-01-20','2024-01-10','2024-01-15','reweight',100.0,50.0,NULL);
INSERT INTO "methodology" VALUES(2,2,2023,2,1,'Үлгі әдістеме — 2-блок','Образец методики — блок 2','Sample methodology — block 2','',NULL,NULL,NULL,'zero',95.0,40.0,1);
CREATE TABLE methodology_owner (
        methodology_id INTEGER NOT NULL REFERENCES methodology (id) ON DELETE CASCADE,
        body_id INTEGER NOT NULL REFERENCES body (id),
        PRIMARY KEY (methodology_id, body_id)
    );
INSERT INTO "methodology_owner" VALUES(1,1);
CREATE TABLE package_import (
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
    );
INSERT INTO "package_import" VALUES(1,'report','7d8f1c2e-0000-4000-8000-000000000002',1,2019,1,'2020-03-01T09:00:00.000Z','aa',X'00','2020-03-02T09:00:00.000Z','analyst',NULL,'7d8f1c2e-0000-4000-8000-000000000001');
CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        position TEXT NOT NULL DEFAULT '',
        body_id INTEGER REFERENCES body (id)
    );
INSERT INTO "person" VALUES(1,'Ахметов Ержан Серікұлы','бас сарапшы',4);
INSERT INTO "person" VALUES(2,'Тоқтаров Нұрлан','представитель рабочего органа',NULL);
CREATE TABLE publication (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        published_at TEXT NOT NULL,
        published_by TEXT NOT NULL,
        target TEXT NOT NULL,
        files TEXT NOT NULL,
        withheld TEXT NOT NULL
    );
INSERT INTO "publication" VALUES(1,2023,'2024-06-20T10:00:00.000Z','Әсел','/srv/bagalau/2023','[["index.html","ab"]]','[{"kind":"value","body":"MEDU","block":2,"what":"C1.1"}]');
CREATE TABLE rating_band (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        min_score REAL NOT NULL CHECK (min_score BETWEEN 0 AND 100),
        code TEXT NOT NULL,
        name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
        sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
        UNIQUE (year, code),
        UNIQUE (year, min_score)
    );
INSERT INTO "rating_band" VALUES(1,2023,90.0,'A','Жоғары тиімділік','Высокая эффективность','High effectiveness',1);
INSERT INTO "rating_band" VALUES(2,2023,0.0,'D','Тиімсіз','Неэффективно','Ineffective',1);
CREATE TABLE recheck (
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
    );
INSERT INTO "recheck" VALUES(1,2019,1,1,'G1.1','2020-04-01T00:00:00.000Z','analyst','corrected',80.0,75.0,'Акт бойынша',1,'2020-04-02T00:00:00.000Z','analyst');
CREATE TABLE recheck_criterion (
        year INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('large-change', 'on-target', 'late', 'earlier-corrections', 'random')),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        parameter REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (year, kind)
    );
INSERT INTO "recheck_criterion" VALUES(2019,'large-change',1,50.0);
CREATE TABLE recheck_reason (
        recheck_id INTEGER NOT NULL REFERENCES recheck (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (recheck_id, kind)
    );
INSERT INTO "recheck_reason" VALUES(1,'large-change','+62.5 % from 2018');
CREATE TABLE recommendation (
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
    );
INSERT INTO "recommendation" VALUES(1,4,2023,2,1,'conclusion',0,NULL,1,'Деректерді растау','Подтверждать данные','Confirm the data',0,'open','','','');
INSERT INTO "recommendation" VALUES(2,4,2023,NULL,NULL,'commission',1,NULL,1,'Комиссияға баяндау','Доложить Комиссии','Report to the Commission',1,'partly','Жартылай','Частично','Partly');
INSERT INTO "recommendation" VALUES(3,4,2022,2,NULL,'reorganization',0,3,1,'Талдау','Анализ','Analysis',0,'done','','','');
CREATE TABLE reference_load (
        dataset TEXT NOT NULL,
        version INTEGER NOT NULL,
        loaded_at TEXT NOT NULL,
        PRIMARY KEY (dataset, version)
    );
INSERT INTO "reference_load" VALUES('registry',1,'2024-01-15T10:00:00Z');
INSERT INTO "reference_load" VALUES('calendar',1,'2024-01-15T10:00:00Z');
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
CREATE TABLE report (
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
    );
INSERT INTO "report" VALUES(1,1,2019,1,'returned',1,'2020-03-01T09:00:00.000Z','2020-03-01T09:00:00.000Z','Сілтеме жоқ','2020-03-05T10:00:00.000Z');
CREATE TABLE report_event (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        revision INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
INSERT INTO "report_event" VALUES(1,1,'2020-03-01T09:00:00.000Z','body','submitted',1,'');
CREATE TABLE report_item (
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        indicator_code TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        source_reference TEXT NOT NULL DEFAULT '',
        remark TEXT NOT NULL DEFAULT '',
        answer TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (report_id, indicator_code)
    );
INSERT INTO "report_item" VALUES(1,'G1.1','Түсініктеме','Бұйрық № 12','Дерек көзін көрсетіңіз','');
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
CREATE TABLE schedule (
        year INTEGER PRIMARY KEY,
        approved_on TEXT,
        reporting TEXT,
        conclusions_to_bodies TEXT,
        conclusions_to_state_planning TEXT,
        to_working_body TEXT,
        to_president TEXT,
        results_evaluation TEXT
    );
INSERT INTO "schedule" VALUES(2024,'2024-12-13','2025-02-03','2025-04-15','2025-05-15','2025-06-02','2025-07-01','2025-08-29');
INSERT INTO "schedule" VALUES(2025,NULL,'2026-02-02',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE signing_key (
        id INTEGER PRIMARY KEY,
        public_key BLOB NOT NULL UNIQUE,
        secret_key BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
INSERT INTO "signing_key" VALUES(1,X'00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF',X'00','2020-01-10T00:00:00.000Z');
CREATE TABLE special_commission (
        id INTEGER PRIMARY KEY,
        authority_id INTEGER NOT NULL REFERENCES body (id),
        year INTEGER NOT NULL,
        formed_on TEXT NOT NULL,
        UNIQUE (authority_id, year)
    );
INSERT INTO "special_commission" VALUES(1,1,2023,'2024-03-31');
CREATE TABLE special_commission_member (
        commission_id INTEGER NOT NULL REFERENCES special_commission (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id),
        working_body INTEGER NOT NULL DEFAULT 0 CHECK (working_body IN (0, 1)),
        PRIMARY KEY (commission_id, person_id)
    );
INSERT INTO "special_commission_member" VALUES(1,2,1);
CREATE TABLE tracked_term (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        event_date TEXT NOT NULL,
        term_kind TEXT NOT NULL CHECK (term_kind IN ('working', 'calendar')),
        term_days INTEGER NOT NULL CHECK (term_days >= 0),
        due TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
    );
INSERT INTO "tracked_term" VALUES(1,'Шағым / Апелляция / Appeal: MOF, блок 2','2025-03-20','working',5,'2025-04-01',0);
INSERT INTO "tracked_term" VALUES(2,'Шешім / Решение / Decision','2024-12-02','calendar',15,'2024-12-17',1);
CREATE TABLE workstation (
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
    );
INSERT INTO "workstation" VALUES(1,1,2019,'1,2','7d8f1c2e-0000-4000-8000-000000000001',X'FFEEDDCCBBAA99887766554433221100FFEEDDCCBBAA99887766554433221100',X'00',X'00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF','2020-01-10T00:00:00.000Z',0,0);
CREATE INDEX body_name_body ON body_name (body_id);
CREATE INDEX role_assignment_body ON role_assignment (body_id);
CREATE INDEX reorganization_link_body ON reorganization_link (body_id);
CREATE INDEX audit_entity ON audit (entity, entity_id);
CREATE INDEX audit_body ON audit (body_id);
CREATE INDEX indicator_criterion ON indicator (criterion_id);
CREATE INDEX indicator_value_body ON indicator_value (body_id);
CREATE INDEX report_event_report ON report_event (report_id);
CREATE INDEX appeal_conclusion ON appeal (conclusion_id);
CREATE INDEX conclusion_year ON conclusion (year, block);
CREATE INDEX recommendation_body ON recommendation (body_id, year);
COMMIT;
PRAGMA user_version = 5;
