/**
 * Slippage alerts, weekly digests and update reminders for Teams channels: the ports, the
 * "claim, send, confirm" protocol, the in-app `alertSlip` and the scheduled `runSweep`.
 */
export * from './ports';
export * from './logPorts';
export * from './savePorts';
export * from './routing';
export * from './linkPolicy';
export * from './teamsTabs';
export * from './alertKeys';
export * from './cardModels';
export * from './cardData';
export { claimAndSend, sendClaimed, confirmAppPost, isRetryDue, type DeliveryDeps, type DeliveryOutcome, type DeliveryStatus } from './deliver';
export { alertSlip, type AlertSlipDeps, type SlipAlertContext, type LiveAlertOutcome, type LiveAlertStatus } from './alertSlip';
export { checkReceipts, exceptionUpdates, previousEntryRating, recordedUpdateIds, saveSlipEvent, slipStands, type ReceiptCheck, type ReceiptSubject, type SaveSlip } from './saveSlips';
export { runSweep } from './runSweep';
export {
  DEFAULT_HISTORY_WINDOW_MS,
  DEFAULT_LEASE_MS,
  DEFAULT_RECEIPT_GRACE_MS,
  type SweepDeps,
  type SweepOptions,
  type SweepReport,
  type SweepRow
} from './sweepTypes';
export { rateAll, slipOf, slipStillHolds, type RatedAction } from './sweepRating';
