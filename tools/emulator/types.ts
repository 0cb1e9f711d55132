/**
 * Shared types of the local SharePoint emulator.
 * The router works on these transport-neutral request/response objects so that a
 * `$batch` part (README §2.5) goes through exactly the same code as a real HTTP request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

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
  /** List view threshold (README §2.7); 5000 like SharePoint Online. */
  listViewThreshold?: number;
  /** Site path, `/sites/improvement` by default. */
  sitePath?: string;
}

export interface EmuRequest {
  method: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
  /** True for `$batch` parts: the outer POST already carried the digest (README §2.5). */
  digestSatisfied?: boolean;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type ODataMode = 'minimal' | 'nometadata' | 'verbose';
