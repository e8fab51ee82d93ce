import type { CliCommand } from '../cliCommand.js';
import {
  applicationCreateCommand,
  applicationDeleteCommand,
  applicationDeletedCommand,
  applicationDuplicateCommand,
  applicationListCommand,
  applicationRenameCommand,
  applicationRestoreCommand,
} from './applicationCommands.js';
import { bundleImportCommand } from './bundleImportCommand.js';
import { checkCommand } from './checkCommand.js';
import { dataExportCommand } from './dataExportCommand.js';
import { exportCommand } from './exportCommand.js';
import { importCommand } from './importCommand.js';
import { initCommand } from './initCommand.js';
import { packImportCommand, packListCommand, packValidateCommand } from './packCommands.js';
import { packDraftCommand } from './packDraftCommand.js';
import { schoolExportCommand, schoolImportCommand } from './schoolCommands.js';

/** Every CLI command, in --help order. Add a command by adding its file and a line here. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  initCommand,
  importCommand,
  dataExportCommand,
  applicationCreateCommand,
  applicationListCommand,
  applicationRenameCommand,
  applicationDuplicateCommand,
  applicationDeleteCommand,
  applicationDeletedCommand,
  applicationRestoreCommand,
  exportCommand,
  bundleImportCommand,
  schoolExportCommand,
  schoolImportCommand,
  checkCommand,
  packValidateCommand,
  packListCommand,
  packImportCommand,
  packDraftCommand,
];
