import fs from 'node:fs';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { AppContext } from '../../../electron/core/appContext.js';
import type { ExportProgress } from '../../../electron/core/bundles/buildExportBundle.js';
import { sha256Hex } from '../../../electron/core/bundles/bundleZipWriter.js';
import { exportBundleToDir, exportBundleToOutput } from '../../../electron/core/bundles/exportApplicationBundle.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { bundleManifestSchema } from '../../../shared/bundles/bundleManifest.js';
import {
  evidenceItem,
  exportBundleBytes,
  fakeSource,
  makeContext,
  SEEDED_PARAMS,
  SEEDED_VALUES,
  seedSchool,
  tempDir,
} from './bundleFixtures.js';
import { rawZipEntries } from './zipInspect.js';

const BUNDLE = '河南示例职业技术学院职业教育高水平专业化产教融合实训中心申报材料（机电一体化技术专业）';
let ctx: AppContext | undefined;
afterEach(() => ctx?.store?.close());

async function setup() {
  const dir = tempDir();
  ctx = await makeContext(dir);
  const appId = seedSchool(ctx);
  return { dir, appId, ctx };
}

describe('export bundle', () => {
  it('is named by the pack rule and sets the UTF-8 flag (bit 11) on every entry', async () => {
    const { ctx, appId } = await setup();
    const r = await exportBundleBytes(ctx, appId, { source: fakeSource() });
    expect(r.fileName).toBe(`${BUNDLE}.zip`);
    const raw = rawZipEntries(r.bytes);
    expect(raw.map((e) => e.name)).toEqual([
      `${BUNDLE}/附件1 河南省职业教育高水平专业化产教融合实训中心申报书.docx`,
      `${BUNDLE}/附件3 申报汇总表.xlsx`,
      `${BUNDLE}/manifest.json`,
    ]);
    for (const e of raw) {
      expect(e.localFlags & 0x800).toBe(0x800);
      expect(e.centralFlags & 0x800).toBe(0x800);
    }
  });

  it('writes a manifest whose SHA-256 of every file verifies, with the application and no base data', async () => {
    const { ctx, appId } = await setup();
    const r = await exportBundleBytes(ctx, appId, { source: fakeSource(), pdf: true });
    const entries = await readBundleZip(r.bytes, 'x.zip');
    const manifest = bundleManifestSchema.parse(
      JSON.parse(entries.find((e) => e.path.endsWith('manifest.json'))!.bytes.toString('utf8')),
    );
    expect(manifest.school).toEqual({ name: '河南示例职业技术学院', creditCode: '12410000MB0000000W' });
    expect(manifest.pack).toMatchObject({ id: 'henan-2024-346', version: '1' });
    expect(manifest.appVersion).toBe('0.1.0-test');
    expect(manifest.files.map((f) => f.kind).sort()).toEqual(['form-docx', 'form-pdf', 'form-pdf', 'form-xlsx']);
    for (const f of manifest.files) {
      const e = entries.find((x) => x.path === f.path)!;
      expect(sha256Hex(e.bytes)).toBe(f.sha256);
      expect(e.bytes.length).toBe(f.size);
    }
    expect(manifest.application).toEqual({
      packId: 'henan-2024-346',
      packVersion: '1',
      title: '产教融合实训中心申报',
      params: SEEDED_PARAMS,
      values: SEEDED_VALUES,
      accepted: { centreArea: ['max'] },
      confirmations: { '1.2': true },
      evidence: [],
    });
    // No entry holds base data: not the enterprises, not their contacts' mobiles.
    expect(entries.some((e) => e.path.endsWith('data.json'))).toBe(false);
    for (const e of entries) {
      expect(e.bytes.includes('郑州某某数控有限公司'), e.path).toBe(false);
      expect(e.bytes.includes('13912345678'), e.path).toBe(false);
      expect(e.bytes.includes('见办学章程'), e.path).toBe(false);
    }
  });

  it('merges evidence into one PDF with an index, numbered pages, and passes page ranges to the forms', async () => {
    const { ctx, appId } = await setup();
    const evidence = [
      await evidenceItem('e1', '合作协议', 3, 'coopEvidence'),
      await evidenceItem('e2', '获奖证书', 2, 'awardEvidence'),
      await evidenceItem('e3', '获奖证书2', 1, 'awardEvidence'),
    ];
    const log: { evidencePages?: Record<string, string> } = {};
    const r = await exportBundleBytes(ctx, appId, { source: fakeSource({ evidence }, log) });
    // Index is page 1; evidence follows.
    expect(log.evidencePages).toEqual({ coopEvidence: '2-4', awardEvidence: '5-6、7' });
    const entries = await readBundleZip(r.bytes, 'x.zip');
    const pdfEntry = entries.find((e) => e.path.endsWith('佐证材料.pdf'))!;
    const pdf = await PDFDocument.load(pdfEntry.bytes);
    expect(pdf.getPageCount()).toBe(7);
    const manifest = bundleManifestSchema.parse(
      JSON.parse(entries.find((e) => e.path.endsWith('manifest.json'))!.bytes.toString('utf8')),
    );
    expect(manifest.application.evidence.map((e) => [e.evidenceKey, e.indexTitle, e.range])).toEqual([
      ['coopEvidence', '合作协议', '2-4'],
      ['awardEvidence', '获奖证书', '5-6'],
      ['awardEvidence', '获奖证书2', '7'],
    ]);
  });

  it('streams the zip into the outbox: no Buffer ever holds the whole bundle, and the answer names it by token', async () => {
    const { ctx, appId } = await setup();
    const evidence = [await evidenceItem('e1', '合作协议', 40, 'coopEvidence')];
    // Every way the old in-memory export gathered the zip (chunks concatenated, bytes written whole).
    const concat = vi.spyOn(Buffer, 'concat');
    const writeWhole = vi.spyOn(fs, 'writeFileSync');
    try {
      const r = await exportBundleToOutput(ctx, appId, { source: fakeSource({ evidence }) });
      const out = ctx.files.output(r.file.token);
      const size = fs.statSync(out.path).size;
      expect(r.file).toEqual({ token: r.file.token, fileName: `${BUNDLE}.zip`, size });
      expect(r.sizeBytes).toBe(size);
      const largest = Math.max(0, ...concat.mock.results.map((x) => (x.value as Buffer).length));
      expect(largest).toBeLessThan(size);
      expect(writeWhole.mock.calls.filter(([f]) => f === out.path)).toEqual([]);
      expect(sha256Hex(fs.readFileSync(out.path))).toBe(r.sha256);
    } finally {
      concat.mockRestore();
      writeWhole.mockRestore();
    }
  });

  it('refuses a breach of the page limit with a Chinese message and writes nothing', async () => {
    const { ctx, appId, dir } = await setup();
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const evidence = [await evidenceItem('e1', '材料一', 30), await evidenceItem('e2', '材料二', 25)];
    await expect(exportBundleToDir(ctx, appId, out, { source: fakeSource({ evidence }) })).rejects.toThrow(
      /佐证材料共 56 页（含目录索引 1 页），超过通知（教职成〔2024〕346号）规定的 50 页上限/,
    );
    expect(fs.readdirSync(out)).toEqual([]);
    expect(ctx.store!.db.prepare('SELECT status FROM application WHERE id = ?').get(appId)).toEqual({
      status: 'draft',
    });
  });

  it('writes atomically: a failure midway leaves neither the final file nor a temporary one', async () => {
    const { ctx, appId, dir } = await setup();
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const base = fakeSource({}, {}, 'xlsx:f3');
    let duringWrite: string[] = [];
    const source = {
      ...base,
      renderer: (...a: Parameters<typeof base.renderer>) => {
        const r = base.renderer(...a);
        return { ...r, xlsx: (m: unknown) => ((duringWrite = fs.readdirSync(out)), r.xlsx(m)) };
      },
    };
    await expect(exportBundleToDir(ctx, appId, out, { source })).rejects.toThrow(/renderer failed/);
    // The zip was being written under a temporary name when the step failed…
    expect(duringWrite).toHaveLength(1);
    expect(duringWrite[0]).toMatch(/^\..*\.tmp$/);
    // …and afterwards nothing is left.
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('keeps an earlier bundle intact when a new export fails', async () => {
    const { ctx, appId, dir } = await setup();
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const first = await exportBundleToDir(ctx, appId, out, { source: fakeSource() });
    const before = fs.readFileSync(first.path);
    await expect(exportBundleToDir(ctx, appId, out, { source: fakeSource({}, {}, 'docx:f1') })).rejects.toThrow();
    expect(fs.readdirSync(out)).toEqual([path.basename(first.path)]);
    expect(fs.readFileSync(first.path).equals(before)).toBe(true);
  });

  it('retries the rename while Windows holds the file (EBUSY), then succeeds', async () => {
    const { ctx, appId, dir } = await setup();
    let tries = 0;
    const rename = (a: string, b: string) => {
      if (++tries < 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      fs.renameSync(a, b);
    };
    const r = await exportBundleToDir(ctx, appId, dir, { source: fakeSource(), rename });
    expect(tries).toBe(3);
    expect(fs.existsSync(r.path)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports progress by stage, records the export and marks the application 已导出', async () => {
    const { ctx, appId, dir } = await setup();
    const seen: ExportProgress[] = [];
    const r = await exportBundleToDir(ctx, appId, dir, {
      source: fakeSource(),
      pdf: true,
      onProgress: (p) => seen.push(p),
    });
    const stages = [...new Set(seen.map((p) => p.stage))];
    expect(stages).toEqual(['data', 'evidence', 'layout', 'docx', 'xlsx', 'pdf', 'zip']);
    expect(seen.at(-1)!.fraction).toBe(1);
    const db = ctx.store!.db;
    expect(db.prepare('SELECT status FROM application WHERE id = ?').get(appId)).toEqual({ status: 'exported' });
    const rec = db
      .prepare('SELECT file_name, sha256, with_pdf FROM application_export WHERE application_id = ?')
      .get(appId) as { file_name: string; sha256: string; with_pdf: number };
    expect(rec).toEqual({ file_name: `${BUNDLE}.zip`, sha256: sha256Hex(fs.readFileSync(r.path)), with_pdf: 1 });
  });
});
