import type { Action, Person, SlippageEvent } from '../../domain';
import { slipCardData } from './cardData';
import type { AppLinks, AlertRouting, AlertRoutingConfig, ChannelSender } from './ports';
import { routeLabel, targetFor } from './routing';
import { withTeamsTabs } from './teamsTabs';
import type { AlertReceipts } from './savePorts';

/** What {@link alertSlip} needs: in the web part a Graph sender acting as the signed-in person. */
export interface AlertSlipDeps {
  receipts: AlertReceipts;
  sender: ChannelSender;
  routing: AlertRouting;
  links: AppLinks;
  now: () => Date;
}

/** What the saved action and the save add to the slip event. */
export interface SlipAlertContext {
  /** The action as saved (lead officer, commentary, baseline date). */
  action: Action;
  /** Who saved it: the signed-in person. */
  changedBy: Person;
  /** The theme's name, for the card. */
  themeName?: string;
  /** The progress history entry the save added, so the sweep can match the receipt to it. */
  progressUpdateId?: string;
}

/** How the live alert ended. */
export type LiveAlertStatus =
  /** Posted, and the receipt written: the sweep records it as Sent without posting again. */
  | 'posted'
  /** Posted, but the receipt could not be written: the sweep will post the card again. */
  | 'postedWithoutReceipt'
  /** Not posted (no route, no routing, Teams refused it): nothing written; the sweep posts it. */
  | 'leftForSweep';

/** The outcome of the live alert of one save. */
export interface LiveAlertOutcome {
  status: LiveAlertStatus;
  key: string;
  route?: string;
  messageId?: string;
  detail?: string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Posts the slip card a save just caused (`ActionUpdateResult.slipped`) to the theme's channel,
 * as the person saving, then adds a receipt to 'Plan Alert Receipts'. It writes nothing to the
 * notifications log: the sweep is the authority, finds the slip in the progress history, and
 * records it as Sent when the receipt is this person's, or posts it itself. Never throws.
 */
export async function alertSlip(event: SlippageEvent, context: SlipAlertContext, deps: AlertSlipDeps): Promise<LiveAlertOutcome> {
  const leftForSweep = (detail: string, route?: string): LiveAlertOutcome => ({ status: 'leftForSweep', key: event.key, ...(route ? { route } : {}), detail: `${detail} The scheduled sweep will post it.` });
  let routing: AlertRoutingConfig;
  try {
    routing = await deps.routing.readRouting();
  } catch (error) {
    return leftForSweep(`Alert routing could not be read (${message(error)}).`);
  }
  const target = targetFor(routing, event.themeCode, deps.sender.kind);
  if (!target) return leftForSweep(`No Teams channel is set for theme ${event.themeCode}.`);
  const route = routeLabel(target);
  const data = slipCardData(event, context.action, {
    ...(context.themeName ? { themeName: context.themeName } : {}),
    changedBy: context.changedBy.displayName,
    actionUrl: withTeamsTabs(deps.links, routing).action(event.actionId, event.themeCode)
  });
  let messageId: string | undefined;
  try {
    messageId = (await deps.sender.send(target, { kind: 'slip', data })).messageId;
  } catch (error) {
    return leftForSweep(message(error), route);
  }
  const posted = { key: event.key, route, ...(messageId ? { messageId } : {}) };
  try {
    await deps.receipts.add({ ...posted, actionId: event.actionId, ...(context.progressUpdateId ? { progressUpdateId: context.progressUpdateId } : {}), postedAt: deps.now() });
  } catch (error) {
    return { status: 'postedWithoutReceipt', ...posted, detail: `Posted, but the receipt could not be written (${message(error)}); the sweep will post the card again.` };
  }
  return { status: 'posted', ...posted };
}
