import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { listDefinition } from '../../src/data/schema/planLists';
import type { ListKey } from '../../src/data/schema/fieldTypes';
import type { DemoPlan, DemoStatus } from '../demo/demoTypes';

/** Adds written per $batch: large enough to be quick, small enough for SharePoint's limits. */
const BATCH = 100;

type Row = Record<string, unknown>;

/** The demo writes ratings with their status; the domain keeps status and rating apart. */
function statusOf(s: DemoStatus): string {
  return s === 'Green' || s === 'Amber' || s === 'Red' ? 'InProgress' : s;
}
const day = (d: string | undefined): string | null => (d ? `${d}T00:00:00Z` : null);
const CHANGE_TYPES: Record<string, string> = {
  description: 'Description',
  timescale: 'Timescale',
  newWorkstream: 'NewWorkstream',
  newMainAction: 'NewMainAction',
  newSubAction: 'NewSubAction',
  newAssuranceAction: 'NewAssuranceAction',
  closure: 'Closure'
};
const CHANGE_STATUS: Record<string, string> = { Pending: 'Submitted', Approved: 'Approved', Rejected: 'Rejected' };
const SOURCES: Record<string, string> = {
  'External auditor': 'ExternalAuditor',
  'LGA peer challenge': 'LGAPeerChallenge',
  'CIPFA review': 'CIPFA',
  Direction: 'Direction',
  'Best Value Notice': 'BestValueNotice'
};

/** Adds rows to a list in batches and returns the new item ids in order. */
async function addAll(sp: SPFI, key: ListKey, rows: Row[]): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle(listDefinition(key).title);
    const pending = rows.slice(start, start + BATCH).map((row) => list.items.add(row));
    await execute();
    for (const added of await Promise.all(pending)) ids.push((added as { Id: number }).Id);
  }
  return ids;
}

/** True when the plan already has themes: the demo is seeded once and then left to its users. */
export async function isPlanSeeded(sp: SPFI): Promise<boolean> {
  const items = await sp.web.lists.getByTitle(listDefinition('themes').title).items.select('Id').top(1)();
  return items.length > 0;
}

/**
 * Writes the demo plan through SharePoint REST with PnPjs batching, resolving codes to lookup ids
 * and logins to site user ids, in dependency order (themes before workstreams before actions).
 */
