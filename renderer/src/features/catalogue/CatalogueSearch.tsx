import { useState } from 'react';
import type { z } from 'zod';

import type { catalogueEntrySchema } from '../../../../shared/api/catalogueCalls';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';

type Entry = z.infer<typeof catalogueEntrySchema>;
const LEVELS = ['中职', '高职专科', '高职本科'] as const;

/** 查找专业: by code (digits) or by a part of the name, optionally in one level. */
export function CatalogueSearch() {
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState<(typeof LEVELS)[number] | ''>('');
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const showError = useAppStore((s) => s.showError);

  async function search() {
    const q = query.trim();
    if (!q) return;
    try {
      const byCode = /^\d+$/.test(q);
      const r = await api('catalogue/lookup', {
        ...(byCode ? { code: q } : { name: q }),
        ...(level ? { level } : {}),
        limit: 200,
      });
      setEntries(r.entries);
    } catch (e) {
      showError(e);
    }
  }

  return (
    <section className="cat-section" aria-label="查找专业">
      <h2>查找专业</h2>
      <form
        className="cat-row"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input
          aria-label="专业代码或名称"
          value={query}
          placeholder="专业代码（如 460305）或名称中的字"
          maxLength={50}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label="层次" value={level} onChange={(e) => setLevel(e.target.value as typeof level)}>
          <option value="">全部层次</option>
          {LEVELS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
        <button type="submit" disabled={!query.trim()}>
          查找
        </button>
      </form>
      {entries &&
        (entries.length ? (
          <div className="cat-scroll">
            <table className="cat-table" aria-label="查找结果">
              <thead>
                <tr>
                  <th>层次</th>
                  <th>专业代码</th>
                  <th>专业名称</th>
                  <th>专业大类</th>
                  <th>专业类</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={`${e.level}-${e.code}`}>
                    <td>{e.level}</td>
                    <td>{e.code}</td>
                    <td>{e.name}</td>
                    <td>
                      {e.categoryCode} {e.category}
                    </td>
                    <td>
                      {e.classCode} {e.className}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="cat-muted">目录中没有找到「{query.trim()}」。</p>
        ))}
    </section>
  );
}
