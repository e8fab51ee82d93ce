import type { AppError } from '../../../shared/api/apiError.js';
import { messageWithPlace, placedLine } from '../../../shared/api/describePlace.js';
import type { CliIo } from './cliCommand.js';

/** A refusal in the CLI's one style: 错误：message（place）, then each further detail on its own line. */
export function printRefusal(e: AppError, io: CliIo): void {
  io.err(`错误：${messageWithPlace(e.message, e.where)}`);
  // Every detail but the one the first line already says (a summary's first problem is listed too).
  for (const d of e.details ?? []) if (d.message !== e.message) io.err(`  ${placedLine(d.message, d.where)}`);
}
