// Word 97–2003 (.doc), WPS (.wps) and old Excel/WPS sheets (.xls, .et) have no maintained reader
// for Node; LibreOffice converts them faithfully (soffice --headless --convert-to docx). Where it is
// installed — 信创 desktops often have it — the app converts; otherwise it says how to save the file
// as .docx/.xlsx in WPS or Word, step by step.
import { execFile } from 'node:child_process';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import { folderNames, isFile, withScratchFolder } from '../files/scratchFolder.js';

export type LegacyKind = 'doc' | 'wps' | 'xls' | 'et';

export const LEGACY_TARGET: Record<LegacyKind, 'docx' | 'xlsx'> = { doc: 'docx', wps: 'docx', xls: 'xlsx', et: 'xlsx' };
/**
 * The name LibreOffice is handed: Kingsoft's .wps/.et are Word 97 / Excel BIFF8 files under another
 * name, and by the name .wps LibreOffice may take the file for a Microsoft Works document.
 */
const LEGACY_INPUT: Record<LegacyKind, 'doc' | 'xls'> = { doc: 'doc', wps: 'doc', xls: 'xls', et: 'xls' };

function candidates(): string[] {
  const env = process.env.SHENBAOTONG_SOFFICE;
  const list: string[] = env && env !== 'none' ? [env] : [];
  if (process.platform === 'win32') {
    for (const base of [
      process.env.ProgramFiles,
      process.env['ProgramFiles(x86)'],
      process.env.ProgramW6432,
      'C:\\Program Files',
    ])
      if (base) list.push(path.join(base, 'LibreOffice', 'program', 'soffice.exe'));
  } else if (process.platform === 'darwin') {
    list.push('/Applications/LibreOffice.app/Contents/MacOS/soffice');
  } else {
    for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean))
      list.push(path.join(dir, 'soffice'), path.join(dir, 'libreoffice'));
    list.push(
      '/usr/bin/soffice',
      '/usr/lib/libreoffice/program/soffice',
      '/opt/libreoffice/program/soffice',
      '/opt/apps/org.libreoffice.libreoffice/files/program/soffice', // UOS 应用商店
      '/snap/bin/libreoffice',
    );
    for (const d of folderNames('/opt'))
      if (/^libreoffice/i.test(d)) list.push(path.join('/opt', d, 'program', 'soffice'));
  }
  return list;
}

/** The LibreOffice program on this computer, or null. */
export function findLibreOffice(): string | null {
  // SHENBAOTONG_SOFFICE=none turns conversion off (as on a PC without LibreOffice).
  if (process.env.SHENBAOTONG_SOFFICE === 'none') return null;
  return candidates().find(isFile) ?? null;
}

/** How to save the file in WPS or Word (Excel) by hand, in the words of their menus. */
export function saveAsAdvice(kind: LegacyKind): string {
  return LEGACY_TARGET[kind] === 'docx'
    ? '请用 WPS 或 Word 打开它，另存为 .docx 后再选择：WPS 文字「文件」→「另存为」→ 文件类型选「Microsoft Word 文件(*.docx)」→「保存」；Word「文件」→「另存为」→「浏览」→ 保存类型选「Word 文档(*.docx)」→「保存」。'
    : '请用 WPS 或 Excel 打开它，另存为 .xlsx 后再选择：WPS 表格「文件」→「另存为」→ 文件类型选「Microsoft Excel 文件(*.xlsx)」→「保存」；Excel「文件」→「另存为」→「浏览」→ 保存类型选「Excel 工作簿(*.xlsx)」→「保存」。';
}

export const KIND_NAMES: Record<LegacyKind, string> = {
  doc: 'Word 97–2003 文档（.doc）',
  wps: 'WPS 文字文档（.wps）',
  xls: 'Excel 97–2003 工作簿（.xls）',
  et: 'WPS 表格（.et）',
};

/** Converts a legacy file with LibreOffice; refuses with the save-as steps when LibreOffice is absent or fails. */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  fileName: string,
  kind: LegacyKind,
): Promise<Uint8Array> {
  const soffice = findLibreOffice();
  const target = LEGACY_TARGET[kind];
  if (!soffice)
    throw new AppError(
      'ATTACHMENT_NEEDS_CONVERSION',
      `「${fileName}」是${KIND_NAMES[kind]}，这台电脑上没有找到 LibreOffice，无法自动转换。${saveAsAdvice(kind)}`,
      { file: fileName },
    );
  try {
    return await withScratchFolder('sbt-convert-', async (f) => {
      const profile = path.join(f.dir, 'profile');
      // A plain ASCII name: LibreOffice and some file systems stumble over long Chinese names.
      const input = f.put(`attachment.${LEGACY_INPUT[kind]}`, bytes);
      await new Promise<void>((resolve, reject) =>
        execFile(
          soffice,
          [
            `-env:UserInstallation=file://${profile.replace(/\\/g, '/')}`,
            '--headless',
            '--norestore',
            '--convert-to',
            target,
            '--outdir',
            f.dir,
            input,
          ],
          { timeout: 120_000, windowsHide: true },
          (err) => (err ? reject(new Error(err.message)) : resolve()),
        ),
      );
      const out = f.take(`attachment.${target}`);
      if (!out) throw new Error('LibreOffice 没有生成文件');
      return out;
    });
  } catch (e) {
    throw new AppError(
      'ATTACHMENT_CONVERSION_FAILED',
      `「${fileName}」用 LibreOffice 转换为 .${target} 时失败（${(e as Error).message.slice(0, 200)}），文件可能已损坏。${saveAsAdvice(kind)}`,
      { file: fileName },
    );
  }
}
