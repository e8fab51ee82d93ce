/**
 * The Chinese names of the API's input keys, for messages about a request's input (a CLI user or
 * a clerk reads 「办学层次」, never `educationLevel`). Keys of packs and data sets have their own
 * labels in their definitions; these are the calls' own.
 */
const INPUT_LABELS: Record<string, string> = {
  packId: '通知编号',
  applicationId: '申报编号',
  trashId: '删除记录编号',
  ruleId: '条件编号',
  formId: '表单',
  fieldKey: '栏目',
  schoolName: '学校名称',
  educationLevel: '办学层次',
  creditCode: '统一社会信用代码',
  dataset: '数据集',
  year: '统计年度',
  fromYear: '来源年度',
  toYear: '目标年度',
  rowId: '记录编号',
  id: '编号',
  hash: '校验值',
  title: '名称',
  params: '参数',
  answer: '回答',
  format: '文件格式',
  fileName: '文件名',
  file: '所选文件',
  files: '所选文件',
  value: '值',
};

/**
 * 「办学层次」 for `educationLevel`; the key itself when unknown. A dotted path (a pack's
 * `forms.0.title`, a manifest's `files.3.hash`) stays as it is: its last part alone would lose where.
 */
export function inputLabel(key: string): string {
  return Object.hasOwn(INPUT_LABELS, key) ? INPUT_LABELS[key] : key;
}
