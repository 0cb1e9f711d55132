/**
 * Which site holds the plan, for every host: the site the page author typed (the web part's
 * "Plan site URL"), else the site the tenant property names, else the page's own site. Teams runs
 * the personal app on the tenant's root site and keeps no properties for it, and a channel tab
 * runs in its team's site, so without a typed address both read the tenant property.
 */

/** Where the host looks for the plan site. */
export interface PlanSiteSources {
  /** The address typed in the property pane (blank or absent: not typed). */
  configured?: string;
  /** The site of the page the app runs on. */
  pageSiteUrl: string;
  /** Reads the tenant property naming the plan site (undefined when not set). */
  readTenantSetting(): Promise<string | undefined>;
  /** Told when the tenant property could not be read; the page's site is used instead. */
  onProblem?(message: string): void;
}

const trimmed = (url: string): string => url.trim().replace(/\/+$/, '');

/** The plan site's absolute URL, without a trailing slash. */
export async function resolvePlanSite(sources: PlanSiteSources): Promise<string> {
  if (sources.configured?.trim()) return trimmed(sources.configured);
  try {
    const named = await sources.readTenantSetting();
    if (named) return trimmed(named);
  } catch (error) {
    sources.onProblem?.(`The tenant setting naming the plan site could not be read (${error instanceof Error ? error.message : String(error)}); using this site.`);
  }
  return trimmed(sources.pageSiteUrl);
}

/** The page the cards and copied links open on the plan site when the app has no SharePoint page of its own (the personal app). */
export function planPageUrl(planSiteUrl: string): string {
  return `${trimmed(planSiteUrl)}/SitePages/Improvement-Plan.aspx`;
}
