// The data-set grid and the 基本信息 form as office staff use them, in Chromium against browser mode:
// typing, Pinyin composition, pasting a block from Excel/WPS, errors in place, undo, autosave.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

type Row = Record<string, unknown> & { id: number };

let app: LaunchedApp;
let page: Page;

async function columnIndex(label: string): Promise<number> {
  const labels = await page.locator('[role=columnheader] .dg-hlabel').allTextContents();
  const i = labels.indexOf(label);
  if (i < 0) throw new Error(`没有列「${label}」：${labels.join(',')}`);
  return i;
}

function cell(row: number, col: number) {
  return page.locator(`[data-cell="${row}:${col}"]`);
}

async function enterprises(): Promise<Row[]> {
  return (await app.call<{ rows: Row[] }>('dataset/list', { dataset: 'enterprises' })).rows;
}

async function waitSaved() {
  await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
}

async function pasteText(text: string) {
  await page.getByTestId('grid-editor').evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** Back to the first row (Ctrl+Home), as a user would after working at the end of the list. */
async function toTop() {
  await page.getByTestId('grid-editor').focus();
  await page.keyboard.press('Control+Home');
  await cell(0, 0).waitFor();
}

async function openEnterprises() {
  await page.getByRole('navigation').getByRole('button', { name: '合作企业及成员单位' }).click();
  await page.getByTestId('grid').waitFor();
  await cell(0, 0).waitFor();
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  await openEnterprises();
});

afterAll(async () => {
  await app?.close();
});

