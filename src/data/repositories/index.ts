/** SharePoint implementations of the application's storage ports. */
export * from './planServices';
export * from './planLoader';
export * from './actionQueries';
export * from './actionStore';
export * from './progressStore';
export * from './changeStore';
export * from './session';
export * from './userIds';
export * from './requestCounter';
export * from './pages';
export * from './spErrors';
