import { daysBetween, type IsoDate } from '../../../domain';

/** How far an action's due date in force has moved from its baseline. */
export interface DateMove {
  /** Days from the baseline to the current due date: positive when later, negative when earlier. */
  days: number;
  /** The move in words, e.g. `Due date moved 3 months later (92 days)`; `On its baseline date` when unmoved. */
  words: string;
}

/** Average days in a month, so a move is said in whole months once it is a month or more. */
const DAYS_PER_MONTH = 365.25 / 12;

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A span of days in words: days under four weeks, else months with the days in brackets. */
export function spanInWords(days: number): string {
  const abs = Math.abs(days);
  if (abs < 28) return plural(abs, 'day');
  const months = Math.max(1, Math.round(abs / DAYS_PER_MONTH));
  return `${plural(months, 'month')} (${plural(abs, 'day')})`;
}

/**
 * The move of the due date from `baseline` to `current`; undefined when either is missing, since
 * nothing can be said of a move without both ends.
 */
export function dateMove(baseline: IsoDate | undefined, current: IsoDate | undefined): DateMove | undefined {
  if (!baseline || !current) return undefined;
  const days = daysBetween(baseline, current);
  if (!Number.isFinite(days)) return undefined;
  if (days === 0) return { days, words: 'On its baseline date' };
  return { days, words: days > 0 ? `Due date moved ${spanInWords(days)} later` : `Due date brought ${spanInWords(days)} earlier` };
}
