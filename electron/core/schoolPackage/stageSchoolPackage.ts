import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { AppError } from '../../../shared/api/apiError.js';
import { describeZodIssues } from '../../../shared/api/describeZodIssues.js';
import type { ZipProblem } from '../../../shared/api/errorCodes.js';
import { EVIDENCE_MAX_BYTES } from '../../../shared/api/evidenceCalls.js';
import {
  PACKAGE_DATABASE,
  PACKAGE_EVIDENCE,
  PACKAGE_MANIFEST,
  PACKAGE_README,
  packageHeadSchema,
  SCHOOL_PACKAGE_FORMAT,
  SCHOOL_PACKAGE_VERSION,
  type SchoolPackageManifest,
  schoolPackageManifestSchema,
} from '../../../shared/bundles/schoolPackageManifest.js';
import { hashingStream } from '../bundles/hashingStream.js';
import { readZipSafely, type ZipEntryInfo, type ZipWording } from '../bundles/readZipSafely.js';
import { systemClock } from '../clock/systemClock.js';
import { jsonSyntaxPlace } from '../files/jsonSyntaxPlace.js';
import { LATEST_SCHEMA_VERSION } from '../store/migrations/index.js';
import { openStore } from '../store/openStore.js';
import { renewDatabaseId } from '../store/storeIdentity.js';
import { checkPackageDatabase } from './checkPackageDatabase.js';
import { type DatabaseFacts, databaseFacts } from './databaseFacts.js';

const WORDING: ZipWording = { noun: '学校数据包', code: 'SCHOOL_PACKAGE' };
const GB = 1024 ** 3;

/** A package unpacked and verified in a folder beside the target database, ready to be put in place. */
export interface StagedPackage {
  dir: string;
  dbPath: string;
  /** Verified evidence files: content hash → staged path. */
  evidence: Map<string, string>;
  manifest: SchoolPackageManifest;
  /** The staged database's contents after upgrading it to this app's schema. */
  facts: DatabaseFacts;
  warnings: string[];
}

function refuse(code: ZipProblem, message: string, file: string, entry?: string, field?: string): never {
  throw new AppError(`SCHOOL_PACKAGE_${code}`, message, {
    file,
    ...(entry ? { path: entry } : {}),
    ...(field ? { field } : {}),
  });
}

const limits = {
  maxEntries: 500_000,
  maxEntryBytes: (name: string) =>
    name === PACKAGE_DATABASE
      ? 16 * GB
      : name === PACKAGE_MANIFEST
        ? 256 * 1048576
        : name === PACKAGE_README
          ? 1048576
          : // Evidence files; any other name is refused by checkNames right after, still before inflating.
            EVIDENCE_MAX_BYTES,
  maxTotalBytes: 64 * GB,
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024,
};

/** Only the names a package has; a file of any other name is refused before anything is read. */
function checkNames(entries: ZipEntryInfo[], file: string, stagingParent: string): void {
  // An upload bundle (the other zip this app writes: one folder with its manifest.json) is not a
  // damaged package: say what it is and where it goes.
  if (!entries.some((e) => e.name === PACKAGE_DATABASE) && entries.some((e) => /^[^/]+\/manifest\.json$/.test(e.name)))
    refuse(
      'NOT_OURS',
      '这是申报材料包，不是学校数据包：请在「导入申报材料包」页面导入其中的申报（命令行：bundle import）。未做任何修改',
      file,
    );
  for (const e of entries) {
    if (e.name === PACKAGE_DATABASE || e.name === PACKAGE_MANIFEST || e.name === PACKAGE_README) continue;
    if (!PACKAGE_EVIDENCE.test(e.name) || e.name.slice(9, 11) !== e.name.slice(12, 14))
      refuse(
        'UNLISTED_FILE',
        `学校数据包中的文件「${e.name}」不是申报通写入的，已拒绝恢复，未做任何修改`,
        file,
        e.name,
      );
  }
  if (!entries.some((e) => e.name === PACKAGE_MANIFEST))
    refuse('NO_MANIFEST', '文件中没有清单 manifest.json，不是申报通的学校数据包，已拒绝恢复', file);
  const need = entries.reduce((n, e) => n + e.size, 0);
  const free = (() => {
    try {
      const s = fs.statfsSync(stagingParent);
      return s.bavail * s.bsize;
    } catch {
      return Infinity;
    }
  })();
  // Room for the unpacked files and one more copy of the database (the backup taken before replacing).
  if (need * 1.2 > free)
    refuse(
      'DISK_FULL',
      `磁盘空间不足：恢复需要约 ${Math.ceil((need * 1.2) / 1048576)} MB，数据文件夹所在磁盘只剩 ${Math.floor(free / 1048576)} MB。未做任何修改`,
      file,
    );
}

