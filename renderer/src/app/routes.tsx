import type { ReactNode } from 'react';

import { ApplicationPage } from '../features/applications/ApplicationPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { BundleImportPage } from '../features/bundles/BundleImportPage';
import { SchoolPackagePage } from '../features/bundles/SchoolPackagePage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DATASET_PAGES } from '../features/datasets/datasetPageEntries';
import { DesignerPage } from '../features/designer/DesignerPage';
import { EvidencePage } from '../features/evidence/EvidencePage';
import { ImportBatchesPage } from '../features/imports/ImportBatchesPage';
import { NoticeLibraryPage } from '../features/notices/NoticeLibraryPage';
import { NoticePage } from '../features/notices/NoticePage';
import { HomePage } from '../features/welcome/HomePage';
import type { Route } from './appStore';

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
  { page: 'evidence', navLabel: '佐证材料', navGroup: '基础数据', render: () => <EvidencePage /> },
  { page: 'notices', navLabel: '通知库', navGroup: '通知与申报', render: () => <NoticeLibraryPage /> },
  {
    page: 'notice',
    navGroup: '通知与申报',
    render: (route) => <NoticePage key={String(route.packId)} packId={String(route.packId)} />,
  },
  {
    page: 'application',
    navGroup: '通知与申报',
    render: (route) => (
      <ApplicationPage key={Number(route.applicationId)} applicationId={Number(route.applicationId)} />
    ),
  },
  {
    page: 'designer',
    navGroup: '通知与申报',
    render: (route) => (
      <DesignerPage key={String(route.packId ?? 'new')} packId={route.packId ? String(route.packId) : undefined} />
    ),
  },
  { page: 'importBatches', navLabel: '导入记录', navGroup: '系统', render: () => <ImportBatchesPage /> },
  { page: 'catalogue', navLabel: '专业目录', navGroup: '系统', render: () => <CataloguePage /> },
  { page: 'bundleImport', navLabel: '导入申报材料包', navGroup: '系统', render: () => <BundleImportPage /> },
  { page: 'schoolPackage', navLabel: '学校数据包', navGroup: '系统', render: () => <SchoolPackagePage /> },
  { page: 'backups', navLabel: '备份与恢复', navGroup: '系统', render: () => <BackupsPage /> },
];
