import { peopleFromUsers, personFromUser, personKey, userSelect, writePerson } from '../../../src/data/mapping';
import { user } from './collect';

describe('people columns', () => {
  it('reads an expanded user as display name, e-mail and claims login', () => {
    expect(personFromUser(user('Jo Lead', 'jo@council.example'))).toEqual({ displayName: 'Jo Lead', email: 'jo@council.example', login: 'i:0#.f|membership|jo@council.example' });
  });

  it('falls back to the name as written when the column is empty or incomplete', () => {
    expect(personFromUser(null, 'Head of Finance')).toEqual({ displayName: 'Head of Finance' });
    expect(personFromUser({ Title: '', EMail: 'x@y' }, 'Head of HR')).toEqual({ displayName: 'Head of HR', email: 'x@y' });
    expect(personFromUser({ Name: 'i:0#.f|membership|z@y' })).toEqual({ displayName: 'i:0#.f|membership|z@y', login: 'i:0#.f|membership|z@y' });
    expect(personFromUser(undefined)).toBeUndefined();
    expect(personFromUser([], '')).toBeUndefined();
  });

  it('reads several people from an array or a verbose results wrapper', () => {
    expect(peopleFromUsers([user('A', 'a@x'), { nothing: true }]).map((p) => p.displayName)).toEqual(['A']);
    expect(peopleFromUsers({ results: [user('B', 'b@x')] }).map((p) => p.email)).toEqual(['b@x']);
    expect(peopleFromUsers('nobody')).toEqual([]);
  });

  it('writes a person as a user id and the name as written', () => {
    const ids = (p: { login?: string }) => (p.login === 'jo' ? 12 : null);
    expect(writePerson('Lead', { displayName: 'Jo', login: 'jo' }, ids, 'LeadName')).toEqual({ LeadId: 12, LeadName: 'Jo' });
    expect(writePerson('Lead', { displayName: 'Head of HR' }, ids, 'LeadName')).toEqual({ LeadId: null, LeadName: 'Head of HR' });
    expect(writePerson('Lead', undefined, ids, 'LeadName')).toEqual({ LeadId: null, LeadName: null });
    expect(writePerson('OverrideBy', { displayName: 'Jo', login: 'jo' }, ids)).toEqual({ OverrideById: 12 });
  });

  it('keys people by login, else e-mail, case-insensitively, and selects the user properties', () => {
    expect(personKey({ displayName: 'x', login: 'JO@X', email: 'other' })).toBe('jo@x');
    expect(personKey({ displayName: 'x', email: 'Jo@X ' })).toBe('jo@x');
    expect(personKey({ displayName: 'x' })).toBeUndefined();
    expect(userSelect('Lead')).toEqual(['Lead/Id', 'Lead/Title', 'Lead/EMail', 'Lead/Name']);
  });
});
