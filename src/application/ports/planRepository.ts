import type {
  Action,
  ChangeRequest,
  ChangeStatus,
  IsoDate,
  Person,
  Plan,
  ProgressRating,
  ProgressUpdate
} from '../../domain';
import type { OperationKey } from '../operationKey';
import type { BusinessCaseStore } from './businessCaseStore';

/**
 * A record's version token (a SharePoint ETag). Opaque outside the data layer: views carry it from
 * the read to the save so a concurrent change is detected instead of overwritten.
 */
export type VersionTag = string;

/** A record and the version it was read at. */
export interface Versioned<T> {
  value: T;
  version: VersionTag;
}

/** The whole plan as loaded, with the version of every action so any of them can be saved. */
export interface LoadedPlan {
  plan: Plan;
  /** Action id to version token. */
  actionVersions: Readonly<Record<string, VersionTag>>;
  /** Per action id: the rating stored with it and the reason recorded for it. */
  storedRatings: Readonly<Record<string, { rating?: ProgressRating; reason?: string; lastUpdated?: Date }>>;
  /** When the plan was read. */
  loadedAt: Date;
  /** HTTP requests the load took (shown in diagnostics and measured by the benchmarks). */
  requestCount: number;
  /**
   * Ids of the actions whose progress SharePoint lets the signed-in person edit (its lead, a
   * delegate, the programme office), read from each progress item's effective permissions.
   * Absent when the source cannot tell; then {@link CurrentUser.canEdit} decides.
   */
  updatableActionIds?: ReadonlySet<string>;
}

/** The fields an update may change on an action. Anything absent stays as it is. */
export type ActionChanges = Partial<
  Pick<
    Action,
    | 'status'
    | 'progressPercent'
    | 'override'
    | 'commentary'
    | 'nextSteps'
    | 'issues'
    | 'evidence'
    | 'forecastDate'
    | 'currentDueDate'
    | 'reprofileCount'
    | 'closureRationale'
    | 'completedOn'
    | 'title'
    | 'description'
  >
> & {
  /** The rating in force after the update and the words explaining it. */
  rating?: ProgressRating;
  ratingReason?: string;
  /** Set to remove an override. */
  clearOverride?: boolean;
  /** When the lead last updated it (drives "awaiting my update"). */
  lastUpdated?: Date;
};

/** Reads the plan. */
export interface PlanReader {
  /** Loads every list of the plan; implementations batch, so this costs at most a few requests. */
  loadPlan(): Promise<LoadedPlan>;
}

/** Reads and writes single actions with optimistic concurrency. */
export interface ActionStore {
  getAction(id: string): Promise<Versioned<Action>>;
  /**
   * Saves `changes` if the action is still at `version`; returns the new version. The save is
   * stored with `operationKey` (a fresh one when absent), so a save whose answer was lost is
   * recognised as this save, and saving again with the same key after such a loss is harmless.
   * @throws ConflictError<ActionChanges, Action> when someone saved it in between (nothing is written)
   * @throws PermissionDeniedError when the person may not edit it
   */
  updateAction(id: string, changes: ActionChanges, version: VersionTag, operationKey?: OperationKey): Promise<VersionTag>;
}

/** The progress history of actions. */
export interface ProgressHistoryStore {
  /**
   * Adds an entry once per `operationKey` (a fresh one when absent): adding again with the key of
   * an entry already there returns that entry instead of a second one.
   */
  addProgressUpdate(update: Omit<ProgressUpdate, 'id'>, operationKey?: OperationKey): Promise<ProgressUpdate>;
  listProgressUpdates(actionId: string): Promise<ProgressUpdate[]>;
}

/** Change control: requests and decisions. */
export interface ChangeRequestStore {
  listChangeRequests(): Promise<Array<Versioned<ChangeRequest>>>;
  /**
   * Records a new request once per `operationKey` (a fresh one when absent); the store allocates
   * its reference number. Submitting again with the key of a request already there returns it.
   */
  submitChangeRequest(request: Omit<ChangeRequest, 'id' | 'reference' | 'status'>, operationKey?: OperationKey): Promise<ChangeRequest>;
  /**
   * Records a decision if the request is still at `version`.
   * @throws ConflictError when it was decided or changed in between
   */
  decideChangeRequest(
    id: string,
    decision: { status: Extract<ChangeStatus, 'Approved' | 'Rejected'>; by: Person; on: IsoDate; note?: string },
    version: VersionTag
  ): Promise<VersionTag>;
}

/** Who is signed in and what SharePoint lets them do (SharePoint still enforces it). */
export interface CurrentUser {
  person: Person;
  /**
   * May add progress updates and change requests at all (staff, the programme office, owners; not
   * members of the council reading the plan). Which actions they may update is per action:
   * {@link LoadedPlan.updatableActionIds}.
   */
  canEdit: boolean;
  /** May manage the plan: change control, settings, periods (the programme office and site owners). */
  canManage: boolean;
}

/** Reads the signed-in person and their effective permissions. */
export interface SessionService {
  currentUser(): Promise<CurrentUser>;
}

/** Everything the app needs from storage, as one bag of ports the hosts assemble. */
export interface PlanServices extends PlanReader, ActionStore, ProgressHistoryStore, ChangeRequestStore, SessionService {
  /** Business cases, read only when someone opens them; absent where a host does not offer them. */
  businessCases?: BusinessCaseStore;
}
