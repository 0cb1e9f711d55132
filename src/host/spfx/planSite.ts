import { createSpForSpfx } from '../../data/sp/createSp';
import { readTenantPlanSite } from '../../data/tenant/tenantPlanSite';
import { resolvePlanSite } from '../planSite';

/** The parts of the SPFx context PnPjs reads (the page's site and its digest). */
type SpfxPageContext = Parameters<typeof createSpForSpfx>[0];

/**
 * The plan site of the web part: the "Plan site URL" property, else the tenant property read
 * from the page's own site (the root site in the personal app), else the page's site.
 */
export function planSiteForSpfx(context: SpfxPageContext, configured: string | undefined): Promise<string> {
  return resolvePlanSite({
    configured,
    pageSiteUrl: context.pageContext.web.absoluteUrl,
    readTenantSetting: () => readTenantPlanSite(createSpForSpfx(context)),
    onProblem: (message) => console.warn(message)
  });
}
