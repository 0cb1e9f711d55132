import {
  nextChangeReference,
  type Action,
  type ChangeRequest,
  type Plan,
  type ProgressRating,
  type ProgressUpdate
} from '../../../src/domain';
import { AnswerLostError, ConflictError, NotFoundError, PermissionDeniedError } from '../../../src/application/errors';
import type { ActionChanges, CurrentUser, LoadedPlan, PlanServices, VersionTag, Versioned } from '../../../src/application/ports/planRepository';

/** The port methods a fake can be told to fail. */
export type PlanServicesMethod = keyof PlanServices;

/** What the in-memory fake starts with. */
export interface InMemorySeed {
  /** The plan; its progress updates and change requests seed the history and the queue. */
  plan: Plan;
  /** Who is signed in and what they may do. */
  user: CurrentUser;
  /** Stored rating, reason and last update per action id (what `loadPlan` reports). */
  storedRatings?: LoadedPlan['storedRatings'];
  /** Actions SharePoint would let the person update (what `loadPlan` reports); absent = `user.canEdit` decides. */
  updatableActionIds?: readonly string[];
  /** Milliseconds every call waits, to show loading states in the local demo. */
  latencyMs?: number;
}

/** The in-memory ports plus the handles tests and the demo use to steer them. */
export interface InMemoryPlanServices extends PlanServices {
  /** Makes the next `times` calls of `method` fail with `error`. */
  failNext(method: PlanServicesMethod, error: Error, times?: number): void;
  /** Makes the next call of a write do its work and then fail as a lost answer the data layer could not settle does. */
  loseNextAnswer(method: 'updateAction' | 'addProgressUpdate' | 'submitChangeRequest'): void;
  /** Saves changes as another person would, moving the action's version on (to provoke conflicts). */
  editAsSomeoneElse(actionId: string, changes: Partial<Action>): VersionTag;
  /** Changes who is signed in. */
  setUser(user: CurrentUser): void;
  /** The action as stored now, with its version. */
  peekAction(actionId: string): Versioned<Action> | undefined;
  /** Every stored progress update, oldest first. */
  peekProgressUpdates(): readonly ProgressUpdate[];
  /** Every stored change request, with its version. */
  peekChangeRequests(): ReadonlyArray<Versioned<ChangeRequest>>;
  /** How many times each method was called. */
  readonly calls: Readonly<Record<string, number>>;
}

interface Stored<T> {
  value: T;
  version: number;
}

const tag = (n: number): VersionTag => `"${n}"`;

/**
 * PlanServices held in memory with real version tags: every write moves the record's version on,
 * and a write against a stale version throws ConflictError carrying both versions, as SharePoint's
 * 412 does through the data layer. Permissions follow the signed-in person's `canEdit` and
 * `canManage`. Used by component tests and by the local demo when no SharePoint is at hand.
 */
