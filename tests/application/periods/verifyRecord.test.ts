import {
  describeRecordCheck,
  recordHashOf,
  SnapshotCorruptError,
  verifyRecord,
  type ClosedPeriod,
  type RecordCheck,
  type SealedPeriod,
  type SnapshotStore,
  type StoredSeal,
  type StoredSnapshot
} from '../../../src/application/periods';
import { createInMemoryReporting } from '../../support/fakes/inMemoryReporting';
import { priya, samplePlan } from '../../ui/support/fixtures';
import { closedSnapshot, sampleSnapshots } from '../../ui/support/reportingFixtures';

/** A store that hands back exactly the parts and seals a test sets up. */
class ScriptedStore implements SnapshotStore {
  public constructor(private readonly entries: Array<{ stored: StoredSnapshot | Error; seals: StoredSeal[]; listed?: ClosedPeriod }>) {}
  public async listClosedPeriods(): Promise<ClosedPeriod[]> {
    return (await this.listSeals()).map((s) => s.period);
  }
  public async loadSnapshot(periodId: string): Promise<StoredSnapshot | undefined> {
    const entry = this.entries.find((e) => this.periodOf(e).periodId === periodId);
    if (entry?.stored instanceof Error) throw entry.stored;
    return entry?.stored;
  }
  public async saveSnapshot(): Promise<void> {
    throw new Error('Not used here.');
  }
  public async listSeals(): Promise<SealedPeriod[]> {
    return this.entries.map((e) => ({ period: this.periodOf(e), seals: e.seals }));
  }
  private periodOf(e: { stored: StoredSnapshot | Error; listed?: ClosedPeriod }): ClosedPeriod {
    return e.listed ?? (e.stored as StoredSnapshot).period;
  }
}

const plan = samplePlan();
const september = closedSnapshot(plan, '2026-09', '2026-10-01T09:00:00.000Z');
const october = closedSnapshot(plan, '2026-10', '2026-11-03T09:00:00.000Z');
const november = closedSnapshot(plan, '2026-11', '2026-12-02T09:00:00.000Z');

async function chain(...snapshots: StoredSnapshot[]): Promise<Array<{ stored: StoredSnapshot; seals: StoredSeal[] }>> {
  const out: Array<{ stored: StoredSnapshot; seals: StoredSeal[] }> = [];
  let previousHash = '';
  for (const stored of snapshots) {
    const recordHash = await recordHashOf(stored, previousHash);
    out.push({ stored, seals: [{ recordHash, ...(previousHash ? { previousHash } : {}) }, { recordHash, ...(previousHash ? { previousHash } : {}) }] });
    previousHash = recordHash;
  }
  return out;
}

const check = (entries: ConstructorParameters<typeof ScriptedStore>[0]): Promise<RecordCheck> => verifyRecord({ snapshots: new ScriptedStore(entries) });

