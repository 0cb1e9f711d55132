import { alertSlip, parseRouting, runSweep, targetFor, defaultWebhookSecretName, weekdayOf, type AlertSlipDeps } from '../../../src/application/alerts';
import { Clock, JO, links, MemoryLog, MemoryReceipts, RecordingSender, routingOf, SITE_URL } from './support/fakes';
import { saveAction3, scenarioPlan, TODAY } from './support/scenario';

const editor = { displayName: 'Jo Lead', email: 'jo@council.example' };
const graphRoute = routingOf({ themes: { OC: { graph: { teamId: 'team-oc', channelId: 'chan-oc' } } } });

function liveDeps(overrides: Partial<AlertSlipDeps> = {}): AlertSlipDeps & { receipts: MemoryReceipts; sender: RecordingSender } {
  const clock = new Clock(new Date('2026-05-10T06:00:05Z'));
  return { receipts: new MemoryReceipts(JO), sender: new RecordingSender('graph'), routing: graphRoute, links, now: clock.now, ...overrides } as AlertSlipDeps & { receipts: MemoryReceipts; sender: RecordingSender };
}

describe('alertSlip (the live path, right after a staff save)', () => {
  it('posts through Graph to the theme channel as the saver, then adds a receipt; it writes no log entry', async () => {
    const { event, action, update } = saveAction3(scenarioPlan());
    const deps = liveDeps();
    const outcome = await alertSlip(event, { action, changedBy: editor, themeName: 'Organisational Culture', progressUpdateId: update.id }, deps);
    expect(outcome).toEqual({ status: 'posted', key: '3:Green->Red:2026-09-30', route: 'graph:team-oc/chan-oc', messageId: 'm1' });
    expect(deps.sender.posts[0].target).toEqual({ kind: 'graph', teamId: 'team-oc', channelId: 'chan-oc' });
    const card = JSON.stringify(deps.sender.posts[0].card);
    expect(card).toContain('Jo Lead');
    expect(card).toContain(`${SITE_URL}/SitePages/Plan.aspx?view=action&action=3`);
    expect(deps.receipts.rows).toEqual([
      { id: 1, author: JO, key: '3:Green->Red:2026-09-30', actionId: '3', progressUpdateId: update.id, messageId: 'm1', route: 'graph:team-oc/chan-oc', postedAt: new Date('2026-05-10T06:00:05Z') }
    ]);
  });

  it('without a Graph channel, or when routing cannot be read, or Teams refuses: nothing is written and the sweep posts it', async () => {
    const { event, action } = saveAction3(scenarioPlan());
    const noRoute = liveDeps({ routing: routingOf() });
    expect(await alertSlip(event, { action, changedBy: editor }, noRoute)).toMatchObject({ status: 'leftForSweep', detail: expect.stringContaining('No Teams channel is set for theme OC') });
    const broken = liveDeps({ routing: { readRouting: async () => Promise.reject(new Error('403')) } });
    expect(await alertSlip(event, { action, changedBy: editor }, broken)).toMatchObject({ status: 'leftForSweep', detail: expect.stringContaining('403') });
    const refusing = liveDeps();
    refusing.sender.failNext = 1;
    expect(await alertSlip(event, { action, changedBy: editor }, refusing)).toMatchObject({ status: 'leftForSweep', route: 'graph:team-oc/chan-oc' });
    for (const deps of [noRoute, broken, refusing]) {
      expect(deps.receipts.rows).toEqual([]);
      expect(deps.sender.posts).toEqual([]);
    }
  });

  it('never posts a card whose link leaves the plan site', async () => {
    const { event, action } = saveAction3(scenarioPlan());
    const deps = liveDeps({ links: { ...links, action: () => 'https://evil.example/phish' } });
    const outcome = await alertSlip(event, { action, changedBy: editor }, deps);
    expect(outcome).toMatchObject({ status: 'leftForSweep', detail: expect.stringContaining('Refused to post') });
    expect(deps.sender.posts).toEqual([]);
    expect(deps.receipts.rows).toEqual([]);
  });

  it('a receipt that cannot be written is reported: the card is out, and the sweep will post it again', async () => {
    const { event, action } = saveAction3(scenarioPlan());
    const deps = liveDeps();
    deps.receipts.failAdds = 1;
    expect(await alertSlip(event, { action, changedBy: editor }, deps)).toMatchObject({ status: 'postedWithoutReceipt', detail: expect.stringContaining('403 Forbidden') });
    expect(deps.sender.posts).toHaveLength(1);
  });

  it('a slip the live path left is found by the sweep from the history and posted through the webhook, naming the saver', async () => {
    const plan = scenarioPlan();
    const { event, action } = saveAction3(plan);
    await alertSlip(event, { action, changedBy: editor }, liveDeps({ routing: routingOf() }));
    const log = new MemoryLog();
    const webhook = new RecordingSender('workflow');
    const clock = new Clock(new Date('2026-05-10T07:00:00Z'));
    const report = await runSweep({ today: TODAY }, { plan, actions: plan, log, history: plan.history!, receipts: new MemoryReceipts(), sender: webhook, routing: routingOf(), links, now: clock.now });
    expect(report.rows.find((r) => r.key === '3:Green->Red:2026-09-30')).toMatchObject({ status: 'sent', subject: 'OC.A3 Green → Red (saved by Jo Lead)' });
    const card = JSON.stringify(webhook.posts.find((p) => JSON.stringify(p.card).includes('OC.A3'))?.card);
    expect(card).toContain('Jo Lead');
    expect(card).toContain('Appraisal system outage.');
    expect(log.rows.find((r) => r.key === '3:Green->Red:2026-09-30')).toMatchObject({ state: 'Sent', record: { kind: 'slip', cause: { by: 'save', progressUpdateId: '100' } } });
  });
});

