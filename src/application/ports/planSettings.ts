import type { RollupMethod } from '../../domain';

/**
 * The plan's settings the programme office changes from the app. SharePoint lets only the
 * programme office write Plan Settings, so anyone else's save is refused there.
 */
export interface PlanSettingsStore {
  /**
   * Records how ratings roll up to workstreams and themes for the whole plan.
   * @throws PermissionDeniedError when SharePoint refuses the write
   */
  saveRollupMethod(method: RollupMethod): Promise<void>;
}