export async function seedDemoPlan(sp: SPFI, plan: DemoPlan, log: (m: string) => void = () => undefined): Promise<{ created: Record<string, number> }> {
  const userIds = new Map<string, number>();
  for (const user of plan.users) userIds.set(user.login, (await sp.web.ensureUser(user.login)).Id);
  const uid = (login: string | undefined): number | null => (login ? userIds.get(login) ?? null : null);

  const themeIds = await addAll(
    sp,
    'themes',
    plan.themes.map((t) => ({ Title: t.Title, Code: t.Code, LeadDirectorId: uid(t.LeadDirector), Description: t.Description, SortOrder: t.SortOrder, ThemeRatingReason: t.ThemeRatingReason, Summary: t.Summary }))
  );
  const themeId = new Map(plan.themes.map((t, i) => [t.Code, themeIds[i]]));
  const wsIds = await addAll(
    sp,
    'workstreams',
    plan.workstreams.map((w, i) => ({ Title: w.Title, Code: w.Code, ThemeId: themeId.get(w.ThemeCode), LeadId: uid(w.Lead), Description: w.Description, Outcomes: w.Outcomes, SortOrder: i + 1 }))
  );
  const wsId = new Map(plan.workstreams.map((w, i) => [w.Code, wsIds[i]]));
  const recIds = await addAll(
    sp,
    'recommendations',
    plan.recommendations.map((r) => ({ Title: r.Title, Code: r.Code, Source: SOURCES[r.Source] ?? 'Other', Description: r.Description, Statutory: r.Source === 'Direction' }))
  );
  const recId = new Map(plan.recommendations.map((r, i) => [r.Code, recIds[i]]));
  const riskIds = await addAll(
    sp,
    'risks',
    plan.risks.map((r) => ({
      Title: r.Title,
      Code: r.Code,
      ThemeId: themeId.get(r.ThemeCode),
      OwnerId: uid(r.Owner),
      Description: r.Description,
      InherentLikelihood: r.InherentLikelihood,
      InherentImpact: r.InherentImpact,
      ResidualLikelihood: r.ResidualLikelihood,
      ResidualImpact: r.ResidualImpact,
      TargetLikelihood: r.TargetLikelihood,
      TargetImpact: r.TargetImpact,
      MitigationsJson: JSON.stringify([{ description: r.MitigatingActions, done: false }]),
      Status: r.RiskStatus
    }))
  );
  const riskId = new Map(plan.risks.map((r, i) => [r.Code, riskIds[i]]));
  log(`${themeIds.length} themes, ${wsIds.length} workstreams, ${recIds.length} recommendations, ${riskIds.length} risks`);

  const actionRow = (a: DemoPlan['actions'][number], parentId?: number): Row => ({
    Title: a.Title,
    Code: a.Code,
    ActionKind: a.ActionKind,
    ThemeId: themeId.get(a.ThemeCode),
    WorkstreamId: wsId.get(a.WorkstreamCode),
    ParentActionId: parentId ?? null,
    LeadId: uid(a.Lead),
    LeadMember: a.LeadMember ?? null,
    Description: a.Description || null,
    StartDate: day(a.StartDate),
    BaselineDueDate: day(a.BaselineDueDate),
    CurrentDueDate: day(a.CurrentDueDate),
    DueDateText: a.DueDateText ?? null,
    Status: statusOf(a.Status),
    ProgressPercent: a.ProgressPercent,
    Rating: a.Rating,
    RiskRating: a.RiskRating ?? null,
    Commentary: a.Commentary || null,
    NextSteps: a.NextSteps || null,
    IssuesJson: a.Issues ? JSON.stringify([{ id: `${a.Code}-1`, description: a.Issues, severity: 'Medium', raisedOn: a.LastUpdated.slice(0, 10) }]) : null,
    EvidenceJson: a.EvidenceLinks.length ? JSON.stringify(a.EvidenceLinks) : null,
    ReprofileCount: a.ReprofileCount,
    ClosureRationale: a.ClosureRationale ?? null,
    CompletedOn: a.Status === 'Complete' ? day(a.CurrentDueDate) : null,
    RecommendationRefs: a.RecommendationRefs.map((c) => recId.get(c)).filter(Boolean).join(',') || null,
    RiskRefs: a.RiskRefs.map((c) => riskId.get(c)).filter(Boolean).join(',') || null,
    LastUpdated: a.LastUpdated
  });
  const mains = plan.actions.filter((a) => a.ActionKind !== 'sub');
  const mainIds = await addAll(sp, 'actions', mains.map((a) => actionRow(a)));
  const actionId = new Map(mains.map((a, i) => [a.Code, mainIds[i]]));
  const subs = plan.actions.filter((a) => a.ActionKind === 'sub');
  const subIds = await addAll(sp, 'actions', subs.map((a) => actionRow(a, actionId.get(a.ParentCode as string))));
  subs.forEach((a, i) => actionId.set(a.Code, subIds[i]));
  log(`${mainIds.length} main actions, ${subIds.length} sub-actions`);

  const updates = await addAll(
    sp,
    'progressUpdates',
    plan.progressUpdates.map((u) => ({
      Title: `${u.ActionCode} ${u.Period}`,
      ActionId: actionId.get(u.ActionCode),
      Period: u.Period,
      Status: statusOf(u.Status),
      ProgressPercent: u.ProgressPercent,
      RatingAtSubmission: u.Rating,
      Commentary: u.Commentary,
      NextSteps: u.NextSteps,
      SubmittedById: uid(u.UpdatedBy),
      SubmittedAt: u.UpdatedAt
    }))
  );
  const milestones = await addAll(
    sp,
    'milestones',
    plan.milestones.map((m) => ({
      Title: m.Title,
      ActionId: actionId.get(m.ActionCode),
      ThemeCode: m.ActionCode.split('.')[0],
      DueDate: day(m.DueDate),
      AchievedOn: day(m.CompletedDate)
    }))
  );
  const changes = await addAll(
    sp,
    'changeLog',
    plan.changeLog.map((c, i) => {
      const action = plan.actions.find((a) => a.Code === c.ActionCode);
      return {
        Title: c.Title,
        Reference: i + 1,
        ChangeType: CHANGE_TYPES[c.ChangeType],
        Status: CHANGE_STATUS[c.Decision],
        ActionId: c.ActionCode ? actionId.get(c.ActionCode) : null,
        TargetCode: c.ActionCode ?? c.Code,
        TargetTitle: action?.Title ?? c.Title,
        Rationale: c.Rationale,
        ChangesJson: JSON.stringify(c.ChangeType === 'timescale' ? [{ field: 'currentDueDate', oldValue: c.OldValue, newValue: c.NewValue }] : []),
        RequestedById: uid(c.RequestedBy),
        RequestedOn: day(c.RequestedAt.slice(0, 10)),
        DecidedById: uid(c.DecidedBy),
        DecidedOn: day(c.DecidedAt?.slice(0, 10)),
        DecisionNote: c.DecisionNote ?? null
      };
    })
  );
  log(`${updates.length} progress updates, ${milestones.length} milestones, ${changes.length} change log entries`);
  return {
    created: {
      themes: themeIds.length,
      workstreams: wsIds.length,
      actions: mainIds.length + subIds.length,
      'progress updates': updates.length,
      milestones: milestones.length,
      risks: riskIds.length,
      recommendations: recIds.length,
      'change requests': changes.length
    }
  };
}
