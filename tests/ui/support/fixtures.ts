import type { CurrentUser } from '../../../src/application/ports/planRepository';
import type { Action, ChangeRequest, Person, Plan, ProgressUpdate } from '../../../src/domain';

/** 23 Nov 2026, 10:00 London: the "today" of every component test. */
export const NOW = new Date('2026-11-23T10:00:00Z');

export const aisha: Person = { displayName: 'Aisha Bello', email: 'a.bello@northmoor.gov.uk', login: 'a.bello@northmoor.gov.uk' };
export const tom: Person = { displayName: 'Tom Reed', email: 't.reed@northmoor.gov.uk', login: 't.reed@northmoor.gov.uk' };
export const priya: Person = { displayName: 'Priya Shah', email: 'p.shah@northmoor.gov.uk', login: 'p.shah@northmoor.gov.uk' };
export const helen: Person = { displayName: 'Helen Marsh', email: 'h.marsh@northmoor.gov.uk', login: 'h.marsh@northmoor.gov.uk' };
export const sam: Person = { displayName: 'Sam Okafor', email: 's.okafor@northmoor.gov.uk', login: 's.okafor@northmoor.gov.uk' };
export const councillor: Person = { displayName: 'Cllr Ruth Jones', email: 'r.jones@northmoor.gov.uk', login: 'r.jones@northmoor.gov.uk' };

/** An action lead: may edit, may not run change control. */
export const staff: CurrentUser = { person: aisha, canEdit: true, canManage: false };
/** A member of the improvement panel: reads only. */
export const member: CurrentUser = { person: councillor, canEdit: false, canManage: false };
/** The programme office. */
export const pmo: CurrentUser = { person: sam, canEdit: true, canManage: true };

/** Builds an action with sensible defaults. */
export function makeAction(id: string, code: string, title: string, overrides: Partial<Action> = {}): Action {
  return {
    id,
    code,
    title,
    themeCode: code.split('.')[0],
    workstreamCode: code.split('.').slice(0, 2).join('.').replace(/\d.*$/, ''),
    kind: 'main',
    lead: aisha,
    startDate: '2026-04-01',
    baselineDueDate: '2027-03-31',
    currentDueDate: '2027-03-31',
    status: 'InProgress',
    progressPercent: 50,
    rating: 'Green',
    commentary: 'Working group met; draft circulated.',
    issues: [],
    evidence: [],
    reprofileCount: 0,
    recommendationIds: [],
    riskIds: [],
    ...overrides
  };
}

function update(id: string, actionId: string, periodId: string, rating: ProgressUpdate['ratingAtSubmission'], commentary: string, by: Person = aisha): ProgressUpdate {
  return { id, actionId, periodId, submittedBy: by, submittedAt: new Date(`${periodId}-20T12:00:00Z`), status: 'InProgress', commentary, achievements: [], evidence: [], ratingAtSubmission: rating };
}

const timescale = (id: string, reference: number, action: Action, to: string, by: Person, rationale: string): ChangeRequest => ({
  id,
  reference,
  type: 'Timescale',
  actionId: action.id,
  targetCode: action.code,
  targetTitle: action.title,
  rationale,
  requestedBy: by,
  requestedOn: '2026-11-20',
  changes: [{ field: 'currentDueDate', oldValue: action.currentDueDate, newValue: to }],
  status: 'Submitted'
});

/**
 * The Northmoor test plan on 23 Nov 2026:
 * - GV.A1 (Aisha) Green, with a completed sub-action, milestones, evidence, a risk and a recommendation;
 * - GV.A2 (Aisha) Red, 54 days overdue, with a new date awaiting change control (change 1);
 * - GV.B1 (Tom) Green, was Amber in October; GV.B2 (Aisha) Green, due 15 Dec 2026, updated this month;
 * - CU.A1 (Tom) Amber, 13 days overdue, was Green in October (change 2 asks for a new date);
 * - CU.A2 (Priya) Not started.
 */
