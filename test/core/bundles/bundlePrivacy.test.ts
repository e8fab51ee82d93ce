// The upload bundle is e-mailed to the province: it must not carry a 身份证号 or a mobile number
// that none of its forms prints. Every seed notice's bundle of the demo school (with PDFs and a
// 佐证材料 volume) is searched entry by entry — the XML parts inside DOCX/XLSX, the PDF text, the
// manifest — for every teacher's 身份证号 and mobile and every enterprise's (and the school's)
// mobiles. What counts as printed is read from the rendered forms themselves (pdftotext of the
// forms' PDFs), not assumed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { type AppContext, createAppContext, type PdfPrinter } from '../../../electron/core/appContext.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { createChromiumPdfPrinter } from '../../../electron/core/render/printPdfWithChromium.js';
import type { CallName, OutputOf } from '../../../shared/api/contract.js';
import { chosenFile } from '../support/chosenFile.js';
import { outputBytes } from '../support/outputBytes.js';
import { pdfWithPages, tempDir } from './bundleFixtures.js';

let ctx: AppContext;
let printer: PdfPrinter;
let dir: string;

async function call<K extends CallName>(name: K, input: unknown): Promise<OutputOf<K>> {
  const r = await dispatchCall(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as OutputOf<K>;
}

/** Text of a PDF as poppler reads it, all whitespace removed (a cell may wrap a long number). */
function pdfText(bytes: Buffer): string {
  const file = path.join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })
      .toString('utf8')
      .replace(/\s+/g, '');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Every way a value could sit in an entry: its bytes as they are, and its text without markup. */
async function haystacks(entry: { path: string; bytes: Buffer }): Promise<{ where: string; text: Buffer }[]> {
  const out = [{ where: entry.path, text: entry.bytes }];
  if (/\.(docx|xlsx)$/i.test(entry.path)) {
    for (const part of await readBundleZip(entry.bytes, entry.path)) {
      const xml = part.bytes.toString('utf8');
      out.push({ where: `${entry.path} → ${part.path}`, text: part.bytes });
      // Text split over runs (<w:t>4101</w:t><w:t>02…</w:t>) is found with the markup taken out.
      out.push({
        where: `${entry.path} → ${part.path}（文字）`,
        text: Buffer.from(xml.replace(/<[^>]*>/g, '').replace(/\s+/g, '')),
      });
    }
  }
  if (/\.pdf$/i.test(entry.path))
    out.push({ where: `${entry.path}（PDF 文字）`, text: Buffer.from(pdfText(entry.bytes)) });
  return out;
}

/** A value in the encodings a file could carry it: UTF-8, UTF-16 both ways, base64 at each alignment. */
function encodings(value: string): Buffer[] {
  const utf8 = Buffer.from(value, 'utf8');
  const le = Buffer.from(value, 'utf16le');
  const be = Buffer.from(le).swap16();
  const b64 = [0, 1, 2].map((pad) =>
    Buffer.from(
      Buffer.concat([Buffer.alloc(pad), utf8])
        .toString('base64')
        .slice(4),
    ),
  );
  return [utf8, le, be, ...b64.map((b) => b.subarray(0, Math.max(8, b.length - 4)))];
}

beforeAll(async () => {
  dir = tempDir('privacy-');
  printer = createChromiumPdfPrinter();
  ctx = createAppContext({
    dbPath: path.join(dir, 'demo.sqlite'),
    dataDir: dir,
    appVersion: '0.1.0-test',
    pdfPrinter: printer,
  });
  await call('store/createDemo', {});
}, 180_000);

