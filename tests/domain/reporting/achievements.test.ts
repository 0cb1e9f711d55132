import { achievementsInPeriod, periodContaining, type Milestone, type ProgressUpdate } from '../../../src/domain';
import { lead, makeAction } from '../fixtures';

const quarter = periodContaining('quarter', '2026-10-01'); // Q3 2026/27: October to December 2026
const november = periodContaining('month', '2026-11-01');

const actions = [
  makeAction({ id: 'a', code: 'OC.A1', title: 'Adopt the workforce strategy' }),
  makeAction({ id: 'b', code: 'OC.A2', title: 'Launch the staff awards', status: 'Complete', completedOn: '2026-11-12' }),
  makeAction({ id: 'c', code: 'OC.A10', title: 'Publish the pay policy', status: 'Complete', completedOn: '2026-10-03' }),
  makeAction({ id: 'd', code: 'OC.A3', title: 'Finished before the period', status: 'Complete', completedOn: '2026-09-30' }),
  makeAction({ id: 'e', code: 'OC.A4', title: 'Finished after today', status: 'Complete', completedOn: '2026-11-28' }),
  makeAction({ id: 'x', code: 'GV.A1', title: 'Another theme', themeCode: 'GV', workstreamCode: 'GV.A', status: 'Complete', completedOn: '2026-11-02' })
];

const update = (id: string, actionId: string, periodId: string, achievements: string[]): ProgressUpdate => ({
  id, actionId, periodId, submittedBy: lead, submittedAt: new Date(`${periodId}-20T10:00:00Z`), status: 'InProgress', commentary: 'x', achievements, evidence: []
});
const updates = [
  update('u1', 'a', '2026-11', ['Consultation with the trade unions closed']),
  update('u2', 'b', '2026-11', ['Delivered: launch the staff awards, at the all-staff briefing']),
  update('u3', 'a', '2026-09', ['Before the period']),
  update('u4', 'x', '2026-11', ['Other theme']),
  update('u5', 'a', '2026-12', ['A month that has not begun by the day reported'])
];

const milestones: Milestone[] = [
  { id: 'm1', title: 'Strategy approved by Cabinet', themeCode: 'OC', actionId: 'a', dueDate: '2026-11-15', achievedOn: '2026-11-10' },
  { id: 'm2', title: 'Pay policy published', themeCode: 'OC', actionId: 'c', dueDate: '2026-10-01', achievedOn: '2026-10-02' },
  { id: 'm3', title: 'Not met yet', themeCode: 'OC', actionId: 'a', dueDate: '2026-11-20' },
  { id: 'm4', title: 'Theme-level event held', themeCode: 'OC', dueDate: '2026-11-05', achievedOn: '2026-11-05' },
  { id: 'm5', title: 'Met after the day reported', themeCode: 'OC', actionId: 'a', dueDate: '2026-11-30', achievedOn: '2026-11-25' }
];

describe('achievements in a period', () => {
  it('draws on updates, completions and milestones met, by month, newest first, in code order', () => {
    const result = achievementsInPeriod({ period: quarter, asOf: '2026-11-23', themeCode: 'OC', actions, updates, milestones });
    expect(result.map((m) => [m.periodId, m.label])).toEqual([
      ['2026-11', 'November 2026'],
      ['2026-10', 'October 2026']
    ]);
    expect(result[0].items).toEqual([
      { actionCode: '', text: 'Milestone met: Theme-level event held.', source: 'milestone' },
      { actionCode: 'OC.A1', text: 'Consultation with the trade unions closed', source: 'reported' },
      { actionCode: 'OC.A1', text: 'Milestone met: Strategy approved by Cabinet.', source: 'milestone' },
      // The completion of OC.A2 is named by its lead's update, so it is not repeated.
      { actionCode: 'OC.A2', text: 'Delivered: launch the staff awards, at the all-staff briefing', source: 'reported' }
    ]);
    expect(result[1].items).toEqual([
      { actionCode: 'OC.A10', text: 'Completed: Publish the pay policy.', source: 'completed' },
      { actionCode: 'OC.A10', text: 'Milestone met: Pay policy published.', source: 'milestone' }
    ]);
  });

  it('counts nothing outside the period or after the day it is as at', () => {
    const items = achievementsInPeriod({ period: quarter, asOf: '2026-11-23', themeCode: 'OC', actions, updates, milestones }).flatMap((m) => m.items.map((i) => i.text));
    expect(items).not.toContain('Before the period');
    expect(items).not.toContain('Completed: Finished before the period.');
    expect(items).not.toContain('Completed: Finished after today.');
    expect(items).not.toContain('Milestone met: Met after the day reported.');
    expect(items).not.toContain('A month that has not begun by the day reported');
    const later = achievementsInPeriod({ period: quarter, asOf: '2026-12-31', themeCode: 'OC', actions, updates, milestones }).flatMap((m) => m.items.map((i) => i.text));
    expect(later).toEqual(expect.arrayContaining(['Completed: Finished after today.', 'Milestone met: Met after the day reported.', 'A month that has not begun by the day reported']));
  });

  it('keeps to the theme asked for, and takes every theme without one', () => {
    const oneMonth = achievementsInPeriod({ period: november, asOf: '2026-11-30', actions, updates, milestones });
    expect(oneMonth).toHaveLength(1);
    expect(oneMonth[0].items.map((i) => i.actionCode)).toEqual(['', 'GV.A1', 'GV.A1', 'OC.A1', 'OC.A1', 'OC.A1', 'OC.A2', 'OC.A4']);
    expect(achievementsInPeriod({ period: november, asOf: '2026-11-30', themeCode: 'GV', actions, updates, milestones })[0].items).toEqual([
      { actionCode: 'GV.A1', text: 'Other theme', source: 'reported' },
      { actionCode: 'GV.A1', text: 'Completed: Another theme.', source: 'completed' }
    ]);
  });

  it('is empty when nothing was achieved', () => {
    expect(achievementsInPeriod({ period: november, asOf: '2026-11-30', actions: [], updates: [], milestones: [] })).toEqual([]);
  });
});
