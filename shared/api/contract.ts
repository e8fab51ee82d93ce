import type { z } from 'zod';

import { applicationCalls } from './applicationCalls.js';
import { backupCalls } from './backupCalls.js';
import { bundleCalls } from './bundleCalls.js';
import { catalogueCalls } from './catalogueCalls.js';
import { dashboardCalls } from './dashboardCalls.js';
import { datasetCalls } from './datasetCalls.js';
import type { CallSpec } from './defineCall.js';
import { draftingCalls } from './draftingCalls.js';
import { eligibilityCalls } from './eligibilityCalls.js';
import { evidenceCalls } from './evidenceCalls.js';
import { fileCalls } from './fileCalls.js';
import { homeCalls } from './homeCalls.js';
import { importCalls } from './importCalls.js';
import { materialCalls } from './materialCalls.js';
import { packCalls } from './packCalls.js';
import { preferenceCalls } from './preferenceCalls.js';
import { printerCalls } from './printerCalls.js';
import { renderCalls } from './renderCalls.js';
import { schoolPackageCalls } from './schoolPackageCalls.js';
import { storeCalls } from './storeCalls.js';

/**
 * The one API between renderer and core. Electron IPC, browser mode and the CLI all dispatch into
 * the same handler table and validate inputs against these schemas first.
 * Add a feature's calls by spreading its `xxxCalls` object here.
 */
export const contract = {
  ...storeCalls,
  ...datasetCalls,
  ...importCalls,
  ...catalogueCalls,
  ...evidenceCalls,
  ...dashboardCalls,
  ...bundleCalls,
  ...renderCalls,
  ...packCalls,
  ...applicationCalls,
  ...materialCalls,
  ...schoolPackageCalls,
  ...eligibilityCalls,
  ...homeCalls,
  ...preferenceCalls,
  ...fileCalls,
  ...printerCalls,
  ...backupCalls,
  ...draftingCalls,
} satisfies Record<string, CallSpec>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type InputOf<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends CallName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends CallName> = z.output<Contract[K]['output']>;

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
