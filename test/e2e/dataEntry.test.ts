// Data entry as a clerk meets it, at 1366×768 in Chromium against browser mode: typing and pasting
// into an empty data set, the 统计年度 chosen once, 专业代码 filling its companions from the 专业目录,
// a number-range filter, undoing a paste (the database follows the screen, even mid-save), a valid
// change saved beside an invalid one, a rule across fields accepted as an exception, and leaving a
// page that holds a draft, and a value typed in the editor restored after its save never arrived.
import ExcelJS from 'exceljs';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

const VIEWPORT = { width: 1366, height: 768 };
type Row = Record<string, unknown> & { id: number };

function helpers(get: () => { app: LaunchedApp; page: Page }) {
  const page = () => get().page;
  return {
    cell: (row: number, col: number) => page().locator(`[data-cell="${row}:${col}"]`),
    async columnIndex(label: string): Promise<number> {
      const labels = await page().locator('[role=columnheader] .dg-hlabel').allTextContents();
      const i = labels.indexOf(label);
      if (i < 0) throw new Error(`没有列「${label}」：${labels.join(',')}`);
      return i;
    },
    async open(label: string) {
      await page().getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
      await page().getByTestId('grid').waitFor();
    },
    async rows(dataset: string, year?: number): Promise<Row[]> {
      return (await get().app.call<{ rows: Row[] }>('dataset/list', { dataset, year })).rows;
    },
    async waitSaved() {
      await page().getByTestId('save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
    },
    async paste(text: string) {
      await page()
        .getByTestId('grid-editor')
        .evaluate((el, t) => {
          const dt = new DataTransfer();
          dt.setData('text/plain', t);
          el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        }, text);
    },
  };
}

describe('a new school with empty data sets', () => {
  let app: LaunchedApp;
  let page: Page;
  const h = helpers(() => ({ app, page }));
  beforeAll(async () => {
    app = await launchApp({ demo: false, schoolName: '录入测试学院', viewport: VIEWPORT });
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes typing into an empty grid after a click on it, row by row, without turning the row red', async () => {
    await h.open('仪器设备');
    expect(await page.getByTestId('grid-count').textContent()).toBe('共 0 行');
    // The empty data set shows one ready row; a click anywhere on the empty grid gives it the keys.
    await page.getByTestId('grid-empty').click();
    await page.keyboard.type('SB001');
    await page.keyboard.press('Tab');
    expect(await h.cell(0, 0).textContent()).toBe('SB001');
    // Unfinished, not wrong: the required cells still to fill are marked 待填, nothing is red.
    expect(await page.locator('.dg-cell.err').count()).toBe(0);
    expect(await page.locator('[data-cell^="0:"].missing').count()).toBeGreaterThan(0);
    await page.keyboard.type('示波器');
    for (const [label, text] of [
      ['单价', '1200'],
      ['数量', '3'],
      ['金额', '3600'],
      ['购置日期', '2021-05-01'],
    ]) {
      await h.cell(0, await h.columnIndex(label)).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await h.waitSaved();
    expect(await h.rows('equipment')).toMatchObject([
      {
        assetNo: 'SB001',
        name: '示波器',
        unitPrice: 120_000,
        quantity: 3,
        amount: 360_000,
        purchaseDate: '2021-05-01',
      },
    ]);
    expect(await page.locator('.dg-cell.err, .dg-cell.missing').count()).toBe(0);
  });

  it('takes a paste into an empty grid, and undoing it removes the rows from the database too', async () => {
    await h.open('合作企业及成员单位');
    await page.getByTestId('grid-empty').click();
    await h.paste('甲科技有限公司\t企业\r\n乙研究院\t科研机构\r\n丙职业学院\t高职学校\r\n');
    await h.waitSaved();
    expect((await h.rows('enterprises')).map((r) => r.name)).toEqual(['甲科技有限公司', '乙研究院', '丙职业学院']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('grid-count').textContent()).toBe('共 0 行');
    await h.waitSaved();
    expect(await h.rows('enterprises')).toEqual([]);
  });

  it('undoes a paste whose save is still under way: the rows it inserted are deleted when it answers', async () => {
    // Hold the save's answer back, as a slow disk would, and undo meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let passed: Promise<void> = Promise.resolve();
    const slow = (route: Route) => {
      passed = held.then(() => route.continue());
      return passed;
    };
    const isSave = (url: URL) => url.pathname.endsWith('/api/dataset%2Fsave');
    await page.route(isSave, slow);
    try {
      const saving = page.waitForRequest((r) => isSave(new URL(r.url())));
      await h.cell(0, 0).click();
      await h.paste('丁智能装备有限公司\t企业\r\n戊电子有限公司\t企业\r\n');
      await saving;
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.getByTestId('grid-count').textContent()).toBe('共 0 行');
    } finally {
      release();
      await passed;
      await page.unroute(isSave, slow);
    }
    await expect.poll(async () => (await h.rows('enterprises')).length, { timeout: 10_000 }).toBe(0);
    await h.waitSaved();
  });

  it('fills 专业名称, 大类, 类 and 办学层次 from a typed 专业代码, offering matches while typing', async () => {
    await h.open('专业');
    await page.getByTestId('grid-empty').click();
    await page.keyboard.type('4603');
    await page.getByRole('option', { name: '460301 机电一体化技术（高职专科）' }).waitFor();
    await page.keyboard.type('01');
    await page.keyboard.press('Enter');
    const text = async (label: string) => h.cell(0, await h.columnIndex(label)).textContent();
    await expect.poll(() => text('专业名称')).toBe('机电一体化技术');
    expect(await text('专业大类')).toBe('装备制造大类');
    expect(await text('专业类')).toBe('自动化类');
    expect(await text('办学层次')).toBe('高职专科');
    expect(await page.locator('.dg-cell.err').count()).toBe(0);
    await h.waitSaved();
    const year = Number((await page.locator('#stat-year').inputValue()) || 0);
    expect(await h.rows('majors', year)).toMatchObject([
      {
        code: '460301',
        name: '机电一体化技术',
        level: '高职专科',
        categoryCode: '46',
        category: '装备制造大类',
        classCode: '4603',
        className: '自动化类',
      },
    ]);
  });

  it('fills from a catalogue added to on the 专业目录 page, without restarting', async () => {
    // The grid already holds the catalogue (the test above); 增补 adds a code it did not have.
    await page.getByRole('navigation').getByRole('button', { name: '专业目录', exact: true }).click();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目录');
    ws.addRow(['层次', '专业代码', '专业名称', '专业大类', '专业类']);
    ws.addRow(['高职专科', '460399', '智能装备运维技术', '装备制造大类', '自动化类']);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '增补专业目录…' }).click(),
    ]);
    await chooser.setFiles({
      name: '增补目录.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await page.getByText(/已从「增补目录\.xlsx」增补专业目录/).waitFor();

    await h.open('专业');
    const code = await h.columnIndex('专业代码');
    await h.cell(0, code).click();
    await page.keyboard.type('460399');
    await page.keyboard.press('Enter');
    const name = await h.columnIndex('专业名称');
    await expect.poll(() => h.cell(0, name).textContent()).toBe('智能装备运维技术');
    await h.waitSaved();
  });

  it('keeps an invalid cell as a visible draft, and asks before leaving the page (in the app and closing the window)', async () => {
    await h.open('仪器设备');
    const col = await h.columnIndex('购置日期');
    await h.cell(0, col).click();
    await page.keyboard.type('2021-13-45');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    // Moved away: the typed text is still there, red, and not saved.
    expect(await h.cell(0, col).textContent()).toBe('2021-13-45');
    expect(await h.cell(0, col).getAttribute('class')).toContain('err');
    expect((await h.rows('equipment'))[0].purchaseDate).toBe('2021-05-01');

    await page.getByRole('navigation').getByRole('button', { name: '首页' }).click();
    const ask = page.getByRole('dialog', { name: '有未保存的修改' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('「仪器设备」有 1 行修改还不能保存');
    await ask.getByRole('button', { name: '留在此页修改' }).click();
    expect(await h.cell(0, col).textContent()).toBe('2021-13-45');

    // Closing the window asks too (the browser's own question; Electron shows its own dialog).
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const d = await dialog;
    expect(d.type()).toBe('beforeunload');
    await d.dismiss();
    expect(page.isClosed()).toBe(false);

    await page.getByRole('navigation').getByRole('button', { name: '首页' }).click();
    await ask.getByRole('button', { name: '放弃这些修改并离开' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.getByTestId('grid').count()).toBe(0);
    expect((await h.rows('equipment'))[0].purchaseDate).toBe('2021-05-01');
  });
});

describe('the demo school', () => {
  let app: LaunchedApp;
  let page: Page;
  const h = helpers(() => ({ app, page }));
  beforeAll(async () => {
    app = await launchApp({ demo: true, viewport: VIEWPORT });
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('chooses the 统计年度 once in the top bar: every yearly page follows it, across visits and a reload', async () => {
    await h.open('专业');
    expect(await page.locator('.ds-title-year').textContent()).toBe('2025 年度');
    await page.locator('#stat-year').selectOption('2023');
    await expect.poll(() => page.locator('.ds-title-year').textContent()).toBe('2023 年度');
    expect(await page.getByTestId('grid-count').textContent()).toBe(`共 ${(await h.rows('majors', 2023)).length} 行`);
    await h.open('指标');
    expect(await page.locator('.ds-title-year').textContent()).toBe('2023 年度');
    await h.open('技能大赛及获奖');
    expect(await page.locator('.ds-title-year').textContent()).toBe('2023 年度');
    await page.reload();
    await h.open('专业');
    expect(await page.locator('.ds-title-year').textContent()).toBe('2023 年度');
    expect(await page.locator('#stat-year').inputValue()).toBe('2023');
  });

  it('filters 金额 by a number range (>100000), keeping each row’s own 序号, and names rooms, not ids', async () => {
    await h.open('仪器设备');
    const rows = await h.rows('equipment');
    // 所属实训场所 shows the room's name.
    const roomCol = await h.columnIndex('所属实训场所');
    expect(await h.cell(0, roomCol).textContent()).toBe('智能产线实训车间');
    await page.getByRole('button', { name: '按列筛选' }).click();
    await page.getByLabel('筛选金额').fill('>100000');
    const over = rows.filter((r) => (r.amount as number) > 10_000_000);
    await expect
      .poll(() => page.getByTestId('grid-count').textContent())
      .toBe(`筛选出 ${over.length} 行 / 共 ${rows.length} 行`);
    const first = rows.findIndex((r) => (r.amount as number) > 10_000_000);
    expect(await page.locator('[data-rowhead="0"]').textContent()).toBe(String(first + 1));
    // 合计 only where a sum means something: 金额 yes, 单价 no; the full figure on hover.
    const totals = page.getByTestId('grid-totals').locator('.dg-tcell');
    expect(await totals.nth(await h.columnIndex('单价')).textContent()).toBe('');
    const sum = over.reduce((a, r) => a + (r.amount as number), 0);
    const sumText = (sum / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(await totals.nth(await h.columnIndex('金额')).textContent()).toBe(sumText);
    expect(await totals.nth(await h.columnIndex('金额')).getAttribute('title')).toBe(`金额合计：${sumText}`);
    await page.getByRole('button', { name: '清除排序与筛选' }).click();
  });

  it('offers the values of a column with their counts, Excel-style', async () => {
    const col = await h.columnIndex('使用状况');
    await page.getByRole('button', { name: '筛选「使用状况」的值' }).click();
    const panel = page.getByRole('dialog', { name: '筛选「使用状况」' });
    const rows = await h.rows('equipment');
    const inUse = rows.filter((r) => r.status === '在用').length;
    const item = panel.locator('.dg-fp-value', { hasText: '在用' });
    expect(await item.locator('.dg-fp-count').textContent()).toBe(String(inUse));
    await panel.getByRole('checkbox').first().uncheck();
    await item.getByRole('checkbox').check();
    await panel.getByRole('button', { name: '确定' }).click();
    await expect
      .poll(() => page.getByTestId('grid-count').textContent())
      .toBe(`筛选出 ${inUse} 行 / 共 ${rows.length} 行`);
    expect(await h.cell(0, col).textContent()).toBe('在用');
    await page.getByRole('button', { name: '清除排序与筛选' }).click();
  });

  it('holds a change that breaks 金额 = 单价 × 数量 until it is fixed or accepted as an exception', async () => {
    const before = (await h.rows('equipment'))[0];
    const qty = await h.columnIndex('数量');
    const amount = await h.columnIndex('金额');
    await h.cell(0, qty).click();
    await page.keyboard.type(String((before.quantity as number) + 1));
    await page.keyboard.press('Enter');
    await expect.poll(() => h.cell(0, amount).getAttribute('class')).toContain('err');
    await h.cell(0, amount).click();
    expect(await page.getByTestId('grid-message').textContent()).toContain('「金额」应等于「单价」×「数量」');
    expect((await h.rows('equipment'))[0].quantity).toBe(before.quantity);
    await page.getByRole('button', { name: '接受为例外' }).click();
    await h.waitSaved();
    expect((await h.rows('equipment'))[0].quantity).toBe((before.quantity as number) + 1);
    const list = await app.call<{ exceptions: { rowId: number; rule: string }[] }>('dataset/list', {
      dataset: 'equipment',
    });
    expect(list.exceptions).toEqual([{ rowId: before.id, rule: 'amountIsPriceTimesQuantity' }]);
  });

  it('saves a valid change on 学校基本信息 while another field holds an error, which stays as a draft', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '学校基本信息' }).click();
    const code = page.locator('#school-creditCode');
    const original = (await h.rows('school'))[0];
    await code.fill('91410100MA00000A10');
    await code.blur();
    await page.locator('#school-creditCode-err').waitFor();
    const contact = page.locator('#school-contactName');
    await contact.fill('李明');
    await contact.blur();
    await expect.poll(async () => (await h.rows('school'))[0].contactName).toBe('李明');
    expect((await h.rows('school'))[0].creditCode).toBe(original.creditCode);
    expect(await code.inputValue()).toBe('91410100MA00000A10');
    expect(await page.locator('#school-creditCode-err').textContent()).toMatch(/校验码/);
    expect(await page.getByTestId('save-status').textContent()).toBe('1 项待改正，其余已自动保存');
    // The draft is not dropped quietly on leaving: the page asks, and only 放弃 drops it.
    await page.getByRole('navigation').getByRole('button', { name: '首页' }).click();
    const ask = page.getByRole('dialog', { name: '有未保存的修改' });
    await ask.getByRole('button', { name: '放弃这些修改并离开' }).click();
    await ask.waitFor({ state: 'detached' });
    expect((await h.rows('school'))[0].creditCode).toBe(original.creditCode);
    expect(app.pageErrors).toEqual([]);
  });

  it('restores a value typed in the editor whose save never arrived when that application is opened again', async () => {
    const [demo] = await app.call<{ id: number; title: string }[]>('application/list', { packId: 'henan-2024-346' });
    const openDemo = async () => {
      await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
      await page.getByRole('button', { name: demo.title, exact: true }).first().click();
      await page.getByRole('tablist').waitFor();
    };
    const fieldValue = async () =>
      (
        await app.call<{ resolved: { fields: Record<string, { value: unknown }> } }>('application/get', {
          applicationId: demo.id,
        })
      ).resolved.fields.schoolAffiliation.value;
    await openDemo();
    const before = await fieldValue();
    // The core never answers a save (as when the app is killed mid-save); the window is then reloaded.
    const isSave = (url: URL) => url.pathname.endsWith('/api/application%2FsetValue');
    const refuse = (route: Route) => route.abort();
    await page.route(isSave, refuse);
    try {
      await page.getByTestId('field-schoolAffiliation').locator('input').fill('郑州市教育局（断电前输入）');
      await page.getByTestId('save-status').filter({ hasText: '保存失败' }).waitFor({ timeout: 10_000 });
      expect(await fieldValue()).toBe(before);
      page.once('dialog', (d) => void d.accept());
      await page.reload();
    } finally {
      await page.unroute(isSave, refuse);
    }
    await openDemo();
    await page.getByText('已恢复上次未保存的 1 处输入。').waitFor();
    await expect.poll(fieldValue).toBe('郑州市教育局（断电前输入）');
    expect(await page.getByTestId('field-schoolAffiliation').locator('input').inputValue()).toBe(
      '郑州市教育局（断电前输入）',
    );
  });
});
