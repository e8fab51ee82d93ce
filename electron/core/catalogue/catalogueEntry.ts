import type { MAJOR_LEVELS } from '../../../shared/datasets/majorsDataset.js';

export type MajorLevel = (typeof MAJOR_LEVELS)[number];

/** One 专业 of the 职业教育专业目录. */
export interface CatalogueEntry {
  level: MajorLevel;
  code: string;
  name: string;
  categoryCode: string;
  category: string;
  classCode: string;
  className: string;
}

/** Six digits, with the K of a 国家控制专业 (520101K). */
export const MAJOR_CODE_PATTERN = /^\d{6}K?$/;

/** Parses the shipped TSV (level, code, name, category_code, category, class_code, class). */
export function parseCatalogueTsv(text: string): CatalogueEntry[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines.shift()?.split('\t') ?? [];
  if (header.join(',') !== 'level,code,name,category_code,category,class_code,class')
    throw new Error('专业目录文件的表头不正确');
  return lines.map((line) => {
    const [level, code, name, categoryCode, category, classCode, className] = line.split('\t');
    return { level: level as MajorLevel, code, name, categoryCode, category, classCode, className };
  });
}
