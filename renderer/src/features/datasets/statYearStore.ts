// The 统计年度 the data pages show, chosen once in the top bar (as the 状态数据平台's 采集年度 is)
// and remembered for this school's database across visits and restarts.
import { create } from 'zustand';

import { api } from '../../api/apiClient';

interface StatYearState {
  /** Years that hold data, ascending (plus any the user added this session). */
  years: number[];
  year: number | undefined;
  /** Which database the choice belongs to (remembered per school). */
  place: string;
  load: (place: string) => Promise<void>;
  choose: (year: number) => void;
  /** A year with no data yet (添加年度), chosen at once. */
  add: (year: number) => void;
}

const KEY = 'shenbaotong.statYear';

function remembered(place: string): number | undefined {
  try {
    const all = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const y = all[place];
    return typeof y === 'number' ? y : undefined;
  } catch {
    return undefined;
  }
}

function remember(place: string, year: number): void {
  try {
    const all = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Record<string, number>;
    window.localStorage.setItem(KEY, JSON.stringify({ ...all, [place]: year }));
  } catch {
    // Storage full or disabled: the choice then lasts for this session only.
  }
}

async function yearsWithData(): Promise<number[]> {
  try {
    return (await api('dashboard/figures', {})).years.map((y) => y.year);
  } catch {
    return [];
  }
}

export const useStatYear = create<StatYearState>((set, get) => ({
  years: [],
  year: undefined,
  place: '',
  async load(place) {
    const found = await yearsWithData();
    const years = found.length ? [...new Set(found)].sort((a, b) => a - b) : [new Date().getFullYear() - 1];
    const kept = remembered(place);
    const mine = kept !== undefined && get().place === place ? [...get().years] : [];
    const all = [...new Set([...years, ...mine, ...(kept !== undefined ? [kept] : [])])].sort((a, b) => a - b);
    set({ years: all, place, year: kept ?? years[years.length - 1] });
  },
  choose(year) {
    remember(get().place, year);
    set({ year });
  },
  add(year) {
    const years = [...new Set([...get().years, year])].sort((a, b) => a - b);
    remember(get().place, year);
    set({ years, year });
  },
}));
