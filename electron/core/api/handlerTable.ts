import { materialHandlers } from '../applications/materialHandlers.js';
import { parameterHandlers } from '../applications/parameterHandlers.js';
import { bundleHandlers } from '../bundles/bundleHandlers.js';
import { catalogueHandlers } from '../catalogue/catalogueHandlers.js';
import { dashboardHandlers } from '../dashboard/dashboardHandlers.js';
import { datasetHandlers } from '../datasets/datasetHandlers.js';
import { draftingHandlers } from '../drafting/draftingHandlers.js';
import { evidenceHandlers } from '../evidence/evidenceHandlers.js';
import { savedFileHandlers } from '../files/savedFileHandlers.js';
import { homeHandlers } from '../home/homeHandlers.js';
import { importHandlers } from '../imports/importHandlers.js';
import { applicationHandlers } from '../packs/applicationHandlers.js';
import { noticeHandlers } from '../packs/noticeHandlers.js';
import { packHandlers } from '../packs/packHandlers.js';
import { preferenceHandlers } from '../preferences/preferenceHandlers.js';
import { printerHandlers } from '../printer/printerHandlers.js';
import { renderHandlers } from '../render/renderHandlers.js';
import { schoolPackageHandlers } from '../schoolPackage/schoolPackageHandlers.js';
import { storeHandlers } from '../store/storeHandlers.js';
import type { Handlers } from './handlerTypes.js';
import { mergeHandlers } from './mergeHandlers.js';

/** Every call of the contract, implemented once. The type makes a missing handler a compile error. */
export const handlerTable: Handlers = mergeHandlers<Handlers>(
  storeHandlers,
  datasetHandlers,
  importHandlers,
  catalogueHandlers,
  evidenceHandlers,
  dashboardHandlers,
  bundleHandlers,
  renderHandlers,
  packHandlers,
  applicationHandlers,
  materialHandlers,
  parameterHandlers,
  schoolPackageHandlers,
  noticeHandlers,
  homeHandlers,
  preferenceHandlers,
  savedFileHandlers,
  printerHandlers,
  draftingHandlers,
);
