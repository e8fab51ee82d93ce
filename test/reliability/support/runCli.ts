import { spawn } from 'node:child_process';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Killed because it ran past the time limit. */
  hung: boolean;
  /** Killed by the trial on purpose (kill -9 at `killAfterMs`). */
  killed: boolean;
}

export interface RunOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** A run still going after this is killed and counted as hung. */
  limitMs?: number;
  /** kill -9 after this many milliseconds (a kill trial). */
  killAfterMs?: number;
}

/** Runs the bundled CLI as a whole process, as a user's script would. */
export function runCli(cli: string, args: string[], opts: RunOptions): Promise<CliRun> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, ...args], {
      env: opts.env,
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const limit = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, opts.limitMs ?? 10_000);
    const kill =
      opts.killAfterMs !== undefined
        ? setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
          }, opts.killAfterMs)
        : null;
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      if (kill) clearTimeout(kill);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0, hung, killed: killed && code === null });
    });
  });
}
