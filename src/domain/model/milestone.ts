import type { IsoDate } from '../dates/isoDate';

/**
 * A key milestone shown in the theme summary ("Workforce Strategy to Cabinet in March").
 * It may belong to an action, or directly to a theme.
 */
export interface Milestone {
  /** Stable identifier. */
  readonly id: string;
  /** What will have happened. */
  readonly title: string;
  /** Theme it is reported under. */
  readonly themeCode: string;
  /** Action it belongs to, when any. */
  readonly actionId?: string;
  /** Day it is due. */
  readonly dueDate: IsoDate;
  /** Day it was achieved, when achieved. */
  readonly achievedOn?: IsoDate;
}

/** Where a milestone stands on a given day. */
export type MilestoneStatus = 'Achieved' | 'Due' | 'Missed';

/** A milestone is Achieved once achieved, Missed once its due day has passed, otherwise Due. */
export function milestoneStatus(milestone: Milestone, today: IsoDate): MilestoneStatus {
  if (milestone.achievedOn !== undefined && milestone.achievedOn <= today) return 'Achieved';
  return milestone.dueDate < today ? 'Missed' : 'Due';
}
