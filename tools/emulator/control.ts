/**
 * The emulator's own surface under `/_emulator/` (not SharePoint): health, reset, users,
 * faults, bulk item load, configuration, and the Workflows/Graph recordings.
 */
import { randomUUID } from 'node:crypto';
import type { Ctx } from './context';
import type { Faults, FaultRule } from './faults';
import { handleWorkflow } from './graph';
import { coerceWrite, defaultValues, isoSeconds } from './model/items';
import { SpError } from './errors';
import { ensureSecurity, ensureSeedGroups, syncLevelMembership } from './security/seed';
import type { ItemRecord, SqliteStore } from './store/sqliteStore';
import type { EmulatorUser, EmuRequest, EmuResponse, PermissionLevel } from './types';

export interface ControlDeps {
  store: SqliteStore;
  faults: Faults;
  sitePath: string;
  siteOwner: string;
  threshold: { value: number };
  /** The site's regional time zone (IANA name), which date-only columns are stored in. */
  timeZone: string;
  /** Users from the options, re-ensured after a reset. */
  configuredUsers: EmulatorUser[];
  /** Site groups from the options (title → member logins), re-ensured after a reset. */
  configuredGroups?: Record<string, string[]>;
  /** Whether the tenant granted delegated ChannelMessage.Send (Graph refuses channel posts without it). */
  graphConsent: { granted: boolean };
}

const ok = (status: number, body: unknown): EmuResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body)
});

const LEVELS: PermissionLevel[] = ['Read', 'Contribute', 'FullControl'];

export interface BulkOptions {
  /** Acting author/editor login (default: the site owner). */
  as?: string;
}

/**
 * Inserts many items in ONE transaction (a 25,000-item list in about a second), validating each
 * row like `items.add`. Rows may also set Created/Modified/AuthorId/EditorId, which SharePoint
 * only allows through imports.
 */
export function bulkAddItems(deps: ControlDeps, listTitle: string, rows: Array<Record<string, unknown>>, opts: BulkOptions = {}): number[] {
  const { store } = deps;
  const list = store.listByTitle(listTitle);
  if (!list) throw new SpError(404, '-1, System.ArgumentException', `List '${listTitle}' does not exist.`);
  const actor = store.userByLogin(opts.as ?? deps.siteOwner);
  if (!actor) throw new SpError(400, '-1, System.ArgumentException', `Unknown user ${opts.as ?? deps.siteOwner}.`);
  const ctx = { store, mode: 'nometadata', bodyVerbose: false, siteUrl: '', user: actor, login: actor.login, threshold: deps.threshold.value, timeZone: deps.timeZone } as unknown as Ctx;
  const defaults = defaultValues(list);
  const now = isoSeconds(new Date());
  const builders = rows.map((row) => {
    const { Created, Modified, AuthorId, EditorId, ...rest } = row;
    const values = { ...defaults, ...coerceWrite(ctx, list, rest) };
    return (id: number): ItemRecord => ({
      Id: id,
      Version: 1,
      GUID: randomUUID(),
      Created: Created ? isoSeconds(new Date(String(Created))) : now,
      Modified: Modified ? isoSeconds(new Date(String(Modified))) : Created ? isoSeconds(new Date(String(Created))) : now,
      AuthorId: typeof AuthorId === 'number' ? AuthorId : actor.id,
      EditorId: typeof EditorId === 'number' ? EditorId : typeof AuthorId === 'number' ? AuthorId : actor.id,
      Values: values
    });
  });
  return store.insertItems(list, builders, list.Props.EnableVersioning !== false).map((i) => i.Id);
}

function parseJson(req: EmuRequest): Record<string, unknown> {
  if (!req.body.trim()) return {};
  return JSON.parse(req.body) as Record<string, unknown>;
}

/** Adds or updates a user and moves them into the associated group of a new or changed level. */
function upsertSiteUser(store: SqliteStore, user: EmulatorUser): ReturnType<SqliteStore['upsertUser']> {
  const previous = store.userByLogin(user.login)?.permission;
  const saved = store.upsertUser(user);
  syncLevelMembership(store, saved, previous);
  return saved;
}

/** Seeds the associated groups and web role assignments, the configured users, then the configured groups. */
export function ensureConfiguredUsers(deps: ControlDeps): void {
  ensureSecurity(deps.store);
  for (const u of deps.configuredUsers) upsertSiteUser(deps.store, u);
  ensureSeedGroups(deps.store, deps.configuredGroups);
}

