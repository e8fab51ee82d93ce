import { z } from 'zod';

import { CHINESE_FONT_SIZES } from '../format/chineseFontSize.js';
import { EDUCATION_LEVELS } from '../school/educationLevels.js';

// The notice pack format, version 1. A pack is a JSON file an office's IT teacher can write by hand
// (docs/packs.md); assets/packs/pack.schema.json is generated from this file for editor completion.
// Expressions are strings in the sandboxed language of shared/packs/expression/.

export const PACK_FORMAT_VERSION = 1 as const;

const text = (max = 2000) => z.string().max(max);
const key = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, '键名只能由英文字母、数字和下划线组成，且以字母开头')
  .max(64)
  .describe('英文键名，如 schoolName');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 YYYY-MM-DD')
  .describe('日期 YYYY-MM-DD');
/** An expression in the pack language, e.g. "round(wan(sum(data.equipment, 'amount')), 2)". */
const expression = z.string().min(1).max(4000).describe('表达式（见 docs/packs.md「表达式语言」）');
const sizeName = z.enum(
  Object.keys(CHINESE_FONT_SIZES) as [keyof typeof CHINESE_FONT_SIZES, ...(keyof typeof CHINESE_FONT_SIZES)[]],
);
/** A font size by Chinese name (小四) or in points (12). */
export const fontSizeSchema = z
  .union([sizeName, z.number().min(4).max(100)])
  .describe('字号：中文字号名（如 小四）或磅值（如 12）');
export type FontSize = z.infer<typeof fontSizeSchema>;

// ---------------------------------------------------------------- fields

export const FIELD_TYPES = [
  'text',
  'number',
  'money',
  'percent',
  'date',
  'year',
  'choice',
  'checkbox',
  'narrative',
  'table',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const COLUMN_TYPES = ['text', 'number', 'money', 'percent', 'date', 'year', 'choice', 'checkbox'] as const;

/**
 * Names the notice requires to be spelled as the 专业目录 spells them (346号: 应按照2021年《职业教育专业
 * 目录》中明确的专业命名): a 专业 name, a 专业大类, a 专业类, or a 专业 name or a group's own name (…专业群).
 * A typed value not in the loaded catalogue (at the school's 办学层次) is a problem on the field.
 */
export const CATALOGUE_KINDS = ['major', 'majorCategory', 'majorClass', 'majorOrGroup'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];
const catalogueKind = z
  .enum(CATALOGUE_KINDS)
  .describe('按专业目录核对：major 专业名称、majorCategory 专业大类、majorClass 专业类、majorOrGroup 专业或专业群');

/** How a date prints: YYYY, MM/M (month with/without leading zero), DD/D (day); default 2026年12月7日. */
const dateFormatSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/YYYY|M|D/, '日期格式应含 YYYY、M 或 D')
  .describe('日期的打印格式：YYYY 年，MM/M 月（有/无前导零），DD/D 日；缺省为「YYYY年M月D日」（如 2026年12月7日）');

/** A column of a table field (one per repeating-row cell). */
export const tableColumnSchema = z
  .object({
    key,
    label: text(200),
    type: z.enum(COLUMN_TYPES).default('text'),
    unit: text(20).optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    options: z.array(text(200)).optional().describe('choice 类型的可选项'),
    required: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().positive().optional(),
    dateFormat: dateFormatSchema.optional(),
    catalogue: catalogueKind.optional(),
  })
  .strict();
export type TableColumn = z.infer<typeof tableColumnSchema>;

