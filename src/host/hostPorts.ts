import type { PlanImporter } from '../application/import/ports';
import type { ReportingServices } from '../application/periods/reportingPort';
import type { PlanServices } from '../application/ports/planRepository';
import type { PlanSettingsStore } from '../application/ports/planSettings';
import type { RiskReviewStore } from '../application/risks';
import type { SlipAlerter } from './alerts/slipAlerter';

/** What every host (the SPFx web part, the standalone Teams and local page) hands the app. */
export interface HostPorts {
  /** The plan's lists: reading the plan, saving updates, change requests, business cases. */
  services: PlanServices;
  /** The import ports (the app shows Import to the programme office only). */
  importer: PlanImporter;
  /** Closed reporting periods on the plan site, and closing one. */
  reporting: ReportingServices;
  /** The plan's settings the programme office changes from the app (the roll-up method). */
  planSettings: PlanSettingsStore;
  /** The risk register's reviews, read when the register opens. */
  riskReviews: RiskReviewStore;
  hostKind: 'sharePoint' | 'teams' | 'teamsMobile';
  /** The route the page was opened with (query string, or a Teams deep link). */
  initialSearch: string;
  actionLink(actionId: string): string;
  /** Posts the slippage card of a save to the theme's channel, as the signed-in user. */
  sendSlipAlert: SlipAlerter;
}
