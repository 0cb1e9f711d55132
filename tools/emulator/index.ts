/**
 * Local SharePoint Online emulator (dev and test tooling only, never bundled).
 *
 *   const emu = await startEmulator({ port: 0, dataDir });
 *   spfi(emu.siteUrl).using(...)   // real PnPjs over HTTP
 *   // site time zone (date-only columns): startEmulator({ ..., timeZone: 'America/New_York' })
 *   // site groups: startEmulator({ ..., groups: { 'Improvement Programme Office': ['pmo@council.example'] } })
 *   await emu.close();
 */
import type { AddressInfo } from 'node:net';
import { bulkAddItems, ensureConfiguredUsers, type BulkOptions } from './control';
import { Faults, type FaultRule } from './faults';
import type { AppState } from './router';
import { createEmulatorServer } from './server';
import { DEFAULT_SITE_TIME_ZONE, spTimeZone } from './model/timeZone';
import { SqliteStore } from './store/sqliteStore';
import { APP_CATALOG_PATH } from './tenant';
import type { EmulatorOptions, EmulatorUser } from './types';

export type { EmulatorOptions, EmulatorUser, PermissionLevel, ExtraRoutes } from './types';
export type { FaultRule } from './faults';
export type { BulkOptions } from './control';

/** Users when none are configured: one per permission level. */
export const DEFAULT_USERS: EmulatorUser[] = [
  { login: 'owner@improvement.local', displayName: 'Site Owner', email: 'owner@improvement.local', permission: 'FullControl' },
  { login: 'editor@improvement.local', displayName: 'Erin Editor', email: 'editor@improvement.local', permission: 'Contribute' },
  { login: 'reader@improvement.local', displayName: 'Rory Reader', email: 'reader@improvement.local', permission: 'Read' }
];

export interface EmulatorHandle {
  /** http://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT/sites/improvement */
  siteUrl: string;
  /** The tenant app catalog, http://127.0.0.1:PORT/sites/appcatalog, where tenant properties are set. */
  appCatalogUrl: string;
  close(): Promise<void>;
  /** Loads many items in one transaction (test data, imports); returns their ids. */
  bulkAddItems(listTitle: string, rows: Array<Record<string, unknown>>, opts?: BulkOptions): number[];
  /** Programmatic fault injection (same rules as `POST /_emulator/faults`). */
  addFault(rule: Partial<FaultRule>): FaultRule;
  clearFaults(): void;
}

export async function startEmulator(options: EmulatorOptions): Promise<EmulatorHandle> {
  const timeZone = options.timeZone ?? DEFAULT_SITE_TIME_ZONE;
  spTimeZone(timeZone); // refuses a zone it has no SharePoint id for, before opening the store
  const store = new SqliteStore(options.dataDir);
  const users = options.users && options.users.length ? options.users : DEFAULT_USERS;
  const siteOwner = options.siteOwner ?? users.find((u) => u.permission === 'FullControl')?.login ?? users[0].login;
  const configuredUsers = users.some((u) => u.login.toLowerCase() === siteOwner.toLowerCase())
    ? users
    : [{ login: siteOwner, displayName: siteOwner, email: siteOwner, permission: 'FullControl' as const }, ...users];
  const app: AppState = {
    store,
    faults: new Faults(),
    sitePath: (options.sitePath ?? '/sites/improvement').replace(/\/$/, ''),
    siteOwner,
    threshold: { value: options.listViewThreshold ?? 5000 },
    configuredUsers,
    configuredGroups: options.groups,
    timeZone,
    graphConsent: { granted: options.graphConsent ?? true },
    sharePointAdmins: new Set((options.sharePointAdmins ?? [siteOwner]).map((l) => l.toLowerCase())),
    ...(options.teams
      ? { teams: new Map(Object.entries(options.teams).map(([team, logins]) => [team, new Set(logins.map((l) => l.toLowerCase()))])) }
      : {})
  };
  ensureConfiguredUsers(app);
  store.digestSecret();
  const server = createEmulatorServer(app, options.extraRoutes);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let closed = false;
  return {
    url,
    siteUrl: `${url}${app.sitePath}`,
    appCatalogUrl: `${url}${APP_CATALOG_PATH}`,
    bulkAddItems: (title, rows, opts) => bulkAddItems(app, title, rows, opts),
    addFault: (rule) => app.faults.add(rule),
    clearFaults: () => app.faults.clear(),
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    }
  };
}
