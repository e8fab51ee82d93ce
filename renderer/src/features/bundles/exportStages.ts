/** The export's stages in order (as the core reports them) with the short names the progress bar shows. */
export const EXPORT_STEPS: readonly { stage: string; name: string }[] = [
  { stage: 'data', name: '数据' },
  { stage: 'evidence', name: '佐证材料' },
  { stage: 'layout', name: '排版' },
  { stage: 'docx', name: 'DOCX' },
  { stage: 'xlsx', name: 'XLSX' },
  { stage: 'pdf', name: 'PDF' },
  { stage: 'zip', name: '打包' },
];

/** Index of a reported stage in EXPORT_STEPS; -1 before the first report. */
export function stepIndex(stage: string | undefined): number {
  return stage ? EXPORT_STEPS.findIndex((s) => s.stage === stage) : -1;
}
