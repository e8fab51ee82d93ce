// The 职业教育专业目录 held in the window once it is needed: the grid fills 专业名称, 大类 and 类 from
// a 专业代码 (and the code from a name) and offers matches while typing, without a round trip per key.
import { useEffect, useState } from 'react';
import type { z } from 'zod';

import type { catalogueEntrySchema } from '../../../../shared/api/catalogueCalls';
import { api } from '../../api/apiClient';

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export interface Catalogue {
  entries: readonly CatalogueEntry[];
  byCode: ReadonlyMap<string, readonly CatalogueEntry[]>;
  byName: ReadonlyMap<string, readonly CatalogueEntry[]>;
}

export function indexCatalogue(entries: readonly CatalogueEntry[]): Catalogue {
  const byCode = new Map<string, CatalogueEntry[]>();
  const byName = new Map<string, CatalogueEntry[]>();
  for (const e of entries) {
    byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
    byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  }
  return { entries, byCode, byName };
}

let cached: Promise<Catalogue> | null = null;

export function loadCatalogue(): Promise<Catalogue> {
  if (!cached) {
    cached = api('catalogue/list', {}).then((r) => indexCatalogue(r.entries));
    cached.catch(() => (cached = null));
  }
  return cached;
}

/** After the catalogue was loaded from a file or restored: read it again on next use. */
export function forgetCatalogue(): void {
  cached = null;
}

/** The catalogue, once loaded, when `wanted` (a page with catalogue-named fields); else null. */
export function useCatalogue(wanted: boolean): Catalogue | null {
  const [cat, setCat] = useState<Catalogue | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // Without the catalogue the cells are plain text: nothing is filled, nothing else breaks.
    loadCatalogue().then(
      (c) => live && setCat(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted ? cat : null;
}
