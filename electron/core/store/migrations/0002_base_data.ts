import type { Migration } from '../migration.js';

// Base data: every data set a school keeps (专业 and 专业群, 教师, 实训场所, 仪器设备, awards,
// certificates, training, funding, 指标), the columns 合作企业 gained, the major catalogue and the
// 佐证材料 tables. Text columns are NOT NULL DEFAULT '' (empty = ''), numbers are NULL when not filled.
// Money columns hold integer 分. Written out in full: a released migration never follows later edits
// of the data set definitions.
export const migration0002: Migration = {
  version: 2,
  name: '0002_base_data',
  up(db) {
    db.exec(`
      CREATE TABLE major_group (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        core_major_code TEXT NOT NULL DEFAULT '',
        core_major_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        approved_year INTEGER,
        approval_document TEXT NOT NULL DEFAULT '',
        leader TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        served_industry TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );

      CREATE TABLE major (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        code TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT '',
        category_code TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        class_code TEXT NOT NULL DEFAULT '',
        class_name TEXT NOT NULL DEFAULT '',
        founded_year INTEGER,
        group_name TEXT NOT NULL DEFAULT '',
        is_core_of_group INTEGER,
        status TEXT NOT NULL DEFAULT '',
        engineering INTEGER,
        department TEXT NOT NULL DEFAULT '',
        enrolled INTEGER,
        admitted INTEGER,
        graduates INTEGER,
        employment_rate REAL,
        relevant_employment_rate REAL,
        commissioned_students INTEGER,
        order_students INTEGER,
        apprentice_students INTEGER,
        field_engineer_students INTEGER,
        enterprise_teaching_share REAL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX major_year ON major(year);

      CREATE TABLE teacher (
        id INTEGER PRIMARY KEY,
        staff_no TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT '',
        birth_date TEXT NOT NULL DEFAULT '',
        id_card TEXT NOT NULL DEFAULT '',
        education TEXT NOT NULL DEFAULT '',
        degree TEXT NOT NULL DEFAULT '',
        title_level TEXT NOT NULL DEFAULT '',
        title_name TEXT NOT NULL DEFAULT '',
        double_qualified INTEGER,
        double_qualified_year INTEGER,
        employment TEXT NOT NULL DEFAULT '',
        employer TEXT NOT NULL DEFAULT '',
        enterprise_years REAL,
        qualification_level TEXT NOT NULL DEFAULT '',
        qualification_name TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL DEFAULT '',
        major TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        hire_date TEXT NOT NULL DEFAULT '',
        leave_date TEXT NOT NULL DEFAULT '',
        mobile TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );

      CREATE TABLE room (
        id INTEGER PRIMARY KEY,
        centre TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        room_no TEXT NOT NULL DEFAULT '',
        area REAL,
        workstations INTEGER,
        virtual_simulation INTEGER,
        productive INTEGER,
        info_resources_tb REAL,
        project_count INTEGER,
        projects_opened INTEGER,
        open_rate REAL,
        managers INTEGER,
        rules_count INTEGER,
        tutorials_count INTEGER,
        served_majors TEXT NOT NULL DEFAULT '',
        partner_enterprise TEXT NOT NULL DEFAULT '',
        built_year INTEGER,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );

      CREATE TABLE equipment (
        id INTEGER PRIMARY KEY,
        asset_no TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        manufacturer TEXT NOT NULL DEFAULT '',
        unit_price INTEGER,
        quantity INTEGER,
        amount INTEGER,
        purchase_date TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        room_id INTEGER REFERENCES room(id) ON DELETE SET NULL,
        department TEXT NOT NULL DEFAULT '',
        custodian TEXT NOT NULL DEFAULT '',
        is_software INTEGER,
        is_main INTEGER,
        status TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );

      ALTER TABLE enterprise ADD COLUMN honor_types TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN industry_education_integration INTEGER;
      ALTER TABLE enterprise ADD COLUMN industry_leader INTEGER;
      ALTER TABLE enterprise ADD COLUMN main_industry TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN above_designated_size INTEGER;
      ALTER TABLE enterprise ADD COLUMN above_quota INTEGER;
      ALTER TABLE enterprise ADD COLUMN staff_count INTEGER;
      ALTER TABLE enterprise ADD COLUMN student_count INTEGER;
      ALTER TABLE enterprise ADD COLUMN total_assets INTEGER;
      ALTER TABLE enterprise ADD COLUMN annual_sales INTEGER;
      ALTER TABLE enterprise ADD COLUMN sales_year INTEGER;
      ALTER TABLE enterprise ADD COLUMN cooperation_since TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN cooperation_content TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN cooperation_outcomes TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN related_majors TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN joint_training_agreement INTEGER;
      ALTER TABLE enterprise ADD COLUMN agreement_date TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN first_graduates_year INTEGER;
      ALTER TABLE enterprise ADD COLUMN in_teaching_committee INTEGER;
      ALTER TABLE enterprise ADD COLUMN incidents_in_three_years INTEGER;
      ALTER TABLE enterprise ADD COLUMN incident_note TEXT NOT NULL DEFAULT '';
      CREATE TABLE award (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        competition TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        event TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT '',
        grade TEXT NOT NULL DEFAULT '',
        hosted INTEGER,
        students TEXT NOT NULL DEFAULT '',
        student_majors TEXT NOT NULL DEFAULT '',
        teachers TEXT NOT NULL DEFAULT '',
        award_date TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        certificate_no TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX award_year ON award(year);

      CREATE TABLE certificate (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT '',
        task_type TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        cert_level TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        task_count INTEGER,
        achieved_count INTEGER,
        related_major TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX certificate_year ON certificate(year);

      CREATE TABLE training (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        project TEXT NOT NULL DEFAULT '',
        target_group TEXT NOT NULL DEFAULT '',
        training_type TEXT NOT NULL DEFAULT '',
        partner TEXT NOT NULL DEFAULT '',
        person_times INTEGER,
        hours INTEGER,
        person_days INTEGER,
        start_date TEXT NOT NULL DEFAULT '',
        certified INTEGER,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX training_year ON training(year);

      CREATE TABLE funding (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        amount INTEGER,
        purpose TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX funding_year ON funding(year);

      CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        code TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        definition TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '',
        value REAL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX indicator_year ON indicator(year);

      CREATE UNIQUE INDEX major_group_name ON major_group(name);
      CREATE UNIQUE INDEX major_year_code ON major(year, code);
      CREATE UNIQUE INDEX teacher_staff_no ON teacher(staff_no) WHERE staff_no <> '';
      CREATE UNIQUE INDEX room_centre_name ON room(centre, name);
      CREATE UNIQUE INDEX equipment_asset_no ON equipment(asset_no);
      CREATE INDEX equipment_purchase_date ON equipment(purchase_date);
      CREATE INDEX equipment_room ON equipment(room_id);
      CREATE UNIQUE INDEX indicator_year_code ON indicator(year, code);
      CREATE INDEX funding_year_source ON funding(year, source, kind);

      -- 职业教育专业目录: the shipped 2021 catalogue is loaded at first open; the user may replace it.
      CREATE TABLE major_catalogue (
        level TEXT NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        category_code TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        class_code TEXT NOT NULL DEFAULT '',
        class_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (level, code)
      );
      CREATE INDEX major_catalogue_name ON major_catalogue(name);
      CREATE TABLE major_catalogue_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        source TEXT NOT NULL,
        loaded_at TEXT NOT NULL
      );

      -- 佐证材料: files by SHA-256 (stored in evidence/ beside the database), linked to any record.
      CREATE TABLE evidence_file (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
        name TEXT NOT NULL,
        mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
        size INTEGER NOT NULL,
        pages INTEGER,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE TABLE evidence_link (
        id INTEGER PRIMARY KEY,
        dataset TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        hash TEXT NOT NULL REFERENCES evidence_file(hash),
        name TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        UNIQUE (dataset, row_id, hash)
      );
      CREATE INDEX evidence_link_row ON evidence_link(dataset, row_id);
      CREATE INDEX evidence_link_hash ON evidence_link(hash);
    `);
  },
};
