/**
 * Risk reviews through the real PnPjs code against the emulator: provisioned by `provision`,
 * recorded by the programme office (the risk's own score follows), read back with SharePoint's
 * recording stamp, and refused for staff and councillors, through the store and by hand.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/data/sp/createSp';
import { provisionPlan } from '../../../src/data/provisioning/provisionPlan';
import { PROGRAMME_OFFICE_GROUP } from '../../../src/data/provisioning/permissionModel';
import { createRiskReviewStore } from '../../../src/data/risks';
import { RISK_REVIEWS_LIST, RISKS_LIST } from '../../../src/data/schema/planLists';
import { PermissionDeniedError } from '../../../src/application/errors';
import { riskHistory } from '../../../src/domain';

const OWNER = 'owner@council.test';
const PMO = 'pmo@council.test';
const STAFF = 'staff@council.test';
const MEMBER = 'cllr@council.test';
const users = [
  { login: OWNER, displayName: 'Site Owner', email: OWNER, permission: 'FullControl' as const },
  { login: PMO, displayName: 'Priya Shah', email: PMO, permission: 'Contribute' as const },
  { login: STAFF, displayName: 'Ade Bello', email: STAFF, permission: 'Contribute' as const },
  { login: MEMBER, displayName: 'Cllr Rhys Jones', email: MEMBER, permission: 'Read' as const }
];

describe('risk reviews in SharePoint', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let riskId: string;
  const as = (login: string): SPFI => createSp({ siteUrl: emulator.siteUrl, headers: { 'X-Emulator-User': login }, retries: 1 });
  const review = (likelihood: number, impact: number, periodId = '2026-11') => ({
    riskId,
    periodId,
    score: { likelihood, impact },
    reviewedOn: '2026-11-23' as const,
    reviewedBy: { displayName: 'Priya Shah', email: PMO, login: PMO },
    note: 'Interim capacity in post; two vacancies remain.'
  });

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-risk-reviews-'));
    emulator = await startEmulator({ port: 0, dataDir, users, siteOwner: OWNER, groups: { [PROGRAMME_OFFICE_GROUP]: [PMO] } });
    const report = await provisionPlan(as(OWNER));
    expect(report.listsCreated).toContain(RISK_REVIEWS_LIST);
    const risk = (await as(PMO).web.lists.getByTitle(RISKS_LIST).items.add({ Title: 'Capacity to deliver the plan', Code: 'R01', Status: 'Open', ResidualLikelihood: 3, ResidualImpact: 4 })) as { Id: number };
    riskId = String(risk.Id);
  });
  afterAll(() => emulator.close());

  it('records the programme office’s review, brings the risk’s own score into line and reads it back with its recording stamp', async () => {
    const store = createRiskReviewStore(as(PMO));
    const saved = await store.addRiskReview(review(2, 4));
    expect(saved).toMatchObject({ riskId, periodId: '2026-11', score: { likelihood: 2, impact: 4 } });
    const [back] = await createRiskReviewStore(as(MEMBER)).listReviewsOfRisk(riskId);
    expect(back).toMatchObject({ id: saved.id, periodId: '2026-11', score: { likelihood: 2, impact: 4 }, reviewedOn: '2026-11-23', note: 'Interim capacity in post; two vacancies remain.' });
    expect(back.reviewedBy?.displayName).toBe('Priya Shah');
    expect(back.recordedAt).toBeInstanceOf(Date);
    const risk = await as(OWNER).web.lists.getByTitle(RISKS_LIST).items.getById(Number(riskId)).select('ResidualLikelihood', 'ResidualImpact')<{ ResidualLikelihood: number; ResidualImpact: number }>();
    expect(risk).toMatchObject({ ResidualLikelihood: 2, ResidualImpact: 4 });
  });

  it('keeps an earlier review when a later one of the same period supersedes it', async () => {
    const store = createRiskReviewStore(as(PMO));
    await store.addRiskReview(review(2, 3));
    const all = await store.listRiskReviews();
    expect(all.filter((r) => r.periodId === '2026-11')).toHaveLength(2);
    expect(riskHistory(riskId, all).map((e) => `${e.periodId} ${e.scored.rating} ${e.scored.value}`)).toEqual(['2026-11 Amber 6']);
  });

  it('adds a review once when SharePoint carries the add out and the answer is lost', async () => {
    const store = createRiskReviewStore(as(PMO));
    emulator.addFault({ mode: 'dropAfterCommit', count: 1, method: 'POST', pathContains: "risk%20reviews')/items" });
    const saved = await store.addRiskReview(review(1, 3, '2026-12'), 'review-once-key');
    // The fault was spent: the answer really was lost.
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toEqual([]);
    const december = (await store.listRiskReviews()).filter((r) => r.periodId === '2026-12');
    expect(december.map((r) => r.id)).toEqual([saved.id]);
  });

  it('refuses staff and councillors through the app, in words', async () => {
    for (const who of [STAFF, MEMBER]) {
      const error = await createRiskReviewStore(as(who)).addRiskReview(review(1, 1)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as Error).message).toBe('SharePoint did not let you record this risk review. Only the programme office can record a risk review.');
    }
  });

  it('refuses a hand-made REST add as staff or a councillor with SharePoint’s 403', async () => {
    for (const who of [STAFF, MEMBER]) {
      const res = await fetch(`${emulator.siteUrl}/_api/web/lists/getByTitle('${RISK_REVIEWS_LIST}')/items`, {
        method: 'POST',
        headers: { 'X-Emulator-User': who, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', 'X-RequestDigest': await digest(who) },
        body: JSON.stringify({ Title: 'forged', RiskId: Number(riskId), PeriodKey: '2026-10', Likelihood: 1, Impact: 1 })
      });
      expect(res.status).toBe(403);
      expect(await res.text()).toMatch(/Access denied/);
    }
  });

  async function digest(login: string): Promise<string> {
    const res = await fetch(`${emulator.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { 'X-Emulator-User': login, Accept: 'application/json;odata=nometadata' } });
    return ((await res.json()) as { FormDigestValue: string }).FormDigestValue;
  }
});
