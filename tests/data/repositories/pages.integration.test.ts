/**
 * readAll on a small scale (pages of 10 instead of 5,000): pages past the first are read by ID
 * range in one more batch, gaps left by deleted items cost nothing, and a list read without
 * ranges still follows its next links. Real PnPjs over HTTP against the emulator.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { readAll, type WholeListRead } from '../../../src/data/repositories/pages';
import { THEMES_LIST } from '../../../src/data/schema/planLists';
import { startPlanSite, type PlanSite } from '../support/planSite';

const PAGE = 10;
let site: PlanSite;
let ids: number[];

const themes = (root: SPFI) => root.web.lists.getByTitle(THEMES_LIST).items;
const pagedRead = (withRanges: boolean): WholeListRead => ({
  first: (root) => themes(root).select('Id', 'Code').top(PAGE),
  ...(withRanges
    ? {
        lastId: (root) => themes(root).select('Id').orderBy('Id', false).top(1),
        range: (after, upTo) => (root) => themes(root).select('Id', 'Code').filter(`Id gt ${after} and Id le ${upTo}`).top(PAGE)
      }
    : {})
});

beforeAll(async () => {
  site = await startPlanSite();
  ids = site.emu.bulkAddItems('Plan Themes', Array.from({ length: 47 }, (_, i) => ({ Title: `Theme ${i + 1}`, Code: `T${i + 1}` })));
  // A run of deleted items leaves a gap in the ids, as years of use do.
  for (const id of ids.slice(20, 33)) await themes(site.sp).getById(id).delete();
});
afterAll(async () => site.stop());

const survivors = (): number[] => [...ids.slice(0, 20), ...ids.slice(33)];

describe('readAll', () => {
  it('reads every item: the first page and the highest id in one batch, every remaining ID range in one more', async () => {
    const { result, served } = await site.served(() => readAll(site.sp, [pagedRead(true)], PAGE));
    expect(result[0].map((item) => item.Id)).toEqual(survivors());
    expect(served).toBe(2);
  });

  it('follows next links, one request per page, for a list read without ranges', async () => {
    const { result, served } = await site.served(() => readAll(site.sp, [pagedRead(false)], PAGE));
    expect(result[0].map((item) => item.Id)).toEqual(survivors());
    expect(served).toBe(4);
  });
});