export const fieldSchema = z
  .object({
    key,
    label: text(200).describe('字段的中文名称，用于提示和错误信息'),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().optional(),
    /** number/money/percent: the unit printed after the value (money: 万元 or 元). */
    unit: text(20).optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** text: most characters; narrative: use wordLimit. */
    maxLength: z.number().int().optional(),
    /** narrative (and text): most 字数 as Word counts them; only where the notice states one (none: no limit). */
    wordLimit: z.number().int().optional().describe('字数上限（按 Word 字数统计）；通知未规定字数时省略'),
    /** choice: the options (or optionsExpr for options from the base data). */
    options: z.array(text(200)).optional(),
    optionsExpr: expression.optional(),
    /** choice: several options may be ticked (value is a list). */
    multiple: z.boolean().optional(),
    /** table: the columns; rows grow as needed. */
    columns: z.array(tableColumnSchema).optional(),
    minRows: z.number().int().min(0).optional(),
    maxRows: z.number().int().positive().optional(),
    /** table: fixed starting rows (e.g. a checklist's 观测点) when there is no binding. */
    defaultRows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).optional(),
    /** date: how it prints, e.g. "YYYY年M月" or "YYYY-MM-DD" (default "YYYY年M月D日"). */
    dateFormat: dateFormatSchema.optional(),
    /** A literal default used when there is no binding. */
    default: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    /** Expression over the base data that gives the default; the user may override it. */
    bind: expression.optional(),
    /**
     * A figure computed from this application's other fields (合计, 比例): an expression over
     * `fields.X` and `params.X` only, recomputed in the editor while the user types.
     */
    compute: expression
      .optional()
      .describe('计算字段：只用本申报的其他字段（fields.键名）和参数计算，如合计、比例；编辑时随输入即时更新'),
    /** The value cannot be typed over (a total that must equal its parts, a figure from the data). */
    locked: z.boolean().optional().describe('锁定：不能在编辑器中改写（用于计算字段或必须取自基础数据的值）'),
    /** The notice asks for 佐证材料 behind this value (the designer marks it; the checklist lists it). */
    evidenceRequired: z.boolean().optional().describe('此项需要佐证材料'),
    /** Where the bound value comes from, in words shown beside the field (e.g. 仪器设备台账合计). */
    source: text(300).optional(),
    /** One value per year of the table's year columns; `bind` sees the variable `year`. */
    perYear: z.boolean().optional(),
    /** Guidance shown in the editor (not printed). */
    help: text(2000).optional(),
    placeholder: text(200).optional(),
    /** The value must be a name of the 专业目录 (see CATALOGUE_KINDS). */
    catalogue: catalogueKind.optional(),
  })
  .strict();
export type PackField = z.infer<typeof fieldSchema>;

// ---------------------------------------------------------------- parameters

export const parameterSchema = z
  .object({
    key,
    label: text(200),
    type: z.enum(['choice', 'text', 'number', 'year']).default('choice'),
    /** choice: an expression listing the options: a list of texts, or rows with valueField/labelField. */
    source: expression.optional(),
    valueField: z.string().optional(),
    labelField: z.string().optional(),
    /** Fixed options instead of `source`. */
    options: z.array(text(200)).optional(),
    /** Literal default; when absent a choice defaults to its first option. */
    default: z.union([z.string(), z.number()]).optional(),
    required: z.boolean().default(true),
    help: text(1000).optional(),
  })
  .strict();
export type PackParameter = z.infer<typeof parameterSchema>;

// ---------------------------------------------------------------- eligibility / self-check rules

export const COMPARISON_OPS = ['>=', '>', '<=', '<', '==', '!='] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export const ruleSchema = z
  .object({
    id: z.string().min(1).max(32).describe('条件编号，如 "1" 或 "c5"'),
    label: text(1000).describe('通知原文中的条件表述'),
    /** The school's figure. Absent: a condition the office confirms by hand (shown as 待确认). */
    expr: expression.optional(),
    op: z.enum(COMPARISON_OPS).default('>='),
    threshold: z.union([z.number(), z.string(), z.boolean()]).optional(),
    /** A threshold that depends on the parameters (e.g. 100 for 工科 else 60). Wins over threshold. */
    thresholdExpr: expression.optional(),
    unit: text(20).optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    source: text(500).describe('数字来自哪里，如「专业数据·在校生（最近年度）」'),
    hint: text(1000).optional().describe('不达标时需要改变什么'),
    /** A condition made of sub-clauses: it holds when every listed rule holds (它们的 id). No expr. */
    allOf: z.array(z.string()).min(1).optional().describe('由若干子项组成：列出子项的条件编号，全部达标才达标'),
    /** Whether the rule applies to this school; false → 不适用 (never 达标). E.g. school.educationLevel == '中职'. */
    appliesWhen: expression.optional().describe('本条是否适用于本校的表达式；结果为否时显示「不适用」'),
    /** Why it may not apply, shown beside 不适用 (e.g. 仅适用于中职学校). */
    appliesText: text(200).optional().describe('适用范围的说明，如「仅适用于中职学校」'),
    /** A rule without expr is asked of the user: the question (default: the label). */
    ask: text(1000).optional().describe('没有 expr 的条件由学校确认：向用户提的问题'),
    /** Display grouping in the panel and the 自查表 (e.g. 申报条件, 附件1 建设指标). */
    section: text(200).optional().describe('分组标题，如「附件1 建设指标」'),
  })
  .strict();
