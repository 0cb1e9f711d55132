/**
 * What PnPjs's own retry does with a write whose answer is lost, and what SendOnce does instead,
 * against the emulator's `dropAfterCommit` fault (the request is carried out, the answer dropped).
 */
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SendOnce } from '../../../src/data/sp/sendOnce';
import { SETTINGS_LIST } from '../../../src/data/schema/planLists';
import { planSite, type PlanSite } from '../import/emulatorSite';

jest.setTimeout(60_000);

let site: PlanSite;
beforeAll(async () => {
  site = await planSite();
});
afterAll(async () => site.stop());

const titled = async (title: string): Promise<unknown[]> => site.sp.web.lists.getByTitle(SETTINGS_LIST).items.filter(`Title eq '${title}'`).select('Id')();

describe('a POST whose answer is lost', () => {
  it('is sent again by PnPjs (BrowserFetchWithRetry) and so made twice', async () => {
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "settings')/items" });
    await site.sp.web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'pnpjs-resend' });
    expect(await titled('pnpjs-resend')).toHaveLength(2);
  });

  it('is sent once under SendOnce, which hands the network error to the caller', async () => {
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "settings')/items" });
    const error = await spfi(site.sp).using(SendOnce()).web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'send-once' }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TypeError');
    expect(await titled('send-once')).toHaveLength(1);
  });

  it('is still sent again under SendOnce after a 429, which SharePoint answers before doing anything', async () => {
    site.emu.addFault({ status: 429, retryAfterSeconds: 0, count: 2, method: 'POST', pathContains: "settings')/items" });
    await spfi(site.sp).using(SendOnce({ interval: 10 })).web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'throttled' });
    expect(await titled('throttled')).toHaveLength(1);
    expect(await (await fetch(`${site.emu.url}/_emulator/faults`)).json()).toEqual([]);
  });

  it('applies to the queryable it is used on only, never to the root it was made from', async () => {
    await spfi(site.sp).using(SendOnce()).web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'scoped' });
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "settings')/items" });
    await site.sp.web.lists.getByTitle(SETTINGS_LIST).items.add({ Title: 'root-still-retries' });
    expect(await titled('root-still-retries')).toHaveLength(2);
  });
});
