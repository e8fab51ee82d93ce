// The starting states of the reliability trials, made once per run: the demo school, an empty school
// (with one partner enterprise to hang 佐证 on), a database of an older schema holding 20,000 assets,
// a demo school with a backup and changes made after it, a 346 bundle and a 学校数据包 of the demo
// school, both exported by the CLI.
// Each trial copies one of them into a folder of its own.
import fs from 'node:fs';
import path from 'node:path';

import { dispatchCall } from '../../electron/core/api/dispatchCall.js';
import { createAppContext } from '../../electron/core/appContext.js';
import { backupDatabase } from '../../electron/core/store/backupDatabase.js';
import { MIGRATIONS } from '../../electron/core/store/migrations/index.js';
import { openStore } from '../../electron/core/store/openStore.js';
import { buildCli, ROOT } from './support/buildCli.js';
import { runCli } from './support/runCli.js';

export type Template = 'demo' | 'empty' | 'old' | 'restore';

export interface Workspace {
  root: string;
  cli: string;
  /** The exported 346 bundle (a real export of the demo school). */
  bundle: string;
  /** The demo school's 学校数据包 (a real `school export`). */
  schoolPackage: string;
  /** A real notice pack (教高〔2022〕52号) under an id of its own, so it can be imported. */
  pack: string;
  /** The backup file name in the 'restore' template's backups folder. */
  restoreBackup: string;
  /** A fresh trial folder holding a copy of the template as school.sqlite. */
  trial(template: Template): Trial;
  /** Environment of a CLI run in a trial folder (its own data folder and temp folder). */
  env(t: Trial): NodeJS.ProcessEnv;
}

export interface Trial {
  dir: string;
  db: string;
  out: string;
}

async function create(dir: string, fill: 'demo' | 'empty') {
  const ctx = createAppContext({ dbPath: path.join(dir, 'school.sqlite'), dataDir: dir, appVersion: 'reliability' });
  const r =
    fill === 'demo'
      ? await dispatchCall(ctx, 'store/createDemo', {})
      : await dispatchCall(ctx, 'store/createEmpty', { schoolName: '测试学校' });
  if (!r.ok) throw new Error(r.error.message);
  return ctx;
}

/**
 * A database as an older version left it (before 0007), with enough rows that the pre-migration
 * backup and the migrations take a while: the window in which a kill must not hurt.
 */
async function makeOld(dir: string) {
  const old = await openStore(path.join(dir, 'school.sqlite'), {
    create: true,
    appVersion: 'old',
    migrations: MIGRATIONS.slice(0, 6),
  });
  const insert = old.db.prepare(
    'INSERT INTO equipment (asset_no, name, model, unit_price, quantity, amount, purchase_date, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  old.db.transaction(() => {
    for (let i = 0; i < 20_000; i++)
      insert.run(
        `SB${100000 + i}`,
        `设备${i % 997}`,
        `X${i % 331}`,
        100000 + i,
        1 + (i % 5),
        100000 + i,
        '2019-03-05',
        `实训楼A-${i % 500}`,
      );
  })();
  old.close();
}

/** The demo school with a backup, then 300 records added after it: what a restore takes back. */
async function makeRestore(dir: string): Promise<string> {
  const restore = await create(dir, 'demo');
  const backup = await backupDatabase(
    restore.store!.db,
    restore.store!.path,
    'manual',
    new Date('2025-03-01T08:00:00Z'),
  );
  const add = restore.store!.db.prepare('INSERT INTO enterprise (name) VALUES (?)');
  restore.store!.db.transaction(() => {
    for (let i = 0; i < 300; i++) add.run(`备份之后新增的企业${i}`);
  })();
  restore.store!.close();
  return backup.fileName;
}

/** Makes the templates the chosen trials need (the bundle needs a CLI export: seconds). */
export async function makeWorkspace(
  root: string,
  need: { templates: ReadonlySet<Template>; bundle: boolean; schoolPackage: boolean },
): Promise<Workspace> {
  fs.mkdirSync(root, { recursive: true });
  const cli = await buildCli();
  const tpl = (name: Template) => path.join(root, 'templates', name);
  for (const name of ['demo', 'empty', 'old', 'restore'] as const) fs.mkdirSync(tpl(name), { recursive: true });

  if (need.templates.has('demo') || need.bundle || need.schoolPackage)
    (await create(tpl('demo'), 'demo')).store!.close();
  if (need.templates.has('empty')) {
    const empty = await create(tpl('empty'), 'empty');
    empty.store!.db.prepare("INSERT INTO enterprise (name) VALUES ('河南测试装备有限公司')").run();
    empty.store!.close();
  }

  // A database as an older version left it (before 0007), with enough rows that the pre-migration
  // backup and the migrations take a while: the window in which a kill must not hurt.
  if (need.templates.has('old')) await makeOld(tpl('old'));
  let restoreBackup = '';
  if (need.templates.has('restore')) restoreBackup = await makeRestore(tpl('restore'));

  let n = 0;
  const ws: Workspace = {
    root,
    cli,
    bundle: '',
    schoolPackage: '',
    pack: path.join(root, 'templates', '通知包.json'),
    restoreBackup,
    trial(template) {
      const dir = path.join(root, 'trials', String(++n).padStart(4, '0'));
      fs.cpSync(tpl(template), dir, { recursive: true });
      for (const sub of ['data', 'tmp', 'out']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
      return { dir, db: path.join(dir, 'school.sqlite'), out: path.join(dir, 'out') };
    },
    env(t) {
      return {
        ...process.env,
        SHENBAOTONG_DATA_DIR: path.join(t.dir, 'data'),
        SHENBAOTONG_ASSETS_DIR: path.join(ROOT, 'assets'),
        TMPDIR: path.join(t.dir, 'tmp'),
        TMP: path.join(t.dir, 'tmp'),
        TEMP: path.join(t.dir, 'tmp'),
      };
    },
  };

  const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/packs/henan-2022-52.json'), 'utf8')) as {
    id: string;
  };
  fs.writeFileSync(ws.pack, JSON.stringify({ ...seed, id: 'henan-2022-52-imported' }, null, 2));
  const exported = async (args: (t: Trial) => string[], name: string) => {
    const t = ws.trial('demo');
    const r = await runCli(cli, args(t), { env: ws.env(t), cwd: t.dir, limitMs: 120_000 });
    if (r.code !== 0) throw new Error(`${args(t).slice(0, 2).join(' ')} for the ${name} template failed: ${r.stderr}`);
    const file = path.join(root, 'templates', name);
    fs.copyFileSync(r.stdout.trim().split('\n').at(-1)!, file);
    return file;
  };
  // Both come from real CLI exports of the demo school.
  if (need.bundle)
    ws.bundle = await exported((t) => ['export', 'henan-2024-346', '--db', t.db, '--out', t.out], 'bundle.zip');
  if (need.schoolPackage)
    ws.schoolPackage = await exported((t) => ['school', 'export', '--db', t.db, '--out', t.out], '学校数据包.sbtdata');
  return ws;
}