describe('verifying the record of closed periods', () => {
  it('verifies periods closed through the app, chained in closing order', async () => {
    const reporting = createInMemoryReporting({ loadPlan: async () => plan, snapshots: sampleSnapshots(plan).slice(0, 1) });
    await reporting.closePeriod({ periodId: '2026-10', closedBy: priya, now: new Date('2026-11-03T09:00:00Z') });
    await reporting.closePeriod({ periodId: '2026-11', closedBy: priya, now: new Date('2026-11-23T09:00:00Z') });
    const result = await reporting.verifyRecord();
    expect(result).toMatchObject({ status: 'verified', periods: 2, latest: { periodId: '2026-11' }, closedBeforeSealing: [{ periodId: '2026-09' }] });
    expect(describeRecordCheck(result)).toEqual({
      tone: 'verified',
      headline: 'Record verified: 2 closed periods match what was closed.',
      explanation: 'September 2026 was closed before the record was sealed, so it cannot be checked.'
    });

    reporting.alterSnapshot('2026-10', (s) => ({ ...s, snapshot: { ...s.snapshot, actions: s.snapshot.actions.slice(1) } }));
    const altered = await reporting.verifyRecord();
    expect(altered).toMatchObject({ status: 'broken', problem: 'contentChanged', period: { periodId: '2026-10' } });
    expect(describeRecordCheck(altered).headline).toBe('The record of October 2026 no longer matches what was closed on 3 November 2026.');
  });

  it('says when there is nothing to check, and when nothing has been sealed yet', async () => {
    expect(describeRecordCheck(await check([]))).toEqual({ tone: 'notice', headline: 'No period has been closed yet, so there is no record to check.' });
    const legacy = await check([{ stored: september, seals: [{}, {}] }, { stored: october, seals: [{}] }]);
    expect(legacy).toEqual({ status: 'notYetSealed', closedBeforeSealing: [september.period, october.period] });
    expect(describeRecordCheck(legacy).explanation).toBe(
      'September 2026 and October 2026 were closed before the record was sealed, so they cannot be checked. Each period closed from now on is sealed and chained to the one before it.'
    );
  });

  it('verifies one sealed period in words', async () => {
    const result = await check(await chain(october));
    expect(describeRecordCheck(result)).toEqual({ tone: 'verified', headline: 'Record verified: 1 closed period matches what was closed.' });
  });

  it('names a period whose parts carry different seals, or whose snapshot cannot be read or disagrees with the list', async () => {
    const [sep, oct] = await chain(september, october);
    expect(await check([sep, { ...oct, seals: [oct.seals[0], { recordHash: 'f'.repeat(64), previousHash: oct.seals[0].previousHash }] }])).toMatchObject({
      status: 'broken',
      problem: 'contentChanged',
      period: { periodId: '2026-10' },
      previous: { periodId: '2026-09' },
      detail: 'Its stored parts carry different seals.'
    });
    expect(await check([sep, { ...oct, seals: [oct.seals[0], {}] }])).toMatchObject({ problem: 'contentChanged', period: { periodId: '2026-10' } });
    const corrupt = await check([{ stored: new SnapshotCorruptError('2026-09', 'it is not valid JSON.'), listed: september.period, seals: sep.seals }]);
    expect(corrupt).toMatchObject({ problem: 'contentChanged', detail: 'The snapshot of 2026-09 cannot be read: it is not valid JSON.' });
    const moved = await check([{ ...sep, listed: { ...september.period, closedAt: '2026-10-02T09:00:00.000Z' } }]);
    expect(moved).toMatchObject({ problem: 'contentChanged', detail: expect.stringContaining('closed at 2026-10-02T09:00:00.000Z') });
    await expect(check([{ stored: new Error('SharePoint did not answer.'), listed: september.period, seals: sep.seals }])).rejects.toThrow('SharePoint did not answer.');
  });

  it('names the period after a deleted one, and one that no longer follows on', async () => {
    const [sep, oct, nov] = await chain(september, october, november);
    const missing = await check([sep, nov]);
    expect(missing).toMatchObject({ status: 'broken', problem: 'periodMissing', period: { periodId: '2026-11' } });
    expect(describeRecordCheck(missing).headline).toBe('A closed period is missing from the record between September 2026 and November 2026.');
    expect(describeRecordCheck(await check([oct, nov])).headline).toBe('A closed period is missing from the record before October 2026.');

    const resealed = { stored: october, seals: [{ recordHash: await recordHashOf(october, '') }] };
    const broken = await check([sep, resealed]);
    expect(broken).toMatchObject({ problem: 'chainBroken', period: { periodId: '2026-10' } });
    expect(describeRecordCheck(broken)).toMatchObject({ tone: 'warning', headline: 'The record of October 2026 no longer follows on from September 2026, the period closed before it.' });
    const outOfOrder = { stored: october, seals: [{ recordHash: await recordHashOf(october, oct.seals[0].recordHash ?? ''), previousHash: oct.seals[0].recordHash }] };
    expect(describeRecordCheck(await check([outOfOrder, oct])).headline).toBe('The record of October 2026 is out of sequence with the periods closed before it.');
  });

  it('names a period left unsealed after sealing began', async () => {
    const [sep] = await chain(september);
    const result = await check([sep, { stored: october, seals: [{}] }]);
    expect(result).toMatchObject({ problem: 'notSealed', period: { periodId: '2026-10' } });
    expect(describeRecordCheck(result).headline).toBe('October 2026 has no seal, although it was closed after the record began to be sealed.');
  });
});
