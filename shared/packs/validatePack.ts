import { describeZodIssues } from '../api/describeZodIssues.js';
import type { BaseDataSnapshot } from '../datasets/baseDataSnapshot.js';
import type { DatasetDef } from '../datasets/datasetDefinition.js';
import { DATASETS } from '../datasets/datasetRegistry.js';
import { checkTableSpans } from './checkTableSpans.js';
import { checkExpression } from './expression/checkExpression.js';
import { evaluateExpression } from './expression/evaluateExpression.js';
import { type Pack, type PackBlock, type PackCell, type PackField, packSchema, type TableBlock } from './packSchema.js';

/** One problem of a pack: what is wrong, where (in Chinese) and the JSON path. */
export interface PackProblem {
  message: string;
  /** e.g. 表单「application」第 5 块（表格）第 2 行第 3 格 */
  place: string;
  /** e.g. forms[0].blocks[4].rows[1].cells[2] */
  path: string;
}

export type ValidatePackResult = { ok: true; pack: Pack; problems: [] } | { ok: false; problems: PackProblem[] };

const BLOCK_NAMES: Record<string, string> = {
  cover: '封面',
  heading: '标题',
  paragraph: '段落',
  instructions: '填写要求',
  statement: '声明',
  table: '表格',
  narrative: '叙述框',
  signature: '签章',
  footnotes: '脚注',
  pageBreak: '分页',
};

/** A JSON path → a Chinese place, reading the pack for names (form ids, field keys). */
export function describePackPath(path: (string | number)[], raw: unknown): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    const child = (node as Record<string | number, unknown> | undefined)?.[seg];
    const id = (x: unknown, k: string) =>
      x && typeof x === 'object' && typeof (x as Record<string, unknown>)[k] === 'string'
        ? (x as Record<string, string>)[k]
        : undefined;
    if (typeof next === 'number') {
      const item = (child as unknown[] | undefined)?.[next];
      switch (seg) {
        case 'forms':
          parts.push(`表单「${id(item, 'id') ?? next + 1}」`);
          break;
        case 'blocks':
          parts.push(`第 ${next + 1} 块（${BLOCK_NAMES[id(item, 'type') ?? ''] ?? '块'}）`);
          break;
        case 'rows':
          parts.push(`第 ${next + 1} 行`);
          break;
        case 'cells':
          parts.push(`第 ${next + 1} 格`);
          break;
        case 'lead':
          parts.push(`行首第 ${next + 1} 格`);
          break;
        case 'fields':
          parts.push(`字段「${id(item, 'key') ?? next + 1}」`);
          break;
        case 'columns':
          parts.push(`第 ${next + 1} 列${id(item, 'key') ? `「${id(item, 'key')}」` : ''}`);
          break;
        case 'parameters':
          parts.push(`参数「${id(item, 'key') ?? next + 1}」`);
          break;
        case 'rules':
          parts.push(`条件「${id(item, 'id') ?? next + 1}」`);
          break;
        case 'groups':
          parts.push(`第 ${next + 1} 组`);
          break;
        case 'files':
          parts.push(`第 ${next + 1} 个文件`);
          break;
        case 'lines':
          parts.push(`第 ${next + 1} 行`);
          break;
        case 'items':
          parts.push(`第 ${next + 1} 项材料`);
          break;
        default:
          parts.push(`${seg} 第 ${next + 1} 项`);
      }
      node = item;
      i++;
      continue;
    }
    if (typeof seg === 'string') {
      const named: Record<string, string> = {
        eligibility: '申报条件',
        bundle: '打包规则',
        style: '版式',
        overall: '总体规则',
        submission: '报送要求',
      };
      parts.push(named[seg] ?? seg);
    }
    node = child;
  }
  return parts.join(' ') || '整个通知包';
}

export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export interface ValidatePackOptions {
  datasets?: readonly DatasetDef[];
  /** When given, every expression is also run once on it (default: empty data) to refuse loops. */
  snapshot?: BaseDataSnapshot;
}

const EMPTY_SNAPSHOT: BaseDataSnapshot = { school: {}, years: [], data: {} };

/** Checks a pack (parsed JSON): schema first, then references, bindings, expressions and layout. */
export function validatePack(raw: unknown, opts: ValidatePackOptions = {}): ValidatePackResult {
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const described = describeZodIssues(parsed.error.issues);
    const problems = parsed.error.issues.map((iss, i) => {
      const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
      return { message: described[i].message, place: describePackPath(path, raw), path: formatPath(path) };
    });
    return { ok: false, problems };
  }
  const problems = semanticProblems(parsed.data, raw, opts);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data, problems: [] };
}

