import { axisFraction, axisSpan, closedMonths, timelineAxis } from '../../../../src/ui/views/timeline/timelineAxis';
import type { TimelineRow } from '../../../../src/ui/views/timeline/timelineRows';
import { makeAction } from '../../support/fixtures';

const row = (over: Partial<TimelineRow>): TimelineRow => ({ action: makeAction('x', 'GV.A1', 'An action'), lead: 'Aisha Bello', milestones: [], ...over });

describe('timelineAxis', () => {
  it('runs from the first of the month of the earliest date to the end of the month of the latest', () => {
    const axis = timelineAxis(
      [row({ start: '2026-04-10', baselineEnd: '2026-06-30', currentEnd: '2026-09-15' }), row({ milestones: [{ id: 'm', title: 'M', dueDate: '2027-01-04', status: 'Due' }] })],
      '2026-11-23',
      new Set()
    );
    expect(axis.start).toBe('2026-04-01');
    expect(axis.end).toBe('2027-01-31');
    expect(axis.months.map((m) => m.label)).toEqual(['Apr 2026', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan 2027']);
    expect(axis.months[7]).toMatchObject({ id: '2026-11', start: '2026-11-01', end: '2026-11-30', fullLabel: 'Nov 2026' });
  });

  it('always includes today, so the today line is on the axis', () => {
    const axis = timelineAxis([row({ start: '2025-01-10', currentEnd: '2025-03-01' })], '2026-02-14', new Set());
    expect(axis.start).toBe('2025-01-01');
    expect(axis.end).toBe('2026-02-28');
    expect(timelineAxis([], '2026-02-14', new Set()).months.map((m) => m.id)).toEqual(['2026-02']);
  });

  it('marks the months of closed periods', () => {
    const axis = timelineAxis([row({ start: '2026-06-01', currentEnd: '2026-12-01' })], '2026-11-23', new Set(['2026-07', '2026-08']));
    expect(axis.months.filter((m) => m.closed).map((m) => m.id)).toEqual(['2026-07', '2026-08']);
  });

  it('places days and spans as fractions of the axis', () => {
    const axis = timelineAxis([row({ start: '2026-01-01', currentEnd: '2026-12-31' })], '2026-06-01', new Set());
    expect(axisFraction(axis, '2026-01-01')).toBe(0);
    expect(axisFraction(axis, '2026-07-02')).toBeCloseTo(182 / 365, 6);
    expect(axisFraction(axis, '2030-01-01')).toBe(1);
    const whole = axisSpan(axis, '2026-01-01', '2026-12-31');
    expect(whole.left).toBe(0);
    expect(whole.width).toBeCloseTo(1, 6);
    expect(axisSpan(axis, '2026-03-01', '2026-03-01').width).toBeCloseTo(1 / 365, 6);
  });
});

describe('closedMonths', () => {
  it('closes each month of a month, quarter or half-year, and leaves out periods closed after a cut-off', () => {
    expect([...closedMonths(['2026-07', '2026/27-Q3'])]).toEqual(['2026-07', '2026-10', '2026-11', '2026-12']);
    expect([...closedMonths(['2026-07', '2026-08', '2026-09'], '2026-08-31')]).toEqual(['2026-07', '2026-08']);
    expect([...closedMonths(['not a period'])]).toEqual([]);
  });
});
