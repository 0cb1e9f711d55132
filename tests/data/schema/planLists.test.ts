import { ACTION_STATUSES, CHANGE_TYPES, PROGRESS_RATINGS, RECOMMENDATION_SOURCE_LABELS } from '../../../src/domain';
import { ACTION_QUERY_COLUMNS } from '../../../src/data/repositories/actionQueries';
import type { FieldDefinition } from '../../../src/data/schema/fieldTypes';
import { ACTIONS_LIST, listDefinition, PLAN_LISTS } from '../../../src/data/schema/planLists';

const field = (key: Parameters<typeof listDefinition>[0], name: string): FieldDefinition => {
  const found = listDefinition(key).fields.find((f) => f.internalName === name);
  if (!found) throw new Error(`${key}.${name} is not defined`);
  return found;
};

/** Columns the repositories filter or order by, per list (the threshold needs each indexed). */
const QUERIED: Array<[Parameters<typeof listDefinition>[0], string]> = [
  ...ACTION_QUERY_COLUMNS.map((c) => ['actions', c] as [Parameters<typeof listDefinition>[0], string]),
  ['themes', 'Code'],
  ['progressUpdates', 'Action'],
  ['changeLog', 'Reference']
];

describe('plan list definitions', () => {
  it('stores action statuses and ratings exactly as the domain spells them', () => {
    expect(field('actionProgress', 'Status').choices).toEqual(ACTION_STATUSES);
    expect(field('actionProgress', 'Rating').choices).toEqual(PROGRESS_RATINGS);
    expect(field('actionProgress', 'RatingOverride').choices).toEqual(PROGRESS_RATINGS);
    expect(field('progressUpdates', 'Status').choices).toEqual(ACTION_STATUSES);
    expect(field('progressUpdates', 'RatingAtSubmission').choices).toEqual(PROGRESS_RATINGS);
  });

  it('stores change types, change statuses and recommendation sources as the domain keys', () => {
    expect(field('changeLog', 'ChangeType').choices).toEqual(CHANGE_TYPES);
    expect(field('changeLog', 'Status').choices).toEqual(['Submitted', 'Approved', 'Rejected', 'Withdrawn']);
    expect(field('recommendations', 'Source').choices).toEqual(Object.keys(RECOMMENDATION_SOURCE_LABELS));
  });

  it('keeps structured values in JSON Note columns', () => {
    for (const [key, name] of [
      ['actionProgress', 'IssuesJson'],
      ['actionProgress', 'EvidenceJson'],
      ['progressUpdates', 'AchievementsJson'],
      ['progressUpdates', 'EvidenceJson'],
      ['risks', 'MitigationsJson'],
      ['changeLog', 'ChangesJson']
    ] as const) {
      expect(field(key, name).type).toBe('Note');
    }
  });

  it('has a numeric, indexed, required change Reference and the change decision fields', () => {
    expect(field('changeLog', 'Reference')).toMatchObject({ type: 'Number', indexed: true, required: true });
    for (const name of ['TargetCode', 'TargetTitle', 'DecidedBy', 'DecidedOn', 'DecisionNote', 'RequestedOn']) expect(field('changeLog', name)).toBeDefined();
  });

  it('links sub-actions to main actions through a ParentAction lookup on the same list', () => {
    expect(field('actions', 'ParentAction')).toMatchObject({ type: 'Lookup', lookupListTitle: ACTIONS_LIST, indexed: true });
    expect(field('actionProgress', 'CompletedOn')).toMatchObject({ type: 'DateTime', dateOnly: true });
  });

  it('has milestones by theme code and achieved date, and risks with previous residual scores', () => {
    expect(field('milestones', 'ThemeCode').indexed).toBe(true);
    expect(field('milestones', 'AchievedOn').dateOnly).toBe(true);
    for (const name of ['PreviousResidualLikelihood', 'PreviousResidualImpact', 'InherentLikelihood', 'TargetImpact']) expect(field('risks', name).type).toBe('Number');
    expect(field('risks', 'ActionRefs').type).toBe('Note');
    expect(field('risks', 'Status').choices).toEqual(['Open', 'Closed']);
  });

  it('indexes every column the repositories filter or order by', () => {
    for (const [key, name] of QUERIED) expect({ column: `${key}.${name}`, indexed: field(key, name).indexed }).toEqual({ column: `${key}.${name}`, indexed: true });
  });

  it('stays within SharePoint limits: at most 20 indexes per list, unique internal names, lookups after their targets', () => {
    const seen: string[] = [];
    for (const list of PLAN_LISTS) {
      expect(list.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
      const names = list.fields.map((f) => f.internalName);
      expect(new Set(names).size).toBe(names.length);
      for (const f of list.fields) if (f.lookupListTitle && f.lookupListTitle !== list.title) expect(seen).toContain(f.lookupListTitle);
      for (const f of list.fields) if (f.type === 'User' && f.multiple) expect(f.indexed).toBeFalsy();
      for (const f of list.fields) if (f.type === 'Choice') expect(f.choices?.length).toBeGreaterThan(0);
      seen.push(list.title);
    }
  });

  it('has unique list titles and URLs without spaces', () => {
    expect(new Set(PLAN_LISTS.map((l) => l.title)).size).toBe(PLAN_LISTS.length);
    for (const l of PLAN_LISTS) expect(l.url).toMatch(/^[A-Za-z]+$/);
  });

  it('refuses an unknown list key', () => {
    expect(() => listDefinition('nope' as never)).toThrow('No plan list is defined with key "nope".');
  });
});
