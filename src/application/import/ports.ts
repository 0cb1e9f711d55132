import type { ImportJournal } from './journal';
import type { ImportOperation } from './operations';
import type { ExistingPlan } from './planImport';

/** The import run a write belongs to: every creation is keyed by it, see {@link importOperationKey}. */
export interface ImportRun {
  /** The journal's import id. */
  readonly importId: string;
}

/**
 * The operation key of one operation of an import run: the run's id and the operation's row and
 * position. It is stored with what the operation creates, so a write re-sent after a lost answer,
 * or a resume, finds what it already made instead of making it twice.
 */
export function importOperationKey(run: ImportRun, operation: Pick<ImportOperation, 'row' | 'seq'>): string {
  return `import:${run.importId}:row ${operation.row}:${operation.seq}`;
}

/**
 * Writes an import to storage. Every operation names its targets by code, and repeating one that
 * already took effect must be harmless (a create of a code that exists becomes an update), so an
 * interrupted import can be resumed from the first write not confirmed.
 */
export interface ImportWriter {
  /**
   * Writes operations of one step in order (adapters may batch them). Resolves when all are
   * written; rejects on the first failure, after which some of them may have been written.
   * Each creation carries the key {@link importOperationKey} gives it for `run`, so it is made
   * once however often it is sent (a fresh run id when `run` is absent).
   */
  write(operations: readonly ImportOperation[], run?: ImportRun): Promise<void>;
  /**
   * Undoes operations, in the order given: deletes what a create made (found by code) and puts
   * back the previous values of an update (a field it set for the first time is cleared).
   * Undoing something never written does nothing.
   */
  undo(operations: readonly ImportOperation[]): Promise<void>;
}

/** Keeps the journal of each import, with its operations, so it can be resumed from anywhere. */
export interface ImportJournalStore {
  /** Records a new import and the operations it will write. */
  create(journal: ImportJournal, operations: readonly ImportOperation[]): Promise<void>;
  /** Saves the journal's progress. */
  save(journal: ImportJournal): Promise<void>;
  /** The journal and operations of an import, if there is one with this id. */
  load(importId: string): Promise<{ journal: ImportJournal; operations: ImportOperation[] } | undefined>;
  /** Every journal, newest first. */
  list(): Promise<ImportJournal[]>;
}

/** What the import use cases need. */
export interface ImportDeps {
  readonly writer: ImportWriter;
  readonly journals: ImportJournalStore;
  /** The clock. */
  readonly now: () => Date;
  /** New import ids; random by default. */
  readonly newId?: () => string;
  /** Operations per write (default 20, one SharePoint batch). */
  readonly batchSize?: number;
  /** Told after every confirmed write, for a progress bar. */
  readonly onProgress?: (journal: ImportJournal) => void;
}

/**
 * What the app's import screen needs from its host: the plan as it stands (for the dry run) and
 * the adapters that write. Built by the host from src/data (PnPjs) or, in tests, in memory.
 */
export interface PlanImporter {
  /** The themes, workstreams and actions on the site, for the dry run to compare the file with. */
  readPlan(): Promise<ExistingPlan>;
  /** A writer for one run: each run starts from what is on the site now, not from an earlier run. */
  createWriter(): ImportWriter;
  /** The journals of every import, so an interrupted one is found and can be resumed. */
  readonly journals: ImportJournalStore;
}