describe('grid on 合作企业', () => {
  it('typing into a selected cell starts the edit with the first keystroke and Enter saves and moves down', async () => {
    const col = await columnIndex('企业性质');
    await cell(1, col).click();
    await page.keyboard.type('混合所有制企业');
    await expect.poll(() => page.getByTestId('grid-editor').getAttribute('class')).toContain('editing');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(1, col).textContent()).toBe('混合所有制企业');
    expect(await cell(2, col).getAttribute('class')).toContain('active');
    await waitSaved();
    const rows = await enterprises();
    expect(rows[1].nature).toBe('混合所有制企业');
  });

  it('a Pinyin composition on a selected cell lands in the cell and the confirming Enter neither commits nor moves', async () => {
    const col = await columnIndex('企业称号或荣誉');
    await cell(3, col).click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'z', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'zhuan', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.imeSetComposition', { text: 'zhuanjing', selectionStart: 9, selectionEnd: 9 });
    // The IME turns the first keystroke into a composition: the cell is in edit mode already.
    expect(await page.getByTestId('grid-editor').getAttribute('class')).toContain('editing');
    await cdp.send('Input.insertText', { text: '专精特新' });
    // The Enter that confirms a composition arrives as keyCode 229 / isComposing.
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      nativeVirtualKeyCode: 13,
    });
    await page.getByTestId('grid-editor').evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      ),
    );
    expect(await page.getByTestId('grid-editor').getAttribute('class')).toContain('editing');
    expect(await page.getByTestId('grid-editor').inputValue()).toBe('专精特新');
    expect(await cell(3, col).getAttribute('class')).toContain('active');
    await page.keyboard.type('企业');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(3, col).textContent()).toBe('专精特新企业');
    expect(await cell(4, col).getAttribute('class')).toContain('active');
    await waitSaved();
    expect((await enterprises())[3].honors).toBe('专精特新企业');
  });

  it('pastes a block copied from Excel (quoted multi-line cell, trailing newline), filling cells and appending a row', async () => {
    const before = await enterprises();
    const last = before.length - 1;
    const nameCol = await columnIndex('企业名称');
    // As a user gets there: select a cell and jump to the last row with Ctrl+↓ (it scrolls into view).
    await cell(0, nameCol).click();
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(() => cell(last, nameCol).getAttribute('class')).toContain('active');
    // 2 rows × 3 columns as Excel puts them on the clipboard: CRLF, a quoted cell with a line break and doubled quotes.
    const tsv =
      '测试粘贴甲有限公司\t企业\t"国家级专精特新""小巨人""企业\r\n省级瞪羚企业"\r\n测试粘贴乙研究院\t科研机构\t行业龙头\r\n';
    await pasteText(tsv);
    await expect.poll(() => cell(last + 1, nameCol).textContent()).toBe('测试粘贴乙研究院');
    expect(await cell(last, nameCol).textContent()).toBe('测试粘贴甲有限公司');
    await waitSaved();
    const after = await enterprises();
    expect(after).toHaveLength(before.length + 1);
    expect(after[last]).toMatchObject({
      id: before[last].id,
      name: '测试粘贴甲有限公司',
      kind: '企业',
      honors: '国家级专精特新"小巨人"企业\n省级瞪羚企业',
    });
    expect(after[last + 1]).toMatchObject({ name: '测试粘贴乙研究院', kind: '科研机构', honors: '行业龙头' });
    expect(await page.getByTestId('grid-count').textContent()).toContain(`共 ${before.length + 1} 行`);
  });

  it('shows a pasted invalid 信用代码 in place, saves nothing of it, and undo restores the cell', async () => {
    const col = await columnIndex('统一社会信用代码');
    const original = (await enterprises())[0].creditCode as string;
    await toTop();
    await cell(0, col).click();
    await pasteText('91410100MA00000A10\r\n');
    await expect.poll(() => cell(0, col).getAttribute('class')).toContain('err');
    expect(await cell(0, col).textContent()).toBe('91410100MA00000A10');
    expect(await page.getByTestId('grid-message').textContent()).toMatch(/第 18 位（校验码）「0」有误/);
    await page.getByTestId('save-status').filter({ hasText: '1 行待改正' }).waitFor();
    await page.waitForTimeout(800);
    expect((await enterprises())[0].creditCode).toBe(original);

    await page.getByRole('button', { name: /^撤销/ }).click();
    await expect.poll(() => cell(0, col).textContent()).toBe(original);
    expect(await cell(0, col).getAttribute('class')).not.toContain('err');
    await waitSaved();
    expect((await enterprises())[0].creditCode).toBe(original);
  });

  it('Ctrl+Z undoes the last edit, Ctrl+Y redoes it, and each state is saved', async () => {
    const col = await columnIndex('企业性质');
    const original = (await enterprises())[5].nature;
    // A key press, then the cell shows `text` and the database holds it.
    const pressAndSee = async (key: string, text: unknown) => {
      await page.keyboard.press(key);
      await expect.poll(() => cell(5, col).textContent()).toBe(text);
      await waitSaved();
      expect((await enterprises())[5].nature).toBe(text);
    };
    await toTop();
    await cell(5, col).click();
    await page.keyboard.type('临时值');
    await pressAndSee('Tab', '临时值');
    await pressAndSee('Control+z', original);
    await pressAndSee('Control+y', '临时值');
    await pressAndSee('Control+z', original);
    expect(await page.getByRole('button', { name: '重做' }).isEnabled()).toBe(true);
  });
});

describe('学校基本信息 form', () => {
  it('refuses a wrong 信用代码 naming the character, and saves a new name that survives a reload', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '学校基本信息' }).click();
    const code = page.locator('#school-creditCode');
    await code.fill('91410100MA00000A10');
    await code.blur();
    await expect
      .poll(() => page.locator('#school-creditCode-err').textContent())
      .toMatch(/第 18 位（校验码）「0」有误，按前 17 位应为「8」/);
    await code.fill('91410100MA00000A18');
    await code.blur();
    await page.locator('#school-creditCode-err').waitFor({ state: 'detached' });

    const name = page.locator('#school-name');
    await name.fill('河南测试改名职业技术学院');
    await name.blur();
    await waitSaved();
    // One save model, said once: no 保存 button beside the autosave.
    expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('school-name').textContent()).toBe('河南测试改名职业技术学院');

    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: '学校基本信息' }).click();
    await expect.poll(() => page.locator('#school-name').inputValue()).toBe('河南测试改名职业技术学院');
    expect(await page.locator('#school-creditCode').inputValue()).toBe('91410100MA00000A18');
    expect(app.pageErrors).toEqual([]);
  });
});