export function samplePlan(): Plan {
  const a1 = makeAction('a1', 'GV.A1', 'Review and modernise the constitution', {
    description: 'Bring the constitution up to date with the Model Code.',
    evidence: [
      { url: 'https://northmoor.sharepoint.com/sites/ip/Shared%20Documents/draft-constitution.docx', title: 'Draft constitution', addedOn: '2026-10-14' },
      { url: 'javascript:alert(1)', title: 'Suspicious link' }
    ],
    riskIds: ['r1'],
    recommendationIds: ['rec1']
  });
  const a2 = makeAction('a2', 'GV.A2', 'Refresh the scheme of delegation', {
    baselineDueDate: '2026-06-30',
    currentDueDate: '2026-09-30',
    reprofileCount: 1,
    rating: 'Amber',
    commentary: 'Legal review delayed the draft.'
  });
  const a3 = makeAction('a3', 'GV.A1.1', 'Agree the scope of the constitution review', { kind: 'sub', parentId: 'a1', workstreamCode: 'GV.A', status: 'Complete', progressPercent: 100, completedOn: '2026-06-01', rating: 'Complete' });
  const b1 = makeAction('b1', 'GV.B1', 'Publish a forward plan of key decisions', { lead: tom, progressPercent: 80, currentDueDate: '2026-12-10', baselineDueDate: '2026-12-10' });
  const b2 = makeAction('b2', 'GV.B2', 'Train members on decision-making', { startDate: '2026-09-01', progressPercent: 60, currentDueDate: '2026-12-15', baselineDueDate: '2026-12-15' });
  const c1 = makeAction('c1', 'CU.A1', 'Launch the staff values programme', {
    lead: tom,
    progressPercent: 70,
    currentDueDate: '2026-11-10',
    baselineDueDate: '2026-11-10',
    rating: 'Green',
    commentary: 'Launch moved to January to fit staff briefings.',
    nextSteps: 'Book the briefings.'
  });
  const c2 = makeAction('c2', 'CU.A2', 'Run the staff survey', { lead: priya, status: 'NotStarted', progressPercent: undefined, startDate: '2027-01-15', currentDueDate: '2027-04-30', baselineDueDate: '2027-04-30', rating: 'NotStarted', commentary: undefined });
  return {
    id: 'plan',
    name: 'Northmoor Improvement Plan',
    council: 'Northmoor Borough Council',
    shape: 'codedThemes',
    terminology: { theme: 'Theme', workstream: 'Workstream', mainAction: 'Main action', subAction: 'Sub-action' },
    startDate: '2025-10-01',
    endDate: '2028-03-31',
    cadence: 'month',
    themes: [
      { id: 't1', code: 'GV', name: 'Governance', leadDirector: helen, order: 1 },
      { id: 't2', code: 'CU', name: 'Culture', leadDirector: helen, order: 2 }
    ],
    workstreams: [
      { id: 'w1', code: 'GV.A', themeCode: 'GV', name: 'Constitution', order: 1 },
      { id: 'w2', code: 'GV.B', themeCode: 'GV', name: 'Decision-making', order: 2 },
      { id: 'w3', code: 'CU.A', themeCode: 'CU', name: 'Values and behaviours', order: 1 }
    ],
    actions: [a1, a2, a3, b1, b2, c1, c2],
    milestones: [
      { id: 'm1', title: 'Draft constitution to Audit Committee', themeCode: 'GV', actionId: 'a1', dueDate: '2026-10-15', achievedOn: '2026-10-14' },
      { id: 'm2', title: 'Council adopts the constitution', themeCode: 'GV', actionId: 'a1', dueDate: '2027-03-25' }
    ],
    progressUpdates: [
      update('p1', 'a1', '2026-10', 'Green', 'Working group set up.'),
      update('p2', 'a2', '2026-10', 'Amber', 'Legal review started late.'),
      update('p3', 'b1', '2026-10', 'Amber', 'Forward plan template delayed.', tom),
      update('p4', 'c1', '2026-10', 'Green', 'Values agreed by leadership.', tom),
      update('p5', 'b2', '2026-11', 'Green', 'First session held.')
    ],
    risks: [
      {
        id: 'r1',
        reference: 'R01',
        title: 'Capacity to deliver the plan',
        owner: helen,
        inherent: { likelihood: 4, impact: 4 },
        residual: { likelihood: 3, impact: 4 },
        previousResidual: { likelihood: 4, impact: 4 },
        target: { likelihood: 1, impact: 2 },
        mitigations: [{ description: 'Interim support commissioned', done: false }],
        actionIds: ['a2'],
        status: 'Open'
      },
      {
        id: 'r2',
        reference: 'R02',
        title: 'Member and officer relationships',
        owner: sam,
        inherent: { likelihood: 3, impact: 3 },
        residual: { likelihood: 2, impact: 4 },
        target: { likelihood: 1, impact: 2 },
        mitigations: [{ description: 'Protocol refreshed', done: true }],
        actionIds: [],
        status: 'Open'
      }
    ],
    changeRequests: [
      timescale('cr1', 1, a2, '2027-01-31', aisha, 'Legal review took longer than planned.'),
      timescale('cr2', 2, c1, '2027-01-31', tom, 'Briefings moved to January.')
    ],
    recommendations: [{ id: 'rec1', reference: 'R4', source: 'ExternalAuditor', text: 'Review the constitution and scheme of delegation.', statutory: true }]
  };
}
