/**
 * Done-when criterion: a 25,000-item list is queried through indexed columns without a
 * threshold error, while a non-indexed query gets SharePoint's exact 500.
 */
import type { SPFI } from '@pnp/sp';
import { failure, freshEmulator, pnp, provisionActions, type Fresh } from './helpers';

const THRESHOLD_BODY = {
  'odata.error': {
    code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
  }
};

let fresh: Fresh;
let sp: SPFI;
const list = () => sp.web.lists.getByTitle('Big');

beforeAll(async () => {
  fresh = await freshEmulator();
  sp = pnp(fresh.emu.siteUrl);
  await provisionActions(sp, 'Big');
  const rows = Array.from({ length: 25_000 }, (_, i) => ({
    Title: `Action ${i + 1}`,
    Ref: i + 1,
    RAG: ['Green', 'Amber', 'Red'][i % 3],
    Notes: `note ${i % 50}`,
    DueDate: new Date(Date.UTC(2026, 0, 1) + (i % 365) * 86_400_000).toISOString()
  }));
  fresh.emu.bulkAddItems('Big', rows);
}, 60_000);
afterAll(async () => fresh.stop());

describe('list view threshold on 25,000 items', () => {
  it('has 25,000 items', async () => {
    expect((await list().select('ItemCount')()).ItemCount).toBe(25_000);
  });

  it('answers selective queries on indexed columns (and ID)', async () => {
    expect((await list().items.filter('Ref eq 12345').select('Id', 'Title')())[0].Title).toBe('Action 12345');
    const range = await list().items.filter("Ref ge 20000 and Ref lt 20010 and Notes eq 'note 0'").select('Ref')();
    expect(range.map((r: { Ref: number }) => r.Ref)).toEqual([20001]);
    const byId = await list().items.filter('Id gt 24990').orderBy('Id', false).select('Id')();
    expect(byId).toHaveLength(10);
    const ordered = await list().items.filter('Ref le 3000').orderBy('Ref', false).top(2).select('Ref')();
    expect(ordered.map((r: { Ref: number }) => r.Ref)).toEqual([3000, 2999]);
  });

  it('pages through the whole list by ID without an error', async () => {
    let count = 0;
    for await (const page of list().items.select('Id').top(5000)) count += page.length;
    expect(count).toBe(25_000);
  });

  it("returns SharePoint's 500 for a non-indexed filter or order, or an unselective indexed clause", async () => {
    for (const q of [list().items.filter("Notes eq 'note 7'"), list().items.orderBy('Notes'), list().items.filter("RAG eq 'Red'"), list().items.filter("Notes eq 'x' or Ref eq 1")]) {
      const f = await failure(q());
      expect(f.status).toBe(500);
      expect(f.body).toEqual(THRESHOLD_BODY);
    }
  });

  it("no index serves `ne`, `substringof` or an `or` across columns: SharePoint's 500, even on indexed columns", async () => {
    for (const q of [
      list().items.filter('Ref ne 5'),
      list().items.filter("RAG ne 'Red' and Notes eq 'note 1'").select('Id'),
      list().items.filter("substringof('Action 1',Title)"),
      list().items.filter("Ref eq 1 or DueDate eq datetime'2026-01-01T00:00:00Z'")
    ]) {
      const f = await failure(q());
      expect(f.status).toBe(500);
      expect(f.body).toEqual(THRESHOLD_BODY);
    }
    // `ne` beside a selective indexed clause is fine: the index seek comes first.
    expect(await list().items.filter("Ref lt 4 and RAG ne 'Red'").select('Ref')()).toHaveLength(2);
    expect(await list().items.filter('Ref eq 1 or Ref eq 2 or Ref eq 3').select('Ref')()).toHaveLength(3);
    expect(await list().items.filter("startswith(Title,'Action 2499') and Ref ge 24990").select('Ref')()).toHaveLength(10);
  });

  it('indexing the column (field MERGE Indexed=true) lifts the error', async () => {
    await list().fields.getByInternalNameOrTitle('Notes').update({ Indexed: true });
    const rows = await list().items.filter("Notes eq 'note 7'").select('Id').top(1000)();
    expect(rows).toHaveLength(500);
  });
});
