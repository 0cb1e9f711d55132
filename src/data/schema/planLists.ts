import type { FieldDefinition, ListDefinition, ListKey } from './fieldTypes';

/** Progress status values as stored (the domain's rating keys). */
export const RATING_CHOICES = ['Red', 'Amber', 'Green', 'Complete', 'NotStarted', 'OnHold', 'Closed'] as const;
/** Risk ratings kept apart from progress ratings. */
export const RISK_RATING_CHOICES = ['Red', 'Amber', 'Green'] as const;
/** Kinds of action in the hierarchy. */
export const ACTION_KIND_CHOICES = ['main', 'sub', 'assurance'] as const;
/** Change request types, as change control logs them. */
export const CHANGE_TYPE_CHOICES = [
  'description',
  'timescale',
  'newWorkstream',
  'newMainAction',
  'newSubAction',
  'newAssuranceAction',
  'closure'
] as const;
/** Where a change request stands. */
export const CHANGE_DECISION_CHOICES = ['Pending', 'Approved', 'Rejected'] as const;
/** Where an alert stands in the "claim, send, confirm" protocol. */
export const NOTIFICATION_STATE_CHOICES = ['Claimed', 'Sent', 'Failed'] as const;

const code = (displayName = 'Reference'): FieldDefinition => ({
  internalName: 'Code',
  displayName,
  type: 'Text',
  required: true,
  indexed: true,
  description: 'The plan reference, for example OC.A2.10 or 5.3(b).'
});
const lookup = (internalName: string, displayName: string, listTitle: string, required = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'Lookup',
  lookupListTitle: listTitle,
  indexed: true,
  required
});
const note = (internalName: string, displayName: string): FieldDefinition => ({ internalName, displayName, type: 'Note' });
const date = (internalName: string, displayName: string, indexed = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'DateTime',
  dateOnly: true,
  indexed
});
const person = (internalName: string, displayName: string, indexed = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'User',
  indexed
});
const choice = (internalName: string, displayName: string, choices: readonly string[], indexed = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'Choice',
  choices,
  indexed
});
const number = (internalName: string, displayName: string): FieldDefinition => ({ internalName, displayName, type: 'Number' });
const text = (internalName: string, displayName: string, indexed = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'Text',
  indexed
});

export const THEMES_LIST = 'Plan Themes';
export const WORKSTREAMS_LIST = 'Plan Workstreams';
export const ACTIONS_LIST = 'Plan Actions';
export const RECOMMENDATIONS_LIST = 'Plan Recommendations';

/**
 * Every list of the plan, in provisioning order (a lookup's target comes before the lookup).
 * Internal names are fixed here and created with createFieldAsXml, so every tenant gets the same.
 */
