// What drafting gives back: the pack, a note per field (where it was found, what it is bound to
// and what else it may be), and a summary for the CLI and the designer.
import type { PackInput, PackParameter } from '../packs/packSchema.js';
import type { LabelContext } from './matchCatalogue.js';

export interface BindingOffer {
  entryId: string;
  /** The catalogue entry's label, as the designer lists it. */
  label: string;
  confidence: number;
  bind: string;
  source: string;
  /** Parameters the binding reads (e.g. enterprise1), added to the pack when applied. */
  parameters: PackParameter[];
  /** For a table field: the column each binding column fills. */
  columnsMapped?: number;
}

export interface FieldNote {
  key: string;
  /** Where in the attachment: 附件1 第2张表 第3行 */
  place: string;
  context?: LabelContext;
  /** The binding applied (certain match). */
  applied?: BindingOffer;
  /** Bindings offered for the user to accept, best first. */
  offers: BindingOffer[];
  /** A word limit or minimum the drafter read from the text around the field. */
  wordLimitText?: string;
}

export interface DraftFormSummary {
  id: string;
  title: string;
  attachment?: string;
  file: string;
  landscape: boolean;
  tables: number;
  fields: number;
}

export interface DraftSummary {
  files: string[];
  forms: DraftFormSummary[];
  tables: number;
  fields: number;
  fieldsByType: Record<string, number>;
  bindingsApplied: number;
  bindingsOffered: number;
  computed: number;
  evidence: number;
  /** What could not be read or kept, in Chinese, naming the file. */
  unread: string[];
}

export interface DraftResult {
  pack: PackInput;
  notes: Record<string, FieldNote>;
  summary: DraftSummary;
}

export const FIELD_TYPE_LABELS: Record<string, string> = {
  text: '文字',
  number: '数字',
  money: '金额',
  percent: '百分比',
  date: '日期',
  year: '年度',
  choice: '选项',
  checkbox: '是/否',
  narrative: '长文',
  table: '表格',
};

/** One block of a drafted form, as the pack file writes it. */
export type DraftBlock = NonNullable<PackInput['forms']>[number]['blocks'][number];
