import { DEFAULT_TERMINOLOGY } from '../../../src/domain';
import { PLAN_DETAILS_KEY, planDetailsFromItem, planDetailsToValues, type PlanDetails } from '../../../src/data/mapping';
import { collector } from './collect';

describe('plan details', () => {
  const details: PlanDetails = {
    id: 'eastmere',
    name: 'Council Improvement Plan 2025-2028',
    council: 'Eastmere',
    shape: 'aimsAndProgrammes',
    terminology: DEFAULT_TERMINOLOGY.aimsAndProgrammes,
    adoptedOn: '2025-03-01',
    startDate: '2025-04-01',
    endDate: '2028-03-31',
    cadence: 'quarter',
    seniorResponsibleOwner: { displayName: 'Chief Executive' }
  };

  it('maps both ways through one settings item', () => {
    const values = planDetailsToValues(details);
    expect(values.Title).toBe(PLAN_DETAILS_KEY);
    expect(planDetailsFromItem({ ...values, Id: 1 }, () => undefined, '2026-05-01')).toEqual(details);
  });

  it('falls back to an untitled plan when the setting is missing, without a problem', () => {
    const { sink, problems } = collector();
    expect(planDetailsFromItem(undefined, sink, '2026-05-01')).toEqual({
      id: 'plan', name: 'Improvement Plan', council: '', shape: 'codedThemes', terminology: DEFAULT_TERMINOLOGY.codedThemes, startDate: '2026-05-01', endDate: '2026-05-01', cadence: 'month'
    });
    expect(problems).toEqual([]);
  });

  it('reports bad JSON or a non-object and keeps partial terminology', () => {
    const { sink, problems } = collector();
    planDetailsFromItem({ Id: 1, SettingValue: '{bad' }, sink, '2026-05-01');
    planDetailsFromItem({ Id: 1, SettingValue: '[1]' }, sink, '2026-05-01');
    expect(problems.map((p) => p.message)).toEqual(['The plan details are not valid JSON; defaults are shown.', 'The plan details are not an object; defaults are shown.']);
    const partial = planDetailsFromItem({ Id: 1, SettingValue: JSON.stringify({ shape: 'bestValueThemes', terminology: { workstream: 'Strand' }, startDate: '2025-04-01' }) }, sink, '2026-05-01');
    expect(partial.terminology).toEqual({ ...DEFAULT_TERMINOLOGY.bestValueThemes, workstream: 'Strand' });
    expect(partial.endDate).toBe('2025-04-01');
  });
});
