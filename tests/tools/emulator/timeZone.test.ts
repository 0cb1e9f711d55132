/**
 * The site's time zone: `web/RegionalSettings/TimeZone` answers SP.TimeZone, and a date-only
 * column keeps the day of the written instant in site time as midnight there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { storedDateOnly } from '../../../tools/emulator/model/timeZone';
import { pnp, provisionActions } from './helpers';

async function site(timeZone?: string): Promise<{ emu: EmulatorHandle; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-tz-'));
  const emu = await startEmulator({ port: 0, dataDir, timeZone });
  return { emu, stop: async () => { await emu.close(); rmSync(dataDir, { recursive: true, force: true }); } };
}

describe('storedDateOnly (pure)', () => {
  it.each([
    ['2026-06-30T00:00:00Z', 'Europe/London', '2026-06-29T23:00:00Z'],
    ['2026-06-29T23:00:00Z', 'Europe/London', '2026-06-29T23:00:00Z'],
    ['2026-06-29T22:59:59Z', 'Europe/London', '2026-06-28T23:00:00Z'],
    ['2026-01-15T00:00:00Z', 'Europe/London', '2026-01-15T00:00:00Z'],
    ['2026-03-28T12:00:00Z', 'Europe/London', '2026-03-28T00:00:00Z'],
    ['2026-03-29T12:00:00Z', 'Europe/London', '2026-03-29T00:00:00Z'],
    ['2026-03-30T12:00:00Z', 'Europe/London', '2026-03-29T23:00:00Z'],
    ['2026-10-24T12:00:00Z', 'Europe/London', '2026-10-23T23:00:00Z'],
    ['2026-10-25T12:00:00Z', 'Europe/London', '2026-10-24T23:00:00Z'],
    ['2026-10-26T12:00:00Z', 'Europe/London', '2026-10-26T00:00:00Z'],
    ['2026-06-30T00:00:00Z', 'America/New_York', '2026-06-29T04:00:00Z'],
    ['2026-06-30T04:00:00Z', 'America/New_York', '2026-06-30T04:00:00Z'],
    ['2026-06-30T00:00:00Z', 'UTC', '2026-06-30T00:00:00Z'],
    ['2026-06-30T00:00:00Z', 'Europe/Paris', '2026-06-29T22:00:00Z']
  ])('%s on a %s site is kept as %s', (written, zone, stored) => {
    expect(storedDateOnly(Date.parse(written), zone)).toBe(stored);
  });
});

describe('site time zone over HTTP', () => {
  it('answers RegionalSettings/TimeZone for a London site by default', async () => {
    const { emu, stop } = await site();
    try {
      const tz = await (await fetch(`${emu.siteUrl}/_api/web/RegionalSettings/TimeZone`, { headers: { Accept: 'application/json;odata=nometadata' } })).json();
      expect(tz).toEqual({ Description: '(UTC) Dublin, Edinburgh, Lisbon, London', Id: 2, Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 } });
      const verbose = (await (await fetch(`${emu.siteUrl}/_api/web/RegionalSettings/TimeZone`, { headers: { Accept: 'application/json;odata=verbose' } })).json()) as { d: Record<string, unknown> };
      expect(verbose.d.Id).toBe(2);
      expect((verbose.d.__metadata as { type: string }).type).toBe('SP.TimeZone');
    } finally {
      await stop();
    }
  });

  it('answers the configured zone, and refuses a zone it has no SharePoint id for', async () => {
    const { emu, stop } = await site('America/New_York');
    try {
      const tz = (await (await fetch(`${emu.siteUrl}/_api/web/RegionalSettings/TimeZone`, { headers: { Accept: 'application/json' } })).json()) as Record<string, unknown>;
      expect(tz.Id).toBe(10);
      expect(tz.Information).toEqual({ Bias: 300, DaylightBias: -60, StandardBias: 0 });
    } finally {
      await stop();
    }
    await expect(startEmulator({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'sp-emu-tz-')), timeZone: 'Mars/Olympus' })).rejects.toThrow(/Unknown site time zone/);
  });

  it('stores date-only values as midnight in site time and leaves date-and-time values alone', async () => {
    const { emu, stop } = await site();
    try {
      const sp = pnp(emu.siteUrl);
      await provisionActions(sp);
      const list = sp.web.lists.getByTitle('Actions');
      const field = await list.fields.getByInternalNameOrTitle('DueDate').select('DisplayFormat')<{ DisplayFormat: number }>();
      expect(field.DisplayFormat).toBe(0);
      const summer = (await list.items.add({ Title: 'summer', DueDate: '2026-06-30T00:00:00Z' })) as { Id: number; DueDate: string };
      const already = (await list.items.add({ Title: 'already', DueDate: '2026-06-29T23:00:00Z' })) as { Id: number };
      const winter = (await list.items.add({ Title: 'winter', DueDate: '2026-01-15T00:00:00Z' })) as { Id: number };
      expect(summer.DueDate).toBe('2026-06-29T23:00:00Z');
      const read = async (id: number): Promise<string> => ((await list.items.getById(id).select('DueDate')()) as { DueDate: string }).DueDate;
      expect(await read(summer.Id)).toBe('2026-06-29T23:00:00Z');
      expect(await read(already.Id)).toBe('2026-06-29T23:00:00Z');
      expect(await read(winter.Id)).toBe('2026-01-15T00:00:00Z');
      await list.items.getById(winter.Id).update({ DueDate: '2026-10-26T00:00:00Z' });
      expect(await read(winter.Id)).toBe('2026-10-26T00:00:00Z');
      const modified = ((await list.items.getById(summer.Id).select('Modified')()) as { Modified: string }).Modified;
      expect(modified).toMatch(/Z$/);
      // Filters compare instants: 30 June is stored as 29 June 23:00 UTC.
      const on30 = await list.items.filter("DueDate eq datetime'2026-06-29T23:00:00Z'").select('Title')();
      expect(on30.map((i: { Title: string }) => i.Title).sort()).toEqual(['already', 'summer']);
      const before30 = await list.items.filter("DueDate lt datetime'2026-06-30T00:00:00Z'").select('Title')();
      expect(before30).toHaveLength(2);
      emu.bulkAddItems('Actions', [{ Title: 'bulk', DueDate: '2026-07-01T00:00:00Z' }]);
      const bulk = await list.items.filter("Title eq 'bulk'").select('DueDate')();
      expect(bulk[0].DueDate).toBe('2026-06-30T23:00:00Z');
    } finally {
      await stop();
    }
  });
});
