import type { Migration } from '../migration.js';
import { migration0001 } from './0001_school_enterprises_applications.js';
import { migration0002 } from './0002_base_data.js';
import { migration0003 } from './0003_import_batches.js';
import { migration0004 } from './0004_packs_and_applications.js';
import { migration0005 } from './0005_exports.js';
import { migration0006 } from './0006_school_legal_rep_fax.js';
import { migration0007 } from './0007_evidence_links_follow_rows.js';
import { migration0008 } from './0008_enterprise_consortium_member.js';
import { migration0009 } from './0009_disposal_and_cooperation_end.js';
import { migration0010 } from './0010_confirmations_and_application_trash.js';
import { migration0011 } from './0011_base_data_version.js';
import { migration0012 } from './0012_rule_exceptions.js';
import { migration0013 } from './0013_store_identity.js';
import { migration0014 } from './0014_kept_for_undo.js';

/** Append-only: a released migration is never edited or reordered; add a new file instead. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
];

/** The newest schema version this program knows (a version number, not a count of migrations). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
