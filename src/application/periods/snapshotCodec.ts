import { z } from 'zod';
import { ACTION_STATUSES, PROGRESS_RATINGS, type ActionStatus, type ProgressRating } from '../../domain';
import { SnapshotCorruptError, type StoredSnapshot } from './ports';

const person = z.object({ displayName: z.string(), email: z.string().optional(), login: z.string().optional() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rating = z.enum(PROGRESS_RATINGS as unknown as [ProgressRating, ...ProgressRating[]]);

const actionSnapshot = z.object({
  actionId: z.string(),
  code: z.string(),
  title: z.string(),
  kind: z.enum(['main', 'sub', 'assurance']),
  themeCode: z.string(),
  workstreamCode: z.string(),
  parentId: z.string().optional(),
  lead: person.optional(),
  status: z.enum(ACTION_STATUSES as unknown as [ActionStatus, ...ActionStatus[]]),
  rating,
  calculatedRating: rating,
  overridden: z.boolean(),
  reason: z.string(),
  dueDate: day.optional(),
  baselineDueDate: day.optional(),
  forecastDate: day.optional(),
  daysOverdue: z.number(),
  progressPercent: z.number().optional(),
  reprofileCount: z.number(),
  commentary: z.string().optional(),
  nextSteps: z.string().optional(),
  closureRationale: z.string().optional(),
  recommendationIds: z.array(z.string())
});

/** The stored form of a closed period: versioned, so a later format can still read old ones. */
const storedSnapshot = z.object({
  format: z.literal(1),
  period: z.object({ periodId: z.string(), label: z.string(), closedAt: z.string(), closedBy: person }),
  themes: z.array(z.object({ code: z.string(), name: z.string(), order: z.number() })),
  snapshot: z.object({ periodId: z.string(), asOf: day, policyName: z.string(), actions: z.array(actionSnapshot) })
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
  const parsed = storedSnapshot.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SnapshotCorruptError(periodId, `${first.path.join('.') || 'the record'}: ${first.message}.`);
  }
  // The format marker belongs to the stored record, not to the snapshot handed back.
  const { format: _format, ...stored } = parsed.data;
  return stored as StoredSnapshot;
}
