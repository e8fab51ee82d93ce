import { isEmptyValue } from '../../../../shared/packs/checkFieldValue';
import type { ResolvedField } from '../../../../shared/packs/packSchema';

export interface ToDoItem {
  formId: string;
  key: string;
}

export interface FieldsToDo {
  /** Fields with a problem not yet fixed or accepted (a required blank among them), in form order. */
  problems: ToDoItem[];
  /** Optional fields still blank, in form order; 佐证材料页码 are not among them (the export fills those). */
  optional: ToDoItem[];
  /** Fields counted in 「已填 n / m」: every field but the 佐证材料页码. */
  counted: number;
  filled: number;
}

/**
 * What 「下一项待填」 walks: first everything that blocks the export, then the optional blanks a
 * clerk may still want to fill. A 346号 申报书 has dozens of 佐证材料页码 cells; walking them
 * first hid the required fields, and the export numbers them anyway.
 */
export function fieldsToDo(
  order: ToDoItem[],
  fields: Record<string, ResolvedField>,
  pageKeys: ReadonlySet<string>,
): FieldsToDo {
  const out: FieldsToDo = { problems: [], optional: [], counted: 0, filled: 0 };
  for (const item of order) {
    const f = fields[item.key];
    if (!f) continue;
    const page = pageKeys.has(item.key);
    const empty = isEmptyValue(f.value);
    if (!page) {
      out.counted++;
      if (!empty) out.filled++;
    }
    if (f.problems.some((p) => !p.accepted)) out.problems.push(item);
    else if (empty && !page) out.optional.push(item);
  }
  return out;
}

/** The next item after `lastKey` in form order within the first non-empty tier, wrapping round. */
export function nextToDo(todo: FieldsToDo, order: ToDoItem[], lastKey: string | null): ToDoItem | null {
  const tier = todo.problems.length ? todo.problems : todo.optional;
  if (!tier.length) return null;
  const at = lastKey ? order.findIndex((o) => o.key === lastKey) : -1;
  const pos = new Map(order.map((o, i) => [o.key, i]));
  return tier.find((t) => (pos.get(t.key) ?? -1) > at) ?? tier[0];
}
