import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { writeBytesAtomicSync as writeFileAtomic } from '../../electron/core/files/writeFileAtomic.js';
import { openFileFilters, safeSuggestedName } from '../../electron/main/files/fileDialogArgs.js';
import { PrintPages } from '../../electron/main/printPages.js';
import { isAllowedNavigation } from '../../electron/main/security/isAllowedNavigation.js';
import { isAllowedRequest } from '../../electron/main/security/isAllowedRequest.js';
import { resolveAppFile } from '../../electron/main/security/resolveAppFile.js';
import { validateIpcSender } from '../../electron/main/security/validateIpcSender.js';
import { windowOpenDecision } from '../../electron/main/security/windowOpenDecision.js';

describe('Electron shell security decisions', () => {
  it('refuses navigation away from the app', () => {
    expect(isAllowedNavigation('app://shenbaotong/index.html#/school')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://evil/index.html',
      'app://shenbaotong:8080/index.html',
      'app://user:pw@shenbaotong/index.html',
      'data:text/html,<script>1</script>',
      '',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('denies every new window, whatever the URL', () => {
    expect(windowOpenDecision({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(windowOpenDecision({ url: 'app://shenbaotong/index.html' })).toEqual({ action: 'deny' });
  });

  it('cancels every request that would leave the app (the app is offline)', () => {
    const prod = { allowDevtools: false };
    expect(isAllowedRequest('app://shenbaotong/assets/index.js', prod)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', prod)).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://localhost/',
      'ws://127.0.0.1:9222/',
      'file:///C:/Windows/win.ini',
      'ftp://x/',
      'devtools://devtools/bundled/inspector.html',
      'app://other/x',
    ]) {
      expect(isAllowedRequest(url, prod), url).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { allowDevtools: true })).toBe(true);
  });

  it('accepts IPC only from frames showing the app itself', () => {
    expect(validateIpcSender({ url: 'app://shenbaotong/index.html' })).toBe(true);
    expect(validateIpcSender({ url: 'https://example.com/' })).toBe(false);
    expect(validateIpcSender({ url: 'file:///tmp/x.html' })).toBe(false);
    expect(validateIpcSender({ url: 'app://shenbaotong.evil/index.html' })).toBe(false);
    expect(validateIpcSender(null)).toBe(false);
    expect(validateIpcSender(undefined)).toBe(false);
  });

  it('serves only files inside the renderer folder (path traversal refused)', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveAppFile(root, 'app://shenbaotong/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://shenbaotong/assets/a.js?x=1')).toBe(path.join(root, 'assets', 'a.js'));
    // A literal or %2e-encoded ../ is already resolved by the URL parser (as Chromium does): it stays inside.
    expect(resolveAppFile(root, 'app://shenbaotong/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://shenbaotong/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    for (const url of [
      'app://shenbaotong/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://shenbaotong/..%5c..%5csecret.txt',
      'app://shenbaotong/a%00.js',
      'app://shenbaotong/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('keeps print pages readable only while their job runs', () => {
    const pages = new PrintPages();
    const page = pages.add('<p>封面</p>');
    const pathname = new URL(page.url).pathname;
    expect(isAllowedNavigation(page.url)).toBe(true);
    expect(pages.lookup(pathname)).toBe('<p>封面</p>');
    expect(pages.lookup('/__print/../index.html')).toBeUndefined();
    page.release();
    expect(pages.lookup(pathname)).toBeUndefined();
  });
});

describe('file dialogs', () => {
  it('lets the renderer suggest a file name but never a folder', () => {
    expect(safeSuggestedName('申报书.docx')).toBe('申报书.docx');
    expect(safeSuggestedName('../../etc/passwd')).toBe('passwd');
    expect(safeSuggestedName('C:\\Windows\\system32\\a.dll')).toBe('a.dll');
    expect(safeSuggestedName('a<b>:c?.xlsx')).toBe('a＜b＞：c？.xlsx');
    expect(safeSuggestedName('CON.docx')).toBe('_CON.docx');
    expect(safeSuggestedName('..')).toBe('申报通导出文件');
    expect(safeSuggestedName(42)).toBe('申报通导出文件');
  });

  it('accepts plain extension filters only', () => {
    expect(openFileFilters.safeParse([{ name: 'Excel', extensions: ['xlsx', 'xls'] }]).success).toBe(true);
    expect(openFileFilters.safeParse([{ name: 'x', extensions: ['../x'] }]).success).toBe(false);
    expect(openFileFilters.safeParse('xlsx').success).toBe(false);
  });

  it('writes a saved file atomically and leaves no temporary file behind', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-save-'));
    try {
      const file = path.join(dir, '申报书.docx');
      fs.writeFileSync(file, 'old');
      writeFileAtomic(file, new TextEncoder().encode('new content'));
      expect(fs.readFileSync(file, 'utf8')).toBe('new content');
      expect(fs.readdirSync(dir)).toEqual(['申报书.docx']);
      expect(() => writeFileAtomic(path.join(dir, 'missing', 'x.docx'), new Uint8Array([1]))).toThrow();
      expect(fs.readdirSync(dir)).toEqual(['申报书.docx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
