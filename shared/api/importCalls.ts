import { z } from 'zod';

import { DATASET_NAMES } from '../datasets/datasetRegistry.js';
import { fileToken } from './callFields.js';
import { defineCall } from './defineCall.js';

const datasetName = z.enum(DATASET_NAMES as [string, ...string[]]);
const year = z.number().int().min(1990).max(2100);
/** A 50,000-row ledger is a few MB; 150 MB is far beyond any real school file. */
export const IMPORT_MAX_BYTES = 150 * 1024 * 1024;
/** The chosen Excel/CSV file, by token (its bytes never travel through the window). */
const fileInput = { file: fileToken };
const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const importProblemSchema = z.object({
  message: z.string(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  header: z.string().optional(),
  field: z.string().optional(),
  fieldLabel: z.string().optional(),
  /** The rule across fields the row breaks (an exception may be accepted for it). */
  rule: z.string().optional(),
});
export type ImportProblemView = z.infer<typeof importProblemSchema>;

const sheetInfo = z.object({ name: z.string(), rowCount: z.number().int() });

/** A key the window makes up per import to ask import/progress how far it has got. */
const progressKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const importProgressSchema = z.object({
  stage: z.enum(['read', 'check', 'backup', 'write']),
  label: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
});
export type ImportProgressView = z.infer<typeof importProgressSchema>;

const importInput = z
  .object({
    progressKey: progressKey.optional(),
    dataset: datasetName,
    year: year.optional(),
    ...fileInput,
    sheet: z.string().max(100).optional(),
    /** field key → column letter, or null for 「不导入」. */
    mapping: z
      .record(
        z.string().max(64),
        z
          .string()
          .regex(/^[A-Za-z]{1,3}$/)
          .nullable(),
      )
      .optional(),
    /** field key → one value for every row (a choice field the file has no column for). */
    constants: z.record(z.string().max(64), z.string().max(200)).optional(),
    /** Rows that break a rule across fields (金额 ≠ 单价 × 数量) are imported as accepted exceptions. */
    acceptRuleExceptions: z.boolean().optional(),
    /**
     * With no sheet named, refuse (IMPORT_SHEET_AMBIGUOUS, the fitting sheets as details) when more
     * than one sheet fits, instead of taking the first: a script cannot see which one was meant.
     */
    sheetMustBeClear: z.boolean().optional(),
  })
  .strict();

export const importPreviewSchema = z.object({
  sheet: z.string(),
  sheets: z.array(sheetInfo),
  encoding: z.string().optional(),
  headerRow: z.number().int(),
  columns: z.array(z.object({ letter: z.string(), header: z.string() })),
  fields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.string(),
      required: z.boolean(),
      unit: z.string().optional(),
      choices: z.array(z.string()).optional(),
    }),
  ),
  mapping: z.record(z.string(), z.string().nullable()),
  rows: z.array(
    z.object({ row: z.number().int(), year: z.number().int().optional(), values: z.record(z.string(), cellValue) }),
  ),
  rowCount: z.number().int(),
  problems: z.array(importProblemSchema),
  /** All problems; `problems` lists at most the first 2,000. */
  problemCount: z.number().int(),
  /** How many problems are rules across fields a user may accept as exceptions. */
  ruleProblemCount: z.number().int(),
  /** Rows imported with a rule exception accepted (acceptRuleExceptions). */
  acceptedRuleRows: z.number().int(),
  /** Things done to the data the user should know before confirming, e.g. a column read in 万元. */
  notes: z.array(z.string()),
  constants: z.record(z.string(), z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importBatchSchema = z.object({
  id: z.number().int(),
  dataset: z.string(),
  year: z.number().int().nullable(),
  fileName: z.string(),
  sheet: z.string(),
  sha256: z.string(),
  insertedCount: z.number().int(),
  updatedCount: z.number().int(),
  status: z.enum(['applied', 'undone']),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});
export type ImportBatchView = z.infer<typeof importBatchSchema>;

export const importCalls = {
  'import/inspect': defineCall(
    '查看要导入的 Excel/CSV 文件中有哪些工作表',
    z.object(fileInput).strict(),
    z.object({ kind: z.enum(['xlsx', 'xls', 'csv']), encoding: z.string().optional(), sheets: z.array(sheetInfo) }),
  ),
  'import/preview': defineCall(
    '预览导入：列对应、前 50 行和全部问题（不写入任何数据）',
    importInput,
    importPreviewSchema,
  ),
  'import/apply': defineCall(
    '导入 Excel/CSV 数据（先自动备份，全部成功或全部不导入）',
    importInput,
    z.object({
      batchId: z.number().int(),
      inserted: z.number().int(),
      updated: z.number().int(),
      /** The sheet read, what was done to the data on the way (a 万元 column), and the backup made first. */
      sheet: z.string(),
      notes: z.array(z.string()),
      backupPath: z.string(),
    }),
  ),
  'import/progress': defineCall(
    '查看正在进行的导入读到了哪里（用于进度条）',
    z.object({ progressKey }).strict(),
    z.object({ progress: importProgressSchema.nullable() }),
  ),
  'import/undo': defineCall(
    '撤销一次导入',
    z.object({ batchId: z.number().int().positive() }).strict(),
    z.object({ batchId: z.number().int(), deleted: z.number().int(), restored: z.number().int() }),
  ),
  'import/batches': defineCall(
    '列出导入记录',
    z.object({ dataset: datasetName.optional() }).strict(),
    z.array(importBatchSchema),
  ),
};
