/**
 * Writes the demo plan (tools/demo) into a provisioned site through SharePoint REST: adds in
 * batches of {@link SEED_BATCH_SIZE}, codes resolved to lookup ids, logins to site user ids. The
 * demo's spellings follow the first schema draft (Status 'Green', change type 'timescale', source
 * 'External auditor'); they are translated here to the domain's, which the lists now store.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { Action, ChangeType, Person, RecommendationSource } from '../../src/domain';
import { actionToValues, milestoneToValues, recommendationToValues, riskToValues, themeToValues, workstreamToValues, writeDay, writeJsonArray, writeRefs } from '../../src/data/mapping';
import { siteDaysFor } from '../../src/data/repositories/siteTimeZone';
import { UserIdCache } from '../../src/data/repositories/userIds';
import { ActionProgressWriter } from '../../src/data/repositories/actionProgressWriter';
import { splitActionValues } from '../../src/data/mapping/actionProgress';
import { seedPlanDetails } from './seedPlanDetails';
import {
  ACTION_PROGRESS_LIST, ACTIONS_LIST, CHANGE_LOG_LIST, MILESTONES_LIST, PROGRESS_UPDATES_LIST, RECOMMENDATIONS_LIST, RISK_REVIEWS_LIST, RISKS_LIST, THEMES_LIST,
  WORKSTREAMS_LIST
} from '../../src/data/schema/planLists';
import { demoIssues, demoStatus } from '../demo/demoRating';
import type { DemoAction, DemoChange, DemoPlan, DemoRecommendation, DemoRisk, DemoStatus } from '../demo/demoTypes';

/** Adds per `$batch` POST: large enough to seed in seconds, small enough for one request body. */
export const SEED_BATCH_SIZE = 100;

type Row = Record<string, unknown>;

/** True once the themes list has an item: seeding runs only on an empty plan. */
export async function isPlanSeeded(sp: SPFI): Promise<boolean> {
  const rows = await sp.web.lists.getByTitle(THEMES_LIST).items.select('Id').top(1)<Array<{ Id: number }>>();
  return rows.length > 0;
}

/**
 * Adds rows to a list in batches and returns the new item ids in row order. Batch parts are
 * independent in SharePoint, so the first failure is thrown once every part has settled.
 */
export async function addInBatches(sp: SPFI, listTitle: string, rows: readonly Row[], batchSize = SEED_BATCH_SIZE): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const [batched, execute] = sp.batched({ maxRequests: batchSize });
    const list = batched.web.lists.getByTitle(listTitle);
    const settled = Promise.allSettled(rows.slice(start, start + batchSize).map((row) => list.items.add(row) as Promise<{ Id: number }>));
    await execute();
    for (const r of await settled) {
      if (r.status === 'rejected') throw r.reason;
      ids.push(r.value.Id);
    }
  }
  return ids;
}

/** Updates items (id -> values) in batches. */
async function updateInBatches(sp: SPFI, listTitle: string, updates: ReadonlyArray<[number, Row]>): Promise<void> {
  for (let start = 0; start < updates.length; start += SEED_BATCH_SIZE) {
    const [batched, execute] = sp.batched({ maxRequests: SEED_BATCH_SIZE });
    const list = batched.web.lists.getByTitle(listTitle);
    const settled = Promise.allSettled(updates.slice(start, start + SEED_BATCH_SIZE).map(([id, values]) => list.items.getById(id).update(values)));
    await execute();
    for (const r of await settled) if (r.status === 'rejected') throw r.reason;
  }
}

export { demoStatus } from '../demo/demoRating';

const SOURCES: Readonly<Record<DemoRecommendation['Source'], RecommendationSource>> = {
  'External auditor': 'ExternalAuditor',
  'LGA peer challenge': 'LGAPeerChallenge',
  'CIPFA review': 'CIPFA',
  Direction: 'Direction',
  'Best Value Notice': 'BestValueNotice'
};

