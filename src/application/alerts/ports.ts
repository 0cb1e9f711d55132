import type { TeamsAppConfig } from './teamsTabs';
/**
 * What the alert use cases need from the outside world: senders (`src/notifications`), routing
 * and links. The notifications log is in `logPorts.ts`; receipts and the save history, which the
 * sweep checks live posts against, are in `savePorts.ts`.
 */
import type { CardPayload } from './cardModels';

/** Where a card goes: a channel addressed through Graph, or a Teams Workflows webhook. */
export type ChannelTarget =
  | {
      kind: 'graph';
      /** Graph id of the team. */
      teamId: string;
      /** Graph id of the channel. */
      channelId: string;
    }
  | {
      kind: 'workflow';
      /**
       * Name of the environment variable (or Key Vault secret) holding the webhook URL. The URL's
       * `sig=` parameter is a credential, so only its name is ever stored in a list.
       */
      webhookSecretName: string;
      /** Theme the card is about (the emulator's default webhook is named after it). */
      themeCode: string;
    };

/** A post Teams accepted. */
export interface SendReceipt {
  /** HTTP status of the accepting answer (201 from Graph, 202 from a Workflows trigger). */
  status: number;
  /** Attempts it took, retries included. */
  attempts: number;
  /** Id of the posted message when the service returns one (Graph does; a Workflows trigger does not). */
  messageId?: string;
}

/** Posts cards to Teams channels (implemented in `src/notifications/senders`). */
export interface ChannelSender {
  /** The kind of target this sender can reach. */
  readonly kind: ChannelTarget['kind'];
  /**
   * Renders the card `payload` describes and posts it to `target`, retrying what Teams did not
   * accept (429, 503, a connection never made) and never a post whose outcome is unknown. A card with a link outside the plan's site and the app in Teams is refused
   * before anything is posted.
   * @throws ChannelSendError (or a RangeError for a card that cannot be rendered) when Teams did not accept it
   */
  send(target: ChannelTarget, payload: CardPayload): Promise<SendReceipt>;
}

/**
 * A card was not accepted, or its outcome is unknown. `retryable` says whether a later attempt
 * (the next sweep) may succeed; `uncertain` that Teams may have posted it although no success
 * came back (the answer was lost, timed out, or was a server error other than 503), so sending
 * it again may repeat it.
 */
export class ChannelSendError extends Error {
  public constructor(
    message: string,
    /** Last HTTP status, when an answer arrived. */
    public readonly status: number | undefined,
    public readonly attempts: number,
    public readonly retryable: boolean,
    public readonly uncertain: boolean = false
  ) {
    super(message);
    this.name = 'ChannelSendError';
  }
}

/** Where one theme's cards go. At least one of the two paths is set. */
export interface ThemeRoute {
  /** Channel for Graph posts (the in-app path, as the signed-in person). */
  graph?: { teamId: string; channelId: string };
  /** Name of the environment variable or secret holding a Workflows webhook URL (the sweep's path). */
  webhookSecretName?: string;
}

/** Alert routing as the programme office configured it in Plan Settings. */
export interface AlertRoutingConfig {
  /** Route per theme code. */
  themes: Readonly<Record<string, ThemeRoute>>;
  /** Route for themes without their own (or without the path a sender needs). */
  fallback?: ThemeRoute;
  /** Day of the weekly digest per theme code (`*` for every theme without its own). */
  digestDays: Readonly<Record<string, Weekday>>;
  /** Day of the month from which "update due" reminders go out (absent: no reminders). */
  reminderFromDay?: number;
  /** Day of the month updates are due by, printed on reminders. */
  updatesDueDay?: number;
  /** The app's id in Teams and its channel tabs, when recorded: cards then link into the tab. */
  teamsApp?: TeamsAppConfig;
  /** Settings that could not be used, in words (a URL where a secret name belongs, bad JSON). */
  problems?: readonly string[];
}

/** Days of the week, as settings name them. */
export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** Reads the routing configuration. */
export interface AlertRouting {
  readRouting(): Promise<AlertRoutingConfig>;
}

/** Builds links into the app. */
export interface AppLinks {
  /** Deep link that opens one action (of the theme `themeCode`, whose channel the card goes to). */
  action(actionId: string, themeCode?: string): string;
  /** Link to the plan (a theme's view when given). */
  plan(themeCode?: string): string;
}
