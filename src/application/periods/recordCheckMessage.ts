import { format, parseISO } from 'date-fns';
import { londonDate, parsePeriodId } from '../../domain';
import type { ClosedPeriod } from './ports';
import type { RecordCheck } from './verifyRecord';

/** A record check in words, for the Reports view and the verify-record command. */
export interface RecordCheckMessage {
  /** `verified`: every sealed period matches; `notice`: nothing to check; `warning`: a period no longer matches. */
  readonly tone: 'verified' | 'notice' | 'warning';
  /** One sentence saying the outcome, naming the period. */
  readonly headline: string;
  /** What follows from it, in a sentence or two. */
  readonly explanation?: string;
}

/** A period's name in words, e.g. "October 2026" (from its key, whatever label was stored). */
export function periodInWords(period: Pick<ClosedPeriod, 'periodId' | 'label'>): string {
  const parsed = parsePeriodId(period.periodId);
  return parsed.ok ? parsed.value.label : period.label;
}

/** The London day an instant falls on, e.g. "3 November 2026". */
export function dayInWords(instant: string): string {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? instant : format(parseISO(londonDate(new Date(ms))), 'd MMMM yyyy');
}

function listInWords(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function closedBeforeSealing(periods: readonly ClosedPeriod[]): string {
  const names = listInWords(periods.map(periodInWords));
  return periods.length === 1 ? `${names} was closed before the record was sealed, so it cannot be checked.` : `${names} were closed before the record was sealed, so they cannot be checked.`;
}

/** Puts a record check into plain British English. */
export function describeRecordCheck(check: RecordCheck): RecordCheckMessage {
  switch (check.status) {
    case 'nothingClosed':
      return { tone: 'notice', headline: 'No period has been closed yet, so there is no record to check.' };
    case 'notYetSealed':
      return {
        tone: 'notice',
        headline: 'The record cannot be checked yet: every closed period was closed before the record was sealed.',
        explanation: `${closedBeforeSealing(check.closedBeforeSealing)} Each period closed from now on is sealed and chained to the one before it.`
      };
    case 'verified': {
      const n = check.periods;
      return {
        tone: 'verified',
        headline: `Record verified: ${n} closed ${n === 1 ? 'period matches' : 'periods match'} what was closed.`,
        ...(check.closedBeforeSealing.length ? { explanation: closedBeforeSealing(check.closedBeforeSealing) } : {})
      };
    }
    case 'broken': {
      const name = periodInWords(check.period);
      const before = check.previous ? periodInWords(check.previous) : undefined;
      switch (check.problem) {
        case 'contentChanged':
          return {
            tone: 'warning',
            headline: `The record of ${name} no longer matches what was closed on ${dayInWords(check.period.closedAt)}.`,
            explanation: 'Its stored snapshot has been changed since the period was closed. Ask the site owner who changed the Plan Period Snapshots list.'
          };
        case 'chainBroken':
          return {
            tone: 'warning',
            headline: before ? `The record of ${name} no longer follows on from ${before}, the period closed before it.` : `The record of ${name} is out of sequence with the periods closed before it.`,
            explanation: 'The seal of a closed period has been changed since it was closed. Ask the site owner who changed the Plan Period Snapshots list.'
          };
        case 'periodMissing':
          return {
            tone: 'warning',
            headline: before ? `A closed period is missing from the record between ${before} and ${name}.` : `A closed period is missing from the record before ${name}.`,
            explanation: `${name} was sealed after a period that is no longer in the Plan Period Snapshots list: it, or one of its parts, has been deleted.`
          };
        case 'notSealed':
          return {
            tone: 'warning',
            headline: `${name} has no seal, although it was closed after the record began to be sealed.`,
            explanation: 'It was stored without being closed in the app, or its seal has been removed.'
          };
      }
    }
  }
}
