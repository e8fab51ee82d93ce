import type { HandlerLoaders } from './handlerTypes.js';

/**
 * Where each namespace's handlers live: core/<namespace>/ (or its plural), one module per namespace,
 * loaded on the namespace's first call. The type makes a missing namespace, a missing handler or a
 * handler of another namespace a compile error; test/core/api checks the folders.
 */
export const handlerLoaders: HandlerLoaders = {
  application: async () => (await import('../applications/applicationHandlers.js')).applicationHandlers,
  backup: async () => (await import('../backups/backupHandlers.js')).backupHandlers,
  bundle: async () => (await import('../bundles/bundleHandlers.js')).bundleHandlers,
  catalogue: async () => (await import('../catalogue/catalogueHandlers.js')).catalogueHandlers,
  dashboard: async () => (await import('../dashboard/dashboardHandlers.js')).dashboardHandlers,
  dataset: async () => (await import('../datasets/datasetHandlers.js')).datasetHandlers,
  drafting: async () => (await import('../drafting/draftingHandlers.js')).draftingHandlers,
  eligibility: async () => (await import('../eligibility/eligibilityHandlers.js')).eligibilityHandlers,
  evidence: async () => (await import('../evidence/evidenceHandlers.js')).evidenceHandlers,
  files: async () => (await import('../files/savedFileHandlers.js')).savedFileHandlers,
  home: async () => (await import('../home/homeHandlers.js')).homeHandlers,
  import: async () => (await import('../imports/importHandlers.js')).importHandlers,
  material: async () => (await import('../materials/materialHandlers.js')).materialHandlers,
  pack: async () => (await import('../packs/packHandlers.js')).packHandlers,
  preferences: async () => (await import('../preferences/preferenceHandlers.js')).preferenceHandlers,
  printer: async () => (await import('../printer/printerHandlers.js')).printerHandlers,
  render: async () => (await import('../render/renderHandlers.js')).renderHandlers,
  schoolPackage: async () => (await import('../schoolPackage/schoolPackageHandlers.js')).schoolPackageHandlers,
  store: async () => (await import('../store/storeHandlers.js')).storeHandlers,
};
