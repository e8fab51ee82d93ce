import { type AppError, describePlace } from '../../../shared/api/apiError.js';
import type { CliIo } from './cliCommand.js';

/** A refusal in the CLI's one style: 错误：message（place）, then each further detail on its own line. */
export function printRefusal(e: AppError, io: CliIo): void {
  const place = describePlace(e.where, e.message);
  io.err(`错误：${e.message}${place ? `（${place}）` : ''}`);
  for (const d of (e.details ?? []).slice(1)) {
    const p = describePlace(d.where, d.message);
    io.err(`  ${p ? `${p}：` : ''}${d.message}`);
  }
}
