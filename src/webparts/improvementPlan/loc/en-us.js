define([], function () {
  return {
    PropertyPaneDescription: 'Improvement Plan settings',
    BasicGroupName: 'Where the plan lives',
    SiteUrlFieldLabel: 'Plan site URL',
    SiteUrlFieldDescription: 'The full URL of the SharePoint site that holds the Improvement Plan lists. Leave blank to use the plan site your organisation has registered for the whole tenant (the ImprovementPlanSiteUrl tenant property), or this site when none is registered. In a Teams channel tab this site is the team\'s own site, which is usually not the plan site.'
  };
});
