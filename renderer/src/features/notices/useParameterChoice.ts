import { useEffect, useState } from 'react';

import type { ParamValue } from '../../../../shared/packs/packSchema';
import type { ResolvedParameters } from '../../../../shared/packs/resolveParameters';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';

/** The parameters the user is choosing for a new application, with options from the base data. */
export function useParameterChoice(packId: string, enabled: boolean) {
  const [given, setGiven] = useState<Record<string, ParamValue>>({});
  const [resolved, setResolved] = useState<ResolvedParameters | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api('pack/parameterOptions', { packId, params: given }).then(
      (r) => live && (setResolved(r), setError(null)),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [packId, given, enabled]);
  return {
    resolved,
    error,
    setParam: (key: string, value: ParamValue) => setGiven((g) => ({ ...g, [key]: value })),
  };
}
