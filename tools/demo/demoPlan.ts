/**
 * Builds the demo improvement plan of Northmoor Borough Council (fictional): seven Best Value
 * themes, lettered areas of focus, about 150 main actions with sub-actions and assurance actions,
 * a year of monthly updates, milestones, a risk register, external recommendations and a change
 * log. Pure and deterministic: the output depends only on `today`, `seed` and `scale`.
 */
import { demoRiskReviews, demoTrend } from './demoRiskReviews';
import { DEFAULT_ROLLUP_METHOD, rollUp } from '../../src/domain';
import { demoRatingShown } from './demoRating';
import type {
  DemoAction,
  DemoChange,
  DemoEvidence,
  DemoMilestone,
  DemoPlan,
  DemoPlanOptions,
  DemoProgressUpdate,
  DemoRag,
  DemoRisk,
  DemoStatus,
  DemoTheme,
  DemoUser,
  DemoWorkstream
} from './demoTypes';
import {
  AMBER_CAUSES,
  ASSURANCE_TITLES,
  CLOSURE_RATIONALES,
  COMPLETE_LINES,
  GREEN_DETAIL,
  GREEN_OPENERS,
  MILESTONES,
  NEXT_STEPS,
  NORTHMOOR_THEMES,
  NOT_STARTED_LINES,
  ON_HOLD_REASONS,
  PEOPLE,
  RECOMMENDATIONS,
  recommendationDoc,
  RED_CAUSES,
  RISKS,
  SCALE_AREAS,
  SCALE_TITLES,
  SUB_STAGES,
  type ActionKind,
  type Cause,
  type ThemeContent
} from './demoContent';

export type { DemoPlan, DemoPlanOptions } from './demoTypes';

export const DEFAULT_DEMO_SEED = 20261123;
const DOMAIN = 'northmoor.gov.uk';
const DOCS = 'https://northmoor.sharepoint.com/sites/improvement/Shared%20Documents';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (mulberry32).

interface Rng {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
  /** `count` items in their original order. */
  ordered<T>(items: readonly T[], count: number): T[];
}

function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => (max <= min ? min : min + Math.floor(next() * (max - min + 1)));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    shuffle,
    ordered: (items, count) => {
      const keep = new Set(shuffle(items.map((_, i) => i)).slice(0, Math.min(count, items.length)));
      return items.filter((_, i) => keep.has(i));
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Dates. Months are handled as indexes (year * 12 + month - 1); dates are YYYY-MM-DD strings.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number): string => String(n).padStart(2, '0');
const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const ym = (idx: number): string => `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
const firstOf = (idx: number): string => `${ym(idx)}-01`;
const daysIn = (idx: number): number => new Date(Date.UTC(Math.floor(idx / 12), (idx % 12) + 1, 0)).getUTCDate();
const lastOf = (idx: number): string => `${ym(idx)}-${pad(daysIn(idx))}`;
const dayIn = (idx: number, day: number): string => `${ym(idx)}-${pad(Math.min(day, daysIn(idx)))}`;
const monthName = (idx: number): string => `${MONTHS[idx % 12]} ${Math.floor(idx / 12)}`;
const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** "22 Nov 2026", as British reports write dates. */
const fmtDate = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1].slice(0, 3)} ${iso.slice(0, 4)}`;
const minIso = (a: string, b: string): string => (a < b ? a : b);
const maxIso = (a: string, b: string): string => (a > b ? a : b);
const financialYear = (idx: number): number => (idx % 12 >= 3 ? Math.floor(idx / 12) : Math.floor(idx / 12) - 1);
const fyText = (fy: number): string => `${fy}/${pad((fy + 1) % 100)}`;
const quarterText = (idx: number): string => {
  const m = idx % 12;
  return `Q${m >= 3 ? Math.floor((m - 3) / 3) + 1 : 4} ${fyText(financialYear(idx))}`;
};
const quarterEnd = (idx: number): number => idx + (2 - (((idx % 12) - 3 + 12) % 3));
const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

// ---------------------------------------------------------------------------------------------
// Text helpers.

const cap = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key in vars) return String(vars[key]);
    if (key === 'Topic' && 'topic' in vars) return cap(String(vars.topic));
    return whole;
  });
}
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\u2019/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---------------------------------------------------------------------------------------------
// People.

const loginOf = (first: string, last: string): string => `${first[0]}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${DOMAIN}`;

/** Everyone in the demo: the site owner, the programme office, directors, action owners and councillors. */
export const DEMO_USERS: DemoUser[] = [
  { login: `admin@${DOMAIN}`, displayName: 'Northmoor Site Owner', email: `admin@${DOMAIN}`, permission: 'FullControl', persona: 'owner' },
  ...PEOPLE.map((p) => {
    const login = loginOf(p.first, p.last);
    return { login, displayName: `${p.prefix ? `${p.prefix} ` : ''}${p.first} ${p.last}`, email: login, permission: p.permission, persona: p.persona };
  })
];
const LOGIN: Record<string, string> = Object.fromEntries(PEOPLE.map((p) => [p.key, loginOf(p.first, p.last)]));
const PMO = PEOPLE.filter((p) => p.persona === 'pmo').map((p) => LOGIN[p.key]);

// ---------------------------------------------------------------------------------------------
// Working shape of a main action while the plan is generated.

type Mode = 'none' | 'overdue' | 'reprofiled' | 'forecast';

interface MainDraft {
  code: string;
  theme: ThemeContent;
  ws: string;
  title: string;
  topic: string;
  kind: ActionKind;
  detail: string;
  status: DemoStatus;
  mode: Mode;
  /** Month indexes: start, baseline due, current due; reprofile history of due months. */
  s: number;
  dueB: number;
  dueC: number;
  dueChain: number[];
  requests: number[];
  forecast?: number;
  doneIdx?: number;
  holdIdx?: number;
  closedIdx?: number;
  slipIdx?: number;
  redIdx?: number;
  blipIdx?: number;
  progress: number;
  dueText: string;
  lead: string;
  cause: Cause;
  action: DemoAction;
}

// Eight months in, most work is on track: a handful of Amber and Red exceptions per theme.
const STATUS_MIX: Array<[DemoStatus, number]> = [
  ['Green', 0.63],
  ['Amber', 0.13],
  ['Red', 0.05],
  ['Complete', 0.11],
  ['NotStarted', 0.04],
  ['OnHold', 0.02],
  ['Closed', 0.02]
];

/** Splits `total` in proportion to `weights` (largest remainder), keeping the order. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  const missing = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) out[order[k % order.length][1]]++;
  return out;
}

const EVIDENCE_TITLES: Record<ActionKind, string[]> = {
  strategy: ['Cabinet report on {topic} ({month})', 'Draft of {topic} (version {v})', 'Consultation summary for {topic}', 'Equality impact assessment for {topic}'],
  policy: ['Draft of {topic} (version {v})', 'Trade union consultation responses on {topic}', 'Committee report approving {topic} ({month})', 'Equality impact assessment for {topic}'],
  training: ['Attendance report for {topic} ({month})', 'Session evaluation summary for {topic}', 'Course outline for {topic}'],
  system: ['Business case for {topic}', 'Project plan for {topic}', 'User acceptance test report for {topic}', 'Go-live checklist for {topic}'],
  review: ['Terms of reference for {topic}', 'Findings report from {topic}', 'Action plan arising from {topic}'],
  process: ['Process map for {topic}', 'Pilot evaluation of {topic}', 'Compliance report for {topic} ({month})'],
  people: ['Leadership team paper on {topic} ({month})', 'Appointment panel report for {topic}', 'Consultation document for {topic}'],
  engagement: ['Engagement plan for {topic}', 'What we heard: {topic}', 'Attendance and reach for {topic} ({month})'],
  reporting: ['Quarterly report: {topic} ({month})', 'Indicator definitions for {topic}', 'Scrutiny minutes discussing {topic} ({month})']
};

const BODIES = ['the Improvement Panel', 'the leadership team', 'Cabinet', 'the director', 'the Chief Executive'];

/** The share of live actions whose update for the current month has not come in yet. */
const UPDATES_OUTSTANDING_SHARE = 0.2;

/** A number in [0, 1) fixed by an action's code (FNV-1a), for choices that must not disturb the demo's random stream. */
function codeShare(code: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return h / 0x100000000;
}

/**
 * Builds the demo plan of Northmoor Borough Council for a given day. Deterministic for a given
 * `today`, `seed` and `scale`; never reads the clock or Math.random.
 */
