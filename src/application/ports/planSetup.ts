/** What a site lacks of the plan's schema. */
export interface PlanSetupGap {
  /** Titles of plan lists the site does not have. */
  missingLists: string[];
}

/** What a provisioning run changed. */
export interface PlanSetupResult {
  listsCreated: string[];
  fieldsAdded: string[];
  indexesAdded: string[];
}

/**
 * Lets a site owner set up (or repair) the plan's lists from the app itself. Running it again is
 * always safe: it only adds what is missing and never drops data.
 */
export interface PlanSetupService {
  checkSetup(): Promise<PlanSetupGap>;
  provision(log?: (message: string) => void): Promise<PlanSetupResult>;
}
