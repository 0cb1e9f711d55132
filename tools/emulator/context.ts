/** Per-request context handed to every handler. */
import type { SqliteStore } from './store/sqliteStore';
import type { EmuRequest, ODataMode, SiteUser } from './types';

export interface Ctx {
  store: SqliteStore;
  req: EmuRequest;
  mode: ODataMode;
  /** Absolute site URL as the client addressed it, e.g. http://127.0.0.1:4321/sites/improvement. */
  siteUrl: string;
  /** Acting user (X-Emulator-User, else the site owner); undefined = not a member of the site. */
  user: SiteUser | undefined;
  /** Login named by the request (for error texts when the user is unknown). */
  login: string;
  threshold: number;
  /** The request body is odata=verbose (Content-Type), which changes write rules. */
  bodyVerbose: boolean;
  /** The site's time zone (IANA name): date-only columns keep midnight of their day in it. */
  timeZone: string;
}