export type EligibilityRule = z.infer<typeof ruleSchema>;

export const ruleGroupSchema = z
  .object({
    label: text(200),
    rules: z.array(z.string()).min(1),
    /** Every rule of the group must pass (the default when atLeast is absent). */
    all: z.boolean().optional(),
    /** At least this many rules of the group must pass. */
    atLeast: z.number().int().positive().optional(),
  })
  .strict();
export type RuleGroup = z.infer<typeof ruleGroupSchema>;

export const eligibilitySchema = z
  .object({
    rules: z.array(ruleSchema),
    /** The overall verdict: every group must hold. Absent: every rule must pass. */
    overall: z
      .object({ groups: z.array(ruleGroupSchema).min(1), text: text(500).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type Eligibility = z.infer<typeof eligibilitySchema>;

// ---------------------------------------------------------------- printing style

export const marginsSchema = z
  .object({
    top: z.number().min(0).max(100).default(37).describe('天头，毫米'),
    bottom: z.number().min(0).max(100).default(35),
    /** 订口: the binding-side margin. */
    binding: z.number().min(0).max(100).default(28).describe('订口，毫米'),
    /** The margin opposite the binding. */
    outer: z.number().min(0).max(100).default(26),
  })
  .strict();

export const fontSchema = z
  .object({
    family: text(60).default('仿宋_GB2312'),
    /** Tried in order when the first is missing (LibreOffice substitutes silently otherwise). */
    fallback: z.array(text(60)).default(['FangSong', '仿宋']),
    size: fontSizeSchema.default('小四'),
    bold: z.boolean().optional(),
  })
  .strict();
export type PackFont = z.infer<typeof fontSchema>;

export const styleSchema = z
  .object({
    paper: z.enum(['A4', 'A3']).default('A4'),
    margins: marginsSchema.default({ top: 37, bottom: 35, binding: 28, outer: 26 }),
    bindingSide: z.enum(['left', 'top', 'none']).default('left'),
    body: fontSchema.default({ family: '仿宋_GB2312', fallback: ['FangSong', '仿宋'], size: '小四' }),
    /** Fixed line spacing in points (行距固定值). */
    lineSpacingPt: z.number().min(6).max(72).optional(),
    /** Or a multiple of single spacing, when lineSpacingPt is absent. */
    lineSpacingMultiple: z.number().min(0.5).max(4).optional(),
    title: fontSchema.default({ family: '方正小标宋简体', fallback: ['SimSun', '宋体'], size: '二号' }),
    heading: fontSchema.default({ family: '黑体', fallback: ['SimHei'], size: '四号' }),
    table: fontSchema.optional().describe('表格文字字体，缺省同正文'),
    pageNumbers: z
      .object({
        style: z.enum(['dash', 'plain', 'none']).default('dash').describe('dash：「— 1 —」'),
        onCover: z.boolean().default(false),
        position: z.enum(['outside', 'center']).default('outside').describe('outside：单页居右、双页居左'),
      })
      .strict()
      .default({ style: 'dash', onCover: false, position: 'outside' }),
    doubleSided: z.boolean().default(false),
  })
  .strict();
export type PackStyle = z.infer<typeof styleSchema>;

// ---------------------------------------------------------------- bundle rule

export const bundleFileSchema = z
  .object({
    /** form: one of the pack's forms; evidence: the merged 佐证材料 PDF; data: kept for older packs (no base data is written). */
    kind: z.enum(['form', 'evidence', 'data']),
    form: z.string().optional(),
    /** File name without extension; placeholders {school}, {param key} or {field key}. */
    fileName: text(200).optional(),
    formats: z.array(z.enum(['docx', 'xlsx', 'pdf', 'html'])).optional(),
    maxPages: z.number().int().positive().optional(),
    copies: z.number().int().positive().optional().describe('纸质份数（只作提示）'),
  })
  .strict();
export const bundleSchema = z
  .object({
    /** Zip name without .zip, e.g. "{school}职业教育高水平专业化产教融合实训中心申报材料（{majorName}专业）". */
    fileName: text(300),
    files: z.array(bundleFileSchema).min(1),
    /** 佐证材料 page limit (e.g. 50). */
    evidenceMaxPages: z.number().int().positive().optional(),
  })
  .strict();
export type PackBundle = z.infer<typeof bundleSchema>;

// ---------------------------------------------------------------- submission (报送要求)
// What the notice asks the applicant to hand in, and how: the facts an office checks before it
// posts the envelope. Words are the notice's own; nothing here is computed. The pack designer
// edits the same shape (see docs/packs.md «报送要求»).

/** One thing to hand in, e.g. 「申报书和建设方案 一式2份，加盖公章」. */
export const submissionItemSchema = z
  .object({
    what: text(300).describe('报送的材料，用通知原话，如「申报书和建设方案」'),
    /** The pack forms this item is (ids); absent for material the app does not produce. */
    forms: z.array(z.string()).optional().describe('对应的表单编号'),
    /** The item is the 佐证材料 / 支撑材料 volume. */
    evidence: z.boolean().optional().describe('是否为佐证材料（支撑材料）'),
    copies: z.number().int().positive().optional().describe('纸质份数'),
    /** A paper copy is handed in (default true when copies is given). */
    paper: z.boolean().optional().describe('是否报送纸质版'),
    seal: z.boolean().optional().describe('纸质材料须加盖公章'),
    electronic: z.boolean().optional().describe('同时提交电子版'),
    maxPages: z.number().int().positive().optional().describe('页数上限，如佐证材料不超过50页'),
    binding: text(300).optional().describe('装订要求，如「单独装订成册，设置目录索引」'),
    note: text(1000).optional(),
  })
  .strict();
export type SubmissionItem = z.infer<typeof submissionItemSchema>;

/** A person or office of the notice: whom to ask, or who receives the material. */
export const contactSchema = z
  .object({
    name: text(100).describe('姓名或单位'),
    role: text(200).optional().describe('如「省教育厅联系人」'),
    phone: text(100).optional(),
    email: text(200).optional(),
  })
  .strict();
export type PackContact = z.infer<typeof contactSchema>;

/** How many applications one applicant may make, in the notice's words (346号: 每所高等职业学校限报1个). */
export const quotaSchema = z
  .object({
    max: z.number().int().positive().describe('每个申报单位最多几份'),
    text: text(500).describe('通知原话，如「每所高等职业学校限报1个」'),
  })
  .strict();

export const submissionSchema = z
  .object({
    /** The deadline as the notice words it (the date itself is the pack's `deadline`). */
    deadlineText: text(200).optional().describe('截止时间的通知原话，如「于11月15日前报送」'),
    items: z.array(submissionItemSchema).default([]).describe('要报送的每一项材料'),
    recipient: text(300).optional().describe('收件单位，如「省教育厅职成教处」'),
    address: text(300).optional().describe('纸质材料报送地址'),
    mailNote: text(300).optional().describe('邮寄要求，如「如需邮寄，请使用中国邮政EMS」'),
    email: text(200).optional().describe('电子版提交邮箱'),
    /** The electronic copy's name as the notice gives it (the bundle rule builds the actual name). */
    electronicFileName: text(300).optional().describe('电子材料命名要求（通知原话）'),
    packaging: text(1000).optional().describe('封装要求，如「一所学校装入一个资料袋」'),
    contacts: z.array(contactSchema).optional().describe('联系人及电话'),
    quota: quotaSchema.optional().describe('申报名额限制'),
    /** Anything else the notice asks of the applicant that is neither a form nor a condition. */
    notes: z.array(text(2000)).optional().describe('其他要求'),
  })
  .strict();
export type PackSubmission = z.infer<typeof submissionSchema>;

// ---------------------------------------------------------------- form layout

const align = z.enum(['left', 'center', 'right', 'justify']);

/**
 * A table cell. Exactly one content key (or none for an empty cell):
 * text (fixed, may contain {year} in a perYear cell and {{fieldKey}}), field (a field's value),
 * column (inside repeating rows: that column of the row), checkboxes (□是 □否 over a field),
 * evidence (佐证材料页码 for a field key), seq (row number inside repeating rows).
 */
export const cellSchema = z
  .object({
    text: text(4000).optional(),
    field: z.string().optional(),
    column: z.string().optional(),
    /** Shows a choice/checkbox field as ☐/☑ options; options default to the field's. */
    checkboxes: z
      .object({ field: z.string(), options: z.array(text(200)).optional() })
      .strict()
      .optional(),
    /** An evidence-page cell (佐证材料页码): the key of a text field holding the page numbers. */
    evidence: z.string().optional(),
    seq: z.boolean().optional(),
    rowSpan: z.number().int().positive().optional(),
    colSpan: z.number().int().positive().optional(),
    /** Expands to one cell per year of the table's year columns. */
    perYear: z.boolean().optional(),
    align: align.optional(),
    vAlign: z.enum(['top', 'center', 'bottom']).optional(),
    bold: z.boolean().optional(),
    /** Label cells are shaded lightly in the editor only; printing ignores it. */
    label: z.boolean().optional(),
    /** {{field}} in text prints as a blank to fill (underlined value or gap, choices as ☐/☑), as in a paragraph. */
    blanks: z.boolean().optional().describe('文字中的 {{字段}} 印成下划线填空（空时留出下划线），选项字段印成 ☐/☑'),
    /** Width of an empty blank, in characters (default 8). */
    blankChars: z.number().int().min(1).max(60).optional(),
    /** Sides drawn without a line (a signature row, a layout table), as the attachment has them. */
    noBorders: z
      .array(z.enum(['top', 'bottom', 'left', 'right']))
      .optional()
      .describe('不画边框线的边（top/bottom/left/right），缺省四边都画'),
  })
  .strict();
export type PackCell = z.infer<typeof cellSchema>;

export const tableColumnLayoutSchema = z
  .object({
    width: z.number().positive().describe('列宽：毫米，或 widthUnit 为 ratio 时的比例'),
    /** Expands to one column per year of the table's year columns. */
    perYear: z.boolean().optional(),
  })
  .strict();

export const tableRowSchema = z
  .object({
    cells: z.array(cellSchema),
    /** Repeating rows: one row per row of this table field, growing as needed. */
    repeat: z.string().optional(),
    /** Repeating rows: cells printed once at the start, spanning all generated rows (e.g. 联合体企业情况). */
    lead: z.array(cellSchema).optional(),
    /** Repeating rows: at least this many rows are printed (blank ones fill up). */
    minRows: z.number().int().min(0).optional(),
    heightMm: z.number().positive().optional(),
    /** A header row: repeated at the top of every page the table runs over. */
    header: z.boolean().optional(),
  })
  .strict();
export type PackTableRow = z.infer<typeof tableRowSchema>;

const coverLineSchema = z
  .object({
    label: text(200),
    field: z.string().optional(),
    text: text(500).optional(),
    /** Show a choice field as check boxes (□高职（本科） □高职（专科）). */
    checkboxes: z.boolean().optional(),
  })
  .strict();

const signatureLineSchema = z
  .object({
    label: text(200).describe('如「负责人签名：」「（公章）」'),
    field: z.string().optional(),
    /** Leave room for a seal (公章) beside this line. */
    seal: z.boolean().optional(),
  })
  .strict();

/** A block's own font where it differs from the style's (a drafted attachment keeps the original's). */
const blockFontSchema = z
  .object({
    family: text(60).optional(),
    fallback: z.array(text(60)).optional(),
    size: fontSizeSchema.optional(),
    bold: z.boolean().optional(),
  })
  .strict();
export type BlockFont = z.infer<typeof blockFontSchema>;

export const blockSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('cover'),
      /** Title lines, large, centred (e.g. 河南省职业教育 / 高水平专业化产教融合实训中心 / 申报书). */
      titleLines: z.array(text(200)).min(1),
      lines: z.array(coverLineSchema).default([]),
      /** e.g. 河南省教育厅  河南省财政厅 制 */
      issuerLine: text(200).optional(),
      /** Date line: fixed text (2024年11月) or a field. */
      date: text(100).optional(),
      dateField: z.string().optional(),
      /** The field lines' font (default 三号 in the body font), as the attachment's cover sets them. */
      linesFont: blockFontSchema.optional().describe('封面填写行的字体、字号（缺省三号、正文字体）'),
      /** The issuer and date lines' font. */
      issuerFont: blockFontSchema.optional().describe('封面制发单位、日期行的字体、字号'),
    })
    .strict(),
  z
    .object({
      type: z.literal('heading'),
      text: text(300),
      level: z.number().int().min(1).max(4).default(1),
      align: align.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('paragraph'),
      /** May contain {{fieldKey}} to insert a field's value. */
      text: text(10000),
      style: z.enum(['body', 'instruction', 'note', 'title']).default('body'),
      align: align.optional(),
      indent: z.boolean().optional().describe('首行缩进两字，缺省 true'),
      /** The paragraph's own font where it differs from its style's (a drafted attachment keeps the original's). */
      font: blockFontSchema.optional().describe('本段字体、字号、加粗（缺省用样式的）'),
      /** {{field}} prints as a blank to fill: the value underlined, or an underlined gap when empty; choices as ☐/☑. */
      blanks: z.boolean().optional().describe('{{字段}} 印成下划线填空（空时留出下划线），选项字段印成 ☐/☑'),
      /** Width of an empty blank, in characters (default 8). */
      blankChars: z.number().int().min(1).max(60).optional(),
      /** This paragraph's fixed line spacing in points, where it differs from the form's. */
      lineSpacingPt: z.number().min(4).max(200).optional().describe('本段固定行距（磅），缺省同表单'),
    })
    .strict(),
  z
    .object({ type: z.literal('instructions'), title: text(100).optional(), items: z.array(text(2000)).min(1) })
    .strict(),
  z
    .object({
      type: z.literal('statement'),
      title: text(200).optional(),
      text: text(10000),
      signatures: z.array(signatureLineSchema).default([]),
      date: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      type: z.literal('table'),
      caption: text(300).optional(),
      columns: z.array(tableColumnLayoutSchema).min(1),
      widthUnit: z.enum(['mm', 'ratio']).default('ratio'),
      /** Year columns: `count` years ending with the year the expression `last` gives (e.g. "params.baseYear"). */
      years: z
        .object({ count: z.number().int().min(1).max(10), last: expression })
        .strict()
        .optional(),
      rows: z.array(tableRowSchema).min(1),
      /** Left and right padding inside each cell, mm (Word's default is 1.9). */
      cellPaddingMm: z.number().min(0).max(10).optional().describe('单元格左右内边距（毫米），缺省 1.5'),
      footnotes: z.array(text(2000)).optional(),
      /** landscape: the table goes on landscape pages inside a portrait form (automatic when its mm widths are wider than the page). */
      orientation: z
        .enum(['portrait', 'landscape'])
        .optional()
        .describe('landscape：此表在纵向的表单中改用横向页面（以毫米给出的列宽超出版心时自动横向）'),
    })
    .strict(),
  z
    .object({
      type: z.literal('narrative'),
      field: z.string(),
      title: text(300).optional(),
      /** Guidance printed in the editor above the box (and in the form when printGuidance). */
      guidance: z.array(text(2000)).optional(),
      printGuidance: z.boolean().optional(),
      minHeightMm: z.number().positive().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('signature'),
      lines: z.array(signatureLineSchema).min(1),
      date: z.boolean().default(true),
      align: z.enum(['left', 'right']).default('right'),
      /** Room left for the seal, mm. */
      sealRoomMm: z.number().min(0).max(80).default(40),
    })
    .strict(),
  z.object({ type: z.literal('footnotes'), items: z.array(text(2000)).min(1) }).strict(),
  z.object({ type: z.literal('pageBreak') }).strict(),
]);
export type PackBlock = z.infer<typeof blockSchema>;
export type BlockType = PackBlock['type'];
export type TableBlock = Extract<PackBlock, { type: 'table' }>;

