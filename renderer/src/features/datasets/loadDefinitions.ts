import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import { api } from '../../api/apiClient';

let cached: Promise<DatasetDef[]> | null = null;

/** Data set definitions from the core (dataset/definitions), fetched once per session. */
export function loadDefinitions(): Promise<DatasetDef[]> {
  if (!cached) {
    cached = api('dataset/definitions', {}).then((defs) => defs as unknown as DatasetDef[]);
    cached.catch(() => (cached = null));
  }
  return cached;
}
