/**
 * The tenant-wide setting that names the plan site: a SharePoint tenant property (storage entity).
 * Teams runs the personal app on the tenant's root site and keeps no web part properties for it,
 * and a channel tab runs in its own team's site, so both read the plan's address from here.
 * Any signed-in user may read a tenant property from any site; only a SharePoint administrator
 * may set one, and only on the tenant app catalog site.
 */
import { SPQueryable, type SPFI } from '@pnp/sp';
import { Web, type IStorageEntity } from '@pnp/sp/webs';
import { httpStatus } from '../repositories/spErrors';

/** The tenant property's key. */
export const PLAN_SITE_TENANT_KEY = 'ImprovementPlanSiteUrl';

/** The description an administrator sees beside the property. */
export const PLAN_SITE_TENANT_DESCRIPTION = 'Improvement Plan Tracker: the SharePoint site that holds the Improvement Plan lists';

/**
 * The plan site the tenant names, or undefined when the property is not set (SharePoint answers a
 * missing key with `{"odata.null":true}`, not an error) or is blank.
 */
export async function readTenantPlanSite(sp: SPFI): Promise<string | undefined> {
  const entity = (await sp.web.getStorageEntity(PLAN_SITE_TENANT_KEY)) as Partial<IStorageEntity> | undefined;
  const value = typeof entity?.Value === 'string' ? entity.Value.trim() : '';
  return value || undefined;
}

/** The tenant refused to set the property: the identity is not a SharePoint administrator. */
export class TenantPropertyRefused extends Error {
  public constructor(public readonly appCatalogUrl: string) {
    super(`SharePoint refused to set the tenant property ${PLAN_SITE_TENANT_KEY} on ${appCatalogUrl} (access denied).`);
    this.name = 'TenantPropertyRefused';
  }
}

/**
 * Sets the tenant property to `planSiteUrl` on the tenant app catalog, found through the root
 * site's tenant settings. Returns the app catalog's address.
 * @throws TenantPropertyRefused when SharePoint answers 401 or 403; Error when the tenant has no app catalog
 */
export async function registerTenantPlanSite(rootSp: SPFI, rootSiteUrl: string, planSiteUrl: string): Promise<string> {
  const settings = await SPQueryable([rootSp.web, rootSiteUrl.replace(/\/+$/, '')], '_api/SP_TenantSettings_Current')<{ CorporateCatalogUrl?: string | null }>();
  const appCatalogUrl = settings.CorporateCatalogUrl;
  if (!appCatalogUrl) throw new Error('The tenant has no app catalog site: create it in the SharePoint admin centre (More features → Apps) first.');
  try {
    await Web([rootSp.web, appCatalogUrl]).setStorageEntity(PLAN_SITE_TENANT_KEY, planSiteUrl, PLAN_SITE_TENANT_DESCRIPTION, 'Set by npm run provision -- --register-tenant');
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) throw new TenantPropertyRefused(appCatalogUrl);
    throw error;
  }
  return appCatalogUrl;
}
