/**
 * Alert routing read from Plan Settings rows, and the choice of target for a card. Settings hold
 * channel ids and the *names* of webhook secrets only: a webhook URL carries its credential in
 * `sig=`, so a value that looks like a URL is refused, never used.
 */
import type { AlertRoutingConfig, ChannelTarget, ThemeRoute, Weekday } from './ports';
import { parseTeamsApp, TEAMS_APP_SETTING, TEAMS_TAB_PREFIX } from './teamsTabs';

/** A Plan Settings row as stored: Title and SettingValue. */
export interface SettingRow {
  title: string;
  value: string;
}

/** Setting titles the alerts read. */
const ROUTING_PREFIX = 'routing:';
const FALLBACK_ROUTE = 'routing:fallback';
const DIGEST_DAY_PREFIX = 'digestDay:';
const REMINDER_FROM_DAY = 'reminders:fromDay';
export const UPDATES_DUE_DAY = 'reminders:dueDay';

export const WEEKDAYS: readonly Weekday[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const SECRET_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;

/** The environment variable a theme's webhook URL is read from when routing names none: `IPT_WEBHOOK_<CODE>`. */
export function defaultWebhookSecretName(themeCode: string): string {
  return `IPT_WEBHOOK_${themeCode.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

function parseRoute(title: string, raw: string, problems: string[]): ThemeRoute | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    problems.push(`${title}: the value is not JSON such as {"teamId":"…","channelId":"…"} or {"webhookSecretName":"IPT_WEBHOOK_LD"}.`);
    return undefined;
  }
  if (typeof value !== 'object' || value === null) {
    problems.push(`${title}: the value must be a JSON object.`);
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const route: { graph?: ThemeRoute['graph']; webhookSecretName?: string } = {};
  if (typeof v.teamId === 'string' && typeof v.channelId === 'string' && v.teamId && v.channelId) route.graph = { teamId: v.teamId, channelId: v.channelId };
  else if (v.teamId !== undefined || v.channelId !== undefined) problems.push(`${title}: teamId and channelId must both be given.`);
  if (typeof v.webhookSecretName === 'string') {
    if (SECRET_NAME.test(v.webhookSecretName)) route.webhookSecretName = v.webhookSecretName;
    else problems.push(`${title}: webhookSecretName must be the NAME of an environment variable or secret, never the webhook URL itself. Ignored.`);
  }
  for (const key of Object.keys(v)) {
    if (typeof v[key] === 'string' && /^https?:\/\//i.test(v[key] as string)) problems.push(`${title}: "${key}" holds a URL. Webhook URLs are secrets: keep them out of lists and name the secret instead.`);
  }
  return route.graph || route.webhookSecretName ? route : undefined;
}

function parseDay(title: string, raw: string, problems: string[]): number | undefined {
  const n = Number(raw.trim());
  if (Number.isInteger(n) && n >= 1 && n <= 31) return n;
  problems.push(`${title}: "${raw}" is not a day of the month (1-31).`);
  return undefined;
}

/** Whether a Plan Settings row is one the alerts read. */
export function isAlertSetting(title: string): boolean {
  return [ROUTING_PREFIX, DIGEST_DAY_PREFIX, TEAMS_TAB_PREFIX].some((p) => title.startsWith(p)) || [REMINDER_FROM_DAY, UPDATES_DUE_DAY, TEAMS_APP_SETTING].includes(title);
}

/** Reads routing from settings rows; problems are described, never fatal. */
export function parseRouting(rows: readonly SettingRow[]): { config: AlertRoutingConfig; problems: string[] } {
  const problems: string[] = [];
  const themes: Record<string, ThemeRoute> = {};
  const digestDays: Record<string, Weekday> = {};
  let fallback: ThemeRoute | undefined;
  let reminderFromDay: number | undefined;
  let updatesDueDay: number | undefined;
  for (const { title, value } of rows) {
    if (title === FALLBACK_ROUTE) fallback = parseRoute(title, value, problems) ?? fallback;
    else if (title.startsWith(ROUTING_PREFIX)) {
      const route = parseRoute(title, value, problems);
      if (route) themes[title.slice(ROUTING_PREFIX.length)] = route;
    } else if (title.startsWith(DIGEST_DAY_PREFIX)) {
      const day = WEEKDAYS.find((d) => d.toLowerCase() === value.trim().toLowerCase());
      if (day) digestDays[title.slice(DIGEST_DAY_PREFIX.length)] = day;
      else problems.push(`${title}: "${value}" is not a day of the week.`);
    } else if (title === REMINDER_FROM_DAY) reminderFromDay = parseDay(title, value, problems);
    else if (title === UPDATES_DUE_DAY) updatesDueDay = parseDay(title, value, problems);
  }
  const teamsApp = parseTeamsApp(rows, problems);
  return {
    config: {
      themes,
      digestDays,
      ...(fallback ? { fallback } : {}),
      ...(reminderFromDay ? { reminderFromDay } : {}),
      ...(updatesDueDay ? { updatesDueDay } : {}),
      ...(teamsApp ? { teamsApp } : {}),
      problems
    },
    problems
  };
}

/**
 * The target for a theme's card on a sender of `kind`: the theme's own route, else the fallback.
 * For Graph there may be none (`undefined`); for Workflows the secret name defaults to
 * {@link defaultWebhookSecretName}, so an unconfigured theme fails visibly in the log.
 */
export function targetFor(config: AlertRoutingConfig, themeCode: string, kind: ChannelTarget['kind']): ChannelTarget | undefined {
  const own = config.themes[themeCode];
  if (kind === 'graph') {
    const graph = own?.graph ?? config.fallback?.graph;
    return graph ? { kind: 'graph', teamId: graph.teamId, channelId: graph.channelId } : undefined;
  }
  const name = own?.webhookSecretName ?? config.fallback?.webhookSecretName ?? defaultWebhookSecretName(themeCode);
  return { kind: 'workflow', webhookSecretName: name, themeCode };
}

/** A short description of a target for the log and reports (never a URL). */
export function routeLabel(target: ChannelTarget): string {
  return target.kind === 'graph' ? `graph:${target.teamId}/${target.channelId}` : `workflow:${target.webhookSecretName}`;
}

/**
 * Where the app posts a theme's slip cards, for the log entry that records such a post: from the
 * routing the programme office set, never from the receipt (whose words are the saver's).
 */
export function appPostRoute(config: AlertRoutingConfig, themeCode: string): string {
  const target = targetFor(config, themeCode, 'graph');
  return `${target ? routeLabel(target) : 'graph'} (posted from the app)`;
}

/** The weekday of an ISO day. */
export function weekdayOf(day: string): Weekday {
  const [y, m, d] = day.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** The digest day of a theme (its own, else `*`), if any. */
export function digestDayOf(config: AlertRoutingConfig, themeCode: string): Weekday | undefined {
  return config.digestDays[themeCode] ?? config.digestDays['*'];
}
