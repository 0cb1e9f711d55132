export * from './businessCase';
export * from './financeTotals';
export * from './validateBusinessCase';
export * from './caseRecord';
export * from './benefitsRollup';
export * from './decideCase';
