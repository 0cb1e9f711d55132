import {
  describeImport,
  ImportBlockedError,
  ImportStateError,
  resumeImport,
  rollbackImport,
  startImport,
  type ImportDeps,
  type ImportJournal,
  type ImportJournalStore,
  type ImportOperation,
  type ImportPlan,
  type ImportWriter
} from '../../../src/application/import';

class MemoryJournals implements ImportJournalStore {
  public readonly saved = new Map<string, { journal: ImportJournal; operations: ImportOperation[] }>();
  public async create(journal: ImportJournal, operations: readonly ImportOperation[]): Promise<void> {
    this.saved.set(journal.importId, { journal, operations: JSON.parse(JSON.stringify(operations)) });
  }
  public async save(journal: ImportJournal): Promise<void> {
    const entry = this.saved.get(journal.importId);
    if (entry) entry.journal = journal;
  }
  public async load(importId: string) {
    return this.saved.get(importId);
  }
  public async list(): Promise<ImportJournal[]> {
    return [...this.saved.values()].map((e) => e.journal);
  }
}

/** Writes into a set of codes; fails once on the code given. */
class MemoryWriter implements ImportWriter {
  public readonly written: string[] = [];
  public constructor(private failOn?: string) {}
  public async write(operations: readonly ImportOperation[]): Promise<void> {
    for (const op of operations) {
      const code = op.kind === 'createAction' ? op.action.code : 'x';
      if (code === this.failOn) {
        this.failOn = undefined;
        throw new Error('SharePoint is busy (503)');
      }
      if (!this.written.includes(code)) this.written.push(code);
    }
  }
  public async undo(operations: readonly ImportOperation[]): Promise<void> {
    for (const op of operations) if (op.kind === 'createAction' && this.written.includes(op.action.code)) this.written.splice(this.written.indexOf(op.action.code), 1);
  }
}

const create = (seq: number, code: string, step = 2): ImportOperation => ({
  kind: 'createAction', seq, step, row: seq + 5,
  action: { code, title: code, kind: 'main', themeCode: 'LC', workstreamCode: 'LC.A', status: 'NotStarted', reprofileCount: 0 }
});
const operations = Array.from({ length: 7 }, (_, i) => create(i, `LC.A${i + 1}`, i < 4 ? 2 : 3));
const plan: ImportPlan = {
  fileName: 'plan.xlsx', problems: [], operations, canImport: true,
  summary: { rowsRead: 7, actionsToCreate: 7, actionsToUpdate: 0, actionsUnchanged: 0, themesToCreate: 0, workstreamsToCreate: 0, workstreamsToRename: 0, headingRowsSkipped: 0, errors: 0, warnings: 0 }
};

function deps(writer: ImportWriter, journals: ImportJournalStore): ImportDeps {
  return { writer, journals, now: () => new Date('2026-03-02T09:30:00Z'), newId: () => 'abc', batchSize: 3 };
}

describe('executing an import', () => {
  it('writes in batches of one step, stops at a failure saying where, and resumes from there', async () => {
    const journals = new MemoryJournals();
    const writer = new MemoryWriter('LC.A6');
    const stopped = await startImport(plan, deps(writer, journals), 'Jo Bloggs');
    expect(stopped.journal).toMatchObject({ status: 'stopped', done: 4, attempted: 7, stoppedAtRow: 9, lastError: 'SharePoint is busy (503)' });
    expect(stopped.message).toBe(
      'Import abc of plan.xlsx (started by Jo Bloggs on 2 Mar 2026) stopped at row 9 (write 5 of 7): SharePoint is busy (503). 4 of 7 writes are made, so the plan is only partly imported. Resume it to finish, or roll it back to undo it.'
    );
    const resumed = await resumeImport('abc', deps(writer, journals));
    expect(resumed.completed).toBe(true);
    expect(writer.written).toEqual(operations.map((o) => (o.kind === 'createAction' ? o.action.code : '')));
    await expect(resumeImport('abc', deps(writer, journals))).rejects.toBeInstanceOf(ImportStateError);
  });

  it('rolls back everything that may have been written, newest first', async () => {
    const journals = new MemoryJournals();
    const writer = new MemoryWriter('LC.A2');
    await startImport(plan, deps(writer, journals), 'Jo Bloggs');
    // The batch that failed was not transactional: its first part was written.
    expect(writer.written).toEqual(['LC.A1']);
    const rolled = await rollbackImport('abc', deps(writer, journals));
    expect(rolled.journal.status).toBe('rolledBack');
    expect(writer.written).toEqual([]);
    expect(describeImport(rolled.journal)).toBe('Import abc of plan.xlsx (started by Jo Bloggs on 2 Mar 2026) was rolled back: the plan is as it was before it.');
  });

  it('refuses a plan with errors', async () => {
    await expect(startImport({ ...plan, canImport: false, summary: { ...plan.summary, errors: 2 } }, deps(new MemoryWriter(), new MemoryJournals()), 'Jo')).rejects.toThrow(
      new ImportBlockedError(2).message
    );
  });
});
