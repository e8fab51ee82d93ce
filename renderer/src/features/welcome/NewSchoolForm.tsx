import './welcome.css';

import { useState } from 'react';

import { EDUCATION_LEVELS, type EducationLevel } from '../../../../shared/school/educationLevels';
import { checkCreditCode } from '../../../../shared/validation/creditCode';

export interface NewSchool {
  schoolName: string;
  educationLevel: EducationLevel;
  creditCode: string;
}

/** What the notices are chosen by: a 中职 school is not offered notices for 高职 only. */
const LEVEL_HINT: Record<EducationLevel, string> = {
  中职: '中等职业学校、技工学校',
  '高职（专科）': '高等职业学校（专科层次）',
  '高职（本科）': '职业本科学校',
  本科: '普通本科高校',
};

/**
 * The three facts a new school gives on first run: its name, its 办学层次 (which decides the notices
 * open to it) and its 统一社会信用代码, whose check digit is verified as it is typed.
 */
export function NewSchoolForm({ busy, onCreate }: { busy: boolean; onCreate: (s: NewSchool) => void }) {
  const [name, setName] = useState('');
  const [level, setLevel] = useState<EducationLevel | ''>('');
  const [code, setCode] = useState('');
  const [codeTouched, setCodeTouched] = useState(false);
  const [tried, setTried] = useState(false);

  const codeCheck = code.trim() ? checkCreditCode(code) : null;
  const codeError =
    (codeTouched || tried || code.replace(/\s+/g, '').length >= 18) && codeCheck && !codeCheck.ok
      ? codeCheck.message
      : tried && !code.trim()
        ? '请填写统一社会信用代码（18 位，见学校的事业单位法人证书）'
        : null;
  const nameError = tried && !name.trim() ? '请填写学校名称' : null;
  const levelError = tried && !level ? '请选择办学层次' : null;

  function submit() {
    setTried(true);
    if (!name.trim() || !level || !codeCheck?.ok) return;
    onCreate({ schoolName: name.trim(), educationLevel: level, creditCode: codeCheck.code });
  }

  return (
    <form
      className="welcome-form"
      aria-label="新建学校"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <label>
        学校名称
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="如：河南某某职业技术学院"
          maxLength={100}
          aria-invalid={!!nameError}
        />
        {nameError && <span className="welcome-error">{nameError}</span>}
      </label>
      <fieldset className="welcome-levels" aria-invalid={!!levelError}>
        <legend>办学层次</legend>
        {EDUCATION_LEVELS.map((l) => (
          <label key={l} className={level === l ? 'welcome-level chosen' : 'welcome-level'} title={LEVEL_HINT[l]}>
            <input type="radio" name="educationLevel" value={l} checked={level === l} onChange={() => setLevel(l)} />
            {l}
          </label>
        ))}
        <span className="welcome-hint">首页按办学层次列出面向本校的通知。</span>
        {levelError && <span className="welcome-error">{levelError}</span>}
      </fieldset>
      <label>
        统一社会信用代码
        <input
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          onBlur={() => setCodeTouched(true)}
          placeholder="18 位，如 12410000MB1A2C3D4X"
          maxLength={24}
          aria-invalid={!!codeError}
          data-testid="credit-code"
        />
        {codeError ? (
          <span className="welcome-error" role="alert" data-testid="credit-code-error">
            {codeError}
          </span>
        ) : (
          codeCheck?.ok && <span className="welcome-ok">校验码正确</span>
        )}
      </label>
      <button type="submit" className="primary" disabled={busy}>
        新建学校
      </button>
    </form>
  );
}
