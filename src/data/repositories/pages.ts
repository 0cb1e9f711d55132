import { parseBinderWithErrorCheck, parseODataJSON, type Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { SPCollection, type ISPQueryable, type SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { SpItem } from '../mapping/values';

/** One page of items and the link to the next, when SharePoint says there is one. */
export interface ItemPage {
  items: SpItem[];
  nextLink?: string;
}

/**
 * Parses a collection response keeping `odata.nextLink` (verbose: `d.__next`), which the default
 * parser drops. The same parsing the PnPjs async iterator uses, but usable inside a batch.
 */
export function PageParse(): TimelinePipe<Queryable> {
  return parseBinderWithErrorCheck(async (response: Response): Promise<ItemPage> => {
    const json = (await response.json()) as Record<string, unknown>;
    const d = json.d as Record<string, unknown> | undefined;
    const next = d && typeof d.__next === 'string' ? d.__next : json['odata.nextLink'];
    const items = parseODataJSON(json) as SpItem[];
    return typeof next === 'string' && next !== '' ? { items, nextLink: next } : { items };
  }) as TimelinePipe<Queryable>;
}

/** A request prepared against a (possibly batched) root. */
export type PageRequest = (root: SPFI) => ISPQueryable;

/** Wraps a promise so a rejection is held until awaited (a batch rejects parts before we look). */
function settle<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  );
}

/** Registers one more request in a page batch; the caller keeps (and later awaits) its promise. */
export type Alongside = (batched: SPFI) => void;

/**
 * Runs page requests: one alone goes straight out, several (or any with `alongside`) go in one
 * `$batch`. Results come back in order; the first failure is thrown after every part has settled.
 */
export async function fetchPages(sp: SPFI, requests: readonly PageRequest[], alongside?: Alongside): Promise<ItemPage[]> {
  if (requests.length === 0) return [];
  if (requests.length === 1 && !alongside) return [await (requests[0](sp).using(PageParse()) as unknown as () => Promise<ItemPage>)()];
  // Twenty per $batch POST is PnPjs's default chunk; the plan has fewer lists than that.
  const [batched, execute] = sp.batched({ maxRequests: 20 });
  const pending = requests.map((r) => settle((r(batched).using(PageParse()) as unknown as () => Promise<ItemPage>)()));
  alongside?.(batched);
  await execute();
  const results = await Promise.all(pending);
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw failed.error;
  return results.map((r) => (r as { value: ItemPage }).value);
}

/** A request for the page behind a nextLink (absolute, carrying the original query). */
export function nextPage(link: string): PageRequest {
  return (root) => SPCollection([root.web, link]);
}

/**
 * A list to read whole. With `lastId` and `range`, pages past the first are asked for by ID range
 * all at once instead of one next link after another: ID is always indexed, so a range of at most
 * `pageSize` ids is safe on a list of any size and needs no further paging.
 */
export interface WholeListRead {
  /** The first page of the query. */
  first: PageRequest;
  /** The list's highest item id: `$select=Id&$orderby=Id desc&$top=1` (sent with the first pages). */
  lastId?: PageRequest;
  /** The same query restricted to `after < Id <= upTo`. */
  range?: (after: number, upTo: number) => PageRequest;
}

const highestId = (items: readonly SpItem[]): number => items.reduce((max, item) => (typeof item.Id === 'number' && item.Id > max ? item.Id : max), 0);

/** The ID ranges still to read after a first page ending at `after`, up to the list's highest id. */
function rangesAfter(read: WholeListRead, after: number, last: number, pageSize: number): PageRequest[] {
  const ranges: PageRequest[] = [];
  if (!read.range) return ranges;
  for (let from = after; from < last; from += pageSize) ranges.push(read.range(from, Math.min(from + pageSize, last)));
  return ranges;
}

/**
 * Reads every item of several lists: the first pages and each list's highest id in one batch,
 * then every remaining ID range of every list in one more batch (PnPjs splits a batch past 20
 * parts into several POSTs). Lists within a page cost nothing extra. Any next link that still
 * comes back (a list without `range`, or ids added meanwhile) is followed as before.
 * `alongside` adds a request of the caller's to the first batch.
 */
export async function readAll(sp: SPFI, reads: readonly WholeListRead[], pageSize: number, alongside?: Alongside): Promise<SpItem[][]> {
  const out: SpItem[][] = reads.map(() => []);
  const probes = reads.flatMap((read, index) => (read.lastId && read.range ? [{ index, request: read.lastId }] : []));
  let round: Array<{ index: number; request: PageRequest }> = reads.map((read, index) => ({ index, request: read.first }));
  const firstRound = await fetchPages(sp, [...round, ...probes].map((r) => r.request), alongside);
  const lastIds = new Map(probes.map((p, i) => [p.index, highestId(firstRound[round.length + i].items)]));
  let pages = firstRound.slice(0, round.length);
  while (round.length) {
    const next: typeof round = [];
    pages.forEach((page, i) => {
      const { index } = round[i];
      out[index].push(...page.items);
      if (!page.nextLink) return;
      const last = lastIds.get(index);
      // Once only: the ranges cover up to the highest id seen in the first round.
      lastIds.delete(index);
      const ranges = last !== undefined ? rangesAfter(reads[index], highestId(page.items), last, pageSize) : [];
      if (ranges.length) next.push(...ranges.map((request) => ({ index, request })));
      else next.push({ index, request: nextPage(page.nextLink) });
    });
    round = next;
    pages = round.length ? await fetchPages(sp, round.map((r) => r.request)) : [];
  }
  return out;
}