describe('routing settings', () => {
  it('reads team and channel ids, secret names, digest days and reminder days', () => {
    const { config, problems } = parseRouting([
      { title: 'routing:OC', value: '{"teamId":"t1","channelId":"c1","webhookSecretName":"IPT_WEBHOOK_OC"}' },
      { title: 'routing:fallback', value: '{"webhookSecretName":"IPT_WEBHOOK_PMO"}' },
      { title: 'digestDay:OC', value: 'monday' },
      { title: 'digestDay:*', value: 'Friday' },
      { title: 'reminders:fromDay', value: '20' },
      { title: 'reminders:dueDay', value: '28' },
      { title: 'planDetails', value: '{}' }
    ]);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      themes: { OC: { graph: { teamId: 't1', channelId: 'c1' }, webhookSecretName: 'IPT_WEBHOOK_OC' } },
      fallback: { webhookSecretName: 'IPT_WEBHOOK_PMO' },
      digestDays: { OC: 'Monday', '*': 'Friday' },
      reminderFromDay: 20,
      updatesDueDay: 28
    });
    expect(targetFor(config, 'OC', 'graph')).toEqual({ kind: 'graph', teamId: 't1', channelId: 'c1' });
    expect(targetFor(config, 'GV', 'graph')).toBeUndefined();
    expect(targetFor(config, 'GV', 'workflow')).toEqual({ kind: 'workflow', webhookSecretName: 'IPT_WEBHOOK_PMO', themeCode: 'GV' });
    expect(targetFor({ themes: {}, digestDays: {} }, 'S.D', 'workflow')).toEqual({ kind: 'workflow', webhookSecretName: defaultWebhookSecretName('S.D'), themeCode: 'S.D' });
    expect(defaultWebhookSecretName('s.d')).toBe('IPT_WEBHOOK_S_D');
    expect(weekdayOf('2026-05-10')).toBe('Sunday');
  });

  it('refuses a webhook URL pasted into the list, and reports bad values without failing', () => {
    const { config, problems } = parseRouting([
      { title: 'routing:OC', value: '{"webhookSecretName":"https://prod.environment.api.powerplatform.com/x?sig=secret"}' },
      { title: 'routing:GV', value: 'not json' },
      { title: 'routing:CO', value: '{"teamId":"t"}' },
      { title: 'digestDay:OC', value: 'Funday' },
      { title: 'reminders:fromDay', value: '40' }
    ]);
    expect(config.themes).toEqual({});
    expect(problems).toHaveLength(6);
    expect(problems.join(' ')).toContain('never the webhook URL itself');
    expect(JSON.stringify(config)).not.toContain('sig=secret');
  });
});
