/**
 * Reporting periods: closing a period (an immutable snapshot of every action), viewing the plan as
 * at a closed period, what changed since the last report, and each theme's trend.
 */
export * from './ports';
export * from './snapshotCodec';
export * from './closePeriod';
export * from './asAt';
export * from './trend';
export * from './reportingPort';
