import type { MilestoneStatus } from '../../domain';

export { formatUkDate, RATING_LABELS } from '../../domain';

/** Milestone statuses as the report words them. */
export const MILESTONE_STATUS_WORDS: Readonly<Record<MilestoneStatus, string>> = { Achieved: 'Achieved', Due: 'On track to its date', Missed: 'Missed: date passed' };
