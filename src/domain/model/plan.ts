import type { RollupMethod } from '../rollup/rollupMethod';
import type { IsoDate } from '../dates/isoDate';
import type { Action } from './action';
import type { ChangeRequest } from './change';
import type { Milestone } from './milestone';
import type { Person } from './people';
import type { ProgressUpdate } from './progress';
import type { Recommendation } from './recommendation';
import type { Risk } from './risk';
import type { Theme, Workstream } from './theme';

/**
 * The structure a council chose for its plan. All three are held by the same model; the shape
 * only decides the words shown to readers and the code style suggested for new items.
 *
 * - `bestValueThemes`: the seven national Best Value themes, each with areas of focus (Dudley).
 * - `aimsAndProgrammes`: aims, numbered programmes, actions `5.3` with lettered sub-actions
 *   `5.3(a)` (Bedford).
 * - `codedThemes`: coded themes and lettered workstreams, actions `OC.A2`, sub-actions
 *   `OC.A2.1` (Sandwell).
 */
export type PlanShape = 'bestValueThemes' | 'aimsAndProgrammes' | 'codedThemes';

/** The words a plan uses for its levels, so screens say "Area of focus" or "Programme". */
export interface PlanTerminology {
  /** Singular name of the top level: `'Theme'` or `'Aim'`. */
  readonly theme: string;
  /** Singular name of the second level: `'Workstream'`, `'Area of focus'` or `'Programme'`. */
  readonly workstream: string;
  /** Singular name of a main action: usually `'Action'` or `'Deliverable'`. */
  readonly mainAction: string;
  /** Singular name of a sub-action. */
  readonly subAction: string;
}

/** The terminology each plan shape uses by default. */
export const DEFAULT_TERMINOLOGY: Readonly<Record<PlanShape, PlanTerminology>> = {
  bestValueThemes: { theme: 'Theme', workstream: 'Area of focus', mainAction: 'Deliverable', subAction: 'Sub-deliverable' },
  aimsAndProgrammes: { theme: 'Aim', workstream: 'Programme', mainAction: 'Action', subAction: 'Sub-action' },
  codedThemes: { theme: 'Theme', workstream: 'Workstream', mainAction: 'Main action', subAction: 'Sub-action' }
};

/** How often the plan is reported, which decides the default reporting period. */
export type ReportingCadence = 'month' | 'quarter' | 'halfYear';

/**
 * One council's Improvement Plan: the whole tree plus its registers. Plain data so it can be
 * loaded from lists, exported and snapshotted.
 */
export interface Plan {
  /** Stable identifier. */
  readonly id: string;
  /** Title, e.g. `'Council Improvement Plan 2025-2028'`. */
  readonly name: string;
  /** Council that owns the plan. */
  readonly council: string;
  /** Structure of the plan. */
  readonly shape: PlanShape;
  /** Level names shown to readers. */
  readonly terminology: PlanTerminology;
  /** Day the plan was adopted. */
  readonly adoptedOn?: IsoDate;
  /** First day of the plan. */
  readonly startDate: IsoDate;
  /** Last day of the plan. */
  readonly endDate: IsoDate;
  /** Reporting cadence to leadership. */
  readonly cadence: ReportingCadence;
  /** Senior responsible owner (usually the chief executive). */
  readonly seniorResponsibleOwner?: Person;
  /** How ratings roll up to workstreams and themes, chosen by the programme office; the default when absent. */
  readonly rollupMethod?: RollupMethod;
  /** Themes (or aims). */
  readonly themes: readonly Theme[];
  /** Workstreams (or areas of focus, or programmes). */
  readonly workstreams: readonly Workstream[];
  /** Main actions, sub-actions and assurance actions. */
  readonly actions: readonly Action[];
  /** Key milestones. */
  readonly milestones: readonly Milestone[];
  /** Progress updates, kept as history per reporting period. */
  readonly progressUpdates: readonly ProgressUpdate[];
  /** Risk register. */
  readonly risks: readonly Risk[];
  /** Change requests and their decisions (the change log). */
  readonly changeRequests: readonly ChangeRequest[];
  /** External recommendations and Directions the plan answers. */
  readonly recommendations: readonly Recommendation[];
}
