import type { IsoDate } from '../dates/isoDate';
import type { Person } from './people';

/** A risk rating on the register; separate from an action's progress rating. */
export type RiskRating = 'Red' | 'Amber' | 'Green';

/** A point on the grid: how likely and how bad, each from 1 to the grid's size. */
export interface RiskScore {
  /** Likelihood level (1 = least likely). */
  readonly likelihood: number;
  /** Impact level (1 = least severe). */
  readonly impact: number;
}

/** The lowest score that earns a rating; bands are checked from the highest score down. */
export interface RiskBand {
  /** Rating given at or above `minScore`. */
  readonly rating: RiskRating;
  /** Lowest likelihood x impact product in the band. */
  readonly minScore: number;
}

/**
 * A likelihood x impact grid, configurable per council (4x4 and 5x5 are both common).
 * Labels run from level 1 upwards.
 */
export interface RiskGrid {
  /** Names of the likelihood levels, e.g. `['Unlikely', 'Possible', 'Likely', 'Very likely']`. */
  readonly likelihoodLabels: readonly string[];
  /** Names of the impact levels. */
  readonly impactLabels: readonly string[];
  /** Rating bands; the band with the highest `minScore` not above the score applies. */
  readonly bands: readonly RiskBand[];
}

/** Direction of travel since the last report. */
export type RiskTrend = 'New' | 'Improving' | 'Stable' | 'Worsening';

/** A mitigating action against a risk, possibly itself an action in the plan. */
export interface MitigatingAction {
  /** What will be done. */
  readonly description: string;
  /** Who will do it. */
  readonly owner?: Person;
  /** By when. */
  readonly dueDate?: IsoDate;
  /** Id of the plan action that delivers it, when there is one. */
  readonly actionId?: string;
  /** Whether it is done. */
  readonly done: boolean;
}

/**
 * An entry in the Improvement Plan risk register.
 *
 * Inherent is the score before any mitigation, residual the score now, target where the owner
 * aims to bring it. `previousResidual` is the residual score at the last report, kept so the
 * trend ("reduced from Red 12 to Amber 8") can be worked out rather than typed.
 */
export interface Risk {
  /** Stable identifier. */
  readonly id: string;
  /** Register reference, e.g. `'IP6'`. */
  readonly reference: string;
  /** Short title, e.g. `'Investment and financial resources'`. */
  readonly title: string;
  /** Risk statement (if ... then ... resulting in ...). */
  readonly description?: string;
  /** Accountable owner. */
  readonly owner: Person;
  /** Theme the risk belongs to, if any. */
  readonly themeCode?: string;
  /** Score before mitigation. */
  readonly inherent: RiskScore;
  /** Score now. */
  readonly residual: RiskScore;
  /** Score the owner aims for. */
  readonly target: RiskScore;
  /** Residual score at the previous report; absent for a new risk. */
  readonly previousResidual?: RiskScore;
  /** Mitigations. */
  readonly mitigations: readonly MitigatingAction[];
  /** Ids of plan actions linked to the risk. */
  readonly actionIds: readonly string[];
  /** Day last reviewed. */
  readonly reviewedOn?: IsoDate;
  /** Whether the risk is still live. */
  readonly status: 'Open' | 'Closed';
}
