/**
 * Teams notifications: Adaptive Card templates and the senders that post them. Pure TypeScript:
 * no React, PnPjs or SPFx, so the web part, the standalone host and the Node sweep share it.
 */
export * from './cards';
export * from './senders';
