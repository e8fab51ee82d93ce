import fs from 'node:fs';
import path from 'node:path';

// What must never stay behind once the next start has run: temporary names of ours, SQLite's side
// files of a closed database, the old backup leftovers, notes in the pending-files ledger, a 学校数据包
// restore's staging folder and the files it moved aside.
const STRAY = [/\.tmp$/, /\.tmp-(wal|shm|journal)$/, /-journal$/, /-wal$/, /-shm$/, /\.replaced-\d+-[0-9a-f]{6}$/];

/** Every stray file under `dir` (relative paths). */
export function strayFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (
        STRAY.some((re) => re.test(e.name)) ||
        path
          .relative(dir, d)
          .split(path.sep)
          .some((seg) => seg === 'pending-files' || seg.startsWith('.restore-'))
      )
        out.push(path.relative(dir, p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}
