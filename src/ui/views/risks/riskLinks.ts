import type { Action, Risk } from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';

/** The plan actions a risk names, directly or through a mitigation, each once. */
export function linkedActions(view: PlanView, risk: Risk): Action[] {
  return [...new Set([...risk.actionIds, ...risk.mitigations.map((m) => m.actionId).filter((id): id is string => Boolean(id))])]
    .map((id) => view.actionsById.get(id))
    .filter((x): x is Action => Boolean(x));
}
