import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { type ApiResult, AppError } from '../../../shared/api/apiError.js';
import type { ChosenFile, OutputFile } from '../../../shared/api/callFields.js';
import type { CallName, InputOf, OutputOf } from '../../../shared/api/contract.js';
import { dispatchCall } from '../api/dispatchCall.js';
import { type AppContext, createAppContext } from '../appContext.js';
import { APP_VERSION } from '../appVersion.js';
import { logEvent } from '../log/appLog.js';
import { defaultDataDir, resolveDbPath } from '../paths/dataPaths.js';
import { prepareDataFolder } from '../startup/prepareDataFolder.js';
import type { CliIo, CliRunner } from './cliCommand.js';
import { printRefusal } from './printRefusal.js';

/**
 * What a command needs of the school database (--db):
 * - 'open': the database, opened before the first call (a missing or damaged one is refused);
 * - 'optional': opened when it can be; when not, the calls run without it and `openError` says why
 *   (diagnostics, restoring over a damaged database, drafting without a school);
 * - 'unopened': only its path (init creates it, school import restores into it, backup list reads beside it);
 * - 'none': no database at all, and no --db option.
 */
export type DatabaseUse = 'open' | 'optional' | 'unopened' | 'none';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O & { db: { type: 'string' } }; allowPositionals: true; strict: true }>
>['values'];

export type CallFn = <K extends CallName>(name: K, input: InputOf<K>) => Promise<OutputOf<K>>;

/** What a command's own code gets: its arguments, output, and the same calls the window makes. */
export interface CliCall<O extends ParseArgsOptionsConfig> {
  values: Values<O>;
  positionals: string[];
  io: CliIo;
  /** The database path --db (or the environment / default) names. */
  dbPath(): string;
  /** One contract call through dispatchCall, exactly as IPC and browser mode make it; a refusal is thrown. */
  call: CallFn;
  /** Opens the context now (calls do it on first use): for a command that must know openError() first. */
  open(): Promise<void>;
  /** With database 'optional', after open() or the first call: why the database could not be opened. */
  openError(): Error | undefined;
  /** A file named on the command line, granted for reading: its token goes into the call. */
  chooseFile(file: string | undefined, what: string): Promise<ChosenFile>;
  /** Saves a file a call made at `target` (replacing a file there). Returns the full path. */
  saveOutput(out: OutputFile | undefined, target: string): Promise<string>;
  /** Saves a file a call made into `dir` under its own name (replacing one there). Returns the full path. */
  saveOutputIn(out: OutputFile | undefined, dir: string): Promise<string>;
}

export interface CliCommandSpec<O extends ParseArgsOptionsConfig> {
  options?: O;
  /** Whether words besides options are taken (FILE, NOTICE_ID …). */
  positionals?: boolean;
  database: DatabaseUse;
  /**
   * Whether the command changes anything on disk (the database, a file): such a command first
   * prepares the data folder (its log, and the sweep of what a killed run left). Read-only ones skip it
   * unless the database they open is older and gets migrated (with a backup first), which is logged.
   */
  writes: boolean | ((values: Values<O>) => boolean);
  run(c: CliCall<O>): number | Promise<number>;
}

let dataFolderPrepared = false;

/** The data folder's log and leftovers sweep, once per process, for commands that write or migrate. */
function prepareOnce(): void {
  if (dataFolderPrepared) return;
  dataFolderPrepared = true;
  prepareDataFolder(defaultDataDir(), 'cli');
}

/** A call that makes a file always answers one (eligibility/report's html preview is the one without). */
function madeFile(out: OutputFile | undefined): OutputFile {
  if (!out) throw new Error('the call answered no file');
  return out;
}

function unwrap<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.where, r.error.details);
  return r.value as T;
}

/**
 * One way to write a command: parse its arguments (main words a refusal in Chinese, with the usage),
 * prepare the data folder when it writes, open the database on first use only, send every call
 * through dispatchCall, print an AppError in one style, and close the database and clear the
 * outbox however the command ends. The command's own code does only its own work.
 */
export function defineCliCommand<const O extends ParseArgsOptionsConfig = Record<never, never>>(
  spec: CliCommandSpec<O>,
): CliRunner {
  return {
    definedBy: defineCliCommand,
    async run(args, io) {
      let ctx: AppContext | undefined;
      let openError: Error | undefined;
      try {
        const { values, positionals } = parseArgs({
          args,
          allowPositionals: spec.positionals ?? false,
          strict: true,
          options: { ...spec.options, ...(spec.database === 'none' ? {} : { db: { type: 'string' } }) },
        }) as { values: Values<O>; positionals: string[] };
        const dbFlag = (values as { db?: string }).db;
        if (typeof spec.writes === 'function' ? spec.writes(values) : spec.writes) prepareOnce();

        const context = async (): Promise<AppContext> => {
          if (ctx) return ctx;
          const dbPath = spec.database === 'none' ? '' : resolveDbPath(dbFlag);
          const base = { dbPath, dataDir: defaultDataDir(), appVersion: APP_VERSION };
          if (spec.database === 'open' || spec.database === 'optional') {
            // Loaded here: --help and commands without a database never load SQLite.
            const { openCliStore } = await import('./openCliStore.js');
            try {
              ctx = createAppContext({ ...base, ...(await openCliStore(dbPath, prepareOnce)) });
            } catch (e) {
              if (spec.database === 'open') throw e;
              openError = e instanceof Error ? e : new Error(String(e));
              ctx = createAppContext(base);
            }
          } else ctx = createAppContext(base);
          return ctx;
        };
        const call: CallFn = async (name, input) =>
          unwrap<OutputOf<typeof name>>(await dispatchCall(await context(), name, input));

        return await spec.run({
          values,
          positionals,
          io,
          dbPath: () => resolveDbPath(dbFlag),
          call,
          open: async () => void (await context()),
          openError: () => openError,
          async chooseFile(file, what) {
            if (!file) throw new AppError('BAD_ARGS', `请指定${what}`);
            if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
            if (!fs.statSync(file).isFile()) throw new AppError('FILE_NOT_FOUND', `「${file}」不是文件`, { file });
            return (await context()).files.grantRead(file);
          },
          async saveOutput(out, target) {
            return (await (await context()).files.deliver(madeFile(out).token, target)).path;
          },
          async saveOutputIn(out, dir) {
            const made = madeFile(out);
            try {
              fs.mkdirSync(dir, { recursive: true });
            } catch {
              throw new AppError('EXPORT_DIR_FAILED', `无法创建文件夹：${dir}`, { file: dir });
            }
            return (await (await context()).files.deliver(made.token, path.join(dir, made.fileName))).path;
          },
        });
      } catch (e) {
        if (e instanceof AppError) {
          printRefusal(e, io);
          logEvent('warn', 'cli.refused', { code: e.code });
          return 1;
        }
        throw e; // an argument refusal (main prints it with the usage) or an internal error
      } finally {
        ctx?.store?.close();
        ctx?.files.dispose();
      }
    },
  };
}
