import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { describeOperation, importOperationKey, operationCode, type ImportOperation, type ImportRun, type ImportWriter } from '../../application/import';
import { newOperationKey } from '../../application/operationKey';
import { normaliseReferenceCode } from '../../domain';
import { ACTIONS_LIST, THEMES_LIST, WORKSTREAMS_LIST } from '../schema/planLists';
import { siteDaysFor } from '../repositories/siteTimeZone';
import { actionItemValues, type ItemValues } from './actionItem';
import { PeopleResolver } from './people';
import { describeSpFailure } from '../repositories/spErrors';
import { writeBatchOnce, type Settled } from './batchOnce';
import { splitActionValues } from '../mapping/actionProgress';
import { ActionProgressWriter } from '../repositories/actionProgressWriter';

type ListTitle = typeof THEMES_LIST | typeof WORKSTREAMS_LIST | typeof ACTIONS_LIST;

function listOf(operation: ImportOperation): ListTitle {
  if (operation.kind === 'createTheme') return THEMES_LIST;
  if (operation.kind === 'createWorkstream' || operation.kind === 'updateWorkstream') return WORKSTREAMS_LIST;
  return ACTIONS_LIST;
}

/** A write in a batch: which item, and what to send. */
interface Write {
  readonly operation: ImportOperation;
  readonly list: ListTitle;
  readonly code: string;
  readonly id?: number;
  readonly values: ItemValues;
  /** The operation key a creation is stored with. */
  readonly key?: string;
}

/**
 * Writes imports to the plan lists with PnPjs: one `$batch` per group of operations (SharePoint
 * batches are not transactional, so each part succeeds or fails alone), lookups resolved from the
 * codes already on the site, leads matched to site users where possible. A create of a code that
 * already exists updates it instead, which is what makes resuming an interrupted import safe.
 *
 * Each creation carries its operation key and each batch goes through {@link writeBatchOnce}, so
 * a batch whose answer was lost never makes anything twice.
 */
export class SpImportWriter implements ImportWriter {
  private readonly index = new Map<ListTitle, Map<string, number>>();
  private readonly people: PeopleResolver;
  private readonly progress: ActionProgressWriter;
  /** The run when the caller names none: keys stay unique to this writer. */
  private readonly ownRun: ImportRun = { importId: newOperationKey() };

  public constructor(private readonly sp: SPFI) {
    this.people = new PeopleResolver(sp);
    this.progress = new ActionProgressWriter(sp);
  }

  /** Code to item id of a list, read once per writer (paged, so any size of list works). */
  private async codes(list: ListTitle): Promise<Map<string, number>> {
    let map = this.index.get(list);
    if (map) return map;
    map = new Map();
    for await (const page of this.sp.web.lists.getByTitle(list).items.select('Id', 'Code').top(2000)) {
      for (const item of page as Array<{ Id: number; Code: string | null }>) {
        // The oldest item keeps the code if a failed batch ever left a copy behind.
        if (item.Code && !map.has(normaliseReferenceCode(item.Code))) map.set(normaliseReferenceCode(item.Code), item.Id);
      }
    }
    this.index.set(list, map);
    return map;
  }

  private async idOf(list: ListTitle, code: string | undefined): Promise<number | undefined> {
    if (code === undefined) return undefined;
    const id = (await this.codes(list)).get(normaliseReferenceCode(code));
    if (id === undefined) throw new Error(`${code} is not on the site yet, so what refers to it cannot be written.`);
    return id;
  }

  private async valuesFor(operation: ImportOperation): Promise<ItemValues> {
    switch (operation.kind) {
      case 'createTheme': {
        const t = operation.theme;
        return { Title: t.name, Code: t.code, SortOrder: t.order, LeadDirectorId: await this.people.resolve(t.leadDirector) };
      }
      case 'createWorkstream':
        return { Title: operation.workstream.name, Code: operation.workstream.code, ThemeId: await this.idOf(THEMES_LIST, operation.workstream.themeCode) };
      case 'updateWorkstream':
        return { Title: operation.changes.name };
      case 'createAction': {
        const a = operation.action;
        return actionItemValues(a, {
          themeId: await this.idOf(THEMES_LIST, a.themeCode),
          workstreamId: await this.idOf(WORKSTREAMS_LIST, a.workstreamCode),
          parentId: (await this.idOf(ACTIONS_LIST, a.parentCode)) ?? null,
          leadId: await this.people.resolve(a.lead)
        }, [], await siteDaysFor(this.sp));
      }
      case 'updateAction': {
        const c = operation.changes;
        return actionItemValues(c, {
          ...('themeCode' in c ? { themeId: await this.idOf(THEMES_LIST, c.themeCode) } : {}),
          ...('workstreamCode' in c ? { workstreamId: await this.idOf(WORKSTREAMS_LIST, c.workstreamCode) } : {}),
          ...('parentCode' in c ? { parentId: (await this.idOf(ACTIONS_LIST, c.parentCode)) ?? null } : {}),
          ...('lead' in c ? { leadId: await this.people.resolve(c.lead) } : {})
        }, [], await siteDaysFor(this.sp));
      }
    }
  }

