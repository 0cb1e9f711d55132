import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { IsoDate } from './isoDate';

/** The time zone whose calendar decides which day it is for every council using the product. */
export const PLAN_TIME_ZONE: string = 'Europe/London';

/**
 * The Europe/London calendar day on which the instant `now` falls.
 *
 * A server in UTC would otherwise put 00:30 BST on 1 April into 31 March and mark an action
 * due on 31 March as not yet overdue for a further hour; councils expect the London day.
 */
export function londonDate(now: Date): IsoDate {
  return format(now, 'yyyy-MM-dd', { in: tz(PLAN_TIME_ZONE) });
}

/** The Europe/London wall-clock time of `now`, `YYYY-MM-DD HH:mm`, for audit text. */
export function londonDateTime(now: Date): string {
  return format(now, 'yyyy-MM-dd HH:mm', { in: tz(PLAN_TIME_ZONE) });
}
