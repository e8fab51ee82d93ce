import type { ReactNode } from 'react';
import type { Route } from './appStore';
import { HomePage } from '../features/welcome/HomePage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DATASET_PAGES } from '../features/datasets/datasetPageEntries';
import { ImportBatchesPage } from '../features/imports/ImportBatchesPage';

/** One entry per page; the navigator and App read this table. Add a feature's pages here. */
export interface PageEntry {
  page: string;
  /** Navigator label; pages without one are reached from other pages only. */
  navLabel?: string;
  navGroup?: '概览' | '基础数据' | '通知与申报' | '系统';
  /** Where the navigator item goes when the page takes parameters (e.g. { page: 'dataset', dataset: 'teachers' }). */
  navRoute?: Route;
  render(route: Route): ReactNode;
}

export const PAGES: PageEntry[] = [
  { page: 'home', navLabel: '首页', navGroup: '概览', render: () => <HomePage /> },
  { page: 'dashboard', navLabel: '数据概览', navGroup: '概览', render: () => <DashboardPage /> },
  ...DATASET_PAGES,
  { page: 'importBatches', navLabel: '导入记录', navGroup: '系统', render: () => <ImportBatchesPage /> },
];
