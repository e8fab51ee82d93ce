import fs from 'node:fs';
import path from 'node:path';

// The file-system port for core modules that only read what the app ships or keeps (seed packs, the
// 专业目录, preferences) or ask whether a file is there: the few modules that own node:fs are listed
// in scripts/layerRules.ts, and feature code goes through them.

export function fileExists(file: string): boolean {
  return fs.existsSync(file);
}

export function readFileBytes(file: string): Buffer {
  return fs.readFileSync(file);
}

export function readTextFile(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

/** The files of a folder whose names pass `keep`, sorted, with their modification times; none if the folder is absent. */
export function listFiles(dir: string, keep: (name: string) => boolean): { name: string; mtimeMs: number }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter(keep)
    .sort()
    .map((name) => ({ name, mtimeMs: fs.statSync(path.join(dir, name)).mtimeMs }));
}

export function ensureFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
}
