// The designer's state: the pack being designed, the drafter's notes (where each field was found,
// its binding and what else it may be), the selection, the school's values for a preview, and an
// undo history. Every edit goes through `edit`, which keeps the history and marks unsaved changes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { ChosenFile } from '../../../../shared/api/callFields';
import type { OutputOf } from '../../../../shared/api/contract';
import type { DraftSummary, FieldNote } from '../../../../shared/drafting/draftTypes';
import { type CatalogueEntry, fieldCatalogue, indicatorEntries } from '../../../../shared/drafting/fieldCatalogue';
import { matchCatalogue } from '../../../../shared/drafting/matchCatalogue';
import { api, ApiCallError } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { type DesignPack, offerFromEntry } from './packEdits';

type Preview = OutputOf<'drafting/preview'>;

const HISTORY = 40;
/** The core's refusals of an old Office file it could not convert (no LibreOffice, or it failed). */
const SAVE_AS_CODES = new Set(['ATTACHMENT_NEEDS_CONVERSION', 'ATTACHMENT_CONVERSION_FAILED']);

/** Offers for a pack opened from the library (the drafter's notes are not stored in the pack). */
function notesFromLabels(pack: DesignPack, catalogue: CatalogueEntry[]): Record<string, FieldNote> {
  const out: Record<string, FieldNote> = {};
  for (const f of pack.fields) {
    const offers =
      f.bind || f.compute || f.type === 'table'
        ? []
        : matchCatalogue({ label: f.label, groups: [], captions: [] }, catalogue, { limit: 3 }).map((m) => ({
            ...offerFromEntry({ entry: m.entry, ref: m.ref, year: m.year, years: m.years }, f.unit),
            confidence: Math.round(m.confidence * 100) / 100,
          }));
    out[f.key] = { key: f.key, place: '', offers };
  }
  return out;
}

export function useDesigner() {
  const [pack, setPack] = useState<DesignPack | null>(null);
  const [notes, setNotes] = useState<Record<string, FieldNote>>({});
  const [summary, setSummary] = useState<DraftSummary | null>(null);
  const [converted, setConverted] = useState<{ fileName: string; from: string }[]>([]);
  const [formId, setFormId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** An old .doc/.wps/.xls/.et this computer could not convert: the clerk saves it as .docx by hand. */
  const [needsSaveAs, setNeedsSaveAs] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [params, setParams] = useState<Record<string, string | number | null>>({});
  const [indicators, setIndicators] = useState<CatalogueEntry[]>([]);
  const history = useRef<DesignPack[]>([]);
  const [undoCount, setUndoCount] = useState(0);

  useEffect(() => {
    api('drafting/indicators', {}).then(
      (r) => setIndicators(indicatorEntries(r.indicators)),
      () => setIndicators([]),
    );
  }, []);
  const catalogue = useMemo(() => [...indicators, ...fieldCatalogue()], [indicators]);

  const open = useCallback((p: DesignPack, n: Record<string, FieldNote>, s: DraftSummary | null) => {
    setPack(p);
    setNotes(n);
    setSummary(s);
    setFormId(p.forms[0]?.id ?? null);
    setSelected(null);
    setDirty(false);
    history.current = [];
    setUndoCount(0);
  }, []);

  const draft = useCallback(
    async (files: ChosenFile[]) => {
      setBusy('正在读取附件并起草通知包…');
      setError(null);
      try {
        const r = await api('drafting/draft', {
          files: files.map((f) => f.token),
        });
        setConverted(r.converted);
        open(r.draft.pack as DesignPack, r.draft.notes, r.draft.summary);
        setDirty(true);
        setNeedsSaveAs(null);
      } catch (e) {
        setError(errorText(e));
        const legacy = e instanceof ApiCallError && SAVE_AS_CODES.has(e.error.code);
        setNeedsSaveAs(legacy ? (e.error.where?.file ?? null) : null);
      } finally {
        setBusy(null);
      }
    },
    [open],
  );

  const reopen = useCallback(
    async (packId: string) => {
      setBusy('正在打开通知包…');
      setError(null);
      try {
        const r = await api('pack/get', { packId });
        const p = r.pack as unknown as DesignPack;
        open(p, notesFromLabels(p, catalogue), null);
      } catch (e) {
        setError(errorText(e));
      } finally {
        setBusy(null);
      }
    },
    [open, catalogue],
  );

  const edit = useCallback((next: DesignPack, nextNotes?: Record<string, FieldNote>) => {
    setPack((prev) => {
      if (prev) history.current = [...history.current.slice(-(HISTORY - 1)), prev];
      setUndoCount(history.current.length);
      return next;
    });
    if (nextNotes) setNotes(nextNotes);
    setDirty(true);
  }, []);

  const undo = useCallback(() => {
    const prev = history.current.pop();
    setUndoCount(history.current.length);
    if (prev) {
      setPack(prev);
      setDirty(true);
    }
  }, []);

  // The school's values for every field, a moment after the last change.
  useEffect(() => {
    if (!pack) return;
    const t = setTimeout(() => {
      api('drafting/preview', { pack, params }).then(setPreview, (e) => setError(errorText(e)));
    }, 450);
    return () => clearTimeout(t);
  }, [pack, params]);

  return {
    pack,
    notes,
    summary,
    converted,
    formId,
    setFormId,
    selected,
    select: setSelected,
    dirty,
    setDirty,
    busy,
    setBusy,
    error,
    setError,
    needsSaveAs,
    preview,
    params,
    setParams,
    catalogue,
    draft,
    reopen,
    edit,
    undo,
    canUndo: undoCount > 0,
    close: () => {
      setPack(null);
      setSummary(null);
      setPreview(null);
    },
  };
}

export type Designer = ReturnType<typeof useDesigner>;
