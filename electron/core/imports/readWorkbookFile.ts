import { AppError } from '../../../shared/api/apiError.js';
import { decodeCsvText } from './decodeCsvText.js';
import { readCsvSheet } from './readCsvSheet.js';
import { readXlsSheets } from './readXlsSheets.js';
import { type ReadProgress, readXlsxSheets } from './readXlsxSheets.js';
import type { RawSheet, RawWorkbook } from './sheetModel.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Opens an .xlsx, .xls or .csv by its content (not trusting the extension) and names the problem when it cannot. */
export async function readWorkbookFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ReadProgress,
): Promise<RawWorkbook> {
  const ext = (/\.([^.]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();
  if (!bytes.length) throw new AppError('IMPORT_EMPTY_FILE', `文件「${fileName}」是空的`, { file: fileName });
  if (startsWith(bytes, OLE)) {
    // Excel 97-2003 (.xls) or WPS (.et): the same compound-file format.
    let sheets: RawSheet[];
    try {
      sheets = readXlsSheets(bytes);
    } catch (e) {
      throw new AppError(
        'IMPORT_BAD_XLS',
        `无法读取「${fileName}」：文件已损坏、设置了打开密码，或不是 Excel 工作簿。请在 Excel 或 WPS 中打开确认，「另存为」Excel 工作簿（.xlsx）后再试。（${(e as Error).message.slice(0, 120)}）`,
        { file: fileName },
      );
    }
    if (!sheets.length) throw new AppError('IMPORT_BAD_XLS', `「${fileName}」中没有工作表`, { file: fileName });
    return { kind: 'xls', sheets };
  }
  if (startsWith(bytes, ZIP)) {
    try {
      const sheets = await readXlsxSheets(bytes, onProgress);
      if (!sheets.length) throw new Error('no worksheet');
      return { kind: 'xlsx', sheets };
    } catch (e) {
      throw new AppError(
        'IMPORT_BAD_XLSX',
        `无法读取「${fileName}」：文件已损坏或不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开确认，另存为 .xlsx 后再试。（${(e as Error).message.slice(0, 120)}）`,
        { file: fileName },
      );
    }
  }
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') {
    throw new AppError(
      'IMPORT_BAD_XLSX',
      `无法读取「${fileName}」：文件已损坏或不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开确认，另存为 .xlsx 后再试。`,
      { file: fileName },
    );
  }
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe)) {
    throw new AppError(
      'IMPORT_UNKNOWN_FORMAT',
      `「${fileName}」既不是 Excel 工作簿（.xlsx）也不是 CSV 文本文件，无法导入`,
      { file: fileName },
    );
  }
  const { text, encoding } = decodeCsvText(bytes);
  const sheetName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'CSV';
  return { kind: 'csv', encoding, sheets: [readCsvSheet(text, sheetName)] };
}
