/**
 * The sweep as the authority, against the emulator with its permission model: a real save by the
 * action's lead, the live alert as the web part sends it, and forged log entries and receipts
 * written by another member of staff. Nothing forged is ever posted, and nothing forged stops
 * the real alert.
 */
import { linksIn } from '../../../src/notifications/senders';
import { runSweepJob } from '../../../tools/sweep/sweepJob';
import { MALLORY, PMO, startSweepSite, TODAY, type SweepSite } from './support/sweepSite';
import { openAlertListsToStaff, postedTexts, routeOcToGraph, saveA3AsRed, sendLiveAlert, slipKeyOfA3 } from './support/liveSave';

const noWait = { sleep: async () => undefined, random: () => 1 };
/** The sweep right after the save: no waiting for a receipt that is not coming. */
const sweep = (site: SweepSite, env: NodeJS.ProcessEnv = {}) => runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env, retry: noWait, receiptGraceMs: 0 });

type LogRow = { Id: number; SlipKey: string; State: string; Payload: string | null; AuthorId: number };
const logRows = (site: SweepSite) => site.sp.web.lists.getByTitle('Plan Notifications Log').items.select('Id', 'SlipKey', 'State', 'Payload', 'AuthorId').orderBy('Id')<LogRow[]>();
const cardsAboutA3 = async (site: SweepSite) => (await postedTexts(site)).filter((m) => m.text.includes('OC.A3 Appraisals completed'));

/** What Mallory writes into the log: a card of her own making, under the key Erin's save will have. */
function forgedEntry(site: SweepSite, state: 'Sent' | 'Failed') {
  const key = slipKeyOfA3(site);
  const payload = { kind: 'slip', data: { slipKey: key, actionCode: 'OC.A3', actionTitle: 'URGENT: approve the payment', themeCode: 'OC', toRating: 'Red', reason: 'x', changedBy: 'Chief Executive', detectedOn: TODAY, actionUrl: 'https://evil.example/approve' } };
  return { Title: key, SlipKey: key, ActionId: site.ids.get('OC.A3'), ThemeCode: 'OC', NotificationKind: 'slip', State: state, Attempts: 1, ClaimedAt: '2026-05-01T00:00:00Z', Payload: JSON.stringify(payload) };
}

