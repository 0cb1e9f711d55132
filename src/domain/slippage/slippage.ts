import type { IsoDate } from '../dates/isoDate';
import { formatUkDate } from '../dates/isoDate';
import { isExceptionRating, isWorsening, RATING_LABELS, type ProgressRating } from '../rag/ratings';

/**
 * What slippage detection needs to know about an action at the moment it is re-rated.
 */
export interface SlippageInput {
  /** Action id. */
  readonly actionId: string;
  /** Action code, for the alert. */
  readonly actionCode: string;
  /** Action title, for the alert. */
  readonly actionTitle: string;
  /** Theme code, which decides whose channel is alerted. */
  readonly themeCode: string;
  /** Rating shown before this change; absent when the action has never been rated. */
  readonly fromRating?: ProgressRating;
  /** Rating shown now. */
  readonly toRating: ProgressRating;
  /** Due date in force now. */
  readonly dueDate?: IsoDate;
  /** Baseline due date, so the alert can show both. */
  readonly baselineDueDate?: IsoDate;
  /** Days past the due date now (0 when not overdue). */
  readonly daysOverdue: number;
  /** Why the action has its current rating, for the alert body. */
  readonly reason: string;
}

/** An action that has just slipped into Amber or Red: one alert to its theme's director. */
export interface SlippageEvent {
  /** Stable de-duplication key; see {@link slippageKey}. */
  readonly key: string;
  /** Action id. */
  readonly actionId: string;
  /** Action code. */
  readonly actionCode: string;
  /** Action title. */
  readonly actionTitle: string;
  /** Theme code. */
  readonly themeCode: string;
  /** Rating before (absent for a first rating). */
  readonly fromRating?: ProgressRating;
  /** Rating now: Amber or Red. */
  readonly toRating: 'Amber' | 'Red';
  /** Due date in force. */
  readonly dueDate?: IsoDate;
  /** Baseline due date. */
  readonly baselineDueDate?: IsoDate;
  /** Days overdue. */
  readonly daysOverdue: number;
  /** Why the action is rated as it is. */
  readonly reason: string;
  /** Headline for the alert, e.g. `'OC.A2.1 Workforce Strategy slipped from Green to Amber'`. */
  readonly headline: string;
  /** Day the slip was detected. */
  readonly detectedOn: IsoDate;
}

/**
 * The de-duplication key of a slip: `actionId:from->to:dueDate`, e.g.
 * `'42:Green->Amber:2026-03-31'` (`none` for a first rating, `no-date` without a due date).
 *
 * It is built only from the transition and the due date in force, never from the clock or the
 * reason text, so re-running detection for the same slip (a retry, a second device, a nightly
 * sweep after a live save) yields the same key and the notifier can refuse to alert twice.
 * Once change control approves a new date, a slip against that date has a new key and is
 * alerted as the new event it is.
 */
export function slippageKey(actionId: string, from: ProgressRating | undefined, to: ProgressRating, dueDate: IsoDate | undefined): string {
  return `${actionId}:${from ?? 'none'}->${to}:${dueDate ?? 'no-date'}`;
}

/**
 * Is a change of rating a slip worth alerting?
 *
 * Only when the new rating is Amber or Red and it is worse than before: Green to Amber, Green to
 * Red, Amber to Red, and also from Not started, On hold or Complete into Amber or Red. Never on
 * an improvement or no change (Red to Amber is better news, not a new slip). A first rating
 * alerts only when the action is already overdue, so loading a plan for the first time does not
 * flood directors with every Amber action that is not yet late.
 */
export function isSlippage(previous: ProgressRating | undefined, current: ProgressRating, daysOverdue: number): boolean {
  if (!isExceptionRating(current)) return false;
  if (previous === undefined) return daysOverdue > 0;
  return isWorsening(previous, current);
}

/** The slippage event for a re-rating, or `undefined` when it is not a slip (see {@link isSlippage}). */
export function detectSlippage(input: SlippageInput, today: IsoDate): SlippageEvent | undefined {
  const { fromRating: from, toRating: to } = input;
  if (!isSlippage(from, to, input.daysOverdue)) return undefined;
  // isSlippage admits only Amber and Red.
  const toRating = to as 'Amber' | 'Red';
  const headline =
    from === undefined
      ? `${input.actionCode} ${input.actionTitle} is ${RATING_LABELS[toRating]}${input.dueDate ? `, due ${formatUkDate(input.dueDate)}` : ''}`
      : `${input.actionCode} ${input.actionTitle} slipped from ${RATING_LABELS[from]} to ${RATING_LABELS[toRating]}`;
  return {
    key: slippageKey(input.actionId, from, to, input.dueDate),
    actionId: input.actionId,
    actionCode: input.actionCode,
    actionTitle: input.actionTitle,
    themeCode: input.themeCode,
    ...(from !== undefined ? { fromRating: from } : {}),
    toRating,
    ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
    ...(input.baselineDueDate !== undefined ? { baselineDueDate: input.baselineDueDate } : {}),
    daysOverdue: input.daysOverdue,
    reason: input.reason,
    headline,
    detectedOn: today
  };
}

/**
 * Slippage events for many re-ratings at once, leaving out any whose key has already been
 * alerted (and any repeated within this batch), in input order.
 */
export function detectNewSlippage(inputs: readonly SlippageInput[], alreadyAlerted: ReadonlySet<string>, today: IsoDate): SlippageEvent[] {
  const seen = new Set(alreadyAlerted);
  const events: SlippageEvent[] = [];
  for (const input of inputs) {
    const event = detectSlippage(input, today);
    if (event && !seen.has(event.key)) {
      seen.add(event.key);
      events.push(event);
    }
  }
  return events;
}
