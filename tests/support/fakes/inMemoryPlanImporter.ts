import type { ImportJournal } from '../../../src/application/import/journal';
import type { ImportOperation } from '../../../src/application/import/operations';
import type { ExistingPlan } from '../../../src/application/import/planImport';
import type { ImportJournalStore, ImportWriter, PlanImporter } from '../../../src/application/import/ports';

/** What the in-memory importer starts with. */
export interface InMemoryImporterSeed {
  /** The plan the dry run compares the file with. */
  plan: ExistingPlan;
  /** Journals already stored (an interrupted import, say), with their operations. */
  journals?: ReadonlyArray<{ journal: ImportJournal; operations: readonly ImportOperation[] }>;
  /** Milliseconds every write waits, so progress can be seen. */
  latencyMs?: number;
}

/** The in-memory import ports plus the handles tests use to steer them. */
export interface InMemoryPlanImporter extends PlanImporter {
  /** Every operation written so far, in order. */
  readonly written: readonly ImportOperation[];
  /** Every operation undone so far, in order. */
  readonly undone: readonly ImportOperation[];
  /** Makes writes fail with `error` once `operations` more operations have been written. */
  failWritesAfter(operations: number, error: Error): void;
  /** Makes the next `readPlan` fail. */
  failNextRead(error: Error): void;
}

const pause = (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** Import ports held in memory, for component tests: records what it writes instead of writing. */
export function createInMemoryPlanImporter(seed: InMemoryImporterSeed): InMemoryPlanImporter {
  const written: ImportOperation[] = [];
  const undone: ImportOperation[] = [];
  const stored = new Map<string, { journal: ImportJournal; operations: ImportOperation[] }>();
  for (const j of seed.journals ?? []) stored.set(j.journal.importId, { journal: j.journal, operations: [...j.operations] });
  let failure: { after: number; error: Error } | undefined;
  let readFailure: Error | undefined;
  const latency = seed.latencyMs ?? 0;

  const writer: ImportWriter = {
    async write(operations) {
      await pause(latency);
      if (failure && operations.length > failure.after) {
        written.push(...operations.slice(0, failure.after));
        const { error } = failure;
        failure = undefined;
        throw error;
      }
      if (failure) failure = { ...failure, after: failure.after - operations.length };
      written.push(...operations);
    },
    async undo(operations) {
      await pause(latency);
      undone.push(...operations);
    }
  };

  const journals: ImportJournalStore = {
    async create(journal, operations) {
      stored.set(journal.importId, { journal, operations: [...operations] });
    },
    async save(journal) {
      const found = stored.get(journal.importId);
      if (!found) throw new Error(`There is no journal for import ${journal.importId}.`);
      stored.set(journal.importId, { ...found, journal });
    },
    async load(importId) {
      const found = stored.get(importId);
      return found ? { journal: found.journal, operations: [...found.operations] } : undefined;
    },
    async list() {
      return [...stored.values()].map((s) => s.journal).sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
    }
  };

  return {
    async readPlan() {
      await pause(latency);
      if (readFailure) {
        const error = readFailure;
        readFailure = undefined;
        throw error;
      }
      return seed.plan;
    },
    createWriter: () => writer,
    journals,
    written,
    undone,
    failWritesAfter(operations, error) {
      failure = { after: operations, error };
    },
    failNextRead(error) {
      readFailure = error;
    }
  };
}
