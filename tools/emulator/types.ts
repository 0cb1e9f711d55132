/**
 * Shared types of the local SharePoint emulator.
 * The router works on these transport-neutral request/response objects so that a
 * `$batch` part goes through exactly the same code as a real HTTP request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Where a user sits on the Teams-connected site: 'FullControl' = an owner and site collection
 * administrator (bypasses every scope), 'Contribute' = a member of the Members group (which holds
 * Edit on the web), 'Read' = a member of the Visitors group (Read).
 */
export type PermissionLevel = 'Read' | 'Contribute' | 'FullControl';

export interface EmulatorUser {
  /** Login as sent in `X-Emulator-User`, e.g. `jane@council.example` (claims prefix optional). */
  login: string;
  displayName: string;
  email: string;
  permission: PermissionLevel;
}

export interface SiteUser extends EmulatorUser {
  /** Numeric id in the site user info list (what `AssignedToId` holds). */
  id: number;
}

export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Directory holding `emulator.sqlite`; created when missing. */
  dataDir: string;
  users?: EmulatorUser[];
  /** Login of the acting user when no `X-Emulator-User` header is sent. */
  siteOwner?: string;
  extraRoutes?: ExtraRoutes;
  /** List view threshold; 5000 like SharePoint Online. */
  listViewThreshold?: number;
  /** Site path, `/sites/improvement` by default. */
  sitePath?: string;
  /**
   * Site groups to seed, by title → member logins, e.g. `{ 'Improvement Programme Office': ['pmo@x'] }`.
   * Missing groups are created (owner: the associated Owners group); listed members are added,
   * existing members are kept. Re-applied at every start and after `/_emulator/reset`.
   */
  groups?: Record<string, string[]>;
  /**
   * The site's regional time zone as an IANA name (Europe/London by default; also UTC,
   * Europe/Paris, America/New_York). Date-only columns are stored as midnight of their day in it.
   */
  timeZone?: string;
  /**
   * Teams and their members (team id → logins), for the Graph stand-in. Graph refuses a channel
   * post from someone who is not a member of the team (403 Forbidden), so a team listed here does
   * too; a team not listed accepts anyone, as before.
   */
  teams?: Record<string, string[]>;
  /**
   * Whether the tenant granted the delegated Graph permission ChannelMessage.Send (true by
   * default). Without it Graph refuses every channel post with 403; switch it at run time with
   * `POST /_emulator/graph-consent` `{ "granted": false }`.
   */
  graphConsent?: boolean;
  /**
   * Logins of the tenant's SharePoint administrators (default: the site owner). Only they may set
   * tenant properties, on the tenant app catalog at `/sites/appcatalog`; anyone may read them from
   * any site, the root site `/` included.
   */
  sharePointAdmins?: string[];
}

/** A SharePoint site group (principal type 8); ids share one counter with users. */
export interface SiteGroupRecord {
  Id: number;
  Title: string;
  Description: string;
  /** Principal id (user or group) that owns the group. */
  OwnerId: number;
  MemberIds: number[];
  OnlyAllowMembersViewMembership: boolean;
  AllowMembersEditMembership: boolean;
  /** Set on the three associated groups seeded from the users' permission levels. */
  Associated?: 'Owners' | 'Members' | 'Visitors';
}

/** One principal's role bindings on a securable object (the web, or a list or item with unique permissions). */
export interface RoleAssignmentRecord {
  PrincipalId: number;
  RoleDefIds: number[];
}

export interface EmuRequest {
  method: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
  /** True for `$batch` parts: the outer POST already carried the digest. */
  digestSatisfied?: boolean;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type ODataMode = 'minimal' | 'nometadata' | 'verbose';
