import type { IsoDate } from '../dates/isoDate';
import type { ProgressRating } from '../rag/ratings';
import type { ActionStatus } from './action';
import type { EvidenceLink } from './issue';
import type { Person } from './people';

/**
 * A lead's update on an action for one reporting period. Updates are never overwritten: the
 * history per period is what committees read back, and a later update in the same period
 * supersedes an earlier one only for display.
 */
export interface ProgressUpdate {
  /** Stable identifier. */
  readonly id: string;
  /** Action updated. */
  readonly actionId: string;
  /** Reporting period id (e.g. `'2026-03'`, see `ReportingPeriod`). */
  readonly periodId: string;
  /** Who submitted it (the lead or a delegate), as the entry names them. */
  readonly submittedBy: Person;
  /**
   * Who SharePoint says added the entry, when that is not the person it names as submitting it
   * (the programme office recording an update sent by e-mail, or a name that does not match the
   * account that wrote it). SharePoint sets it; nobody can write it.
   */
  readonly recordedBy?: Person;
  /** When it was submitted. */
  readonly submittedAt: Date;
  /** Status reported. */
  readonly status: ActionStatus;
  /** Percentage complete reported. */
  readonly progressPercent?: number;
  /** Progress commentary. */
  readonly commentary: string;
  /** Next steps. */
  readonly nextSteps?: string;
  /** Achievements this period, each a short sentence for the theme summary. */
  readonly achievements: readonly string[];
  /** Forecast completion. */
  readonly forecastDate?: IsoDate;
  /** Evidence added with the update. */
  readonly evidence: readonly EvidenceLink[];
  /** Rating in force when the update was saved, for the history view. */
  readonly ratingAtSubmission?: ProgressRating;
}
