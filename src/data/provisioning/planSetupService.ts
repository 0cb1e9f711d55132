import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { PlanSetupService } from '../../application/ports/planSetup';
import { PLAN_LISTS } from '../schema/planLists';
import { provisionPlan } from './provisionPlan';

/** The plan-setup port on PnPjs: one request to check, {@link provisionPlan} to repair. */
export function createPlanSetupService(sp: SPFI): PlanSetupService {
  return {
    async checkSetup() {
      const lists = await sp.web.lists.select('Title')<Array<{ Title: string }>>();
      const present = new Set(lists.map((l) => l.Title));
      return { missingLists: PLAN_LISTS.filter((l) => !present.has(l.title)).map((l) => l.title) };
    },
    provision: (log) => provisionPlan(sp, log)
  };
}
