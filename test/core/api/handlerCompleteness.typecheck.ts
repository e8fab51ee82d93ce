// Checked by `npm run typecheck` (part of npm test), not run: if the handler types stopped turning a
// missing handler or another namespace's handler into a compile error, these expectations would fail.
import type { NamespaceHandlers, NamespacePart } from '../../../electron/core/api/handlerTypes';

declare const overview: NamespaceHandlers<'home'>['home/overview'];
declare const status: NamespaceHandlers<'store'>['store/status'];

// @ts-expect-error a namespace's handlers without one of its calls
export const missing: NamespaceHandlers<'home'> = {};

// @ts-expect-error a call of another namespace among a namespace's handlers
export const extra: NamespaceHandlers<'home'> = { 'home/overview': overview, 'store/status': status };

// @ts-expect-error a part of one namespace claiming another namespace's call
export type Smuggled = NamespacePart<'home', 'store/status'>;

export const complete: NamespaceHandlers<'home'> = { 'home/overview': overview };
