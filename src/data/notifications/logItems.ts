/** Plan Notifications Log items <-> log entries. */
import type { ClaimDetails, LogEntry, NotificationKind, NotificationState } from '../../application/alerts/ports';
import { etagOf } from '../mapping/actions';
import { readChoice, readInstant, readLookupId, readNumber, readText, type SpItem, type SpValues } from '../mapping/values';

/** Title of the log list (as provisioned from the schema). */
export const NOTIFICATIONS_LOG_LIST = 'Plan Notifications Log';

/** Columns read for an entry. */
export const LOG_SELECT: readonly string[] = ['Id', 'SlipKey', 'ActionId', 'ThemeCode', 'NotificationKind', 'State', 'Attempts', 'LastError', 'Route', 'ClaimedAt', 'SentAt', 'Payload'];

const KINDS: readonly NotificationKind[] = ['slip', 'digest', 'reminder'];
const STATES: readonly NotificationState[] = ['Claimed', 'Sent', 'Failed'];

function readPayload(value: unknown): unknown {
  const text = readText(value);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An entry from a log item; odd values read as safe defaults (an unreadable state as Failed, so it is retried). */
export function entryFromItem(item: SpItem): LogEntry {
  const actionId = readLookupId(item.ActionId);
  const sentAt = readInstant(item.SentAt);
  const lastError = readText(item.LastError);
  const route = readText(item.Route);
  return {
    id: typeof item.Id === 'number' ? item.Id : 0,
    key: readText(item.SlipKey) ?? '',
    kind: readChoice(item.NotificationKind, KINDS) ?? 'slip',
    themeCode: readText(item.ThemeCode) ?? '',
    ...(actionId ? { actionId } : {}),
    state: readChoice(item.State, STATES) ?? 'Failed',
    attempts: readNumber(item.Attempts) ?? 0,
    claimedAt: readInstant(item.ClaimedAt) ?? new Date(0),
    ...(sentAt ? { sentAt } : {}),
    ...(lastError ? { lastError } : {}),
    ...(route ? { route } : {}),
    payload: readPayload(item.Payload),
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
    Payload: JSON.stringify(details.payload)
  };
}

/** An OData string literal (quotes doubled). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
