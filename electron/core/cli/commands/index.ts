import type { CliCommand } from '../cliCommand.js';
import { initCommand } from './initCommand.js';

/** Every CLI command, in --help order. Add a command by adding its file and a line here. */
export const CLI_COMMANDS: readonly CliCommand[] = [initCommand];