export function buildDemoPlan(options: DemoPlanOptions): DemoPlan {
  const today = options.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new Error(`buildDemoPlan: today must be YYYY-MM-DD, got "${today}"`);
  const rng = createRng(options.seed ?? DEFAULT_DEMO_SEED);
  const T = monthIndex(today);
  const P = T - 8; // plan adopted eight months ago
  const END = P + 33; // horizon: the end of the plan, late 2028
  const todayDay = Number(today.slice(8, 10));
  const instant = (date: string): string => `${date}T${pad(rng.int(8, 17))}:${pad(rng.int(0, 59))}:00Z`;
  /** A date in month `idx` on or before today. */
  const dateIn = (idx: number, lo = 1, hi = 28): string => {
    const top = idx === T ? Math.min(hi, todayDay) : hi;
    return dayIn(idx, rng.int(Math.min(lo, top), top));
  };

  // ---- Themes and areas of focus -------------------------------------------------------------
  const areas = NORTHMOOR_THEMES.flatMap((theme) => theme.areas.map((area, i) => ({ theme, area, code: `${theme.code}.${String.fromCharCode(65 + i)}` })));
  const workstreams: DemoWorkstream[] = areas.map(({ theme, area, code }) => ({
    Code: code,
    Title: area.title,
    ThemeCode: theme.code,
    Lead: LOGIN[area.lead],
    Description: area.description,
    Outcomes: area.outcomes
  }));

  // ---- Main actions: how many per area, which status each gets ---------------------------------
  const defaultTotal = areas.reduce((n, a) => n + a.area.actions.length, 0);
  const total = Math.max(areas.length, Math.round(options.scale?.mainActions ?? defaultTotal));
  const perArea = apportion(total, areas.map((a) => a.area.actions.length));
  const bag = rng.shuffle(apportion(total, STATUS_MIX.map(([, w]) => w)).flatMap((count, i) => Array<DemoStatus>(count).fill(STATUS_MIX[i][0])));

  const mains: MainDraft[] = [];
  let serial = 0;
  // Amber slips take the months in turn, so no month reports a crowd of them.
  let slipTurn = 0;
  let redTurn = 0;
  areas.forEach(({ theme, area, code: ws }, areaNo) => {
    const specs = area.actions;
    for (let j = 0; j < perArea[areaNo]; j++) {
      const [baseTitle, baseTopic, kind, detail] = specs[j % specs.length];
      let title = baseTitle;
      let topic = baseTopic;
      if (j >= specs.length) {
        const where = SCALE_AREAS[(j + areaNo) % SCALE_AREAS.length];
        title = cap(fill(SCALE_TITLES[Math.floor(j / specs.length + j) % SCALE_TITLES.length], { topic: baseTopic, area: where }));
        topic = `${baseTopic} in ${where}`;
      }
      const status = bag[serial++];
      const officers = theme.officers.filter((o) => o !== area.lead);
      const leadKey = rng.chance(0.62) || officers.length === 0 ? area.lead : rng.chance(0.8) ? rng.pick(officers) : theme.director;
      mains.push(draftMain({ code: `${ws}${j + 1}`, theme, ws, title, topic, kind, detail, status, lead: LOGIN[leadKey] }));
    }
  });

  function draftMain(base: { code: string; theme: ThemeContent; ws: string; title: string; topic: string; kind: ActionKind; detail: string; status: DemoStatus; lead: string }): MainDraft {
    const { status } = base;
    let s = P;
    let dueB = P;
    let dueC = P;
    let mode: Mode = 'none';
    let reprofiles = 0;
    let forecast: number | undefined;
    let doneIdx: number | undefined;
    let holdIdx: number | undefined;
    let closedIdx: number | undefined;
    const startEarly = (hi: number): number => (rng.chance(0.35) ? P : rng.int(P, hi));
    switch (status) {
      case 'Complete':
        s = startEarly(T - 7);
        dueB = rng.int(Math.max(s + 2, P + 3), T - 2);
        dueC = dueB;
        if (dueB <= T - 3 && rng.chance(0.12)) {
          dueC = dueB + rng.int(1, Math.min(3, T - 2 - dueB));
          reprofiles = 1;
          mode = 'reprofiled';
        }
        doneIdx = Math.max(s + 1, dueC - (rng.chance(0.3) ? 1 : 0));
        break;
      case 'Green':
        s = startEarly(T - 1);
        dueB = Math.max(s + 3, T + 1 + Math.floor(Math.pow(rng.next(), 1.4) * (END - T - 1)));
        dueC = dueB;
        if (s <= T - 3 && dueB <= END - 2 && rng.chance(0.07)) {
          dueC = Math.min(dueB + rng.int(2, 6), END);
          reprofiles = 1;
          mode = 'reprofiled';
        }
        break;
      case 'Amber': {
        s = startEarly(T - 4);
        const r = rng.next();
        if (r < 0.36) {
          // Due at the end of last month: under a month late, which the policy rates Amber.
          mode = 'overdue';
          s = Math.min(s, T - 3);
          dueB = T - 1;
          dueC = dueB;
          forecast = T + 1;
        } else if (r < 0.7) {
          mode = 'reprofiled';
          dueB = rng.int(Math.max(s + 2, T - 6), T + 1);
          dueC = Math.max(dueB + rng.int(2, 5), T + 1);
          reprofiles = dueC - dueB >= 3 && rng.chance(0.15) ? 2 : 1;
        } else {
          // A month's forecast slip: Amber under the policy (Red only beyond 60 days).
          mode = 'forecast';
          dueB = rng.int(T + 1, T + 6);
          dueC = dueB;
          forecast = dueC + 1;
        }
        break;
      }
      case 'Red': {
        s = startEarly(T - 5);
        const r = rng.next();
        if (r < 0.5) {
          mode = 'overdue';
          dueB = rng.int(Math.max(s + 2, T - 7), T - 2);
          dueC = dueB;
          forecast = rng.chance(0.5) ? T + rng.int(3, 8) : undefined;
        } else if (r < 0.85) {
          // Reprofiled once and late again: the revised date passed more than a month ago.
          mode = 'reprofiled';
          s = Math.min(s, T - 5);
          dueB = rng.int(Math.max(s + 2, T - 7), T - 3);
          dueC = T - 2;
          reprofiles = 1;
        } else {
          mode = 'forecast';
          dueB = rng.int(T + 1, T + 5);
          dueC = dueB;
          forecast = dueC + rng.int(4, 9);
        }
        break;
      }
      case 'NotStarted':
        s = rng.int(T + 1, T + 9);
        dueB = s + rng.int(3, 12);
        dueC = dueB;
        break;
      case 'OnHold':
        s = rng.int(P, T - 5);
        dueB = Math.max(s + 3, rng.int(T + 2, T + 14));
        dueC = dueB;
        holdIdx = rng.int(Math.max(s + 1, T - 5), T - 1);
        break;
      case 'Closed':
        s = rng.int(P, T - 6);
        closedIdx = rng.int(s + 2, T - 1);
        dueB = rng.int(Math.max(s + 3, closedIdx), T + 8);
        dueC = dueB;
        break;
    }

    // Due date as the plan writes it; quarters, spans, financial years and "Ongoing" move the date to the period's end.
    let dueText = monthName(dueC);
    const v = rng.next();
    const movable = dueC >= T + 1 && (status === 'Green' || status === 'NotStarted' || status === 'OnHold' || (status === 'Amber' && mode === 'forecast'));
    const moveTo = (idx: number): void => {
      if (dueB === dueC) dueB = idx;
      dueC = idx;
    };
    if (status === 'Green' && mode === 'none' && (base.kind === 'process' || base.kind === 'reporting') && v < 0.14) {
      moveTo(END);
      dueText = 'Ongoing';
    } else if (movable && v < 0.26 && quarterEnd(dueC) <= END) {
      moveTo(quarterEnd(dueC));
      dueText = quarterText(dueC);
    } else if (movable && v < 0.34 && dueC % 12 !== 0) {
      dueText = `${MONTHS[(dueC - 1) % 12]}/${monthName(dueC)}`;
    } else if (movable && dueC >= T + 13 && v < 0.42 && (financialYear(dueC) + 1) * 12 + 2 <= END) {
      const fy = financialYear(dueC);
      moveTo((fy + 1) * 12 + 2);
      dueText = fyText(fy);
    }
    if (forecast !== undefined) forecast = Math.max(forecast, dueC + 1);

    // Reprofiling history: the due months each approved change moved between, and when it was asked for.
    const dueChain = [dueB];
    const requests: number[] = [];
    if (reprofiles === 2) dueChain.push(dueB + Math.ceil((dueC - dueB) / 2));
    if (reprofiles >= 1) dueChain.push(dueC);
    for (let k = 0; k < reprofiles; k++) {
      const around = dueChain[k];
      const lo = Math.max(s + 1, k === 0 ? P + 1 : requests[k - 1] + 1);
      // A Green action was reprofiled early enough for the history to show it back on track.
      const req = status === 'Green' ? Math.max(lo, T - 7 + (slipTurn++ % 6)) : clamp(around + rng.int(-1, 1), lo, T - 1);
      requests.push(req);
    }
    if (requests.some((r, k) => r < s || (k > 0 && r <= requests[k - 1]) || r > T - 1)) {
      // Not enough room in the history for two requests: keep the last change only.
      dueChain.splice(1, dueChain.length - 2);
      requests.splice(0, requests.length, clamp(dueB, s + 1, T - 1));
    }

    // Progress now.
    const span = Math.max(1, dueC - s + 1);
    const expected = Math.round((100 * (T - s + 0.5)) / span);
    let progress = 0;
    if (status === 'Complete') progress = 100;
    else if (status === 'Green') progress = clamp(expected + rng.int(-3, 8), 5, 95);
    else if (status === 'Amber' && mode === 'overdue') progress = rng.int(75, 90);
    else if (status === 'Amber') progress = clamp(expected - rng.int(10, 18), 10, 85);
    else if (status === 'Red') progress = clamp(expected - rng.int(20, 40), 5, 70);
    else if (status === 'OnHold') progress = rng.int(15, 50);
    else if (status === 'Closed') progress = rng.int(10, 60);
    if (rng.chance(0.55) && progress > 0 && progress < 100) progress = clamp(Math.round(progress / 5) * 5, 5, 95);

    // Rating timeline anchors.
    let slipIdx: number | undefined;
    let redIdx: number | undefined;
    let blipIdx: number | undefined;
    // Slips are spread over the months, this one included, so each month reports a few new ones.
    if (status === 'Amber') slipIdx = Math.max(s, mode === 'reprofiled' ? Math.min(requests[0], T - 1) : T - 7 + (slipTurn++ % 8));
    if (status === 'Red') {
      redIdx = Math.max(s + 1, T - 6 + (redTurn % 6));
      slipIdx = Math.max(s, redIdx - (redTurn++ % 2));
    }
    if (status === 'Green' && mode === 'none' && rng.chance(0.03) && T - 3 > s) blipIdx = rng.int(s, T - 3);

    const fits = (c: Cause): boolean => !c[3] || c[3].includes(base.kind);
    const cause = status === 'Red' ? rng.pick(RED_CAUSES.filter(fits)) : rng.pick(AMBER_CAUSES.filter(fits));
    const draft: MainDraft = {
      ...base,
      mode,
      s,
      dueB,
      dueC,
      dueChain,
      requests,
      forecast,
      doneIdx,
      holdIdx,
      closedIdx,
      slipIdx,
      redIdx,
      blipIdx,
      progress,
      dueText,
      cause,
      action: undefined as unknown as DemoAction
    };
    draft.action = buildMainAction(draft);
    return draft;
  }

  function textVars(d: MainDraft, extra: Record<string, string | number> = {}): Record<string, string | number> {
    return {
      topic: d.topic,
      month: monthName(T - 1),
      next: monthName(T + 1),
      due: d.dueText,
      date: fmtDate(dateIn(T - 1, 3, 27)),
      n: rng.int(12, 180),
      c: rng.int(4, 14),
      k: rng.int(2, 4),
      pct: rng.int(8, 40),
      p: rng.int(72, 96),
      d: rng.int(1, 8),
      ...extra
    };
  }

  function mainCommentary(d: MainDraft): { commentary: string; issues: string; nextSteps: string } {
    const [cause, issue, recovery] = d.cause;
    const vars = textVars(d);
    const rec = fill(recovery, vars);
    const dueMonth = monthName(d.dueC);
    const nextStep = (): string => fill(rng.pick(NEXT_STEPS[d.kind]), vars);
    switch (d.status) {
      case 'Green': {
        let text = `${fill(rng.pick(GREEN_OPENERS), vars)} ${fill(rng.pick(GREEN_DETAIL[d.kind]), vars)}`;
        if (d.mode === 'reprofiled') text += ` The date was moved to ${fmtDate(lastOf(d.dueC))} at the ${monthName(d.requests[0])} change control and the work is now back on track.`;
        // An open issue makes an action Amber under the policy, so on-track work carries none.
        return { commentary: text, issues: '', nextSteps: nextStep() };
      }
      case 'Amber': {
        let text: string;
        if (d.mode === 'overdue') {
          text = rng.pick([
            `Amber: due in ${dueMonth} but not yet complete because ${cause}. ${rec} Date to be amended at change control.`,
            `Medium slippage. The ${dueMonth} deadline was missed because ${cause}. ${rec} A revised date will go to the next change control.`,
            `Behind plan: ${cause}, so the due date of ${fmtDate(lastOf(d.dueC))} has passed. ${rec}`
          ]);
        } else if (d.mode === 'reprofiled') {
          const last = d.requests.length - 1;
          text = rng.pick([
            `Reprofiled at the ${monthName(d.requests[last])} change control from ${fmtDate(lastOf(d.dueChain[last]))} to ${fmtDate(lastOf(d.dueC))} because ${cause}. ${rec}`,
            `Amber while the revised timetable beds in: ${cause}. The new date of ${fmtDate(lastOf(d.dueC))} was approved in ${monthName(d.requests[last])}. ${rec}`
          ]);
          if (d.requests.length > 1) text += ' This is the second change to the timescale.';
        } else {
          text = `Medium slippage: ${cause}, so completion is now forecast for ${monthName(d.forecast as number)} against a due date of ${vars.due}. ${rec}`;
        }
        return { commentary: text, issues: issue, nextSteps: nextStep() };
      }
      case 'Red': {
        const body = rng.pick(BODIES);
        let text: string;
        if (d.mode === 'overdue') {
          const late = T - d.dueC;
          text = rng.pick([
            `Red: significant slippage. ${cap(cause)}. The action was due in ${dueMonth} and is ${late} month${late === 1 ? '' : 's'} overdue; escalated to ${body}. ${rec}`,
            `Not delivered by the ${dueMonth} due date because ${cause}. ${rec} ${d.forecast !== undefined ? `Forecast completion ${monthName(d.forecast)}, subject to change control.` : 'A realistic date cannot yet be given.'}`
          ]);
        } else if (d.mode === 'reprofiled') {
          text = `Red despite the timescale change approved in ${monthName(d.requests[d.requests.length - 1])}: ${cause}. ${rec} The director has been asked for a recovery plan for ${body === 'the director' ? 'the Improvement Panel' : body}.`;
        } else {
          text = `Red: ${cause}. Completion is forecast for ${monthName(d.forecast as number)}, well after the due date of ${vars.due}. ${rec}`;
        }
        return { commentary: text, issues: `${issue} Escalated to ${body}.`, nextSteps: nextStep() };
      }
      case 'Complete':
        return {
          commentary: fill(rng.pick(COMPLETE_LINES), { ...vars, done: monthName(d.doneIdx as number) }),
          issues: '',
          nextSteps: rng.chance(0.5) ? `Assurance check planned for ${monthName((d.doneIdx as number) + 6)}.` : ''
        };
      case 'NotStarted':
        return { commentary: fill(rng.pick(NOT_STARTED_LINES), { ...vars, start: monthName(d.s) }), issues: '', nextSteps: 'Confirm the lead officer, scope and project plan before the start date.' };
      case 'OnHold':
        return { commentary: fill(rng.pick(ON_HOLD_REASONS), { ...vars, month: monthName(d.holdIdx as number) }), issues: 'Paused: restart date to be agreed.', nextSteps: 'Restart to be considered at the next Improvement Panel.' };
      default:
        return { commentary: `Closed at the ${monthName(d.closedIdx as number)} change control.`, issues: '', nextSteps: '' };
    }
  }

  function evidence(code: string, themeCode: string, kind: ActionKind, topic: string, count: number, monthIdx: number): DemoEvidence[] {
    return rng.ordered(EVIDENCE_TITLES[kind], count).map((template) => {
      const title = cap(fill(template, { topic, month: monthName(monthIdx), v: `0.${rng.int(2, 9)}` }));
      const ext = /^Process map/.test(template) ? 'vsdx' : /^(Project plan|Attendance|Go-live|Indicator)/.test(template) ? 'xlsx' : /^(Draft|Consultation document|Course|Terms of reference|Engagement plan)/.test(template) ? 'docx' : 'pdf';
      return { title, url: `${DOCS}/Evidence/${themeCode}/${code}/${slug(title)}.${ext}` };
    });
  }

  function ragFor(status: DemoStatus): DemoRag {
    const r = rng.next();
    if (status === 'Red') return r < 0.85 ? 'Red' : 'Amber';
    if (status === 'Amber') return r < 0.75 ? 'Amber' : r < 0.9 ? 'Red' : 'Green';
    if (status === 'Green' || status === 'NotStarted') return r < 0.8 ? 'Green' : 'Amber';
    if (status === 'OnHold') return 'Amber';
    return 'Green';
  }

  function lastUpdatedNow(): string {
    return instant(addDays(today, -rng.int(0, Math.min(todayDay - 1, 20))));
  }

  function buildMainAction(d: MainDraft): DemoAction {
    const { commentary, issues, nextSteps } = mainCommentary(d);
    const startText = d.s === P && d.status !== 'NotStarted' ? (rng.chance(0.6) ? 'Commenced' : undefined) : rng.chance(0.5) ? monthName(d.s) : undefined;
    const evidenceCount = d.status === 'Complete' ? rng.int(2, 3) : d.status === 'Green' ? (rng.chance(0.55) ? rng.int(1, 2) : 0) : d.status === 'Amber' || d.status === 'Red' ? (rng.chance(0.4) ? 1 : 0) : 0;
    const closure = d.status === 'Closed' ? rng.pick(CLOSURE_RATIONALES) : undefined;
    const action: DemoAction = {
      Code: d.code,
      Title: d.title,
      ActionKind: 'main',
      ThemeCode: d.theme.code,
      WorkstreamCode: d.ws,
      Lead: d.lead,
      LeadMember: rng.chance(0.7) ? d.theme.members[0] : rng.pick(d.theme.members),
      Description: d.detail,
      StartDate: firstOf(d.s),
      BaselineDueDate: lastOf(d.dueB),
      CurrentDueDate: lastOf(d.dueC),
      DueDateText: d.dueText,
      Status: d.status,
      ProgressPercent: d.progress,
      Rating: d.status,
      RiskRating: ragFor(d.status),
      Commentary: closure ? `${commentary} ${closure}` : commentary,
      NextSteps: nextSteps,
      Issues: issues,
      EvidenceLinks: evidence(d.code, d.theme.code, d.kind, d.topic, evidenceCount, d.doneIdx ?? T - 1),
      ReprofileCount: d.requests.length,
      RecommendationRefs: [],
      RiskRefs: [],
      LastUpdated: d.status === 'Complete' ? instant(dateIn(d.doneIdx as number, 20, 28)) : d.status === 'Closed' ? instant(dateIn(d.closedIdx as number, 10, 28)) : lastUpdatedNow()
    };
    if (startText) action.StartDateText = startText;
    // The issue behind a slip was raised when the action slipped, so closed months record it too.
    if (issues && d.slipIdx !== undefined) action.IssueRaisedOn = minIso(today, dayIn(d.slipIdx, 12));
    // An overdue Amber action forecasts mid-month: within the 60 days the policy allows before Red.
    if (d.forecast !== undefined) action.ForecastDate = d.status === 'Amber' && d.mode === 'overdue' ? dayIn(d.forecast, 15) : lastOf(d.forecast);
    else if (d.status === 'Green' && rng.chance(0.3)) action.ForecastDate = lastOf(d.dueC);
    if (closure) action.ClosureRationale = closure;
    return action;
  }

  // ---- Programme office rating overrides on a few actions ----------------------------------------
  const greens = rng.shuffle(mains.filter((m) => m.status === 'Green' && m.mode === 'none' && m.dueC < T + 8));
  for (const m of greens.slice(0, Math.max(1, Math.round(total / 75)))) {
    m.action.RatingOverride = 'Amber';
    m.action.Rating = 'Amber';
    m.action.OverrideReason = `Programme office override: the lead reports Green, but ${m.progress}% progress with the due date in ${monthName(m.dueC)} leaves little room; rated Amber until the next milestone is met.`;
    m.action.Commentary = `Rated Amber by the programme office: work is progressing (${m.progress}% complete), but with the due date in ${monthName(m.dueC)} there is little room left if anything slips.`;
  }
  const ambers = rng.shuffle(mains.filter((m) => m.status === 'Amber' && m.mode === 'overdue'));
  for (const m of ambers.slice(0, Math.max(1, Math.round(total / 150)))) {
    m.action.RatingOverride = 'Red';
    m.action.Rating = 'Red';
    m.action.OverrideReason = 'Escalated to Red by the theme director: this is the third month of slippage and other actions depend on it.';
    m.action.Commentary = `Escalated to Red by the theme director: the ${monthName(m.dueC)} due date was missed because ${m.cause[0]}, and other actions depend on this one. ${cap(fill(m.cause[2], textVars(m)))}`;
  }

  /** Share of the time from `start` to `due` gone by today, as the policy measures it. */
  function elapsedPercent(start: string, due: string): number {
    const span = Date.parse(due) - Date.parse(start);
    return span <= 0 ? 100 : clamp(Math.round(((Date.parse(today) - Date.parse(start)) / span) * 100), 0, 100);
  }

  /** Sub-action commentary that says what its rating says. */
  function subCommentary(rating: DemoStatus, d: MainDraft, due: string): string {
    if (rating === 'Green') return rng.pick([`In progress and on track for ${due}.`, 'Under way and on schedule.']);
    if (rating === 'Amber') return rng.pick([`Behind schedule because ${d.cause[0]}.`, `Amber: held up because ${d.cause[0]}; see the main action for the recovery plan.`]);
    return rng.pick([`Red: stalled because ${d.cause[0]}.`, `Significantly behind: ${d.cause[0]}. Escalated with the main action.`]);
  }

  /**
   * A sub-action rated as the app will rate it: its Red, Amber or Green follows the policy applied
   * to its dates, progress and issues, and its commentary says the same.
   */
  function agreeWithPolicy(sub: DemoAction, d: MainDraft): DemoAction {
    let next = sub;
    for (let round = 0; round < 3; round++) {
      const shown = demoRatingShown(next, today);
      if (shown !== 'Red' && shown !== 'Amber' && shown !== 'Green') return next;
      if (shown === next.Status) return next;
      const issues = shown === 'Green' ? '' : d.cause[1];
      next = { ...next, Status: shown, Rating: shown, Issues: issues, Commentary: subCommentary(shown, d, next.DueDateText ?? monthName(T)) };
      if (issues && d.action.IssueRaisedOn) next.IssueRaisedOn = d.action.IssueRaisedOn;
      else delete next.IssueRaisedOn;
    }
    return next;
  }

  // ---- Critical actions: one per theme the plan cannot do without -------------------------------
  // Service delivery's critical action is its worst slip, so one theme is Red on its critical action;
  // elsewhere the critical action is live work on track or only just behind.
  for (const theme of NORTHMOOR_THEMES) {
    const own = mains.filter((m) => m.theme.code === theme.code && m.action.RatingOverride === undefined);
    const red = theme.code === 'SD' ? own.find((m) => m.status === 'Red') : undefined;
    const pick = red ?? own.find((m) => m.status === 'Green') ?? own.find((m) => m.status === 'Amber');
    if (pick) pick.action.Critical = true;
  }

  // ---- Sub-actions ---------------------------------------------------------------------------
  const groups = new Map<string, DemoAction[]>();
  for (const d of mains) {
    const k = rng.next() < 0.35 ? 2 : rng.next() < 0.7 ? 3 : 4;
    const stages = rng.ordered(SUB_STAGES[d.kind], k);
    const reprofiled = d.dueC > d.dueB;
    const startIdx = stages.map((_, i) => d.s + Math.floor((i * (d.dueB - d.s)) / k));
    const baseIdx = stages.map((_, i) => d.s + Math.floor(((i + 1) * (d.dueB - d.s)) / k));
    const curIdx = stages.map((_, i) => (reprofiled ? d.s + Math.floor(((i + 1) * (d.dueC - d.s)) / k) : baseIdx[i]));
    let done = 0;
    if (d.status === 'Complete') done = k;
    else if (d.status === 'Green') {
      done = Math.max(Math.floor((d.progress / 100) * k), curIdx.filter((c) => c < T).length);
      done = Math.min(done, k - 1);
      const floor = Math.round((done * 100) / k) + rng.int(2, 8);
      if (d.progress < floor) d.action.ProgressPercent = d.progress = Math.min(95, floor);
    } else if (d.status !== 'NotStarted') done = Math.min(k - 1, Math.floor((d.progress / 100) * k));
    // Behind-plan work has finished the steps that fell due before last month; the late step is the exception.
    if (d.status === 'Amber') done = Math.min(k - 1, Math.max(done, curIdx.filter((c) => c < T - 1).length));

    const subs = stages.map((stage, i): DemoAction => {
      let status: DemoStatus;
      if (i < done) status = 'Complete';
      else if (d.status === 'NotStarted') status = 'NotStarted';
      else if (d.status === 'OnHold' || d.status === 'Closed') status = d.status;
      else if (startIdx[i] > T) status = 'NotStarted';
      else if (i === done || ((d.status === 'Amber' || d.status === 'Red') && curIdx[i] < T)) status = d.status;
      else status = 'Green';
      const completedIdx = Math.max(startIdx[i], Math.min(curIdx[i], d.doneIdx ?? T - 1, T - 1));
      const subCode = `${d.code}.${i + 1}`;
      let commentary = '';
      let progress = 0;
      switch (status) {
        case 'Complete':
          progress = 100;
          commentary = rng.pick([`Completed in ${monthName(completedIdx)}.`, `Done: signed off in ${monthName(completedIdx)}.`, 'Complete; evidence filed against the main action.', `Finished in ${monthName(completedIdx)} as planned.`]);
          break;
        case 'Green':
          progress = clamp(elapsedPercent(firstOf(startIdx[i]), lastOf(curIdx[i])) + rng.int(0, 15), 5, 95);
          commentary = rng.pick([`In progress and on track for ${monthName(curIdx[i])}.`, `Under way: about ${progress}% complete.`, `Started in ${monthName(startIdx[i])} and on schedule.`]);
          break;
        case 'Amber':
          progress = clamp(elapsedPercent(firstOf(startIdx[i]), lastOf(curIdx[i])) - rng.int(5, 15), 5, 90);
          commentary = rng.pick([`Behind schedule because ${d.cause[0]}.`, `Amber: held up because ${d.cause[0]}; see the main action for the recovery plan.`]);
          break;
        case 'Red':
          progress = rng.int(5, 40);
          commentary = rng.pick([`Red: stalled because ${d.cause[0]}.`, `Significantly behind: ${d.cause[0]}. Escalated with the main action.`]);
          break;
        case 'OnHold':
          progress = i === done ? rng.int(10, 50) : 0;
          commentary = 'Paused with the main action.';
          break;
        case 'Closed':
          progress = i === done ? rng.int(0, 40) : 0;
          commentary = 'Closed with the main action.';
          break;
        default:
          commentary = rng.pick(['', 'Not started; follows the previous step.', `Due to start in ${monthName(startIdx[i])}.`]);
      }
      const sub: DemoAction = {
        Code: subCode,
        Title: cap(fill(stage, { topic: d.topic })),
        ActionKind: 'sub',
        ThemeCode: d.theme.code,
        WorkstreamCode: d.ws,
        ParentCode: d.code,
        Lead: rng.chance(0.75) ? d.lead : LOGIN[rng.pick([...d.theme.officers, d.theme.director])],
        Description: `Step ${i + 1} of ${k} of ${d.code}: ${fill(stage, { topic: d.topic }).replace(/^\w/, (c) => c.toLowerCase())}.`,
        StartDate: firstOf(startIdx[i]),
        BaselineDueDate: lastOf(baseIdx[i]),
        CurrentDueDate: lastOf(curIdx[i]),
        DueDateText: monthName(curIdx[i]),
        Status: status,
        ProgressPercent: progress,
        Rating: status,
        Commentary: commentary,
        NextSteps: status === 'Green' || status === 'Amber' || status === 'Red' ? fill(rng.pick(NEXT_STEPS[d.kind]), textVars(d)) : '',
        Issues: status === 'Amber' || status === 'Red' ? d.cause[1] : '',
        EvidenceLinks: status === 'Complete' && rng.chance(0.3) ? evidence(subCode, d.theme.code, d.kind, d.topic, 1, completedIdx) : [],
        ReprofileCount: curIdx[i] > baseIdx[i] ? 1 : 0,
        RecommendationRefs: [],
        RiskRefs: [],
        LastUpdated: d.action.LastUpdated
      };
      if (sub.Issues && d.action.IssueRaisedOn) sub.IssueRaisedOn = d.action.IssueRaisedOn;
      return agreeWithPolicy(sub, d);
    });
    groups.set(d.code, [d.action, ...subs]);
  }

  // ---- Monthly progress history --------------------------------------------------------------
  const progressUpdates: DemoProgressUpdate[] = [];
  for (const d of mains) {
    const first = Math.max(T - 12, d.s);
    const last = d.status === 'Complete' ? (d.doneIdx as number) : d.status === 'Closed' ? (d.closedIdx as number) : T - 1;
    if (last < first) continue;
    const reqSet = new Set(d.requests);
    const ratingAt = (idx: number): DemoStatus => {
      switch (d.status) {
        case 'Complete':
          if (idx >= (d.doneIdx as number)) return 'Complete';
          return d.requests.some((r) => idx === r || idx === r - 1) ? 'Amber' : 'Green';
        case 'Green':
          if (d.requests.some((r) => idx === r || idx === r - 1)) return 'Amber';
          return d.blipIdx !== undefined && (idx === d.blipIdx || idx === d.blipIdx + 1) ? 'Amber' : 'Green';
        case 'Amber':
          return idx >= (d.slipIdx as number) ? 'Amber' : 'Green';
        case 'Red':
          return idx >= (d.redIdx as number) ? 'Red' : idx >= (d.slipIdx as number) ? 'Amber' : 'Green';
        case 'OnHold':
          return idx >= (d.holdIdx as number) ? 'OnHold' : 'Green';
        case 'Closed':
          return idx >= (d.closedIdx as number) ? 'Closed' : idx >= (d.closedIdx as number) - 2 ? 'Amber' : 'Green';
        default:
          return 'NotStarted';
      }
    };
    const freeze = d.status === 'OnHold' ? (d.holdIdx as number) : last;
    const target = d.status === 'Complete' ? 100 : Math.max(0, d.progress - rng.int(0, 6));
    const gamma = 0.8 + rng.next() * 0.5;
    const step5 = rng.chance(0.6);
    let previous = 0;
    let prevRating: DemoStatus | undefined;
    for (let idx = first; idx <= last; idx++) {
      const rating = ratingAt(idx);
      const at = Math.min(idx, freeze);
      let value = rating === 'Complete' ? 100 : Math.round(target * Math.pow((at - d.s + 1) / (freeze - d.s + 1), gamma));
      if (step5) value = Math.round(value / 5) * 5;
      if (rating !== 'Complete') value = Math.min(value, d.status === 'Complete' ? 95 : target);
      value = Math.max(previous, value);
      previous = value;
      const vars = textVars(d, { month: monthName(idx), next: monthName(idx + 1), date: fmtDate(dayIn(idx, rng.int(3, 27))) });
      const [cause, issue, recovery] = d.cause;
      let commentary: string;
      if (rating === 'Amber' && reqSet.has(idx)) commentary = `Amber: ${cause}. A revised timescale has been requested at change control.`;
      else if (rating === 'Amber' && prevRating !== 'Amber') commentary = rng.pick([`Moved to Amber this month: ${cause}.`, `Slippage reported: ${cause}. ${fill(recovery, vars)}`]);
      else if (rating === 'Amber') commentary = rng.pick([`Still behind plan: ${cause}. ${fill(recovery, vars)}`, 'Amber. Recovery actions are continuing and progress is being reviewed weekly.', `Remains Amber; ${fill(recovery, vars).replace(/^\w/, (c) => c.toLowerCase())}`]);
      else if (rating === 'Red' && prevRating !== 'Red') commentary = `Escalated to Red this month: ${cause}.`;
      else if (rating === 'Red') commentary = rng.pick(['Remains Red; the director is reviewing options with the portfolio holder.', `Still Red. ${fill(recovery, vars)}`]);
      else if (rating === 'Complete') commentary = `Completed in ${monthName(idx)}. ${rng.pick(['Evidence has been uploaded for the Improvement Panel.', 'Closure report accepted by the programme office.', 'Reported to Cabinet as complete.'])}`;
      else if (rating === 'OnHold') commentary = fill(rng.pick(ON_HOLD_REASONS), { ...vars, month: monthName(d.holdIdx as number) });
      else if (rating === 'Closed') commentary = `Closed at the ${monthName(idx)} change control. ${d.action.ClosureRationale ?? ''}`.trim();
      else if (prevRating === 'Amber') commentary = `Back on track: the recovery plan has worked and the ${reqSet.size ? 'revised ' : ''}timetable is being met.`;
      else commentary = `${fill(rng.pick(GREEN_OPENERS), { ...vars, due: monthName(d.dueC) })}${rng.chance(0.6) ? ` ${fill(rng.pick(GREEN_DETAIL[d.kind]), vars)}` : ''}`;
      progressUpdates.push({
        ActionCode: d.code,
        Period: ym(idx),
        Status: rating,
        ProgressPercent: value,
        Rating: rating,
        Commentary: commentary,
        NextSteps: rating === 'Complete' || rating === 'Closed' ? '' : fill(rng.pick(NEXT_STEPS[d.kind]), vars),
        Issues: rating === 'Amber' || rating === 'Red' ? issue : '',
        UpdatedBy: rng.chance(0.85) ? d.lead : rng.pick(PMO),
        UpdatedAt: instant(dayIn(idx, rng.int(20, 28)))
      });
      prevRating = rating;
    }
  }

  // The last update on an action is never older than its last monthly update. About one live
  // action in five has not had this month's update yet (the reminders and "Update due" in My
  // actions list them); the choice hangs on the code, so the rest of the demo stays as it is.
  const lastUpdate = new Map<string, string>();
  for (const u of progressUpdates) lastUpdate.set(u.ActionCode, maxIso(lastUpdate.get(u.ActionCode) ?? '', u.UpdatedAt));
  const live = (d: MainDraft): boolean => d.status === 'Green' || d.status === 'Amber' || d.status === 'Red';
  for (const d of mains) {
    const previous = lastUpdate.get(d.code);
    const notYetThisMonth = live(d) && previous !== undefined && codeShare(d.code) < UPDATES_OUTSTANDING_SHARE;
    const latest = notYetThisMonth ? (previous as string) : maxIso(d.action.LastUpdated, previous ?? '');
    for (const a of groups.get(d.code) as DemoAction[]) a.LastUpdated = latest;
  }

  // ---- Milestones ----------------------------------------------------------------------------
  const milestones: DemoMilestone[] = [];
  for (const d of mains) {
    const n = rng.int(1, 3);
    const titles = n === 1 ? [MILESTONES[d.kind][MILESTONES[d.kind].length - 1]] : rng.ordered(MILESTONES[d.kind], n);
    const dues = titles.map((_, j) => {
      const idx = d.s + Math.ceil(((j + 1) * (d.dueC - d.s)) / titles.length);
      return idx === d.dueC ? dayIn(idx, rng.int(10, daysIn(idx))) : dayIn(idx, rng.int(5, 28));
    });
    const lastPast = dues.filter((x) => x < today).length - 1;
    titles.forEach((title, j) => {
      const due = dues[j];
      const m: DemoMilestone = { ActionCode: d.code, Title: cap(fill(title, { topic: d.topic })), DueDate: due, MilestoneStatus: 'Planned' };
      const achieved = (): void => {
        m.MilestoneStatus = 'Achieved';
        m.CompletedDate = minIso(maxIso(addDays(due, -rng.int(0, 12)), firstOf(d.s)), today);
      };
      if (d.status === 'Complete') {
        achieved();
        m.CompletedDate = minIso(m.CompletedDate as string, lastOf(d.doneIdx as number));
      } else if (d.status === 'Closed') {
        if (due < firstOf(d.closedIdx as number)) achieved();
        else m.MilestoneStatus = 'Dropped';
      } else if (due < today) {
        if ((d.status === 'Amber' || d.status === 'Red' || d.status === 'OnHold') && j === lastPast) m.MilestoneStatus = 'Missed';
        else achieved();
      }
      milestones.push(m);
    });
  }

  // ---- Achievements: each month's updates name the milestones met and the work finished -----------
  const updateOf = new Map(progressUpdates.map((u) => [`${u.ActionCode} ${u.Period}`, u]));
  for (const m of milestones) {
    const u = m.MilestoneStatus === 'Achieved' && m.CompletedDate ? updateOf.get(`${m.ActionCode} ${m.CompletedDate.slice(0, 7)}`) : undefined;
    if (u) u.Achievements = [...(u.Achievements ?? []), `Milestone met: ${m.Title} (${fmtDate(m.CompletedDate as string)}).`];
  }
  for (const d of mains) {
    const u = d.status === 'Complete' ? updateOf.get(`${d.code} ${ym(d.doneIdx as number)}`) : undefined;
    if (u) u.Achievements = [...(u.Achievements ?? []), `Delivered: ${d.title}.`];
  }
  // Each theme reports something in its leads' own words every recent month: where no milestone
  // or completion gave a theme's month one, its first Green update names the stage reached. Chosen
  // by code, never by the generator, so the rest of the demo stays exactly as it was.
  const mainOf = new Map(mains.map((d) => [d.code, d]));
  const saidIn = new Set(progressUpdates.filter((u) => (u.Achievements ?? []).length > 0).map((u) => `${mainOf.get(u.ActionCode)?.theme.code} ${u.Period}`));
  for (const u of [...progressUpdates].sort((a, b) => a.ActionCode.localeCompare(b.ActionCode))) {
    const d = mainOf.get(u.ActionCode);
    const key = `${d?.theme.code} ${u.Period}`;
    if (!d || saidIn.has(key) || u.Rating !== 'Green' || u.ProgressPercent === 0 || u.Period < ym(T - 5)) continue;
    u.Achievements = [`${cap(d.topic)}: this month’s stage was delivered as planned, taking the work to ${u.ProgressPercent}% complete.`];
    saidIn.add(key);
  }

  // ---- Assurance actions on a sample of completed actions ---------------------------------------
  const changes: Array<Omit<DemoChange, 'Code'>> = [];
  const completed = rng.shuffle(mains.filter((m) => m.status === 'Complete' && (m.doneIdx as number) <= T - 2));
  const assuranceCount = Math.max(3, Math.round(total * 0.045));
  for (const d of completed.slice(0, assuranceCount)) {
    const done = d.doneIdx as number;
    const dueIdx = done + rng.int(3, 6);
    const startIdx = done + 1;
    const status: DemoStatus = dueIdx < T ? (rng.chance(0.8) ? 'Complete' : 'Amber') : startIdx <= T ? 'Green' : 'NotStarted';
    const lead = rng.chance(0.5) ? d.lead : LOGIN.lbrennan;
    const code = `${d.code}.AS1`;
    const commentary =
      status === 'Complete'
        ? `Assurance complete: a sample check in ${monthName(dueIdx)} found ${d.topic} in routine use. Reported to Audit and Governance Committee.`
        : status === 'Amber'
          ? `The assurance check found ${d.topic} is not yet used consistently in two directorates; follow-up agreed with the directors.`
          : status === 'Green'
            ? `Assurance review under way; evidence requested from directorates by ${monthName(dueIdx)}.`
            : `Assurance review starts in ${monthName(startIdx)}.`;
    const assurance: DemoAction = {
      Code: code,
      Title: cap(fill(rng.pick(ASSURANCE_TITLES), { topic: d.topic })),
      ActionKind: 'assurance',
      ThemeCode: d.theme.code,
      WorkstreamCode: d.ws,
      ParentCode: d.code,
      Lead: lead,
      Description: `Checks that the change delivered by ${d.code} has become business as usual, using evidence from the service and a sample test by internal audit.`,
      StartDate: firstOf(startIdx),
      BaselineDueDate: lastOf(dueIdx),
      CurrentDueDate: lastOf(dueIdx),
      DueDateText: monthName(dueIdx),
      Status: status,
      ProgressPercent:
        status === 'Complete'
          ? 100
          : status === 'Amber'
            ? clamp(elapsedPercent(firstOf(startIdx), lastOf(dueIdx)) - rng.int(5, 15), 5, 90)
            : status === 'Green'
              ? clamp(elapsedPercent(firstOf(startIdx), lastOf(dueIdx)) + rng.int(0, 10), 5, 95)
              : 0,
      Rating: status,
      Commentary: commentary,
      NextSteps: status === 'Complete' ? '' : status === 'Amber' ? 'Re-test in three months and report the result to the Improvement Panel.' : 'Complete the sample test and report the findings.',
      Issues: status === 'Amber' ? 'Inconsistent use in two directorates.' : '',
      EvidenceLinks: status === 'Complete' ? [{ title: `Assurance report for ${d.code}`, url: `${DOCS}/Assurance/${d.theme.code}/${slug(`${code} assurance report`)}.pdf` }] : [],
      ReprofileCount: 0,
      RecommendationRefs: [],
      RiskRefs: [],
      LastUpdated: lastUpdatedNow()
    };
    (groups.get(d.code) as DemoAction[]).push(assurance);
    const requestedAt = instant(dateIn(done, 5, 25));
    changes.push({
      Title: `Add assurance action ${code}`,
      ChangeType: 'newAssuranceAction',
      ActionCode: code,
      Rationale: `${d.code} is complete; an assurance action checks that ${d.topic} is embedded before the plan relies on it.`,
      RequestedBy: LOGIN.lbrennan,
      RequestedAt: requestedAt,
      Decision: 'Approved',
      DecidedBy: rng.pick(PMO),
      DecidedAt: maxIso(instant(minIso(addDays(requestedAt.slice(0, 10), rng.int(3, 12)), today)), requestedAt),
      NewValue: code
    });
  }

  // ---- Recommendations and risks linked to actions ---------------------------------------------
  for (const d of mains) {
    const candidates = RECOMMENDATIONS.filter((r) => r.areas.includes(d.ws)).map((r) => r.Code);
    if (candidates.length && rng.chance(0.72)) {
      const chosen = rng.ordered(candidates, candidates.length > 1 && rng.chance(0.3) ? 2 : 1);
      d.action.RecommendationRefs.push(...chosen);
    }
  }
  const openRisks = RISKS.map((r, i) => ({ ...r, code: `R${pad(i + 1)}` })).filter((r) => !r.closed);
  for (const d of mains) {
    const candidates = openRisks.filter((r) => r.areas.includes(d.ws)).map((r) => r.code);
    const p = d.status === 'Amber' || d.status === 'Red' ? 0.9 : 0.4;
    if (candidates.length && rng.chance(p)) d.action.RiskRefs.push(rng.pick(candidates));
  }
  // Every recommendation answered by at least three actions, every open risk linked to at least two.
  const topUp = (refs: (a: DemoAction) => string[], code: string, areasOf: string[], min: number): void => {
    const pool = rng.shuffle(mains.filter((m) => areasOf.includes(m.ws) && !refs(m.action).includes(code)));
    let have = mains.filter((m) => refs(m.action).includes(code)).length;
    for (const m of pool) {
      if (have >= min) break;
      refs(m.action).push(code);
      have++;
    }
  };
  // A recommendation with no areas is deliberately left unanswered (see RECOMMENDATIONS).
  for (const r of RECOMMENDATIONS) if (r.areas.length) topUp((a) => a.RecommendationRefs, r.Code, r.areas, 3);
  for (const r of openRisks) topUp((a) => a.RiskRefs, r.code, r.areas, 2);
  const recOrder = new Map(RECOMMENDATIONS.map((r, i) => [r.Code, i]));
  for (const d of mains) {
    d.action.RecommendationRefs.sort((a, b) => (recOrder.get(a) as number) - (recOrder.get(b) as number));
    d.action.RiskRefs.sort();
  }

  // ---- Change control ----------------------------------------------------------------------------
  const director = (d: MainDraft): string => LOGIN[d.theme.director];
  const decided = (requestedAt: string, minDays: number, maxDays: number): string => {
    const day = minIso(addDays(requestedAt.slice(0, 10), rng.int(minDays, maxDays)), today);
    const at = instant(day);
    return at > requestedAt ? at : requestedAt.replace(/T\d\d:\d\d/, 'T17:45');
  };
  for (const d of mains) {
    d.requests.forEach((req, k) => {
      const requestedAt = instant(dateIn(req, 3, 24));
      const [cause] = d.cause;
      changes.push({
        Title: `Revise the timescale for ${d.code}`,
        ChangeType: 'timescale',
        ActionCode: d.code,
        Rationale: d.status === 'Complete' || d.status === 'Green' ? `More time is needed for ${d.topic} because ${rng.pick(AMBER_CAUSES.filter((c) => !c[3] || c[3].includes(d.kind)))[0]}.` : `${cap(cause)}; the original date of ${fmtDate(lastOf(d.dueChain[k]))} cannot be met.`,
        RequestedBy: d.lead,
        RequestedAt: requestedAt,
        Decision: 'Approved',
        DecidedBy: rng.chance(0.7) || d.lead === director(d) ? PMO[0] : director(d),
        DecidedAt: decided(requestedAt, 4, 16),
        DecisionNote: rng.pick([
          `Approved at the ${monthName(req)} change control; both dates will be shown in the Cabinet report.`,
          'Approved. The baseline date is kept for reporting.',
          'Approved with a request for monthly checkpoints until the new date.',
          'Approved; the lead member has been informed.'
        ]),
        OldValue: lastOf(d.dueChain[k]),
        NewValue: lastOf(d.dueChain[k + 1])
      });
    });
    if (d.status === 'Closed') {
      const requestedAt = instant(dateIn(d.closedIdx as number, 2, 18));
      changes.push({
        Title: `Close ${d.code}`,
        ChangeType: 'closure',
        ActionCode: d.code,
        Rationale: d.action.ClosureRationale as string,
        RequestedBy: d.lead,
        RequestedAt: requestedAt,
        Decision: 'Approved',
        DecidedBy: d.lead === director(d) ? PMO[0] : director(d),
        DecidedAt: decided(requestedAt, 2, 9),
        DecisionNote: 'Closure agreed; the action stays visible in reports with its rationale.'
      });
    }
  }

  // A few other approved and rejected changes, and the queue waiting for the programme office.
  const pool = rng.shuffle(mains);
  const takeFrom = (test: (m: MainDraft) => boolean, count: number, used: Set<string>): MainDraft[] => {
    const out: MainDraft[] = [];
    for (const m of pool) {
      if (out.length >= count) break;
      if (!used.has(m.code) && test(m)) {
        out.push(m);
        used.add(m.code);
      }
    }
    return out;
  };
  const used = new Set<string>();
  const WIDER = [
    'Scope extended at the Improvement Panel\u2019s request to include adult social care.',
    'Now also covers the council\u2019s wholly owned companies.',
    'Wording updated to match the revised Direction from the Secretary of State.'
  ];
  for (const d of takeFrom((m) => m.status === 'Green' && m.s <= T - 6, 2, used)) {
    const old = d.action.Description;
    d.action.Description = `${old} ${rng.pick(WIDER)}`;
    const requestedAt = instant(dateIn(rng.int(d.s + 1, T - 2), 3, 24));
    changes.push({ Title: `Update the description of ${d.code}`, ChangeType: 'description', ActionCode: d.code, Rationale: 'The description no longer reflects the agreed scope.', RequestedBy: d.lead, RequestedAt: requestedAt, Decision: 'Approved', DecidedBy: PMO[0], DecidedAt: decided(requestedAt, 3, 10), OldValue: old, NewValue: d.action.Description });
  }
  const addedWs = workstreams.find((w) => w.Code === 'SD.D');
  if (addedWs) {
    const requestedAt = instant(dateIn(P + 2, 3, 20));
    changes.push({ Title: `Add area of focus ${addedWs.Code} ${addedWs.Title}`, ChangeType: 'newWorkstream', Rationale: 'Scrutiny and the Improvement Panel asked for regulator and inspection findings to be tracked in the plan.', RequestedBy: LOGIN.cwhitfield, RequestedAt: requestedAt, Decision: 'Approved', DecidedBy: LOGIN.hmarsh, DecidedAt: decided(requestedAt, 5, 14), DecisionNote: 'Approved by the leadership team and reported to Cabinet.', NewValue: `${addedWs.Code} ${addedWs.Title}` });
  }
  for (const d of takeFrom((m) => m.status !== 'NotStarted' && m.s >= P + 4 && m.s <= T - 1, 2, used)) {
    const requestedAt = instant(dateIn(d.s - 1, 3, 22));
    changes.push({ Title: `Add main action ${d.code}`, ChangeType: 'newMainAction', ActionCode: d.code, Rationale: `${cap(d.topic)} was identified as a gap at the quarterly review of the plan.`, RequestedBy: LOGIN[d.theme.director], RequestedAt: requestedAt, Decision: 'Approved', DecidedBy: PMO[0], DecidedAt: decided(requestedAt, 3, 12), NewValue: `${d.code} ${d.title}` });
  }
  for (const d of takeFrom((m) => (m.status === 'Green' || m.status === 'Amber') && (groups.get(m.code) as DemoAction[]).length >= 4 && m.s <= T - 3, 2, used)) {
    const sub = (groups.get(d.code) as DemoAction[]).filter((a) => a.ActionKind === 'sub').slice(-1)[0];
    const requestedAt = instant(dateIn(clamp(monthIndex(sub.StartDate) - 1, d.s, T - 1), 3, 22));
    changes.push({ Title: `Add sub-action ${sub.Code}`, ChangeType: 'newSubAction', ActionCode: sub.Code, Rationale: `A further step is needed to complete ${d.topic}.`, RequestedBy: d.lead, RequestedAt: requestedAt, Decision: 'Approved', DecidedBy: rng.pick(PMO), DecidedAt: decided(requestedAt, 2, 10), NewValue: sub.Title });
  }
  // Rejected request, then today's queue.
  for (const d of takeFrom((m) => m.status === 'Red' && m.mode === 'overdue' && m.dueC <= T - 2, 1, used)) {
    const requestedAt = instant(dateIn(d.dueC + 1, 3, 20));
    changes.push({ Title: `Revise the timescale for ${d.code}`, ChangeType: 'timescale', ActionCode: d.code, Rationale: `${cap(d.cause[0])}; a nine-month extension is requested.`, RequestedBy: d.lead, RequestedAt: requestedAt, Decision: 'Rejected', DecidedBy: d.lead === director(d) ? PMO[0] : director(d), DecidedAt: decided(requestedAt, 3, 10), DecisionNote: 'Rejected: bring a recovery plan with interim milestones rather than a later date.', OldValue: lastOf(d.dueC), NewValue: lastOf(d.dueC + 9) });
  }
  const pendingAt = (): string => instant(addDays(today, -rng.int(1, 18)));
  const pendingTimescale = takeFrom((m) => (m.status === 'Amber' || m.status === 'Red') && m.mode === 'overdue' && m.requests.length === 0, Math.max(4, Math.round(total / 38)), used);
  for (const d of pendingTimescale) {
    // An Amber action asks for a date within the policy's Amber band (60 days); a Red one needs longer.
    const newDue = d.status === 'Amber' ? dayIn(d.dueC + 2, 15) : lastOf(Math.max(d.dueC + 2, T + rng.int(2, 5)));
    d.action.ForecastDate = newDue;
    d.action.NextSteps = `${d.action.NextSteps} Revised date of ${fmtDate(newDue)} requested at change control.`.trim();
    changes.push({ Title: `Revise the timescale for ${d.code}`, ChangeType: 'timescale', ActionCode: d.code, Rationale: `${cap(d.cause[0])}. ${fill(d.cause[2], textVars(d))}`, RequestedBy: d.lead, RequestedAt: pendingAt(), Decision: 'Pending', OldValue: lastOf(d.dueC), NewValue: newDue });
  }
  for (const d of takeFrom((m) => m.status === 'Green', 1, used)) {
    changes.push({ Title: `Update the description of ${d.code}`, ChangeType: 'description', ActionCode: d.code, Rationale: 'The lead member asked for the description to name the outcome residents will see.', RequestedBy: d.lead, RequestedAt: pendingAt(), Decision: 'Pending', OldValue: d.action.Description, NewValue: `${d.action.Description} Residents should see the difference within a year of completion.` });
  }
  for (const d of takeFrom((m) => m.status === 'OnHold', 1, used)) {
    changes.push({ Title: `Close ${d.code}`, ChangeType: 'closure', ActionCode: d.code, Rationale: 'On hold for several months; the outcome will now be delivered through the Future Northmoor operating model.', RequestedBy: LOGIN[d.theme.director], RequestedAt: pendingAt(), Decision: 'Pending' });
  }

  const changeLog: DemoChange[] = changes
    .sort((a, b) => (a.RequestedAt < b.RequestedAt ? -1 : a.RequestedAt > b.RequestedAt ? 1 : (a.ActionCode ?? '').localeCompare(b.ActionCode ?? '')))
    .map((c, i) => ({ Code: `CR${pad(i + 1).padStart(3, '0')}`, ...c }));

  // ---- Themes, with ratings rolled up from their actions -----------------------------------------
  const themes: DemoTheme[] = NORTHMOOR_THEMES.map((t, i) => {
    const own = mains.filter((m) => m.theme.code === t.code);
    const by = (s: DemoStatus): MainDraft[] => own.filter((m) => m.action.Rating === s);
    const red = by('Red');
    const amber = by('Amber');
    const complete = own.filter((m) => m.status === 'Complete').length;
    const green = own.filter((m) => m.action.Rating === 'Green').length;
    const list = (ms: MainDraft[]): string => ms.slice(0, 4).map((m) => `${m.code} ${m.topic}`).join('; ') + (ms.length > 4 ? `; and ${ms.length - 4} more` : '');
    const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
    // The programme office reports the rating the plan's roll-up gives, in its own words.
    const themeActions = own.flatMap((m) => groups.get(m.code) as DemoAction[]);
    const rollup = rollUp(themeActions.map((a) => ({ rating: demoRatingShown(a, today), critical: a.Critical === true })), DEFAULT_ROLLUP_METHOD);
    const rating: DemoRag = rollup.rating === 'Red' ? 'Red' : rollup.rating === 'Amber' ? 'Amber' : 'Green';
    const criticalRed = own.find((m) => m.action.Critical === true && m.action.Rating === 'Red');
    const redPart = red.length ? `${n(red.length, 'action is', 'actions are')} Red (${list(red)})` : '';
    const amberPart = amber.length ? `${n(amber.length, 'action is', 'actions are')} Amber (${list(amber)})` : '';
    const reason =
      rating === 'Red' && criticalRed
        ? `Red: ${criticalRed.code} ${criticalRed.topic}, which the plan cannot do without, is Red because ${criticalRed.cause[0]}. The director has a recovery plan in front of the Improvement Panel.${amberPart ? ` Elsewhere ${amberPart}.` : ''}`
        : rating === 'Red'
        ? `Red: significant slippage in this theme. ${cap(redPart)}${amberPart ? `, and ${amberPart.replace(/^(\d+) actions? (is|are)/, '$1 more $2')}` : ''}. The director has asked for recovery plans.`
        : rating === 'Amber' && (redPart || amberPart)
          ? `Amber: progress is being made across the areas of focus, but ${[redPart, amberPart].filter(Boolean).join(' and ')}. Revised dates are being taken through change control.`
          : rating === 'Amber'
            ? 'Amber: the main actions are on track, but a quarter of the open steps beneath them are behind plan. Revised dates are being taken through change control.'
          : `Green: progress is being made across all areas of focus${amberPart ? `; ${amberPart}, managed through change control` : ''}.`;
    const other = own.length - complete - green - amber.length - red.length;
    const recent = own.filter((m) => m.status === 'Complete' && (m.doneIdx as number) >= T - 3).sort((x, y) => (y.doneIdx as number) - (x.doneIdx as number));
    const ownCodes = new Set(own.map((m) => m.code));
    const upcoming = milestones
      .filter((m) => ownCodes.has(m.ActionCode) && m.MilestoneStatus === 'Planned' && m.DueDate >= today && m.DueDate <= lastOf(T + 2))
      .sort((x, y) => x.DueDate.localeCompare(y.DueDate))
      .slice(0, 3);
    return {
      Code: t.code,
      Title: t.title,
      LeadDirector: LOGIN[t.director],
      Description: t.description,
      SortOrder: i + 1,
      ThemeRating: rating,
      ThemeRatingReason: reason,
      Summary: [
        t.summary,
        `Of ${own.length} main actions, ${complete} ${complete === 1 ? 'is' : 'are'} complete, ${green} on track, ${amber.length} Amber and ${red.length} Red${other > 0 ? `; ${other} not started, on hold or closed` : ''}.`,
        recent.length ? `Completed recently: ${recent.slice(0, 3).map((m) => `${m.code} ${m.topic} (${monthName(m.doneIdx as number)})`).join('; ')}.` : '',
        upcoming.length ? `Coming up: ${upcoming.map((m) => `${m.Title} (${fmtDate(m.DueDate)})`).join('; ')}.` : ''
      ]
        .filter(Boolean)
        .join(' ')
    };
  });

  const risks: DemoRisk[] = RISKS.map((r, i) => ({
    Code: `R${pad(i + 1)}`,
    Title: r.title,
    ThemeCode: r.theme,
    Owner: LOGIN[r.owner],
    Description: r.description,
    InherentLikelihood: r.scores[0][0],
    InherentImpact: r.scores[0][1],
    ResidualLikelihood: r.scores[1][0],
    ResidualImpact: r.scores[1][1],
    TargetLikelihood: r.scores[2][0],
    TargetImpact: r.scores[2][1],
    MitigatingActions: r.mitigation,
    // The trend follows the monthly reviews (November against October), not the content's own word.
    Trend: demoTrend(`R${pad(i + 1)}`),
    RiskStatus: r.closed ? 'Closed' : 'Open'
  }));

  return {
    users: DEMO_USERS.map((u) => ({ ...u })),
    themes,
    workstreams,
    actions: mains.flatMap((m) => groups.get(m.code) as DemoAction[]),
    progressUpdates,
    milestones,
    risks,
    recommendations: RECOMMENDATIONS.map((r) => {
      const { SourceDocument, issued } = recommendationDoc(r);
      const issuedOn = dayIn(P + issued[0], issued[1]);
      // An annual report covers the financial year that ended before it was issued.
      const year = Number(issuedOn.slice(0, 4)) - (Number(issuedOn.slice(5, 7)) < 4 ? 1 : 0);
      const document = SourceDocument.replace('{year}', `${year - 1}/${String(year % 100).padStart(2, '0')}`);
      return { Code: r.Code, Title: r.Title, Source: r.Source, Description: r.Description, SourceDocument: document, IssuedOn: issuedOn, Statutory: r.statutory === true };
    }),
    changeLog,
    riskReviews: demoRiskReviews(risks.map((r) => r.Code), PMO[0])
  };
}
