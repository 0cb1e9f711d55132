/** What to tell someone whose identity SharePoint refused to let set the tenant property. */
import { PLAN_SITE_TENANT_DESCRIPTION, PLAN_SITE_TENANT_KEY } from '../../src/data/tenant/tenantPlanSite';

/** The refusal's explanation and the two commands a SharePoint administrator can run instead. */
export function tenantRefusalAdvice(appCatalogUrl: string, planSiteUrl: string): string {
  return [
    'Only a SharePoint administrator (or Global Administrator) may set tenant properties, and only on the tenant app catalog.',
    'Ask one to run either of these:',
    '',
    '  PnP PowerShell:',
    `    Connect-PnPOnline -Url ${appCatalogUrl} -Interactive -ClientId <your PnP app id>`,
    `    Set-PnPStorageEntity -Key ${PLAN_SITE_TENANT_KEY} -Value "${planSiteUrl}" -Description "${PLAN_SITE_TENANT_DESCRIPTION}"`,
    '',
    '  CLI for Microsoft 365:',
    '    m365 login',
    `    m365 spo storageentity set --appCatalogUrl ${appCatalogUrl} --key ${PLAN_SITE_TENANT_KEY} --value "${planSiteUrl}" --description "${PLAN_SITE_TENANT_DESCRIPTION}"`
  ].join('\n');
}
