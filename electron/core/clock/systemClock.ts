/**
 * The PC's wall clock, read in this one place. Everything that needs today's date or a time stamp
 * takes it from the context (ctx.now, which defaults to this) or is handed a `now`, so tests and
 * the CLI can fix the date; the layer check refuses `new Date()` and `Date.now()` anywhere else.
 * Elapsed time (budgets, cache ages) is measured with performance.now(), which no clock change moves.
 */
export function systemClock(): Date {
  return new Date();
}
