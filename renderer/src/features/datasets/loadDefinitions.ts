import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import { DATASETS } from '../../../../shared/datasets/datasetRegistry';

/**
 * The data-set definitions. They are shared code, compiled into the window as into the core, so
 * they are read here directly (no round trip, no cast); a promise, as callers await it.
 */
export function loadDefinitions(): Promise<DatasetDef[]> {
  return Promise.resolve([...DATASETS]);
}
