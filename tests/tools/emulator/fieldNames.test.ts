/**
 * Column names as SharePoint Online gives them: without the AddFieldInternalNameHint option
 * `createFieldAsXml` derives the internal name from DisplayName (Name is ignored), with it Name is
 * kept; and the built-in columns carry SharePoint's fixed ids on every list. Real PnPjs over HTTP.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SPFI } from '@pnp/sp';
import { AddFieldOptions } from '@pnp/sp/fields';
import { startEmulator } from '../../../tools/emulator';
import { failure, freshEmulator, pnp, type Fresh } from './helpers';

let fresh: Fresh;
let sp: SPFI;

beforeAll(async () => {
  fresh = await freshEmulator();
  sp = pnp(fresh.emu.siteUrl);
  await sp.web.lists.ensure('Notices');
});
afterAll(async () => fresh.stop());

const notices = () => sp.web.lists.getByTitle('Notices');
const created = async (xml: string | { SchemaXml: string; Options?: number }): Promise<{ InternalName: string; StaticName: string; Title: string; SchemaXml: string }> =>
  (await notices().fields.createFieldAsXml(xml as never)) as unknown as { InternalName: string; StaticName: string; Title: string; SchemaXml: string };

describe('createFieldAsXml without AddFieldInternalNameHint', () => {
  it('derives the internal name from DisplayName, ignoring Name, and numbers a clash', async () => {
    const xml = '<Field Type="DateTime" Name="PublishDate" DisplayName="Publish Date" Format="DateOnly"/>';
    const first = await created(xml);
    expect(first).toMatchObject({ InternalName: 'Publish_x0020_Date', StaticName: 'Publish_x0020_Date', Title: 'Publish Date' });
    expect(first.SchemaXml).toContain('Name="Publish_x0020_Date"');
    const second = await created({ SchemaXml: xml, Options: AddFieldOptions.DefaultValue });
    expect(second.InternalName).toBe('Publish_x0020_Date0');
    expect((await failure(notices().fields.getByInternalNameOrTitle('PublishDate')())).status).toBe(404);
  });

  it('encodes other characters as lower-case _xHHHH_, a leading digit too, and cuts to 32 characters', async () => {
    expect((await created('<Field Type="Text" Name="Done" DisplayName="1st % done"/>')).InternalName).toBe('_x0031_st_x0020__x0025__x0020_do');
    expect((await created('<Field Type="Text" Name="Prior" DisplayName="In Prior Forecast?"/>')).InternalName).toBe('In_x0020_Prior_x0020_Forecast_x0');
    expect((await created('<Field Type="Text" Name="Eval" DisplayName="Évaluation_note"/>')).InternalName).toBe('_x00c9_valuation_note');
  });

  it('writes items under the derived name and refuses the schema Name as an undefined property', async () => {
    const item = await notices().items.add({ Title: 'launch', Publish_x0020_Date: '2026-10-01T00:00:00Z' });
    // A date-only column keeps midnight of the day on the (London, BST) site, returned in UTC.
    expect(item.Publish_x0020_Date).toBe('2026-09-30T23:00:00Z');
    const refused = await failure(notices().items.add({ Title: 'launch', PublishDate: '2026-10-01T00:00:00Z' }));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: "The property 'PublishDate' does not exist on type 'SP.Data.NoticesListItem'. Make sure to only use property names that are defined by the type." }
      }
    });
  });
});

describe('createFieldAsXml with AddFieldInternalNameHint', () => {
  it('keeps Name (or StaticName), whatever other option bits are set', async () => {
    const hint = AddFieldOptions.AddFieldInternalNameHint;
    expect((await created({ SchemaXml: '<Field Type="Number" Name="Ref" DisplayName="Reference no."/>', Options: hint })).InternalName).toBe('Ref');
    expect((await created({ SchemaXml: '<Field Type="Text" StaticName="Owner" DisplayName="Owning team"/>', Options: hint | AddFieldOptions.AddFieldToDefaultView })).InternalName).toBe('Owner');
  });

  it('refuses a parameter SP.XmlSchemaFieldCreationInformation does not define', async () => {
    const r = await failure(created({ SchemaXml: '<Field Type="Text" Name="X" DisplayName="X"/>', Option: 8 } as never));
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain("The property 'Option' does not exist on type 'SP.XmlSchemaFieldCreationInformation'.");
  });
});

describe('built-in columns', () => {
  const FIXED = {
    ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
    Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
    Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
    Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
    Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
    Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2'
  };

  it('have SharePoint fixed ids on every list', async () => {
    await sp.web.lists.ensure('Risks');
    for (const title of ['Notices', 'Risks']) {
      const fields = await sp.web.lists.getByTitle(title).fields.select('InternalName', 'Id')<Array<{ InternalName: string; Id: string }>>();
      const ids = Object.fromEntries(fields.map((f) => [f.InternalName, f.Id]));
      expect(ids).toMatchObject(FIXED);
    }
    expect(await sp.web.lists.getByTitle('Risks').fields.getById(FIXED.Title).select('InternalName')()).toMatchObject({ InternalName: 'Title' });
  });

  it('get them when a data directory stored random ids', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-ids-'));
    try {
      let emu = await startEmulator({ port: 0, dataDir });
      await pnp(emu.siteUrl).web.lists.ensure('Old');
      await emu.close();
      const db = new DatabaseSync(join(dataDir, 'emulator.sqlite'));
      const row = db.prepare('SELECT id, data FROM lists').get() as { id: string; data: string };
      const list = JSON.parse(row.data) as { Fields: Array<{ InternalName: string; Id: string }> };
      for (const f of list.Fields) f.Id = randomUUID();
      db.prepare('UPDATE lists SET data = ? WHERE id = ?').run(JSON.stringify(list), row.id);
      db.close();
      emu = await startEmulator({ port: 0, dataDir });
      const title = await pnp(emu.siteUrl).web.lists.getByTitle('Old').fields.getByInternalNameOrTitle('Title').select('Id')();
      await emu.close();
      expect(title.Id).toBe(FIXED.Title);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
