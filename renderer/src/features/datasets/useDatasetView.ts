import { useEffect, useMemo, useState } from 'react';

import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import { findDataset } from '../../../../shared/datasets/datasetRegistry';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { type DatasetView, datasetView, refLabels } from './datasetView';

/**
 * The page's view of a data set (datasetView), once the labels of the rows its references point at
 * are loaded (the rooms an asset can be in); at once when it has no references.
 */
export function useDatasetView(def: DatasetDef | null): { view: DatasetView | null; error: string | null } {
  const refFields = useMemo(() => def?.fields.filter((f) => f.ref) ?? [], [def]);
  const [loaded, setLoaded] = useState<{ def: DatasetDef; view: DatasetView } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!def || !refFields.length) return;
    let live = true;
    void (async () => {
      try {
        const refs = new Map<string, Map<number, string>>();
        for (const f of refFields) {
          const target = findDataset(f.ref!.dataset);
          // A yearly data set has no single list of rows to point at: such a reference stays hidden.
          if (!target || target.yearly || refs.has(target.name)) continue;
          const { rows } = await api('dataset/list', { dataset: target.name });
          refs.set(target.name, refLabels(rows, f.ref!.labelFields));
        }
        if (live) setLoaded({ def, view: datasetView(def, refs) });
      } catch (e) {
        if (live) setError(errorText(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [def, refFields]);
  const plain = useMemo(() => (def && !refFields.length ? datasetView(def) : null), [def, refFields]);
  if (!def) return { view: null, error };
  return { view: plain ?? (loaded?.def === def ? loaded.view : null), error };
}
