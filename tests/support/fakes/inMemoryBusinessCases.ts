/**
 * Business cases kept in memory, with the same rules as the SharePoint store: revisions by
 * whoever is "signed in" (authors cannot be forged), only the lead's and delegates' counted, a
 * newer revision than the one read is a conflict, and readers who may not see drafts see only
 * decisions.
 */
import { ConflictError } from '../../../src/application/errors';
import type { BusinessCaseStore, CaseAction } from '../../../src/application/ports/businessCaseStore';
import { caseRecord, type BusinessCaseContent, type BusinessCaseDecision, type BusinessCaseRecord, type BusinessCaseRevision, type Person } from '../../../src/domain';

export interface InMemoryBusinessCases extends BusinessCaseStore {
  revisions: BusinessCaseRevision[];
  decisions: BusinessCaseDecision[];
  /** Who the store acts as (SharePoint's Author). */
  actingAs: Person;
  /** Whether that person may read drafts (councillors may not). */
  readsDrafts: boolean;
}

export function createInMemoryBusinessCases(actingAs: Person, options: { readsDrafts?: boolean; now?: Date } = {}): InMemoryBusinessCases {
  let nextId = 1;
  const at = options.now ?? new Date('2026-11-20T10:00:00Z');
  const store: InMemoryBusinessCases = {
    revisions: [],
    decisions: [],
    actingAs,
    readsDrafts: options.readsDrafts ?? true,
    readBusinessCase: async (action: CaseAction) => caseRecord(action.id, action, store.readsDrafts ? store.revisions : undefined, store.decisions),
    readAllBusinessCases: async (actions) => actions.map((a) => caseRecord(a.id, a, store.readsDrafts ? store.revisions : undefined, store.decisions)).filter((r) => r.status !== 'None' || r.approved),
    addRevision: async (action, content, state, basedOn) => {
      const current = await store.readBusinessCase(action);
      if (current.latest?.id !== basedOn) throw new ConflictError<BusinessCaseContent, BusinessCaseRecord>(`${current.latest?.author.displayName ?? 'Someone'} saved this business case after you opened it.`, content, current, current.latest?.id ?? '');
      store.revisions.push({ id: String(nextId++), actionId: action.id, state, content, author: store.actingAs, savedAt: at });
      return store.readBusinessCase(action);
    },
    addDecision: async (action, d) => {
      store.decisions.push({ id: String(nextId++), actionId: action.id, revisionId: d.revisionId, decision: d.decision, ...(d.reason ? { reason: d.reason } : {}), by: store.actingAs, decidedAt: at, ...(d.approvedContent ? { approvedContent: d.approvedContent } : {}) });
      return store.readBusinessCase(action);
    }
  };
  return store;
}
