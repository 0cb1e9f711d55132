import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { ACTION_PROGRESS_LIST, ACTIONS_LIST } from '../schema/planLists';
import type { PermissionReport, ResolvedModel } from './applyPermissionModel';
import { MAX_ACTIONS_WITH_OWN_PERMISSIONS, PROGRESS_ITEM_GRANT } from './permissionModel';
import { addOnce } from '../repositories/writeOnce';

/** Who may edit one action's progress besides the programme office: its lead and delegates. */
export interface ProgressItemAccess {
  progressItemId: number;
  /** Site user ids of the lead and delegates (people without an account have none). */
  editorIds: readonly number[];
}

/** Items per `$batch`: SharePoint Online takes at most 100 operations in one. */
const ITEMS_PER_BATCH = 25;

interface ActionPeople {
  Id: number;
  LeadId?: number | null;
  DelegatesId?: number[] | null;
}

interface ProgressRow {
  Id: number;
  ActionId?: number | null;
  HasUniqueRoleAssignments?: boolean;
}

interface AssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

const editorsOf = (a: ActionPeople | undefined): number[] =>
  [...new Set([a?.LeadId ?? undefined, ...(a?.DelegatesId ?? [])].filter((id): id is number => typeof id === 'number' && id > 0))].sort((x, y) => x - y);

async function readAll<T>(sp: SPFI, list: string, select: string[]): Promise<T[]> {
  const out: T[] = [];
  for await (const page of sp.web.lists.getByTitle(list).items.select(...select).top(5000)) out.push(...(page as T[]));
  return out;
}

/**
 * Gives each listed progress item exactly its list's grants plus Contribute for its editors:
 * back to the list's permissions, then its own copy of them with the editors added. An item with
 * no editors inherits the list's (programme office only). Sent in batches of {@link ITEMS_PER_BATCH}.
 */
export async function setProgressItemAccess(sp: SPFI, contributeId: number, access: readonly ProgressItemAccess[]): Promise<void> {
  for (let i = 0; i < access.length; i += ITEMS_PER_BATCH) {
    const [batched, execute] = sp.batched();
    const done: Array<Promise<unknown>> = [];
    for (const a of access.slice(i, i + ITEMS_PER_BATCH)) {
      // A fresh queryable per request: PnPjs ties a batched request to the object that sends it.
      const item = (): ReturnType<typeof batched.web.lists.getByTitle>['items'] extends { getById(id: number): infer I } ? I : never =>
        batched.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.getById(a.progressItemId);
      done.push(item().resetRoleInheritance());
      if (a.editorIds.length === 0) continue;
      done.push(item().breakRoleInheritance(true, false));
      for (const id of a.editorIds) done.push(item().roleAssignments.add(id, contributeId));
    }
    for (const d of done) d.catch(() => undefined);
    await execute();
    const failed = (await Promise.allSettled(done)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** The user ids holding Contribute on a unique item beyond the list's own grants. */
function extraEditors(rows: readonly AssignmentRow[], listPrincipals: ReadonlySet<number>, contribute: number): number[] | undefined {
  const editors: number[] = [];
  for (const r of rows) {
    const ids = r.RoleDefinitionBindings.map((b) => b.Id);
    if (listPrincipals.has(r.PrincipalId)) continue;
    // Anything but exactly Contribute for a non-list principal is drift.
    if (ids.length !== 1 || ids[0] !== contribute) return undefined;
    editors.push(r.PrincipalId);
  }
  return editors.sort((x, y) => x - y);
}

/**
 * Brings every action's progress item to the model: its lead and delegates may edit it, nobody
 * else beyond the list's grants. Creates the progress item of any action that lacks one.
 * Reads every item's assignments in batches and rewrites only items that differ.
 */
export async function syncProgressItemPermissions(sp: SPFI, model: ResolvedModel): Promise<PermissionReport> {
  const report: PermissionReport = { changed: [], warnings: [] };
  const [actions, progress] = await Promise.all([
    readAll<ActionPeople & { Code?: string }>(sp, ACTIONS_LIST, ['Id', 'Code', 'LeadId', 'DelegatesId']),
    readAll<ProgressRow>(sp, ACTION_PROGRESS_LIST, ['Id', 'ActionId', 'HasUniqueRoleAssignments'])
  ]);
  const progressOf = new Map<number, ProgressRow>();
  for (const p of progress) if (typeof p.ActionId === 'number' && !progressOf.has(p.ActionId)) progressOf.set(p.ActionId, p);
  const missing = actions.filter((a) => !progressOf.has(a.Id));
  for (const a of missing) {
    // Keyed by its action, so a lost answer is looked up instead of adding a second progress item.
    const added = await addOnce(() => sp.web.lists.getByTitle(ACTION_PROGRESS_LIST), { ActionId: a.Id, Status: 'NotStarted' }, `progress-item:${a.Id}`);
    progressOf.set(a.Id, { Id: added.Id, ActionId: a.Id, HasUniqueRoleAssignments: false });
    report.changed.push(`Added the missing progress item of action ${a.Code ?? a.Id}.`);
  }
  const withEditors = actions.filter((a) => editorsOf(a).length > 0).length;
  if (withEditors > MAX_ACTIONS_WITH_OWN_PERMISSIONS) {
    report.warnings.push(`${withEditors} actions have their own permissions; SharePoint advises at most ${MAX_ACTIONS_WITH_OWN_PERMISSIONS} per list. Split the plan across sites.`);
  }
  const listRows = await sp.web.lists.getByTitle(ACTION_PROGRESS_LIST).roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>();
  const listPrincipals = new Set(listRows.map((r) => r.PrincipalId));
  const unique = actions.filter((a) => progressOf.get(a.Id)?.HasUniqueRoleAssignments === true);
  const held = new Map<number, number[] | undefined>();
  for (let i = 0; i < unique.length; i += ITEMS_PER_BATCH) {
    const [batched, execute] = sp.batched();
    const reads = unique.slice(i, i + ITEMS_PER_BATCH).map((a) => {
      const id = (progressOf.get(a.Id) as ProgressRow).Id;
      return batched.web.lists.getByTitle(ACTION_PROGRESS_LIST).items.getById(id).roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<AssignmentRow[]>()
        .then((rows) => held.set(a.Id, extraEditors(rows, listPrincipals, model.levels[PROGRESS_ITEM_GRANT]) ?? undefined));
    });
    await execute();
    await Promise.all(reads);
  }
  const fixes: ProgressItemAccess[] = [];
  for (const a of actions) {
    const item = progressOf.get(a.Id) as ProgressRow;
    const want = editorsOf(a);
    const isUnique = item.HasUniqueRoleAssignments === true;
    const same = want.length === 0 ? !isUnique : isUnique && JSON.stringify(held.get(a.Id)) === JSON.stringify(want);
    if (same) continue;
    fixes.push({ progressItemId: item.Id, editorIds: want });
    report.changed.push(`Set who may update action ${a.Code ?? a.Id}: ${want.length ? 'its lead and delegates' : 'the programme office only'}.`);
  }
  await setProgressItemAccess(sp, model.levels[PROGRESS_ITEM_GRANT], fixes);
  return report;
}
