import type { CallName, OutputOf, ParsedInputOf } from '../../../shared/api/contract.js';
import type { AppContext } from '../appContext.js';

export type Handler<K extends CallName> = (
  input: ParsedInputOf<K>,
  ctx: AppContext,
) => OutputOf<K> | Promise<OutputOf<K>>;

/** A feature's part of the table: `export const schoolHandlers: HandlersFor<'school/get' | …> = {…}`. */
export type HandlersFor<K extends CallName> = { [P in K]: Handler<P> };

export type Handlers = HandlersFor<CallName>;
