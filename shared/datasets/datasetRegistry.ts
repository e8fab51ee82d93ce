import { AppError } from '../api/apiError.js';
import { awardsDataset } from './awardsDataset.js';
import { certificatesDataset } from './certificatesDataset.js';
import type { DatasetDef, DatasetName } from './datasetDefinition.js';
import { enterprisesDataset } from './enterprisesDataset.js';
import { equipmentDataset } from './equipmentDataset.js';
import { fundingDataset } from './fundingDataset.js';
import { indicatorsDataset } from './indicatorsDataset.js';
import { majorGroupsDataset } from './majorGroupsDataset.js';
import { majorsDataset } from './majorsDataset.js';
import { roomsDataset } from './roomsDataset.js';
import { schoolDataset } from './schoolDataset.js';
import { teachersDataset } from './teachersDataset.js';
import { trainingDataset } from './trainingDataset.js';

/** Every data set, in navigator order. Add a data set by adding its definition here. */
export const DATASETS: readonly DatasetDef[] = [
  schoolDataset,
  majorGroupsDataset,
  majorsDataset,
  teachersDataset,
  roomsDataset,
  equipmentDataset,
  enterprisesDataset,
  awardsDataset,
  certificatesDataset,
  trainingDataset,
  fundingDataset,
  indicatorsDataset,
];

export const DATASET_NAMES = DATASETS.map((d) => d.name) as readonly DatasetName[];

export function findDataset(name: string): DatasetDef | undefined {
  return DATASETS.find((d) => d.name === name);
}

/** The data set of that name, or a refusal naming the field (a call or command named an unknown one). */
export function requireDataset(name: string): DatasetDef {
  const def = findDataset(name);
  if (!def) throw new AppError('UNKNOWN_DATASET', `没有这个数据集：${name}`, { field: 'dataset' });
  return def;
}
