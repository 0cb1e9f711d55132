import { formatUkDate, londonDateTime } from '../../domain';

/**
 * Where an import stands.
 * - `running`: being written (or the window writing it was closed: see {@link isImportIncomplete}).
 * - `stopped`: a write failed; the plan is partly imported until it is resumed or rolled back.
 * - `completed`: every write made.
 * - `rolledBack`: the writes made were undone.
 */
export type ImportStatus = 'running' | 'stopped' | 'completed' | 'rolledBack';

/** The journal of one import: enough to say where it stopped, and to resume or undo it. */
export interface ImportJournal {
  readonly importId: string;
  readonly fileName: string;
  /** ISO instant it started. */
  readonly startedAt: string;
  /** Who started it (display name or login). */
  readonly startedBy: string;
  /** Number of operations. */
  readonly total: number;
  /** Operations confirmed written, from the start: the import resumes at this index. */
  readonly done: number;
  /** End (exclusive) of the last batch attempted: writes up to here may have happened. */
  readonly attempted: number;
  readonly status: ImportStatus;
  /** ISO instant of the last change to the journal. */
  readonly updatedAt: string;
  /** Why it stopped, in words. */
  readonly lastError?: string;
  /** Spreadsheet row of the first operation not confirmed. */
  readonly stoppedAtRow?: number;
}

/** Does the import leave the plan part-imported (stopped, or running with no one finishing it)? */
export function isImportIncomplete(journal: ImportJournal): boolean {
  return journal.status === 'running' || journal.status === 'stopped';
}

/**
 * The journal in a sentence for the banner the programme office sees, e.g. "Import 3f9c of
 * eastmere-plan.xlsx stopped at row 57 (write 80 of 230) ... Resume it or roll it back."
 */
export function describeImport(journal: ImportJournal): string {
  const name = `Import ${journal.importId} of ${journal.fileName}`;
  const started = `started by ${journal.startedBy} on ${formatUkDate(londonDateTime(new Date(journal.startedAt)).slice(0, 10))}`;
  switch (journal.status) {
    case 'completed':
      return `${name} (${started}) finished: all ${journal.total} writes made.`;
    case 'rolledBack':
      return `${name} (${started}) was rolled back: the plan is as it was before it.`;
    default: {
      const where = journal.stoppedAtRow !== undefined ? `row ${journal.stoppedAtRow} (write ${journal.done + 1} of ${journal.total})` : `write ${journal.done + 1} of ${journal.total}`;
      const verb = journal.status === 'stopped' ? 'stopped at' : 'has not finished: it was last at';
      const why = journal.lastError ? `: ${journal.lastError}` : '';
      return `${name} (${started}) ${verb} ${where}${why}. ${journal.done} of ${journal.total} writes are made, so the plan is only partly imported. Resume it to finish, or roll it back to undo it.`;
    }
  }
}

/** An import cannot start because the dry run found errors. */
export class ImportBlockedError extends Error {
  public constructor(errors: number) {
    super(`The file has ${errors} error${errors === 1 ? '' : 's'}. Fix ${errors === 1 ? 'it' : 'them'} in the file and run the dry run again: nothing was imported.`);
    this.name = 'ImportBlockedError';
  }
}

/** An earlier import is incomplete: it must be resumed or rolled back first. */
export class IncompleteImportError extends Error {
  public readonly journal: ImportJournal;
  public constructor(journal: ImportJournal) {
    super(`${describeImport(journal)} A new import cannot start until then.`);
    this.name = 'IncompleteImportError';
    this.journal = journal;
  }
}

/** The import asked for does not exist, or cannot be resumed or rolled back in its state. */
export class ImportStateError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ImportStateError';
  }
}