  /**
   * Sends writes in one batch; remembers new ids; throws the first failure in words. An action's
   * values go to its two lists: the definition in this batch, then its progress item, then who
   * may update it (its lead) when the lead was written.
   */
  private async send(writes: readonly Write[], what: (w: Write) => string): Promise<void> {
    if (writes.length === 0) return;
    const parts = writes.map((w) => (w.list === ACTIONS_LIST && w.values.__delete !== true ? splitActionValues(w.values) : { definition: w.values, progress: {} }));
    const deleted = writes.filter((w) => w.list === ACTIONS_LIST && w.values.__delete === true && w.id !== undefined).map((w) => w.id as number);
    await this.progress.remove(deleted);
    let settled: Settled;
    try {
      settled = await writeBatchOnce(this.sp, writes.map((w, i) => ({ list: w.list, id: w.id, values: parts[i].definition, remove: w.values.__delete === true, key: w.key })));
    } catch (error) {
      throw new Error(`${what(writes[0])} failed: ${describeSpFailure(error)}`);
    }
    const map = (list: ListTitle): Map<string, number> => this.index.get(list) as Map<string, number>;
    settled.forEach((s, i) => {
      const w = writes[i];
      if (s.status !== 'fulfilled') return;
      if (w.values.__delete === true) map(w.list).delete(normaliseReferenceCode(w.code));
      else if (w.id === undefined) map(w.list).set(normaliseReferenceCode(w.code), (s.value as { Id: number }).Id);
    });
    const failed = settled.findIndex((s) => s.status === 'rejected');
    if (failed !== -1) {
      throw new Error(`${what(writes[failed])} failed: ${describeSpFailure((settled[failed] as PromiseRejectedResult).reason)}`);
    }
    await this.sendProgress(writes, parts.map((p) => p.progress), what);
  }

  private async sendProgress(writes: readonly Write[], progress: ReadonlyArray<Record<string, unknown>>, what: (w: Write) => string): Promise<void> {
    const entries: Array<{ actionId: number; values: Record<string, unknown> }> = [];
    const grants: Array<{ actionId: number; editorIds: number[] }> = [];
    writes.forEach((w, i) => {
      if (w.list !== ACTIONS_LIST || w.values.__delete === true) return;
      const actionId = w.id ?? this.index.get(ACTIONS_LIST)?.get(normaliseReferenceCode(w.code));
      if (actionId === undefined) return;
      entries.push({ actionId, values: progress[i] });
      if ('LeadId' in w.values) grants.push({ actionId, editorIds: typeof w.values.LeadId === 'number' ? [w.values.LeadId] : [] });
    });
    try {
      await this.progress.write(entries);
      await this.progress.grant(grants);
    } catch (error) {
      throw new Error(`${what(writes[0])} (the actions' progress) failed: ${describeSpFailure(error)}`);
    }
  }

  /** {@inheritDoc ImportWriter.write} */
  public async write(operations: readonly ImportOperation[], run: ImportRun = this.ownRun): Promise<void> {
    const writes: Write[] = [];
    for (const operation of operations) {
      const list = listOf(operation);
      const code = operationCode(operation);
      const id = (await this.codes(list)).get(normaliseReferenceCode(code));
      if (id === undefined && (operation.kind === 'updateAction' || operation.kind === 'updateWorkstream')) {
        throw new Error(`${describeOperation(operation)} failed: ${code} is no longer on the site.`);
      }
      writes.push({ operation, list, code, id, values: await this.valuesFor(operation), key: importOperationKey(run, operation) });
    }
    await this.send(writes, (w) => describeOperation(w.operation));
  }

  /** {@inheritDoc ImportWriter.undo} */
  public async undo(operations: readonly ImportOperation[]): Promise<void> {
    const writes: Write[] = [];
    for (const operation of operations) {
      const list = listOf(operation);
      const code = operationCode(operation);
      const id = (await this.codes(list)).get(normaliseReferenceCode(code));
      if (id === undefined) continue;
      if (operation.kind === 'updateWorkstream') writes.push({ operation, list, code, id, values: { Title: operation.previous.name } });
      else if (operation.kind === 'updateAction') {
        const cleared = Object.keys(operation.changes).filter((k) => !(k in operation.previous));
        const p = operation.previous;
        const links = {
          ...('themeCode' in p ? { themeId: await this.idOf(THEMES_LIST, p.themeCode) } : {}),
          ...('workstreamCode' in p ? { workstreamId: await this.idOf(WORKSTREAMS_LIST, p.workstreamCode) } : {}),
          ...('lead' in p ? { leadId: await this.people.resolve(p.lead) } : {})
        };
        writes.push({ operation, list, code, id, values: actionItemValues(p, links, cleared, await siteDaysFor(this.sp)) });
      } else writes.push({ operation, list, code, id, values: { __delete: true } });
    }
    for (let i = 0; i < writes.length; i += 20) await this.send(writes.slice(i, i + 20), (w) => `Undoing "${describeOperation(w.operation)}"`);
  }
}
