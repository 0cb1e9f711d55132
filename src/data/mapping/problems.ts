/**
 * What a load found wrong with stored data. Mapping reports problems instead of throwing: a bad
 * JSON column on one action must not stop the plan from opening, but someone should hear of it.
 */

/** One stored value that could not be read as it should, and what was used instead. */
export interface MappingProblem {
  /** List title. */
  list: string;
  /** SharePoint item id. */
  itemId: number;
  /** Internal name of the column. */
  column: string;
  /** What was wrong and what the app did about it, in a sentence. */
  message: string;
}

/** Receives problems as mappers find them. */
export type ProblemSink = (problem: MappingProblem) => void;

/** Where in storage a value came from, so a problem can point at it. */
export interface ItemOrigin {
  list: string;
  itemId: number;
  report: ProblemSink;
}
