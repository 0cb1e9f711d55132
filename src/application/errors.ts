/**
 * Errors the application layer understands. Adapters translate platform failures (HTTP 412, 403,
 * 404) into these, so views can explain them in words without knowing about SharePoint.
 */

/** One problem with what a person entered, tied to the field it concerns. */
export interface ValidationProblem {
  /** The input field the message belongs to (for focus and aria-describedby). */
  field: string;
  /** A sentence a person understands, saying what to do. */
  message: string;
}

/** The input cannot be saved as it is; nothing was written. */
export class ValidationError extends Error {
  public readonly problems: readonly ValidationProblem[];
  public constructor(problems: readonly ValidationProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/**
 * Someone else saved the same record since it was read. Nothing was overwritten: the error holds
 * what this person tried to save and the record as it now stands, so both can be shown.
 */
export class ConflictError<TMine, TTheirs> extends Error {
  public readonly mine: TMine;
  public readonly theirs: TTheirs;
  /** Version token of `theirs`, to save again deliberately on top of it. */
  public readonly theirsVersion: string;
  public constructor(message: string, mine: TMine, theirs: TTheirs, theirsVersion: string) {
    super(message);
    this.name = 'ConflictError';
    this.mine = mine;
    this.theirs = theirs;
    this.theirsVersion = theirsVersion;
  }
}

/** The signed-in person may not do this (SharePoint refused it). */
export class PermissionDeniedError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'PermissionDeniedError';
  }
}

/** The record no longer exists (deleted since it was read, or a stale link). */
export class NotFoundError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * SharePoint may have carried the write out, but its answer never arrived and reading the record
 * back did not settle it either (the connection is still down). Doing the same write again with
 * the same operation key is safe: if the first one happened, it is recognised, not repeated.
 */
export class AnswerLostError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'AnswerLostError';
  }
}

/** True when `error` is a {@link ConflictError}, whatever its payload types. */
export function isConflict(error: unknown): error is ConflictError<unknown, unknown> {
  return error instanceof ConflictError;
}
