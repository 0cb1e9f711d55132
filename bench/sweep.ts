import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmulator, type EmulatorHandle } from '../tools/emulator';
import { runSweepJob } from '../tools/sweep/sweepJob';
import { createSp } from '../src/data/sp/createSp';
import { provisionPlan } from '../src/data/provisioning/provisionPlan';
import { rateAction, type Action } from '../src/domain';
import type { BenchFigure } from './report';
import { benchDataRoot, fittedExponent, settleConnections } from './measure';
import { bulkAddActions } from '../tools/local/bulkAddActions';

/** The sweep's day: a Sunday before any reminder day, so the run is slips only. */
const TODAY = '2026-05-10';
/** One action in fifty slips: 500 slips in 25,000 actions. */
const SLIP_EVERY = 50;
const THEMES = ['LD', 'CU', 'GV', 'UR', 'SD', 'PC', 'CI'];

const offset = (days: number): string => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Seeds `actions` actions of which every fiftieth slips on {@link TODAY} (stored Green, now
 * overdue). Every other action's stored rating is the one the domain gives it today, worked out
 * with the domain's own `rateAction`, so nothing but the planned slips is sent.
 */
function seedSweepPlan(emulator: EmulatorHandle, actions: number): number {
  const themeIds = emulator.bulkAddItems('Plan Themes', THEMES.map((code, i) => ({ Title: `Theme ${code}`, Code: code, SortOrder: i + 1 })));
  let slips = 0;
  const rows = Array.from({ length: actions }, (_, i) => {
    const t = i % THEMES.length;
    const slipping = i % SLIP_EVERY === 0;
    if (slipping) slips++;
    // Slips fell due a few days ago; the rest are spread from two months ago to two years on.
    const due = slipping ? offset(-(3 + (i % 20))) : offset(-60 + ((i * 37) % 790));
    const facts: Action = {
      id: String(i + 1), code: `${THEMES[t]}.A${i + 1}`, title: `Action ${i + 1}`, themeCode: THEMES[t], workstreamCode: '', kind: 'main',
      status: !slipping && i % 9 === 0 ? 'Complete' : 'InProgress', startDate: '2025-04-01', baselineDueDate: due, currentDueDate: due,
      progressPercent: (i * 7) % 100, issues: [], evidence: [], reprofileCount: 0, recommendationIds: [], riskIds: []
    };
    const rating = slipping ? 'Green' : rateAction(facts, TODAY).rating;
    return {
      Title: facts.title, Code: facts.code, ActionKind: 'main', ThemeId: themeIds[t], Status: facts.status, Rating: rating,
      ProgressPercent: facts.progressPercent, StartDate: '2025-04-01T00:00:00Z', BaselineDueDate: `${due}T00:00:00Z`, CurrentDueDate: `${due}T00:00:00Z`,
      ReprofileCount: 0, LeadName: `Lead ${i % 40}`
    };
  });
  bulkAddActions(emulator, rows);
  return slips;
}

/** One sweep over a fresh site of `actions` actions: its time and what it sent. */
async function sweepOnce(actions: number): Promise<{ actions: number; slips: number; posted: number; ms: number }> {
  const dataDir = fs.mkdtempSync(path.join(benchDataRoot(), 'ipt-bench-sweep-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  try {
    await provisionPlan(createSp({ siteUrl: emulator.siteUrl }));
    const slips = seedSweepPlan(emulator, actions);
    await settleConnections();
    const started = performance.now();
    const report = await runSweepJob({ siteUrl: emulator.siteUrl, today: TODAY, env: {} });
    const ms = performance.now() - started;
    if (report.posted !== slips || report.failed) throw new Error(`The sweep over ${actions} actions posted ${report.posted} of ${slips} slips (${report.failed} failed).`);
    return { actions, slips, posted: report.posted, ms };
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The scheduled sweep end to end (tools/sweep's job: PnPjs against the emulator, SharePoint
 * notifications log, Workflows webhook sender) at several plan sizes, one slip per fifty actions.
 * Goal: time grows linearly with actions (fitted exponent of time against size near 1).
 */
export async function measureSweep(sizes: readonly number[]): Promise<BenchFigure[]> {
  // An untimed small sweep first: the first run in a process pays for JIT and module loading.
  await sweepOnce(1000);
  const points: Array<{ actions: number; slips: number; ms: number }> = [];
  for (const size of sizes) points.push(await sweepOnce(size));
  const exponent = fittedExponent(points.map((p) => ({ size: p.actions, ms: p.ms })));
  const detail: Record<string, number | string> = {};
  for (const p of points) {
    detail[`ms@${p.actions}`] = Math.round(p.ms);
    detail[`slips@${p.actions}`] = p.slips;
    detail[`µsPerAction@${p.actions}`] = Math.round((p.ms * 1000) / p.actions);
  }
  const largest = points[points.length - 1];
  return [
    {
      name: `sweep, ${largest.actions.toLocaleString('en-GB')} actions with ${largest.slips} slips`,
      figure: largest.ms / 1000,
      unit: 's',
      goal: 'recorded (no fixed goal)',
      met: true,
      detail
    },
    {
      name: `sweep growth over ${points.map((p) => `${p.actions / 1000}k`).join(', ')} actions`,
      figure: exponent,
      unit: 'exponent',
      goal: 'linear: time ∝ actions^b with b ≤ 1.15',
      met: exponent <= 1.15,
      detail
    }
  ];
}
