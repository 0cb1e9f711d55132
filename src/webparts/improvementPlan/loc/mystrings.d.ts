declare interface IImprovementPlanWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
}

declare module 'ImprovementPlanWebPartStrings' {
  const strings: IImprovementPlanWebPartStrings;
  export = strings;
}
