/**
 * People columns. SharePoint returns a User column only when it is expanded
 * (`$expand=Lead&$select=Lead/Title,Lead/EMail,Lead/Name`), as `{ Title, EMail, Name }` where
 * `Name` is the claims login; writes take the site user id (`LeadId: 12`).
 */
import type { Person } from '../../domain';

/** The user properties the app selects on every expanded User column. */
export const USER_PROPS = ['Id', 'Title', 'EMail', 'Name'] as const;

/** `$select` entries for an expanded User column, e.g. `Lead/Title`. */
export function userSelect(column: string): string[] {
  return USER_PROPS.map((p) => `${column}/${p}`);
}

/** Resolves a person to their site user id for writing; null when they have no account. */
export type UserIdLookup = (person: Person) => number | null;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/**
 * A person from an expanded User value, falling back to the name as written in the plan when the
 * column is empty (plans name posts long before anyone maps them to accounts).
 */
export function personFromUser(user: unknown, nameAsWritten?: unknown): Person | undefined {
  if (typeof user === 'object' && user !== null && !Array.isArray(user)) {
    const u = user as Record<string, unknown>;
    const displayName = str(u.Title) ?? str(nameAsWritten) ?? str(u.EMail) ?? str(u.Name);
    if (displayName) {
      const person: { displayName: string; email?: string; login?: string } = { displayName };
      if (str(u.EMail)) person.email = str(u.EMail);
      if (str(u.Name)) person.login = str(u.Name);
      return person;
    }
  }
  const written = str(nameAsWritten);
  return written ? { displayName: written } : undefined;
}

/** People from an expanded multi-person column (an array; verbose responses wrap it in `results`). */
export function peopleFromUsers(users: unknown): Person[] {
  const list = Array.isArray(users) ? users : typeof users === 'object' && users !== null && Array.isArray((users as { results?: unknown }).results) ? (users as { results: unknown[] }).results : [];
  return list.map((u) => personFromUser(u)).filter((p): p is Person => p !== undefined);
}

/** The identity key used to cache user ids: login, else e-mail, lower-cased. */
export function personKey(person: Person): string | undefined {
  const key = person.login ?? person.email;
  return key ? key.trim().toLowerCase() : undefined;
}

/**
 * Column values for a person: the user id (null when unmatched) and, when the list keeps one,
 * the name as written so an unmatched post title is not lost.
 */
export function writePerson(column: string, person: Person | undefined, ids: UserIdLookup, nameColumn?: string): Record<string, unknown> {
  const values: Record<string, unknown> = { [`${column}Id`]: person ? ids(person) : null };
  if (nameColumn) values[nameColumn] = person ? person.displayName : null;
  return values;
}
