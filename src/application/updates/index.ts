export * from './actionUpdateInput';
export * from './applyUpdateInput';
export * from './validateActionUpdate';
export * from './submitActionUpdate';
export * from './textLimits';
