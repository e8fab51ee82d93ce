/** Joins feature handler parts into one table; a name registered twice is a programming error. */
export function mergeHandlers<T extends object>(...parts: object[]): T {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, fn] of Object.entries(part)) {
      if (name in out) throw new Error(`API handler registered twice: ${name}`);
      out[name] = fn;
    }
  }
  return out as T;
}
