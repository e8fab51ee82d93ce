import type { CliCommand } from '../cliCommand.js';
import { bundleImportCommand } from './bundleImportCommand.js';
import { dataExportCommand } from './dataExportCommand.js';
import { exportCommand } from './exportCommand.js';
import { importCommand } from './importCommand.js';
import { initCommand } from './initCommand.js';
import { checkCommand, packListCommand, packValidateCommand } from './packCommands.js';
import { packDraftCommand } from './packDraftCommand.js';

/** Every CLI command, in --help order. Add a command by adding its file and a line here. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  initCommand,
  importCommand,
  dataExportCommand,
  exportCommand,
  bundleImportCommand,
  checkCommand,
  packValidateCommand,
  packListCommand,
  packDraftCommand,
];
