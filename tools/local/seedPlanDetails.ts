/** The demo plan's own details (name, council, dates), so the papers and the app name the council. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { DEFAULT_TERMINOLOGY } from '../../src/domain';
import { planDetailsToValues } from '../../src/data/mapping';
import { SETTINGS_LIST } from '../../src/data/schema/planLists';
import type { DemoPlan } from '../demo/demoTypes';

/** Writes the plan details setting: Northmoor's council, the plan's first and last days, monthly reporting. */
export async function seedPlanDetails(sp: SPFI, plan: DemoPlan): Promise<void> {
  const starts = plan.actions.map((a) => a.StartDate).sort();
  const ends = plan.actions.map((a) => a.BaselineDueDate).sort();
  await sp.web.lists.getByTitle(SETTINGS_LIST).items.add(
    planDetailsToValues({
      id: 'northmoor',
      name: 'Improvement Plan',
      council: 'Northmoor Borough Council',
      shape: 'codedThemes',
      terminology: DEFAULT_TERMINOLOGY.codedThemes,
      startDate: starts[0],
      endDate: ends[ends.length - 1],
      cadence: 'month'
    })
  );
}