/** `timescale` -> `Timescale`, `newMainAction` -> `NewMainAction`. */
export function demoChangeType(type: DemoChange['ChangeType']): ChangeType {
  return (type.charAt(0).toUpperCase() + type.slice(1)) as ChangeType;
}

const CHANGED_FIELD: Readonly<Record<ChangeType, string>> = {
  Description: 'description',
  Timescale: 'currentDueDate',
  Closure: 'status',
  NewWorkstream: 'title',
  NewMainAction: 'title',
  NewSubAction: 'title',
  NewAssuranceAction: 'title'
};

/**
 * The residual score at the last closed period: the risk's latest review before this month's, so
 * the register's own column agrees with its history (absent for a risk first reviewed this month).
 */
function previousResidual(risk: DemoRisk, plan: DemoPlan): { likelihood: number; impact: number } | undefined {
  const reviews = (plan.riskReviews ?? []).filter((r) => r.RiskCode === risk.Code).sort((a, b) => a.Period.localeCompare(b.Period));
  const before = reviews[reviews.length - 2];
  return before ? { likelihood: before.Likelihood, impact: before.Impact } : undefined;
}

/** Depth in the action tree, so parents are always written before their children. */
function depthOf(action: DemoAction, byCode: ReadonlyMap<string, DemoAction>): number {
  let depth = 0;
  for (let a: DemoAction | undefined = action; a?.ParentCode; a = byCode.get(a.ParentCode)) depth += 1;
  return depth;
}

const instantOfDay = (day: string | undefined): string | null => (day ? `${day.slice(0, 10)}T09:00:00Z` : null);

/** Options of {@link seedDemoPlan}. */
export interface SeedOptions {
  /**
   * Stores the past year's progress updates as SharePoint would hold them had they been saved on
   * their dates: created then, by their submitter (the emulator's bulk insert can do this; REST
   * cannot set Created or Author). Without it they are added over REST by the seeding account,
   * dated today, and the app shows "recorded by" that account.
   */
  pastUpdates?: (rows: Row[]) => number[];
  /**
   * Stores the risk reviews as recorded on their days, likewise. Without it they are added over
   * REST today, after the months they review were closed, so the register keeps them out of
   * those closed months' record and shows only the latest.
   */
  pastRiskReviews?: (rows: Row[]) => number[];
}

/**
 * Writes the demo plan. Call it only when {@link isPlanSeeded} is false: it adds, it does not
 * match existing items. Returns how many items each list received.
 */