/** Folders an earlier restore left behind (the app closed mid-way) go after a day. */
function sweepStale(parent: string): void {
  for (const name of fs.readdirSync(parent)) {
    const p = path.join(parent, name);
    if (name.startsWith('.restore-') && systemClock().getTime() - fs.statSync(p).mtimeMs > 24 * 3600 * 1000)
      fs.rmSync(p, { recursive: true, force: true });
  }
}

/** Streams an entry into `target` (new file) or nowhere, returning its SHA-256. */
async function copyHashed(data: NodeJS.ReadableStream, target: string | null): Promise<string> {
  const tap = hashingStream();
  if (target) await pipeline(data, tap.stream, fs.createWriteStream(target, { flags: 'wx' }));
  else await pipeline(data, tap.stream, new Writable({ write: (_c, _e, done) => done() }));
  return tap.result().sha256;
}

function parseManifest(bytes: Buffer, file: string, currentVersion: string): SchoolPackageManifest {
  let raw: unknown;
  const text = bytes.toString('utf8');
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refuse(
      'BAD_MANIFEST',
      `学校数据包的 manifest.json 不是有效的 JSON${jsonSyntaxPlace(text, e, 'school-package.bad-json').where}，已拒绝恢复，未做任何修改`,
      file,
      PACKAGE_MANIFEST,
    );
  }
  const head = packageHeadSchema.safeParse(raw);
  if (!head.success || head.data.format !== SCHOOL_PACKAGE_FORMAT)
    refuse(
      'BAD_MANIFEST',
      '文件不是申报通的学校数据包（清单格式不对），已拒绝恢复，未做任何修改',
      file,
      PACKAGE_MANIFEST,
    );
  const { formatVersion, appVersion, schemaVersion } = head.data;
  // Versions are migration numbers, which may skip (numbers reserved by other work): compare with
  // the newest this program has, not with how many it has.
  if (formatVersion > SCHOOL_PACKAGE_VERSION || schemaVersion > LATEST_SCHEMA_VERSION)
    refuse(
      'TOO_NEW',
      `这个学校数据包由更新版本的申报通 ${appVersion} 制作（${formatVersion > SCHOOL_PACKAGE_VERSION ? `数据包格式版本 ${formatVersion}` : `数据结构版本 ${String(schemaVersion).padStart(4, '0')}`}），本程序（${currentVersion}）不能读取。请先把申报通升级到 ${appVersion} 或更新的版本，再恢复。未做任何修改`,
      file,
      PACKAGE_MANIFEST,
    );
  const parsed = schoolPackageManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const d = describeZodIssues(parsed.error.issues);
    refuse(
      'BAD_MANIFEST',
      `学校数据包的 manifest.json 内容不正确：${d[0]?.message ?? ''}。已拒绝恢复，未做任何修改`,
      file,
      PACKAGE_MANIFEST,
      d[0]?.where.field,
    );
  }
  return parsed.data;
}

/**
 * Unpacks a 学校数据包 into a new folder under `stagingParent` (beside the target database, so
 * putting it in place is a rename) and verifies everything before anything else is touched: safe
 * archive (sizes, ratios, CRCs), a manifest of a version this app reads, every file's SHA-256 and
 * size, the database (checkPackageDatabase), every listed 佐证材料 present. The staged database is
 * then upgraded to this app's schema. On any problem the folder is removed and nothing else changed.
 */
