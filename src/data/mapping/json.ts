/**
 * Structured values kept as JSON in Note columns (issues, evidence, mitigations, field changes).
 * Reading is defensive: a hand-edited or truncated column is reported and read as empty, and
 * entries of the wrong shape are skipped one by one, so the rest of the plan still loads.
 */
import { isIsoDate, type ActionIssue, type EvidenceLink, type FieldChange, type IssueSeverity, type MitigatingAction, type Person } from '../../domain';
import type { ItemOrigin } from './problems';
import { compact } from './values';

/** Checks one parsed entry and returns it typed, or undefined when it does not fit. */
export type EntryReader<T> = (entry: unknown) => T | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const optDay = (v: unknown): string | undefined => (isIsoDate(v) ? v : undefined);

/**
 * Reads a JSON array column. Empty reads as `[]`; text that is not a JSON array is reported and
 * read as `[]`; entries `read` rejects are reported and left out.
 */
export function readJsonArray<T>(value: unknown, column: string, origin: ItemOrigin, read: EntryReader<T>): T[] {
  if (value === null || value === undefined || value === '') return [];
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    origin.report({ ...where(origin, column), message: `${column} is not valid JSON, so it was read as empty. Re-enter it in the app.` });
    return [];
  }
  if (!Array.isArray(parsed)) {
    origin.report({ ...where(origin, column), message: `${column} should hold a list, so it was read as empty. Re-enter it in the app.` });
    return [];
  }
  const out: T[] = [];
  parsed.forEach((entry, index) => {
    const ok = read(entry);
    if (ok === undefined) origin.report({ ...where(origin, column), message: `Entry ${index + 1} of ${column} is incomplete and was left out.` });
    else out.push(ok);
  });
  return out;
}

function where(origin: ItemOrigin, column: string): { list: string; itemId: number; column: string } {
  return { list: origin.list, itemId: origin.itemId, column };
}

/** Writes a JSON array column; an empty list clears it. */
export function writeJsonArray(entries: readonly unknown[] | undefined): string | null {
  return entries && entries.length ? JSON.stringify(entries) : null;
}

/** A person stored inside JSON: a display name at least. */
export const readPersonEntry: EntryReader<Person> = (entry) => {
  if (!isObject(entry) || typeof entry.displayName !== 'string' || entry.displayName.trim() === '') return undefined;
  return compact({ displayName: entry.displayName, email: optString(entry.email), login: optString(entry.login) });
};

const SEVERITIES: readonly IssueSeverity[] = ['Low', 'Medium', 'High'];

/** An issue raised against an action. */
export const readIssue: EntryReader<ActionIssue> = (entry) => {
  if (!isObject(entry)) return undefined;
  const { id, description, severity, raisedOn } = entry;
  if (typeof id !== 'string' || typeof description !== 'string' || !SEVERITIES.includes(severity as IssueSeverity) || !isIsoDate(raisedOn)) return undefined;
  return compact({
    id,
    description,
    severity: severity as IssueSeverity,
    raisedOn,
    raisedBy: entry.raisedBy === undefined ? undefined : readPersonEntry(entry.raisedBy),
    resolvedOn: optDay(entry.resolvedOn)
  });
};

/** A link to evidence. */
export const readEvidence: EntryReader<EvidenceLink> = (entry) => {
  if (!isObject(entry) || typeof entry.url !== 'string' || entry.url === '') return undefined;
  return compact({ url: entry.url, title: typeof entry.title === 'string' && entry.title !== '' ? entry.title : entry.url, addedOn: optDay(entry.addedOn) });
};

/** A mitigating action on a risk. */
export const readMitigation: EntryReader<MitigatingAction> = (entry) => {
  if (!isObject(entry) || typeof entry.description !== 'string' || entry.description === '') return undefined;
  return compact({
    description: entry.description,
    owner: entry.owner === undefined ? undefined : readPersonEntry(entry.owner),
    dueDate: optDay(entry.dueDate),
    actionId: optString(entry.actionId),
    done: entry.done === true
  });
};

/** One field a change request alters. */
export const readFieldChange: EntryReader<FieldChange> = (entry) => {
  if (!isObject(entry) || typeof entry.field !== 'string' || entry.field === '') return undefined;
  return compact({ field: entry.field, oldValue: optString(entry.oldValue), newValue: optString(entry.newValue) });
};

/** A short sentence (achievements). */
export const readSentence: EntryReader<string> = (entry) => (typeof entry === 'string' && entry.trim() !== '' ? entry : undefined);
