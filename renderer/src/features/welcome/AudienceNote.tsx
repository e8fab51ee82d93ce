import { useEffect, useState } from 'react';

import { openToText, packAudience } from '../../../../shared/packs/packAudience';
import { api } from '../../api/apiClient';

/**
 * Whom a notice is for (its pack's openTo) against this school's 办学层次: a 中职 school opening
 * 346号 is told plainly that the notice is not for it, before it fills anything in.
 */
export function AudienceNote({ openTo }: { openTo?: readonly string[] }) {
  const [level, setLevel] = useState<string | null>(null);
  useEffect(() => {
    if (!openTo?.length) return;
    api('dataset/list', { dataset: 'school' }).then(
      (r) => setLevel(String(r.rows[0]?.educationLevel ?? '')),
      () => setLevel(''),
    );
  }, [openTo]);
  if (!openTo?.length || level === null) return null;
  const audience = packAudience({ openTo }, level);
  const whom = `本通知面向${openToText(openTo)}`;
  if (audience === 'closed')
    return (
      <div className="banner banner-warn" role="note" data-testid="audience-note">
        {whom}；本校办学层次为「{level}」，不在申报范围。
      </div>
    );
  return (
    <p className="nl-muted" data-testid="audience-note">
      {whom}
      {audience === 'unknown' ? '；本校尚未填写办学层次（在「学校基本信息」中填写）。' : '。'}
    </p>
  );
}
