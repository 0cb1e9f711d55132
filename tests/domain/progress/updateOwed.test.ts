import { updateOwed } from '../../../src/domain';
import { makeAction } from '../fixtures';

const periodStart = '2026-11-01';
const today = '2026-11-23';

describe('an update owed for the period', () => {
  it('is owed by a live action last updated before the period began, or never', () => {
    const action = makeAction({ status: 'InProgress' });
    expect(updateOwed(action, new Date('2026-10-28T09:00:00Z'), periodStart, today)).toBe(true);
    expect(updateOwed(action, undefined, periodStart, today)).toBe(true);
  });

  it('is not owed once updated in the period, judged by the London day', () => {
    const action = makeAction({ status: 'InProgress' });
    expect(updateOwed(action, new Date('2026-11-02T08:00:00Z'), periodStart, today)).toBe(false);
    // 23:30 on 31 October in UTC is still October in London (GMT), so the November update is owed.
    expect(updateOwed(action, new Date('2026-10-31T23:30:00Z'), periodStart, today)).toBe(true);
  });

  it('is owed by a not-started action only once its start date has come', () => {
    expect(updateOwed(makeAction({ status: 'NotStarted', startDate: '2026-11-10' }), undefined, periodStart, today)).toBe(true);
    expect(updateOwed(makeAction({ status: 'NotStarted', startDate: '2027-01-15' }), undefined, periodStart, today)).toBe(false);
  });

  it('is never owed by a finished action or one without a lead', () => {
    expect(updateOwed(makeAction({ status: 'Complete' }), undefined, periodStart, today)).toBe(false);
    expect(updateOwed(makeAction({ status: 'Closed' }), undefined, periodStart, today)).toBe(false);
    expect(updateOwed(makeAction({ status: 'InProgress', lead: undefined }), undefined, periodStart, today)).toBe(false);
  });
});
