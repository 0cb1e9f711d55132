/**
 * Saves whose answers are lost: the emulator carries each write out and then drops the
 * connection (`dropAfterCommit`), once or every time PnPjs sends it again. The outcome must be
 * the same as without the fault: the save reported as saved with the version SharePoint holds,
 * one history entry, the slip to alert, and one change request.
 */
import { createPlanServices } from '../../../src/data';
import { decodeActionVersion } from '../../../src/data/mapping/actionProgress';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST, CHANGE_LOG_LIST, OPERATION_KEY_FIELD, PROGRESS_UPDATES_LIST } from '../../../src/data/schema/planLists';
import '@pnp/sp/fields';
import { submitActionUpdate, type ActionUpdateInput } from '../../../src/application/updates';
import { AnswerLostError } from '../../../src/application/errors';
import { LEADS, startPlanSite, type PlanSite } from '../support/planSite';
import { seedPlan, type SeededPlan } from '../support/seedRows';

jest.setTimeout(60_000);

let site: PlanSite;
let seeded: SeededPlan;
/** Before every seeded due date, so only the override makes an action Red. */
const now = new Date('2026-03-02T10:00:00Z');
const lead = LEADS[0];

beforeAll(async () => {
  site = await startPlanSite();
  seeded = await seedPlan(site, 1, 24, 0);
  await provisionPlan(site.sp);
});
afterAll(async () => site.stop());

/** Main actions led by LEADS[0] (leads are taken in turn). */
const ledBy0 = (n: number): string => String(seeded.mainIds[n * LEADS.length]);

const redUpdate = (extra: Partial<ActionUpdateInput> = {}): ActionUpdateInput => ({
  status: 'InProgress',
  progressPercent: 30,
  overrideRating: 'Red',
  overrideReason: 'The contractor has gone into administration.',
  commentary: 'Procurement restarted; the new contractor starts in May.',
  ...extra
});

/** Saves as the lead, with a fresh client each time (no cached state between runs). */
async function saveAsLead(actionId: string, input: ActionUpdateInput) {
  const services = createPlanServices(site.as(lead.login), { now: () => now, onProblem: () => undefined });
  const { value: action, version } = await services.getAction(actionId);
  const person = (await services.currentUser()).person;
  const result = await submitActionUpdate(services, action, version, input, person, now);
  const history = await services.listProgressUpdates(actionId);
  const after = await services.getAction(actionId);
  return { result, history, after, read: version };
}

/** Every injected fault was met (spent rules are dropped), so the writes did lose their answers. */
async function expectFaultsSpent(): Promise<void> {
  expect(await (await fetch(`${site.emu.url}/_emulator/faults`)).json()).toEqual([]);
}

/** The same outcome as a save nobody interfered with. */
function expectSavedOnce(outcome: Awaited<ReturnType<typeof saveAsLead>>): void {
  const { result, history, after } = outcome;
  expect(result.unfinished).toBeUndefined();
  expect(result.version).toBe(after.version);
  expect(after.value).toMatchObject({ status: 'InProgress', progressPercent: 30, commentary: 'Procurement restarted; the new contractor starts in May.', override: { rating: 'Red' } });
  expect(result.slipped).toMatchObject({ fromRating: 'Green', toRating: 'Red' });
  expect(history).toHaveLength(1);
  expect(result.progressUpdateId).toBe(history[0].id);
}

