import type { IsoDate } from '../dates/isoDate';
import type { ProgressRating } from '../rag/ratings';
import type { RiskRating } from './risk';
import type { ActionIssue, EvidenceLink } from './issue';
import type { Person } from './people';

/**
 * Where an action sits in the tree.
 * - `main`: a main action (`5.3`, `OC.A2`), child of a workstream.
 * - `sub`: a sub-action (`5.3(a)`, `OC.A2.1`), child of a main action.
 * - `assurance`: checks after completion that a change is embedded in business as usual;
 *   child of the action it assures.
 */
export type ActionKind = 'main' | 'sub' | 'assurance';

/**
 * Where the lead says delivery stands. This is a fact the lead reports; the RAG rating is a
 * judgement derived from it (see `rateAction`).
 */
export type ActionStatus = 'NotStarted' | 'InProgress' | 'OnHold' | 'Complete' | 'Closed';

/** Every action status, in the order a form offers them. */
export const ACTION_STATUSES: readonly ActionStatus[] = ['NotStarted', 'InProgress', 'OnHold', 'Complete', 'Closed'];

/** Each status in the words readers see. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  NotStarted: 'Not started',
  InProgress: 'In progress',
  OnHold: 'On hold',
  Complete: 'Complete',
  Closed: 'Closed'
};

/**
 * A manual rating chosen by the programme office over the calculated one. The reason and the
 * person are mandatory and both ratings stay visible, so readers can see a judgement was made.
 */
export interface RatingOverride {
  /** Rating shown instead of the calculated one. */
  readonly rating: ProgressRating;
  /** Why the calculated rating is wrong here. */
  readonly reason: string;
  /** Who made the override. */
  readonly by: Person;
  /** When it was made. */
  readonly at: Date;
}

/**
 * A main action, sub-action or assurance action.
 *
 * Dates: `baselineDueDate` is the date first agreed and is never changed after adoption, so
 * reports can show original and revised dates. `currentDueDate` is the due date in force: equal
 * to the baseline until change control approves a reprofile. `forecastDate` is the lead's
 * expectation and changes freely. The `*Text` fields keep what the plan literally said
 * (`'May/June 2026'`, `'Ongoing'`) for display.
 */
export interface Action {
  /** Stable identifier. */
  readonly id: string;
  /** Reference code, e.g. `'OC.A2.1'` or `'5.3(b)'`. Unique within the plan. */
  readonly code: string;
  /** Short title. */
  readonly title: string;
  /** Full wording from the plan. */
  readonly description?: string;
  /** Code of the theme (or aim). */
  readonly themeCode: string;
  /** Code of the workstream (area of focus, programme). */
  readonly workstreamCode: string;
  /** Id of the parent action for sub-actions and assurance actions. */
  readonly parentId?: string;
  /** Place in the tree. */
  readonly kind: ActionKind;
  /** Accountable lead officer or member. */
  readonly lead?: Person;
  /** Delegates allowed to update the action for the lead. */
  readonly delegates?: readonly Person[];
  /** Planned start. */
  readonly startDate?: IsoDate;
  /** Start as written in the plan (`'Commenced'`, `'December 2025'`). */
  readonly startDateText?: string;
  /** Due date first agreed; never changed by reprofiling. */
  readonly baselineDueDate?: IsoDate;
  /** Due date in force: the baseline, or the last reprofiled date approved at change control. */
  readonly currentDueDate?: IsoDate;
  /** Due date as written in the plan (`'Ongoing'`, `'May/June 2026'`). */
  readonly dueDateText?: string;
  /** Lead's forecast of completion. */
  readonly forecastDate?: IsoDate;
  /** Day the action was completed, when complete. */
  readonly completedOn?: IsoDate;
  /** Delivery status reported by the lead. */
  readonly status: ActionStatus;
  /** Percentage complete (0-100), when the lead reports one. */
  readonly progressPercent?: number;
  /** Rating calculated at the last assessment; recomputed, never typed in. */
  readonly rating?: ProgressRating;
  /** Manual rating override, when the programme office has made one. */
  readonly override?: RatingOverride;
  /**
   * Marked critical by the programme office: the plan cannot succeed without it, so under the
   * threshold roll-up its Red or Amber always carries up to its workstream and theme.
   */
  readonly critical?: boolean;
  /** Risk rating of a main action (separate from the progress rating). */
  readonly riskRating?: RiskRating;
  /** Latest progress commentary. */
  readonly commentary?: string;
  /** Next steps. */
  readonly nextSteps?: string;
  /** Issues raised. */
  readonly issues: readonly ActionIssue[];
  /** Links to evidence of delivery. */
  readonly evidence: readonly EvidenceLink[];
  /** Number of approved reprofiles of the due date. */
  readonly reprofileCount: number;
  /** Why the action was closed without completion; required when status is `Closed`. */
  readonly closureRationale?: string;
  /** Ids of the recommendations or Directions the action answers. */
  readonly recommendationIds: readonly string[];
  /** Ids of risks in the register the action mitigates or is exposed to. */
  readonly riskIds: readonly string[];
  /** Outcomes the action should deliver. */
  readonly outcomes?: readonly string[];
}

/** The due date a rating is judged against: the date in force, else the baseline. */
export function dueDateInForce(action: Pick<Action, 'currentDueDate' | 'baselineDueDate'>): IsoDate | undefined {
  return action.currentDueDate ?? action.baselineDueDate;
}

/** Has the due date been moved from its baseline? */
export function isReprofiled(action: Pick<Action, 'currentDueDate' | 'baselineDueDate' | 'reprofileCount'>): boolean {
  return action.reprofileCount > 0 || (action.currentDueDate !== undefined && action.currentDueDate !== action.baselineDueDate);
}
