import { useEffect, useState } from 'react';

import type { MaterialItem } from '../../../../shared/api/materialCalls';
import type { PackField } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { WordCount } from './WordCount';

interface Props {
  applicationId: number;
  field: PackField;
  current: string;
  onInsert: (text: string) => void;
  onClose: () => void;
}

/** 素材库: narratives written for earlier applications, found by a word, inserted into this narrative. */
export function MaterialLibrary({ applicationId, field, current, onInsert, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<MaterialItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      api('material/search', { query, wordLimit: field.wordLimit, excludeApplicationId: applicationId }).then(
        (r) => live && (setItems(r), setError(null)),
        (e) => live && setError(errorText(e)),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, field.wordLimit, applicationId]);

  return (
    <aside className="ml-panel" role="dialog" aria-label="素材库" data-testid="material-library">
      <div className="ml-head">
        <strong>素材库</strong>
        <span className="nl-muted">
          插入到「{field.label}」{field.wordLimit ? `（上限 ${field.wordLimit} 字）` : ''}
        </span>
        <button onClick={onClose}>关闭</button>
      </div>
      <input
        className="ml-search"
        autoFocus
        placeholder="输入关键词查找以前写过的文字，如「实训基地」"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {error && <div className="banner banner-error">{error}</div>}
      <div className="ml-list">
        {items?.length === 0 && <div className="nl-muted ml-empty">没有找到以前申报中写过的文字。</div>}
        {items?.map((m, i) => (
          <div key={`${m.applicationId}-${m.fieldKey}-${i}`} className="ml-item">
            <div className="ml-meta">
              <span className="ml-field">{m.fieldLabel}</span>
              <span className="nl-muted">
                {m.docNo} · {m.applicationTitle}
              </span>
            </div>
            <div className="ml-text">{m.text.length > 240 ? `${m.text.slice(0, 240)}…` : m.text}</div>
            <div className="ml-foot">
              <WordCount count={m.wordCount} limit={field.wordLimit} />
              <span className="ml-actions">
                <button onClick={() => onInsert(m.text)}>替换为此段</button>
                <button onClick={() => onInsert(current ? `${current}\n${m.text}` : m.text)} disabled={!current}>
                  追加到末尾
                </button>
              </span>
            </div>
          </div>
        ))}
      </div>
    </aside>
  );
}
