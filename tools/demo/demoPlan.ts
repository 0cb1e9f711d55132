import type { DemoAction, DemoChange, DemoMilestone, DemoPlan, DemoProgressUpdate, DemoStatus, DemoUser } from './demoTypes';
import { COMMENTARY, NEXT_STEPS, NORTHMOOR_THEMES, RECOMMENDATIONS, RISKS, SUB_STEPS } from './demoContent';

/** Deterministic pseudo-random numbers (mulberry32), so the demo is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN = 'northmoor.gov.uk';
const person = (first: string, last: string, permission: DemoUser['permission'], persona: DemoUser['persona']): DemoUser => {
  const login = `${first[0].toLowerCase()}.${last.toLowerCase().replace(/[^a-z]/g, '')}@${DOMAIN}`;
  return { login, displayName: `${first} ${last}`, email: login, permission, persona };
};

/** Everyone in the demo: the site owner, the programme office, directors, action owners and councillors. */
export const DEMO_USERS: DemoUser[] = [
  { login: `admin@${DOMAIN}`, displayName: 'Site Administrator', email: `admin@${DOMAIN}`, permission: 'FullControl', persona: 'owner' },
  person('Priya', 'Shah', 'FullControl', 'pmo'),
  person('Tom', 'Okafor', 'FullControl', 'pmo'),
  person('Helen', 'Marsh', 'Contribute', 'director'),
  person('Kwame', 'Boateng', 'Contribute', 'director'),
  person('Siobhan', 'Keane', 'Contribute', 'director'),
  person('Rajesh', 'Iyer', 'Contribute', 'director'),
  person('Claire', 'Whitfield', 'Contribute', 'director'),
  person('Imran', 'Qureshi', 'Contribute', 'director'),
  person('Gwen', 'Pritchard', 'Contribute', 'director'),
  person('Aisha', 'Bello', 'Contribute', 'staff'),
  person('Daniel', 'Frost', 'Contribute', 'staff'),
  person('Mei', 'Chen', 'Contribute', 'staff'),
  person('Oliver', 'Grant', 'Contribute', 'staff'),
  person('Fatima', 'Rahman', 'Contribute', 'staff'),
  person('Gareth', 'Lloyd', 'Contribute', 'staff'),
  person('Hannah', 'Novak', 'Contribute', 'staff'),
  person('Ibrahim', 'Sesay', 'Contribute', 'staff'),
  person('Joanne', 'Whitaker', 'Contribute', 'staff'),
  person('Lukas', 'Brennan', 'Contribute', 'staff'),
  person('Nadia', 'Kowalski', 'Contribute', 'staff'),
  person('Samuel', 'Adeyemi', 'Contribute', 'staff'),
  person('Margaret', 'Holloway', 'Read', 'member'),
  person('Arjun', 'Mehta', 'Read', 'member'),
  person('Bethan', 'Rhys', 'Read', 'member')
];

const LEAD_MEMBERS = ['Leader of the Council', 'Portfolio Holder for Resources', 'Portfolio Holder for Housing', 'Portfolio Holder for Communities', 'Deputy Leader'];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const monthText = (iso: string): string => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const endOfMonth = (iso: string): string => {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};

/** Options of {@link buildDemoPlan}. */
export interface DemoPlanOptions {
  /** The demo's today (YYYY-MM-DD): decides what is overdue. */
  today: string;
  seed?: number;
  /** Scale the number of main actions (benchmarks use 400). */
  scale?: { mainActions?: number };
}

/**
 * Builds the demo plan of Northmoor Borough Council: the seven Best Value themes with areas of
 * focus, main actions with sub-actions, a year of monthly progress, milestones, risks,
 * recommendations and change control. Deterministic for a given `today` and `seed`.
 */
