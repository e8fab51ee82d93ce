import fs from 'node:fs';
import path from 'node:path';

// What must never stay behind once the next start has run: temporary names of ours, SQLite's side
// files of a closed database, the old backup leftovers, notes in the pending-files ledger.
const STRAY = [/\.tmp$/, /\.tmp-(wal|shm|journal)$/, /-journal$/, /-wal$/, /-shm$/];

/** Every stray file under `dir` (relative paths). */
export function strayFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (STRAY.some((re) => re.test(e.name)) || path.basename(d) === 'pending-files')
        out.push(path.relative(dir, p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}
