import type { PlanServices } from '../application/ports/planRepository';

/**
 * Starts reading the plan and the signed-in person at once, before the app's screens have
 * downloaded, so on a slow link the data and the code travel together instead of one after the
 * other. The first `loadPlan()` and `currentUser()` take the answers already on their way; every
 * later call (a reload, a refresh after a save) reads afresh. A failed early read is handed to
 * the app, which shows it with its retry, as it would a failure of its own read.
 */
export function startPlanLoadEarly<S extends PlanServices>(services: S): S {
  let plan: ReturnType<PlanServices['loadPlan']> | undefined = services.loadPlan();
  let user: ReturnType<PlanServices['currentUser']> | undefined = services.currentUser();
  // The app may not ask for a while; a rejection waiting for it is not an unhandled one.
  plan.catch(() => undefined);
  user.catch(() => undefined);
  const early = Object.create(services) as S;
  early.loadPlan = () => {
    const started = plan;
    plan = undefined;
    return started ?? services.loadPlan();
  };
  early.currentUser = () => {
    const started = user;
    user = undefined;
    return started ?? services.currentUser();
  };
  return early;
}
