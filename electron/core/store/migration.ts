import type Database from 'better-sqlite3';

/** One schema step. Files are named NNNN_what_it_does.ts and never edited once released. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
