/**
 * The sweep's pass over slips that saves in the app caused. The sweep is the authority: for each
 * save in the recent progress history that worsened its action into Amber or Red, it either
 * records the app's post (when the receipt is the saver's own) or claims, sends and confirms the
 * card itself, built from the plan.
 */
import { describeSlip, slipCardData } from './cardData';
import { claimAndSend, confirmAppPost, type DeliveryOutcome } from './deliver';
import type { EntryRecord, LogEntry } from './logPorts';
import { appPostRoute, routeLabel, targetFor } from './routing';
import { appPostNote, checkReceipts, exceptionUpdates, previousEntryRating, receiptSubject, recordedUpdateIds, saveSlipEvent, slipStands, type SaveCandidate, type SaveSlip } from './saveSlips';
import type { AlertReceipt, SavedUpdate } from './savePorts';
import { DEFAULT_HISTORY_WINDOW_MS, DEFAULT_RECEIPT_GRACE_MS, type SweepContext, type SweepRow } from './sweepTypes';

function row(slip: SaveSlip, status: SweepRow['status'], extra: Partial<SweepRow> = {}): SweepRow {
  return { kind: 'slip', key: slip.event.key, themeCode: slip.event.themeCode, subject: `${describeSlip(slip.event)} (saved by ${slip.update.author.displayName})`, status, ...extra };
}

const fromOutcome = (slip: SaveSlip, outcome: DeliveryOutcome): SweepRow =>
  row(slip, outcome.status, { ...(outcome.route ? { route: outcome.route } : {}), ...(outcome.detail ? { detail: outcome.detail } : {}) });

/** The rating before the save: from the action's version history, else the previous history entry. */
async function slipOf(ctx: SweepContext, candidate: SaveCandidate): Promise<SaveSlip | undefined> {
  const { loaded } = ctx.plan;
  const before = await ctx.deps.history.storedRatingBefore(candidate.update);
  const rating = before.known ? before.rating : previousEntryRating(loaded.plan.progressUpdates, candidate.update);
  const event = saveSlipEvent(candidate, rating, loaded.storedRatings[candidate.action.id], ctx.deps.policy);
  return event ? { ...candidate, event } : undefined;
}

/** Names receipts that were about a slip but did not count, so someone can look into them. */
function reportRefused(ctx: SweepContext, slip: SaveSlip, refused: readonly AlertReceipt[]): void {
  for (const r of refused) {
    ctx.problems.push(
      `Receipt ${r.id} in Plan Alert Receipts (key ${r.key}) was added by ${r.author.displayName}, but the save it is about (progress update ${slip.update.id}) was made by ${slip.update.author.displayName}: ignored.`
    );
  }
}

/** What the log records about a save's slip: the progress update that caused it. */
const causeOf = (slip: SaveSlip): EntryRecord => ({ kind: 'slip', cause: { by: 'save', progressUpdateId: slip.update.id } });

/** Claims the slip and records it Sent as the app's post, without posting. */
async function recordAppPost(ctx: SweepContext, slip: SaveSlip, receipt: AlertReceipt): Promise<SweepRow> {
  const { deps } = ctx;
  const note = appPostNote(slip.update, receipt);
  const route = appPostRoute(ctx.routing, slip.event.themeCode);
  if (ctx.options.dryRun) return row(slip, 'wouldRecord', { route, detail: `Posted from the app by ${note.by}.` });
  const claim = await deps.log.claim(slip.event.key, { kind: 'slip', themeCode: slip.event.themeCode, actionId: slip.action.id, record: causeOf(slip), at: deps.now() });
  if (claim.outcome === 'alreadyClaimed') return row(slip, 'duplicate', { detail: `Claimed by another writer (log entry ${claim.entry.id}).` });
  return fromOutcome(slip, await confirmAppPost(claim.entry, note, route, deps));
}

/** Claims, sends and confirms the slip's card, built from the plan and naming the saver. */
async function sendSaveSlip(ctx: SweepContext, slip: SaveSlip): Promise<SweepRow> {
  const { deps } = ctx;
  const { event, update, action } = slip;
  if (deps.now().getTime() - update.createdAt.getTime() < (deps.receiptGraceMs ?? DEFAULT_RECEIPT_GRACE_MS)) {
    return row(slip, 'waiting', { detail: 'Saved moments ago: the app may still be posting it. The next sweep sends it if no receipt arrives.' });
  }
  if (ctx.options.dryRun) {
    const target = targetFor(ctx.routing, event.themeCode, deps.sender.kind);
    return row(slip, 'wouldSend', target ? { route: routeLabel(target) } : { detail: 'No route for this sender.' });
  }
  const themeName = ctx.plan.themeNames.get(event.themeCode);
  const data = slipCardData(event, action, { ...(themeName ? { themeName } : {}), changedBy: update.author.displayName, actionUrl: deps.links.action(action.id, action.themeCode) });
  const details = { kind: 'slip' as const, themeCode: event.themeCode, actionId: action.id, record: causeOf(slip) };
  return fromOutcome(slip, await claimAndSend(event.key, details, { kind: 'slip', data }, { log: deps.log, sender: deps.sender, routing: ctx.routing, now: deps.now }));
}

async function deliverSaveSlip(ctx: SweepContext, slip: SaveSlip, owner: LogEntry | undefined, receipts: readonly AlertReceipt[]): Promise<SweepRow> {
  if (owner) return row(slip, 'duplicate', { detail: `Already ${owner.state.toLowerCase()} (log entry ${owner.id}).` });
  const stored = ctx.plan.loaded.storedRatings[slip.action.id]?.rating;
  if (!slipStands(slip.event, stored)) return row(slip, 'superseded', { detail: `The action is stored as ${stored ?? 'unrated'} now; nothing to send.` });
  const check = checkReceipts(receipts, receiptSubject(slip));
  reportRefused(ctx, slip, check.refused);
  return check.genuine ? recordAppPost(ctx, slip, check.genuine) : sendSaveSlip(ctx, slip);
}

/**
 * Finds the slips saves caused in the history window (entries whose rating worsened into Amber
 * or Red against the stored rating before the save, or failing that the previous entry), leaves
 * out those the log already records, and delivers the rest. Returns the ids of the actions whose
 * slips still stand (for the digest's "newly slipped").
 */
export async function sweepSaves(ctx: SweepContext): Promise<Set<string>> {
  const { deps } = ctx;
  const since = new Date(deps.now().getTime() - (deps.historyWindowMs ?? DEFAULT_HISTORY_WINDOW_MS));
  const updates: SavedUpdate[] = await deps.history.listSince(since);
  const recorded = recordedUpdateIds(await deps.log.listClaimedSince('slip', since));
  const slips: SaveSlip[] = [];
  for (const candidate of exceptionUpdates(updates, ctx.plan.loaded.plan)) {
    if (recorded.has(candidate.update.id)) continue;
    const slip = await slipOf(ctx, candidate);
    if (slip) slips.push(slip);
  }
  if (slips.length === 0) return new Set();
  const owners = await deps.log.find(slips.map((s) => s.event.key));
  const receipts = await deps.receipts.listForActions([...new Set(slips.map((s) => s.action.id))]);
  const slipped = new Set<string>();
  for (const slip of slips) {
    const result = await deliverSaveSlip(ctx, slip, owners.get(slip.event.key), receipts);
    ctx.rows.push(result);
    if (result.status !== 'superseded') slipped.add(slip.action.id);
  }
  return slipped;
}
