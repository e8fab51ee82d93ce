// What a page gives the grid (DataGrid): its fields and rows, and what to do with edits, undo,
// the selection and rule exceptions.
import type { FieldDef, RowRule } from '../../../../shared/datasets/datasetDefinition';
import type { CellEdit } from './gridEdits';
import type { GridRow } from './gridRow';
import type { Suggest } from './useCellEditor';
import type { DataGridHandle } from './useGridSelection';

export interface DataGridProps {
  fields: readonly FieldDef[];
  rows: readonly GridRow[];
  /** Changes when rows are added or removed: the view is re-sorted and re-filtered then. */
  structure: number;
  search?: string;
  /** Non-blocking notes per row id and field (e.g. a major not in the catalogue). */
  warnings?: ReadonlyMap<number, Readonly<Record<string, string>>>;
  onEdit: (edits: CellEdit[], label: string) => void;
  onUndo: () => void;
  onRedo?: () => void;
  onSelectRows?: (keys: string[]) => void;
  handleRef?: { current: DataGridHandle | null };
  /** Label for the test and the screen reader, e.g. 合作企业. */
  label: string;
  /** Matches offered while typing in a cell that is not a choice (the 专业目录's codes and names). */
  suggest?: Suggest;
  /** The data set's rules across fields, to name an accepted exception. */
  rules?: readonly RowRule[];
  /** Accepts or withdraws a rule exception for a row (「接受为例外」). */
  onException?: (rowKey: string, rule: string, accept: boolean) => void;
}
