/**
 * The sweep's claim on a notifications log entry when SharePoint's answer is lost
 * (`dropAfterCommit`): the claimant recognises its own claim by its token and sends at once,
 * instead of taking it for another writer's and waiting for the lease.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { SpAlertReceipts, SpNotificationLog } from '../../../src/data/notifications';
import { ALERT_RECEIPTS_LIST, NOTIFICATIONS_LIST } from '../../../src/data/schema/planLists';
import { claimAndSend, type CardPayload, type ChannelSender, type ChannelTarget, type ClaimDetails } from '../../../src/application/alerts';

jest.setTimeout(30_000);

const OWNER = 'owner@improvement.local';

let emu: EmulatorHandle;
let dataDir: string;
let sp: SPFI;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipt-claim-'));
  emu = await startEmulator({ port: 0, dataDir });
  sp = createSp({ siteUrl: emu.siteUrl, headers: { 'X-Emulator-User': OWNER }, retries: 3, retryIntervalMs: 10 });
  await provisionPlan(sp);
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const details = (): Omit<ClaimDetails, 'at'> => ({ kind: 'digest', themeCode: 'OC', record: { kind: 'digest' } });
const at = new Date('2026-05-10T06:00:00Z');

/** Items of the log for a key, as SharePoint holds them. */
async function itemsOf(key: string): Promise<Array<{ Id: number; State: string }>> {
  return sp.web.lists.getByTitle(NOTIFICATIONS_LIST).items.filter(`SlipKey eq '${key}'`).select('Id', 'State')();
}

async function faultsLeft(): Promise<unknown[]> {
  return (await (await fetch(`${emu.url}/_emulator/faults`)).json()) as unknown[];
}

/** A channel that accepts every card and counts them. */
function countingSender(): ChannelSender & { posted: CardPayload[] } {
  const posted: CardPayload[] = [];
  return { kind: 'workflow', posted, send: async (_target: ChannelTarget, payload: CardPayload) => (posted.push(payload), { status: 202, attempts: 1 }) };
}

const payload: CardPayload = { kind: 'digest', data: { themeCode: 'OC' } as never };

describe('a claim whose answer is lost', () => {
  it.each([
    ['once', 0],
    ['on the claim and then on the look-ups of its token', 2]
  ])('is recognised as the claimant’s own and sent at once (answers lost %s)', async (_how, lostLookups) => {
    const key = `digest:OC:2026-05-10:${lostLookups}`;
    // The claim's POST is carried out and its answer lost; then the reads of its token lose theirs too.
    emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "notifications%20log')/items" });
    if (lostLookups) emu.addFault({ mode: 'dropAfterCommit', count: lostLookups, method: 'GET', pathContains: 'OperationKey' });
    const sender = countingSender();
    const outcome = await claimAndSend(key, details(), payload, { log: new SpNotificationLog(sp), sender, routing: { themes: {}, digestDays: {} }, now: () => at });
    expect(await faultsLeft()).toEqual([]);
    expect(outcome).toMatchObject({ status: 'sent', key });
    expect(sender.posted).toHaveLength(1);
    expect(await itemsOf(key)).toEqual([expect.objectContaining({ State: 'Sent' })]);
  });

  it('a reclaim re-sent by PnPjs meets 412 against its own write and still counts as claimed', async () => {
    const log = new SpNotificationLog(sp);
    const { entry } = await log.claim('digest:OC:2026-05-17', { ...details(), at });
    await log.recordFailure(entry, 'Teams answered 503', 'workflow:IPT_WEBHOOK_OC');
    const [failed] = (await log.listUnsent()).filter((e) => e.key === 'digest:OC:2026-05-17');
    emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: `/items(${failed.id})` });
    const reclaimed = await log.reclaim(failed, new Date('2026-05-18T06:00:00Z'));
    expect(await faultsLeft()).toEqual([]);
    expect(reclaimed).toMatchObject({ outcome: 'claimed', entry: { state: 'Claimed', attempts: 2 } });
    // The version it returns is the one SharePoint holds, so the confirm that follows is accepted.
    await log.confirmSent(reclaimed.entry, new Date('2026-05-18T06:00:01Z'), 'workflow:IPT_WEBHOOK_OC');
    expect((await log.find(['digest:OC:2026-05-17'])).get('digest:OC:2026-05-17')).toMatchObject({ state: 'Sent' });
  });

  it('of concurrent claimers under lost answers exactly one sends', async () => {
    const key = 'digest:OC:2026-05-24';
    emu.addFault({ mode: 'dropAfterCommit', count: 3, method: 'POST', pathContains: "notifications%20log')/items" });
    const sender = countingSender();
    const deps = (): Parameters<typeof claimAndSend>[3] => ({ log: new SpNotificationLog(sp), sender, routing: { themes: {}, digestDays: {} }, now: () => at });
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => claimAndSend(key, details(), payload, deps())));
    emu.clearFaults();
    expect(outcomes.filter((o) => o.status === 'sent')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(3);
    expect(sender.posted).toHaveLength(1);
  });

  it('an alert receipt whose answer is lost is recorded once', async () => {
    emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "alert%20receipts')/items" });
    await new SpAlertReceipts(sp).add({ key: '9:Green->Red:2026-06-30', actionId: '0', route: 'graph:team/channel', postedAt: at });
    expect(await faultsLeft()).toEqual([]);
    const rows = await sp.web.lists.getByTitle(ALERT_RECEIPTS_LIST).items.filter("SlipKey eq '9:Green->Red:2026-06-30'").select('Id')();
    expect(rows).toHaveLength(1);
  });
});
