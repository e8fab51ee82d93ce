import type { Migration } from '../migration.js';

// The spine: the school itself (one per database), its partner enterprises, and applications.
export const migration0001: Migration = {
  version: 1,
  name: '0001_school_enterprises_applications',
  up(db) {
    db.exec(`
      CREATE TABLE school (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        affiliation TEXT NOT NULL DEFAULT '',
        founded_date TEXT NOT NULL DEFAULT '',
        ownership TEXT NOT NULL DEFAULT '' CHECK (ownership IN ('', '公办', '民办')),
        education_level TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        credit_code TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        legal_rep_name TEXT NOT NULL DEFAULT '',
        legal_rep_title TEXT NOT NULL DEFAULT '',
        legal_rep_office_phone TEXT NOT NULL DEFAULT '',
        legal_rep_mobile TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_title TEXT NOT NULL DEFAULT '',
        contact_office_phone TEXT NOT NULL DEFAULT '',
        contact_fax TEXT NOT NULL DEFAULT '',
        contact_mobile TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      INSERT INTO school (id) VALUES (1);

      CREATE TABLE enterprise (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT '企业',
        honors TEXT NOT NULL DEFAULT '',
        founded_date TEXT NOT NULL DEFAULT '',
        nature TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        credit_code TEXT NOT NULL DEFAULT '',
        legal_rep_name TEXT NOT NULL DEFAULT '',
        legal_rep_title TEXT NOT NULL DEFAULT '',
        legal_rep_office_phone TEXT NOT NULL DEFAULT '',
        legal_rep_fax TEXT NOT NULL DEFAULT '',
        legal_rep_mobile TEXT NOT NULL DEFAULT '',
        legal_rep_email TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_title TEXT NOT NULL DEFAULT '',
        contact_office_phone TEXT NOT NULL DEFAULT '',
        contact_fax TEXT NOT NULL DEFAULT '',
        contact_mobile TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE UNIQUE INDEX enterprise_credit_code ON enterprise(credit_code) WHERE credit_code <> '';

      CREATE TABLE application (
        id INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        title TEXT NOT NULL,
        params_json TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'exported', 'submitted')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX application_pack ON application(pack_id);

      CREATE TABLE application_value (
        application_id INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        field_key TEXT NOT NULL,
        value_json TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        PRIMARY KEY (application_id, field_key)
      );
    `);
  },
};
