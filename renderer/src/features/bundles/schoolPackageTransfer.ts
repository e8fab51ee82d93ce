export function megabytes(n: number): string {
  if (n === 0) return '0 KB';
  return n < 1048576 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1048576).toFixed(1)} MB`;
}
