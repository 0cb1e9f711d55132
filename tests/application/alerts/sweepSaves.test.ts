import { DEFAULT_LEASE_MS, runSweep, type SweepDeps } from '../../../src/application/alerts';
import { Clock, JO, links, MALLORY, MemoryLog, MemoryPlan, MemoryReceipts, PMO, RecordingSender, routingOf } from './support/fakes';
import { saveAction3, SAVED_AT, scenarioPlan, TODAY } from './support/scenario';

const KEY = '3:Green->Red:2026-09-30';

interface World {
  plan: MemoryPlan;
  log: MemoryLog;
  receipts: MemoryReceipts;
  sender: RecordingSender;
  clock: Clock;
  deps: () => SweepDeps;
}

function world(): World {
  const plan = scenarioPlan();
  const w = { plan, log: new MemoryLog(), receipts: new MemoryReceipts(JO), sender: new RecordingSender('workflow'), clock: new Clock(new Date('2026-05-10T07:00:00Z')) };
  return { ...w, deps: () => ({ plan, actions: plan, log: w.log, history: plan.history!, receipts: w.receipts, sender: w.sender, routing: routingOf(), links, now: w.clock.now }) };
}

const slipRow = (report: Awaited<ReturnType<typeof runSweep>>) => report.rows.find((r) => r.key === KEY);
const cardsAbout3 = (sender: RecordingSender) => sender.posts.map((p) => JSON.stringify(p.card)).filter((c) => c.includes('OC.A3'));

