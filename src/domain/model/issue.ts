import type { IsoDate } from '../dates/isoDate';
import type { Person } from './people';

/** How much an issue threatens delivery; `High` on its own can turn an action Red. */
export type IssueSeverity = 'Low' | 'Medium' | 'High';

/**
 * A problem an action lead has raised against an action ("Issues raised" in reports).
 * Open issues feed the RAG rule; resolved ones stay for the record.
 */
export interface ActionIssue {
  /** Stable identifier. */
  readonly id: string;
  /** What is wrong, in the lead's words. */
  readonly description: string;
  /** Seriousness. */
  readonly severity: IssueSeverity;
  /** Day it was raised (decides which reporting period lists it). */
  readonly raisedOn: IsoDate;
  /** Who raised it. */
  readonly raisedBy?: Person;
  /** Day it was resolved; absent while open. */
  readonly resolvedOn?: IsoDate;
}

/** Is the issue still open on `today`? */
export function isIssueOpen(issue: ActionIssue, today: IsoDate): boolean {
  return issue.raisedOn <= today && (issue.resolvedOn === undefined || issue.resolvedOn > today);
}

/** A link to evidence that an action has been delivered (report, minutes, policy). */
export interface EvidenceLink {
  /** Address of the document. */
  readonly url: string;
  /** Title shown to readers. */
  readonly title: string;
  /** Day it was added. */
  readonly addedOn?: IsoDate;
}
