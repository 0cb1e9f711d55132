import { ACTION_STATUSES, CHANGE_TYPES, PROGRESS_RATINGS, RECOMMENDATION_SOURCE_LABELS } from '../../domain';
import type { ActionKind, ChangeStatus, RecommendationSource, Risk, RiskRating } from '../../domain';
import type { NotificationKind, NotificationState } from '../../application/alerts/logPorts';
import type { FieldDefinition, ListDefinition, ListKey } from './fieldTypes';

/** Progress ratings as stored: exactly the domain's rating keys, so no translation is needed. */
export const RATING_CHOICES: readonly string[] = PROGRESS_RATINGS;
/** Action statuses as stored: the domain's status keys. */
export const ACTION_STATUS_CHOICES: readonly string[] = ACTION_STATUSES;
/** Risk ratings kept apart from progress ratings. */
export const RISK_RATING_CHOICES: readonly RiskRating[] = ['Red', 'Amber', 'Green'];
/** Kinds of action in the hierarchy. */
export const ACTION_KIND_CHOICES: readonly ActionKind[] = ['main', 'sub', 'assurance'];
/** Change request types: the domain's change types. */
export const CHANGE_TYPE_CHOICES: readonly string[] = CHANGE_TYPES;
/** Where a change request stands: the domain's change statuses. */
export const CHANGE_STATUS_CHOICES: readonly ChangeStatus[] = ['Submitted', 'Approved', 'Rejected', 'Withdrawn'];
/** Who made a recommendation: the domain's source keys (labels are for display only). */
export const RECOMMENDATION_SOURCE_CHOICES = Object.keys(RECOMMENDATION_SOURCE_LABELS) as readonly RecommendationSource[];
/** Whether a risk is still live. */
export const RISK_STATUS_CHOICES: ReadonlyArray<Risk['status']> = ['Open', 'Closed'];
/** Whether a business case revision is a draft or put forward for a decision. */
export const CASE_REVISION_STATE_CHOICES = ['Draft', 'Submitted'] as const;
/** The programme office's answers to a business case. */
export const CASE_DECISION_CHOICES = ['Approved', 'Returned'] as const;
/** Where an alert stands in the "claim, send, confirm" protocol. */
export const NOTIFICATION_STATE_CHOICES: readonly NotificationState[] = ['Claimed', 'Sent', 'Failed'];
/** What a notifications log entry announced. */
export const NOTIFICATION_KIND_CHOICES: readonly NotificationKind[] = ['slip', 'digest', 'reminder'];

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
const note = (internalName: string, displayName: string, description?: string): FieldDefinition => ({
  internalName,
  displayName,
  type: 'Note',
  ...(description ? { description } : {})
});
/** Structured values (issues, evidence, mitigations) kept as JSON; the app owns their shape. */
const json = (internalName: string, displayName: string): FieldDefinition =>
  note(internalName, displayName, 'Maintained by the Improvement Plan Tracker as JSON. Edit it in the app, not here.');
const date = (internalName: string, displayName: string, indexed = false, required = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'DateTime',
  dateOnly: true,
  indexed,
  required
});
const instant = (internalName: string, displayName: string, indexed = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'DateTime',
  indexed
});
const person = (internalName: string, displayName: string, indexed = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'User',
  indexed
});
const people = (internalName: string, displayName: string): FieldDefinition => ({ internalName, displayName, type: 'User', multiple: true });
const choice = (internalName: string, displayName: string, choices: readonly string[], indexed = false, required = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'Choice',
  choices,
  indexed,
  required
});
const number = (internalName: string, displayName: string, indexed = false, required = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'Number',
  indexed,
  required
});
const text = (internalName: string, displayName: string, indexed = false): FieldDefinition => ({
  internalName,
  displayName,
  type: 'Text',
  indexed
});
/** Internal name of the column holding the identity of the write that last created or changed an item. */
export const OPERATION_KEY_FIELD = 'OperationKey';
/**
 * The operation key: every create and every save writes its own key with the item, so a write
 * whose answer was lost can be recognised by reading the item back instead of being repeated.
 * Indexed, because a re-sent create first looks its key up (safe past the list view threshold).
 */
const operationKey = (): FieldDefinition => ({
  internalName: OPERATION_KEY_FIELD,
  displayName: 'Operation key',
  type: 'Text',
  indexed: true,
  hidden: true,
  description: 'Written by the Improvement Plan Tracker with every save, so a save whose answer was lost is recognised. Never edit it.'
});
const flag = (internalName: string, displayName: string): FieldDefinition => ({ internalName, displayName, type: 'Boolean' });
/** Name as written in the plan, for people not (yet) matched to an account, e.g. a post title. */
const nameAsWritten = (internalName: string, whose: string): FieldDefinition => text(internalName, `${whose} (as named in the plan)`);