export const PLAN_LISTS: readonly ListDefinition[] = [
  {
    key: 'themes',
    title: THEMES_LIST,
    url: 'PlanThemes',
    description: 'Themes of the Improvement Plan, each with its lead director.',
    titleDisplayName: 'Theme',
    versioning: true,
    fields: [
      code('Theme code'),
      person('LeadDirector', 'Lead director'),
      note('Description', 'Description'),
      number('SortOrder', 'Order'),
      choice('ThemeRating', 'Theme rating (set by the programme office)', RATING_CHOICES),
      note('ThemeRatingReason', 'Reason for the theme rating'),
      note('Summary', 'Summary for reports')
    ]
  },
  {
    key: 'workstreams',
    title: WORKSTREAMS_LIST,
    url: 'PlanWorkstreams',
    description: 'Workstreams, areas of focus or programmes within each theme.',
    titleDisplayName: 'Workstream',
    versioning: true,
    fields: [code('Workstream code'), lookup('Theme', 'Theme', THEMES_LIST, true), person('Lead', 'Lead'), note('Description', 'Description'), note('Outcomes', 'Outcomes')]
  },
  {
    key: 'recommendations',
    title: RECOMMENDATIONS_LIST,
    url: 'PlanRecommendations',
    description: 'External recommendations and Directions that the plan answers.',
    titleDisplayName: 'Recommendation',
    versioning: true,
    fields: [
      code('Recommendation reference'),
      choice('Source', 'Source', ['External auditor', 'LGA peer challenge', 'CIPFA review', 'Direction', 'Best Value Notice', 'Internal audit', 'Other'], true),
      note('Description', 'Recommendation text')
    ]
  },
  {
    key: 'actions',
    title: ACTIONS_LIST,
    url: 'PlanActions',
    description: 'Main actions, sub-actions and assurance actions of the plan.',
    titleDisplayName: 'Action',
    versioning: true,
    fields: [
      code('Action reference'),
      choice('ActionKind', 'Kind', ACTION_KIND_CHOICES, true),
      lookup('Theme', 'Theme', THEMES_LIST, true),
      lookup('Workstream', 'Workstream', WORKSTREAMS_LIST),
      lookup('ParentAction', 'Main action', ACTIONS_LIST),
      person('Lead', 'Lead officer', true),
      text('LeadName', 'Lead officer (as named in the plan)'),
      text('LeadMember', 'Lead member'),
      note('Description', 'Description'),
      date('StartDate', 'Start date'),
      text('StartDateText', 'Start date as written'),
      date('BaselineDueDate', 'Baseline due date'),
      date('CurrentDueDate', 'Current due date', true),
      text('DueDateText', 'Due date as written'),
      date('ForecastDate', 'Forecast completion'),
      choice('Status', 'Status', RATING_CHOICES, true),
      number('ProgressPercent', 'Progress (%)'),
      choice('Rating', 'Progress rating', RATING_CHOICES, true),
      note('RatingReason', 'Why this rating'),
      choice('RatingOverride', 'Rating override', RATING_CHOICES),
      note('OverrideReason', 'Reason for the override'),
      person('OverrideBy', 'Override set by'),
      date('OverrideAt', 'Override set on'),
      choice('RiskRating', 'Risk rating', RISK_RATING_CHOICES),
      note('Commentary', 'Commentary'),
      note('NextSteps', 'Next steps'),
      note('Issues', 'Issues'),
      note('EvidenceLinks', 'Evidence links'),
      number('ReprofileCount', 'Times reprofiled'),
      note('ClosureRationale', 'Closure rationale'),
      note('RecommendationRefs', 'Recommendations answered'),
      note('RiskRefs', 'Linked risks'),
      { internalName: 'LastUpdated', displayName: 'Last updated by its lead', type: 'DateTime', indexed: true }
    ]
  },
  {
    key: 'progressUpdates',
    title: 'Plan Progress Updates',
    url: 'PlanProgressUpdates',
    description: 'Every progress update, kept as history per reporting period.',
    titleDisplayName: 'Summary',
    versioning: false,
    fields: [
      lookup('Action', 'Action', ACTIONS_LIST, true),
      text('Period', 'Reporting period', true),
      choice('Status', 'Status', RATING_CHOICES),
      number('ProgressPercent', 'Progress (%)'),
      choice('Rating', 'Rating', RATING_CHOICES),
      note('Commentary', 'Commentary'),
      note('NextSteps', 'Next steps'),
      note('Issues', 'Issues'),
      note('EvidenceLinks', 'Evidence links'),
      person('UpdatedBy', 'Updated by'),
      { internalName: 'UpdatedAt', displayName: 'Updated at', type: 'DateTime', indexed: true }
    ]
  },
  {
    key: 'milestones',
    title: 'Plan Milestones',
    url: 'PlanMilestones',
    description: 'Milestones of each action.',
    titleDisplayName: 'Milestone',
    versioning: true,
    fields: [
      lookup('Action', 'Action', ACTIONS_LIST, true),
      date('DueDate', 'Due date', true),
      date('CompletedDate', 'Completed on'),
      choice('MilestoneStatus', 'Status', ['Planned', 'Achieved', 'Missed', 'Dropped'])
    ]
  },
  {
    key: 'risks',
    title: 'Plan Risks',
    url: 'PlanRisks',
    description: 'The improvement plan risk register.',
    titleDisplayName: 'Risk',
    versioning: true,
    fields: [
      code('Risk reference'),
      lookup('Theme', 'Theme', THEMES_LIST),
      person('Owner', 'Risk owner'),
      note('Description', 'Description'),
      number('InherentLikelihood', 'Inherent likelihood'),
      number('InherentImpact', 'Inherent impact'),
      number('ResidualLikelihood', 'Residual likelihood'),
      number('ResidualImpact', 'Residual impact'),
      number('TargetLikelihood', 'Target likelihood'),
      number('TargetImpact', 'Target impact'),
      note('MitigatingActions', 'Mitigating actions'),
      choice('Trend', 'Trend since last report', ['Improving', 'Stable', 'Worsening', 'New']),
      choice('RiskStatus', 'Status', ['Open', 'Closed'], true)
    ]
  },
  {
    key: 'changeLog',
    title: 'Plan Change Log',
    url: 'PlanChangeLog',
    description: 'Change requests and every recorded change, with rationale and decision.',
    titleDisplayName: 'Summary',
    versioning: true,
    fields: [
      code('Change reference'),
      choice('ChangeType', 'Type of change', CHANGE_TYPE_CHOICES, true),
      lookup('Action', 'Action', ACTIONS_LIST),
      note('Rationale', 'Rationale'),
      person('RequestedBy', 'Requested by'),
      { internalName: 'RequestedAt', displayName: 'Requested at', type: 'DateTime', indexed: true },
      choice('Decision', 'Decision', CHANGE_DECISION_CHOICES, true),
      person('DecidedBy', 'Decided by'),
      { internalName: 'DecidedAt', displayName: 'Decided at', type: 'DateTime' },
      note('DecisionNote', 'Decision note'),
      note('OldValue', 'Old value'),
      note('NewValue', 'New value')
    ]
  },
  {
    key: 'notifications',
    title: 'Plan Notifications Log',
    url: 'PlanNotificationsLog',
    description: 'Every slippage alert, digest and reminder: claimed, sent or failed. Never edited by hand.',
    titleDisplayName: 'Key',
    versioning: true,
    fields: [
      text('SlipKey', 'Slip key', true),
      lookup('Action', 'Action', ACTIONS_LIST),
      text('ThemeCode', 'Theme code', true),
      choice('NotificationKind', 'Kind', ['slip', 'digest', 'reminder'], true),
      choice('State', 'State', NOTIFICATION_STATE_CHOICES, true),
      number('Attempts', 'Attempts'),
      note('LastError', 'Last error'),
      text('Route', 'Channel route'),
      { internalName: 'ClaimedAt', displayName: 'Claimed at', type: 'DateTime', indexed: true },
      { internalName: 'SentAt', displayName: 'Sent at', type: 'DateTime' },
      note('Payload', 'Slip details')
    ]
  },
  {
    key: 'settings',
    title: 'Plan Settings',
    url: 'PlanSettings',
    description: 'Plan settings and alert routing. Only the programme office edits it. Never store secrets here.',
    titleDisplayName: 'Setting',
    versioning: true,
    fields: [note('SettingValue', 'Value'), note('SettingDescription', 'What it controls')]
  },
  {
    key: 'snapshots',
    title: 'Plan Period Snapshots',
    url: 'PlanPeriodSnapshots',
    description: 'Immutable snapshots of the plan at the close of each reporting period.',
    titleDisplayName: 'Period',
    versioning: false,
    fields: [
      text('PeriodKey', 'Period key', true),
      { internalName: 'ClosedAt', displayName: 'Closed at', type: 'DateTime', indexed: true },
      person('ClosedBy', 'Closed by'),
      note('SnapshotJson', 'Snapshot (JSON)'),
      number('ChunkIndex', 'Part'),
      number('ChunkCount', 'Parts in all')
    ]
  }
];

/** Finds a list definition by key; throws if the code asks for a list that does not exist. */
export function listDefinition(key: ListKey): ListDefinition {
  const found = PLAN_LISTS.find((l) => l.key === key);
  if (!found) throw new Error(`No plan list is defined with key "${key}".`);
  return found;
}
