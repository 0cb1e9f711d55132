/**
 * SP.Web properties a MERGE on `_api/web` may change, saved in the store and read back by every
 * later GET. Anything else is SharePoint's 400 for a property the type does not define.
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { WEB_PROPS_META } from '../store/sqliteStore';

/** The longest title SharePoint accepts for a web or a list. */
export const MAX_TITLE = 255;

/** Writable SP.Web properties and the JSON type each must have. */
const WRITABLE: Record<string, 'string' | 'boolean' | 'number'> = {
  Title: 'string',
  Description: 'string',
  AlternateCssUrl: 'string',
  CustomMasterUrl: 'string',
  MasterUrl: 'string',
  SiteLogoUrl: 'string',
  RequestAccessEmail: 'string',
  CommentsOnSitePagesDisabled: 'boolean',
  EnableMinimalDownload: 'boolean',
  ExcludeFromOfflineClient: 'boolean',
  FooterEnabled: 'boolean',
  HorizontalQuickLaunch: 'boolean',
  MegaMenuEnabled: 'boolean',
  MembersCanShare: 'boolean',
  NavAudienceTargetingEnabled: 'boolean',
  NoCrawl: 'boolean',
  QuickLaunchEnabled: 'boolean',
  SaveSiteAsTemplateEnabled: 'boolean',
  TreeViewEnabled: 'boolean',
  HeaderEmphasis: 'number',
  HeaderLayout: 'number'
};

const EDM: Record<string, string> = { string: 'Edm.String', boolean: 'Edm.Boolean', number: 'Edm.Int32' };

/** Saved web properties (empty until the first MERGE). */
export function savedWebProps(ctx: Ctx): Record<string, unknown> {
  const raw = ctx.store.getMeta(WEB_PROPS_META);
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

/** Validates a MERGE body on the web and saves it; throws SharePoint's errors before saving anything. */
export function updateWebProps(ctx: Ctx, body: Record<string, unknown>): void {
  const changes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') continue;
    const type = WRITABLE[k];
    if (!type) throw errors.unknownProperty(k, 'SP.Web');
    if (typeof v !== type) throw errors.badValue(EDM[type]);
    if (k === 'Title' && (v as string).length > MAX_TITLE) throw errors.titleTooLong();
    changes[k] = v;
  }
  const next = JSON.stringify({ ...savedWebProps(ctx), ...changes });
  ctx.store.transaction(() => ctx.store.setMeta(WEB_PROPS_META, next));
}
