/** setWindowOpenHandler: the app never opens a second window from page content (window.open, target=_blank). */
export function windowOpenDecision(_details: { url: string }): { action: 'deny' } {
  return { action: 'deny' };
}
