import { AppError } from '../../../shared/api/apiError.js';
import { APP_VERSION } from '../appVersion.js';
import { configureLog, errorFields, logEvent, logFilesIn } from '../log/appLog.js';
import { defaultDataDir } from '../paths/dataPaths.js';
import { argsErrorText } from './argsErrorText.js';
import type { CliCommand, CliIo } from './cliCommand.js';
import { CLI_COMMANDS } from './commands/index.js';
import { printRefusal } from './printRefusal.js';

const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

function help(): string {
  // Each summary under its usage: padding cannot line up columns of mixed Chinese and Latin text.
  return [
    `申报通 命令行 ${APP_VERSION} — 在没有界面的情况下使用同一套核心功能`,
    '',
    '用法：npm run cli -- 命令 [参数]',
    '',
    ...CLI_COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    '数据库：--db 指定文件；未指定时依次使用环境变量 SHENBAOTONG_DB、用户数据文件夹中的 school.sqlite。',
    '示例通知编号：henan-2024-346、henan-2023-258、henan-2023-189、henan-2022-52、zhengzhou-2023-38',
  ].join('\n');
}

function findCommand(argv: string[]): { cmd: CliCommand; rest: string[] } | undefined {
  // Longest name first, so 'pack validate' wins over a hypothetical 'pack'.
  const sorted = [...CLI_COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const cmd of sorted) {
    const words = cmd.name.split(' ');
    if (words.every((w, i) => argv[i] === w)) return { cmd, rest: argv.slice(words.length) };
  }
  return undefined;
}

function whereIsTheLog(): string {
  return logFilesIn(defaultDataDir())[0] ?? '（日志文件未能写入）';
}

/** An error no command expected: never the stack or a library's English, but where the details are. */
function internalError(e: unknown): void {
  // A read-only command did not start the log (defineCliCommand): the details must still be kept.
  configureLog(defaultDataDir());
  logEvent('error', 'cli.internal-error', errorFields(e));
  io.err(`内部错误，操作未完成。详细原因已写入日志：${whereIsTheLog()}`);
  if (process.env.SHENBAOTONG_DEBUG === '1') io.err(String((e as Error)?.stack ?? e));
}

export async function runCli(argv: string[]): Promise<number> {
  if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(help());
    return 0;
  }
  if (argv[0] === '--version') {
    io.out(APP_VERSION);
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`不认识的命令：${argv.join(' ')}\n\n${help()}`);
    return 2;
  }
  if (found.rest.includes('--help')) {
    io.out(`用法：npm run cli -- ${found.cmd.usage}\n${found.cmd.summary}`);
    return 0;
  }
  try {
    return await (await found.cmd.load()).run(found.rest, io);
  } catch (e) {
    if (e instanceof AppError) {
      printRefusal(e, io); // defineCliCommand prints its own; this is for a refusal outside one
      return 1;
    }
    const argsError = argsErrorText(e);
    if (argsError) {
      io.err(`参数错误：${argsError}\n用法：npm run cli -- ${found.cmd.usage}`);
      return 2;
    }
    internalError(e);
    return 1;
  }
}

let finished = false;
// A promise that never settles (a library waiting forever on a damaged file) would let Node exit
// with code 0 and no word: a user's script would take that for success.
process.on('beforeExit', () => {
  if (finished) return;
  finished = true;
  logEvent('error', 'cli.unfinished', { args: process.argv.length - 2 });
  io.err(`错误：处理意外中断，操作未完成。详细原因已写入日志：${whereIsTheLog()}`);
  process.exitCode = 1;
});
process.on('unhandledRejection', (e) => {
  internalError(e);
  process.exit(1);
});
process.on('uncaughtException', (e) => {
  internalError(e);
  process.exit(1);
});
runCli(process.argv.slice(2)).then(
  (code) => {
    finished = true;
    process.exitCode = code;
  },
  (e: unknown) => {
    finished = true;
    internalError(e);
    process.exitCode = 1;
  },
);
