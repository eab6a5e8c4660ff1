/**
 * Stack traces off while React DOM starts, and back on after (reactDomClient.ts imports this
 * before React DOM and calls `errorStacksBack` right after it).
 *
 * React DOM's start-up makes a few Error objects at module level (the sentinels it throws and
 * catches inside itself to suspend; they are never shown). With an inspector attached (DevTools,
 * or the one Lighthouse's audit attaches) V8 records a detailed stack for every new Error, and to
 * give its frames a line it re-parses the function that made it: the wrapper around all of React
 * DOM's code, about 220 KB. That made React DOM's start-up ~17 ms of CPU under Lighthouse instead
 * of ~5 ms (issue 8: total blocking time counts 4× that, less 50 ms). While `Error.stackTraceLimit`
 * is not a number, V8 records no stack at all, inspector or not.
 */
const errors = Error as { stackTraceLimit?: unknown };
const limit = errors.stackTraceLimit;
errors.stackTraceLimit = undefined;

/** Puts the stack trace limit back as it was: the app's own errors keep their stacks. */
export function errorStacksBack(): void {
  errors.stackTraceLimit = limit;
}
