import { useState } from 'react';

import type { PackField } from '../../../../shared/packs/packSchema';
import { countWordChars } from '../../../../shared/validation/countWordChars';
import { WordCount } from './WordCount';

interface Props {
  id: string;
  def: PackField;
  value: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  onOpenMaterial: () => void;
}

/** A narrative box with its live Word 字数 against the limit and the 素材库 to reuse earlier texts. */
export function NarrativeInput({ id, def, value, onChange, onBlur, onOpenMaterial }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const count = countWordChars(text);
  const over = def.wordLimit !== undefined && count > def.wordLimit;
  const rows = Math.min(18, Math.max(4, Math.ceil(text.length / 38) + 1));
  return (
    <div className="fe-narrative">
      <textarea
        id={id}
        className={over ? 'invalid' : undefined}
        rows={rows}
        value={text}
        placeholder={def.placeholder ?? '在此输入，或从素材库插入以前写过的文字'}
        onFocus={() => setDraft(value)}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={() => {
          setDraft(null);
          onBlur();
        }}
      />
      <div className="fe-narrative-foot">
        <WordCount count={count} limit={def.wordLimit} />
        {over && (
          <span className="fe-warn" role="alert">
            超出字数上限，请删减
          </span>
        )}
        <button type="button" className="link" onClick={onOpenMaterial}>
          素材库…
        </button>
      </div>
    </div>
  );
}
