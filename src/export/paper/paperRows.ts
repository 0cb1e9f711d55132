/** Rows both papers share: exceptions with their recovery, and milestones with their status in words. */
import type { ExceptionItem, MilestoneLine } from '../../domain';
import { formatUkDate } from '../../domain';

/** Column headings of an exceptions table. */
export const EXCEPTION_HEADINGS: readonly string[] = ['Reference', 'Action', 'Rating and reason', 'Dates', 'Commentary and recovery'];
/** Column widths of an exceptions table, in percent. */
export const EXCEPTION_WIDTHS: readonly number[] = [15, 20, 19, 15, 31];

/** One row per exception: the due date with its baseline and any new date awaiting change control. */
export function exceptionRows(exceptions: readonly ExceptionItem[]): string[][] {
  return exceptions.map((e) => {
    const due = e.dueDate !== undefined ? `Due ${formatUkDate(e.dueDate)}` : 'No date';
    const baseline = e.baselineDueDate !== undefined && e.baselineDueDate !== e.dueDate ? `\n(baseline ${formatUkDate(e.baselineDueDate)})` : '';
    const requested = e.requestedDueDate !== undefined ? `\nNew date ${formatUkDate(e.requestedDueDate)} awaiting change control (change ${e.requestedChangeReference})` : '';
    const next = e.nextSteps ? `\nNext steps: ${e.nextSteps}` : '';
    return [e.code, e.title, `${e.rating}: ${e.reason}`, `${due}${baseline}${requested}`, `${e.commentary}${next}`];
  });
}

/** Column headings of a milestones table. */
export const MILESTONE_HEADINGS: readonly string[] = ['Milestone', 'Action', 'Due', 'Status'];
/** Column widths of a milestones table, in percent. */
export const MILESTONE_WIDTHS: readonly number[] = [46, 14, 16, 24];

/** A milestone's status in words: met (on the day), missed, or due. */
export function milestoneWords(m: MilestoneLine): string {
  if (m.status === 'Achieved') return m.achievedOn !== undefined ? `Met on ${formatUkDate(m.achievedOn)}` : 'Met';
  return m.status === 'Missed' ? 'Missed: not met by its due date' : 'Due: not yet met';
}

/** One row per milestone. */
export function milestoneRows(milestones: readonly MilestoneLine[]): string[][] {
  return milestones.map((m) => [m.title, m.actionCode ?? '', formatUkDate(m.dueDate), milestoneWords(m)]);
}