export async function seedDemoPlan(
  sp: SPFI,
  plan: DemoPlan,
  log: (message: string) => void = () => undefined,
  options: SeedOptions = {}
): Promise<{ created: Record<string, number> }> {
  const created: Record<string, number> = {};
  // Date-only columns hold midnight in the site's time zone, so days are written in it.
  const days = await siteDaysFor(sp);
  const users = new UserIdCache(sp);
  const person = (login: string | undefined) => {
    const u = plan.users.find((x) => x.login.toLowerCase() === (login ?? '').toLowerCase());
    return u ? { displayName: u.displayName, email: u.email, login: u.login } : login ? { displayName: login, login } : undefined;
  };
  await users.prepare(plan.users.map((u) => person(u.login)));
  const userId = (login: string | undefined): number | null => {
    const p = person(login);
    return p ? users.idOf(p) : null;
  };
  const nameOf = (login: string | undefined): string | null => person(login)?.displayName ?? null;
  const pmo = plan.users.find((u) => u.persona === 'pmo') ?? plan.users.find((u) => u.persona === 'owner');
  const pmoPerson = person(pmo?.login);
  const add = async (key: string, list: string, rows: Row[]): Promise<number[]> => {
    const ids = await addInBatches(sp, list, rows);
    created[key] = ids.length;
    log(`${ids.length} ${key}`);
    return ids;
  };
  const index = <T>(items: readonly T[], codeOf: (t: T) => string, ids: readonly number[]) => new Map(items.map((t, i) => [codeOf(t), ids[i]]));

  // Themes, workstreams, recommendations and risks become domain objects, written by the same
  // mappers as every other write of them.
  const personOrName = (login: string): Person => person(login) ?? { displayName: login };
  const themeIds = index(plan.themes, (t) => t.Code, await add('themes', THEMES_LIST, plan.themes.map((t) => themeToValues({
    id: '', code: t.Code, name: t.Title, description: t.Description, summary: t.Summary, leadDirector: personOrName(t.LeadDirector), order: t.SortOrder,
    reportedRating: { rating: t.ThemeRating, reason: t.ThemeRatingReason }
  }, users.idOf))));
  const wsIds = index(plan.workstreams, (w) => w.Code, await add('workstreams', WORKSTREAMS_LIST, plan.workstreams.map((w, i) => workstreamToValues({
    id: '', code: w.Code, themeCode: w.ThemeCode, name: w.Title, description: w.Description, ...(person(w.Lead) ? { lead: person(w.Lead) } : {}),
    outcomes: w.Outcomes.split(/\r?\n/).filter((o) => o.trim()), order: i + 1
  }, themeIds.get(w.ThemeCode) ?? null, users.idOf))));
  const recIds = index(plan.recommendations, (r) => r.Code, await add('recommendations', RECOMMENDATIONS_LIST, plan.recommendations.map((r) => recommendationToValues({
    id: '', reference: r.Code, title: r.Title, source: SOURCES[r.Source], sourceDocument: r.SourceDocument, issuedOn: r.IssuedOn, text: r.Description, statutory: r.Statutory
  }, days))));
  const riskIds = index(plan.risks, (r) => r.Code, await add('risks', RISKS_LIST, plan.risks.map((r) => {
    const prev = previousResidual(r, plan);
    return riskToValues({
      id: '', reference: r.Code, title: r.Title, description: r.Description, owner: personOrName(r.Owner), themeCode: r.ThemeCode,
      inherent: { likelihood: r.InherentLikelihood, impact: r.InherentImpact },
      residual: { likelihood: r.ResidualLikelihood, impact: r.ResidualImpact },
      target: { likelihood: r.TargetLikelihood, impact: r.TargetImpact },
      ...(prev ? { previousResidual: prev } : {}),
      mitigations: r.MitigatingActions.split(/\r?\n|;\s*/).filter((m) => m.trim()).map((m) => ({ description: m.trim(), done: false })),
      actionIds: [],
      status: r.RiskStatus
    }, themeIds.get(r.ThemeCode) ?? null, users.idOf, days);
  })));

  // Each risk's monthly reviews, recorded on their review days (before each month was closed).
  const reviews = (plan.riskReviews ?? []).filter((r) => riskIds.has(r.RiskCode));
  const reviewRows = reviews.map((r) => ({
    Title: `${r.Period}: ${r.Likelihood} x ${r.Impact}`, RiskId: riskIds.get(r.RiskCode) as number, PeriodKey: r.Period, Likelihood: r.Likelihood, Impact: r.Impact,
    ReviewedOn: writeDay(r.ReviewedOn, days), ReviewedById: userId(r.ReviewedBy), ReviewedByName: nameOf(r.ReviewedBy), ReviewNote: r.Note
  }));
  const reviewCount = options.pastRiskReviews
    ? options.pastRiskReviews(reviewRows.map((r, i) => ({ ...r, Created: `${reviews[i].ReviewedOn}T10:00:00Z`, ...(typeof r.ReviewedById === 'number' ? { AuthorId: r.ReviewedById } : {}) }))).length
    : (await addInBatches(sp, RISK_REVIEWS_LIST, reviewRows)).length;
  created.riskReviews = reviewCount;
  log(`${reviewCount} riskReviews`);

  // Actions level by level: a sub-action's ParentActionId needs its parent's id.
  const byCode = new Map(plan.actions.map((a) => [a.Code, a]));
  const actionIds = new Map<string, number>();
  const levels = new Map<number, DemoAction[]>();
  for (const a of plan.actions) levels.set(depthOf(a, byCode), [...(levels.get(depthOf(a, byCode)) ?? []), a]);
  for (const depth of [...levels.keys()].sort((x, y) => x - y)) {
    const level = levels.get(depth) as DemoAction[];
    const rows = level.map((a) => splitActionValues(actionRow(a)));
    const ids = await addInBatches(sp, ACTIONS_LIST, rows.map((r) => r.definition));
    await addInBatches(sp, ACTION_PROGRESS_LIST, rows.map((r, i) => ({ ...r.progress, ActionId: ids[i] })));
    level.forEach((a, i) => actionIds.set(a.Code, ids[i]));
  }
  created.actions = actionIds.size;
  log(`${actionIds.size} actions`);
  // Each lead may update their own action's progress, and nobody else's (the programme office aside).
  await new ActionProgressWriter(sp).grant(
    plan.actions.map((a) => ({ actionId: actionIds.get(a.Code) as number, editorIds: [userId(a.Lead)].filter((id): id is number => typeof id === 'number') }))
  );

  // The demo's actions become domain actions, written by the same mapping as every other save.
  function actionRow(a: DemoAction): Row {
    const lastUpdated = new Date(instantOfDay(a.LastUpdated) as string);
    return {
      ...actionToValues(
        demoAction(a),
        { themeId: themeIds.get(a.ThemeCode) ?? null, workstreamId: wsIds.get(a.WorkstreamCode) ?? null, parentId: a.ParentCode ? (actionIds.get(a.ParentCode) ?? null) : null },
        users.idOf,
        days,
        { lastUpdated }
      ),
      LeadMember: a.LeadMember ?? null
    };
  }
  function demoAction(a: DemoAction): Action {
    const { status } = demoStatus(a.Status);
    const idsOf = (codes: readonly string[], ids: ReadonlyMap<string, number>): string[] => codes.map((c) => ids.get(c)).filter((id): id is number => id !== undefined).map(String);
    return {
      id: '',
      code: a.Code,
      title: a.Title,
      description: a.Description,
      themeCode: a.ThemeCode,
      workstreamCode: a.WorkstreamCode,
      kind: a.ActionKind,
      ...(person(a.Lead) ? { lead: person(a.Lead) } : {}),
      startDate: a.StartDate,
      ...(a.StartDateText ? { startDateText: a.StartDateText } : {}),
      baselineDueDate: a.BaselineDueDate,
      currentDueDate: a.CurrentDueDate,
      ...(a.DueDateText ? { dueDateText: a.DueDateText } : {}),
      ...(a.ForecastDate ? { forecastDate: a.ForecastDate } : {}),
      ...(status === 'Complete' ? { completedOn: a.LastUpdated.slice(0, 10) } : {}),
      status,
      progressPercent: a.ProgressPercent,
      rating: demoStatus(a.Rating).rating,
      ...(a.RatingOverride && pmoPerson
        ? { override: { rating: a.RatingOverride, reason: a.OverrideReason ?? '', by: pmoPerson, at: new Date(instantOfDay(a.LastUpdated) as string) } }
        : {}),
      ...(a.RiskRating ? { riskRating: a.RiskRating } : {}),
      critical: a.Critical === true,
      commentary: a.Commentary,
      nextSteps: a.NextSteps,
      issues: demoIssues(a),
      evidence: a.EvidenceLinks.map((e) => ({ url: e.url, title: e.title })),
      reprofileCount: a.ReprofileCount,
      ...(a.ClosureRationale ? { closureRationale: a.ClosureRationale } : {}),
      recommendationIds: idsOf(a.RecommendationRefs, recIds),
      riskIds: idsOf(a.RiskRefs, riskIds)
    };
  }

  // Risks list the actions linked to them; the links are known only now that actions have ids.
  const riskActions = new Map<string, number[]>();
  for (const a of plan.actions) for (const r of a.RiskRefs) riskActions.set(r, [...(riskActions.get(r) ?? []), actionIds.get(a.Code) as number]);
  await updateInBatches(sp, RISKS_LIST, [...riskActions].filter(([code]) => riskIds.has(code)).map(([code, ids]) => [riskIds.get(code) as number, { ActionRefs: writeRefs(ids.map(String)) }]));

  const updateRows = plan.progressUpdates.filter((u) => actionIds.has(u.ActionCode)).map((u) => {
    const { status } = demoStatus(u.Status);
    const submittedAt = u.UpdatedAt.length > 10 ? u.UpdatedAt : instantOfDay(u.UpdatedAt);
    return {
      Title: `${u.Period}: ${status}`, ActionId: actionIds.get(u.ActionCode), Period: u.Period, Status: status, ProgressPercent: u.ProgressPercent,
      RatingAtSubmission: demoStatus(u.Rating).rating, Commentary: u.Commentary, NextSteps: u.NextSteps, AchievementsJson: writeJsonArray(u.Achievements ?? []),
      SubmittedById: userId(u.UpdatedBy),
      SubmittedByName: nameOf(u.UpdatedBy), SubmittedAt: submittedAt
    };
  });
  const progressCount = options.pastUpdates
    ? options.pastUpdates(updateRows.map((r) => ({ ...r, Created: r.SubmittedAt, ...(typeof r.SubmittedById === 'number' ? { AuthorId: r.SubmittedById } : {}) }))).length
    : (await addInBatches(sp, PROGRESS_UPDATES_LIST, updateRows)).length;
  created.progressUpdates = progressCount;
  log(`${progressCount} progressUpdates`);
  // A dropped milestone has no place in the domain (it would read as missed), so it is not seeded.
  await add('milestones', MILESTONES_LIST, plan.milestones.filter((m) => m.MilestoneStatus !== 'Dropped').map((m) => milestoneToValues({
    id: '', title: m.Title, themeCode: byCode.get(m.ActionCode)?.ThemeCode ?? '', dueDate: m.DueDate,
    ...(m.MilestoneStatus === 'Achieved' ? { achievedOn: m.CompletedDate ?? m.DueDate } : {})
  }, actionIds.get(m.ActionCode) ?? null, days)));
  await add('changeLog', CHANGE_LOG_LIST, plan.changeLog.map((c, i) => {
    const type = demoChangeType(c.ChangeType);
    const reference = Number(/\d+/.exec(c.Code)?.[0] ?? i + 1);
    const target = c.ActionCode ? byCode.get(c.ActionCode) : undefined;
    const changes = c.OldValue !== undefined || c.NewValue !== undefined ? [{ field: CHANGED_FIELD[type], oldValue: c.OldValue, newValue: c.NewValue }] : [];
    return {
      Title: `${reference} ${type} ${c.ActionCode ?? c.Code}`.slice(0, 255), Reference: reference, ChangeType: type,
      Status: c.Decision === 'Pending' ? 'Submitted' : c.Decision, ActionId: c.ActionCode ? (actionIds.get(c.ActionCode) ?? null) : null,
      TargetCode: c.ActionCode ?? c.Code, TargetTitle: target?.Title ?? c.Title, Rationale: c.Rationale, ChangesJson: writeJsonArray(changes),
      RequestedById: userId(c.RequestedBy), RequestedByName: nameOf(c.RequestedBy), RequestedOn: writeDay(c.RequestedAt.slice(0, 10), days),
      DecidedById: c.DecidedBy ? userId(c.DecidedBy) : null, DecidedByName: c.DecidedBy ? nameOf(c.DecidedBy) : null,
      DecidedOn: c.DecidedAt ? writeDay(c.DecidedAt.slice(0, 10), days) : null, DecisionNote: c.DecisionNote ?? null
    };
  }));
  // Not counted: a setting, not one of the plan's lists.
  await seedPlanDetails(sp, plan);
  return { created };
}
