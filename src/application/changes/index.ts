export * from './decideChangeRequest';
