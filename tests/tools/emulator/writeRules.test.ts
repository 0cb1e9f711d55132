/**
 * Writes are saved or refused as SharePoint Online does: web MERGE saves and reads back, bodies
 * naming a property the type does not define answer 400, list titles are at most 255 characters;
 * and `currentuser/groups` answers the user's groups. Real PnPjs over HTTP.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import { EDITOR, failure, freshEmulator, pnp, provisionActions, READER, type Fresh } from './helpers';

let fresh: Fresh;
let sp: SPFI;

beforeAll(async () => {
  fresh = await freshEmulator();
  sp = pnp(fresh.emu.siteUrl);
  await provisionActions(sp);
});
afterAll(async () => fresh.stop());

const actions = () => sp.web.lists.getByTitle('Actions');
const undefinedProperty = (prop: string, type: string) => ({
  'odata.error': {
    code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    message: { lang: 'en-US', value: `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.` }
  }
});

describe('web updates', () => {
  it('saves Title and Description and reads them back', async () => {
    await sp.web.update({ Title: 'Improvement Board', Description: 'The council improvement plan' });
    expect(await sp.web.select('Title', 'Description')()).toMatchObject({ Title: 'Improvement Board', Description: 'The council improvement plan' });
    expect((await pnp(fresh.emu.siteUrl, READER).web.select('Title')()).Title).toBe('Improvement Board');
  });

  it('refuses an unknown property, a wrongly typed value and an over-long title, saving nothing', async () => {
    const unknown = await failure(sp.web.update({ Title: 'Changed', Colour: 'teal' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual(undefinedProperty('Colour', 'SP.Web'));
    expect((await failure(sp.web.update({ Title: 42 }))).status).toBe(400);
    expect((await failure(sp.web.update({ Title: 'x'.repeat(256) }))).status).toBe(400);
    expect((await sp.web.select('Title')()).Title).toBe('Improvement Board');
  });

  it('needs ManageWeb: Members (Edit) and Visitors get the access-denied answer', async () => {
    for (const user of [EDITOR, READER]) expect((await failure(pnp(fresh.emu.siteUrl, user).web.update({ Title: 'Mine' }))).status).toBe(403);
    expect((await sp.web.select('Title')()).Title).toBe('Improvement Board');
  });
});

describe('properties a type does not define', () => {
  it('items: an unknown name, a different case or a display name is refused on add and update', async () => {
    for (const body of [{ Title: 'x', Priority: 1 }, { title: 'x' }, { Title: 'x', 'RAG status': 'Red' }]) {
      const r = await failure(actions().items.add(body));
      expect(r.status).toBe(400);
      expect(r.body).toEqual(undefinedProperty(Object.keys(body).find((k) => k !== 'Title') as string, 'SP.Data.ActionsListItem'));
    }
    const item = await actions().items.add({ Title: 'kept' });
    const r = await failure(actions().items.getById(item.Id as number).update({ rag: 'Red' }));
    expect(r.body).toEqual(undefinedProperty('rag', 'SP.Data.ActionsListItem'));
    expect((await actions().items.getById(item.Id as number)()).RAG).toBe('Green');
  });

  it('lists: an unknown SP.List property is refused on add and update', async () => {
    const add = await failure(sp.web.lists.add('Extras', '', 100, false, { Colour: 'teal' } as never));
    expect(add.status).toBe(400);
    expect(add.body).toEqual(undefinedProperty('Colour', 'SP.List'));
    expect((await failure(sp.web.lists.getByTitle('Extras')())).status).toBe(404);
    const update = await failure(actions().update({ enableVersioning: false } as never));
    expect(update.body).toEqual(undefinedProperty('enableVersioning', 'SP.List'));
  });
});

describe('list titles', () => {
  it('accept 255 characters and refuse 256 on add and rename, and a number', async () => {
    const longest = 'L'.repeat(255);
    expect((await sp.web.lists.add(longest)).Title).toBe(longest);
    const tooLong = await failure(sp.web.lists.add('M'.repeat(256)));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ 'odata.error': { code: '-2147024809, System.ArgumentException' } });
    expect((await failure(sp.web.lists.getByTitle(longest).update({ Title: 'N'.repeat(256) }))).status).toBe(400);
    const numeric = await failure(sp.web.lists.add(1000 as unknown as string));
    expect(numeric.body).toMatchObject({ 'odata.error': { message: { value: "Cannot convert a primitive value to the expected type 'Edm.String'. See the inner exception for more details." } } });
  });
});

describe('currentuser/groups', () => {
  it('answers the SP.Group entities the user is a member of', async () => {
    const ownerGroups = await sp.web.currentUser.groups<Array<Record<string, unknown>>>();
    expect(ownerGroups.map((g) => g.Title)).toEqual(['Improvement Owners']);
    expect(ownerGroups[0]).toMatchObject({ 'odata.type': 'SP.Group', PrincipalType: 8, Id: 3 });
    const board = await sp.web.siteGroups.add({ Title: 'Improvement Board' });
    await sp.web.siteGroups.getById(board.Id).users.add(`i:0#.f|membership|${EDITOR}`);
    const editorGroups = await pnp(fresh.emu.siteUrl, EDITOR).web.currentUser.groups.select('Title')<Array<{ Title: string }>>();
    expect(editorGroups.map((g) => g.Title).sort()).toEqual(['Improvement Board', 'Improvement Members']);
    expect((await sp.web.siteUsers.getByEmail(READER).groups<Array<{ Title: string }>>()).map((g) => g.Title)).toEqual(['Improvement Visitors']);
  });
});
