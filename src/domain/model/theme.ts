import type { ProgressRating } from '../rag/ratings';
import type { Person } from './people';

/**
 * The top level of a plan: a Best Value theme (Dudley), an aim (Bedford) or a coded theme
 * (Sandwell `OC`). Each has a lead director who is accountable and alerted.
 */
export interface Theme {
  /** Stable identifier (list item id or generated). */
  readonly id: string;
  /** Reference code, e.g. `'OC'`, `'A1'` or `'LEAD'`. Unique within the plan. */
  readonly code: string;
  /** Name, e.g. `'Organisational Culture'`. */
  readonly name: string;
  /** What the theme is about and the outcomes sought. */
  readonly description?: string;
  /** The programme office's written summary of progress, for reports (the Themes list's Summary). */
  readonly summary?: string;
  /** Director accountable for the theme. */
  readonly leadDirector: Person;
  /** Lead elected member (portfolio holder), when the plan names one. */
  readonly leadMember?: Person;
  /** Position in the plan; themes are shown in this order, not alphabetically. */
  readonly order: number;
  /**
   * The theme's rating as the programme office reports it, with its reason: a judgement shown
   * beside the rating the roll-up calculates, never instead of it.
   */
  readonly reportedRating?: ReportedThemeRating;
}

/** The programme office's own rating of a theme and why. */
export interface ReportedThemeRating {
  readonly rating: ProgressRating;
  readonly reason?: string;
}

/**
 * The level between a theme and its actions: a workstream (`OC.A`), an area of focus (Dudley) or
 * a numbered programme / work package (Bedford programme `5`).
 */
export interface Workstream {
  /** Stable identifier. */
  readonly id: string;
  /** Reference code, e.g. `'OC.A'` or `'5'`. Unique within the plan. */
  readonly code: string;
  /** Code of the theme the workstream belongs to. */
  readonly themeCode: string;
  /** Name, e.g. `'Financial sustainability'`. */
  readonly name: string;
  /** Description of the programme or area of focus. */
  readonly description?: string;
  /** Officer leading the workstream, when different from the theme lead. */
  readonly lead?: Person;
  /** Outcomes sought (Bedford "Outcomes", Dudley "Outcomes"). */
  readonly outcomes?: readonly string[];
  /** How success will be evidenced and measured (indicators). */
  readonly measures?: readonly string[];
  /** Codes of other workstreams this one depends on. */
  readonly interdependencies?: readonly string[];
  /** Position within the theme. */
  readonly order: number;
}
