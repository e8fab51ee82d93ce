import { AppError, type ErrorPlace } from '../../../shared/api/apiError.js';
import { describePlace } from '../../../shared/api/describePlace.js';
import type { ErrorCode } from '../../../shared/api/errorCodes.js';
import { ZipProblem } from '../files/openVerifiedZip.js';
import { errorFields, logEvent } from '../log/appLog.js';
import { decodeCsvText } from './decodeCsvText.js';
import { FileDamage } from './fileDamage.js';
import { readCsvSheet } from './readCsvSheet.js';
import type { ReadProgress } from './readSheetXml.js';
import { readXlsSheets } from './readXlsSheets.js';
import { readXlsxSheets } from './readXlsxSheets.js';
import type { RawWorkbook } from './sheetModel.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Far above a 50,000-row ledger (~5 MB as .xlsx, ~15 MB as .xls or CSV). */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;

const RESAVE =
  '请在 Excel 或 WPS 中打开确认，「另存为」Excel 工作簿（.xlsx）后再试，或从原始来源重新获取文件。未导入任何数据。';

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** A zip-level problem of an .xlsx in words for office staff. */
function zipMessage(p: ZipProblem, fileName: string): string {
  switch (p.kind) {
    case 'not-zip':
      return `无法读取「${fileName}」：文件已损坏或不是 Excel 工作簿（.xlsx）——压缩结构不完整，可能在下载或复制时中断。${RESAVE}`;
    case 'damaged':
      return `「${fileName}」已损坏：文件内容的校验码不符（可能在复制、下载或 U 盘传输中出错），读出的数据不可信，已拒绝导入。${RESAVE}`;
    case 'encrypted':
      return `「${fileName}」设置了密码，无法读取。请在 Excel 或 WPS 中取消密码后另存，再导入。未导入任何数据。`;
    case 'unsupported':
      return `「${fileName}」使用了不支持的压缩方式，无法读取。${RESAVE}`;
    case 'too-many-entries':
    case 'too-large':
      return `「${fileName}」解压后过大（超过 500 MB），不像是正常的数据表，已拒绝导入。请只保留需要导入的工作表后另存再试。`;
    case 'bomb':
      return `「${fileName}」的压缩比异常，可能是恶意构造的文件，已拒绝导入，未做任何修改。`;
    // Checked only for archives whose entries become files, never for a workbook.
    case 'unsafe-path':
    case 'duplicate-name':
    case 'symlink':
      return `「${fileName}」的压缩结构异常，可能是恶意构造的文件，已拒绝导入，未做任何修改。`;
  }
}

/** Turns whatever a reader threw into one Chinese refusal naming the file (and place); the cause goes to the log. */
function refusal(kind: 'xlsx' | 'xls', fileName: string, bytes: Uint8Array, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const where: ErrorPlace = { file: fileName };
  let message: string;
  let code: ErrorCode = kind === 'xlsx' ? 'IMPORT_BAD_XLSX' : 'IMPORT_BAD_XLS';
  if (e instanceof ZipProblem) {
    message = zipMessage(e, fileName);
    code = e.kind === 'bomb' || e.kind === 'too-large' || e.kind === 'too-many-entries' ? 'IMPORT_TOO_LARGE' : code;
  } else if (e instanceof FileDamage) {
    Object.assign(where, e.where);
    const place = describePlace(e.where);
    message = `「${fileName}」${place ? ` ${place}` : ''}：${e.reason}，文件可能已损坏，已拒绝导入。${RESAVE}`;
  } else if (kind === 'xls' && /password|encrypt/i.test((e as Error)?.message ?? '')) {
    message = `「${fileName}」设置了打开密码，无法读取。请在 Excel 或 WPS 中取消密码后另存，再导入。未导入任何数据。`;
  } else {
    message =
      kind === 'xlsx'
        ? `无法读取「${fileName}」：文件已损坏或不是有效的 Excel 工作簿（.xlsx）。${RESAVE}`
        : `无法读取「${fileName}」：文件已损坏、设置了打开密码，或不是 Excel 工作簿（Excel 97-2003 格式 .xls）。${RESAVE}`;
  }
  const detail = e instanceof ZipProblem || e instanceof FileDamage ? { detail: e.detail } : errorFields(e);
  logEvent('warn', 'import.file-refused', { format: kind, bytes: bytes.length, code, ...detail });
  return new AppError(code, message, where);
}

/** Opens an .xlsx, .xls or .csv by its content (not trusting the extension) and names the problem when it cannot. */
export async function readWorkbookFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ReadProgress,
): Promise<RawWorkbook> {
  const ext = (/\.([^.]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();
  if (!bytes.length) throw new AppError('IMPORT_EMPTY_FILE', `文件「${fileName}」是空的`, { file: fileName });
  if (bytes.length > MAX_IMPORT_FILE_BYTES)
    throw new AppError(
      'IMPORT_TOO_LARGE',
      `「${fileName}」有 ${(bytes.length / 1048576).toFixed(0)} MB，超过导入上限 ${MAX_IMPORT_FILE_BYTES / 1048576} MB。请只保留需要导入的工作表后另存再试。`,
      { file: fileName },
    );
  if (startsWith(bytes, OLE)) {
    // Excel 97-2003 (.xls) or WPS (.et): the same compound-file format. An .xlsx with a password is
    // one too (an encrypted package inside a compound file).
    if (
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))
    )
      throw refusal('xls', fileName, bytes, new Error('password: EncryptedPackage'));
    let sheets;
    try {
      sheets = readXlsSheets(bytes);
    } catch (e) {
      throw refusal('xls', fileName, bytes, e);
    }
    if (!sheets.length) throw refusal('xls', fileName, bytes, new FileDamage('文件中没有工作表', 'no sheets', {}));
    return { kind: 'xls', sheets };
  }
  if (startsWith(bytes, ZIP)) {
    let sheets;
    try {
      sheets = await readXlsxSheets(bytes, onProgress);
    } catch (e) {
      throw refusal('xlsx', fileName, bytes, e);
    }
    if (!sheets.length) throw refusal('xlsx', fileName, bytes, new FileDamage('文件中没有工作表', 'no sheets', {}));
    return { kind: 'xlsx', sheets };
  }
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls' || ext === 'et') {
    throw refusal(ext === 'xlsx' || ext === 'xlsm' ? 'xlsx' : 'xls', fileName, bytes, new Error('no known signature'));
  }
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe)) {
    throw new AppError(
      'IMPORT_UNKNOWN_FORMAT',
      `「${fileName}」既不是 Excel 工作簿（.xlsx、.xls）也不是 CSV 文本文件，无法导入`,
      { file: fileName },
    );
  }
  const { text, encoding } = decodeCsvText(bytes);
  const sheetName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'CSV';
  return { kind: 'csv', encoding, sheets: [readCsvSheet(text, sheetName, fileName)] };
}
