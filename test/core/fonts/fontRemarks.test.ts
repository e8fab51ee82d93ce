// Font remarks are made only for fonts this PC really lacks, from the PC's own font list, in words
// a clerk can act on; an unreadable list makes no remark at all.
import { execFileSync } from 'node:child_process';

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import {
  createSystemFontCatalog,
  parseFcList,
  parseFontRegistry,
} from '../../../electron/core/fonts/systemFontCatalog';
import { installedFontSet, missingFontRemarks } from '../../../shared/fonts/missingFontRemarks';
import { FANGSONG, HEITI, SYMBOL_FONT, XIAOBIAOSONG } from '../../../shared/print/printDocument';

// As `reg query HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts` prints it on a Chinese Windows 10.
const REG_OUTPUT = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
  '    Arial (TrueType)    REG_SZ    arial.ttf',
  '    SimSun & NSimSun (TrueType)    REG_SZ    simsun.ttc',
  '    FangSong (TrueType)    REG_SZ    simfang.ttf',
  '    SimHei (TrueType)    REG_SZ    simhei.ttf',
  '    Segoe UI Symbol (TrueType)    REG_SZ    seguisym.ttf',
  '    Courier 10,12,15    REG_SZ    COURE.FON',
  '    方正小标宋简体 (TrueType)    REG_SZ    FZXBSJW.TTF',
  '',
].join('\r\n');

describe('font remarks', () => {
  it('names a missing 仿宋_GB2312 with the stand-in a clerk knows (仿宋, not FangSong)', () => {
    const installed = installedFontSet(parseFontRegistry(REG_OUTPUT));
    expect(missingFontRemarks([FANGSONG, HEITI, XIAOBIAOSONG, SYMBOL_FONT], installed)).toEqual([
      '本机缺少 仿宋_GB2312，打印前请安装；已用 仿宋 代替',
    ]);
  });

  it('says nothing when every font is installed, or when the fonts cannot be listed', () => {
    const all = installedFontSet(['仿宋_GB2312', '黑体', '方正小标宋简体', 'Segoe UI Symbol']);
    expect(missingFontRemarks([FANGSONG, HEITI, XIAOBIAOSONG, SYMBOL_FONT], all)).toEqual([]);
    expect(missingFontRemarks([FANGSONG], null)).toEqual([]);
  });

  it('says so plainly when there is no stand-in, and asks for a check-box font only when none has ☐ ☑', () => {
    const bare = installedFontSet(['DejaVu Serif']);
    expect(missingFontRemarks([FANGSONG, SYMBOL_FONT], bare)).toEqual([
      '本机缺少 仿宋_GB2312，打印前请安装；也没有可代替的字体，打印出来的版式可能与要求不同',
      '本机没有能打印勾选框 ☐ ☑ 的字体（如 Segoe UI Symbol），打印前请安装',
    ]);
    expect(missingFontRemarks([SYMBOL_FONT], installedFontSet(['DejaVu Sans']))).toEqual([]);
  });

  it('reads the Windows font registry, also when reg.exe answers in GBK', async () => {
    const gbk = iconv.encode(REG_OUTPUT, 'gbk');
    const catalog = createSystemFontCatalog({
      platform: 'win32',
      run: (file, args) =>
        args[1].startsWith('HKLM') ? Promise.resolve(gbk) : Promise.reject(new Error('no per-user fonts')),
    });
    const set = await catalog.installedFamilies();
    expect(set?.has('方正小标宋简体')).toBe(true);
    expect(set?.has('nsimsun')).toBe(true);
    expect(set?.has('仿宋_gb2312')).toBe(false);
  });

  it('answers null (no remark) when the list cannot be read', async () => {
    const broken = createSystemFontCatalog({ platform: 'linux', run: () => Promise.reject(new Error('ENOENT')) });
    expect(await broken.installedFamilies()).toBeNull();
    expect(await createSystemFontCatalog({ platform: 'darwin' }).installedFamilies()).toBeNull();
  });

  it('reads every localized family name fc-list gives, on this machine', async () => {
    expect(parseFcList('文泉驿正黑,WenQuanYi Zen Hei,文泉驛正黑\nDejaVu Sans\n')).toEqual([
      '文泉驿正黑',
      'WenQuanYi Zen Hei',
      '文泉驛正黑',
      'DejaVu Sans',
      '',
    ]);
    const raw = execFileSync('fc-list', ['--format', '%{family}\\n'], { encoding: 'utf8' });
    const set = await createSystemFontCatalog({ platform: 'linux' }).installedFamilies();
    expect(set).not.toBeNull();
    const first = raw.split('\n')[0].split(',')[0].trim().toLowerCase();
    expect(set!.has(first)).toBe(true);
  });
});
