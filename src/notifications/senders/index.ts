/** Channel senders: Graph channel messages (in-app, delegated) and Workflows webhooks (scheduled sweep). */
export * from './channelSender';
export * from './envelopes';
export * from './cardLinks';
export * from './http';
export * from './retryPolicy';
export * from './graphChannelSender';
export * from './workflowWebhookSender';
