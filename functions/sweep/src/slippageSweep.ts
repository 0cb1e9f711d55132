/**
 * The function app's timer: the sweep's body (tools/sweep/azureFunction.ts) with the settings of
 * the function app. Kept apart from the `app.timer` registration (index.ts) so tests invoke
 * exactly this handler without the Functions runtime.
 */
import { sweepTimerHandler, type TimerContextLike, type TimerLike } from '../../../tools/sweep/azureFunction';
import type { SweepJobOptions } from '../../../tools/sweep/sweepJob';

/**
 * Weekdays at 07:00 (NCRONTAB with seconds). The clock is UTC unless the app setting
 * WEBSITE_TIME_ZONE says otherwise ("GMT Standard Time" on Windows plans, "Europe/London" on Linux
 * plans that support it); either way the sweep rates the plan on today's date in Europe/London.
 */
export const SWEEP_SCHEDULE = '0 0 7 * * 1-5';

/** The timer handler; `overrides` are for tests (environment, clock, back-off). */
export function createSlippageSweep(overrides: Partial<SweepJobOptions> = {}): (timer: TimerLike, context: TimerContextLike) => Promise<void> {
  return (timer, context) => sweepTimerHandler(timer, context, overrides);
}

/** The handler the function app registers. */
export const slippageSweep = createSlippageSweep();
