/**
 * The log's keys, read back. A retry rebuilds its card from the plan, so it needs to know what
 * the key names: the slip's action and ratings, or the digest's theme and day, or the reminder's
 * theme and month.
 */
import { isIsoDate, isProgressRating, type IsoDate, type ProgressRating } from '../../domain';

/** What a slip key (`actionId:from->to:dueDate`, built by the domain's `slippageKey`) names. */
export interface SlipKeyParts {
  actionId: string;
  fromRating?: ProgressRating;
  toRating: 'Amber' | 'Red';
  dueDate?: IsoDate;
}

const SLIP_KEY = /^([^:]+):([A-Za-z]+)->(Amber|Red):(no-date|\d{4}-\d{2}-\d{2})$/;

/** The parts of a slip key, or `undefined` when `key` is not one. */
export function parseSlipKey(key: string): SlipKeyParts | undefined {
  const match = SLIP_KEY.exec(key);
  if (!match) return undefined;
  const [, actionId, from, to, due] = match;
  if (from !== 'none' && !isProgressRating(from)) return undefined;
  if (due !== 'no-date' && !isIsoDate(due)) return undefined;
  return {
    actionId,
    ...(from !== 'none' ? { fromRating: from as ProgressRating } : {}),
    toRating: to as 'Amber' | 'Red',
    ...(due !== 'no-date' ? { dueDate: due } : {})
  };
}

/** The key of a theme's weekly digest on `day`. */
export function digestKey(themeCode: string, day: IsoDate): string {
  return `digest:${themeCode}:${day}`;
}

/** The theme and day of a digest key. */
export function parseDigestKey(key: string): { themeCode: string; day: IsoDate } | undefined {
  const match = /^digest:(.+):(\d{4}-\d{2}-\d{2})$/.exec(key);
  return match && isIsoDate(match[2]) ? { themeCode: match[1], day: match[2] } : undefined;
}

/** The key of one lead's reminder for a theme and month (`YYYY-MM`). */
export function reminderKey(themeCode: string, lead: string, month: string): string {
  return `reminder:${themeCode}:${lead}:${month}`;
}

/** The month (`YYYY-MM`) a reminder key is for. */
export function reminderMonthOf(key: string): string | undefined {
  return /^reminder:.+:(\d{4}-\d{2})$/.exec(key)?.[1];
}
