import { dueDateInForce, formatUkDate, type Action, type Person } from '../../domain';
import { STATUS_LABELS, strings } from '../loc/strings';

/** The date an action is due, in words: `22 Nov 2026`, or what the plan said (`Ongoing`). */
export function dueText(action: Action): string {
  const due = dueDateInForce(action);
  return due ? formatUkDate(due) : action.dueDateText ?? strings.noDate;
}

/** A person's name, or the words for nobody. */
export function personText(person: Person | undefined): string {
  return person?.displayName ?? strings.noLead;
}

/** The label of an action status. */
export function statusText(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** A link target only when it is a web address; anything else (javascript:, data:) is never a link. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}
