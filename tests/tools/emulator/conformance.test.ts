/**
 * Conformance: the emulator answers as SharePoint Online does, driven by real
 * PnPjs v4 over HTTP against a freshly started emulator. No fetch mocks.
 */
import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { digest, EDITOR, failure, freshEmulator, OWNER, pnp, provisionActions, READER, type Fresh } from './helpers';

let fresh: Fresh;
let site: string;
let sp: SPFI;
let leadId: number;

beforeAll(async () => {
  fresh = await freshEmulator();
  site = fresh.emu.siteUrl;
  sp = pnp(site);
  await provisionActions(sp);
  leadId = (await sp.web.ensureUser(EDITOR)).Id as number;
});
afterAll(async () => fresh.stop());

const actions = (s: SPFI = sp) => s.web.lists.getByTitle('Actions');

describe('context info and digest', () => {
  it('returns FormDigestValue/FormDigestTimeoutSeconds at top level', async () => {
    const r = await fetch(`${site}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    expect(r.status).toBe(200);
    const body = (await r.json()) as Record<string, unknown>;
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
    expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    expect(body.WebFullUrl).toBe(site);
    expect(body['odata.metadata']).toBe(`${site}/_api/$metadata#SP.ContextWebInformation`);
  });
  it('rejects a write without a valid digest with 403, accepts a valid one or a bearer token', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${site}/_api/web/lists/getByTitle('Actions')/items`, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers }, body: '{"Title":"d"}' });
    const bad = await post({ 'X-RequestDigest': '0xABC,01 Jan 2026 00:00:00 -0000' });
    expect(bad.status).toBe(403);
    expect(await bad.json()).toEqual({
      'odata.error': {
        code: '-2130575251, Microsoft.SharePoint.SPException',
        message: { lang: 'en-US', value: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again." }
      }
    });
    expect((await post({ 'X-RequestDigest': await digest(site) })).status).toBe(201);
    expect((await post({ Authorization: 'Bearer local' })).status).toBe(201);
  });
});

describe('lists and fields', () => {
  it('lists.ensure is idempotent and getByTitle of a missing list gives the catalogue 404', async () => {
    const first = await sp.web.lists.ensure('Themes');
    const second = await sp.web.lists.ensure('Themes');
    expect([first.created, second.created]).toEqual([true, false]);
    const info = await sp.web.lists.getByTitle('Themes').select('ListItemEntityTypeFullName', 'Id', 'ItemCount', 'EnableVersioning')();
    expect(info).toMatchObject({ ListItemEntityTypeFullName: 'SP.Data.ThemesListItem', ItemCount: 0, EnableVersioning: true });
    const f = await failure(sp.web.lists.getByTitle('Nope')());
    expect(f.status).toBe(404);
    expect(f.body).toEqual({ 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${site}'.` } } });
  });
  it('createFieldAsXml with AddFieldInternalNameHint keeps Name as the internal name; fields can be indexed by MERGE', async () => {
    const rag = await actions().fields.getByInternalNameOrTitle('RAG')();
    expect(rag).toMatchObject({ InternalName: 'RAG', Title: 'RAG status', TypeAsString: 'Choice', Indexed: true, Choices: ['Green', 'Amber', 'Red'], 'odata.type': 'SP.FieldChoice' });
    const notes = actions().fields.getByInternalNameOrTitle('Notes');
    expect((await notes()).Indexed).toBe(false);
    await notes.update({ Indexed: true });
    expect((await notes()).Indexed).toBe(true);
    await notes.update({ Indexed: false });
    const missing = await failure(actions().fields.getByInternalNameOrTitle('Ghost')());
    expect(missing.status).toBe(404);
  });
  it('supports the verbose fields.add* path and lookup columns', async () => {
    const themes = sp.web.lists.getByTitle('Themes');
    const theme = await themes.items.add({ Title: 'Environment' });
    const themesId = (await themes.select('Id')()).Id as string;
    await actions().fields.createFieldAsXml(`<Field Type="Lookup" Name="Theme" DisplayName="Theme" List="{${themesId}}" ShowField="Title"/>`);
    const added = await actions().fields.addText('Owner Team', { MaxLength: 100 });
    expect(added).toMatchObject({ InternalName: 'Owner_x0020_Team', TypeAsString: 'Text' });
    const item = await actions().items.add({ Title: 'with theme', ThemeId: theme.Id });
    const got = await actions().items.getById(item.Id).select('Id', 'Theme/Title', 'Theme/Id').expand('Theme')();
    expect(got.Theme).toMatchObject({ Title: 'Environment', Id: theme.Id });
    const byLookup = await actions().items.filter(`ThemeId eq ${theme.Id as number}`).select('Id')();
    expect(byLookup.map((r: { Id: number }) => r.Id)).toEqual([item.Id]);
  });
});

