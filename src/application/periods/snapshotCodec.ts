// valibot: schema checks that bundle to a few kilobytes, since snapshots are read on every page load.
import * as v from 'valibot';
import { ACTION_STATUSES, PROGRESS_RATINGS, type ActionStatus, type ProgressRating } from '../../domain';
import { SnapshotCorruptError, type StoredSnapshot } from './ports';

const person = v.object({ displayName: v.string(), email: v.optional(v.string()), login: v.optional(v.string()) });
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a day written YYYY-MM-DD'));
const rating = v.picklist(PROGRESS_RATINGS as unknown as [ProgressRating, ...ProgressRating[]]);

const actionSnapshot = v.object({
  actionId: v.string(),
  code: v.string(),
  title: v.string(),
  kind: v.picklist(['main', 'sub', 'assurance']),
  themeCode: v.string(),
  workstreamCode: v.string(),
  parentId: v.optional(v.string()),
  lead: v.optional(person),
  status: v.picklist(ACTION_STATUSES as unknown as [ActionStatus, ...ActionStatus[]]),
  rating,
  calculatedRating: rating,
  overridden: v.boolean(),
  reason: v.string(),
  dueDate: v.optional(day),
  baselineDueDate: v.optional(day),
  forecastDate: v.optional(day),
  daysOverdue: v.number(),
  progressPercent: v.optional(v.number()),
  reprofileCount: v.number(),
  commentary: v.optional(v.string()),
  nextSteps: v.optional(v.string()),
  closureRationale: v.optional(v.string()),
  recommendationIds: v.array(v.string())
});

/** The stored form of a closed period: versioned, so a later format can still read old ones. */
const storedSnapshot = v.object({
  format: v.literal(1),
  period: v.object({ periodId: v.string(), label: v.string(), closedAt: v.string(), closedBy: person }),
  themes: v.array(v.object({ code: v.string(), name: v.string(), order: v.number() })),
  snapshot: v.object({ periodId: v.string(), asOf: day, policyName: v.string(), actions: v.array(actionSnapshot) })
});

/** Writes a snapshot as JSON for storage. */
export function encodeSnapshot(stored: StoredSnapshot): string {
  return JSON.stringify({ format: 1, ...stored });
}

/**
 * Reads a stored snapshot back, checking every field.
 * @throws SnapshotCorruptError when the text is not a snapshot this version can read
 */
export function decodeSnapshot(periodId: string, text: string): StoredSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SnapshotCorruptError(periodId, 'it is not valid JSON (a part may be missing).');
  }
  const parsed = v.safeParse(storedSnapshot, json);
  if (!parsed.success) {
    const first = parsed.issues[0];
    const where = (first.path ?? []).map((step) => String(step.key)).join('.') || 'the record';
    throw new SnapshotCorruptError(periodId, `${where}: ${first.message}.`);
  }
  // The format marker belongs to the stored record, not to the snapshot handed back.
  const { format: _format, ...stored } = parsed.output;
  return stored as StoredSnapshot;
}

