import { closePeriod, describeRecordCheck, verifyRecord, type PeriodDeps } from '../../../src/application/periods';
import '@pnp/sp/fields';
import { SpSnapshotStore } from '../../../src/data/snapshots';
import { samplePlan } from '../../ui/support/fixtures';
import { planSite, type PlanSite } from '../import/emulatorSite';

jest.setTimeout(120_000);

const pmo = { displayName: 'Site Owner', email: 'owner@improvement.local' };

interface Part {
  Id: number;
  PeriodKey: string;
  ChunkIndex: number;
  SnapshotJson: string;
  RecordHash: string | null;
  PreviousHash: string | null;
}

describe('sealing closed periods on SharePoint (emulator)', () => {
  let site: PlanSite;
  let deps: PeriodDeps;
  const snapshots = () => site.sp.web.lists.getByTitle('Plan Period Snapshots');
  const parts = async (periodKey: string): Promise<Part[]> =>
    (await snapshots().items.select('Id', 'PeriodKey', 'ChunkIndex', 'SnapshotJson', 'RecordHash', 'PreviousHash').filter(`PeriodKey eq '${periodKey}'`)<Part[]>()).sort(
      (a, b) => a.ChunkIndex - b.ChunkIndex
    );

  beforeAll(async () => {
    site = await planSite();
    // Small parts, so each snapshot is stored over several items.
    deps = { snapshots: new SpSnapshotStore(site.sp, 2_000), loadPlan: async () => samplePlan() };
  });
  afterAll(async () => {
    await site.stop();
  });

  it('seals every part of each period closed, chained to the period before', async () => {
    await closePeriod(deps, { periodId: '2026-09', closedBy: pmo, now: new Date('2026-10-01T09:00:00Z') });
    await closePeriod(deps, { periodId: '2026-10', closedBy: pmo, now: new Date('2026-11-03T09:00:00Z') });
    const september = await parts('2026-09');
    const october = await parts('2026-10');
    expect(october.length).toBeGreaterThan(1);
    expect(new Set(september.map((p) => p.RecordHash)).size).toBe(1);
    expect(september[0].RecordHash).toMatch(/^[0-9a-f]{64}$/);
    expect(september.every((p) => !p.PreviousHash)).toBe(true);
    expect(october.every((p) => p.PreviousHash === september[0].RecordHash && p.RecordHash === october[0].RecordHash)).toBe(true);

    const result = await verifyRecord(deps);
    expect(result).toMatchObject({ status: 'verified', periods: 2, latestHash: october[0].RecordHash });
    expect(describeRecordCheck(result).headline).toBe('Record verified: 2 closed periods match what was closed.');
  });

  it('names the period whose snapshot was edited by hand, and verifies again once it is put back', async () => {
    const [part] = (await parts('2026-10')).filter((p) => p.SnapshotJson.includes('"rating":"Green"'));
    const original = part.SnapshotJson;
    await snapshots().items.getById(part.Id).update({ SnapshotJson: original.replace('"rating":"Green"', '"rating":"Red"') });

    const result = await verifyRecord(deps);
    expect(result).toMatchObject({ status: 'broken', problem: 'contentChanged', period: { periodId: '2026-10' } });
    expect(describeRecordCheck(result).headline).toBe('The record of October 2026 no longer matches what was closed on 3 November 2026.');

    await snapshots().items.getById(part.Id).update({ SnapshotJson: original });
    expect(await verifyRecord(deps)).toMatchObject({ status: 'verified', periods: 2 });
  });

  it('names the period after one that was deleted', async () => {
    await closePeriod(deps, { periodId: '2026-11', closedBy: pmo, now: new Date('2026-11-23T09:00:00Z') });
    expect(await verifyRecord(deps)).toMatchObject({ status: 'verified', periods: 3 });
    for (const part of await parts('2026-10')) await snapshots().items.getById(part.Id).delete();

    const result = await verifyRecord(deps);
    expect(result).toMatchObject({ status: 'broken', problem: 'periodMissing', period: { periodId: '2026-11' }, previous: { periodId: '2026-09' } });
    expect(describeRecordCheck(result).headline).toBe('A closed period is missing from the record between September 2026 and November 2026.');
  });

  it('asks for the site to be provisioned again when the seal columns are missing, and still lists the periods', async () => {
    await snapshots().fields.getByInternalNameOrTitle('PreviousHash').delete();
    await expect(verifyRecord(deps)).rejects.toThrow('The Plan Period Snapshots list has no RecordHash and PreviousHash columns yet. Run "npm run provision -- --site <site url>"');
    expect((await deps.snapshots.listClosedPeriods()).map((p) => p.periodId).sort()).toEqual(['2026-09', '2026-11']);
  });
});
