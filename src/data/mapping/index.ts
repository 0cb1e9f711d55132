/** Pure mapping between SharePoint list items (minimal-metadata JSON) and the domain model. */
export * from './values';
export * from './siteDays';
export * from './problems';
export * from './json';
export * from './people';
export * from './actions';
export * from './actionColumns';
export * from './themes';
export * from './progress';
export * from './milestones';
export * from './risks';
export * from './changes';
export * from './recommendations';
export * from './planDetails';
export * from './rollupSetting';
