/** The sender port lives with the use cases; the senders here implement it. */
export { ChannelSendError, type ChannelSender, type ChannelTarget, type SendReceipt } from '../../application/alerts/ports';