function semanticProblems(pack: Pack, raw: unknown, opts: ValidatePackOptions): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (path: (string | number)[], message: string) =>
    problems.push({ message, place: describePackPath(path, raw), path: formatPath(path) });
  const datasets = opts.datasets ?? DATASETS;
  const fields = new Map<string, PackField>();
  const paramKeys = pack.parameters.map((p) => p.key);
  const fieldKeys = pack.fields.map((f) => f.key);
  const defaultParams: Record<string, unknown> = {};
  for (const p of pack.parameters) defaultParams[p.key] = p.default ?? p.options?.[0] ?? null;

  const expr = (path: (string | number)[], source: string | undefined, vars: string[] = []) => {
    if (!source) return;
    const found = checkExpression(source, { datasets, paramKeys, fieldKeys, vars });
    for (const p of found)
      add(
        path,
        `表达式「${clip(source)}」${p.position !== undefined && !p.message.startsWith('第') ? `第 ${p.position + 1} 个字符处` : ''}：${p.message}`,
      );
    if (found.length) return;
    // A trial run refuses packs that loop or run too long, whatever the data.
    const v: Record<string, unknown> = Object.fromEntries(vars.map((k) => [k, 2023]));
    const r = evaluateExpression(
      source,
      // Any date will do: the trial only measures how long the expression runs.
      { snapshot: opts.snapshot ?? EMPTY_SNAPSHOT, params: defaultParams, fields: {}, vars: v, today: '2023-12-31' },
      { maxSteps: 1_000_000, maxMillis: 2_000 },
    );
    if (!r.ok && (r.error.code === 'budget' || r.error.code === 'time' || r.error.code === 'depth'))
      add(path, `表达式「${clip(source)}」：${r.error.message}`);
  };

  // keys
  dupes(
    pack.parameters.map((p) => p.key),
    (k, i) => add(['parameters', i, 'key'], `参数键名「${k}」重复`),
  );
  dupes(fieldKeys, (k, i) => add(['fields', i, 'key'], `字段键名「${k}」重复`));
  dupes(
    pack.forms.map((f) => f.id),
    (k, i) => add(['forms', i, 'id'], `表单编号「${k}」重复`),
  );
  dupes(pack.eligibility?.rules.map((r) => r.id) ?? [], (k, i) =>
    add(['eligibility', 'rules', i, 'id'], `条件编号「${k}」重复`),
  );
  for (const f of pack.fields) if (!fields.has(f.key)) fields.set(f.key, f);

  // parameters
  pack.parameters.forEach((p, i) => {
    if (p.type === 'choice' && !p.source && !p.options?.length)
      add(['parameters', i], `参数「${p.label}」是选择类型，需要 source（选项表达式）或 options`);
    expr(['parameters', i, 'source'], p.source);
  });

  // fields
  pack.fields.forEach((f, i) => {
    const at = ['fields', i];
    if (f.wordLimit !== undefined && f.wordLimit <= 0)
      add([...at, 'wordLimit'], `字段「${f.label}」的字数上限应为正数`);
    if (f.maxLength !== undefined && f.maxLength <= 0)
      add([...at, 'maxLength'], `字段「${f.label}」的长度上限应为正数`);
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      add(at, `字段「${f.label}」的下限 ${f.min} 大于上限 ${f.max}`);
    if (f.type === 'choice' && !f.options?.length && !f.optionsExpr)
      add(at, `字段「${f.label}」是选择类型，需要 options 或 optionsExpr`);
    if (f.type === 'table') {
      if (!f.columns?.length) add(at, `字段「${f.label}」是表格类型，需要 columns`);
      dupes(f.columns?.map((c) => c.key) ?? [], (k, j) =>
        add([...at, 'columns', j, 'key'], `表格字段「${f.label}」的列键名「${k}」重复`),
      );
      f.defaultRows?.forEach((row, r) => {
        for (const k of Object.keys(row))
          if (!f.columns?.some((c) => c.key === k))
            add([...at, 'defaultRows', r], `预置行中的「${k}」不是表格「${f.label}」的列`);
      });
      f.columns?.forEach((c, j) => {
        if (c.type === 'choice' && !c.options?.length)
          add([...at, 'columns', j], `列「${c.label}」是选择类型，需要 options`);
      });
    } else if (f.columns) add([...at, 'columns'], `字段「${f.label}」不是表格类型，不能有 columns`);
    expr([...at, 'bind'], f.bind, f.perYear ? ['year'] : []);
    expr([...at, 'compute'], f.compute);
    // The editor recomputes these while the user types, without the base data.
    if (f.compute && /(^|[^.\w'"])(data|school|years)\b/.test(f.compute.replace(/'[^']*'|"[^"]*"/g, "''")))
      add([...at, 'compute'], `计算字段「${f.label}」只能用本申报的其他字段（fields.键名）和参数，不能直接读基础数据`);
    if (f.locked && !f.compute && !f.bind && f.default === undefined)
      add([...at, 'locked'], `字段「${f.label}」锁定后不能改写，需要 compute、bind 或 default 给出它的值`);
    expr([...at, 'optionsExpr'], f.optionsExpr);
  });

  // eligibility
  const el = pack.eligibility;
  if (el) {
    const ids = new Set(el.rules.map((r) => r.id));
    el.rules.forEach((r, i) => {
      expr(['eligibility', 'rules', i, 'expr'], r.expr);
      expr(['eligibility', 'rules', i, 'thresholdExpr'], r.thresholdExpr);
      expr(['eligibility', 'rules', i, 'appliesWhen'], r.appliesWhen);
      if (r.expr && r.threshold === undefined && !r.thresholdExpr)
        add(['eligibility', 'rules', i], `条件「${r.id}」有计算表达式，但没有门槛 threshold 或 thresholdExpr`);
      if (r.allOf && r.expr) add(['eligibility', 'rules', i], `条件「${r.id}」由子项组成（allOf），不能再写 expr`);
      for (const id of r.allOf ?? [])
        if (!ids.has(id) || id === r.id)
          add(['eligibility', 'rules', i, 'allOf'], `条件「${r.id}」的子项「${id}」不是本通知包中的另一条条件`);
    });
    el.overall?.groups.forEach((g, gi) => {
      const at = ['eligibility', 'overall', 'groups', gi];
      for (const id of g.rules) if (!ids.has(id)) add([...at, 'rules'], `总体规则引用了不存在的条件「${id}」`);
      if (g.all && g.atLeast !== undefined) add(at, '一组规则不能同时写 all 和 atLeast');
      if (g.atLeast !== undefined && g.atLeast > g.rules.length)
        add([...at, 'atLeast'], `atLeast ${g.atLeast} 超过了本组条件数 ${g.rules.length}`);
    });
  }

  // forms
  if (pack.kind === 'application' && !pack.forms.length)
    add(['forms'], '申报类通知（kind 为 application）至少应有一张表单');
  pack.forms.forEach((form, fi) =>
    form.blocks.forEach((block, bi) => checkBlock(block, ['forms', fi, 'blocks', bi], fields, add, expr)),
  );

  // bundle
  if (pack.bundle) {
    const names = new Set(['school', ...paramKeys, ...fieldKeys]);
    const placeholders = (path: (string | number)[], name: string | undefined) => {
      for (const m of (name ?? '').matchAll(/\{([^{}]+)\}/g))
        if (!names.has(m[1])) add(path, `文件名中的占位符「{${m[1]}}」不是 school、参数或字段的键名`);
    };
    placeholders(['bundle', 'fileName'], pack.bundle.fileName);
    pack.bundle.files.forEach((f, i) => {
      placeholders(['bundle', 'files', i, 'fileName'], f.fileName);
      if (f.kind === 'form' && !pack.forms.some((x) => x.id === f.form))
        add(['bundle', 'files', i, 'form'], `打包规则引用了不存在的表单「${f.form ?? ''}」`);
    });
  }
  // submission
  pack.submission?.items.forEach((item, i) => {
    for (const id of item.forms ?? [])
      if (!pack.forms.some((f) => f.id === id))
        add(['submission', 'items', i, 'forms'], `报送材料「${item.what}」引用了不存在的表单「${id}」`);
  });
  return problems;
}

type Add = (path: (string | number)[], message: string) => void;
type Expr = (path: (string | number)[], source: string | undefined, vars?: string[]) => void;

function checkBlock(
  block: PackBlock,
  at: (string | number)[],
  fields: Map<string, PackField>,
  add: Add,
  expr: Expr,
): void {
  const ref = (path: (string | number)[], key: string | undefined, types?: PackField['type'][]) => {
    if (key === undefined) return undefined;
    const f = fields.get(key);
    if (!f) {
      add(path, `引用了不存在的字段「${key}」`);
      return undefined;
    }
    if (types && !types.includes(f.type)) add(path, `字段「${key}」的类型是 ${f.type}，这里需要 ${types.join(' 或 ')}`);
    return f;
  };
  const inlineRefs = (path: (string | number)[], text: string | undefined) => {
    for (const m of (text ?? '').matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g)) ref(path, m[1]);
  };
  switch (block.type) {
    case 'cover':
      block.lines.forEach((l, i) => {
        ref([...at, 'lines', i, 'field'], l.field);
        if (l.field && l.text) add([...at, 'lines', i], '封面的一行只能写 field 或 text 之一');
        if (l.checkboxes) ref([...at, 'lines', i, 'field'], l.field, ['choice', 'checkbox']);
      });
      ref([...at, 'dateField'], block.dateField);
      return;
    case 'paragraph':
      inlineRefs([...at, 'text'], block.text);
      return;
    case 'statement':
      inlineRefs([...at, 'text'], block.text);
      block.signatures.forEach((s, i) => ref([...at, 'signatures', i, 'field'], s.field));
      return;
    case 'signature':
      block.lines.forEach((s, i) => ref([...at, 'lines', i, 'field'], s.field));
      return;
    case 'narrative':
      ref([...at, 'field'], block.field, ['narrative', 'text']);
      return;
    case 'table':
      checkTable(block, at, fields, add, expr, ref);
      return;
    case 'heading':
    case 'instructions':
    case 'footnotes':
    case 'pageBreak':
      // Fixed text only: nothing to look up.
      return;
  }
}

function checkTable(
  block: TableBlock,
  at: (string | number)[],
  fields: Map<string, PackField>,
  add: Add,
  expr: Expr,
  ref: (path: (string | number)[], key: string | undefined, types?: PackField['type'][]) => PackField | undefined,
): void {
  if (block.years) expr([...at, 'years', 'last'], block.years.last);
  const hasYears = !!block.years;
  if (!hasYears && block.columns.some((c) => c.perYear))
    add([...at, 'columns'], '列写了 perYear，但表格没有 years（年度列）');
  block.rows.forEach((row, ri) => {
    const rowAt = [...at, 'rows', ri];
    const tableField = row.repeat !== undefined ? ref([...rowAt, 'repeat'], row.repeat, ['table']) : undefined;
    const checkCell = (cell: PackCell, cellAt: (string | number)[], inRepeat: boolean) => {
      const contents = (['text', 'field', 'column', 'checkboxes', 'evidence', 'seq'] as const).filter(
        (k) => cell[k] !== undefined && cell[k] !== false,
      );
      if (contents.length > 1) add(cellAt, `一个单元格只能有一种内容，这里写了 ${contents.join('、')}`);
      if (cell.perYear && !hasYears) add(cellAt, '单元格写了 perYear，但表格没有 years（年度列）');
      const f = ref([...cellAt, 'field'], cell.field);
      if (f?.type === 'table')
        add([...cellAt, 'field'], `表格字段「${f.key}」应通过重复行（repeat）显示，不能放在单个单元格里`);
      if (f?.perYear && !cell.perYear)
        add([...cellAt, 'field'], `字段「${f.key}」按年度取值，单元格需写 perYear: true`);
      if (cell.checkboxes) ref([...cellAt, 'checkboxes', 'field'], cell.checkboxes.field, ['choice', 'checkbox']);
      ref([...cellAt, 'evidence'], cell.evidence, ['text']);
      if (cell.column !== undefined) {
        if (!inRepeat) add([...cellAt, 'column'], `「column」只能用在重复行（repeat）中；此行不是重复行`);
        else if (tableField && !tableField.columns?.some((c) => c.key === cell.column))
          add([...cellAt, 'column'], `表格字段「${tableField.key}」没有列「${cell.column}」`);
      }
      if (cell.seq && !inRepeat) add(cellAt, '序号（seq）只能用在重复行中');
      if (inRepeat && cell.rowSpan && cell.rowSpan > 1)
        add([...cellAt, 'rowSpan'], '重复行中的单元格不能跨行（行首标签请放在 lead 中）');
    };
    row.cells.forEach((c, ci) => checkCell(c, [...rowAt, 'cells', ci], row.repeat !== undefined));
    row.lead?.forEach((c, ci) => checkCell(c, [...rowAt, 'lead', ci], false));
    if (row.lead && row.repeat === undefined) add([...rowAt, 'lead'], 'lead 只能用在重复行（repeat）中');
  });
  for (const p of checkTableSpans(block)) add([...at, 'rows', p.row], p.message);
}

function dupes(keys: string[], onDupe: (key: string, index: number) => void): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (seen.has(k)) onDupe(k, i);
    seen.add(k);
  });
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
