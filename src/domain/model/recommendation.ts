import type { IsoDate } from '../dates/isoDate';

/** Who made a recommendation the plan must answer. */
export type RecommendationSource =
  | 'ExternalAuditor'
  | 'LGAPeerChallenge'
  | 'CIPFA'
  | 'Direction'
  | 'BestValueNotice'
  | 'Commissioners'
  | 'Other';

/** Reader-facing names of recommendation sources. */
export const RECOMMENDATION_SOURCE_LABELS: Readonly<Record<RecommendationSource, string>> = {
  ExternalAuditor: 'External auditor',
  LGAPeerChallenge: 'LGA corporate peer challenge',
  CIPFA: 'CIPFA review',
  Direction: 'Direction of the Secretary of State',
  BestValueNotice: 'Best Value Notice',
  Commissioners: 'Commissioners',
  Other: 'Other'
};

/**
 * An external recommendation, statutory recommendation or Direction. Actions answer it by
 * listing its id in `recommendationIds`, so the per-recommendation view is derived, not kept.
 */
export interface Recommendation {
  /** Stable identifier. */
  readonly id: string;
  /** Reference as the source numbered it, e.g. `'R4'` or `'Direction 2(c)'`. */
  readonly reference: string;
  /** A short name, e.g. `'Timely accounts'`, when the register gives one. */
  readonly title?: string;
  /** Who made it. */
  readonly source: RecommendationSource;
  /** Document it came from, e.g. `'Value for Money Governance Review'`. */
  readonly sourceDocument?: string;
  /** Day issued. */
  readonly issuedOn?: IsoDate;
  /** Wording of the recommendation. */
  readonly text: string;
  /** Statutory recommendations and Directions carry legal weight and are reported first. */
  readonly statutory: boolean;
}