export function buildDemoPlan(options: DemoPlanOptions): DemoPlan {
  const rand = random(options.seed ?? 20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const today = options.today;
  const planStart = addDays(today, -420);
  const directors = DEMO_USERS.filter((u) => u.persona === 'director');
  const staff = DEMO_USERS.filter((u) => u.persona === 'staff');
  const pmo = DEMO_USERS.filter((u) => u.persona === 'pmo');

  const themes = NORTHMOOR_THEMES.map((t, i) => ({
    Code: t.code,
    Title: t.title,
    LeadDirector: directors[i % directors.length].login,
    Description: t.description,
    SortOrder: i + 1,
    ThemeRatingReason: t.summary,
    Summary: t.summary
  }));
  const workstreams = NORTHMOOR_THEMES.flatMap((t, i) =>
    t.areas.map((a, w) => ({
      Code: `${t.code}.${String.fromCharCode(65 + w)}`,
      Title: a.title,
      ThemeCode: t.code,
      Lead: directors[i % directors.length].login,
      Description: `${a.title}: ${t.description}`,
      Outcomes: a.outcomes
    }))
  );

  // Base deliverables, then "embed and assure" follow-ups, until the requested scale is reached.
  const bases = NORTHMOOR_THEMES.flatMap((t) => t.areas.flatMap((a, w) => a.actions.map(([title, topic]) => ({ theme: t.code, ws: `${t.code}.${String.fromCharCode(65 + w)}`, title, topic }))));
  const target = options.scale?.mainActions ?? bases.length * 2;
  const mainsSpec = Array.from({ length: target }, (_, i) => {
    const base = bases[i % bases.length];
    const round = Math.floor(i / bases.length);
    const title = round === 0 ? base.title : round === 1 ? `Embed and assure ${base.topic}` : `Review ${base.topic} (cycle ${round})`;
    return { ...base, title };
  });

  const actions: DemoAction[] = [];
  const progressUpdates: DemoProgressUpdate[] = [];
  const milestones: DemoMilestone[] = [];
  const changeLog: DemoChange[] = [];
  const numberInWs = new Map<string, number>();
  const statusMix: Array<[DemoStatus, number]> = [['Green', 0.55], ['Amber', 0.18], ['Red', 0.08], ['Complete', 0.12], ['NotStarted', 0.04], ['OnHold', 0.02], ['Closed', 0.01]];
  const drawStatus = (): DemoStatus => {
    let r = rand();
    for (const [s, p] of statusMix) {
      if ((r -= p) <= 0) return s;
    }
    return 'Green';
  };

  for (const spec of mainsSpec) {
    const n = (numberInWs.get(spec.ws) ?? 0) + 1;
    numberInWs.set(spec.ws, n);
    const code = `${spec.ws}${n}`;
    const status = drawStatus();
    const start = addDays(planStart, Math.floor(rand() * 200));
    let baseline = endOfMonth(addDays(start, 120 + Math.floor(rand() * 600)));
    if (status === 'Red' && rand() < 0.6) baseline = endOfMonth(addDays(today, -30 - Math.floor(rand() * 90)));
    if (status === 'Amber' && rand() < 0.4) baseline = endOfMonth(addDays(today, -Math.floor(rand() * 25)));
    if (status === 'Complete') baseline = endOfMonth(addDays(today, -Math.floor(rand() * 200)));
    // On-track, not-started and paused actions are not yet due: only Amber and Red ones are late.
    if ((status === 'Green' || status === 'NotStarted' || status === 'OnHold') && baseline < addDays(today, 45)) baseline = endOfMonth(addDays(today, 45 + Math.floor(rand() * 500)));
    const reprofiled = (status === 'Amber' || status === 'Red') && rand() < 0.35;
    const current = reprofiled ? endOfMonth(addDays(baseline, 90)) : baseline;
    const progress = status === 'Complete' ? 100 : status === 'NotStarted' ? 0 : Math.min(95, 10 + Math.floor(rand() * 80));
    const lead = pick(staff).login;
    const rec = RECOMMENDATIONS[actions.length % RECOMMENDATIONS.length][0];
    const risk = `R${String(1 + (actions.length % RISKS.length)).padStart(2, '0')}`;
    actions.push({
      Code: code,
      Title: spec.title,
      ActionKind: 'main',
      ThemeCode: spec.theme,
      WorkstreamCode: spec.ws,
      Lead: lead,
      LeadMember: pick(LEAD_MEMBERS),
      Description: `Deliver ${spec.topic} as part of the ${spec.ws} area of focus.`,
      StartDate: start,
      BaselineDueDate: baseline,
      CurrentDueDate: current,
      DueDateText: monthText(current),
      Status: status,
      ProgressPercent: progress,
      Rating: status,
      RiskRating: status === 'Red' ? 'Red' : status === 'Amber' ? 'Amber' : 'Green',
      Commentary: pick(COMMENTARY[status]),
      NextSteps: status === 'Complete' || status === 'Closed' ? '' : pick(NEXT_STEPS),
      Issues: status === 'Red' ? 'Resourcing gap reported to the director.' : '',
      EvidenceLinks: status === 'Complete' ? [{ title: `Evidence pack for ${code}`, url: `https://northmoor.sharepoint.com/sites/improvement/Shared%20Documents/Evidence/${code}.pdf` }] : [],
      ReprofileCount: reprofiled ? 1 : 0,
      ClosureRationale: status === 'Closed' ? 'Superseded by the new corporate plan.' : undefined,
      RecommendationRefs: [rec],
      RiskRefs: [risk],
      LastUpdated: `${addDays(today, -Math.floor(rand() * 40))}T09:30:00Z`
    });
    if (reprofiled) {
      changeLog.push({
        Code: `CR${String(changeLog.length + 1).padStart(3, '0')}`,
        Title: `Reprofile ${code}`,
        ChangeType: 'timescale',
        ActionCode: code,
        Rationale: 'Capacity and dependencies mean the original date cannot be met.',
        RequestedBy: lead,
        RequestedAt: `${addDays(today, -60)}T10:00:00Z`,
        Decision: 'Approved',
        DecidedBy: pmo[0].login,
        DecidedAt: `${addDays(today, -50)}T10:00:00Z`,
        OldValue: baseline,
        NewValue: current
      });
    }
    const steps = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < steps; s++) {
      const subDue = endOfMonth(addDays(start, Math.round(((s + 1) / steps) * (Date.parse(current) - Date.parse(start)) / 86400000)));
      // Steps already due are done, except on actions that are genuinely behind.
      const done = status === 'Complete' || (subDue < today && status !== 'Red' && status !== 'Amber') || (s === 0 && status !== 'NotStarted');
      const subStatus: DemoStatus = done ? 'Complete' : status;
      actions.push({
        Code: `${code}.${s + 1}`,
        Title: SUB_STEPS[s % SUB_STEPS.length].replace('{topic}', spec.topic),
        ActionKind: 'sub',
        ThemeCode: spec.theme,
        WorkstreamCode: spec.ws,
        ParentCode: code,
        Lead: lead,
        Description: '',
        StartDate: start,
        BaselineDueDate: subDue,
        CurrentDueDate: subDue,
        Status: subStatus,
        ProgressPercent: subStatus === 'Complete' ? 100 : progress,
        Rating: subStatus,
        Commentary: pick(COMMENTARY[subStatus]),
        NextSteps: '',
        Issues: '',
        EvidenceLinks: [],
        ReprofileCount: 0,
        RecommendationRefs: [],
        RiskRefs: [],
        LastUpdated: `${addDays(today, -Math.floor(rand() * 40))}T09:30:00Z`
      });
    }
    milestones.push({
      ActionCode: code,
      Title: `Cabinet decision on ${spec.topic}`,
      DueDate: addDays(baseline, -30),
      CompletedDate: status === 'Complete' ? addDays(baseline, -35) : undefined,
      MilestoneStatus: status === 'Complete' ? 'Achieved' : addDays(baseline, -30) < today ? 'Missed' : 'Planned'
    });
    // A year of monthly updates: progress climbs to today's figure; ratings drift into today's.
    for (let m = 12; m >= 1; m--) {
      const period = addDays(`${today.slice(0, 7)}-15`, -30 * m).slice(0, 7);
      if (`${period}-28` < start) continue;
      const share = (13 - m) / 12;
      const rating: DemoStatus = m > 3 && (status === 'Amber' || status === 'Red') ? 'Green' : m > 1 && status === 'Red' ? 'Amber' : status === 'Complete' && m > 1 ? 'Green' : status;
      progressUpdates.push({
        ActionCode: code,
        Period: period,
        Status: rating,
        ProgressPercent: Math.round(progress * share),
        Rating: rating,
        Commentary: pick(COMMENTARY[rating]),
        NextSteps: pick(NEXT_STEPS),
        Issues: '',
        UpdatedBy: lead,
        UpdatedAt: `${period}-20T12:00:00Z`
      });
    }
  }
  // Requests waiting for the programme office.
  const waiting = actions.filter((a) => a.ActionKind === 'main' && (a.Status === 'Amber' || a.Status === 'Red') && a.ReprofileCount === 0).slice(0, 6);
  for (const a of waiting) {
    changeLog.push({
      Code: `CR${String(changeLog.length + 1).padStart(3, '0')}`,
      Title: `Reprofile ${a.Code}`,
      ChangeType: 'timescale',
      ActionCode: a.Code,
      Rationale: 'The lead asks for three more months because of the delays in the commentary.',
      RequestedBy: a.Lead,
      RequestedAt: `${addDays(today, -5)}T10:00:00Z`,
      Decision: 'Pending',
      OldValue: a.CurrentDueDate,
      NewValue: endOfMonth(addDays(a.CurrentDueDate, 90))
    });
  }
  return {
    users: DEMO_USERS,
    themes,
    workstreams,
    actions,
    progressUpdates,
    milestones,
    risks: RISKS.map(([title, description, mitigation], i) => ({
      Code: `R${String(i + 1).padStart(2, '0')}`,
      Title: title,
      ThemeCode: NORTHMOOR_THEMES[i % NORTHMOOR_THEMES.length].code,
      Owner: directors[i % directors.length].login,
      Description: description,
      InherentLikelihood: 3 + (i % 2),
      InherentImpact: 4,
      ResidualLikelihood: 1 + (i % 4),
      ResidualImpact: 2 + (i % 3),
      TargetLikelihood: 1,
      TargetImpact: 2,
      MitigatingActions: mitigation,
      Trend: (['Improving', 'Stable', 'Worsening', 'New'] as const)[i % 4],
      RiskStatus: 'Open'
    })),
    recommendations: RECOMMENDATIONS.map(([code, source, title]) => ({ Code: code, Source: source, Title: title, Description: title })),
    changeLog
  };
}
