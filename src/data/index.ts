/**
 * The data layer: SharePoint lists defined in code, idempotent provisioning, and the storage
 * ports of the application implemented with PnPjs. Only this layer imports `@pnp/*`.
 */
export { createPlanServices, type PlanServicesOptions, type SpPlanServices, type PlanLoad, type ActionQuery } from './repositories';
export { createSp, createSpForSpfx, type SpConnection } from './sp/createSp';
export { provisionPlan, type ProvisionReport, type ProvisionLog } from './provisioning/provisionPlan';
export { createPlanSetupService } from './provisioning/planSetupService';
export type { MappingProblem, ProblemSink } from './mapping';
export { createPlanSettingsStore } from './settings/spPlanSettings';