describe('the sweep against forged log entries and receipts', () => {
  let site: SweepSite;
  beforeEach(async () => {
    site = await startSweepSite({ editorLeadsA3: true });
  });
  afterEach(async () => site.stop());

  it('the live path posts as the saver within the save’s own flow and leaves a receipt; the sweep records it as Sent and posts nothing', async () => {
    await routeOcToGraph(site);
    const saved = await saveA3AsRed(site);
    const started = Date.now();
    const outcome = await sendLiveAlert(site, saved);
    console.info(`Live alert posted ${Date.now() - started} ms after the save returned.`);
    expect(outcome).toMatchObject({ status: 'posted', key: slipKeyOfA3(site), route: 'graph:team-oc/chan-oc', messageId: expect.any(String) });
    // Already in the channel when the alert call returns: no sweep has run.
    const [live] = await cardsAboutA3(site);
    expect(live.kind).toBe('graph');
    expect(live.text).toContain('Erin Editor');
    expect(live.text).toContain(`${site.emu.url}/?view=action&action=${site.ids.get('OC.A3')}`);
    expect(await logRows(site)).toEqual([]);
    const receipts = await site.sp.web.lists.getByTitle('Plan Alert Receipts').items.select('SlipKey', 'ProgressUpdateId', 'MessageId', 'Author/Title').expand('Author')();
    expect(receipts).toEqual([expect.objectContaining({ SlipKey: slipKeyOfA3(site), ProgressUpdateId: Number(saved.progressUpdateId), MessageId: outcome.messageId, Author: expect.objectContaining({ Title: 'Erin Editor' }) })]);

    const report = await sweep(site);
    expect(report.rows.find((r) => r.key === slipKeyOfA3(site))).toMatchObject({ status: 'postedFromApp', detail: expect.stringContaining('Posted from the app by Erin Editor') });
    expect(await cardsAboutA3(site)).toHaveLength(1);
    const [entry] = (await logRows(site)).filter((r) => r.SlipKey === slipKeyOfA3(site));
    expect(entry.State).toBe('Sent');
    expect(JSON.parse(entry.Payload ?? '{}')).toMatchObject({ cause: { by: 'save', progressUpdateId: saved.progressUpdateId }, postedFromApp: { by: 'Erin Editor', messageId: outcome.messageId } });
    expect((await sweep(site)).rows.filter((r) => r.key === slipKeyOfA3(site))).toEqual([]);
  });

  it('staff cannot write the log once provisioned; on a site left open, a Sent entry they pre-write does not suppress the real alert', async () => {
    await expect(site.as(MALLORY).web.lists.getByTitle('Plan Notifications Log').items.add(forgedEntry(site, 'Sent'))).rejects.toMatchObject({ status: 403 });
    await openAlertListsToStaff(site.sp);
    const forged = await site.as(MALLORY).web.lists.getByTitle('Plan Notifications Log').items.add(forgedEntry(site, 'Sent'));
    await sendLiveAlert(site, await saveA3AsRed(site)); // no Graph route for OC: nothing posted, nothing written
    expect(await cardsAboutA3(site)).toEqual([]);

    const report = await sweep(site);
    expect(report.rows.find((r) => r.key === slipKeyOfA3(site))).toMatchObject({ status: 'sent', route: 'workflow:IPT_WEBHOOK_OC' });
    const [card] = await cardsAboutA3(site);
    expect(card.text).toContain('Erin Editor');
    expect(card.text).not.toContain('Chief Executive');
    expect(report.problems).toContainEqual(expect.stringContaining(`Plan Notifications Log item ${(forged as { Id: number }).Id} (key ${slipKeyOfA3(site)}, Sent) was written by Mallory Staff`));
  });

  it('a forged Failed entry (another changer, an outside link) posts nothing forged: the card sent is built from the plan', async () => {
    await openAlertListsToStaff(site.sp);
    await site.as(MALLORY).web.lists.getByTitle('Plan Notifications Log').items.add(forgedEntry(site, 'Failed'));
    // The same card stored by the sweep itself (as an older version did) is of record and is retried, but rebuilt.
    const ofRecord = { ...forgedEntry(site, 'Failed'), Title: 'gv', SlipKey: `${site.ids.get('GV.A1')}:Green->Amber:2026-04-20`, ActionId: site.ids.get('GV.A1'), ThemeCode: 'GV' };
    await site.sp.web.lists.getByTitle('Plan Notifications Log').items.add(ofRecord);
    await sendLiveAlert(site, await saveA3AsRed(site));

    const report = await sweep(site);
    const texts = (await postedTexts(site)).map((m) => m.text);
    // (OC.A1's commentary mentions evil.example as escaped text: plan data, shown literally, never a link.)
    expect(texts.some((t) => t.includes('evil.example/approve') || t.includes('Chief Executive') || t.includes('URGENT'))).toBe(false);
    const links = (await site.messages()).flatMap((m) => linksIn(m.envelope));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith(`${site.emu.url}/`))).toBe(true);
    expect(report.rows.find((r) => r.subject.startsWith('retry'))).toMatchObject({ key: ofRecord.SlipKey, status: 'sent' });
    expect(texts.find((t) => t.includes('GV.A1 Constitution reviewed'))).toContain(`action=${site.ids.get('GV.A1')}`);
    const [a3] = await cardsAboutA3(site);
    expect(a3.text).toContain('Erin Editor');
    expect(a3.text).toContain('The appraisal system is down until June.');
    expect(report.problems).toContainEqual(expect.stringContaining('was written by Mallory Staff'));
  });

  it("a receipt another member of staff adds for Erin's save does not suppress it; Erin's own would", async () => {
    await openAlertListsToStaff(site.sp);
    const saved = await saveA3AsRed(site);
    await sendLiveAlert(site, saved); // no Graph route: left for the sweep
    const receipt = { Title: slipKeyOfA3(site), SlipKey: slipKeyOfA3(site), ActionId: site.ids.get('OC.A3'), ProgressUpdateId: Number(saved.progressUpdateId), MessageId: 'forged', Route: 'graph:team-oc/chan-oc', PostedAt: new Date().toISOString() };
    await site.as(MALLORY).web.lists.getByTitle('Plan Alert Receipts').items.add(receipt);
    await site.as(PMO).web.lists.getByTitle('Plan Alert Receipts').items.add(receipt);

    const report = await sweep(site);
    expect(report.rows.find((r) => r.key === slipKeyOfA3(site))).toMatchObject({ status: 'sent' });
    expect(await cardsAboutA3(site)).toHaveLength(1);
    expect(report.problems.filter((p) => p.includes('Plan Alert Receipts'))).toEqual([
      expect.stringContaining('was added by Mallory Staff, but the save it is about'),
      expect.stringContaining('was added by Pat Office, but the save it is about')
    ]);
    const [entry] = (await logRows(site)).filter((r) => r.SlipKey === slipKeyOfA3(site));
    expect(entry).toMatchObject({ State: 'Sent' });
    expect(JSON.parse(entry.Payload ?? '{}').postedFromApp).toBeUndefined();
  });

  it('refuses and logs cards whose links would leave the plan site; nothing is posted', async () => {
    const report = await sweep(site, { IPT_APP_PAGE_URL: 'https://evil.example/Improvement-Plan.aspx' });
    expect(report.rows.map((r) => r.status)).toEqual(['failed', 'failed', 'failed']);
    expect(report.rows[0].detail).toContain('Refused to post: the card links to "https://evil.example/Improvement-Plan.aspx?view=action');
    expect(await site.messages()).toEqual([]);
    expect((await logRows(site)).map((r) => r.State)).toEqual(['Failed', 'Failed', 'Failed']);
  });
});
