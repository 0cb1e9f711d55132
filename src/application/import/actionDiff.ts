import { isSamePerson, type Action, type Person } from '../../domain';
import type { ActionDraftChanges } from './operations';

/** Drops keys whose value is undefined, so drafts compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An existing action in the shape an import writes, for comparison. */
export function actionAsDraft(action: Action, parentCode: string | undefined): ActionDraftChanges {
  return compact({
    title: action.title,
    kind: action.kind,
    themeCode: action.themeCode,
    workstreamCode: action.workstreamCode,
    parentCode,
    description: action.description,
    lead: action.lead,
    startDate: action.startDate,
    startDateText: action.startDateText,
    baselineDueDate: action.baselineDueDate,
    currentDueDate: action.currentDueDate,
    dueDateText: action.dueDateText,
    forecastDate: action.forecastDate,
    status: action.status,
    progressPercent: action.progressPercent,
    rating: action.rating,
    riskRating: action.riskRating,
    commentary: action.commentary,
    nextSteps: action.nextSteps,
    reprofileCount: action.reprofileCount,
    closureRationale: action.closureRationale
  });
}

function same(key: string, a: unknown, b: unknown): boolean {
  if (key === 'lead') {
    if (a === undefined || b === undefined) return a === b;
    const x = a as Person;
    const y = b as Person;
    // A lead given only by e-mail address has no name to compare: the same account is the same lead.
    const addressOnly = (p: Person): boolean => p.email !== undefined && p.displayName.trim().toLowerCase() === p.email.trim().toLowerCase();
    return isSamePerson(x, y) && (x.displayName === y.displayName || addressOnly(x) || addressOnly(y));
  }
  return a === b;
}

/**
 * The fields of `given` that differ from `existing`, with their values before. Fields `given`
 * leaves out are not compared: an empty cell never clears what the plan holds.
 */
export function diffAction(existing: ActionDraftChanges, given: ActionDraftChanges): { changes: ActionDraftChanges; previous: ActionDraftChanges } {
  const changes: Record<string, unknown> = {};
  const previous: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    const before = (existing as Record<string, unknown>)[key];
    if (value === undefined || same(key, before, value)) continue;
    changes[key] = value;
    if (before !== undefined) previous[key] = before;
  }
  return { changes: changes as ActionDraftChanges, previous: previous as ActionDraftChanges };
}
