import type { IsoDate } from '../dates/isoDate';
import type { Person } from './people';

/**
 * The kinds of change the programme office logs, as reported to Cabinet ("42 changes to
 * timescales, 6 main actions added ...").
 */
export type ChangeType =
  | 'Description'
  | 'Timescale'
  | 'NewWorkstream'
  | 'NewMainAction'
  | 'NewSubAction'
  | 'NewAssuranceAction'
  | 'Closure';

/** Every change type, in the order reports list them. */
export const CHANGE_TYPES: readonly ChangeType[] = [
  'Description',
  'Timescale',
  'NewWorkstream',
  'NewMainAction',
  'NewSubAction',
  'NewAssuranceAction',
  'Closure'
];

/** Reader-facing names of change types. */
export const CHANGE_TYPE_LABELS: Readonly<Record<ChangeType, string>> = {
  Description: 'Change of description',
  Timescale: 'Change of timescale',
  NewWorkstream: 'New workstream',
  NewMainAction: 'New main action',
  NewSubAction: 'New sub-action',
  NewAssuranceAction: 'New assurance action',
  Closure: 'Closure'
};

/** Where a change request is in its life. */
export type ChangeStatus = 'Submitted' | 'Approved' | 'Rejected' | 'Withdrawn';

/** One field a change alters, with its value before and after (text, so any field fits). */
export interface FieldChange {
  /** Field name, e.g. `'currentDueDate'` or `'title'`. */
  readonly field: string;
  /** Value before the change; absent for new items. */
  readonly oldValue?: string;
  /** Value after the change; absent when a value is removed. */
  readonly newValue?: string;
}

/**
 * A request to change the plan, and its decision.
 *
 * For new items, `target` carries the code and title proposed; for changes to an existing
 * action, `actionId` names it.
 */
export interface ChangeRequest {
  /** Stable identifier. */
  readonly id: string;
  /** Change reference number, sequential within the plan (e.g. `81`). */
  readonly reference: number;
  /** Kind of change. */
  readonly type: ChangeType;
  /** Action changed (for description, timescale and closure changes, and the parent of new sub/assurance actions). */
  readonly actionId?: string;
  /** Code of the item changed or created, for the log (e.g. `'OC.A2.1'`). */
  readonly targetCode: string;
  /** Title of the item changed or created, for the log. */
  readonly targetTitle: string;
  /** Why the change is needed. */
  readonly rationale: string;
  /** Who asked for it. */
  readonly requestedBy: Person;
  /** Day it was asked for. */
  readonly requestedOn: IsoDate;
  /** Values before and after. */
  readonly changes: readonly FieldChange[];
  /** Where it stands. */
  readonly status: ChangeStatus;
  /** Who approved or rejected it. */
  readonly decidedBy?: Person;
  /** Day of the decision. */
  readonly decidedOn?: IsoDate;
  /** Note recorded with the decision (e.g. the board that approved it). */
  readonly decisionNote?: string;
}

/** One line of the change log reported to Cabinet and committees. */
export interface ChangeLogEntry {
  /** Change reference number. */
  readonly reference: number;
  /** Kind of change. */
  readonly type: ChangeType;
  /** Reader-facing kind of change. */
  readonly typeLabel: string;
  /** Code of the item. */
  readonly targetCode: string;
  /** Title of the item. */
  readonly targetTitle: string;
  /** One-sentence description of what changed, e.g. `'Due date 31 Mar 2026 to 30 Jun 2026'`. */
  readonly summary: string;
  /** Why. */
  readonly rationale: string;
  /** Where the request stands. */
  readonly status: ChangeStatus;
  /** Requester. */
  readonly requestedBy: Person;
  /** Day requested. */
  readonly requestedOn: IsoDate;
  /** Decision maker, when decided. */
  readonly decidedBy?: Person;
  /** Day decided, when decided. */
  readonly decidedOn?: IsoDate;
  /** Values before and after. */
  readonly changes: readonly FieldChange[];
}
