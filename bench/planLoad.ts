import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmulator } from '../tools/emulator';
import { createPlanServices } from '../src/data';
import { createSp } from '../src/data/sp/createSp';
import { provisionPlan } from '../src/data/provisioning/provisionPlan';
import { PLAN_LISTS } from '../src/data/schema/planLists';
import type { BenchFigure } from './report';
import { seedSyntheticPlan, type SyntheticSize } from './syntheticPlan';

const RUNS = 5;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The floor: every plan list's rows by plain fetch, in parallel, following next links. */
async function rawFetch(siteUrl: string): Promise<{ requests: number; rows: number }> {
  let requests = 0;
  let rows = 0;
  await Promise.all(
    PLAN_LISTS.map(async (list) => {
      let next: string | undefined = `${siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(list.title)}')/items?$top=5000`;
      while (next) {
        requests++;
        const response = await fetch(next, { headers: { Accept: 'application/json;odata=nometadata' } });
        const body = (await response.json()) as { value: unknown[]; 'odata.nextLink'?: string };
        rows += body.value.length;
        next = body['odata.nextLink'];
      }
    })
  );
  return { requests, rows };
}

/**
 * Requests and time for the app's whole-plan load (one $batch, mapped to domain objects) against a
 * raw fetch of the same lists. Goals: at most 3 requests, at most 1.3 times the raw fetch.
 */
export async function measurePlanLoad(label: string, size: SyntheticSize): Promise<BenchFigure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipt-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  try {
    const sp = createSp({ siteUrl: emulator.siteUrl });
    await provisionPlan(sp);
    const rows = seedSyntheticPlan(emulator, size);
    const services = createPlanServices(createSp({ siteUrl: emulator.siteUrl }), { onProblem: () => undefined });
    await services.loadPlan();
    await rawFetch(emulator.siteUrl);
    const appTimes: number[] = [];
    const rawTimes: number[] = [];
    let requests = 0;
    let rawRequests = 0;
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now();
      const loaded = await createPlanServices(createSp({ siteUrl: emulator.siteUrl }), { onProblem: () => undefined }).loadPlan();
      appTimes.push(performance.now() - started);
      requests = loaded.requestCount;
      started = performance.now();
      rawRequests = (await rawFetch(emulator.siteUrl)).requests;
      rawTimes.push(performance.now() - started);
    }
    const ratio = median(appTimes) / median(rawTimes);
    const total = size.mainActions * (1 + size.subActionsPerMain);
    return [
      {
        name: `${label}: requests to load the plan`,
        figure: requests,
        unit: 'requests',
        goal: '≤ 3 requests',
        met: requests <= 3,
        detail: { actions: total, rows, rawFetchRequests: rawRequests }
      },
      {
        name: `${label}: load time vs raw fetch`,
        figure: ratio,
        unit: '× raw',
        goal: '≤ 1.3 × raw fetch',
        met: ratio <= 1.3,
        detail: { appMedianMs: Math.round(median(appTimes)), rawMedianMs: Math.round(median(rawTimes)), runs: RUNS }
      }
    ];
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
