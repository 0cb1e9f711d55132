import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { PlanSettingsStore } from '../../application/ports/planSettings';
import type { RollupMethod } from '../../domain';
import { ROLLUP_METHOD_KEY, rollupMethodToValues } from '../mapping/rollupSetting';
import { SETTINGS_LIST } from '../schema/planLists';
import { translateError } from '../repositories/spErrors';
import { odataEq } from '../odata';

/** Plan Settings rows the programme office edits from the app: one row per setting, updated in place. */
export class SpPlanSettings implements PlanSettingsStore {
  public constructor(private readonly sp: SPFI) {}

  /** {@inheritDoc PlanSettingsStore.saveRollupMethod} */
  public async saveRollupMethod(method: RollupMethod): Promise<void> {
    const list = this.sp.web.lists.getByTitle(SETTINGS_LIST);
    try {
      const [row] = await list.items.select('Id').filter(odataEq('Title', ROLLUP_METHOD_KEY)).top(1)<Array<{ Id: number }>>();
      if (row) await list.items.getById(row.Id).update(rollupMethodToValues(method));
      else await list.items.add(rollupMethodToValues(method));
    } catch (error) {
      throw translateError(error, { doing: 'change how ratings roll up', record: 'The roll-up setting', whoMay: 'Only the programme office can change the plan’s settings.' });
    }
  }
}

/** The Plan Settings store over a PnPjs root. */
export function createPlanSettingsStore(sp: SPFI): PlanSettingsStore {
  return new SpPlanSettings(sp);
}