export const formSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .max(64),
    title: text(300),
    /** e.g. 附件1 */
    attachment: text(40).optional(),
    /** document → DOCX/PDF; sheet → XLSX (like a 汇总表). */
    kind: z.enum(['document', 'sheet']).default('document'),
    orientation: z.enum(['portrait', 'landscape']).default('portrait'),
    /** Overrides of the pack's style for this form. */
    style: styleSchema.partial().optional(),
    blocks: z.array(blockSchema).min(1),
  })
  .strict();
export type PackForm = z.infer<typeof formSchema>;

// ---------------------------------------------------------------- the pack

export const projectTypeSchema = z
  .object({ name: text(200), quota: text(200).optional(), description: text(2000).optional() })
  .strict();

export const packSchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, '通知编号只能由小写字母、数字和连字符组成')
      .max(64)
      .describe('如 henan-2024-346'),
    docNo: text(100).default('').describe('文号，如 教职成〔2024〕346号；没有文号的通知（学校内部通知等）可省略'),
    title: text(300),
    issuers: z.array(text(100)).min(1),
    issueDate: isoDate.optional(),
    deadline: isoDate.optional(),
    level: z.enum(['国家', '省', '市', '县']),
    kind: z.enum(['application', 'programme', 'selfCheck']),
    /** The schools the notice is addressed to, by 办学层次 (346号: 高职 only). Absent: every school. */
    openTo: z
      .array(z.enum(EDUCATION_LEVELS))
      .min(1)
      .optional()
      .describe('可申报（适用）的学校办学层次，如 ["高职（专科）", "高职（本科）"]；不写表示不限'),
    summary: text(5000).optional(),
    /** Programme notices: the project types and yearly quotas they open. */
    projectTypes: z.array(projectTypeSchema).optional(),
    parameters: z.array(parameterSchema).default([]),
    fields: z.array(fieldSchema).default([]),
    /** Eligibility conditions (application) or targets (selfCheck). */
    eligibility: eligibilitySchema.optional(),
    style: styleSchema.default(styleSchema.parse({})),
    bundle: bundleSchema.optional(),
    /** What to hand in, where, by when, how many copies, stamped or not (报送要求). */
    submission: submissionSchema.optional(),
    forms: z.array(formSchema).default([]),
  })
  .strict();

