/**
 * Change references under concurrency and lost answers: a request's reference is its item id,
 * which SharePoint gives each item once, so fifty people submitting at the same moment get fifty
 * different numbers; and a request whose answer is lost is found by its operation key, not made
 * twice.
 */
import { createPlanServices } from '../../../src/data';
import { CHANGE_LOG_LIST } from '../../../src/data/schema/planLists';
import { EDITOR, LEADS, OWNER, startPlanSite, type PlanSite } from '../support/planSite';
import { seedPlan, type SeededPlan } from '../support/seedRows';

jest.setTimeout(60_000);

let site: PlanSite;
let seeded: SeededPlan;

beforeAll(async () => {
  site = await startPlanSite();
  seeded = await seedPlan(site, 1, 3, 0);
});
afterAll(async () => site.stop());

const SUBMITTERS = [...LEADS.map((l) => l.login), EDITOR, OWNER];

function request(n: number, login: string) {
  return {
    type: 'Timescale' as const,
    actionId: String(seeded.mainIds[n % seeded.mainIds.length]),
    targetCode: `T1.A${(n % 3) + 1}`,
    targetTitle: `Main action ${(n % 3) + 1}`,
    rationale: `Request ${n}`,
    requestedBy: { displayName: login, login },
    requestedOn: '2026-04-15',
    changes: [{ field: 'currentDueDate', oldValue: '2026-04-01', newValue: '2026-09-30' }]
  };
}

/** Fifty people, each with their own client, submitting at once; returns what each was told. */
async function fiftyAtOnce(from: number) {
  return Promise.all(
    Array.from({ length: 50 }, (_, i) => {
      const login = SUBMITTERS[i % SUBMITTERS.length];
      return createPlanServices(site.as(login), { onProblem: () => undefined }).submitChangeRequest(request(from + i, login));
    })
  );
}

async function storedRequests(): Promise<Array<{ Id: number; Rationale: string }>> {
  const rows: Array<{ Id: number; Rationale: string }> = [];
  for await (const page of site.sp.web.lists.getByTitle(CHANGE_LOG_LIST).items.select('Id', 'Rationale').top(500)) rows.push(...(page as typeof rows));
  return rows;
}

describe('change references', () => {
  it('are unique for 50 concurrent submitters, and each is the number the list holds', async () => {
    const told = await fiftyAtOnce(0);
    const references = told.map((r) => r.reference);
    expect(new Set(references).size).toBe(50);
    const listed = await createPlanServices(site.sp, { onProblem: () => undefined }).listChangeRequests();
    const byRationale = new Map(listed.map((r) => [r.value.rationale, r.value.reference]));
    told.forEach((r) => expect(byRationale.get(r.rationale)).toBe(r.reference));
  });

  it('stay unique, one request each, when half of the 50 answers are lost', async () => {
    const before = (await storedRequests()).length;
    site.emu.addFault({ mode: 'dropAfterCommit', count: 25, method: 'POST', pathContains: "change%20log')/items" });
    const told = await fiftyAtOnce(100);
    expect(await (await fetch(`${site.emu.url}/_emulator/faults`)).json()).toEqual([]);
    expect(new Set(told.map((r) => r.reference)).size).toBe(50);
    const stored = (await storedRequests()).slice(before);
    expect(stored).toHaveLength(50);
    expect(new Set(stored.map((r) => r.Rationale)).size).toBe(50);
    expect(told.map((r) => r.reference).sort((a, b) => a - b)).toEqual(stored.map((r) => r.Id).sort((a, b) => a - b));
  });
});
