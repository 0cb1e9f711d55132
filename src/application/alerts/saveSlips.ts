/**
 * Slips that saves in the app caused, found from the progress history. Pure: the sweep reads the
 * history, the plan and the receipts, and these rules decide what each entry means.
 */
import {
  detectSlippage,
  explainRating,
  isExceptionRating,
  londonDate,
  rateAction,
  RATING_SEVERITY,
  type Action,
  type Plan,
  type ProgressRating,
  type ProgressUpdate,
  type RagPolicy,
  type SlippageEvent
} from '../../domain';
import { parseSlipKey } from './alertKeys';
import type { AppPostNote, LogEntry } from './logPorts';
import type { AlertReceipt, SavedUpdate } from './savePorts';

/** A history entry that recorded Amber or Red, on an action of the plan. */
export interface SaveCandidate {
  update: SavedUpdate;
  action: Action;
}

/** A slip a save caused. */
export interface SaveSlip extends SaveCandidate {
  event: SlippageEvent;
}

/** The ids of the progress updates whose slips the log already records. */
export function recordedUpdateIds(entries: readonly LogEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) if (e.record?.kind === 'slip' && e.record.cause.by === 'save') ids.add(e.record.cause.progressUpdateId);
  return ids;
}

/** Entries that recorded Amber or Red on an action still in the plan, oldest first. */
export function exceptionUpdates(updates: readonly SavedUpdate[], plan: Pick<Plan, 'actions'>): SaveCandidate[] {
  const actions = new Map(plan.actions.map((a) => [a.id, a]));
  const out: SaveCandidate[] = [];
  for (const update of [...updates].sort((a, b) => Number(a.id) - Number(b.id))) {
    const action = actions.get(update.actionId);
    if (action && update.rating && isExceptionRating(update.rating)) out.push({ update, action });
  }
  return out;
}

/** The rating of the action's entry before `update` in the history (item ids order it). */
export function previousEntryRating(history: readonly ProgressUpdate[], update: SavedUpdate): ProgressRating | undefined {
  let best: ProgressUpdate | undefined;
  for (const h of history) {
    if (h.actionId !== update.actionId || !h.ratingAtSubmission || Number(h.id) >= Number(update.id)) continue;
    if (!best || Number(h.id) > Number(best.id)) best = h;
  }
  return best?.ratingAtSubmission;
}

/**
 * The slip `update` records, compared with the rating before it; `undefined` when it is not a
 * slip (no worsening into Amber or Red). The due date is the one in force; the reason is the one
 * the save stored when the stored rating still matches, else the policy's.
 */
export function saveSlipEvent(candidate: SaveCandidate, before: ProgressRating | undefined, stored: { rating?: ProgressRating; reason?: string } | undefined, policy?: RagPolicy): SlippageEvent | undefined {
  const { action, update } = candidate;
  const savedOn = londonDate(update.createdAt);
  const assessment = rateAction(action, savedOn, policy);
  const reason = stored && stored.rating === update.rating && stored.reason ? stored.reason : explainRating(assessment);
  return detectSlippage(
    {
      actionId: action.id,
      actionCode: action.code,
      actionTitle: action.title,
      themeCode: action.themeCode,
      ...(before ? { fromRating: before } : {}),
      toRating: update.rating as ProgressRating,
      ...(assessment.dueDate ? { dueDate: assessment.dueDate } : {}),
      ...(action.baselineDueDate ? { baselineDueDate: action.baselineDueDate } : {}),
      daysOverdue: assessment.daysOverdue,
      reason
    },
    savedOn
  );
}

/**
 * Does the slip still stand against the rating stored with the action now? A history entry
 * anybody on the staff could add is never enough on its own: the action's own stored rating
 * (written only by its lead, delegates, the programme office and the sweep) must be Amber or Red
 * and at least as bad as the slip says.
 */
export function slipStands(event: SlippageEvent, stored: ProgressRating | undefined): boolean {
  return stored !== undefined && isExceptionRating(stored) && RATING_SEVERITY[stored] >= RATING_SEVERITY[event.toRating];
}

/** The slip a receipt would vouch for: its key, action, new rating and the save that caused it. */
export interface ReceiptSubject {
  key: string;
  actionId: string;
  toRating: 'Amber' | 'Red';
  update: SavedUpdate;
}

/** Is `receipt` about this slip: its key, or the same save, action and new rating? */
function isAbout(receipt: AlertReceipt, subject: ReceiptSubject): boolean {
  if (receipt.key === subject.key) return true;
  if (receipt.progressUpdateId !== subject.update.id) return false;
  const parts = parseSlipKey(receipt.key);
  return parts?.actionId === subject.actionId && parts.toRating === subject.toRating;
}

/** The receipts about a slip, split into the one of record (if any) and those that are not. */
export interface ReceiptCheck {
  /** Added by the person whose save caused the slip, naming that save (or no save). */
  genuine?: AlertReceipt;
  /** About this slip but added by someone else, or naming another save: ignored. */
  refused: AlertReceipt[];
}

/**
 * Checks receipts against the save: a receipt counts only when SharePoint says the person who
 * saved added it. A receipt for someone else's save can neither stop the card nor mark it sent.
 */
export function checkReceipts(receipts: readonly AlertReceipt[], subject: ReceiptSubject): ReceiptCheck {
  const about = receipts.filter((r) => isAbout(r, subject)).sort((a, b) => a.id - b.id);
  const isGenuine = (r: AlertReceipt): boolean =>
    r.author.id === subject.update.author.id && (r.progressUpdateId === undefined || r.progressUpdateId === subject.update.id);
  const genuine = about.find(isGenuine);
  return { ...(genuine ? { genuine } : {}), refused: about.filter((r) => !isGenuine(r)) };
}

/** The subject of a save slip's receipts. */
export function receiptSubject(slip: SaveSlip): ReceiptSubject {
  return { key: slip.event.key, actionId: slip.action.id, toRating: slip.event.toRating, update: slip.update };
}

/** What the log records about a post the app made, from the save and the receipt that vouches for it. */
export function appPostNote(update: SavedUpdate, receipt: AlertReceipt): AppPostNote {
  return { by: update.author.displayName, receiptId: receipt.id, ...(receipt.messageId ? { messageId: receipt.messageId } : {}) };
}
