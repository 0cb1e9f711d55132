import type { ClosedPeriod } from '../../../application/periods';
import { periodContaining, previousPeriod, type IsoDate, type ReportingCadence, type ReportingPeriod } from '../../../domain';

/**
 * The periods the programme office may close now: the current period and the two before it,
 * leaving out those already closed, newest first. The suggested one is the latest that has ended.
 */
export function closablePeriods(cadence: ReportingCadence, today: IsoDate, closed: readonly ClosedPeriod[]): { options: ReportingPeriod[]; suggested?: ReportingPeriod } {
  const done = new Set(closed.map((p) => p.periodId));
  const current = periodContaining(cadence, today);
  const recent = [current, previousPeriod(current), previousPeriod(previousPeriod(current))];
  const options = recent.filter((p) => !done.has(p.id));
  return { options, suggested: options.find((p) => p.end < today) ?? options[0] };
}
