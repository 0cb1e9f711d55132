import { ConflictError, PermissionDeniedError } from '../../../src/application/errors';
import type { CurrentUser, PlanServices, VersionTag } from '../../../src/application/ports/planRepository';
import type { Action, ChangeRequest, Person, Plan, ProgressUpdate } from '../../../src/domain';

export const lead: Person = { displayName: 'Aisha Bello', email: 'a.bello@northmoor.gov.uk', login: 'a.bello@northmoor.gov.uk' };
export const director: Person = { displayName: 'Helen Marsh', email: 'h.marsh@northmoor.gov.uk', login: 'h.marsh@northmoor.gov.uk' };

function action(id: string, code: string, title: string, overrides: Partial<Action> = {}): Action {
  return {
    id,
    code,
    title,
    themeCode: 'GV',
    workstreamCode: 'GV.A',
    kind: 'main',
    lead,
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

/** A small plan: one theme, one workstream, an on-track action, an overdue one and a sub-action. */
export function samplePlan(): Plan {
  return {
    id: 'plan',
    name: 'Northmoor Improvement Plan',
    council: 'Northmoor Borough Council',
    shape: 'bestValueThemes',
    terminology: { theme: 'Theme', workstream: 'Area of focus', mainAction: 'Deliverable', subAction: 'Sub-deliverable' },
    startDate: '2025-10-01',
    endDate: '2028-03-31',
    cadence: 'month',
    themes: [{ id: 't1', code: 'GV', name: 'Governance', leadDirector: director, order: 1 }],
    workstreams: [{ id: 'w1', code: 'GV.A', themeCode: 'GV', name: 'Constitution and decision-making', order: 1 }],
    actions: [
      action('1', 'GV.A1', 'Review and modernise the constitution'),
      action('2', 'GV.A2', 'Refresh the scheme of delegation', { baselineDueDate: '2026-09-30', currentDueDate: '2026-09-30', rating: 'Red', commentary: 'Legal review delayed the draft.' }),
      action('3', 'GV.A1.1', 'Agree scope of the constitution review', { kind: 'sub', parentId: '1', status: 'Complete', progressPercent: 100, completedOn: '2026-06-01', rating: 'Complete' })
    ],
    milestones: [],
    progressUpdates: [],
    risks: [],
    changeRequests: [],
    recommendations: []
  };
}

/**
 * In-memory ports with real version tags: each write bumps the version, and a write against a
 * stale version fails with ConflictError holding both versions, as SharePoint's 412 does.
 */
export function fakeServices(options: { user?: Partial<CurrentUser>; plan?: Plan; failLoads?: number } = {}) {
  const plan = options.plan ?? samplePlan();
  const actions = new Map(plan.actions.map((a) => [a.id, { action: a, version: 1 }]));
  const history: ProgressUpdate[] = [];
  const requests: Array<{ value: ChangeRequest; version: number }> = [];
  let failLoads = options.failLoads ?? 0;
  const user: CurrentUser = { person: lead, canEdit: true, canManage: false, ...options.user };
  const tag = (n: number): VersionTag => `"${n}"`;
  const services: PlanServices & { actions: typeof actions; history: ProgressUpdate[]; requests: typeof requests; saveAsSomeoneElse(id: string, changes: Partial<Action>): void } = {
    actions,
    history,
    requests,
    saveAsSomeoneElse(id, changes) {
      const current = actions.get(id)!;
      actions.set(id, { action: { ...current.action, ...changes }, version: current.version + 1 });
    },
    async loadPlan() {
      if (failLoads > 0) {
        failLoads--;
        throw new Error('SharePoint did not answer.');
      }
      const list = [...actions.values()];
      return {
        plan: { ...plan, actions: list.map((a) => a.action), changeRequests: requests.map((r) => r.value) },
        actionVersions: Object.fromEntries(list.map((a) => [a.action.id, tag(a.version)])),
        storedRatings: {},
        loadedAt: new Date(),
        requestCount: 1
      };
    },
    async getAction(id) {
      const a = actions.get(id)!;
      return { value: a.action, version: tag(a.version) };
    },
    async updateAction(id, changes, version) {
      if (!user.canEdit) throw new PermissionDeniedError('You can read this plan but not change it.');
      const current = actions.get(id)!;
      if (tag(current.version) !== version) throw new ConflictError('Changed by someone else', changes, current.action, tag(current.version));
      const { clearOverride, ratingReason: _r, lastUpdated: _l, ...rest } = changes;
      const next = { ...current.action, ...rest, ...(clearOverride ? { override: undefined } : {}) } as Action;
      actions.set(id, { action: next, version: current.version + 1 });
      return tag(current.version + 1);
    },
    async addProgressUpdate(u) {
      const saved = { ...u, id: `u${history.length + 1}` };
      history.push(saved);
      return saved;
    },
    async listProgressUpdates(id) {
      return history.filter((h) => h.actionId === id);
    },
    async listChangeRequests() {
      return requests.map((r) => ({ value: r.value, version: tag(r.version) }));
    },
    async submitChangeRequest(r) {
      const value: ChangeRequest = { ...r, id: `c${requests.length + 1}`, reference: requests.length + 1, status: 'Submitted' };
      requests.push({ value, version: 1 });
      return value;
    },
    async decideChangeRequest(id, decision, version) {
      const r = requests.find((x) => x.value.id === id)!;
      if (tag(r.version) !== version) throw new ConflictError('Decided by someone else', decision, r.value, tag(r.version));
      r.value = { ...r.value, status: decision.status, decidedBy: decision.by, decidedOn: decision.on };
      r.version++;
      return tag(r.version);
    },
    async currentUser() {
      return user;
    }
  };
  return services;
}
