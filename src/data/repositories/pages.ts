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

/**
 * Runs page requests: one alone goes straight out, several go in one `$batch`. Results come back
 * in order; the first failure is thrown after every part has settled.
 */
export async function fetchPages(sp: SPFI, requests: readonly PageRequest[]): Promise<ItemPage[]> {
  if (requests.length === 0) return [];
  if (requests.length === 1) return [await (requests[0](sp).using(PageParse()) as unknown as () => Promise<ItemPage>)()];
  // Twenty per $batch POST is PnPjs's default chunk; the plan has fewer lists than that.
  const [batched, execute] = sp.batched({ maxRequests: 20 });
  const pending = requests.map((r) => settle((r(batched).using(PageParse()) as unknown as () => Promise<ItemPage>)()));
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
 * Reads every item of several queries: the first pages in one batch, then each following round
 * of nextLinks together (one request when only one list has more). Lists within a page cost
 * nothing extra; only lists past `$top` items add requests.
 */
export async function readAll(sp: SPFI, first: readonly PageRequest[]): Promise<SpItem[][]> {
  const out: SpItem[][] = first.map(() => []);
  let round: Array<{ index: number; request: PageRequest }> = first.map((request, index) => ({ index, request }));
  while (round.length) {
    const pages = await fetchPages(sp, round.map((r) => r.request));
    const next: typeof round = [];
    pages.forEach((page, i) => {
      const { index } = round[i];
      out[index].push(...page.items);
      if (page.nextLink) next.push({ index, request: nextPage(page.nextLink) });
    });
    round = next;
  }
  return out;
}
