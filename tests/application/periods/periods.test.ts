import {
  changedSinceLastReport,
  closePeriod,
  decodeSnapshot,
  encodeSnapshot,
  PeriodAlreadyClosedError,
  SnapshotCorruptError,
  SnapshotNotFoundError,
  snapshotAsAt,
  themeTrends,
  type ClosedPeriod,
  type PeriodDeps,
  type PlanForPeriods,
  type SealedPeriod,
  type SnapshotStore,
  type StoredSnapshot
} from '../../../src/application/periods';
import { ValidationError } from '../../../src/application/errors';
import type { Action } from '../../../src/domain';
import { makeAction, makeTheme } from '../../domain/fixtures';

class MemorySnapshots implements SnapshotStore {
  public readonly stored = new Map<string, string>();
  public async listClosedPeriods(): Promise<ClosedPeriod[]> {
    return [...this.stored.entries()].map(([id, text]) => decodeSnapshot(id, text).period);
  }
  public async loadSnapshot(periodId: string): Promise<StoredSnapshot | undefined> {
    const text = this.stored.get(periodId);
    return text === undefined ? undefined : decodeSnapshot(periodId, text);
  }
  public async saveSnapshot(s: StoredSnapshot): Promise<void> {
    if (this.stored.has(s.period.periodId)) throw new PeriodAlreadyClosedError(s.period);
    this.stored.set(s.period.periodId, encodeSnapshot(s));
  }
  public async listSeals(): Promise<SealedPeriod[]> {
    return (await this.listClosedPeriods()).map((period) => ({ period, seals: [{}] }));
  }
}

const pmo = { displayName: 'Programme Office' };

describe('periods', () => {
  let actions: Action[];
  let deps: PeriodDeps;
  beforeEach(() => {
    actions = [
      makeAction({ id: 'a1', code: 'OC.A1', baselineDueDate: '2026-06-30', currentDueDate: '2026-06-30', startDate: '2026-01-01', progressPercent: 40 }),
      makeAction({ id: 'a2', code: 'OC.A2', baselineDueDate: '2026-03-20', currentDueDate: '2026-03-20', progressPercent: 90 }),
      makeAction({ id: 'a3', code: 'OC.A3', baselineDueDate: '2026-09-30', currentDueDate: '2026-09-30', status: 'NotStarted', startDate: '2026-06-01' })
    ];
    const plan = (): PlanForPeriods => ({ themes: [makeTheme()], actions, cadence: 'month' });
    deps = { snapshots: new MemorySnapshots(), loadPlan: async () => plan() };
  });

  it('closes a period once, and "changed since" lists the new slip, the reprofile and the closure', async () => {
    const march = await closePeriod(deps, { periodId: '2026-03', closedBy: pmo, now: new Date('2026-03-31T16:00:00Z') });
    expect(march.snapshot.actions.map((a) => [a.code, a.rating])).toEqual([['OC.A1', 'Green'], ['OC.A2', 'Amber'], ['OC.A3', 'NotStarted']]);
    await expect(closePeriod(deps, { periodId: '2026-03', closedBy: pmo, now: new Date('2026-04-01T09:00:00Z') })).rejects.toBeInstanceOf(PeriodAlreadyClosedError);

    actions = [
      { ...actions[0], currentDueDate: '2026-04-10', reprofileCount: 1 },
      { ...actions[1], status: 'Closed', closureRationale: 'Merged into OC.A1.' },
      actions[2]
    ];
    const report = await changedSinceLastReport(deps, { now: new Date('2026-04-15T09:00:00Z') });
    expect(report?.since.periodId).toBe('2026-03');
    expect(report?.newSlips.map((c) => [c.code, c.from, c.to])).toEqual([['OC.A1', 'Green', 'Red']]);
    expect(report?.reprofiles.map((c) => [c.code, c.from, c.to, c.baselineDueDate])).toEqual([['OC.A1', '2026-06-30', '2026-04-10', '2026-06-30']]);
    expect(report?.closures.map((a) => a.code)).toEqual(['OC.A2']);

    await closePeriod(deps, { periodId: '2026-04', closedBy: pmo, now: new Date('2026-04-30T16:00:00Z') });
    const trends = themeTrends([await snapshotAsAt(deps, '2026-04'), march]);
    expect(trends).toEqual([
      {
        themeCode: 'OC',
        themeName: 'Organisational Culture',
        points: [
          { periodId: '2026-03', label: 'March 2026', total: 3, rating: 'Amber', counts: { Red: 0, Amber: 1, Green: 1, OnHold: 0, NotStarted: 1, Complete: 0, Closed: 0 } },
          { periodId: '2026-04', label: 'April 2026', total: 3, rating: 'Red', counts: { Red: 1, Amber: 0, Green: 0, OnHold: 0, NotStarted: 1, Complete: 0, Closed: 1 } }
        ]
      }
    ]);
  });

  it('explains what cannot be done', async () => {
    await expect(closePeriod(deps, { periodId: 'March', closedBy: pmo, now: new Date() })).rejects.toBeInstanceOf(ValidationError);
    await expect(closePeriod(deps, { periodId: '2026-05', closedBy: pmo, now: new Date('2026-04-30T10:00:00Z') })).rejects.toThrow('May 2026 has not started yet, so it cannot be closed.');
    await expect(snapshotAsAt(deps, '2026-02')).rejects.toThrow(new SnapshotNotFoundError('February 2026').message);
    expect(await changedSinceLastReport(deps, { now: new Date('2026-04-01T10:00:00Z') })).toBeUndefined();
    expect(() => decodeSnapshot('2026-03', '{"format":1')).toThrow(SnapshotCorruptError);
  });

  it('says which field of a damaged snapshot is wrong and what it should be', () => {
    const stored = (actions: unknown[]): string =>
      JSON.stringify({
        format: 1,
        period: { periodId: '2026-03', label: 'March 2026', closedAt: '2026-04-01T09:00:00Z', closedBy: pmo },
        themes: [],
        snapshot: { periodId: '2026-03', asOf: '2026-03-31', policyName: 'default', actions }
      });
    const good = { actionId: '1', code: 'GV.A1', title: 'T', kind: 'main', themeCode: 'GV', workstreamCode: 'GV.A', status: 'InProgress', rating: 'Red', calculatedRating: 'Red', overridden: false, reason: 'r', daysOverdue: 0, reprofileCount: 0, recommendationIds: [] };
    expect(decodeSnapshot('2026-03', stored([good])).snapshot.actions).toHaveLength(1);
    expect(() => decodeSnapshot('2026-03', stored([{ ...good, rating: 'Purple' }]))).toThrow(
      /^The snapshot of 2026-03 cannot be read: snapshot\.actions\.0\.rating: Invalid type: Expected \("Red" \| "Amber" .* but received "Purple"\.$/
    );
    expect(() => decodeSnapshot('2026-03', stored([{ ...good, title: 7 }]))).toThrow('snapshot.actions.0.title: Invalid type: Expected string but received 7.');
    expect(() => decodeSnapshot('2026-03', stored([{ ...good, dueDate: '31/03/2026' }]))).toThrow('snapshot.actions.0.dueDate: not a day written YYYY-MM-DD.');
  });
});
