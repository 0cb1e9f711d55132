import type { Action, Person, SlippageEvent } from '../../domain';
import { slipCardData } from './cardData';
import { claimAndSend, type DeliveryOutcome } from './deliver';
import type { AlertRouting, AlertRoutingConfig, AppLinks, ChannelSender, NotificationLog } from './ports';

/** What {@link alertSlip} needs: in the web part a Graph sender acting as the signed-in person. */
export interface AlertSlipDeps {
  log: NotificationLog;
  sender: ChannelSender;
  routing: AlertRouting;
  links: AppLinks;
  now: () => Date;
}

/** What the saved action and the save add to the slip event. */
export interface SlipAlertContext {
  /** The action as saved (lead officer, commentary, baseline date). */
  action: Action;
  /** Who saved it. */
  changedBy: Person;
  /** The theme's name, for the card. */
  themeName?: string;
}

/**
 * Alerts the theme's channel about a slip a save just caused (`ActionUpdateResult.slipped`).
 *
 * Claims the slip key in the notifications log, posts the card, confirms. The in-app post is the
 * fast path, not the only one: when routing cannot be read, the theme has no Graph channel, or the
 * post fails, the entry is left Failed and the next scheduled sweep posts it through the theme's
 * webhook. Never throws for a delivery problem; it throws only when the log cannot be written at
 * all (the claim), which the host should report as "alert not recorded".
 */
export async function alertSlip(event: SlippageEvent, context: SlipAlertContext, deps: AlertSlipDeps): Promise<DeliveryOutcome> {
  let routing: AlertRoutingConfig;
  try {
    routing = await deps.routing.readRouting();
  } catch {
    // Without routing the claim is still recorded; the sweep, which reads routing itself, sends it.
    routing = { themes: {}, digestDays: {} };
  }
  const data = slipCardData(event, context.action, {
    ...(context.themeName ? { themeName: context.themeName } : {}),
    changedBy: context.changedBy.displayName,
    actionUrl: deps.links.action(event.actionId)
  });
  return claimAndSend(
    event.key,
    { kind: 'slip', themeCode: event.themeCode, actionId: event.actionId, payload: { kind: 'slip', data } },
    { log: deps.log, sender: deps.sender, routing, now: deps.now }
  );
}