export async function handleControl(deps: ControlDeps, req: EmuRequest): Promise<EmuResponse> {
  const { store, faults } = deps;
  const method = req.method.toUpperCase();
  const parts = req.url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  try {
    switch (parts[0]) {
      case 'health':
        return ok(200, { status: 'ok', siteUrl: `${req.url.origin}${deps.sitePath}`, lists: store.allLists().length, users: store.allUsers().length, faults: faults.list(), listViewThreshold: deps.threshold.value });
      case 'reset':
        if (method !== 'POST') break;
        store.reset();
        faults.clear();
        ensureConfiguredUsers(deps);
        return ok(200, { reset: true });
      case 'config':
        if (method === 'POST') {
          const body = parseJson(req);
          if (body.listViewThreshold !== undefined) deps.threshold.value = Number(body.listViewThreshold);
        }
        return ok(200, { listViewThreshold: deps.threshold.value });
      case 'graph-consent':
        // POST { "granted": false } withdraws the delegated ChannelMessage.Send grant; true restores it.
        if (method === 'POST') {
          const body = parseJson(req);
          if (typeof body.granted !== 'boolean') return ok(400, { error: 'granted (true or false) is required' });
          deps.graphConsent.granted = body.granted;
        }
        if (method === 'POST' || method === 'GET') return ok(200, { granted: deps.graphConsent.granted });
        break;
      case 'faults':
        if (method === 'GET') return ok(200, faults.list());
        if (method === 'DELETE') {
          faults.clear();
          return ok(200, { cleared: true });
        }
        if (method === 'POST') {
          const body = parseJson(req);
          const rules = (Array.isArray(body) ? body : [body]) as Array<Partial<FaultRule>>;
          return ok(201, rules.map((r) => faults.add(r)));
        }
        break;
      case 'users': {
        if (method === 'GET') return ok(200, store.allUsers());
        if (method === 'POST') {
          const b = parseJson(req) as Partial<EmulatorUser>;
          if (!b.login || !b.permission || !LEVELS.includes(b.permission)) return ok(400, { error: `login and permission (${LEVELS.join('|')}) are required` });
          return ok(200, upsertSiteUser(store, { login: b.login, displayName: b.displayName ?? b.login, email: b.email ?? b.login, permission: b.permission }));
        }
        if (method === 'DELETE' && parts[1]) {
          const u = store.userByLogin(parts[1]);
          if (!u) return ok(404, { error: 'no such user' });
          store.removeUser(u.id);
          return ok(200, { removed: u.login });
        }
        break;
      }
      case 'groups': {
        // GET lists groups with member logins; POST { title, members: [logins] } ensures one (like the `groups` option).
        if (method === 'GET') {
          return ok(200, store.allGroups().map((g) => ({ id: g.Id, title: g.Title, members: g.MemberIds.map((id) => store.userById(id)?.login).filter(Boolean) })));
        }
        if (method === 'POST') {
          const b = parseJson(req) as { title?: string; members?: string[] };
          if (!b.title) return ok(400, { error: 'title is required' });
          ensureSeedGroups(store, { [b.title]: b.members ?? [] });
          const g = store.groupByTitle(b.title);
          return ok(200, { id: g?.Id, title: g?.Title, members: (g?.MemberIds ?? []).map((id) => store.userById(id)?.login) });
        }
        break;
      }
      case 'lists': {
        // POST /_emulator/lists/{title}/bulk  body: { items: [...], as?: login }
        if (method === 'POST' && parts[2] === 'bulk') {
          const b = parseJson(req);
          const ids = bulkAddItems(deps, parts[1], (b.items ?? []) as Array<Record<string, unknown>>, { as: b.as as string | undefined });
          return ok(201, { count: ids.length, firstId: ids[0] ?? null, lastId: ids[ids.length - 1] ?? null });
        }
        break;
      }
      case 'workflows':
        if (parts[1]) return handleWorkflow(store, method, parts.slice(1).join('/'), req.headers, req.body);
        break;
      case 'channel-messages':
        if (method === 'GET') return ok(200, store.channelMessages());
        if (method === 'DELETE') {
          store.clearChannelMessages();
          return ok(200, { cleared: true });
        }
        break;
      default:
        return ok(404, { error: `unknown emulator route ${req.url.pathname}` });
    }
    return ok(405, { error: `${method} not supported on ${req.url.pathname}` });
  } catch (e) {
    if (e instanceof SpError) return ok(e.status, { error: e.message, code: e.code });
    return ok(400, { error: e instanceof Error ? e.message : String(e) });
  }
}
