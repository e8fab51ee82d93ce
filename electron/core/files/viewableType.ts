/** What can be shown in the window (a 佐证 PDF in a frame, a photo inline), told by the file's first bytes, never its name. */
export type ViewableMime = 'application/pdf' | 'image/jpeg' | 'image/png';

export function viewableType(bytes: Uint8Array): ViewableMime | null {
  const b = bytes;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d)
    return 'application/pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length >= 8 && png.every((v, i) => b[i] === v)) return 'image/png';
  return null;
}

/**
 * Headers of a file shown in the window. The page's CSP is not sent: Chromium's PDF viewer is a plugin
 * that `object-src 'none'` would block; the type was told from the bytes and nosniff keeps it so.
 */
export function viewHeaders(type: string, size: number): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Length': String(size),
    'Content-Disposition': 'inline',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
  };
}
