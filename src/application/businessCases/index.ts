export * from './saveBusinessCase';
export * from './decideBusinessCase';
