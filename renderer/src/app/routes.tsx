import type { ReactNode } from 'react';
import type { Route } from './appStore';
import { HomePage } from '../features/welcome/HomePage';

/** One entry per page; the navigator and App read this table. Add a feature's pages here. */
export interface PageEntry {
  page: string;
  /** Navigator label; pages without one are reached from other pages only. */
  navLabel?: string;
  navGroup?: '概览' | '基础数据' | '通知与申报' | '系统';
  render(route: Route): ReactNode;
}

export const PAGES: PageEntry[] = [{ page: 'home', navLabel: '首页', navGroup: '概览', render: () => <HomePage /> }];
