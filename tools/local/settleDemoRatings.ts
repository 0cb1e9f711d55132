import type { SPFI } from '@pnp/sp';
import { rateAll } from '../../src/application/alerts/sweepRating';
import { createPlanServices } from '../../src/data';
import { explainRating, type IsoDate } from '../../src/domain';

/**
 * Records, on the day the demo is seeded, the rating the published policy gives every action.
 *
 * The demo chooses each action's facts so that the policy gives the rating it seeds, so on the
 * demo's own day nothing needs settling; seeded for another day (`--today`), dates pass and the
 * policy moves on. Storing the policy's rating at seeding is what a programme office going live
 * would do, and it means the first sweep reports only what slips after the demo starts, not a
 * backlog of "slips" that were simply never recorded.
 * @returns how many actions had their stored rating brought in line
 */
export async function settleDemoRatings(sp: SPFI, today: IsoDate): Promise<number> {
  const services = createPlanServices(sp);
  const loaded = await services.loadPlan();
  let settled = 0;
  for (const rated of rateAll(loaded, today)) {
    if (rated.stored === rated.assessment.rating) continue;
    await services.updateAction(rated.action.id, { rating: rated.assessment.rating, ratingReason: explainRating(rated.assessment) }, rated.version);
    settled += 1;
  }
  return settled;
}
