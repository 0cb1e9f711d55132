import type { SPFI } from '@pnp/sp';
import type { PlanServices, Versioned } from '../../application/ports/planRepository';
import type { Action } from '../../domain';
import type { ProblemSink } from '../mapping';
import { findActions, type ActionQuery } from './actionQueries';
import { SpActionStore } from './actionStore';
import { SpChangeRequestStore } from './changeStore';
import { loadPlan, type PlanLoad } from './planLoader';
import { SpProgressHistoryStore } from './progressStore';
import { SpSessionService } from './session';
import { UserIdCache } from './userIds';
import { SpBusinessCaseStore } from '../businessCases/spBusinessCaseStore';

/** Options of {@link createPlanServices}. */
export interface PlanServicesOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /**
   * Told about stored values that could not be read as they should (bad JSON in a Note column,
   * an unknown choice); the load carries on with a fallback. Defaults to `console.warn`.
   */
  onProblem?: ProblemSink;
}

/** The plan services on SharePoint, plus the large-list query the app uses for filtered views. */
export interface SpPlanServices extends PlanServices {
  /** Loads the whole plan; the result also lists the problems found in stored data. */
  loadPlan(): Promise<PlanLoad>;
  /** Actions by theme, lead and due date, through indexed columns only (safe past 5,000 items). */
  findActions(query: ActionQuery): Promise<Array<Versioned<Action>>>;
}

/**
 * Builds every storage port of the application on one PnPjs root. The root decides transport
 * and identity (SPFx context, bearer token, or the local harness); the services never know which.
 */
export function createPlanServices(sp: SPFI, options: PlanServicesOptions = {}): SpPlanServices {
  const now = options.now ?? (() => new Date());
  const report: ProblemSink =
    options.onProblem ??
    ((p) => {
      console.warn(`[plan data] ${p.list} item ${p.itemId}, ${p.column}: ${p.message}`);
    });
  const users = new UserIdCache(sp);
  const actions = new SpActionStore(sp, users, report);
  const progress = new SpProgressHistoryStore(sp, users, report);
  const changes = new SpChangeRequestStore(sp, users, report);
  const session = new SpSessionService(sp, users);
  return {
    loadPlan: () => loadPlan(sp, now, report),
    findActions: (query) => findActions(sp, query, report),
    getAction: (id) => actions.getAction(id),
    updateAction: (id, c, version, key) => actions.updateAction(id, c, version, key),
    addProgressUpdate: (u, key) => progress.addProgressUpdate(u, key),
    listProgressUpdates: (id) => progress.listProgressUpdates(id),
    listChangeRequests: () => changes.listChangeRequests(),
    submitChangeRequest: (r, key) => changes.submitChangeRequest(r, key),
    decideChangeRequest: (id, d, version) => changes.decideChangeRequest(id, d, version),
    currentUser: () => session.currentUser(),
    businessCases: new SpBusinessCaseStore(sp, report)
  };
}
