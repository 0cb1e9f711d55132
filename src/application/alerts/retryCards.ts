/**
 * The card of a log entry being retried, built again from the plan: never from anything stored
 * with the entry. The key says what the card is about; the plan says what it shows.
 */
import { explainRating, londonDate, type Action } from '../../domain';
import { parseDigestKey, parseSlipKey, reminderMonthOf } from './alertKeys';
import { CHANGER_NOT_RECORDED, SCHEDULED_CHECK, slipCardData } from './cardData';
import type { CardPayload } from './cardModels';
import type { AppPostNote, LogEntry } from './logPorts';
import { appPostRoute } from './routing';
import { appPostNote, checkReceipts } from './saveSlips';
import { digestCard, reminderCards } from './scheduledCards';
import { cardSource, recentlySlipped } from './sweepScheduled';
import type { SweepContext } from './sweepTypes';

/** What a retry does: send this card, record the app's post, or drop an entry that is no longer owed. */
export type RetryPlan = { send: CardPayload } | { appPost: AppPostNote; route: string } | { gone: string };

/** Who a slip entry's card names as the changer, and the app's post when the saver's receipt vouches for one. */
async function changeBehind(ctx: SweepContext, entry: LogEntry, action: Action, toRating: 'Amber' | 'Red'): Promise<{ changedBy: string; appPost?: AppPostNote }> {
  const cause = entry.record?.kind === 'slip' ? entry.record.cause : undefined;
  if (cause?.by !== 'save') return { changedBy: cause?.by === 'dates' ? SCHEDULED_CHECK : CHANGER_NOT_RECORDED };
  const [update] = await ctx.deps.history.getByIds([cause.progressUpdateId]);
  if (!update || update.actionId !== action.id) return { changedBy: CHANGER_NOT_RECORDED };
  const receipts = await ctx.deps.receipts.listForActions([action.id]);
  const genuine = checkReceipts(receipts, { key: entry.key, actionId: action.id, toRating, update }).genuine;
  return { changedBy: update.author.displayName, ...(genuine ? { appPost: appPostNote(update, genuine) } : {}) };
}

async function slipRetry(ctx: SweepContext, entry: LogEntry): Promise<RetryPlan> {
  const parts = parseSlipKey(entry.key);
  if (!parts) return { gone: `"${entry.key}" is not a slip key; there is nothing to rebuild the card from.` };
  const rated = ctx.plan.rated.find((r) => r.action.id === parts.actionId);
  if (!rated) return { gone: 'The action is no longer in the plan.' };
  const { action } = rated;
  const { changedBy, appPost } = await changeBehind(ctx, entry, action, parts.toRating);
  if (appPost) return { appPost, route: appPostRoute(ctx.routing, action.themeCode) };
  const themeName = ctx.plan.themeNames.get(action.themeCode);
  const data = slipCardData(
    {
      key: entry.key,
      actionCode: action.code,
      actionTitle: action.title,
      themeCode: action.themeCode,
      ...(parts.fromRating ? { fromRating: parts.fromRating } : {}),
      toRating: parts.toRating,
      ...(parts.dueDate ? { dueDate: parts.dueDate } : {}),
      reason: explainRating(rated.assessment),
      detectedOn: londonDate(entry.claimedAt)
    },
    action,
    { ...(themeName ? { themeName } : {}), changedBy, actionUrl: ctx.deps.links.action(action.id, action.themeCode) }
  );
  return { send: { kind: 'slip', data } };
}

async function digestRetry(ctx: SweepContext, entry: LogEntry): Promise<RetryPlan> {
  const parts = parseDigestKey(entry.key);
  if (!parts) return { gone: `"${entry.key}" is not a digest key.` };
  const card = digestCard(cardSource(ctx), parts.themeCode, parts.day, await recentlySlipped(ctx, parts.day));
  return card ? { send: card.payload } : { gone: `Theme ${parts.themeCode} has no Amber or Red actions now.` };
}

function reminderRetry(ctx: SweepContext, entry: LogEntry): RetryPlan {
  const month = reminderMonthOf(entry.key);
  if (month !== ctx.options.today.slice(0, 7)) return { gone: "The reminder's month is over; this month's reminder replaces it." };
  const card = reminderCards(cardSource(ctx), ctx.options.today).find((c) => c.key === entry.key);
  return card ? { send: card.payload } : { gone: 'No update is owed any more.' };
}

/** What to do with an entry due for a retry, from the plan as the sweep read it. */
export async function planRetry(ctx: SweepContext, entry: LogEntry): Promise<RetryPlan> {
  switch (entry.kind) {
    case 'slip':
      return slipRetry(ctx, entry);
    case 'digest':
      return digestRetry(ctx, entry);
    case 'reminder':
      return reminderRetry(ctx, entry);
  }
}
