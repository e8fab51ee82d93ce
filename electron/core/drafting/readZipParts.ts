// Reads an Office attachment (a .docx or .xlsx is a zip) through the one reader of archives from
// outside (files/openVerifiedZip): every size bounded before a byte is inflated, each part's CRC-32
// checked, so a damaged or hostile attachment is refused here — in Chinese, naming the file and the
// part — instead of becoming a quietly wrong draft.
import { AppError } from '../../../shared/api/apiError.js';
import { openVerifiedZip, type VerifiedZip, type ZipLimits, ZipProblem } from '../files/openVerifiedZip.js';
import { logEvent } from '../log/appLog.js';

const MB = 1024 * 1024;

/**
 * An attachment is at most 50 MB (readAttachment); a 200-page form's document.xml is a few MB, so
 * 64 MB bounds an XML part; pictures and embedded objects may be larger, never past the file's cap.
 */
export const OFFICE_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: (name) => (/\.(xml|rels)$/i.test(name) ? 64 * MB : 200 * MB),
  maxTotalBytes: 500 * MB,
  maxRatio: 200,
  ratioFloorBytes: MB,
};

const REFETCH = '请从通知原文重新下载该附件，或在 Word/WPS/Excel 中打开后「另存为」再选择。';

function mb(n: number): string {
  return `${Math.max(1, Math.round(n / MB))} MB`;
}

/** A zip-level problem of an attachment in words for office staff. */
function messageOf(p: ZipProblem, file: string): string {
  const part = p.entry ? `（其中的 ${p.entry}）` : '';
  const f = p.facts;
  switch (p.kind) {
    case 'not-zip':
      return `「${file}」无法读取：不是有效的 Office 文件（zip 结构错误），可能已损坏或并非 .docx/.xlsx。${REFETCH}`;
    case 'damaged':
      return `「${file}」已损坏${part}：${
        f.mismatch === 'shorter' ? '内容不完整，文件被截断' : '内容的校验码不符'
      }，可能在复制、下载或 U 盘传输中出错，读出的内容不可信。${REFETCH}`;
    case 'encrypted':
      return `「${file}」设置了密码，无法读取。请在 Word/WPS/Excel 中取消密码后另存，再选择。`;
    case 'unsupported':
      return `「${file}」${part}使用了不支持的压缩方式，无法读取。${REFETCH}`;
    case 'too-many-entries':
      return `「${file}」包含 ${f.count ?? '过多'} 个部件，超出合理范围（${f.max ?? ''} 个），不像是通知的附件，已拒绝读取。`;
    case 'too-large':
      return `「${file}」${part}解压后 ${mb(f.size ?? f.total ?? 0)}，超出上限（${mb(f.max ?? 0)}），不像是通知的附件，已拒绝读取。`;
    case 'bomb':
      return `「${file}」${part}的压缩比异常${f.ratio ? `（${Math.round(f.ratio)} 倍）` : ''}，可能是恶意构造的文件，已拒绝读取。`;
    // Checked only where entries become files, never for an attachment.
    case 'unsafe-path':
    case 'duplicate-name':
    case 'symlink':
      return `「${file}」的压缩结构异常，可能是恶意构造的文件，已拒绝读取。`;
  }
}

function refusal(e: unknown, file: string, bytes: Uint8Array): unknown {
  if (!(e instanceof ZipProblem)) return e;
  logEvent('warn', 'drafting.attachment-refused', { kind: e.kind, bytes: bytes.length, detail: e.detail });
  return new AppError('ATTACHMENT_DAMAGED', messageOf(e, file), { file, ...(e.entry ? { path: e.entry } : {}) });
}

async function withRefusal<T>(bytes: Uint8Array, file: string, f: (zip: VerifiedZip) => Promise<T>): Promise<T> {
  try {
    return await f(
      await openVerifiedZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), OFFICE_ZIP_LIMITS),
    );
  } catch (e) {
    throw refusal(e, file, bytes);
  }
}

/** The wanted parts by name, each verified; a part the file lacks is simply absent from the map. */
export function readZipParts(
  bytes: Uint8Array,
  file: string,
  wanted: (name: string) => boolean,
): Promise<Map<string, Buffer>> {
  return withRefusal(bytes, file, async (zip) => {
    const out = new Map<string, Buffer>();
    for (const name of zip.names.filter(wanted)) out.set(name, await zip.read(name));
    return out;
  });
}

/**
 * Checks every part of the attachment (bounds and CRC) before a library that trusts the archive
 * (exceljs) reads it: damage anywhere is refused before any of it becomes a draft.
 */
export function verifyOfficeZip(bytes: Uint8Array, file: string): Promise<void> {
  return withRefusal(bytes, file, (zip) => zip.verifyAll());
}
