import type { LocalProduct } from '../../../tools/local/localProduct';

/** A list item as SharePoint returns it with `odata=nometadata`. */
export type SpItem = Record<string, unknown>;

/**
 * Reads from the emulated SharePoint REST API as `login` (the `X-Emulator-User` header), the
 * way a check in the tenant would: straight from the lists, not through the app.
 */
export async function spGet<T = SpItem>(product: LocalProduct, login: string, apiPath: string): Promise<T> {
  const response = await fetch(`${product.siteUrl}/_api/${apiPath}`, {
    headers: { 'X-Emulator-User': login, Accept: 'application/json;odata=nometadata' }
  });
  if (!response.ok) throw new Error(`GET ${apiPath} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The progress item of one action (its progress lives apart from its definition), by action id. */
export async function readProgressItem(product: LocalProduct, login: string, actionId: number): Promise<SpItem> {
  const page = await spGet<{ value: SpItem[] }>(
    product,
    login,
    `web/lists/getByTitle('Plan Action Progress')/items?$filter=ActionId eq ${actionId}&$select=Id,ActionId,Status,ProgressPercent,Commentary,NextSteps,RatingOverride,OverrideReason,Rating&$orderby=Id asc&$top=1`
  );
  if (!page.value[0]) throw new Error(`Action ${actionId} has no progress item.`);
  return page.value[0];
}

/** One action of the plan, by id: its definition's code with its progress. */
export async function readAction(product: LocalProduct, login: string, id: number): Promise<SpItem> {
  const definition = await spGet(product, login, `web/lists/getByTitle('Plan Actions')/items(${id})?$select=Id,Code`);
  const progress = await readProgressItem(product, login, id);
  return { ...progress, Id: definition.Id, Code: definition.Code };
}

/** Every progress update recorded for one action, oldest first. */
export async function readProgressUpdates(product: LocalProduct, login: string, actionId: number): Promise<SpItem[]> {
  const page = await spGet<{ value: SpItem[] }>(
    product,
    login,
    `web/lists/getByTitle('Plan Progress Updates')/items?$filter=ActionId eq ${actionId}&$select=Id,Period,Status,ProgressPercent,Commentary,NextSteps,SubmittedByName&$orderby=Id asc&$top=500`
  );
  return page.value;
}

/** A fault rule of the emulator (see tools/emulator/faults.ts). */
export interface FaultSwitch {
  status?: number;
  retryAfterSeconds?: number;
  count?: number;
  pathContains?: string;
  method?: string;
  latencyMs?: number;
}

/** Switches fault rules on: `POST /_emulator/faults`. */
export async function switchFaultsOn(product: LocalProduct, rules: FaultSwitch[]): Promise<void> {
  const response = await fetch(`${product.url}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rules) });
  if (response.status !== 201) throw new Error(`The emulator refused the faults: ${response.status} ${await response.text()}`);
}

/** The fault rules still armed (a rule with a count disappears once it is used up). */
export async function armedFaults(product: LocalProduct): Promise<Array<FaultSwitch & { id: number }>> {
  return (await (await fetch(`${product.url}/_emulator/faults`)).json()) as Array<FaultSwitch & { id: number }>;
}

/** Switches every fault off: `DELETE /_emulator/faults`. */
export async function switchFaultsOff(product: LocalProduct): Promise<void> {
  await fetch(`${product.url}/_emulator/faults`, { method: 'DELETE' });
}