describe('items CRUD, ETags and 412', () => {
  it('add returns 201 with the whole entity, ETag and Location', async () => {
    const r = await fetch(`${site}/_api/web/lists/getByTitle('Actions')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': await digest(site) },
      body: JSON.stringify({ Title: 'raw add', LeadId: leadId, DueDate: '2026-09-30T00:00:00Z' })
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    expect(r.headers.get('etag')).toBe('"1"');
    const body = (await r.json()) as Record<string, unknown>;
    expect(r.headers.get('location')).toBe(`${site}/_api/Web/Lists(guid'${String(body['odata.editLink']).match(/guid'([^']+)'/)?.[1]}')/Items(${String(body.Id)})`);
    expect(body).toMatchObject({
      'odata.type': 'SP.Data.ActionsListItem',
      'odata.etag': '"1"',
      FileSystemObjectType: 0,
      Title: 'raw add',
      RAG: 'Green',
      Escalated: false,
      LeadId: leadId,
      LeadStringId: String(leadId),
      // Date-only: 30 September at midnight BST on the London site, returned in UTC.
      DueDate: '2026-09-29T23:00:00Z',
      OData__UIVersionString: '1.0',
      Attachments: false
    });
    expect(body['odata.metadata']).toBe(`${site}/_api/$metadata#SP.ListData.ActionsListItems/@Element`);
    expect(body.Id).toBe(body.ID);
    expect(typeof body.AuthorId).toBe('number');
  });

  it('MERGE with matching IF-Match → 204 + new ETag; stale → 412 with the catalogue body', async () => {
    const item = await actions().items.add({ Title: 'etag test' });
    const etag = item['odata.etag'] as string;
    const upd = await actions().items.getById(item.Id).update({ RAG: 'Amber' }, etag);
    expect(upd.etag).toBe('"2"');
    const stale = await failure(actions().items.getById(item.Id).update({ RAG: 'Red' }, etag));
    expect(stale.status).toBe(412);
    expect(stale.body).toEqual({
      'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: `The request ETag value '"1"' does not match the object's ETag value '"2"'.` } }
    });
    // "<guid>,N" form and "*" are accepted too.
    await actions().items.getById(item.Id).update({ RAG: 'Red' }, `"{0e7a},2"`);
    await actions().items.getById(item.Id).update({ Escalated: true }, '*');
    const now = await actions().items.getById(item.Id)();
    expect(now).toMatchObject({ RAG: 'Red', Escalated: true, 'odata.etag': '"4"', OData__UIVersionString: '4.0' });
  });

  it('two concurrent updates with one ETag: one 204, one 412', async () => {
    const item = await actions().items.add({ Title: 'race' });
    const etag = item['odata.etag'] as string;
    const results = await Promise.allSettled([
      actions().items.getById(item.Id).update({ Title: 'race A' }, etag),
      actions(pnp(site, EDITOR)).items.getById(item.Id).update({ Title: 'race B' }, etag)
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0].reason as { status: number }).status).toBe(412);
  });

  it('DELETE via X-HTTP-Method answers 200 with an empty body; the item is then 404', async () => {
    const item = await actions().items.add({ Title: 'to delete' });
    const stale = await failure(actions().items.getById(item.Id).delete('"9"'));
    expect(stale.status).toBe(412);
    const r = await fetch(`${site}/_api/web/lists/getByTitle('Actions')/items(${item.Id as number})`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-HTTP-Method': 'DELETE', 'IF-Match': '*', 'X-RequestDigest': await digest(site) }
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('');
    const gone = await failure(actions().items.getById(item.Id)());
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ 'odata.error': { code: '-2130575338, System.ArgumentException', message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' } } });
  });

  it('rejects unknown properties and __metadata in a non-verbose body', async () => {
    const unknown = await failure(actions().items.add({ Nope: 1 }));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: "The property 'Nope' does not exist on type 'SP.Data.ActionsListItem'. Make sure to only use property names that are defined by the type." }
      }
    });
    const meta = await failure(actions().items.add({ Title: 'x', Evidence: { __metadata: { type: 'SP.FieldUrlValue' }, Url: 'https://x', Description: 'x' } }));
    expect((meta.body as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe(
      "The property '__metadata' does not exist on type 'SP.FieldUrlValue'. Make sure to only use property names that are defined by the type."
    );
    const ok = await actions().items.add({ Title: 'url', Evidence: { Url: 'https://x.example/e', Description: 'Evidence' }, Tags: ['Waste'] });
    expect(ok).toMatchObject({ Evidence: { Url: 'https://x.example/e', Description: 'Evidence' }, Tags: ['Waste'] });
  });

  it('keeps version history', async () => {
    const item = await actions().items.add({ Title: 'v1' });
    await actions().items.getById(item.Id).update({ Title: 'v2' });
    await actions().items.getById(item.Id).update({ Title: 'v3', RAG: 'Red' });
    const versions = await actions().items.getById(item.Id).versions();
    expect(versions.map((v: Record<string, unknown>) => [v.VersionLabel, v.Title, v.IsCurrentVersion])).toEqual([
      ['3.0', 'v3', true],
      ['2.0', 'v2', false],
      ['1.0', 'v1', false]
    ]);
    expect(versions[0]).toMatchObject({ VersionId: 1536, RAG: 'Red', 'odata.type': 'SP.ListItemVersion' });
    const one = await actions().items.getById(item.Id).versions.getById(512)();
    expect(one.Title).toBe('v1');
  });
});

describe('OData modes', () => {
  const get = async (accept: string) => {
    const r = await fetch(`${site}/_api/web/lists/getByTitle('Actions')/items?$top=1&$select=Id,Title`, { headers: { Accept: accept } });
    return { ct: r.headers.get('content-type'), body: (await r.json()) as Record<string, unknown> };
  };
  it('answers minimal, nometadata and verbose shapes', async () => {
    const minimal = await get('application/json');
    expect(minimal.ct).toContain('odata=minimalmetadata');
    expect(Object.keys((minimal.body.value as object[])[0])).toEqual(['odata.type', 'odata.id', 'odata.etag', 'odata.editLink', 'Id', 'Title']);
    const none = await get('application/json;odata=nometadata');
    expect(none.body['odata.metadata']).toBeUndefined();
    expect(Object.keys((none.body.value as object[])[0])).toEqual(['Id', 'Title']);
    const verbose = await get('application/json;odata=verbose');
    expect(verbose.ct).toContain('odata=verbose');
    const d = verbose.body.d as { results: Array<Record<string, unknown>>; __next?: string };
    expect(d.results[0].__metadata).toMatchObject({ type: 'SP.Data.ActionsListItem', etag: '"1"' });
    expect(d.__next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/improvement\/_api\/web\/lists\/getByTitle\('Actions'\)\/items\?/);
  });
  it('accepts verbose writes with __metadata.type and rejects a wrong type', async () => {
    const d = await digest(site);
    const post = (body: unknown) =>
      fetch(`${site}/_api/web/lists/getByTitle('Actions')/items`, {
        method: 'POST',
        headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose', 'X-RequestDigest': d },
        body: JSON.stringify(body)
      });
    const ok = await post({ __metadata: { type: 'SP.Data.ActionsListItem' }, Title: 'verbose', Tags: { results: ['Housing'] } });
    expect(ok.status).toBe(201);
    const created = ((await ok.json()) as { d: Record<string, unknown> }).d;
    expect(created.Tags).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Housing'] });
    const bad = await post({ __metadata: { type: 'SP.Data.WrongListItem' }, Title: 'x' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: { value: string } } }).error.message.value).toMatch(/^A type named 'SP.Data.WrongListItem' could not be resolved/);
  });
});

describe('query options and paging', () => {
  beforeAll(async () => {
    const [batched, execute] = sp.batched();
    for (let i = 1; i <= 12; i++) {
      void batched.web.lists.getByTitle('Actions').items.add({ Title: `Q${String(i).padStart(2, '0')}`, Ref: 1000 + i, RAG: ['Green', 'Amber', 'Red'][i % 3], LeadId: i % 2 ? leadId : null, DueDate: `2026-0${(i % 9) + 1}-15T00:00:00Z` });
    }
    await execute();
  });

  it('select/expand users, filter, orderby and top', async () => {
    const rows = await actions()
      .items.select('Id', 'Title', 'Ref', 'Lead/Title', 'Lead/EMail')
      .expand('Lead')
      .filter("Ref ge 1001 and Ref le 1012 and (RAG eq 'Red' or RAG eq 'Amber') and Lead/EMail eq 'editor@improvement.local'")
      .orderBy('RAG', false)
      .orderBy('Ref', true)
      .top(3)();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(['Q05', 'Q11', 'Q01']);
    expect(rows[0].Lead).toMatchObject({ Title: 'Erin Editor', EMail: 'editor@improvement.local', 'odata.type': 'SP.Data.UserInfoItem' });
    const fluent = await actions().items.filter((f) => f.number('Ref').greaterThan(1010).and().text('Title').startsWith('Q'))();
    expect(fluent.map((r: { Ref: number }) => r.Ref).sort()).toEqual([1011, 1012]);
    const dates = await actions().items.filter("Ref gt 1000 and DueDate lt datetime'2026-03-01T00:00:00Z'").select('Ref')();
    expect(dates.map((r: { Ref: number }) => r.Ref).sort()).toEqual([1001, 1009, 1010]);
  });

  it('rejects an unknown column and a projection without $expand', async () => {
    const unknown = await failure(actions().items.filter("Nope eq 'x'")());
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ 'odata.error': { code: '-2146232832, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: "Column 'Nope' does not exist. It may have been deleted by another user." } } });
    const noExpand = await failure(actions().items.select('Lead/Title')());
    expect(noExpand.status).toBe(400);
  });

  it('pages with $skiptoken and absolute next links (PnPjs async iterator)', async () => {
    const seen: number[] = [];
    const pages: number[] = [];
    for await (const page of actions().items.select('Id', 'Ref').filter('Ref gt 1000').orderBy('Ref', false).top(5)) {
      pages.push(page.length);
      seen.push(...page.map((r: { Ref: number }) => r.Ref));
    }
    expect(pages).toEqual([5, 5, 2]);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => 1012 - i));
    const r = await fetch(`${site}/_api/web/lists/getByTitle('Actions')/items?%24select=Id&%24top=2`, { headers: { Accept: 'application/json' } });
    const body = (await r.json()) as { value: Array<{ Id: number }>; 'odata.nextLink': string };
    const next = new URL(body['odata.nextLink']);
    expect(next.origin + next.pathname).toBe(`${site}/_api/web/lists/getByTitle('Actions')/items`);
    expect(next.searchParams.get('$skiptoken')).toBe(`Paged=TRUE&p_ID=${body.value[1].Id}`);
    expect(next.searchParams.get('$select')).toBe('Id');
    const skipped = await actions().items.select('Id').skip(body.value[1].Id).top(1)();
    expect(skipped[0].Id).toBeGreaterThan(body.value[1].Id);
  });

  it('defaults to 100 items per page', async () => {
    fresh.emu.bulkAddItems('Actions', Array.from({ length: 120 }, (_, i) => ({ Title: `bulk ${i}` })));
    const page = await actions().items.select('Id')();
    expect(page).toHaveLength(100);
  });
});

describe('$batch', () => {
  it('runs gets and changesets, each part with its own status, through PnPjs', async () => {
    const a = await actions().items.add({ Title: 'batch a' });
    const b = await actions().items.add({ Title: 'batch b' });
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Actions');
    const p1 = list.items.getById(a.Id).select('Title')();
    const p2 = list.items.getById(a.Id).update({ RAG: 'Red' }, a['odata.etag']);
    const p3 = list.items.getById(b.Id).update({ RAG: 'Red' }, '"7"');
    const p4 = list.items.add({ Title: 'batch c' });
    const p5 = list.items.getById(b.Id).delete();
    const p6 = list.items.filter(`Id eq ${a.Id as number}`).select('RAG')();
    await execute();
    const settled = await Promise.allSettled([p1, p2, p3, p4, p5, p6]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((settled[0] as PromiseFulfilledResult<{ Title: string }>).value.Title).toBe('batch a');
    expect((settled[1] as PromiseFulfilledResult<{ etag: string }>).value.etag).toBe('"2"');
    expect(((settled[2] as PromiseRejectedResult).reason as { status: number }).status).toBe(412);
    expect((settled[3] as PromiseFulfilledResult<{ Title: string }>).value.Title).toBe('batch c');
    expect((settled[5] as PromiseFulfilledResult<Array<{ RAG: string }>>).value[0].RAG).toBe('Red');
  });
  it('answers a flat multipart body with CRLF-tolerant parsing of an LF request', async () => {
    const body = [
      '--batch_x',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${site}/_api/web/lists/getByTitle('Actions')/items?$top=1&$select=Id HTTP/1.1`,
      'accept: application/json',
      '',
      '--batch_x',
      'Content-Type: multipart/mixed; boundary="changeset_y"',
      '',
      '--changeset_y',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${site}/_api/web/lists/getByTitle('Actions')/items HTTP/1.1`,
      'accept: application/json',
      'content-type: application/json;charset=utf-8',
      '',
      '{"Title":"raw batch"}',
      '',
      '--changeset_y--',
      '',
      '--batch_x--',
      ''
    ].join('\n');
    const r = await fetch(`${site}/_api/$batch`, { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x', 'X-RequestDigest': await digest(site) }, body });
    expect(r.status).toBe(200);
    const ct = r.headers.get('content-type') as string;
    expect(ct).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    const text = await r.text();
    expect(text.match(/^HTTP\/1\.1 \d+ .*$/gm)?.map((l) => l.slice(9, 12))).toEqual(['200', '201']);
    expect(text).not.toContain('changesetresponse');
    expect(text.endsWith('--\r\n')).toBe(true);
  });
});

describe('users and permissions', () => {
  it('currentuser, siteusers and ensureuser', async () => {
    expect(await sp.web.currentUser()).toMatchObject({ LoginName: `i:0#.f|membership|${OWNER}`, IsSiteAdmin: true });
    expect(await pnp(site, READER).web.currentUser()).toMatchObject({ Title: 'Rory Reader', Email: READER });
    const users = await sp.web.siteUsers();
    expect(users.map((u: { Email: string }) => u.Email)).toEqual(expect.arrayContaining([OWNER, EDITOR, READER]));
    const missing = await failure(sp.web.ensureUser('nobody@elsewhere.example'));
    expect(missing.status).toBe(404);
  });

  it('gives a Read user the 403 body on writes but lets it read', async () => {
    const reader = pnp(site, READER);
    expect(Array.isArray(await actions(reader).items.top(1)())).toBe(true);
    const denied = await failure(actions(reader).items.add({ Title: 'nope' }));
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } }
    });
    const editor = pnp(site, EDITOR);
    const made = await actions(editor).items.add({ Title: 'by editor' });
    expect(made.AuthorId).toBe(leadId);
    // Members hold Edit on a Teams-connected site, which includes ManageLists; Visitors do not.
    expect((await editor.web.lists.add('Editor list')).Title).toBe('Editor list');
    expect((await failure(reader.web.lists.add('Reader list'))).status).toBe(403);
  });

  it('EffectiveBasePermissions per level, on web and list', async () => {
    const masks: Record<string, unknown> = {};
    for (const [name, login] of [['owner', OWNER], ['editor', EDITOR], ['reader', READER]]) {
      masks[name] = await actions(pnp(site, login)).getCurrentUserEffectivePermissions();
    }
    expect(masks.owner).toMatchObject({ High: '2147483647', Low: '4294967295' });
    expect(masks.editor).toMatchObject({ High: '432', Low: '1011030767' });
    expect(masks.reader).toMatchObject({ High: '176', Low: '138612833' });
    expect(await actions(pnp(site, EDITOR)).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await actions(pnp(site, READER)).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await pnp(site, EDITOR).web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
    expect(await pnp(site, READER).web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
    const web = (await pnp(site, READER).web.select('EffectiveBasePermissions')()) as unknown as Record<string, unknown>;
    expect(web.EffectiveBasePermissions).toMatchObject({ High: '176', Low: '138612833' });
    const list = await actions(pnp(site, EDITOR)).select('EffectiveBasePermissions')();
    expect(list.EffectiveBasePermissions).toMatchObject({ High: '432', Low: '1011030767' });
  });

  it('manages users at run time under /_emulator/users', async () => {
    const add = await fetch(`${fresh.emu.url}/_emulator/users`, { method: 'POST', body: JSON.stringify({ login: 'new@improvement.local', displayName: 'New Person', email: 'new@improvement.local', permission: 'Read' }) });
    expect(add.status).toBe(200);
    expect((await pnp(site, 'new@improvement.local').web.currentUser()).Title).toBe('New Person');
    await fetch(`${fresh.emu.url}/_emulator/users/new@improvement.local`, { method: 'DELETE' });
    expect((await failure(pnp(site, 'new@improvement.local').web.currentUser())).status).toBe(403);
  });
});

describe('fault injection', () => {
  afterEach(() => fresh.emu.clearFaults());

  it('429 with Retry-After is honoured by PnPjs retry', async () => {
    const rule = await fetch(`${fresh.emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ status: 429, retryAfterSeconds: 1, count: 1, pathContains: '/items' }) });
    expect(rule.status).toBe(201);
    const t0 = Date.now();
    const rows = await actions().items.top(1)();
    expect(rows).toHaveLength(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  });

  it('answers SharePoint throttling: status, Retry-After, body; 503 exhausts PnPjs retries', async () => {
    fresh.emu.addFault({ status: 429, retryAfterSeconds: 7, count: 1 });
    const r = await fetch(`${site}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    expect(await r.text()).toBe('429 TOO MANY REQUESTS');
    await fetch(`${fresh.emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ status: 503, retryAfterSeconds: 0, count: 5 }) });
    const f = await failure(sp.web());
    expect(f.message).toMatch(/Retry count exceeded \(3\)/);
    await fetch(`${fresh.emu.url}/_emulator/faults`, { method: 'DELETE' });
    expect((await sp.web()).Title).toBe('Improvement');
  });

  it('adds latency', async () => {
    fresh.emu.addFault({ latencyMs: 300, count: 1 });
    const t0 = Date.now();
    await sp.web();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });
});
