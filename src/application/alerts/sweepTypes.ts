import type { RagPolicy } from '../../domain';
import type { ActionStore, LoadedPlan, PlanReader } from '../ports/planRepository';
import type { DeliveryStatus } from './deliver';
import type { NotificationKind, NotificationLog } from './logPorts';
import type { AlertRouting, AlertRoutingConfig, AppLinks, ChannelSender } from './ports';
import type { AlertReceipts, SaveHistory } from './savePorts';
import type { RatedAction } from './sweepRating';

/** Half an hour: longer than any send with its retries, so a live claim is never taken over. */
export const DEFAULT_LEASE_MS = 30 * 60 * 1000;

/**
 * How far back the sweep reads the progress history for slips saves caused: a week, so a sweep
 * that did not run for a few days (a weekend, an outage) still finds every one.
 */
export const DEFAULT_HISTORY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * How long after a save the sweep waits for the app's receipt before posting the card itself:
 * the app posts and adds its receipt within seconds, so a slip this recent without one is left
 * for the next run rather than risk a second card.
 */
export const DEFAULT_RECEIPT_GRACE_MS = 2 * 60 * 1000;

/** What {@link runSweep} needs. */
export interface SweepDeps {
  /** Loads the plan with each action's version, stored rating and progress history. */
  plan: PlanReader;
  /** Writes the new stored rating of a slipped action (conditional on its version). */
  actions: Pick<ActionStore, 'getAction' | 'updateAction'>;
  log: NotificationLog;
  /** The progress history with SharePoint's authors. */
  history: SaveHistory;
  /** The receipts the app adds after posting a slip card itself. */
  receipts: AlertReceipts;
  /** The sweep's sender: a Workflows webhook sender (app-only, no signed-in person). */
  sender: ChannelSender;
  routing: AlertRouting;
  links: AppLinks;
  /** The clock for claims, leases and the history window (the rating day is `today`, passed separately). */
  now: () => Date;
  /** How old a Claimed entry must be before a sweep takes it over. */
  leaseMs?: number;
  /** How far back to read the progress history. */
  historyWindowMs?: number;
  /** How long to wait for the app's receipt of a save's card. */
  receiptGraceMs?: number;
  /** Rating policy; the domain default unless the plan publishes another. */
  policy?: RagPolicy;
}

/** Options of one sweep. */
export interface SweepOptions {
  /** The day to rate the plan on (Europe/London), `YYYY-MM-DD`. */
  today: string;
  /** Report what would be sent, without claiming, writing or posting anything. */
  dryRun?: boolean;
}

/** One line of a sweep's report. */
export interface SweepRow {
  kind: NotificationKind;
  key: string;
  themeCode: string;
  /** What the card is about: `OC.A2.1 Green → Red`, `digest`, `reminder for Jo Lead`. */
  subject: string;
  /**
   * How it ended; `wouldSend` and `wouldRecord` only in a dry run, `waiting` for a claim still
   * within its lease or a save still within the receipt grace.
   */
  status: DeliveryStatus | 'wouldSend' | 'wouldRecord' | 'waiting';
  route?: string;
  detail?: string;
}

/** What a sweep did. */
export interface SweepReport {
  today: string;
  dryRun: boolean;
  rows: SweepRow[];
  /** Cards posted (and confirmed or not) in this run. */
  posted: number;
  /** Cards that failed and are left for the next sweep. */
  failed: number;
  /** Cards whose post may or may not have reached Teams (resent once, marked, by the next sweep, or closed). */
  uncertain: number;
  /** Configuration and data problems worth a person's attention (forged entries and receipts among them). */
  problems: string[];
}

/** The plan as the sweep read it. */
export interface SweptPlan {
  loaded: LoadedPlan;
  rated: RatedAction[];
  themeNames: ReadonlyMap<string, string>;
}

/** Everything a sweep step shares. */
export interface SweepContext {
  deps: SweepDeps;
  options: SweepOptions;
  routing: AlertRoutingConfig;
  plan: SweptPlan;
  rows: SweepRow[];
  problems: string[];
}
