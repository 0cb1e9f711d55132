/**
 * Reporting periods: closing a period (an immutable snapshot of every action, sealed into a hash
 * chain), viewing the plan as at a closed period, what changed since the last report, each
 * theme's trend, and checking that the record of closed periods still matches its seals.
 */
export * from './ports';
export * from './snapshotCodec';
export * from './closePeriod';
export * from './recordSeal';
export * from './verifyRecord';
export * from './recordCheckMessage';
export * from './asAt';
export * from './planAsAt';
export * from './trend';
export * from './reportingPort';
