import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { SpAlertRouting, SpNotificationLog, writeRoutingSettings } from '../../../src/data/notifications';
import type { ClaimDetails } from '../../../src/application/alerts';
import { bulkAddActions } from '../../../tools/local/bulkAddActions';

const OWNER = 'owner@improvement.local';
const EDITOR = 'editor@improvement.local';

describe('SpNotificationLog and SpAlertRouting on the emulator', () => {
  let emu: EmulatorHandle;
  let dataDir: string;
  let sp: SPFI;
  const details = (at = new Date('2026-05-10T06:00:00Z')): ClaimDetails => ({ kind: 'slip', themeCode: 'OC', payload: { kind: 'slip', data: { a: 1 } }, at });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ipt-log-'));
    emu = await startEmulator({ port: 0, dataDir });
    sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': OWNER }, retries: 2, retryIntervalMs: 10 });
    await provisionPlan(sp);
  });
  afterAll(async () => {
    await emu.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('claims a key once and reads it back, linked to its action', async () => {
    const log = new SpNotificationLog(sp);
    const [actionId] = bulkAddActions(emu, [{ Title: 'An action', Code: 'OC.A9' }]);
    const first = await log.claim('7:Green->Red:2026-03-31', { ...details(), actionId: String(actionId) });
    expect(first.entry.actionId).toBe(String(actionId));
    expect(first.outcome).toBe('claimed');
    expect(first.entry).toMatchObject({ key: '7:Green->Red:2026-03-31', kind: 'slip', themeCode: 'OC', state: 'Claimed', attempts: 1, payload: { kind: 'slip', data: { a: 1 } } });
    expect(first.entry.claimedAt.toISOString()).toBe('2026-05-10T06:00:00.000Z');
    const second = await log.claim('7:Green->Red:2026-03-31', details());
    expect(second).toMatchObject({ outcome: 'alreadyClaimed', entry: { id: first.entry.id } });
  });

  it('of many concurrent claimers of one key exactly one wins, and the losers leave nothing behind', async () => {
    const writers = [OWNER, EDITOR, OWNER, EDITOR, OWNER].map((login) => new SpNotificationLog(createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': login } })));
    const results = await Promise.all(writers.map((w) => w.claim("race:O'Brien", details())));
    expect(results.filter((r) => r.outcome === 'claimed')).toHaveLength(1);
    const rows = await sp.web.lists.getByTitle('Plan Notifications Log').items.filter(`SlipKey eq 'race:O''Brien'`).select('Id')();
    expect(rows).toHaveLength(1);
  });

  it('reclaims with the ETag: of two sweeps taking over one failed entry, one wins; confirm and failure update the state', async () => {
    const log = new SpNotificationLog(sp);
    const { entry } = await log.claim('retry-me', details());
    await log.recordFailure(entry, 'Teams answered 503', 'workflow:IPT_WEBHOOK_OC');
    const [failed] = (await log.listUnsent()).filter((e) => e.key === 'retry-me');
    expect(failed).toMatchObject({ state: 'Failed', lastError: 'Teams answered 503', route: 'workflow:IPT_WEBHOOK_OC' });
    const at = new Date('2026-05-11T06:00:00Z');
    const [a, b] = await Promise.all([log.reclaim(failed, at), log.reclaim(failed, at)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['alreadyClaimed', 'claimed']);
    const won = a.outcome === 'claimed' ? a.entry : b.entry;
    expect(won).toMatchObject({ state: 'Claimed', attempts: 2 });
    // A stale writer's failure never overwrites the winner's claim.
    await log.recordFailure(failed, 'late', undefined);
    expect((await log.find(['retry-me'])).get('retry-me')).toMatchObject({ state: 'Claimed' });
    await log.confirmSent(won, at, 'workflow:IPT_WEBHOOK_OC');
    expect((await log.find(['retry-me'])).get('retry-me')).toMatchObject({ state: 'Sent', route: 'workflow:IPT_WEBHOOK_OC' });
    expect((await log.listUnsent()).map((e) => e.key)).not.toContain('retry-me');
    expect((await log.listClaimedSince('slip', new Date('2026-05-11T00:00:00Z'))).map((e) => e.key)).toEqual(['retry-me']);
  });

  it('releases a claim nothing was sent for', async () => {
    const log = new SpNotificationLog(sp);
    const { entry } = await log.claim('release-me', details());
    await log.release(entry);
    expect((await log.find(['release-me'])).size).toBe(0);
  });

  it('reads routing from Plan Settings and refuses to store a webhook URL there', async () => {
    await writeRoutingSettings(sp, [
      { title: 'routing:OC', value: '{"teamId":"team-1","channelId":"chan-1","webhookSecretName":"IPT_WEBHOOK_OC"}' },
      { title: 'digestDay:OC', value: 'Monday' }
    ]);
    await writeRoutingSettings(sp, [{ title: 'digestDay:OC', value: 'Tuesday' }]);
    await expect(writeRoutingSettings(sp, [{ title: 'routing:GV', value: '{"webhookSecretName":"https://x/y?sig=1"}' }])).rejects.toThrow(RangeError);
    const config = await new SpAlertRouting(sp).readRouting();
    expect(config).toMatchObject({ themes: { OC: { graph: { teamId: 'team-1', channelId: 'chan-1' }, webhookSecretName: 'IPT_WEBHOOK_OC' } }, digestDays: { OC: 'Tuesday' }, problems: [] });
  });
});
