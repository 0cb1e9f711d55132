/** Adaptive Card templates for slip alerts, weekly digests and update reminders. */
export * from './cardCommon';
export * from './cardText';
export * from './slipCard';
export * from './digestCard';
export * from './reminderCard';
export * from './renderPayload';
export * from './repeatNotice';
