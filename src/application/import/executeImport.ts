import { describeImport, ImportBlockedError, ImportStateError, IncompleteImportError, isImportIncomplete, type ImportJournal } from './journal';
import type { ImportOperation } from './operations';
import type { ImportPlan } from './planImport';
import type { ImportDeps } from './ports';

/** How an import run ended. */
export interface ImportOutcome {
  /** The journal as last saved. */
  readonly journal: ImportJournal;
  /** True when every write was made. */
  readonly completed: boolean;
  /** The state in a sentence (see `describeImport`). */
  readonly message: string;
}

const DEFAULT_BATCH = 20;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The next batch from `start`: operations of one step only, so nothing waits on its own batch. */
function nextBatch(operations: readonly ImportOperation[], start: number, size: number): ImportOperation[] {
  const batch: ImportOperation[] = [];
  for (let i = start; i < operations.length && batch.length < size; i += 1) {
    if (batch.length > 0 && operations[i].step !== batch[0].step) break;
    batch.push(operations[i]);
  }
  return batch;
}

/**
 * Writes `operations` from `journal.done` onwards, in order and in batches of one step, saving
 * the journal after every confirmed batch. A failed write stops the run with the journal saying
 * which row it stopped at, so {@link resumeImport} can continue from exactly there (writes are
 * safe to repeat) or {@link rollbackImport} can undo it.
 *
 * SharePoint has no transactions across items, so "everything or nothing" is kept by this
 * journal rather than by the store: a part-imported plan is never silent.
 */
export async function executeImport(operations: readonly ImportOperation[], deps: ImportDeps, journal: ImportJournal): Promise<ImportOutcome> {
  let current: ImportJournal = { ...journal, status: 'running' };
  const size = deps.batchSize ?? DEFAULT_BATCH;
  while (current.done < operations.length) {
    const batch = nextBatch(operations, current.done, size);
    current = { ...current, attempted: current.done + batch.length, updatedAt: deps.now().toISOString() };
    try {
      await deps.writer.write(batch, { importId: current.importId });
    } catch (error) {
      current = { ...current, status: 'stopped', lastError: errorText(error), stoppedAtRow: batch[0].row, updatedAt: deps.now().toISOString() };
      await deps.journals.save(current);
      return { journal: current, completed: false, message: describeImport(current) };
    }
    const done = current.done + batch.length;
    const { lastError, stoppedAtRow, ...rest } = current;
    current = { ...rest, done, status: done === operations.length ? 'completed' : 'running', updatedAt: deps.now().toISOString() };
    await deps.journals.save(current);
    deps.onProgress?.(current);
  }
  if (current.status !== 'completed') {
    current = { ...current, status: 'completed', updatedAt: deps.now().toISOString() };
    await deps.journals.save(current);
  }
  return { journal: current, completed: true, message: describeImport(current) };
}

/** The incomplete imports (stopped, or never finished), newest first: show them until dealt with. */
export async function findIncompleteImports(deps: Pick<ImportDeps, 'journals'>): Promise<ImportJournal[]> {
  return (await deps.journals.list()).filter(isImportIncomplete);
}

function randomId(): string {
  return Math.random().toString(36).slice(2, 8);
}

/**
 * Starts an import the dry run passed: refuses when it found errors or when an earlier import is
 * still incomplete, records the journal and operations, then writes (see {@link executeImport}).
 * @throws ImportBlockedError when the plan has errors (nothing written)
 * @throws IncompleteImportError when an earlier import must be resumed or rolled back first
 */
export async function startImport(plan: ImportPlan, deps: ImportDeps, startedBy: string): Promise<ImportOutcome> {
  if (!plan.canImport) throw new ImportBlockedError(plan.summary.errors);
  const [incomplete] = await findIncompleteImports(deps);
  if (incomplete) throw new IncompleteImportError(incomplete);
  const now = deps.now().toISOString();
  const journal: ImportJournal = {
    importId: (deps.newId ?? randomId)(),
    fileName: plan.fileName,
    startedAt: now,
    startedBy,
    total: plan.operations.length,
    done: 0,
    attempted: 0,
    status: 'running',
    updatedAt: now
  };
  await deps.journals.create(journal, plan.operations);
  return executeImport(plan.operations, deps, journal);
}

async function loadIncomplete(importId: string, deps: ImportDeps, verb: string): Promise<{ journal: ImportJournal; operations: ImportOperation[] }> {
  const found = await deps.journals.load(importId);
  if (!found) throw new ImportStateError(`There is no import ${importId} to ${verb}.`);
  if (!isImportIncomplete(found.journal)) throw new ImportStateError(`${describeImport(found.journal)} There is nothing to ${verb}.`);
  return found;
}

/** Continues a stopped (or abandoned) import from the first write not confirmed. */
export async function resumeImport(importId: string, deps: ImportDeps): Promise<ImportOutcome> {
  const { journal, operations } = await loadIncomplete(importId, deps, 'resume');
  return executeImport(operations, deps, journal);
}

/**
 * Undoes an incomplete import: every write that may have happened (including the batch that
 * failed), newest first. Safe to repeat if it is itself interrupted.
 */
export async function rollbackImport(importId: string, deps: ImportDeps): Promise<ImportOutcome> {
  const { journal, operations } = await loadIncomplete(importId, deps, 'roll back');
  const made = operations.slice(0, Math.max(journal.attempted, journal.done)).reverse();
  try {
    await deps.writer.undo(made);
  } catch (error) {
    const stopped: ImportJournal = { ...journal, status: 'stopped', lastError: `the roll back failed (${errorText(error)}); try it again`, updatedAt: deps.now().toISOString() };
    await deps.journals.save(stopped);
    return { journal: stopped, completed: false, message: describeImport(stopped) };
  }
  const rolledBack: ImportJournal = { ...journal, status: 'rolledBack', done: 0, attempted: 0, updatedAt: deps.now().toISOString() };
  await deps.journals.save(rolledBack);
  return { journal: rolledBack, completed: false, message: describeImport(rolledBack) };
}
