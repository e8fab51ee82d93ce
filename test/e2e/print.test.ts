// 打印预览 and 打印 as office staff use them, in Chromium against browser mode: the preview shows the
// pages the PDF has (count, orientation, numbers), a landscape form is landscape on screen, and 打印
// hands the browser's print dialog the same pages. The e2e setup fails the test on any CSP violation
// (the preview used to log thousands).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { OutputFile } from '../../shared/api/callFields';
import { readPdfPages } from '../core/render/pdfPages';
import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
let appId: number;

beforeAll(async () => {
  app = await launchApp({ demo: true, viewport: { width: 1600, height: 900 } });
  page = app.page;
  const [demo] = await app.call<{ id: number; title: string }[]>('application/list', { packId: 'henan-2024-346' });
  appId = demo.id;
  await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
  await page.getByRole('button', { name: demo.title, exact: true }).first().click();
  await page.getByRole('tablist').waitFor();
});
afterAll(async () => {
  await app?.close();
});

/** Pages as a frame shows them: 横/竖 and the number at the foot (– for none). */
async function framePages(frame: Frame): Promise<string> {
  return frame.evaluate(() =>
    [...document.querySelectorAll('.page')]
      .map((p) => `${p.classList.contains('landscape') ? '横' : '竖'}${p.getAttribute('data-number') ?? '–'}`)
      .join(' '),
  );
}

async function previewFrame(): Promise<Frame> {
  const handle = await page.getByTestId('form-preview').elementHandle();
  const frame = await handle.contentFrame();
  await expect.poll(() => frame!.locator('.page').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return frame!;
}

/** A PDF the app made, page by page. */
async function pdfPagesOf(r: { file?: OutputFile }, name: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-print-')), `${name}.pdf`);
  fs.copyFileSync(app.ctx.files.output(r.file!.token).path, file);
  return (await readPdfPages(file)).map((p) => `${p.landscape ? '横' : '竖'}${p.number ?? '–'}`).join(' ');
}

/** The app's own PDF of the form, page by page. */
async function pdfPages(formId: string): Promise<string> {
  const r = await app.call<{ file?: OutputFile }>('render/form', { applicationId: appId, formId, format: 'pdf' });
  return pdfPagesOf(r, formId);
}

/** Records the print requests of the hidden print frames instead of opening a dialog in the headless browser. */
async function recordPrints(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-deprecated -- replacing document.createElement, whose type lists deprecated overloads */
  await page.evaluate(() => {
    const w = window as unknown as { printed?: number };
    if (w.printed !== undefined) return;
    w.printed = 0;
    const create = document.createElement.bind(document);
    document.createElement = ((tag: string) => {
      const el = create(tag);
      if (el instanceof HTMLIFrameElement) {
        // The app sets onload before the frame loads: wrap it so print() is recorded, not shown.
        Object.defineProperty(el, 'onload', {
          set(handler: (ev: Event) => void) {
            el.addEventListener('load', (ev) => {
              if (el.contentWindow) el.contentWindow.print = () => void w.printed!++;
              handler(ev);
            });
          },
        });
      }
      return el;
    }) as typeof document.createElement;
  });
  /* eslint-enable @typescript-eslint/no-deprecated */
}

const printedCount = () => page.evaluate(() => (window as unknown as { printed: number }).printed);

/** The pages of the last print frame the app made. */
async function printedPages(): Promise<string> {
  const handle = await page.locator('[data-testid="print-frame"]').last().elementHandle();
  return framePages((await handle.contentFrame())!);
}

describe('打印预览 and 打印', () => {
  it('shows the 申报书 with the pages of its PDF: cover, blank back, body numbered from 1', async () => {
    const frame = await previewFrame();
    const shown = await framePages(frame);
    expect(shown).toMatch(/^竖– 竖– 竖1 竖2 /);
    expect(shown).toBe(await pdfPages('application'));
    // The blank back of the cover says what it is on screen.
    expect(await frame.locator('.page.blank').count()).toBe(1);
  });

  it('shows a landscape form on landscape sheets', async () => {
    await page.getByRole('tab', { name: /汇总表/ }).click();
    const frame = await previewFrame();
    await expect.poll(() => framePages(frame)).toMatch(/^横1/);
    expect(await framePages(frame)).toBe(await pdfPages('summary'));
    const box = await frame.locator('.page').first().boundingBox();
    expect(box!.width).toBeGreaterThan(box!.height);
  });

  it('prints through the browser’s print dialog with the same pages', async () => {
    await page.getByRole('tab', { name: /申报书/ }).click();
    await previewFrame();
    await recordPrints();
    await page.getByTestId('print-form').click();
    await expect.poll(printedCount).toBe(1);
    expect(await printedPages()).toBe(await pdfPages('application'));
  });

  it('previews and prints the 38号 目标自查表 on the landscape pages of its PDF', async () => {
    await recordPrints();
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await page.getByRole('button', { name: '郑政办〔2023〕38号' }).click();
    const pdf = await pdfPagesOf(
      await app.call<{ file?: OutputFile }>('eligibility/report', {
        packId: 'zhengzhou-2023-38',
        params: {},
        format: 'pdf',
      }),
      'selfcheck',
    );
    expect(pdf).toMatch(/^横1 横2/);
    await page.locator('.el-report').getByRole('button', { name: '预览', exact: true }).click();
    const handle = await page.getByTestId('report-preview').elementHandle();
    const frame = (await handle.contentFrame())!;
    await expect.poll(() => framePages(frame), { timeout: 15_000 }).toBe(pdf);
    const before = await printedCount();
    await page.getByTestId('print-form').click();
    await expect.poll(printedCount).toBe(before + 1);
    expect(await printedPages()).toBe(pdf);
  });
});