describe('a save whose answer is lost', () => {
  it('without the fault: saved, one history entry, a slip to alert', async () => {
    expectSavedOnce(await saveAsLead(ledBy0(0), redUpdate()));
  });

  it('is reported as saved when the MERGE answer is dropped once (PnPjs re-sends it and meets 412 against its own write)', async () => {
    const id = ledBy0(1);
    const { progressId } = decodeActionVersion((await createPlanServices(site.as(lead.login)).getAction(id)).version);
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: `/items(${progressId as number})` });
    expectSavedOnce(await saveAsLead(id, redUpdate()));
    await expectFaultsSpent();
  });

  it('is reported as saved when every send of the MERGE loses its answer', async () => {
    const id = ledBy0(2);
    const { progressId } = decodeActionVersion((await createPlanServices(site.as(lead.login)).getAction(id)).version);
    // The client sends at most 4 times: every answer is lost, so PnPjs gives up with a network error.
    site.emu.addFault({ mode: 'dropAfterCommit', count: 4, method: 'POST', pathContains: `/items(${progressId as number})` });
    expectSavedOnce(await saveAsLead(id, redUpdate()));
    await expectFaultsSpent();
  });

  it('writes one history entry when its answer is lost (the POST is looked up by its key, never re-sent blindly)', async () => {
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "progress%20updates')/items" });
    expectSavedOnce(await saveAsLead(ledBy0(3), redUpdate()));
    await expectFaultsSpent();
  });

  it('makes one change request when its answer is lost', async () => {
    const id = ledBy0(4);
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "change%20log')/items" });
    const outcome = await saveAsLead(id, redUpdate({ requestedDueDate: '2026-12-31', dateChangeRationale: 'The new contractor needs until December.' }));
    await expectFaultsSpent();
    expectSavedOnce(outcome);
    const requests = await site.sp.web.lists.getByTitle(CHANGE_LOG_LIST).items.filter(`ActionId eq ${id}`).select('Id')<Array<{ Id: number }>>();
    expect(requests).toHaveLength(1);
    expect(outcome.result.changeRequest?.reference).toBe(requests[0].Id);
  });

  it('recognises every write under lost answers at once: save, history and change request', async () => {
    const id = ledBy0(5);
    // Four sends of the MERGE, then the history entry's POST and the change request's.
    site.emu.addFault({ mode: 'dropAfterCommit', count: 6, method: 'POST', pathContains: '/items' });
    const outcome = await saveAsLead(id, redUpdate({ requestedDueDate: '2026-11-30', dateChangeRationale: 'Procurement restarted.' }));
    await expectFaultsSpent();
    expectSavedOnce(outcome);
    const entries = await site.sp.web.lists.getByTitle(PROGRESS_UPDATES_LIST).items.filter(`ActionId eq ${id}`).select('Id')<unknown[]>();
    const requests = await site.sp.web.lists.getByTitle(CHANGE_LOG_LIST).items.filter(`ActionId eq ${id}`).select('Id')<unknown[]>();
    expect([entries.length, requests.length]).toEqual([1, 1]);
  });

  it('says the outcome is unknown when even the read-back gets no answer, and saving again with the same key is recognised, not a conflict', async () => {
    const id = ledBy0(6);
    const services = createPlanServices(site.as(lead.login), { now: () => now, onProblem: () => undefined });
    const { value: action, version } = await services.getAction(id);
    const person = (await services.currentUser()).person;
    const { progressId } = decodeActionVersion(version);
    // Every send of the MERGE and every read of the item after it lose their answers.
    site.emu.addFault({ mode: 'dropAfterCommit', count: 4, method: 'POST', pathContains: `/items(${progressId as number})` });
    site.emu.addFault({ mode: 'dropAfterCommit', count: 4, method: 'GET', pathContains: `/items(${progressId as number})` });
    const first = await submitActionUpdate(services, action, version, redUpdate(), person, now, 'save-7').catch((e: unknown) => e);
    await expectFaultsSpent();
    expect(first).toBeInstanceOf(AnswerLostError);
    // The connection is back; the person saves the same update again, against the version they had.
    const again = await submitActionUpdate(services, action, version, redUpdate(), person, now, 'save-7');
    const after = await services.getAction(id);
    expectSavedOnce({ result: again, history: await services.listProgressUpdates(id), after, read: version });
  });

  it('provisioning adds one progress item for an action that lacks one, even when the answer is lost', async () => {
    const [actionId] = site.emu.bulkAddItems(ACTIONS_LIST, [{ Title: 'Made outside the app', Code: 'T1.X1', ActionKind: 'main', ThemeId: seeded.themeIds[0] }]);
    site.emu.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "action%20progress')/items" });
    await provisionPlan(site.sp);
    await expectFaultsSpent();
    const items = await site.sp.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.filter(`ActionId eq ${actionId}`).select('Id')<unknown[]>();
    expect(items).toHaveLength(1);
  });

  it('still saves on a site not provisioned since the operation key column was added', async () => {
    for (const list of [ACTION_PROGRESS_LIST, PROGRESS_UPDATES_LIST]) await site.sp.web.lists.getByTitle(list).fields.getByInternalNameOrTitle(OPERATION_KEY_FIELD).delete();
    try {
      expectSavedOnce(await saveAsLead(ledBy0(7), redUpdate()));
    } finally {
      await provisionPlan(site.sp);
    }
  });
});
