import { BUNDLE_MAX_BYTES } from '../../../shared/api/bundleCalls.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { EXPORT_STAGE_LABELS, EXPORT_STAGES, type ExportProgress } from './buildExportBundle.js';
import { defaultBundleSource } from './bundleSource.js';
import { listEvidencePicks, setEvidencePicks } from './evidencePicks.js';
import { exportBundleToOutput } from './exportApplicationBundle.js';
import { importBundle } from './importBundle.js';
import { inspectBundle } from './inspectBundle.js';
import { planBundleContents } from './planBundleContents.js';

/** The latest progress of each running export, for the window's progress bar (polled). */
const running = new Map<number, ExportProgress>();

export const bundleHandlers: NamespaceHandlers<'bundle'> = {
  'bundle/evidencePicks': (input, ctx) => ({
    picks: listEvidencePicks(requireStore(ctx).db, input.applicationId),
  }),
  'bundle/setEvidencePicks': (input, ctx) => {
    setEvidencePicks(requireStore(ctx).db, input.applicationId, input.picks);
    return { count: input.picks.length };
  },
  'bundle/contents': (input, ctx) => planBundleContents(ctx, input.applicationId, input.pdf),
  'bundle/export': async (input, ctx) => {
    running.set(input.applicationId, { stage: 'data', label: '读取数据', fraction: 0 });
    try {
      const r = await exportBundleToOutput(ctx, input.applicationId, {
        pdf: input.pdf,
        source: defaultBundleSource,
        onProgress: (p) => running.set(input.applicationId, p),
      });
      const stageTimes = EXPORT_STAGES.map((stage) => ({
        stage,
        label: EXPORT_STAGE_LABELS[stage],
        ms: r.timings[stage],
      }));
      return { file: r.file, warnings: r.warnings, sha256: r.sha256, stageTimes };
    } finally {
      running.delete(input.applicationId);
    }
  },
  'bundle/exportProgress': (input) => ({ progress: running.get(input.applicationId) ?? null }),
  // Read where the user keeps it, entry by entry (a bundle can be ~200 MB): never whole in memory.
  'bundle/inspect': async (input, ctx) => {
    const { path, name } = ctx.files.chosenWithin(input.file, BUNDLE_MAX_BYTES);
    return (await inspectBundle(requireStore(ctx).db, path, name, ctx.now())).view;
  },
  'bundle/import': async (input, ctx) => {
    const { path, name } = ctx.files.chosenWithin(input.file, BUNDLE_MAX_BYTES);
    const r = await importBundle(ctx, path, name, { asNew: input.asNew });
    return {
      applicationId: r.applicationId,
      action: r.action,
      taken: r.taken,
      backupPath: r.backup.path,
      inspection: r.inspection.view,
    };
  },
};
