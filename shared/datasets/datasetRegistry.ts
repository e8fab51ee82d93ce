import type { DatasetDef, DatasetName } from './datasetDefinition.js';
import { schoolDataset } from './schoolDataset.js';
import { enterprisesDataset } from './enterprisesDataset.js';

/** Every data set, in navigator order. Add a data set by adding its definition here. */
export const DATASETS: readonly DatasetDef[] = [schoolDataset, enterprisesDataset];

export const DATASET_NAMES = DATASETS.map((d) => d.name) as readonly DatasetName[];

export function findDataset(name: string): DatasetDef | undefined {
  return DATASETS.find((d) => d.name === name);
}
