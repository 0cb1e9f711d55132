/**
 * A real save of OC.A3 by Erin Editor (its lead) through the app's own use case and data layer,
 * and the live alert as the web part sends it: Graph as Erin, then her receipt.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { submitActionUpdate, type ActionUpdateResult } from '../../../../src/application/updates/submitActionUpdate';
import type { LiveAlertOutcome } from '../../../../src/application/alerts';
import { createPlanServices } from '../../../../src/data/repositories';
import { createAlertStores, SpSaveHistory, writeRoutingSettings } from '../../../../src/data/notifications';
import { fetchPostJson } from '../../../../src/notifications/senders';
import { createSlipAlerter } from '../../../../src/host/alerts/slipAlerter';
import { EDITOR, type SweepSite } from './sweepSite';

/** The slip key Erin's save of OC.A3 produces (Green to Red, due 30 Sep 2026). */
export const slipKeyOfA3 = (site: SweepSite): string => `${site.ids.get('OC.A3')}:Green->Red:2026-09-30`;

/** Gives theme OC a Graph channel, so the live path can post (the programme office's setting). */
export async function routeOcToGraph(site: SweepSite): Promise<void> {
  await writeRoutingSettings(site.sp, [{ title: 'routing:OC', value: '{"teamId":"team-oc","channelId":"chan-oc"}' }]);
}

/** Erin saves OC.A3 as Red (an override with its reason): the save writes the rating and the history entry. */
export async function saveA3AsRed(site: SweepSite): Promise<{ result: ActionUpdateResult; progressUpdateId: string }> {
  const services = createPlanServices(site.as(EDITOR), { onProblem: () => undefined });
  const loaded = await services.loadPlan();
  const action = loaded.plan.actions.find((a) => a.code === 'OC.A3');
  if (!action) throw new Error('OC.A3 is missing');
  const user = await services.currentUser();
  const input = { status: 'InProgress' as const, commentary: 'The appraisal system is down until June.', overrideRating: 'Red' as const, overrideReason: 'Supplier outage' };
  const result = await submitActionUpdate(services, action, loaded.actionVersions[action.id], input, user.person, new Date());
  if (!result.slipped) throw new Error('The save did not slip');
  // The use case does not hand the new history entry's id to the host yet; read it back.
  const [latest] = (await new SpSaveHistory(site.sp).listSince(new Date(Date.now() - 60_000))).filter((u) => u.actionId === action.id).slice(-1);
  return { result, progressUpdateId: latest.id };
}

/** The live alert as a host sends it, acting as Erin against the emulator's Graph stand-in. */
export async function sendLiveAlert(site: SweepSite, saved: { result: ActionUpdateResult; progressUpdateId: string }, themeName = 'Organisational Culture'): Promise<LiveAlertOutcome> {
  const alerter = createSlipAlerter({
    stores: createAlertStores(site.as(EDITOR)),
    postJson: fetchPostJson(fetch, { Authorization: 'Bearer local', 'X-Emulator-User': EDITOR }),
    graphBaseUrl: `${site.emu.url}/v1.0`,
    actionLink: (id) => `${site.emu.url}/?view=action&action=${id}`,
    planLink: () => `${site.emu.url}/`
  });
  const { result } = saved;
  return alerter(result.slipped!, result.action, { displayName: 'Erin Editor', email: EDITOR }, themeName, saved.progressUpdateId);
}

/**
 * The log and receipts as a site whose permissions were never secured leaves them: every member
 * of staff may write both. The sweep must still tell what is of record by who wrote it.
 */
export async function openAlertListsToStaff(sp: SPFI): Promise<void> {
  const members = await sp.web.associatedMemberGroup.select('Id')<{ Id: number }>();
  const contribute = await sp.web.roleDefinitions.getByType(3).select('Id')<{ Id: number }>();
  for (const title of ['Plan Notifications Log', 'Plan Alert Receipts']) await sp.web.lists.getByTitle(title).roleAssignments.add(members.Id, contribute.Id);
}

/** Every card the emulator recorded, as text (Graph and Workflows envelopes alike). */
export async function postedTexts(site: SweepSite): Promise<Array<{ kind: string; text: string }>> {
  return (await site.messages()).map((m) => ({ kind: String(m.kind), text: JSON.stringify(m.envelope) }));
}
