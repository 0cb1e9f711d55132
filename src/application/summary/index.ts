export * from './planSummary';
