/** Plan Notifications Log items <-> log entries. */
import type { ClaimDetails, EntryRecord, LogEntry, NotificationKind, SlipCause } from '../../application/alerts/logPorts';
import { etagOf } from '../mapping/actions';
import { readChoice, readInstant, readLookupId, readNumber, readText, type SpItem, type SpValues } from '../mapping/values';
import { NOTIFICATION_KIND_CHOICES, NOTIFICATION_STATE_CHOICES, NOTIFICATIONS_LIST } from '../schema/planLists';

/** Title of the log list (as provisioned from the schema). */
export const NOTIFICATIONS_LOG_LIST = NOTIFICATIONS_LIST;

/** Columns read for an entry, with who created and last changed it (set by SharePoint). */
export const LOG_SELECT: readonly string[] = [
  'Id', 'SlipKey', 'ActionId', 'ThemeCode', 'NotificationKind', 'State', 'Attempts', 'LastError', 'Route', 'ClaimedAt', 'SentAt', 'Payload',
  'AuthorId', 'EditorId', 'Author/Title', 'Author/Name', 'Editor/Title', 'Editor/Name'
];
export const LOG_EXPAND: readonly string[] = ['Author', 'Editor'];


function readCause(value: unknown): SlipCause | undefined {
  const c = value as { by?: unknown; progressUpdateId?: unknown } | null;
  if (c?.by === 'dates') return { by: 'dates' };
  if (c?.by === 'save' && typeof c.progressUpdateId === 'string' && /^\d+$/.test(c.progressUpdateId)) return { by: 'save', progressUpdateId: c.progressUpdateId };
  return undefined;
}

/**
 * What an entry is about, from its Payload column. Only the shape the sweep writes is read; a
 * card's data stored there by an older version, or anything else, reads as absent, so no stored
 * text or link ever reaches a card.
 */
export function readRecord(kind: NotificationKind, value: unknown): EntryRecord | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  let parsed: { kind?: unknown; cause?: unknown };
  try {
    parsed = JSON.parse(text) as { kind?: unknown; cause?: unknown };
  } catch {
    return undefined;
  }
  if (parsed?.kind !== kind) return undefined;
  if (kind !== 'slip') return { kind };
  const cause = readCause(parsed.cause);
  return cause ? { kind: 'slip', cause } : undefined;
}

/**
 * Posts of an entry's card whose outcome is unknown, kept in the Payload column beside what the
 * entry is about (no column of its own, so sites provisioned before keep working unchanged).
 */
export function readUncertainPosts(value: unknown): number {
  const text = readText(value);
  if (text === undefined) return 0;
  try {
    const n = (JSON.parse(text) as { uncertainPosts?: unknown } | null)?.uncertainPosts;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

/** The Payload column of an entry: what it is about, and its uncertain posts when there are any. */
export function payloadOf(entry: Pick<LogEntry, 'kind' | 'record'>, uncertainPosts: number, extra: object = {}): string {
  return JSON.stringify({ ...(entry.record ?? { kind: entry.kind }), ...extra, ...(uncertainPosts > 0 ? { uncertainPosts } : {}) });
}

/** Site user ids of who created and who last changed an item. */
export function writersOf(item: SpItem): { authorId?: number; editorId?: number } {
  return {
    ...(typeof item.AuthorId === 'number' ? { authorId: item.AuthorId } : {}),
    ...(typeof item.EditorId === 'number' ? { editorId: item.EditorId } : {})
  };
}

/** A readable "who" for an item nobody of record wrote: its author, and its editor when different. */
export function describeWriters(item: SpItem): string {
  const name = (u: unknown): string => {
    const p = u as { Title?: unknown; Name?: unknown } | undefined;
    return [readText(p?.Title), readText(p?.Name) ? `(${readText(p?.Name)})` : undefined].filter(Boolean).join(' ') || 'an unknown account';
  };
  const author = name(item.Author);
  const editor = name(item.Editor);
  return item.AuthorId === item.EditorId || editor === author ? author : `${author}, last changed by ${editor}`;
}

/** An entry from a log item; odd values read as safe defaults (an unreadable state as Failed, so it is retried). */
export function entryFromItem(item: SpItem): LogEntry {
  const actionId = readLookupId(item.ActionId);
  const sentAt = readInstant(item.SentAt);
  const lastError = readText(item.LastError);
  const route = readText(item.Route);
  const kind = readChoice(item.NotificationKind, NOTIFICATION_KIND_CHOICES) ?? 'slip';
  const record = readRecord(kind, item.Payload);
  const uncertainPosts = readUncertainPosts(item.Payload);
  return {
    id: typeof item.Id === 'number' ? item.Id : 0,
    key: readText(item.SlipKey) ?? '',
    kind,
    themeCode: readText(item.ThemeCode) ?? '',
    ...(actionId ? { actionId } : {}),
    state: readChoice(item.State, NOTIFICATION_STATE_CHOICES) ?? 'Failed',
    attempts: readNumber(item.Attempts) ?? 0,
    claimedAt: readInstant(item.ClaimedAt) ?? new Date(0),
    ...(sentAt ? { sentAt } : {}),
    ...(lastError ? { lastError } : {}),
    ...(route ? { route } : {}),
    ...(record ? { record } : {}),
    ...(uncertainPosts > 0 ? { uncertainPosts } : {}),
    version: etagOf(item)
  };
}

/** Column values of a new claim. */
export function claimValues(key: string, details: ClaimDetails): SpValues {
  const actionId = details.actionId !== undefined ? Number(details.actionId) : NaN;
  return {
    Title: key.slice(0, 255),
    SlipKey: key,
    ActionId: Number.isInteger(actionId) && actionId > 0 ? actionId : null,
    ThemeCode: details.themeCode,
    NotificationKind: details.kind,
    State: 'Claimed',
    Attempts: 1,
    Route: details.route ?? null,
    ClaimedAt: details.at.toISOString(),
    Payload: JSON.stringify(details.record)
  };
}

