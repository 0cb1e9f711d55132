define([], function () {
  return {
    PropertyPaneDescription: 'Improvement Plan settings',
    BasicGroupName: 'Where the plan lives',
    SiteUrlFieldLabel: 'Plan site URL',
    SiteUrlFieldDescription: 'Leave blank to use this site. Otherwise give the full URL of the SharePoint site that holds the Improvement Plan lists.'
  };
});