describe('the sweep and slips that saves caused', () => {
  it("the saver's own receipt: recorded as Sent, posted from the app, and nothing posted again", async () => {
    const w = world();
    const { update } = saveAction3(w.plan);
    w.receipts.forge(JO, { key: KEY, actionId: '3', progressUpdateId: update.id, messageId: '1712', route: 'graph:team-oc/chan-oc' });
    const report = await runSweep({ today: TODAY }, w.deps());
    expect(slipRow(report)).toMatchObject({ status: 'postedFromApp', route: 'graph (posted from the app)', detail: expect.stringContaining('Posted from the app by Jo Lead (Teams message 1712)') });
    expect(cardsAbout3(w.sender)).toEqual([]);
    expect(w.log.rows.find((r) => r.key === KEY)).toMatchObject({ state: 'Sent', record: { cause: { by: 'save', progressUpdateId: update.id }, postedFromApp: { by: 'Jo Lead', receiptId: 1, messageId: '1712' } } });
    expect(report.posted).toBe(2);
    const again = await runSweep({ today: TODAY }, w.deps());
    expect(again.rows).toEqual([]);
  });

  it('a receipt another member of staff added for Jo’s save neither stops the card nor marks it sent', async () => {
    const w = world();
    const { update } = saveAction3(w.plan);
    w.receipts.forge(MALLORY, { key: KEY, actionId: '3', progressUpdateId: update.id });
    const report = await runSweep({ today: TODAY }, w.deps());
    expect(slipRow(report)).toMatchObject({ status: 'sent' });
    expect(cardsAbout3(w.sender)).toHaveLength(1);
    expect(cardsAbout3(w.sender)[0]).toContain('Jo Lead');
    expect(report.problems).toEqual([expect.stringContaining('Receipt 1 in Plan Alert Receipts (key 3:Green->Red:2026-09-30) was added by Mallory Staff')]);
  });

  it("Jo's receipt naming a different save does not count for this one", async () => {
    const w = world();
    saveAction3(w.plan);
    w.receipts.forge(JO, { key: KEY, actionId: '3', progressUpdateId: '999' });
    expect(slipRow(await runSweep({ today: TODAY }, w.deps()))).toMatchObject({ status: 'sent' });
  });

  it('a Sent entry with the predictable key, written by staff, does not suppress the alert; one the programme office wrote does', async () => {
    const forged = world();
    saveAction3(forged.plan);
    forged.log.insert(KEY, { kind: 'slip', themeCode: 'OC', actionId: '3', record: { kind: 'slip', cause: { by: 'dates' } }, at: SAVED_AT }, MALLORY, { state: 'Sent' });
    const report = await runSweep({ today: TODAY }, forged.deps());
    expect(slipRow(report)).toMatchObject({ status: 'sent' });
    expect(cardsAbout3(forged.sender)).toHaveLength(1);
    expect(report.problems).toContainEqual(expect.stringContaining(`Plan Notifications Log item 1 (key ${KEY}, Sent) was written by user 11`));

    const ofRecord = world();
    saveAction3(ofRecord.plan);
    ofRecord.log.insert(KEY, { kind: 'slip', themeCode: 'OC', actionId: '3', record: { kind: 'slip', cause: { by: 'dates' } }, at: SAVED_AT }, PMO, { state: 'Sent' });
    expect(slipRow(await runSweep({ today: TODAY }, ofRecord.deps()))).toMatchObject({ status: 'duplicate' });
    expect(cardsAbout3(ofRecord.sender)).toEqual([]);
  });

  it('a forged Failed entry (another changer, an outside link in its payload) is never retried; the card sent is built from the plan', async () => {
    const w = world();
    saveAction3(w.plan);
    const forgedCard = { kind: 'slip', data: { slipKey: KEY, actionCode: 'OC.A3', actionTitle: 'URGENT: approve now', changedBy: 'Chief Executive', actionUrl: 'https://evil.example/approve' } };
    w.log.insert(KEY, { kind: 'slip', themeCode: 'OC', actionId: '3', record: forgedCard as never, at: SAVED_AT }, MALLORY, { state: 'Failed' });
    const report = await runSweep({ today: TODAY }, w.deps());
    expect(report.rows.filter((r) => r.subject.startsWith('retry'))).toEqual([]);
    const cards = cardsAbout3(w.sender);
    expect(cards).toHaveLength(1);
    expect(cards[0]).not.toContain('evil.example');
    expect(cards[0]).not.toContain('Chief Executive');
    expect(cards[0]).toContain('Jo Lead');
    expect(cards[0]).toContain('OC.A3 Appraisals completed');
  });

  it('a retry builds its card from the plan again: an entry whose stored value is a card (an older version wrote it) is sent as the plan says', async () => {
    const w = world();
    saveAction3(w.plan);
    // The log adapter reads a stored card as no record at all (see the data layer's readRecord).
    const entry = w.log.insert(KEY, { kind: 'slip', themeCode: 'OC', actionId: '3', record: { kind: 'slip', cause: { by: 'dates' } }, at: SAVED_AT }, undefined, { state: 'Failed' });
    delete w.log.rows[0].record;
    const report = await runSweep({ today: TODAY }, w.deps());
    expect(report.rows.find((r) => r.subject.startsWith('retry'))).toMatchObject({ key: KEY, status: 'sent' });
    const [card] = cardsAbout3(w.sender);
    expect(card).toContain('"value":"Not recorded"');
    expect(card).toContain('Appraisal system outage.');
    expect(card).toContain(links.action('3'));
    expect(w.log.rows.find((r) => r.id === entry.id)).toMatchObject({ state: 'Sent', attempts: 2 });
  });

  it("a retry of a save's failed card, once the saver's receipt has arrived, records it instead of posting", async () => {
    const w = world();
    const { update } = saveAction3(w.plan);
    w.log.insert(KEY, { kind: 'slip', themeCode: 'OC', actionId: '3', record: { kind: 'slip', cause: { by: 'save', progressUpdateId: update.id } }, at: SAVED_AT }, undefined, { state: 'Failed' });
    w.receipts.forge(JO, { key: KEY, actionId: '3', progressUpdateId: update.id });
    const report = await runSweep({ today: TODAY }, w.deps());
    expect(report.rows.find((r) => r.subject.startsWith('retry'))).toMatchObject({ status: 'postedFromApp' });
    expect(cardsAbout3(w.sender)).toEqual([]);
  });

  it('waits for the receipt of a save made moments ago, then sends the card when none came', async () => {
    const w = world();
    saveAction3(w.plan, JO, new Date('2026-05-10T06:59:30Z'));
    expect(slipRow(await runSweep({ today: TODAY }, w.deps()))).toMatchObject({ status: 'waiting' });
    expect(cardsAbout3(w.sender)).toEqual([]);
    w.clock.advance(DEFAULT_LEASE_MS);
    expect(slipRow(await runSweep({ today: TODAY }, w.deps()))).toMatchObject({ status: 'sent' });
  });

  it('a history entry alone is not a slip: the action’s stored rating must still be as bad', async () => {
    const w = world();
    // Mallory adds an entry saying Red for an action whose stored rating is still Green.
    w.plan.history!.add({ actionId: '3', rating: 'Green', createdAt: new Date('2026-05-01T09:00:00Z'), author: JO });
    w.plan.history!.add({ actionId: '3', rating: 'Red', createdAt: SAVED_AT, author: MALLORY });
    const report = await runSweep({ today: TODAY }, w.deps());
    expect(report.rows.find((r) => r.subject.startsWith('OC.A3'))).toMatchObject({ status: 'superseded', detail: 'The action is stored as Green now; nothing to send.' });
    expect(cardsAbout3(w.sender)).toEqual([]);
    expect(w.log.rows.filter((r) => r.key.startsWith('3:'))).toEqual([]);
  });

  it('without version history it compares with the previous entry; a dry run says what it would do', async () => {
    const w = world();
    const history = w.plan.history!;
    history.add({ actionId: '3', rating: 'Green', createdAt: new Date('2026-05-01T09:00:00Z'), author: JO });
    w.plan.actions = w.plan.actions.map((a) => (a.id === '3' ? { ...a, rating: 'Amber' as const } : a));
    const update = history.add({ actionId: '3', rating: 'Amber', createdAt: SAVED_AT, author: JO });
    const dry = await runSweep({ today: TODAY, dryRun: true }, w.deps());
    expect(dry.rows.find((r) => r.key === '3:Green->Amber:2026-09-30')).toMatchObject({ status: 'wouldSend' });
    w.receipts.forge(JO, { key: '3:Green->Amber:2026-09-30', actionId: '3', progressUpdateId: update.id });
    const dryAgain = await runSweep({ today: TODAY, dryRun: true }, w.deps());
    expect(dryAgain.rows.find((r) => r.key === '3:Green->Amber:2026-09-30')).toMatchObject({ status: 'wouldRecord' });
    expect(w.log.rows).toEqual([]);
    expect(w.sender.posts).toEqual([]);
  });

  it('refuses and logs a card whose link is not on the plan site; nothing is posted', async () => {
    const w = world();
    saveAction3(w.plan);
    const deps = { ...w.deps(), links: { ...links, action: (id: string) => `https://elsewhere.example/plan?action=${id}` } };
    const report = await runSweep({ today: TODAY }, deps);
    expect(slipRow(report)).toMatchObject({ status: 'failed', detail: expect.stringContaining('Refused to post: the card links to "https://elsewhere.example/plan?action=3"') });
    expect(w.sender.posts).toEqual([]);
    expect(w.log.rows.find((r) => r.key === KEY)).toMatchObject({ state: 'Failed', lastError: expect.stringContaining('neither the plan site') });
    expect(report.failed).toBe(3);
  });
});
