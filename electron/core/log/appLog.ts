import fs from 'node:fs';
import path from 'node:path';

import { systemClock } from '../clock/systemClock.js';
import { redactForLog } from './redactForLog.js';

// One log for support: what the app did and what went wrong, never whose data it was. Lines are
// `time LEVEL event key=value …`, every value redacted (redactForLog). The file lives in the data
// folder (logs/shenbaotong.log) and rotates at 1 MB, keeping 5 older files, so it never grows without
// bound. Until configureLog is called (tests, library use) lines are only kept in memory.

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

const MAX_BYTES = 1024 * 1024;
const KEEP_FILES = 5;
const RING_SIZE = 300;

let logFile: string | null = null;
const ring: string[] = [];

export const LOG_FILE_NAME = 'shenbaotong.log';

export function logDirOf(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

/** Starts writing to <dataDir>/logs/shenbaotong.log. Never throws: an unwritable folder means memory only. */
export function configureLog(dataDir: string | null): void {
  if (!dataDir) {
    logFile = null;
    return;
  }
  try {
    fs.mkdirSync(logDirOf(dataDir), { recursive: true });
    logFile = path.join(logDirOf(dataDir), LOG_FILE_NAME);
  } catch {
    logFile = null;
  }
}

function rotate(file: string): void {
  for (let i = KEEP_FILES - 1; i >= 1; i--) {
    const from = i === 1 ? file : file.replace(/\.log$/, `.${i - 1}.log`);
    const to = file.replace(/\.log$/, `.${i}.log`);
    if (fs.existsSync(from)) fs.renameSync(from, to);
  }
}

function format(level: LogLevel, event: string, fields: LogFields): string {
  const parts = [systemClock().toISOString(), level.toUpperCase(), event];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    const text = typeof v === 'string' ? redactForLog(v).replace(/\s+/g, ' ').slice(0, 500) : String(v);
    parts.push(`${k}=${/[\s"=]/.test(text) ? JSON.stringify(text) : text}`);
  }
  return parts.join(' ');
}

/** Writes one line. Logging must never break what is being logged: failures are swallowed. */
export function logEvent(level: LogLevel, event: string, fields: LogFields = {}): void {
  const line = format(level, event, fields);
  ring.push(line);
  if (ring.length > RING_SIZE) ring.shift();
  if (!logFile) return;
  try {
    if (fs.existsSync(logFile) && fs.statSync(logFile).size > MAX_BYTES) rotate(logFile);
    fs.appendFileSync(logFile, `${line}\n`);
  } catch {
    /* a full disk or a locked file must not stop the app */
  }
}

/** A caught error's class and message (redacted), and the top of its stack without paths. */
export function errorFields(e: unknown): LogFields {
  if (!(e instanceof Error)) return { error: String(e) };
  const frames = (e.stack ?? '')
    .split('\n')
    .slice(1, 6)
    .map((l) => l.trim().replace(/\(.*[\\/]([^\\/]+:\d+:\d+)\)$/, '($1)'))
    .join(' | ');
  return { errorClass: e.name, error: e.message, stack: frames };
}

/** The lines logged by this process so far (newest last), for diagnostics and tests. */
export function recentLogLines(): string[] {
  return [...ring];
}

/** The log file and its rotated older copies, newest first. */
export function logFilesIn(dataDir: string): string[] {
  const dir = logDirOf(dataDir);
  if (!fs.existsSync(dir)) return [];
  const base = path.join(dir, LOG_FILE_NAME);
  return [base, ...Array.from({ length: KEEP_FILES - 1 }, (_, i) => base.replace(/\.log$/, `.${i + 1}.log`))].filter(
    (f) => fs.existsSync(f),
  );
}
