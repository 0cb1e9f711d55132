import type { Action, Person, Theme, Workstream } from '../../src/domain';

export const director: Person = { displayName: 'Director of Governance', email: 'governance.director@example.gov.uk' };
export const pmo: Person = { displayName: 'Programme Office', email: 'pmo@example.gov.uk' };
export const lead: Person = { displayName: 'Head of HR and Organisational Development', email: 'hr.head@example.gov.uk' };

/** A main action with sensible defaults; tests override only what they are about. */
export function makeAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'a1',
    code: 'OC.A2',
    title: 'Workforce strategy adopted',
    themeCode: 'OC',
    workstreamCode: 'OC.A',
    kind: 'main',
    lead,
    status: 'InProgress',
    issues: [],
    evidence: [],
    reprofileCount: 0,
    recommendationIds: [],
    riskIds: [],
    ...overrides
  };
}

export function makeTheme(overrides: Partial<Theme> = {}): Theme {
  return { id: 't-oc', code: 'OC', name: 'Organisational Culture', leadDirector: director, order: 1, ...overrides };
}

export function makeWorkstream(overrides: Partial<Workstream> = {}): Workstream {
  return { id: 'w-oc-a', code: 'OC.A', themeCode: 'OC', name: 'Workforce', order: 1, ...overrides };
}