/** A pack as written (defaults optional). */
export type PackInput = z.input<typeof packSchema>;
/** A pack after parsing (defaults filled). */
export type Pack = z.infer<typeof packSchema>;

// ---------------------------------------------------------------- values and the resolved view

export type ScalarValue = string | number | boolean | null;
export type TableRowValue = Record<string, ScalarValue>;
/**
 * A field's value: scalar; a list of texts (multiple choice); rows (table fields);
 * or values by year (perYear fields: {"2022": 12, "2023": 15}).
 */
export type FieldValue = ScalarValue | string[] | TableRowValue[] | Record<string, ScalarValue>;
export type ParamValue = string | number | null;

export interface FieldProblem {
  /** required | type | min | max | wordLimit | maxLength | option | rows | binding */
  code: string;
  /** Chinese, names the field. */
  message: string;
  /** The user accepted this problem explicitly; it no longer blocks export. */
  accepted: boolean;
  /** Table fields: the row (1-based) and column key of the problem. */
  row?: number;
  column?: string;
}

export interface ResolvedField {
  key: string;
  label: string;
  type: FieldType;
  /** The value the binding (or literal default) gives; null when none. */
  bound: FieldValue;
  /** Where the bound value comes from (the field's `source`), when it has a binding. */
  boundSource?: string;
  /** The binding failed to evaluate: the message (the field is then empty unless overridden). */
  bindingError?: string;
  /** True when the user typed over the bound default. */
  overridden: boolean;
  override?: FieldValue;
  /** What prints: the override if any, else the bound value. */
  value: FieldValue;
  origin: 'data' | 'default' | 'user' | 'empty';
  /** Narrative/text: Word 字数 of the value. */
  wordCount?: number;
  problems: FieldProblem[];
}

export interface ResolvedApplication {
  packId: string;
  applicationId?: number;
  title: string;
  status?: 'draft' | 'exported' | 'submitted';
  params: Record<string, ParamValue>;
  /** Display labels of choice parameters (e.g. majorCode → 机电一体化技术). */
  paramLabels: Record<string, string>;
  schoolName: string;
  /** Years of each table with year columns, by `${formId}#${blockIndex}`. */
  tableYears: Record<string, number[]>;
  fields: Record<string, ResolvedField>;
  /** Field keys in pack order. */
  fieldOrder: string[];
  completeness: {
    total: number;
    filled: number;
    empty: number;
    /** Fields with a problem not yet accepted. */
    invalid: number;
    accepted: number;
  };
  /** True while any problem is not fixed or accepted. */
  exportBlocked: boolean;
}
