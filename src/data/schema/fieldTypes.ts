/**
 * The SharePoint column types the plan uses. Each maps to a `Type` in field SchemaXml and to a
 * value shape in REST.
 */
export type FieldType = 'Text' | 'Note' | 'Number' | 'DateTime' | 'Boolean' | 'Choice' | 'User' | 'Lookup' | 'URL';

/** A column of a plan list, defined in code so provisioning gives the same internal names everywhere. */
export interface FieldDefinition {
  /** Internal (static) name: what REST reads and writes. Never localised, never renamed. */
  internalName: string;
  /** The column heading people see in SharePoint. */
  displayName: string;
  type: FieldType;
  /** Whether SharePoint refuses an item without it. */
  required?: boolean;
  /**
   * Indexed columns can be filtered and ordered on lists past the 5,000-item list view threshold.
   * Every column the app filters or orders by is indexed.
   */
  indexed?: boolean;
  /** Allowed values for Choice columns. */
  choices?: readonly string[];
  /** For Lookup columns: the title of the list looked up (its Title column is shown). */
  lookupListTitle?: string;
  /** For DateTime columns: date only (no time of day), as plans are dated by day. */
  dateOnly?: boolean;
  /** Help text shown under the column in SharePoint forms. */
  description?: string;
  /** For User columns: holds several people (written as an array of user ids). */
  multiple?: boolean;
  /** Kept out of SharePoint's forms and views: the app writes it, people never need to. */
  hidden?: boolean;
}

/** A plan list: its title, web-relative URL and columns (besides the built-in Title). */
export interface ListDefinition {
  /** Stable key used by the code. */
  key: ListKey;
  /** The list title (used by `lists.getByTitle`). */
  title: string;
  /** Web-relative URL segment under Lists/ (no spaces, so links stay readable). */
  url: string;
  description: string;
  /** Display name for the built-in Title column. */
  titleDisplayName: string;
  fields: readonly FieldDefinition[];
  /** Keep version history, so every change of an action can be shown. */
  versioning: boolean;
}

/** Keys of the plan lists. */
export type ListKey =
  | 'themes'
  | 'workstreams'
  | 'actions'
  | 'actionProgress'
  | 'progressUpdates'
  | 'milestones'
  | 'risks'
  | 'riskReviews'
  | 'changeLog'
  | 'recommendations'
  | 'notifications'
  | 'alertReceipts'
  | 'settings'
  | 'snapshots'
  | 'businessCases'
  | 'businessCaseDecisions';
