import { DEFAULT_LEASE_MS, runSweep, type SweepDeps } from '../../../src/application/alerts';
import { Clock, links, MemoryHistory, MemoryLog, MemoryPlan, MemoryReceipts, RecordingSender, routingOf } from './support/fakes';
import { scenarioPlan, TODAY } from './support/scenario';

function depsOf(plan: MemoryPlan, log: MemoryLog, sender: RecordingSender, clock: Clock, routing = routingOf()): SweepDeps {
  return { plan, actions: plan, log, history: plan.history ?? new MemoryHistory(), receipts: new MemoryReceipts(), sender, routing, links, now: clock.now };
}

const slipKeys = (sender: RecordingSender): string[] =>
  sender.posts
    .map((p) => JSON.stringify(p.card).match(/Ref (\S+?)"/)?.[1] ?? '')
    .map((ref) => ref.replace(/\\\\/g, '').replace(/-to-/g, '->').replace(/\//g, ':'));

describe('runSweep', () => {
  let clock: Clock;
  beforeEach(() => {
    clock = new Clock(new Date('2026-05-10T06:00:00Z'));
  });

  it('posts one card per newly slipped action, stores the new ratings, and a second run posts nothing', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const first = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(first.posted).toBe(2);
    expect(first.rows.map((r) => [r.subject, r.status, r.route])).toEqual([
      ['OC.A1 Green → Amber', 'sent', 'workflow:IPT_WEBHOOK_OC'],
      ['OC.A2 Amber → Red', 'sent', 'workflow:IPT_WEBHOOK_OC']
    ]);
    expect(slipKeys(sender)).toEqual(['1:Green->Amber:2026-05-01', '2:Amber->Red:2026-03-31']);
    expect(log.rows.map((r) => [r.key, r.state])).toEqual([
      ['1:Green->Amber:2026-05-01', 'Sent'],
      ['2:Amber->Red:2026-03-31', 'Sent']
    ]);
    expect(plan.actions.map((a) => a.rating)).toEqual(['Amber', 'Red', 'Green', 'Red', 'Complete']);

    const second = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(second.posted).toBe(0);
    expect(second.rows).toEqual([]);
    expect(sender.posts).toHaveLength(2);
  });

  it('still sends nothing twice when the stored ratings could not be updated', async () => {
    const plan = scenarioPlan();
    plan.updateAction = async () => {
      throw new Error('403 Forbidden');
    };
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const first = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(first.rows.every((r) => r.status === 'sent' && /could not be stored/.test(r.detail ?? ''))).toBe(true);
    const second = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(second.rows.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(sender.posts).toHaveLength(2);
  });

  it('a dry run says what it would send and claims, writes and posts nothing', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const report = await runSweep({ today: TODAY, dryRun: true }, depsOf(plan, log, sender, clock));
    expect(report.dryRun).toBe(true);
    expect(report.rows.map((r) => r.status)).toEqual(['wouldSend', 'wouldSend']);
    expect(log.rows).toEqual([]);
    expect(sender.posts).toEqual([]);
    expect(plan.actions.map((a) => a.rating)).toEqual(['Green', 'Amber', 'Green', 'Red', 'Complete']);
  });

  it('crash between send and confirm: nothing is lost; the card is re-posted once, only after the lease', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    log.failConfirms = 1;
    const first = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(first.rows.map((r) => r.status)).toEqual(['unconfirmed', 'sent']);
    expect(log.rows[0].state).toBe('Claimed');

    clock.advance(DEFAULT_LEASE_MS - 1000);
    const withinLease = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(withinLease.posted).toBe(0);
    expect(withinLease.rows.find((r) => r.key === '1:Green->Amber:2026-05-01')?.status).toBe('waiting');

    clock.advance(2000);
    const afterLease = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(afterLease.posted).toBe(1);
    expect(log.rows[0]).toMatchObject({ state: 'Sent', attempts: 2 });
    expect(slipKeys(sender)).toEqual(['1:Green->Amber:2026-05-01', '2:Amber->Red:2026-03-31', '1:Green->Amber:2026-05-01']);

    const again = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(again.posted).toBe(0);
    expect(sender.posts).toHaveLength(3);
  });

  it('crash between claim and send: the claim is sent by the first sweep after the lease, once', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const claim = log.claim.bind(log);
    log.claim = async (key, details) => {
      await claim(key, details);
      throw new Error('process stopped after the claim');
    };
    await expect(runSweep({ today: TODAY }, depsOf(plan, log, sender, clock))).rejects.toThrow('process stopped');
    log.claim = claim;
    expect(log.rows.map((r) => [r.key, r.state])).toEqual([['1:Green->Amber:2026-05-01', 'Claimed']]);

    const withinLease = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(withinLease.rows.map((r) => [r.key, r.status])).toEqual([
      ['1:Green->Amber:2026-05-01', 'waiting'],
      ['1:Green->Amber:2026-05-01', 'duplicate'],
      ['2:Amber->Red:2026-03-31', 'sent']
    ]);
    clock.advance(DEFAULT_LEASE_MS);
    const afterLease = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(afterLease.rows.map((r) => [r.key, r.status])).toEqual([['1:Green->Amber:2026-05-01', 'sent']]);
    expect(slipKeys(sender)).toEqual(['2:Amber->Red:2026-03-31', '1:Green->Amber:2026-05-01']);
    expect((await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock))).rows).toEqual([]);
  });

  it('a failed send is recorded and retried by the next sweep', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    sender.failNext = 1;
    const first = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(first.rows.map((r) => r.status)).toEqual(['failed', 'sent']);
    expect(first.failed).toBe(1);
    expect(log.rows[0]).toMatchObject({ state: 'Failed', lastError: 'Teams answered 503 after 6 attempt(s)', route: 'workflow:IPT_WEBHOOK_OC' });
    const second = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(second.rows.map((r) => [r.status, r.subject])).toEqual([['sent', 'retry of slip (attempt 2)']]);
    expect(sender.posts).toHaveLength(2);
    expect(log.rows.every((r) => r.state === 'Sent')).toBe(true);
  });

  it('lost answers, repeated: the card is logged uncertain, resent once marked by the next sweep, and never again', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    sender.loseAnswers = 100;
    const marked = (i: number): boolean => JSON.stringify(sender.posts[i].card).includes('may repeat an earlier card');
    const first = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(first.rows.map((r) => r.status)).toEqual(['uncertain', 'uncertain']);
    expect(first.uncertain).toBe(2);
    expect(sender.posts).toHaveLength(2);
    expect(log.rows.map((r) => [r.state, r.uncertainPosts])).toEqual([
      ['Failed', 1],
      ['Failed', 1]
    ]);
    expect(log.rows[0].lastError).toContain('marked as possibly repeating');

    const second = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(second.rows.map((r) => r.status)).toEqual(['uncertain', 'uncertain']);
    expect(sender.posts).toHaveLength(4);
    expect([0, 1, 2, 3].map(marked)).toEqual([false, false, true, true]);
    expect(log.rows.map((r) => [r.state, r.uncertainPosts])).toEqual([
      ['Sent', 2],
      ['Sent', 2]
    ]);

    for (let run = 0; run < 3; run++) await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(sender.posts).toHaveLength(4);
    expect(slipKeys(sender)).toEqual(['1:Green->Amber:2026-05-01', '2:Amber->Red:2026-03-31', '1:Green->Amber:2026-05-01', '2:Amber->Red:2026-03-31']);
  });

  it('a lost answer followed by a delivered resend: the resend is marked and confirmed, nothing more', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    sender.loseAnswers = 1;
    await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    const second = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(second.rows.map((r) => [r.subject, r.status])).toEqual([['retry of slip (attempt 2)', 'sent']]);
    expect(JSON.stringify(sender.posts[2].card)).toContain('This card may repeat an earlier card');
    expect(log.rows.map((r) => r.state)).toEqual(['Sent', 'Sent']);
    expect((await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock))).rows).toEqual([]);
    expect(sender.posts).toHaveLength(3);
  });

  it('a stale claim may have been posted: its resend is marked, and a stale marked resend is closed unsent', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    log.failConfirms = 1;
    await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    clock.advance(DEFAULT_LEASE_MS);
    log.failConfirms = 1;
    const resend = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(resend.rows.map((r) => r.status)).toEqual(['unconfirmed']);
    expect(JSON.stringify(sender.posts[2].card)).toContain('may repeat an earlier card');
    clock.advance(DEFAULT_LEASE_MS);
    const closed = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(closed.rows.map((r) => r.status)).toEqual(['uncertain']);
    expect(sender.posts).toHaveLength(3);
    expect(log.rows[0]).toMatchObject({ state: 'Sent', uncertainPosts: 2 });
  });

  it('two sweeps at once post each card once', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const [a, b] = await Promise.all([runSweep({ today: TODAY }, depsOf(plan, log, sender, clock)), runSweep({ today: TODAY }, depsOf(plan, log, sender, clock))]);
    expect(a.posted + b.posted).toBe(2);
    expect(sender.posts).toHaveLength(2);
  });

  it('a save made while the sweep runs: the slip is sent if it still holds, released if the action was completed', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const load = plan.loadPlan.bind(plan);
    plan.loadPlan = async () => {
      const loaded = await load();
      // Between the sweep's read and its write: commentary saved on 1, action 2 completed.
      await plan.updateAction('1', { commentary: 'x' }, '1');
      await plan.updateAction('2', { status: 'Complete' }, '1');
      plan.actions = plan.actions.map((a) => (a.id === '2' ? { ...a, completedOn: '2026-05-09' } : a));
      return loaded;
    };
    const report = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock));
    expect(report.rows.map((r) => [r.subject, r.status])).toEqual([
      ['OC.A1 Green → Amber', 'sent'],
      ['OC.A2 Amber → Red', 'superseded']
    ]);
    expect(log.rows.map((r) => r.key)).toEqual(['1:Green->Amber:2026-05-01']);
    expect(plan.actions[0].rating).toBe('Amber');
  });

  it('posts each theme digest on its day, newly slipped first, once', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const routing = routingOf({ digestDays: { OC: 'Sunday' } });
    const report = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock, routing));
    const digest = report.rows.find((r) => r.kind === 'digest');
    expect(digest).toMatchObject({ key: 'digest:OC:2026-05-10', status: 'sent', subject: 'Weekly digest, 3 actions' });
    const card = JSON.stringify(sender.posts[2].card);
    expect(card.indexOf('OC.A1 Values refreshed')).toBeLessThan(card.indexOf('OC.A4 Induction redesigned'));
    expect(card).toContain('Newly slipped. Due 1 May 2026');
    const again = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock, routing));
    expect(again.posted).toBe(0);
    const monday = await runSweep({ today: '2026-05-11' }, depsOf(plan, log, sender, clock, routing));
    expect(monday.rows.filter((r) => r.kind === 'digest')).toEqual([]);
  });

  it('reminds each lead once a month, from the reminder day, about live actions not updated this month', async () => {
    const plan = scenarioPlan();
    const log = new MemoryLog();
    const sender = new RecordingSender('workflow');
    const routing = routingOf({ reminderFromDay: 10, updatesDueDay: 31 });
    const early = await runSweep({ today: '2026-05-09', dryRun: true }, depsOf(plan, log, sender, clock, routing));
    expect(early.rows.filter((r) => r.kind === 'reminder')).toEqual([]);
    const report = await runSweep({ today: TODAY }, depsOf(plan, log, sender, clock, routing));
    const reminder = report.rows.filter((r) => r.kind === 'reminder');
    expect(reminder).toEqual([
      expect.objectContaining({ key: 'reminder:OC:hr.head@example.gov.uk:2026-05', status: 'sent', subject: 'Reminder for Head of HR and Organisational Development, 4 actions' })
    ]);
    expect(JSON.stringify(sender.posts[2].card)).toContain('due by 31 May 2026');
    const again = await runSweep({ today: '2026-05-20' }, depsOf(plan, log, sender, clock, routing));
    expect(again.rows.filter((r) => r.kind === 'reminder').map((r) => r.status)).toEqual(['duplicate']);
  });

  it('rejects a day that is not a real day', async () => {
    await expect(runSweep({ today: '2026-02-30' }, depsOf(scenarioPlan(), new MemoryLog(), new RecordingSender('workflow'), clock))).rejects.toThrow(RangeError);
  });
});
