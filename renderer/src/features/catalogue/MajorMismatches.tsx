import { useEffect, useState } from 'react';

import type { OutputOf } from '../../../../shared/api/contract';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';

type Mismatch = OutputOf<'catalogue/checkMajors'>['mismatches'][number];

/** 与目录不符的专业: 专业 rows whose code or name the loaded catalogue does not know. */
export function MajorMismatches({ years, version }: { years: number[]; version: number }) {
  const [year, setYear] = useState<number | ''>('');
  // The answer with the question it answers: a new year or version shows 检查中 until its own answer.
  const [answer, setAnswer] = useState<{ year: number | ''; version: number; list: Mismatch[] } | null>(null);
  const list = answer !== null && answer.year === year && answer.version === version ? answer.list : null;
  const { showError, go } = useAppStore();

  useEffect(() => {
    let live = true;
    api('catalogue/checkMajors', year === '' ? {} : { year }).then(
      (r) => live && setAnswer({ year, version, list: r.mismatches }),
      (e) => live && (setAnswer({ year, version, list: [] }), showError(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year, version]);

  return (
    <section className="cat-section" aria-label="与目录不符的专业">
      <div className="cat-row">
        <h2>与目录不符的专业{list ? `（${list.length} 个）` : ''}</h2>
        <select
          aria-label="核对年度"
          value={year}
          onChange={(e) => setYear(e.target.value ? Number(e.target.value) : '')}
        >
          <option value="">全部年度</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y} 年
            </option>
          ))}
        </select>
      </div>
      {!list ? (
        <p className="cat-muted">正在核对……</p>
      ) : !list.length ? (
        <p className="cat-muted">「专业」数据中的代码和名称都与专业目录一致。</p>
      ) : (
        <>
          <p className="cat-muted">
            申报表中的专业名称须与《职业教育专业目录》一致。请到「专业」数据中改正，或导入更新的目录。
          </p>
          <div className="cat-scroll">
            <table className="cat-table" aria-label="与目录不符的专业">
              <thead>
                <tr>
                  <th>年度</th>
                  <th>层次</th>
                  <th>专业代码</th>
                  <th>专业名称</th>
                  <th>问题</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={`${m.year}-${m.rowId}`}>
                    <td>{m.year}</td>
                    <td>{m.level}</td>
                    <td>{m.code}</td>
                    <td>{m.name}</td>
                    <td>{m.message}</td>
                    <td>
                      <button onClick={() => go({ page: 'dataset', dataset: 'majors' })}>去改正</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
