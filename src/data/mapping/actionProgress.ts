/**
 * An action is stored in two lists so that SharePoint itself can hold each part to its own
 * writers: its definition (title, lead, dates, closure) in 'Plan Actions', which only the
 * programme office edits, and its progress (status, rating, commentary) in 'Plan Action Progress',
 * one item per action whose unique permissions let its lead and delegates edit it.
 *
 * Both lists use the same internal names for the columns they hold, so the mapper reads one
 * merged item and writers split one set of values by column.
 */
import { listDefinition, OPERATION_KEY_FIELD } from '../schema/planLists';
import { etagOf } from './actions';
import { userSelect } from './people';
import type { SpItem, SpValues } from './values';

/**
 * Internal names of the progress columns (the value columns). `Action` is the link back; the
 * operation key is in both lists and each writer sets it for the part it writes.
 */
export const PROGRESS_COLUMNS: readonly string[] = listDefinition('actionProgress')
  .fields.map((f) => f.internalName)
  .filter((name) => name !== 'Action' && name !== OPERATION_KEY_FIELD);

const PROGRESS_SET: ReadonlySet<string> = new Set(PROGRESS_COLUMNS);
const SKIPPED_FROM_PROGRESS: ReadonlySet<string> = new Set(['Id', 'ActionId', 'EffectiveBasePermissions', '__metadata']);

const WRITTEN = new Set(PROGRESS_COLUMNS.flatMap((c) => [c, `${c}Id`]));

/** `$select` for a progress item, with the current user's permissions on it. */
export const ACTION_PROGRESS_SELECT: readonly string[] = [
  'Id', 'ActionId', ...PROGRESS_COLUMNS.filter((c) => c !== 'OverrideBy'), ...userSelect('OverrideBy'), 'Modified', 'EffectiveBasePermissions'
];
/** `$expand` for a progress item. */
export const ACTION_PROGRESS_EXPAND: readonly string[] = ['OverrideBy'];

/** Values split by the list that holds them. */
export interface SplitValues {
  definition: SpValues;
  progress: SpValues;
}

/** Splits column values (as the mappers write them) into the definition's and the progress's. */
export function splitActionValues(values: SpValues): SplitValues {
  const definition: SpValues = {};
  const progress: SpValues = {};
  for (const [key, value] of Object.entries(values)) (WRITTEN.has(key) ? progress : definition)[key] = value;
  return { definition, progress };
}

/**
 * Where an action's two parts are, at the versions read: the opaque version token the
 * application hands back on save. Either ETag may be absent (no progress item yet).
 */
export interface ActionVersion {
  definition: string;
  progressId?: number;
  progress?: string;
}

export function encodeActionVersion(v: ActionVersion): string {
  return JSON.stringify(v);
}

/** Reads a token made by {@link encodeActionVersion}; a bare ETag is the definition's alone. */
export function decodeActionVersion(token: string): ActionVersion {
  if (token.startsWith('{')) {
    try {
      const v = JSON.parse(token) as Partial<ActionVersion>;
      if (typeof v.definition === 'string') return { definition: v.definition, ...(typeof v.progressId === 'number' ? { progressId: v.progressId } : {}), ...(typeof v.progress === 'string' ? { progress: v.progress } : {}) };
    } catch {
      // Not a token of ours: treat it as an ETag below.
    }
  }
  return { definition: token };
}

/**
 * One item for the action mapper: the definition with the progress columns laid over it, and a
 * version token naming both parts. Without a progress item the progress reads as not started.
 */
export function mergeActionItems(definition: SpItem, progress: SpItem | undefined): SpItem {
  // Built by copying, not by deleting keys: a deleted key turns the object into a slow dictionary
  // for everything that reads it afterwards, and this runs once per action on every plan load.
  const merged: SpItem = {};
  for (const key of Object.keys(definition)) if (!PROGRESS_SET.has(key)) merged[key] = definition[key];
  if (progress) {
    for (const key of Object.keys(progress)) {
      if (SKIPPED_FROM_PROGRESS.has(key) || key.startsWith('odata.')) continue;
      if (key === 'Modified' && merged.Modified !== undefined) continue;
      merged[key] = progress[key];
    }
  }
  const version: ActionVersion = { definition: etagOf(definition) };
  if (progress && typeof progress.Id === 'number') {
    version.progressId = progress.Id;
    version.progress = etagOf(progress);
  }
  merged['odata.etag'] = encodeActionVersion(version);
  return merged;
}

/** Progress items by the id of the action they belong to (the oldest wins if ever doubled). */
export function progressByAction(items: readonly SpItem[]): Map<number, SpItem> {
  const out = new Map<number, SpItem>();
  for (const item of items) {
    const actionId = typeof item.ActionId === 'number' ? item.ActionId : undefined;
    if (actionId === undefined) continue;
    const held = out.get(actionId);
    if (!held || (item.Id as number) < (held.Id as number)) out.set(actionId, item);
  }
  return out;
}
