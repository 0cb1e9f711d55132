import type { SessionService } from '../../application/ports/planRepository';
import type { TeamsTab } from '../../application/alerts/teamsTabs';

/** Writes the app id and a channel tab to Plan Settings; resolves true when something changed. */
export type TeamsTabRecorder = (appId: string, tab: TeamsTab) => Promise<boolean>;

/**
 * When the programme office opens the app in a channel tab, records the app id Teams reports and
 * the tab (team, channel, entity id) in Plan Settings, so cards for themes routed to this channel
 * link into this tab. Only the programme office may edit Plan Settings, so nobody else tries. Runs
 * in the background and never fails the page: a failure is only logged.
 */
export function rememberChannelTab(session: SessionService, record: TeamsTabRecorder, appId: string, tab: TeamsTab): Promise<void> {
  return session
    .currentUser()
    .then(async (user) => {
      if (user.canManage) await record(appId, tab);
    })
    .catch((error: unknown) => console.warn('The Teams tab could not be recorded in Plan Settings; cards keep their current links.', error));
}
