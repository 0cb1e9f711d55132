import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security';
import { DEFAULT_USERS, startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { SpAlertRouting, SpNotificationLog, writeRoutingSettings } from '../../../src/data/notifications';
import type { ClaimDetails } from '../../../src/application/alerts';
import { PROGRAMME_OFFICE_GROUP } from '../../../src/data/provisioning/permissionModel';
import { bulkAddActions } from '../../../tools/local/bulkAddActions';

const OWNER = 'owner@improvement.local';
const EDITOR = 'editor@improvement.local';
const PMO = 'pmo@improvement.local';
const USERS = [...DEFAULT_USERS, { login: PMO, displayName: 'Pat Office', email: PMO, permission: 'Read' as const }];
const actingAs = (emu: EmulatorHandle, login: string): SPFI => createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': login }, retries: 2, retryIntervalMs: 10 });

describe('SpNotificationLog and SpAlertRouting on the emulator', () => {
  let emu: EmulatorHandle;
  let dataDir: string;
  let sp: SPFI;
  const details = (at = new Date('2026-05-10T06:00:00Z')): ClaimDetails => ({ kind: 'slip', themeCode: 'OC', record: { kind: 'slip', cause: { by: 'save', progressUpdateId: '12' } }, at });

  const spAs = (login: string): SPFI => actingAs(emu, login);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ipt-log-'));
    emu = await startEmulator({ port: 0, dataDir, users: USERS, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO] } });
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
    expect(first.entry).toMatchObject({ key: '7:Green->Red:2026-03-31', kind: 'slip', themeCode: 'OC', state: 'Claimed', attempts: 1, record: { kind: 'slip', cause: { by: 'save', progressUpdateId: '12' } } });
    expect(first.entry.claimedAt.toISOString()).toBe('2026-05-10T06:00:00.000Z');
    const second = await log.claim('7:Green->Red:2026-03-31', details());
    expect(second).toMatchObject({ outcome: 'alreadyClaimed', entry: { id: first.entry.id } });
  });

  it('of many concurrent claimers of one key (sweeps running as the same identity) exactly one wins, and the losers leave nothing behind', async () => {
    const writers = [OWNER, OWNER, OWNER, OWNER, OWNER].map((login) => new SpNotificationLog(spAs(login)));
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

describe('entries of record: written only by the sweep or the programme office', () => {
  let emu: EmulatorHandle;
  let dataDir: string;
  const spAs = (login: string): SPFI => actingAs(emu, login);
  const item = (key: string, state: string, payload: unknown) => ({ Title: key, SlipKey: key, ThemeCode: 'OC', NotificationKind: 'slip', State: state, Attempts: 1, ClaimedAt: '2026-05-01T00:00:00Z', Payload: JSON.stringify(payload) });
  const at = new Date('2026-05-10T06:00:00Z');

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ipt-log-record-'));
    emu = await startEmulator({ port: 0, dataDir, users: USERS, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO] } });
    const owner = spAs(OWNER);
    await provisionPlan(owner);
    // As on a site whose permissions were never secured: staff may write the log.
    const members = await owner.web.associatedMemberGroup.select('Id')<{ Id: number }>();
    const contribute = await owner.web.roleDefinitions.getByType(3).select('Id')<{ Id: number }>();
    await owner.web.lists.getByTitle('Plan Notifications Log').roleAssignments.add(members.Id, contribute.Id);
  });
  afterAll(async () => {
    await emu.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('ignores an entry staff wrote: it owns no key, is never retried, and is reported', async () => {
    const forged = (await spAs(EDITOR).web.lists.getByTitle('Plan Notifications Log').items.add(item('forged-key', 'Failed', { kind: 'slip', cause: { by: 'dates' } }))) as { Id: number };
    const log = new SpNotificationLog(spAs(OWNER));
    expect((await log.find(['forged-key'])).size).toBe(0);
    expect((await log.listUnsent()).map((e) => e.key)).not.toContain('forged-key');
    expect(log.ignoredEntries()).toContainEqual({ id: forged.Id, key: 'forged-key', state: 'Failed', writtenBy: 'Erin Editor (i:0#.f|membership|editor@improvement.local)' });
    const claim = await log.claim('forged-key', { kind: 'slip', themeCode: 'OC', record: { kind: 'slip', cause: { by: 'dates' } }, at });
    expect(claim).toMatchObject({ outcome: 'claimed', entry: { key: 'forged-key', state: 'Claimed' } });
    expect(claim.entry.id).toBeGreaterThan(forged.Id);
  });

  it("counts the programme office's entries, and stops counting one of record once staff change it", async () => {
    const pmoEntry = (await spAs(PMO).web.lists.getByTitle('Plan Notifications Log').items.add(item('pmo-key', 'Sent', { kind: 'slip', cause: { by: 'dates' } }))) as { Id: number };
    const log = new SpNotificationLog(spAs(OWNER));
    expect((await log.find(['pmo-key'])).get('pmo-key')).toMatchObject({ id: pmoEntry.Id, state: 'Sent' });
    const { entry } = await log.claim('edited-key', { kind: 'slip', themeCode: 'OC', record: { kind: 'slip', cause: { by: 'dates' } }, at });
    await spAs(EDITOR).web.lists.getByTitle('Plan Notifications Log').items.getById(entry.id).update({ State: 'Sent' });
    const fresh = new SpNotificationLog(spAs(OWNER));
    expect((await fresh.find(['edited-key'])).size).toBe(0);
    expect(fresh.ignoredEntries()).toContainEqual(expect.objectContaining({ id: entry.id, writtenBy: 'Site Owner (i:0#.f|membership|owner@improvement.local), last changed by Erin Editor (i:0#.f|membership|editor@improvement.local)' }));
  });

  it('reads only the cause the sweep stores, never a card stored in the payload; records an app post with the note', async () => {
    const owner = spAs(OWNER);
    const card = { kind: 'slip', data: { changedBy: 'Chief Executive', actionUrl: 'https://evil.example' } };
    await owner.web.lists.getByTitle('Plan Notifications Log').items.add(item('old-card', 'Failed', card));
    const log = new SpNotificationLog(owner);
    const old = (await log.find(['old-card'])).get('old-card');
    expect(old).toMatchObject({ key: 'old-card', state: 'Failed' });
    expect(old?.record).toBeUndefined();
    const { entry } = await log.claim('app-post', { kind: 'slip', themeCode: 'OC', record: { kind: 'slip', cause: { by: 'save', progressUpdateId: '31' } }, at });
    await log.confirmSent(entry, at, 'graph:team/chan (app)', { by: 'Erin Editor', receiptId: 4, messageId: '1712' });
    const [row] = await owner.web.lists.getByTitle('Plan Notifications Log').items.filter("SlipKey eq 'app-post'").select('State', 'Route', 'Payload')<Array<{ State: string; Route: string; Payload: string }>>();
    expect(row).toMatchObject({ State: 'Sent', Route: 'graph:team/chan (app)' });
    expect(JSON.parse(row.Payload)).toEqual({ kind: 'slip', cause: { by: 'save', progressUpdateId: '31' }, postedFromApp: { by: 'Erin Editor', receiptId: 4, messageId: '1712' } });
  });
});
