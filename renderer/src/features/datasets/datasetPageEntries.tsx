import { DATASETS } from '../../../../shared/datasets/datasetRegistry';
import type { PageEntry } from '../../app/routes';
import { SchoolInfoPage } from '../school/SchoolInfoPage';
import { DatasetPage } from './DatasetPage';

/**
 * One navigator entry per data set under 基础数据, by its Chinese label, in registry order: the
 * school (single record) as the 基本信息 form, every other set as the generic grid page.
 */
export const DATASET_PAGES: PageEntry[] = DATASETS.map((d): PageEntry =>
  d.single
    ? { page: 'school', navLabel: d.label, navGroup: '基础数据', render: () => <SchoolInfoPage /> }
    : {
        page: 'dataset',
        navLabel: d.label,
        navGroup: '基础数据',
        navRoute: { page: 'dataset', dataset: d.name },
        render: (route) => <DatasetPage name={String(route.dataset ?? d.name)} />,
      },
);
