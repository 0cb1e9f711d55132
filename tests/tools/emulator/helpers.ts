/** Shared wiring: a fresh emulator on a random port and real PnPjs talking to it over HTTP. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AddFieldOptions } from '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { ConnectionDigest } from '../../../src/data/sp/connectionDigest';

export const OWNER = 'owner@improvement.local';
export const EDITOR = 'editor@improvement.local';
export const READER = 'reader@improvement.local';

export interface Fresh {
  emu: EmulatorHandle;
  dataDir: string;
  stop(): Promise<void>;
}

export async function freshEmulator(): Promise<Fresh> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-'));
  const emu = await startEmulator({ port: 0, dataDir });
  return {
    emu,
    dataDir,
    stop: async () => {
      await emu.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/**
 * The production behaviour stack minus SPFx (SPBrowser = DefaultHeaders +
 * DefaultInit + BrowserFetchWithRetry + DefaultParse + RequestDigest) on Node 22's fetch,
 * plus the emulator's acting-user header.
 */
export function pnp(siteUrl: string, user?: string, retry?: { retries?: number; interval?: number }): SPFI {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  if (retry) sp.using(BrowserFetchWithRetry(retry));
  if (user) sp.using(InjectHeaders({ 'X-Emulator-User': user }));
  // A digest belongs to the user it was issued to: each acting user keeps its own.
  return sp.using(ConnectionDigest());
}

/** Rejection of a PnPjs call as { status, body } (body parsed as JSON when possible). */
export async function failure(p: Promise<unknown>): Promise<{ status: number; body: unknown; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: Response; message: string };
    const text = err.response ? await err.response.text() : '';
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: err.status ?? 0, body, message: err.message };
  }
  throw new Error('expected the call to fail');
}

export async function digest(siteUrl: string): Promise<string> {
  const r = await fetch(`${siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

/**
 * Provisions the Actions list used by several suites with createFieldAsXml and the
 * AddFieldInternalNameHint option, as the product does, so Name is the internal name.
 */
export async function provisionActions(sp: SPFI, title = 'Actions'): Promise<void> {
  await sp.web.lists.ensure(title, 'Improvement actions', 100, false, { EnableVersioning: true });
  const list = sp.web.lists.getByTitle(title);
  const xml = [
    '<Field Type="Choice" Name="RAG" StaticName="RAG" DisplayName="RAG status" Format="Dropdown" Indexed="TRUE"><CHOICES><CHOICE>Green</CHOICE><CHOICE>Amber</CHOICE><CHOICE>Red</CHOICE></CHOICES><Default>Green</Default></Field>',
    '<Field Type="DateTime" Name="DueDate" DisplayName="Due date" Format="DateOnly" Indexed="TRUE"/>',
    '<Field Type="User" Name="Lead" DisplayName="Lead" UserSelectionMode="PeopleOnly" List="UserInfo"/>',
    '<Field Type="Number" Name="Ref" DisplayName="Reference" Indexed="TRUE"/>',
    '<Field Type="Note" Name="Notes" DisplayName="Notes" RichText="FALSE" NumLines="6"/>',
    '<Field Type="Boolean" Name="Escalated" DisplayName="Escalated"><Default>0</Default></Field>',
    '<Field Type="URL" Name="Evidence" DisplayName="Evidence" Format="Hyperlink"/>',
    '<Field Type="MultiChoice" Name="Tags" DisplayName="Tags"><CHOICES><CHOICE>Waste</CHOICE><CHOICE>Housing</CHOICE></CHOICES></Field>'
  ];
  for (const x of xml) {
    const name = /Name="([^"]+)"/.exec(x)?.[1] as string;
    try {
      await list.fields.getByInternalNameOrTitle(name)();
    } catch {
      await list.fields.createFieldAsXml({ SchemaXml: x, Options: AddFieldOptions.AddFieldInternalNameHint });
    }
  }
}