afterAll(async () => {
  ctx?.store?.close();
  await printer?.close?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('upload bundles carry no personal data that no form prints', () => {
  it('every seed notice’s bundle of the demo school: zero unprinted 身份证号 and mobile numbers in any entry', async () => {
    const db = ctx.store!.db;
    const secrets = new Map<string, string>();
    for (const t of db.prepare('SELECT name, id_card, mobile FROM teacher').all() as {
      name: string;
      id_card: string;
      mobile: string;
    }[]) {
      if (t.id_card) secrets.set(t.id_card, `教师${t.name}的身份证号`);
      if (t.mobile) secrets.set(t.mobile, `教师${t.name}的手机`);
    }
    const teacherSecrets = secrets.size;
    for (const e of db.prepare('SELECT name, legal_rep_mobile AS a, contact_mobile AS b FROM enterprise').all() as {
      name: string;
      a: string;
      b: string;
    }[]) {
      if (e.a) secrets.set(e.a, `${e.name}法定代表人的手机`);
      if (e.b) secrets.set(e.b, `${e.name}联系人的手机`);
    }
    const school = db.prepare('SELECT legal_rep_mobile AS a, contact_mobile AS b FROM school').get() as {
      a: string;
      b: string;
    };
    if (school.a) secrets.set(school.a, '学校法定代表人的手机');
    if (school.b) secrets.set(school.b, '学校联系人的手机');
    // The demo school has 891 teachers, each with a 身份证号 and a mobile.
    expect(teacherSecrets).toBeGreaterThan(1700);
    expect(secrets.size).toBeGreaterThan(teacherSecrets + 40);

    // One 佐证材料 file for the volume (the notices that ask for one).
    const evidence = await call('evidence/add', {
      dataset: 'school',
      rowId: 1,
      file: chosenFile(ctx, '办学许可证.pdf', Buffer.from(await pdfWithPages(1))),
    });

    const packs = (await call('pack/list', {})).filter((p) => p.kind !== 'programme' && p.formCount > 0);
    expect(packs.map((p) => p.id).sort()).toEqual(
      expect.arrayContaining(['henan-2023-258', 'henan-2024-346', 'zhengzhou-2023-38']),
    );
    const checked: string[] = [];
    for (const pack of packs) {
      let [app] = await call('application/list', { packId: pack.id });
      if (!app) {
        const made = await call('application/create', { packId: pack.id });
        [app] = (await call('application/list', { packId: pack.id })).filter((a) => a.id === made.id);
      }
      // The demo has not filled every typed field of every notice: accept what is open, as an office may.
      const { resolved, pack: full } = await call('application/get', { applicationId: app.id });
      for (const f of Object.values(resolved.fields))
        for (const p of f.problems.filter((x) => !x.accepted))
          await call('application/acceptProblem', { applicationId: app.id, fieldKey: f.key, code: p.code });
      const evKey = full.fields.find((f) => f.key.startsWith('ev'))?.key;
      if (evKey)
        await call('bundle/setEvidencePicks', {
          applicationId: app.id,
          picks: [{ evidenceKey: evKey, hash: evidence.hash }],
        });

      const r = await call('bundle/export', { applicationId: app.id, pdf: true });
      const entries = await readBundleZip(outputBytes(ctx, r.file), r.file.fileName);
      expect(
        entries.some((e) => e.path.endsWith('data.json')),
        pack.id,
      ).toBe(false);
      // What the forms print, read back from their PDFs.
      const printed = entries
        .filter((e) => /\.pdf$/i.test(e.path) && !/佐证材料|支撑材料/.test(e.path.split('/').pop()!))
        .map((e) => pdfText(e.bytes))
        .join('\n');
      expect(printed.length, pack.id).toBeGreaterThan(200);
      const unprinted = [...secrets].filter(([value]) => !printed.includes(value));
      const hits: string[] = [];
      for (const entry of entries) {
        for (const h of await haystacks(entry)) {
          for (const [value, who] of unprinted) {
            if (encodings(value).some((enc) => h.text.includes(enc))) hits.push(`${h.where}：${who}（${value}）`);
          }
        }
      }
      expect(hits, pack.id).toEqual([]);
      checked.push(`${pack.id}: ${entries.length} entries, ${unprinted.length} unprinted values searched`);
    }
    expect(checked).toHaveLength(packs.length);
  }, 600_000);
});
