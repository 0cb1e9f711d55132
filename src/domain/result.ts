/**
 * The outcome of a check or parse that can fail for a reason a person must read.
 *
 * Domain functions return this instead of throwing so that callers (forms, importers, the
 * change-control screen) can show the message next to the field that caused it.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a readable error message as a failed {@link Result}. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
