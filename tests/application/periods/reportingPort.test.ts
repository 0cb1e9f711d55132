import { PeriodAlreadyClosedError, SnapshotNotFoundError } from '../../../src/application/periods';
import { createInMemoryReporting } from '../../support/fakes/inMemoryReporting';
import { priya, samplePlan } from '../../ui/support/fixtures';

describe('the reporting port (in memory, over the real period use cases)', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('closes a period once, lists it and gives its snapshot back', async () => {
    const reporting = createInMemoryReporting({ loadPlan: async () => samplePlan() });
    const stored = await reporting.closePeriod({ periodId: '2026-10', closedBy: priya, now });
    expect(stored.snapshot.asOf).toBe('2026-10-31');
    expect(await reporting.listClosedPeriods()).toEqual([expect.objectContaining({ periodId: '2026-10', label: 'October 2026' })]);
    expect((await reporting.snapshotAsAt('2026-10')).snapshot.actions).toHaveLength(7);
    await expect(reporting.closePeriod({ periodId: '2026-10', closedBy: priya, now })).rejects.toBeInstanceOf(PeriodAlreadyClosedError);
  });

  it('refuses the plan as at a period never closed, and fails on demand', async () => {
    const reporting = createInMemoryReporting({ loadPlan: async () => samplePlan() });
    await expect(reporting.snapshotAsAt('2026-09')).rejects.toBeInstanceOf(SnapshotNotFoundError);
    reporting.failNext('listClosedPeriods', new Error('SharePoint did not answer.'));
    await expect(reporting.listClosedPeriods()).rejects.toThrow('SharePoint did not answer.');
    await expect(reporting.listClosedPeriods()).resolves.toEqual([]);
  });
});