export async function stageSchoolPackage(
  source: string,
  file: string,
  stagingParent: string,
  currentVersion: string,
): Promise<StagedPackage> {
  fs.mkdirSync(stagingParent, { recursive: true });
  sweepStale(stagingParent);
  // The process id in the name lets the next start remove it if this process is killed.
  const dir = fs.mkdtempSync(path.join(stagingParent, `.restore-${process.pid}-`));
  try {
    let manifest: SchoolPackageManifest | undefined;
    let listed = new Map<string, SchoolPackageManifest['files'][number]>();
    const evidence = new Map<string, string>();
    const dbPath = path.join(dir, PACKAGE_DATABASE);
    await readZipSafely(
      source,
      file,
      limits,
      async (info, data) => {
        if (info.name === PACKAGE_MANIFEST) {
          const chunks: Buffer[] = [];
          for await (const c of data as AsyncIterable<Buffer>) chunks.push(c);
          manifest = parseManifest(Buffer.concat(chunks), file, currentVersion);
          listed = new Map(manifest.files.map((f) => [f.path, f]));
          return;
        }
        const entry = listed.get(info.name);
        if (!entry || entry.size !== info.size)
          refuse(
            entry ? 'HASH_MISMATCH' : 'UNLISTED_FILE',
            entry
              ? `学校数据包中的「${info.name}」大小与清单记录的不符（文件被修改或损坏），已拒绝恢复，未做任何修改`
              : `学校数据包中的文件「${info.name}」不在清单中（可能被人加入），已拒绝恢复，未做任何修改`,
            file,
            info.name,
          );
        const m = PACKAGE_EVIDENCE.exec(info.name);
        const target = m ? path.join(dir, 'evidence', m[2]) : info.name === PACKAGE_DATABASE ? dbPath : null;
        if (m) fs.mkdirSync(path.dirname(target!), { recursive: true });
        const sha256 = await copyHashed(data, target);
        if (sha256 !== entry.sha256)
          refuse(
            'HASH_MISMATCH',
            `学校数据包中的「${info.name}」与清单记录的 SHA-256 校验值不符（文件被修改或损坏），已拒绝恢复，未做任何修改`,
            file,
            info.name,
          );
        if (m) evidence.set(m[2], target!);
      },
      {
        wording: WORDING,
        first: (n) => n === PACKAGE_MANIFEST,
        onDirectory: (e) => checkNames(e, file, stagingParent),
      },
    );
    if (!manifest) return refuse('NO_MANIFEST', '文件中没有清单 manifest.json，不是申报通的学校数据包', file);
    const missing = manifest.files.find(
      (f) =>
        f.kind !== 'readme' && !(f.kind === 'database' ? fs.existsSync(dbPath) : evidence.has(path.basename(f.path))),
    );
    if (missing)
      refuse('MISSING_FILE', `学校数据包缺少清单中列出的文件「${missing.path}」，已拒绝恢复`, file, missing.path);
    if (!fs.existsSync(dbPath))
      refuse('MISSING_FILE', '学校数据包中没有数据库 school.sqlite，已拒绝恢复', file, PACKAGE_DATABASE);
    checkPackageDatabase(dbPath, file, { appVersion: manifest.appVersion, currentVersion });
    // Upgraded here, on the copy: a failing migration leaves the school as it was.
    const store = await openStore(dbPath, { appVersion: currentVersion });
    let facts: DatabaseFacts;
    try {
      facts = databaseFacts(store.db);
      // Like a restored backup, a restored school is a new state: unsaved keystrokes journalled
      // against the database it replaces must not replay into it.
      renewDatabaseId(store.db);
    } finally {
      store.close();
    }
    const known = new Set(manifest.missingEvidence.map((m) => m.sha256));
    const warnings: string[] = [];
    for (const ev of facts.evidence) {
      if (evidence.has(ev.sha256)) continue;
      if (!known.has(ev.sha256))
        refuse(
          'MISSING_FILE',
          `学校数据包不完整：数据库登记的佐证材料「${ev.name}」没有对应的文件，已拒绝恢复`,
          file,
          `evidence/${ev.sha256.slice(0, 2)}/${ev.sha256}`,
        );
    }
    if (known.size)
      warnings.push(
        `制作数据包的电脑上已经缺少 ${known.size} 个佐证材料的文件（${manifest.missingEvidence
          .slice(0, 3)
          .map((m) => m.name)
          .join('、')}${known.size > 3 ? '…' : ''}），恢复后这些材料仍然没有文件`,
      );
    for (const f of manifest.files)
      if (f.kind === 'evidence' && !f.path.endsWith(f.sha256))
        warnings.push(`佐证材料「${f.name ?? f.path}」在制作数据包时已被改动或损坏，按原样恢复`);
    return { dir, dbPath, evidence, manifest, facts, warnings };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
