import type { RagPolicy } from '../../domain';
import type { ActionStore, PlanReader } from '../ports/planRepository';
import type { DeliveryStatus } from './deliver';
import type { AlertRouting, AlertRoutingConfig, AppLinks, ChannelSender, NotificationKind, NotificationLog } from './ports';

/** Half an hour: longer than any send with its retries, so a live claim is never taken over. */
export const DEFAULT_LEASE_MS = 30 * 60 * 1000;

/** What {@link runSweep} needs. */
export interface SweepDeps {
  /** Loads the plan with each action's version and stored rating. */
  plan: PlanReader;
  /** Writes the new stored rating of a slipped action (conditional on its version). */
  actions: Pick<ActionStore, 'getAction' | 'updateAction'>;
  log: NotificationLog;
  /** The sweep's sender: a Workflows webhook sender (app-only, no signed-in person). */
  sender: ChannelSender;
  routing: AlertRouting;
  links: AppLinks;
  /** The clock for claims and leases (the rating day is `today`, passed separately). */
  now: () => Date;
  /** How old a Claimed entry must be before a sweep takes it over. */
  leaseMs?: number;
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
  /** How it ended; `wouldSend` only in a dry run, `waiting` for a claim still within its lease. */
  status: DeliveryStatus | 'wouldSend' | 'waiting';
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
  /** Configuration and data problems worth a person's attention. */
  problems: string[];
}

/** Everything a sweep step shares. */
export interface SweepContext {
  deps: SweepDeps;
  options: SweepOptions;
  routing: AlertRoutingConfig;
  rows: SweepRow[];
  problems: string[];
}
