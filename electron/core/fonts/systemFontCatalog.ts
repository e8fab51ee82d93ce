// The FontCatalog port on a real PC: which font families are installed, read the way the system
// itself knows them — fontconfig's list on Linux (UOS, Kylin), the font registry on Windows.
// Nothing is guessed: when the list cannot be read the answer is null and no font remark is made.
import { execFile } from 'node:child_process';

import iconv from 'iconv-lite';

import { installedFontSet } from '../../../shared/fonts/missingFontRemarks.js';
import type { FontCatalog } from '../appContext.js';

export type RunCommand = (file: string, args: string[]) => Promise<Buffer>;

const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) =>
    execFile(file, args, { encoding: 'buffer', timeout: 8000, windowsHide: true, maxBuffer: 16 << 20 }, (err, out) =>
      err ? reject(new Error(err.message)) : resolve(out),
    ),
  );

/** fc-list prints one line per font face: its family names, comma-separated (every localized name). */
export function parseFcList(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => line.split(/(?<!\\),/).map((n) => n.replace(/\\,/g, ',').trim()));
}

/** reg query lines: `    SimSun & NSimSun (TrueType)    REG_SZ    simsun.ttc` → SimSun, NSimSun. */
export function parseFontRegistry(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s+(.+?)\s{2,}REG_(?:SZ|EXPAND_SZ)\s/.exec(line);
    if (!m) continue;
    const name = m[1].replace(/\s*\((?:TrueType|OpenType|All res|VGA res|[^)]*res)\)\s*$/i, '');
    out.push(...name.split(/\s*&\s*/));
  }
  return out;
}

/** reg.exe writes in the console code page when piped (GBK on Chinese Windows), UTF-8 elsewhere. */
function decodeConsole(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gbk');
  }
}

const WINDOWS_FONT_KEYS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
  // Fonts installed for one user only (Windows 10 1809 and later).
  'HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
];

async function listFamilies(platform: NodeJS.Platform, run: RunCommand): Promise<string[] | null> {
  if (platform === 'linux') return parseFcList((await run('fc-list', ['--format', '%{family}\\n'])).toString('utf8'));
  if (platform === 'win32') {
    const lists = await Promise.all(
      WINDOWS_FONT_KEYS.map((k) =>
        run('reg', ['query', k]).then(
          (b) => parseFontRegistry(decodeConsole(b)),
          () => null,
        ),
      ),
    );
    return lists[0] ? lists.flatMap((l) => l ?? []) : null;
  }
  return null;
}

/** Cached for a minute: a clerk who installs a font and exports again soon after sees it counted. */
const CACHE_MS = 60_000;

export function createSystemFontCatalog(
  opts: { platform?: NodeJS.Platform; run?: RunCommand; now?: () => number } = {},
): FontCatalog {
  const platform = opts.platform ?? process.platform;
  const run = opts.run ?? runCommand;
  // An age, not a date: performance.now does not jump when the PC's clock is set.
  const now = opts.now ?? (() => performance.now());
  let cached: { at: number; value: Promise<ReadonlySet<string> | null> } | null = null;
  return {
    installedFamilies() {
      if (!cached || now() - cached.at > CACHE_MS) {
        const value = listFamilies(platform, run).then(
          (names) => (names && names.length ? installedFontSet(names) : null),
          () => null,
        );
        cached = { at: now(), value };
      }
      return cached.value;
    },
  };
}
