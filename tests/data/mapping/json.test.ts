import { readEvidence, readFieldChange, readIssue, readJsonArray, readMitigation, readPersonEntry, readSentence, writeJsonArray } from '../../../src/data/mapping';
import { collector } from './collect';

const origin = () => {
  const c = collector();
  return { ...c, origin: { list: 'Plan Actions', itemId: 5, report: c.sink } };
};

describe('JSON columns', () => {
  it('reads a valid array and writes it back the same', () => {
    const { origin: o, problems } = origin();
    const issues = [{ id: 'i1', description: 'Delay', severity: 'High', raisedOn: '2026-03-01', raisedBy: { displayName: 'Jo', email: 'jo@x' }, resolvedOn: '2026-03-20' }];
    expect(readJsonArray(writeJsonArray(issues), 'IssuesJson', o, readIssue)).toEqual(issues);
    expect(problems).toEqual([]);
  });

  it('reads empty, null and missing as an empty list, and writes an empty list as null', () => {
    const { origin: o, problems } = origin();
    expect(readJsonArray('', 'IssuesJson', o, readIssue)).toEqual([]);
    expect(readJsonArray(null, 'IssuesJson', o, readIssue)).toEqual([]);
    expect(readJsonArray(undefined, 'IssuesJson', o, readIssue)).toEqual([]);
    expect(writeJsonArray([])).toBeNull();
    expect(writeJsonArray(undefined)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('reports bad JSON and falls back to an empty list', () => {
    const { origin: o, problems } = origin();
    expect(readJsonArray('{"id":', 'IssuesJson', o, readIssue)).toEqual([]);
    expect(problems).toEqual([{ list: 'Plan Actions', itemId: 5, column: 'IssuesJson', message: 'IssuesJson is not valid JSON, so it was read as empty. Re-enter it in the app.' }]);
  });

  it('reports JSON that is not a list', () => {
    const { origin: o, problems } = origin();
    expect(readJsonArray('{"a":1}', 'EvidenceJson', o, readEvidence)).toEqual([]);
    expect(problems[0].message).toBe('EvidenceJson should hold a list, so it was read as empty. Re-enter it in the app.');
  });

  it('skips and reports entries of the wrong shape, keeping the rest', () => {
    const { origin: o, problems } = origin();
    const text = JSON.stringify([{ url: 'https://a', title: 'A' }, { title: 'no url' }, 'x', { url: 'https://b' }]);
    expect(readJsonArray(text, 'EvidenceJson', o, readEvidence)).toEqual([
      { url: 'https://a', title: 'A' },
      { url: 'https://b', title: 'https://b' }
    ]);
    expect(problems.map((p) => p.message)).toEqual(['Entry 2 of EvidenceJson is incomplete and was left out.', 'Entry 3 of EvidenceJson is incomplete and was left out.']);
  });

  it('accepts an already-parsed array (verbose or pre-parsed values)', () => {
    const { origin: o } = origin();
    expect(readJsonArray(['Won award'], 'AchievementsJson', o, readSentence)).toEqual(['Won award']);
  });
});

describe('JSON entry readers', () => {
  it('checks issues', () => {
    expect(readIssue({ id: 'i', description: 'd', severity: 'Extreme', raisedOn: '2026-01-01' })).toBeUndefined();
    expect(readIssue({ id: 'i', description: 'd', severity: 'Low', raisedOn: '1 Jan' })).toBeUndefined();
    expect(readIssue(null)).toBeUndefined();
    expect(readIssue({ id: 'i', description: 'd', severity: 'Low', raisedOn: '2026-01-01', raisedBy: { email: 'x' }, resolvedOn: 'soon' })).toEqual({
      id: 'i',
      description: 'd',
      severity: 'Low',
      raisedOn: '2026-01-01'
    });
  });

  it('checks people, mitigations, field changes and sentences', () => {
    expect(readPersonEntry({ displayName: ' ' })).toBeUndefined();
    expect(readPersonEntry({ displayName: 'Jo', login: 'i:0#.f|membership|jo@x', email: '' })).toEqual({ displayName: 'Jo', login: 'i:0#.f|membership|jo@x' });
    expect(readMitigation({ description: 'Hire', done: 'yes', dueDate: '2026-05-01', actionId: '12', owner: { displayName: 'Ali' } })).toEqual({
      description: 'Hire',
      done: false,
      dueDate: '2026-05-01',
      actionId: '12',
      owner: { displayName: 'Ali' }
    });
    expect(readMitigation({ done: true })).toBeUndefined();
    expect(readFieldChange({ field: 'title', oldValue: 'A', newValue: 7 })).toEqual({ field: 'title', oldValue: 'A' });
    expect(readFieldChange({ oldValue: 'A' })).toBeUndefined();
    expect(readSentence('  ')).toBeUndefined();
    expect(readSentence(3)).toBeUndefined();
  });
});
