import { alertSlip, DEFAULT_LEASE_MS, parseRouting, runSweep, targetFor, defaultWebhookSecretName, weekdayOf } from '../../../src/application/alerts';
import { detectSlippage } from '../../../src/domain';
import { Clock, links, MemoryLog, RecordingSender, routingOf } from './support/fakes';
import { scenarioPlan, TODAY } from './support/scenario';

const editor = { displayName: 'Sam Officer', email: 'sam@council.example' };

/** The slip a staff save of action 3 (Green → Red, by an open high-severity issue) produces. */
function savedSlip(plan: ReturnType<typeof scenarioPlan>) {
  plan.actions = plan.actions.map((a) => (a.id === '3' ? { ...a, rating: 'Red' as const } : a));
  const event = detectSlippage(
    { actionId: '3', actionCode: 'OC.A3', actionTitle: 'Appraisals completed', themeCode: 'OC', previousRating: 'Green', currentRating: 'Red', dueDate: '2026-09-30', daysOverdue: 0, reason: '1 open issue (1 high severity)' },
    TODAY
  );
  if (!event) throw new Error('expected a slip');
  return { event, action: plan.actions[2] };
}

describe('alertSlip (after a staff save)', () => {
  const graphRoute = routingOf({ themes: { OC: { graph: { teamId: 'team-oc', channelId: 'chan-oc' } } } });

  it('claims, posts through Graph to the theme channel, confirms; a repeat is a duplicate', async () => {
    const plan = scenarioPlan();
    const { event, action } = savedSlip(plan);
    const log = new MemoryLog();
    const sender = new RecordingSender('graph');
    const clock = new Clock(new Date('2026-05-10T09:00:00Z'));
    const deps = { log, sender, routing: graphRoute, links, now: clock.now };
    const outcome = await alertSlip(event, { action, changedBy: editor, themeName: 'Organisational Culture' }, deps);
    expect(outcome).toMatchObject({ status: 'sent', key: '3:Green->Red:2026-09-30', route: 'graph:team-oc/chan-oc' });
    expect(sender.posts[0].target).toEqual({ kind: 'graph', teamId: 'team-oc', channelId: 'chan-oc' });
    expect(JSON.stringify(sender.posts[0].card)).toContain('Sam Officer');
    expect(log.rows[0]).toMatchObject({ state: 'Sent', actionId: '3', kind: 'slip' });
    expect(await alertSlip(event, { action, changedBy: editor }, deps)).toMatchObject({ status: 'duplicate' });
    expect(sender.posts).toHaveLength(1);
  });

  it('without a Graph channel the alert is logged as Failed and the sweep posts it through the webhook', async () => {
    const plan = scenarioPlan();
    const { event, action } = savedSlip(plan);
    const log = new MemoryLog();
    const clock = new Clock(new Date('2026-05-10T09:00:00Z'));
    const live = await alertSlip(event, { action, changedBy: editor }, { log, sender: new RecordingSender('graph'), routing: routingOf(), links, now: clock.now });
    expect(live.status).toBe('failed');
    expect(log.rows[0].lastError).toContain('routing:OC');
    const webhook = new RecordingSender('workflow');
    const report = await runSweep({ today: TODAY }, { plan, actions: plan, log, sender: webhook, routing: routingOf(), links, now: clock.now });
    expect(report.rows[0]).toMatchObject({ key: '3:Green->Red:2026-09-30', status: 'sent' });
    expect(JSON.stringify(webhook.posts[0].card)).toContain('Changed by');
    expect(log.rows[0].state).toBe('Sent');
  });

  it('when the Graph post fails, the sweep retries it; a routing read failure still records the claim', async () => {
    const plan = scenarioPlan();
    const { event, action } = savedSlip(plan);
    const log = new MemoryLog();
    const sender = new RecordingSender('graph');
    sender.failNext = 1;
    const clock = new Clock(new Date('2026-05-10T09:00:00Z'));
    const broken = { readRouting: async () => Promise.reject(new Error('403')) };
    expect((await alertSlip(event, { action, changedBy: editor }, { log, sender, routing: broken, links, now: clock.now })).status).toBe('failed');
    expect(log.rows).toHaveLength(1);
    clock.advance(DEFAULT_LEASE_MS);
    expect((await alertSlip(event, { action, changedBy: editor }, { log, sender, routing: graphRoute, links, now: clock.now })).status).toBe('duplicate');
  });

  it('two writers claiming one key: exactly one wins, whichever order they look in', async () => {
    const log = new MemoryLog();
    const at = new Date();
    const a = log.insert('k', { kind: 'slip', themeCode: 'OC', payload: {}, at });
    const b = log.insert('k', { kind: 'slip', themeCode: 'OC', payload: {}, at });
    expect(log.settle(b).outcome).toBe('alreadyClaimed');
    expect(log.settle(a).outcome).toBe('claimed');
    expect(log.rows.map((r) => r.id)).toEqual([a.id]);
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
