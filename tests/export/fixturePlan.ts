/** The Eastmere plan as a domain Plan, built by importing the fixed fixture in memory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_PLAN, planImport, suggestMapping, type ActionDraft } from '../../src/application/import';
import { readSpreadsheet } from '../../src/files';
import { parsePeriodId, takeSnapshot, type Action, type Plan } from '../../src/domain';
import { returnToGovernment, themeSummaryReport, type ReturnToGovernment, type ThemeSummaryReport } from '../../src/export';
import { EASTMERE_THEMES } from '../fixtures/import/make-fixtures';

export const TODAY = '2026-03-31';

export function actionFromDraft(d: ActionDraft): Action {
  const { parentCode, ratingReason, ...rest } = d;
  return { ...rest, id: d.code, ...(parentCode !== undefined ? { parentId: parentCode } : {}), issues: [], evidence: [], recommendationIds: [], riskIds: [] };
}

export async function eastmerePlan(): Promise<Plan> {
  const sheet = await readSpreadsheet(new Uint8Array(readFileSync(join(__dirname, '../fixtures/import/eastmere-plan-fixed.xlsx'))), 'eastmere-plan-fixed.xlsx');
  const dry = planImport(sheet, suggestMapping(sheet.headers).mapping, EMPTY_PLAN, '2026-02-28', { themes: EASTMERE_THEMES });
  const answers: Readonly<Record<string, string[]>> = { 'LC.A1': ['r-d1'], 'GD.A1': ['r-d1'] };
  const actions = dry.operations
    .flatMap((o) => (o.kind === 'createAction' ? [actionFromDraft(o.action)] : []))
    // One action completed in March, and two answering the Direction, so the papers have them to show.
    .map((a) => (a.code === 'CP.A1' ? { ...a, completedOn: '2026-03-18' } : answers[a.code] ? { ...a, recommendationIds: answers[a.code] } : a));
  const workstreams = dry.operations.flatMap((o) => (o.kind === 'createWorkstream' ? [{ id: o.workstream.code, ...o.workstream }] : []));
  const pmo = { displayName: 'Programme Office', email: 'pmo@eastmere.gov.uk' };
  return {
    id: 'eastmere',
    name: 'Eastmere Improvement Plan 2025-2028',
    council: 'Eastmere Borough Council',
    shape: 'codedThemes',
    terminology: { theme: 'Theme', workstream: 'Workstream', mainAction: 'Main action', subAction: 'Sub-action' },
    startDate: '2025-04-01',
    endDate: '2028-03-31',
    cadence: 'month',
    themes: EASTMERE_THEMES.map((t) => ({
      id: t.code, code: t.code, name: t.name, order: t.order, leadDirector: { displayName: `Director for ${t.name}` }, summary: `${t.name} made steady progress in March, with its exceptions under recovery.`
    })),
    workstreams,
    actions,
    milestones: [
      { id: 'm1', title: 'Workforce strategy approved by Cabinet', themeCode: 'LC', actionId: 'LC.A1', dueDate: '2026-04-15' },
      { id: 'm2', title: 'Revised constitution adopted by Council', themeCode: 'GD', actionId: 'GD.A1', dueDate: '2026-03-10' },
      { id: 'm3', title: 'Budget consultation launched', themeCode: 'FR', actionId: 'FR.A3', dueDate: '2026-03-15', achievedOn: '2026-03-14' }
    ],
    progressUpdates: [
      { id: 'u1', actionId: 'LC.A1', periodId: '2026-03', submittedBy: pmo, submittedAt: new Date('2026-03-20T10:00:00Z'), status: 'InProgress', commentary: 'Draft shared with trade unions.', nextSteps: 'Take the strategy to Cabinet in April.', achievements: ['Staff engagement sessions held in every directorate'], evidence: [] }
    ],
    risks: [
      { id: 'k1', reference: 'IP2', title: 'Leadership capacity', owner: pmo, themeCode: 'LC', inherent: { likelihood: 4, impact: 4 }, residual: { likelihood: 2, impact: 3 }, target: { likelihood: 1, impact: 3 }, mitigations: [], actionIds: [], status: 'Open' },
      { id: 'k2', reference: 'IP1', title: 'Staff turnover in key posts', owner: pmo, themeCode: 'LC', inherent: { likelihood: 4, impact: 4 }, residual: { likelihood: 3, impact: 4 }, previousResidual: { likelihood: 4, impact: 4 }, target: { likelihood: 2, impact: 3 }, mitigations: [], actionIds: [], status: 'Open' },
      { id: 'k3', reference: 'IP9', title: 'A closed risk', owner: pmo, themeCode: 'LC', inherent: { likelihood: 4, impact: 4 }, residual: { likelihood: 4, impact: 4 }, target: { likelihood: 1, impact: 1 }, mitigations: [], actionIds: [], status: 'Closed' }
    ],
    changeRequests: [
      {
        id: 'c1', reference: 81, type: 'Timescale', actionId: 'GD.A1', targetCode: 'GD.A1', targetTitle: 'Adopt the revised constitution', rationale: 'Council meeting moved to June.',
        requestedBy: pmo, requestedOn: '2026-03-02', changes: [{ field: 'currentDueDate', oldValue: '2026-03-31', newValue: '2026-06-30' }], status: 'Approved', decidedBy: pmo, decidedOn: '2026-03-12'
      }
    ],
    recommendations: [
      { id: 'r-r3', reference: 'R3', source: 'ExternalAuditor', text: 'Strengthen the capital programme’s business cases.', statutory: false },
      { id: 'r-d1', reference: 'D1', source: 'Direction', text: 'Adopt and deliver an improvement plan to the Secretary of State’s satisfaction.', statutory: true }
    ]
  };
}

/** The theme progress summary of March 2026 for the Eastmere plan. */
export async function eastmereReport(): Promise<ThemeSummaryReport> {
  const plan: Plan = await eastmerePlan();
  const period = parsePeriodId('2026-03');
  if (!period.ok) throw new Error(period.error);
  return themeSummaryReport({
    plan,
    period: period.value,
    snapshot: takeSnapshot(plan.actions, period.value, TODAY),
    preparedOn: '2026-04-02',
    narratives: { LC: 'The workforce strategy is on course for Cabinet in April.' }
  });
}


/** The return to government for March 2026, following a February in which every exception was still Green. */
export async function eastmereReturn(): Promise<ReturnToGovernment> {
  const plan: Plan = await eastmerePlan();
  const march = parsePeriodId('2026-03');
  const february = parsePeriodId('2026-02');
  if (!march.ok || !february.ok) throw new Error('bad period');
  const snapshot = takeSnapshot(plan.actions, march.value, TODAY);
  const before = { ...snapshot, periodId: '2026-02', actions: snapshot.actions.map((a) => (a.rating === 'Amber' || a.rating === 'Red' ? { ...a, rating: 'Green' as const } : a)) };
  return returnToGovernment({ plan, period: march.value, snapshot, preparedOn: '2026-04-02', previous: { label: february.value.label, snapshot: before } });
}