export const THEMES_LIST = 'Plan Themes';
export const WORKSTREAMS_LIST = 'Plan Workstreams';
export const ACTIONS_LIST = 'Plan Actions';
export const ACTION_PROGRESS_LIST = 'Plan Action Progress';
export const ALERT_RECEIPTS_LIST = 'Plan Alert Receipts';
export const SNAPSHOTS_LIST = 'Plan Period Snapshots';
export const NOTIFICATIONS_LIST = 'Plan Notifications Log';
export const RECOMMENDATIONS_LIST = 'Plan Recommendations';
export const PROGRESS_UPDATES_LIST = 'Plan Progress Updates';
export const MILESTONES_LIST = 'Plan Milestones';
export const RISKS_LIST = 'Plan Risks';
export const RISK_REVIEWS_LIST = 'Plan Risk Reviews';
export const CHANGE_LOG_LIST = 'Plan Change Log';
export const SETTINGS_LIST = 'Plan Settings';
export const BUSINESS_CASES_LIST = 'Plan Business Cases';
export const BUSINESS_CASE_DECISIONS_LIST = 'Plan Business Case Decisions';

/**
 * Every list of the plan, in provisioning order (a lookup's target comes before the lookup).
 * Internal names are fixed here and created with createFieldAsXml, so every tenant gets the same.
 * Every column the app filters or orders by is indexed (a list keeps at most 20 indexes).
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
      operationKey(),
      code('Theme code'),
      person('LeadDirector', 'Lead director'),
      nameAsWritten('LeadDirectorName', 'Lead director'),
      text('LeadMemberName', 'Lead member'),
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
    fields: [
      operationKey(),
      code('Workstream code'),
      lookup('Theme', 'Theme', THEMES_LIST, true),
      person('Lead', 'Lead'),
      nameAsWritten('LeadName', 'Lead'),
      note('Description', 'Description'),
      note('Outcomes', 'Outcomes (one per line)'),
      note('Measures', 'Measures of success (one per line)'),
      note('Interdependencies', 'Depends on workstreams (codes, one per line)'),
      number('SortOrder', 'Order')
    ]
  },
  {
    key: 'recommendations',
    title: RECOMMENDATIONS_LIST,
    url: 'PlanRecommendations',
    description: 'External recommendations and Directions that the plan answers.',
    titleDisplayName: 'Recommendation',
    versioning: true,
    fields: [
      operationKey(),
      code('Recommendation reference'),
      choice('Source', 'Source', RECOMMENDATION_SOURCE_CHOICES, true, true),
      text('SourceDocument', 'Source document'),
      date('IssuedOn', 'Issued on'),
      note('Description', 'Recommendation text'),
      flag('Statutory', 'Statutory recommendation or Direction')
    ]
  },
  {
    key: 'actions',
    title: ACTIONS_LIST,
    url: 'PlanActions',
    description: 'The definition of each main action, sub-action and assurance action: changed only through change control.',
    titleDisplayName: 'Action',
    versioning: true,
    fields: [
      operationKey(),
      code('Action reference'),
      choice('ActionKind', 'Kind', ACTION_KIND_CHOICES, true),
      lookup('Theme', 'Theme', THEMES_LIST, true),
      lookup('Workstream', 'Workstream', WORKSTREAMS_LIST),
      lookup('ParentAction', 'Main action', ACTIONS_LIST),
      person('Lead', 'Lead officer', true),
      nameAsWritten('LeadName', 'Lead officer'),
      people('Delegates', 'Delegates'),
      text('LeadMember', 'Lead member'),
      note('Description', 'Description'),
      date('StartDate', 'Start date'),
      text('StartDateText', 'Start date as written'),
      date('BaselineDueDate', 'Baseline due date'),
      date('CurrentDueDate', 'Current due date', true),
      text('DueDateText', 'Due date as written'),
      choice('RiskRating', 'Risk rating', RISK_RATING_CHOICES),
      flag('Critical', 'Critical to the plan (its Red or Amber carries up to the theme)'),
      number('ReprofileCount', 'Times reprofiled'),
      date('ClosedOn', 'Closed on'),
      note('ClosureRationale', 'Closure rationale'),
      note('RecommendationRefs', 'Recommendations answered (item ids)'),
      note('RiskRefs', 'Linked risks (item ids)'),
      note('Outcomes', 'Outcomes (one per line)')
    ]
  },
  {
    key: 'actionProgress',
    title: ACTION_PROGRESS_LIST,
    url: 'PlanActionProgress',
    description: "Each action's current progress, one item per action, editable by its lead and delegates only.",
    titleDisplayName: 'Action reference',
    versioning: true,
    fields: [
      operationKey(),
      lookup('Action', 'Action', ACTIONS_LIST, true),
      choice('Status', 'Status', ACTION_STATUS_CHOICES, true),
      number('ProgressPercent', 'Progress (%)'),
      choice('Rating', 'Progress rating', RATING_CHOICES, true, false),
      note('RatingReason', 'Why this rating'),
      choice('RatingOverride', 'Rating override', RATING_CHOICES),
      note('OverrideReason', 'Reason for the override'),
      person('OverrideBy', 'Override set by'),
      instant('OverrideAt', 'Override set at'),
      note('Commentary', 'Commentary'),
      note('NextSteps', 'Next steps'),
      json('IssuesJson', 'Issues'),
      json('EvidenceJson', 'Evidence links'),
      date('ForecastDate', 'Forecast completion'),
      date('CompletedOn', 'Completed on'),
      instant('LastUpdated', 'Last updated by its lead', true)
    ]
  },
  {
    key: 'progressUpdates',
    title: PROGRESS_UPDATES_LIST,
    url: 'PlanProgressUpdates',
    description: 'Every progress update, kept as history per reporting period.',
    titleDisplayName: 'Summary',
    versioning: false,
    fields: [
      operationKey(),
      lookup('Action', 'Action', ACTIONS_LIST, true),
      text('Period', 'Reporting period', true),
      choice('Status', 'Status', ACTION_STATUS_CHOICES),
      number('ProgressPercent', 'Progress (%)'),
      choice('RatingAtSubmission', 'Rating when submitted', RATING_CHOICES),
      note('Commentary', 'Commentary'),
      note('NextSteps', 'Next steps'),
      json('AchievementsJson', 'Achievements'),
      date('ForecastDate', 'Forecast completion'),
      json('EvidenceJson', 'Evidence links'),
      person('SubmittedBy', 'Submitted by'),
      nameAsWritten('SubmittedByName', 'Submitted by'),
      instant('SubmittedAt', 'Submitted at', true)
    ]
  },
  {
    key: 'milestones',
    title: MILESTONES_LIST,
    url: 'PlanMilestones',
    description: 'Key milestones, of an action or of a theme directly.',
    titleDisplayName: 'Milestone',
    versioning: true,
    fields: [
      operationKey(),
      lookup('Action', 'Action', ACTIONS_LIST),
      text('ThemeCode', 'Theme code', true),
      date('DueDate', 'Due date', true, true),
      date('AchievedOn', 'Achieved on')
    ]
  },
  {
    key: 'risks',
    title: RISKS_LIST,
    url: 'PlanRisks',
    description: 'The improvement plan risk register.',
    titleDisplayName: 'Risk',
    versioning: true,
    fields: [
      operationKey(),
      code('Risk reference'),
      lookup('Theme', 'Theme', THEMES_LIST),
      person('Owner', 'Risk owner'),
      nameAsWritten('OwnerName', 'Risk owner'),
      note('Description', 'Description'),
      number('InherentLikelihood', 'Inherent likelihood'),
      number('InherentImpact', 'Inherent impact'),
      number('ResidualLikelihood', 'Residual likelihood'),
      number('ResidualImpact', 'Residual impact'),
      number('TargetLikelihood', 'Target likelihood'),
      number('TargetImpact', 'Target impact'),
      number('PreviousResidualLikelihood', 'Residual likelihood at the last report'),
      number('PreviousResidualImpact', 'Residual impact at the last report'),
      json('MitigationsJson', 'Mitigating actions'),
      note('ActionRefs', 'Linked actions (item ids)'),
      date('ReviewedOn', 'Last reviewed'),
      choice('Status', 'Status', RISK_STATUS_CHOICES, true, true)
    ]
  },
  {
    key: 'riskReviews',
    title: RISK_REVIEWS_LIST,
    url: 'PlanRiskReviews',
    description: 'Each risk reviewed in each reporting period: likelihood, impact, who reviewed it and why. Only ever added to; a later review of the same period supersedes an earlier one.',
    titleDisplayName: 'Review',
    versioning: false,
    fields: [
      operationKey(),
      lookup('Risk', 'Risk', RISKS_LIST, true),
      text('PeriodKey', 'Period (for example 2026-10)', true),
      number('Likelihood', 'Likelihood', false, true),
      number('Impact', 'Impact', false, true),
      date('ReviewedOn', 'Reviewed on'),
      person('ReviewedBy', 'Reviewed by'),
      nameAsWritten('ReviewedByName', 'Reviewed by'),
      note('ReviewNote', 'Note')
    ]
  },
  {
    key: 'changeLog',
    title: CHANGE_LOG_LIST,
    url: 'PlanChangeLog',
    description: 'Change requests and every recorded change, with rationale and decision.',
    titleDisplayName: 'Summary',
    versioning: true,
    fields: [
      operationKey(),
      number('Reference', 'Change reference', true, true),
      choice('ChangeType', 'Type of change', CHANGE_TYPE_CHOICES, true, true),
      choice('Status', 'Status', CHANGE_STATUS_CHOICES, true, true),
      lookup('Action', 'Action', ACTIONS_LIST),
      text('TargetCode', 'Code of the item changed', true),
      text('TargetTitle', 'Title of the item changed'),
      note('Rationale', 'Rationale'),
      json('ChangesJson', 'Values before and after'),
      person('RequestedBy', 'Requested by'),
      nameAsWritten('RequestedByName', 'Requested by'),
      date('RequestedOn', 'Requested on', true),
      person('DecidedBy', 'Decided by'),
      nameAsWritten('DecidedByName', 'Decided by'),
      date('DecidedOn', 'Decided on'),
      note('DecisionNote', 'Decision note')
    ]
  },
  {
    key: 'notifications',
    title: NOTIFICATIONS_LIST,
    url: 'PlanNotificationsLog',
    description: 'Every slippage alert, digest and reminder: claimed, sent or failed. Never edited by hand.',
    titleDisplayName: 'Key',
    versioning: true,
    fields: [
      operationKey(),
      text('SlipKey', 'Slip key', true),
      lookup('Action', 'Action', ACTIONS_LIST),
      text('ThemeCode', 'Theme code', true),
      choice('NotificationKind', 'Kind', NOTIFICATION_KIND_CHOICES, true),
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
    key: 'alertReceipts',
    title: ALERT_RECEIPTS_LIST,
    url: 'PlanAlertReceipts',
    description: 'Receipts for slip cards posted from the app by the person saving. Never an entry of record: the sweep checks each one.',
    titleDisplayName: 'Slip key',
    versioning: false,
    fields: [
      operationKey(),
      text('SlipKey', 'Slip key', true),
      lookup('Action', 'Action', ACTIONS_LIST),
      number('ProgressUpdateId', 'Progress update (item id)'),
      text('MessageId', 'Teams message id'),
      text('Route', 'Channel route'),
      instant('PostedAt', 'Posted at')
    ]
  },
  {
    key: 'businessCases',
    title: BUSINESS_CASES_LIST,
    url: 'PlanBusinessCases',
    description: "Business cases of actions: every save by an action's lead adds a revision; nobody edits one. Only revisions by the action's lead or a delegate are read.",
    titleDisplayName: 'Action reference',
    versioning: false,
    fields: [
      operationKey(),
      lookup('Action', 'Action', ACTIONS_LIST, true),
      choice('RevisionState', 'Draft or submitted', CASE_REVISION_STATE_CHOICES, false, true),
      json('CaseJson', 'Business case'),
      instant('SavedAt', 'Saved at')
    ]
  },
  {
    key: 'businessCaseDecisions',
    title: BUSINESS_CASE_DECISIONS_LIST,
    url: 'PlanBusinessCaseDecisions',
    description: 'The programme office approving or returning a business case revision; an approval keeps the case as approved. Created By names the decider. Never edited.',
    titleDisplayName: 'Action reference',
    versioning: false,
    fields: [
      operationKey(),
      lookup('Action', 'Action', ACTIONS_LIST, true),
      number('RevisionId', 'Business case revision (item id)', false, true),
      choice('Decision', 'Decision', CASE_DECISION_CHOICES, false, true),
      note('Reason', 'Reason'),
      json('ApprovedCaseJson', 'Business case as approved'),
      instant('DecidedAt', 'Decided at')
    ]
  },
  {
    key: 'settings',
    title: SETTINGS_LIST,
    url: 'PlanSettings',
    description: 'Plan settings and alert routing. Only the programme office edits it. Never store secrets here.',
    titleDisplayName: 'Setting',
    versioning: true,
    fields: [operationKey(), note('SettingValue', 'Value'), note('SettingDescription', 'What it controls')]
  },
  {
    key: 'snapshots',
    title: SNAPSHOTS_LIST,
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
      number('ChunkCount', 'Parts in all'),
      text('RecordHash', 'Record hash (SHA-256 of this period chained to the previous one)'),
      text('PreviousHash', 'Record hash of the previous closed period')
    ]
  }
];

/** Finds a list definition by key; throws if the code asks for a list that does not exist. */
export function listDefinition(key: ListKey): ListDefinition {
  const found = PLAN_LISTS.find((l) => l.key === key);
  if (!found) throw new Error(`No plan list is defined with key "${key}".`);
  return found;
}
