/**
 * The sweep end to end: a real emulator, the real data layer and webhook sender, cards recorded
 * by the emulator's Workflows stand-in and validated with the official parser.
 */
import { runSweep } from '../../../src/application/alerts';
import { createPlanServices } from '../../../src/data/repositories';
import { SpAlertReceipts, SpAlertRouting, SpNotificationLog, SpSaveHistory, writeRoutingSettings } from '../../../src/data/notifications';
import { fetchPostJson, workflowMessage, WorkflowWebhookSender } from '../../../src/notifications/senders';
import { appLinks, linkPolicy, runSweepJob, webhookUrlResolver } from '../../../tools/sweep/sweepJob';
import { formatSweepReport } from '../../../tools/sweep/formatReport';
import { sweepTimerHandler } from '../../../tools/sweep/azureFunction';
import { cardProblems, cardTexts } from '../../notifications/support/validateCard';
import { startSweepSite, TODAY, type SweepSite } from './support/sweepSite';

const noWait = { sleep: async () => undefined, random: () => 1 };

describe('npm run sweep against the emulator', () => {
  let site: SweepSite;
  beforeEach(async () => {
    site = await startSweepSite();
  });
  afterEach(async () => site.stop());

  it('posts one card per newly slipped action, and a second run posts none', async () => {
    const env = {};
    const first = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env, retry: noWait });
    expect(first.posted).toBe(3);
    expect(first.rows.map((r) => [r.subject, r.status, r.route])).toEqual([
      ['OC.A1 Green → Amber', 'sent', 'workflow:IPT_WEBHOOK_OC'],
      ['OC.A2 Amber → Red', 'sent', 'workflow:IPT_WEBHOOK_OC'],
      ['GV.A1 Green → Amber', 'sent', 'workflow:IPT_WEBHOOK_GV']
    ]);
    const messages = await site.messages();
    expect(messages.map((m) => m.name)).toEqual(['OC', 'OC', 'GV']);
    for (const m of messages) {
      const envelope = m.envelope as ReturnType<typeof workflowMessage>;
      expect(envelope).toEqual(workflowMessage(envelope.attachments[0].content));
      expect(cardProblems(envelope.attachments[0].content)).toEqual([]);
    }
    const firstCard = (messages[0].envelope as ReturnType<typeof workflowMessage>).attachments[0].content;
    expect(cardTexts(firstCard)).toEqual(expect.arrayContaining(['OC.A1 Values refreshed', 'Green', 'Amber', 'Jo Lead', '1 May 2026', 'Scheduled check (a date passed)']));
    expect(cardTexts(firstCard)).toContain('Drafting \\[with\\](https://evil.example) \\*\\*staff\\*\\* networks.');
    expect(JSON.stringify(firstCard)).toContain(`${site.emu.url}/?view=action&action=${site.ids.get('OC.A1')}`);

    const second = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env, retry: noWait });
    expect(second.posted).toBe(0);
    expect(second.rows).toEqual([]);
    expect(await site.messages()).toHaveLength(3);
    const loaded = await createPlanServices(site.sp, { onProblem: () => undefined }).loadPlan();
    expect(loaded.plan.actions.map((a) => `${a.code}=${loaded.storedRatings[a.id]?.rating}`)).toEqual(['OC.A1=Amber', 'OC.A2=Red', 'OC.A3=Green', 'OC.A4=Red', 'OC.A5=Complete', 'GV.A1=Amber']);
  });

  it('a dry run prints what would be sent and touches nothing', async () => {
    const report = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, dryRun: true, env: {} });
    expect(report.rows.map((r) => r.status)).toEqual(['wouldSend', 'wouldSend', 'wouldSend']);
    expect(await site.messages()).toEqual([]);
    const text = formatSweepReport(report);
    expect(text).toContain('Sweep of 2026-05-10 (dry run: nothing claimed, written or posted)');
    expect(text).toContain('would send  slip  OC     OC.A1 Green → Amber');
    expect(text).toContain('3 card(s) would be sent.');
  });

  it('rides out a 429 storm on the webhook, honouring Retry-After', async () => {
    site.emu.addFault({ status: 429, retryAfterSeconds: 2, count: 4, pathContains: '/_emulator/workflows/OC' });
    const waits: number[] = [];
    const report = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: { sleep: async (ms) => void waits.push(ms), random: () => 1 } });
    expect(report.posted).toBe(3);
    expect(waits).toEqual([2000, 2000, 2000, 2000]);
    expect(await site.messages()).toHaveLength(3);
  });

  it('a webhook that stays down: cards are logged Failed and the next sweep sends them', async () => {
    site.emu.addFault({ status: 503, count: 1000, pathContains: '/_emulator/workflows/GV' });
    const first = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(first.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'failed']);
    expect(first.failed).toBe(1);
    site.emu.clearFaults();
    const second = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(second.rows.map((r) => [r.key, r.status])).toEqual([[`${site.ids.get('GV.A1')}:Green->Amber:2026-04-20`, 'sent']]);
    expect((await site.messages()).map((m) => m.name)).toEqual(['OC', 'OC', 'GV']);
  });

  it('crash between send and confirm: the next sweep within the lease sends nothing; after it, exactly one re-post', async () => {
    const services = createPlanServices(site.sp, { onProblem: () => undefined });
    const log = new SpNotificationLog(site.sp);
    let crashes = 1;
    const crashingLog = Object.assign(Object.create(log) as SpNotificationLog, {
      confirmSent: async (...args: Parameters<SpNotificationLog['confirmSent']>) => {
        if (crashes-- > 0) throw new Error('process stopped');
        return log.confirmSent(...args);
      }
    });
    let now = new Date('2026-05-10T06:00:00Z');
    const deps = (l: SpNotificationLog) => ({
      plan: services,
      actions: services,
      log: l,
      history: new SpSaveHistory(site.sp),
      receipts: new SpAlertReceipts(site.sp),
      sender: new WorkflowWebhookSender({ postJson: fetchPostJson(fetch), urlFor: webhookUrlResolver(site.emu.siteUrl, {}), links: linkPolicy(site.emu.siteUrl, {}), retry: noWait }),
      routing: new SpAlertRouting(site.sp),
      links: appLinks(site.emu.siteUrl, {}),
      now: () => now
    });
    const first = await runSweep({ today: TODAY }, deps(crashingLog));
    expect(first.rows.map((r) => r.status)).toEqual(['unconfirmed', 'sent', 'sent']);
    expect(await site.messages()).toHaveLength(3);

    now = new Date('2026-05-10T06:10:00Z');
    const soon = await runSweep({ today: TODAY }, deps(log));
    expect(soon.posted).toBe(0);
    expect(soon.rows.map((r) => r.status)).toEqual(['waiting']);

    now = new Date('2026-05-11T06:00:00Z');
    const next = await runSweep({ today: TODAY }, deps(log));
    expect(next.rows.map((r) => [r.subject, r.status])).toEqual([['retry of slip (attempt 2)', 'sent']]);
    expect(await site.messages()).toHaveLength(4);
    expect((await runSweep({ today: TODAY }, deps(log))).rows).toEqual([]);
  });

  it('answers lost again and again: each alert is posted at most twice, the second marked, then never again', async () => {
    site.emu.addFault({ mode: 'dropAfterCommit', pathContains: '/_emulator/workflows/' });
    const first = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(first.rows.map((r) => r.status)).toEqual(['uncertain', 'uncertain', 'uncertain']);
    expect(formatSweepReport(first)).toContain('3 uncertain');
    expect(await site.messages()).toHaveLength(3);
    for (let run = 0; run < 4; run++) await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    site.emu.clearFaults();
    const after = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(after.rows).toEqual([]);
    const messages = await site.messages();
    const cards = messages.map((m) => JSON.stringify((m.envelope as ReturnType<typeof workflowMessage>).attachments[0].content));
    const reference = (c: string): string => /Ref ([^"]+)"/.exec(c)?.[1] ?? '';
    expect(cards).toHaveLength(6);
    expect(cards.filter((c) => c.includes('may repeat an earlier card'))).toHaveLength(3);
    expect(new Set(cards.map(reference)).size).toBe(3);
    for (const ref of new Set(cards.map(reference))) expect(cards.filter((c) => reference(c) === ref).map((c) => c.includes('may repeat an earlier card'))).toEqual([false, true]);
  });

  it('one lost answer: the next sweep sends the card once more, marked, and confirms it', async () => {
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, pathContains: '/_emulator/workflows/GV' });
    const first = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(first.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'uncertain']);
    const second = await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait });
    expect(second.rows.map((r) => [r.subject, r.status])).toEqual([['retry of slip (attempt 2)', 'sent']]);
    expect((await runSweepJob({ siteUrl: site.emu.siteUrl, today: TODAY, env: {}, retry: noWait })).rows).toEqual([]);
    const messages = await site.messages();
    expect(messages.map((m) => m.name)).toEqual(['OC', 'OC', 'GV', 'GV']);
    expect(JSON.stringify(messages[3].envelope)).toContain('may repeat an earlier card');
  });

  it('routes by Plan Settings, reads the webhook URL from the environment, and runs as an Azure Functions timer', async () => {
    await writeRoutingSettings(site.sp, [
      { title: 'routing:GV', value: '{"webhookSecretName":"IPT_WEBHOOK_GOVERNANCE"}' },
      { title: 'routing:fallback', value: '{"webhookSecretName":"IPT_WEBHOOK_PMO"}' }
    ]);
    const env = { IPT_SITE_URL: site.emu.siteUrl, IPT_WEBHOOK_GOVERNANCE: `${site.emu.url}/_emulator/workflows/governance-flow`, IPT_WEBHOOK_PMO: `${site.emu.url}/_emulator/workflows/pmo-flow` };
    const logged: unknown[] = [];
    await sweepTimerHandler({}, { log: (...a) => void logged.push(...a), error: () => undefined }, { env, today: TODAY, retry: noWait });
    expect((await site.messages()).map((m) => m.name)).toEqual(['pmo-flow', 'pmo-flow', 'governance-flow']);
    expect(String(logged[0])).toContain('3 card(s) posted, 0 failed');
  });
});
