import { milestoneStatus, sortByCode, type Action, type IsoDate, type Milestone, type MilestoneStatus, type Plan, type ProgressRating, type Theme, type Workstream } from '../../../domain';
import { personText } from '../../components/format';
import { dateMove, type DateMove } from './dateMove';

/** The timeline's filters; undefined means any. */
export interface TimelineFilters {
  theme?: string;
  workstream?: string;
  /** A lead as the views show them (their display name). */
  lead?: string;
  rating?: ProgressRating;
}

/** A milestone with where it stands on the day the timeline is drawn for. */
export interface TimelineMilestone {
  id: string;
  title: string;
  dueDate: IsoDate;
  achievedOn?: IsoDate;
  status: MilestoneStatus;
}

/** One action on the timeline: its dates, the move of its due date and its milestones. */
export interface TimelineRow {
  action: Action;
  lead: string;
  rating?: ProgressRating;
  /** The plan has one start date; it is the start both of the baseline and of the current dates. */
  start?: IsoDate;
  baselineEnd?: IsoDate;
  currentEnd?: IsoDate;
  move?: DateMove;
  milestones: TimelineMilestone[];
}

/** A workstream's rows, in code order. */
export interface WorkstreamGroup {
  code: string;
  name?: string;
  rows: TimelineRow[];
}

/** A theme's workstreams, in the plan's order, and the milestones reported under the theme itself. */
export interface ThemeGroup {
  code: string;
  name?: string;
  workstreams: WorkstreamGroup[];
  /** Milestones of the theme that belong to no action. */
  milestones: TimelineMilestone[];
}

/** Milestones grouped by a key (their action, or their theme), in due date order, with their status on `today`. */
function milestonesBy(milestones: readonly Milestone[], today: IsoDate, key: (m: Milestone) => string | undefined): Map<string, TimelineMilestone[]> {
  const grouped = new Map<string, TimelineMilestone[]>();
  for (const m of [...milestones].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))) {
    const k = key(m);
    if (k === undefined) continue;
    const list = grouped.get(k) ?? [];
    list.push({ id: m.id, title: m.title, dueDate: m.dueDate, ...(m.achievedOn ? { achievedOn: m.achievedOn } : {}), status: milestoneStatus(m, today) });
    grouped.set(k, list);
  }
  return grouped;
}

/** The milestones each theme reports that belong to no action, in due date order, with their status on `today`. */
export function themeMilestones(milestones: readonly Milestone[], today: IsoDate): Map<string, TimelineMilestone[]> {
  return milestonesBy(milestones, today, (m) => (m.actionId ? undefined : m.themeCode));
}

/** Does an action pass every filter? */
function passes(action: Action, rating: ProgressRating | undefined, filters: TimelineFilters): boolean {
  return (
    (filters.theme === undefined || action.themeCode === filters.theme) &&
    (filters.workstream === undefined || action.workstreamCode === filters.workstream) &&
    (filters.lead === undefined || personText(action.lead) === filters.lead) &&
    (filters.rating === undefined || rating === filters.rating)
  );
}

/**
 * The actions that pass the filters as timeline rows, in the plan's order: by theme, then
 * workstream (each in the plan's order), then reference code.
 */
export function timelineRows(plan: Plan, ratings: ReadonlyMap<string, { rating: ProgressRating }>, today: IsoDate, filters: TimelineFilters): TimelineRow[] {
  const themeOrder = new Map(plan.themes.map((t) => [t.code, t.order]));
  const wsOrder = new Map(plan.workstreams.map((w) => [w.code, w.order]));
  const place = (order: Map<string, number>, code: string): number => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  const milestones = milestonesBy(plan.milestones, today, (m) => m.actionId);
  const shown = sortByCode(plan.actions.filter((a) => passes(a, ratings.get(a.id)?.rating, filters)));
  // A stable sort keeps code order inside each workstream.
  shown.sort((a, b) => place(themeOrder, a.themeCode) - place(themeOrder, b.themeCode) || place(wsOrder, a.workstreamCode) - place(wsOrder, b.workstreamCode));
  return shown.map((action) => {
    const rating = ratings.get(action.id)?.rating;
    const currentEnd = action.currentDueDate ?? action.baselineDueDate;
    const move = dateMove(action.baselineDueDate, currentEnd);
    return {
      action,
      lead: personText(action.lead),
      ...(rating ? { rating } : {}),
      ...(action.startDate ? { start: action.startDate } : {}),
      ...(action.baselineDueDate ? { baselineEnd: action.baselineDueDate } : {}),
      ...(currentEnd ? { currentEnd } : {}),
      ...(move ? { move } : {}),
      milestones: milestones.get(action.id) ?? []
    };
  });
}

/**
 * Groups rows (already in the plan's order) under their theme and workstream headings, naming
 * each from the plan (a code the plan does not list keeps its code alone), each theme with its
 * own milestones from `byTheme`.
 */
export function groupRows(
  rows: readonly TimelineRow[],
  themes: readonly Theme[],
  workstreams: readonly Workstream[],
  byTheme: ReadonlyMap<string, TimelineMilestone[]> = new Map()
): ThemeGroup[] {
  const themeNames = new Map(themes.map((t) => [t.code, t.name]));
  const wsNames = new Map(workstreams.map((w) => [w.code, w.name]));
  const groups: ThemeGroup[] = [];
  for (const row of rows) {
    const { themeCode, workstreamCode } = row.action;
    let theme = groups[groups.length - 1];
    if (!theme || theme.code !== themeCode) {
      theme = { code: themeCode, name: themeNames.get(themeCode), workstreams: [], milestones: byTheme.get(themeCode) ?? [] };
      groups.push(theme);
    }
    let ws = theme.workstreams[theme.workstreams.length - 1];
    if (!ws || ws.code !== workstreamCode) {
      ws = { code: workstreamCode, name: wsNames.get(workstreamCode), rows: [] };
      theme.workstreams.push(ws);
    }
    ws.rows.push(row);
  }
  return groups;
}

/** The leads of the plan's actions as the filter offers them, in alphabetical order. */
export function leadChoices(actions: readonly Action[]): string[] {
  return [...new Set(actions.map((a) => personText(a.lead)))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** How many milestones are met, missed and due, in words (`1 met, 1 missed`); empty when none. */
export function milestoneCounts(milestones: readonly TimelineMilestone[]): string {
  const count = (s: MilestoneStatus): number => milestones.filter((m) => m.status === s).length;
  return [
    [count('Achieved'), 'met'],
    [count('Missed'), 'missed'],
    [count('Due'), 'due']
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
}