export function createInMemoryPlanServices(seed: InMemorySeed): InMemoryPlanServices {
  let user = seed.user;
  const basePlan = seed.plan;
  const actions = new Map<string, Stored<Action>>(basePlan.actions.map((a) => [a.id, { value: a, version: 1 }]));
  const updates: ProgressUpdate[] = [...basePlan.progressUpdates];
  const requests: Array<Stored<ChangeRequest>> = basePlan.changeRequests.map((r) => ({ value: r, version: 1 }));
  const stored: Record<string, { rating?: ProgressRating; reason?: string; lastUpdated?: Date }> = { ...(seed.storedRatings ?? {}) };
  const failures = new Map<PlanServicesMethod, { error: Error; times: number }>();
  const calls: Record<string, number> = {};
  let nextUpdateId = updates.length + 1;
  let nextRequestId = requests.length + 1;
  /** Which operation key last wrote each action, and what each keyed add made (writes are once per key). */
  const savedBy = new Map<string, string>();
  const updatesByKey = new Map<string, ProgressUpdate>();
  const requestsByKey = new Map<string, ChangeRequest>();
  const answersToLose = new Set<PlanServicesMethod>();
  /** Throws as the data layer does when the connection dropped after the write and stays down. */
  const answer = <T>(method: PlanServicesMethod, value: T): T => {
    if (answersToLose.delete(method)) throw new AnswerLostError('SharePoint did not answer (Failed to fetch), so it is not known whether the write was made.');
    return value;
  };

  const enter = async (method: PlanServicesMethod): Promise<void> => {
    calls[method] = (calls[method] ?? 0) + 1;
    if (seed.latencyMs) await new Promise((resolve) => setTimeout(resolve, seed.latencyMs));
    const failure = failures.get(method);
    if (failure) {
      failure.times -= 1;
      if (failure.times <= 0) failures.delete(method);
      throw failure.error;
    }
  };
  const findAction = (id: string): Stored<Action> => {
    const found = actions.get(id);
    if (!found) throw new NotFoundError(`Action ${id} is not in the plan any more.`);
    return found;
  };
  const applyChanges = (action: Action, changes: ActionChanges): Action => {
    const { clearOverride, rating, ratingReason, lastUpdated, ...fields } = changes;
    const next: Action = { ...action, ...fields, ...(rating !== undefined ? { rating } : {}) };
    if (rating !== undefined || ratingReason !== undefined || lastUpdated !== undefined) {
      stored[action.id] = {
        ...stored[action.id],
        ...(rating !== undefined ? { rating } : {}),
        ...(ratingReason !== undefined ? { reason: ratingReason } : {}),
        ...(lastUpdated !== undefined ? { lastUpdated } : {})
      };
    }
    return clearOverride ? { ...next, override: undefined } : next;
  };

  return {
    calls,
    failNext(method, error, times = 1) {
      failures.set(method, { error, times });
    },
    loseNextAnswer(method) {
      answersToLose.add(method);
    },
    editAsSomeoneElse(actionId, changes) {
      const current = findAction(actionId);
      current.value = { ...current.value, ...changes };
      current.version += 1;
      return tag(current.version);
    },
    setUser(next) {
      user = next;
    },
    peekAction(actionId) {
      const found = actions.get(actionId);
      return found ? { value: found.value, version: tag(found.version) } : undefined;
    },
    peekProgressUpdates: () => [...updates],
    peekChangeRequests: () => requests.map((r) => ({ value: r.value, version: tag(r.version) })),

    async loadPlan() {
      await enter('loadPlan');
      const list = [...actions.values()];
      return {
        plan: { ...basePlan, actions: list.map((a) => a.value), progressUpdates: [...updates], changeRequests: requests.map((r) => r.value) },
        actionVersions: Object.fromEntries(list.map((a) => [a.value.id, tag(a.version)])),
        storedRatings: { ...stored },
        loadedAt: new Date(),
        requestCount: 1,
        ...(seed.updatableActionIds ? { updatableActionIds: new Set(seed.updatableActionIds) } : {})
      };
    },
    async getAction(id) {
      await enter('getAction');
      const found = findAction(id);
      return { value: found.value, version: tag(found.version) };
    },
    async updateAction(id, changes, version, key) {
      await enter('updateAction');
      if (!user.canEdit) throw new PermissionDeniedError('You can read this plan but not change it. Ask the programme office if you should be able to.');
      const current = findAction(id);
      // As on SharePoint: the item carries the key of the save that last wrote it.
      if (key !== undefined && savedBy.get(id) === key) return tag(current.version);
      if (tag(current.version) !== version) {
        throw new ConflictError<ActionChanges, Action>(`${current.value.code} was changed by someone else after you opened it.`, changes, current.value, tag(current.version));
      }
      current.value = applyChanges(current.value, changes);
      current.version += 1;
      if (key !== undefined) savedBy.set(id, key);
      return answer('updateAction', tag(current.version));
    },
    async addProgressUpdate(update, key) {
      await enter('addProgressUpdate');
      if (!user.canEdit) throw new PermissionDeniedError('You can read this plan but not change it.');
      const earlier = key === undefined ? undefined : updatesByKey.get(key);
      if (earlier) return earlier;
      const saved: ProgressUpdate = { ...update, id: `u${nextUpdateId++}` };
      updates.push(saved);
      if (key !== undefined) updatesByKey.set(key, saved);
      return answer('addProgressUpdate', saved);
    },
    async listProgressUpdates(actionId) {
      await enter('listProgressUpdates');
      return updates.filter((u) => u.actionId === actionId);
    },
    async listChangeRequests() {
      await enter('listChangeRequests');
      return requests.map((r) => ({ value: r.value, version: tag(r.version) }));
    },
    async submitChangeRequest(request, key) {
      await enter('submitChangeRequest');
      if (!user.canEdit) throw new PermissionDeniedError('You can read this plan but not ask for changes to it.');
      const earlier = key === undefined ? undefined : requestsByKey.get(key);
      if (earlier) return earlier;
      const value: ChangeRequest = { ...request, id: `c${nextRequestId++}`, reference: nextChangeReference(requests.map((r) => r.value)), status: 'Submitted' };
      requests.push({ value, version: 1 });
      if (key !== undefined) requestsByKey.set(key, value);
      return answer('submitChangeRequest', value);
    },
    async decideChangeRequest(id, decision, version) {
      await enter('decideChangeRequest');
      if (!user.canManage) throw new PermissionDeniedError('Only the programme office can decide change requests.');
      const found = requests.find((r) => r.value.id === id);
      if (!found) throw new NotFoundError(`Change request ${id} does not exist any more.`);
      if (tag(found.version) !== version) {
        throw new ConflictError(`Change request ${found.value.reference} was changed or decided by someone else after you opened it.`, decision, found.value, tag(found.version));
      }
      found.value = {
        ...found.value,
        status: decision.status,
        decidedBy: decision.by,
        decidedOn: decision.on,
        ...(decision.note?.trim() ? { decisionNote: decision.note.trim() } : {})
      };
      found.version += 1;
      return tag(found.version);
    },
    async currentUser() {
      await enter('currentUser');
      return user;
    }
  };
}
