/**
 * Slippage alerts, weekly digests and update reminders for Teams channels: the ports, the
 * "claim, send, confirm" protocol, the in-app `alertSlip` and the scheduled `runSweep`.
 */
export * from './ports';
export * from './routing';
export * from './cardModels';
export * from './cardData';
export { claimAndSend, sendClaimed, retryEntry, isRetryDue, type DeliveryDeps, type DeliveryOutcome, type DeliveryStatus } from './deliver';
export { alertSlip, type AlertSlipDeps, type SlipAlertContext } from './alertSlip';
export { runSweep } from './runSweep';
export { DEFAULT_LEASE_MS, type SweepDeps, type SweepOptions, type SweepReport, type SweepRow } from './sweepTypes';
export { rateAll, slipOf, slipStillHolds, type RatedAction } from './sweepRating';
