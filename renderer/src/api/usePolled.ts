import { useEffect, useState } from 'react';

/**
 * Asks `poll` every `intervalMs` while `key` is set (a running export or import) and keeps its
 * latest non-null answer; one request at a time, so a slow answer never piles up behind the work.
 * Cleared when `key` changes or becomes null: an answer is kept with the key it answers, and only
 * the current key's answer is returned.
 */
export function usePolled<T>(
  key: string | number | null,
  poll: (key: string | number) => Promise<T | null>,
  intervalMs: number,
  immediately = false,
): T | null {
  const [answer, setAnswer] = useState<{ key: string | number; value: T } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let alive = true;
    let inFlight = false;
    const tick = () => {
      if (inFlight) return;
      inFlight = true;
      poll(key)
        .then((v) => alive && v !== null && setAnswer({ key, value: v }))
        .catch(() => undefined)
        .finally(() => (inFlight = false));
    };
    if (immediately) tick();
    const timer = setInterval(tick, intervalMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
    // `poll` is a plain function of the key: a new one each render must not restart the timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, intervalMs]);
  return answer !== null && answer.key === key ? answer.value : null;
}
