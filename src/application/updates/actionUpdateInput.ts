import type { ActionStatus, IsoDate, ProgressRating } from '../../domain';

/**
 * What an action's lead (or delegate) fills in on the update form. Field names double as the
 * keys of validation problems, so a view can place each message under its field.
 */
export interface ActionUpdateInput {
  status: ActionStatus;
  /** 0 to 100. */
  progressPercent?: number;
  /**
   * When the lead now expects the action to finish; absent clears it. A forecast later than the
   * due date rates the action Amber or Red; it does not move the due date (that is a request).
   */
  forecastDate?: IsoDate;
  /** A Red, Amber or Green judgement that replaces the calculated rating, with its reason. */
  overrideRating?: ProgressRating;
  overrideReason?: string;
  /** Required whenever the resulting rating is Amber or Red. */
  commentary: string;
  nextSteps?: string;
  /** A new issue to record against the action (free text); blank raises none. */
  issuesText?: string;
  /** An evidence link (http or https only) and its title. */
  evidenceUrl?: string;
  evidenceTitle?: string;
  /** A new due date to ask change control for; the action keeps its dates until it is approved. */
  requestedDueDate?: IsoDate;
  dateChangeRationale?: string;
  /** With status Closed: why the action should close (this asks change control, it does not close). */
  closureRationale?: string;
}

/** The fields of {@link ActionUpdateInput}, for typed validation keys. */
export type ActionUpdateField = keyof ActionUpdateInput;
