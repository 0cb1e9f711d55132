/**
 * Who may do what to the plan, as SharePoint enforces it: each plan list stops inheriting the
 * site's permissions and holds exactly these grants. On a Teams-connected site the Members group
 * holds Edit on the site (which includes managing lists), so nothing of the plan may inherit.
 *
 * The README's permission table is this table; a test reads the grants back from a provisioned
 * site and compares them with it.
 */
import type { ListKey } from '../schema/fieldTypes';

/** The principals the model names: the site's three associated groups and the programme office. */
export type PlanPrincipal = 'owners' | 'programmeOffice' | 'members' | 'visitors';

/**
 * Permission levels. `AddOnly` is the plan's own level: read, and add items, but never edit or
 * delete one, which is what makes a record append-only for the people who write it.
 */
export type PlanLevel = 'FullControl' | 'Contribute' | 'AddOnly' | 'Read';

/** The site group that shapes the plan, runs change control and closes periods. */
export const PROGRAMME_OFFICE_GROUP = 'Improvement Programme Office';

/** Name of the plan's custom permission level (created by provisioning). */
export const ADD_ONLY_LEVEL = 'Add items only (Improvement Plan)';

const READS = { owners: 'FullControl', members: 'Read', visitors: 'Read' } as const;
const SHAPED_BY_PROGRAMME_OFFICE = { ...READS, programmeOffice: 'Contribute' } as const;
const ADDED_TO_BY_STAFF = { ...READS, programmeOffice: 'Contribute', members: 'AddOnly' } as const;

/** Each plan list's grants. Every list breaks inheritance; nobody else holds anything on it. */
export const LIST_GRANTS: Readonly<Record<ListKey, Readonly<Partial<Record<PlanPrincipal, PlanLevel>>>>> = {
  themes: SHAPED_BY_PROGRAMME_OFFICE,
  workstreams: SHAPED_BY_PROGRAMME_OFFICE,
  recommendations: SHAPED_BY_PROGRAMME_OFFICE,
  actions: SHAPED_BY_PROGRAMME_OFFICE,
  // Full Control so the programme office can give each progress item its lead and delegates.
  actionProgress: { ...READS, programmeOffice: 'FullControl' },
  progressUpdates: ADDED_TO_BY_STAFF,
  milestones: SHAPED_BY_PROGRAMME_OFFICE,
  risks: SHAPED_BY_PROGRAMME_OFFICE,
  // Reviews are the register's history: the programme office adds them and never changes one, so a
  // closed period's scores stand; a later review of an open period supersedes an earlier one.
  riskReviews: { ...READS, programmeOffice: 'AddOnly' },
  changeLog: ADDED_TO_BY_STAFF,
  notifications: SHAPED_BY_PROGRAMME_OFFICE,
  alertReceipts: ADDED_TO_BY_STAFF,
  settings: SHAPED_BY_PROGRAMME_OFFICE,
  // Closing a period adds its snapshot; nobody but the site owners can change a closed period.
  snapshots: { ...READS, programmeOffice: 'AddOnly' },
  // Every save of a case adds a revision and nobody edits one; councillors read approved cases
  // only, from the decisions, so they hold nothing here (drafts stay with the council's officers).
  businessCases: { owners: 'FullControl', programmeOffice: 'AddOnly', members: 'AddOnly' },
  // Decisions are the programme office's alone, and once made they stand as the record.
  businessCaseDecisions: { ...READS, programmeOffice: 'AddOnly' }
};

/** What each action's progress item grants on top of its list's grants. */
export const PROGRESS_ITEM_GRANT: PlanLevel = 'Contribute';

/**
 * Unique permission scopes: one per action with a lead or delegate who has an account.
 * SharePoint allows 50,000 per list and advises staying near 5,000; the plan stays below that.
 */
export const MAX_ACTIONS_WITH_OWN_PERMISSIONS = 5000;
