/**
 * Saves the demo's business cases through the app's own store, each revision as the action's lead
 * and each decision as the programme officer the demo names, so SharePoint records the real
 * authors and the cases read back exactly as the app would have written them.
 */
import type { SPFI } from '@pnp/sp';
import { createSp } from '../../src/data/sp/createSp';
import { createPlanServices } from '../../src/data';
import { SpBusinessCaseStore } from '../../src/data/businessCases/spBusinessCaseStore';
import { DEMO_BUSINESS_CASES } from '../demo/demoBusinessCases';

/** Seeds every demo case whose action has a lead with an account; returns how many it saved. */
export async function seedDemoBusinessCases(sp: SPFI, siteUrl: string, log: (m: string) => void = () => undefined): Promise<number> {
  const { plan } = await createPlanServices(sp, { onProblem: () => undefined }).loadPlan();
  const store = (login: string) => new SpBusinessCaseStore(createSp({ siteUrl, headers: { 'X-Emulator-User': login } }), () => undefined);
  let saved = 0;
  for (const demo of DEMO_BUSINESS_CASES) {
    const action = plan.actions.find((a) => a.code === demo.code);
    const login = action?.lead?.email ?? action?.lead?.login;
    if (!action || !login) {
      log(`No business case for ${demo.code}: the action or its lead's account is missing.`);
      continue;
    }
    const caseAction = { id: action.id, code: action.code, ...(action.lead ? { lead: action.lead } : {}), ...(action.delegates ? { delegates: action.delegates } : {}) };
    const record = await store(login).addRevision(caseAction, demo.content, demo.state, undefined, `demo-case:${demo.code}`);
    if (demo.decision && record.latest) {
      await store(demo.decision.by).addDecision(
        caseAction,
        { revisionId: record.latest.id, decision: demo.decision.kind, ...(demo.decision.reason ? { reason: demo.decision.reason } : {}), ...(demo.decision.kind === 'Approved' ? { approvedContent: demo.content } : {}) },
        `demo-case-decision:${demo.code}`
      );
    }
    saved += 1;
  }
  return saved;
}
