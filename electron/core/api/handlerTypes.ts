import type { CallName, OutputOf, ParsedInputOf } from '../../../shared/api/contract.js';
import type { AppContext } from '../appContext.js';

export type Handler<K extends CallName> = (
  input: ParsedInputOf<K>,
  ctx: AppContext,
) => OutputOf<K> | Promise<OutputOf<K>>;

type NamespaceOf<K> = K extends `${infer N}/${string}` ? N : never;
/** The part of a call name before '/': 'application' for 'application/rename'. */
export type Namespace = NamespaceOf<CallName>;
export type CallsIn<N extends Namespace> = Extract<CallName, `${N}/${string}`>;

/** Every handler of one namespace: a missing call, or one of another namespace, does not compile. */
export type NamespaceHandlers<N extends Namespace> = { [K in CallsIn<N>]: Handler<K> };

/**
 * Some of one namespace's handlers, kept in their own file of the namespace's folder and spread into
 * its NamespaceHandlers (K must be calls of N, so a part cannot smuggle in another namespace's call).
 */
export type NamespacePart<N extends Namespace, K extends CallsIn<N>> = { [P in K]: Handler<P> };

/** How dispatch finds a namespace's handlers: loaded on its first call, so a CLI command or the
 * window's first screen does not load Excel, Word or PDF code it does not use. */
export type HandlerLoaders = { [N in Namespace]: () => Promise<NamespaceHandlers<N>> };
