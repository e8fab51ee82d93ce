import type { Migration } from '../migration.js';
import { migration0001 } from './0001_school_enterprises_applications.js';

/** Append-only: a released migration is never edited or reordered; add a new file instead. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
