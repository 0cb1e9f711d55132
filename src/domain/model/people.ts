/**
 * Someone named in the plan: a lead officer, director, requester or approver.
 *
 * Only the display name is certain: imported plans name people ("Head of HR and Organisational
 * Development") long before anyone maps them to an account, so email and login are optional.
 */
export interface Person {
  /** Name or post title as it should appear in reports. */
  readonly displayName: string;
  /** Work email, used to address Teams notifications. */
  readonly email?: string;
  /** Sign-in name (for example `i:0#.f|membership|jo@council.gov.uk`) when known. */
  readonly login?: string;
}

/**
 * Are two people the same person? Compares login, then email (case-insensitive), then display
 * name, because imported data may know a person only by one of these.
 */
export function isSamePerson(a: Person, b: Person): boolean {
  if (a.login && b.login) return a.login.toLowerCase() === b.login.toLowerCase();
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return a.displayName.trim().toLowerCase() === b.displayName.trim().toLowerCase();
}
