/** Interface text in British English. Kept in one place so it can be reviewed and translated. */
export const strings = {
  appTitle: 'Improvement Plan',
  nav: { overview: 'Plan overview', my: 'My actions', exceptions: 'Exceptions', risks: 'Risk register', changes: 'Change control' },
  loading: 'Loading the plan…',
  loadFailed: 'The plan could not be loaded.',
  retry: 'Try again',
  readOnly: 'You can read the plan. Only action owners and the programme office can change it.',
  noActions: 'There are no actions here.',
  overdue: (n: number) => `${n} overdue`,
  search: 'Search actions',
  ratingFilter: 'Rating',
  allRatings: 'All ratings',
  columns: { code: 'Ref', title: 'Action', lead: 'Lead', due: 'Due', rating: 'Rating', status: 'Status' },
  showMore: (n: number) => `Show ${n} more`,
  panel: {
    close: 'Close',
    baseline: 'Baseline due date',
    current: 'Current due date',
    reprofiled: (n: number) => `Reprofiled ${n} ${n === 1 ? 'time' : 'times'}`,
    subActions: 'Sub-actions',
    history: 'Progress history',
    evidence: 'Evidence',
    changes: 'Change log',
    milestones: 'Milestones',
    copyLink: 'Copy link to this action',
    update: 'Update this action'
  },
  form: {
    status: 'Status',
    progress: 'Progress (%)',
    override: 'Override the calculated rating',
    noOverride: 'No override',
    overrideReason: 'Reason for the override',
    commentary: 'Commentary',
    nextSteps: 'Next steps',
    issues: 'New issue to record',
    evidenceUrl: 'Evidence link',
    requestedDueDate: 'Ask for a new due date',
    dateChangeRationale: 'Why the date needs to change',
    closureRationale: 'Why the action should close',
    save: 'Save update',
    saving: 'Saving…',
    saved: 'Update saved.',
    willBe: 'This update will rate the action',
    fixProblems: 'Please correct the highlighted fields.'
  },
  conflict: {
    title: 'Someone else saved this action while you were editing',
    body: 'Nothing has been overwritten. Compare the two versions, then keep yours (it will be saved on top of theirs) or take theirs.',
    yours: 'Your update',
    theirs: 'Saved by someone else',
    keepMine: 'Save my update',
    takeTheirs: 'Use their version'
  },
  changes: { approve: 'Approve', reject: 'Reject', none: 'No change requests are waiting for a decision.', rationale: 'Rationale' },
  my: { overdue: 'Overdue', dueSoon: 'Due in the next 30 days', awaiting: 'Awaiting my update this month', none: 'Nothing here.' },
  risks: { heatMap: 'Residual risk heat map', likelihood: 'Likelihood', impact: 'Impact' }
} as const;

/** Human labels of the action statuses. */
export const STATUS_LABELS: Record<string, string> = { NotStarted: 'Not started', InProgress: 'In progress', OnHold: 'On hold', Complete: 'Complete', Closed: 'Closed' };
