import { missingUpdates, progressHistory, updateForPeriod, updatesReportedBy, type ProgressUpdate } from '../../../src/domain';
import { lead } from '../fixtures';

function update(id: string, actionId: string, periodId: string, at: string): ProgressUpdate {
  return { id, actionId, periodId, submittedBy: lead, submittedAt: new Date(at), status: 'InProgress', commentary: id, achievements: [], evidence: [] };
}

const updates = [
  update('mar-late', 'a', '2026-03', '2026-04-02T09:00:00Z'),
  update('feb', 'a', '2026-02', '2026-02-27T09:00:00Z'),
  update('mar-early', 'a', '2026-03', '2026-03-28T09:00:00Z'),
  update('jan', 'a', '2026-01', '2026-01-28T09:00:00Z'),
  update('other', 'b', '2026-03', '2026-03-28T09:00:00Z')
];

describe('progress history', () => {
  it('keeps the latest update per period, earliest period first', () => {
    expect(progressHistory('a', updates).map((u) => u.id)).toEqual(['jan', 'feb', 'mar-late']);
  });
  it('finds the update for a period', () => {
    expect(updateForPeriod('a', '2026-03', updates)?.id).toBe('mar-late');
    expect(updateForPeriod('a', '2026-04', updates)).toBeUndefined();
  });
  it('lists actions with no update for a period', () => {
    expect(missingUpdates(['a', 'b', 'c'], '2026-03', updates)).toEqual(['c']);
  });
});

describe('updates reported by the end of a closed period', () => {
  it('keeps updates for periods begun by then and submitted by that day (London), and nothing recorded since', () => {
    const kept = updatesReportedBy(updates, '2026-03-31').map((u) => u.id);
    expect(kept).toEqual(['feb', 'mar-early', 'jan', 'other']);
    // 23:30 UTC on 31 March is already 1 April in London (summer time), so it is after the period.
    const lateNight = update('late', 'a', '2026-03', '2026-03-31T23:30:00Z');
    expect(updatesReportedBy([lateNight], '2026-03-31')).toEqual([]);
    expect(updatesReportedBy([update('next', 'a', '2026-04', '2026-03-31T09:00:00Z')], '2026-03-31')).toEqual([]);
    expect(updatesReportedBy([update('odd', 'a', 'not a period', '2026-03-01T09:00:00Z')], '2026-03-31')).toEqual([]);
  });
});
