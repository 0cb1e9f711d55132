import { missingUpdates, progressHistory, updateForPeriod, type ProgressUpdate } from '../../../src/domain';
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
