import type { RetryResult } from './retryPolicy';
import { ChannelSendError } from './channelSender';
import { isRetryableStatus } from './retryPolicy';

/** The error for a post that was not accepted, worded for the notifications log. */
export function failureOf(result: RetryResult, where: string): ChannelSendError {
  if (!result.reply) {
    const reason = result.networkError instanceof Error ? result.networkError.message : String(result.networkError);
    return new ChannelSendError(`No answer from ${where} after ${result.attempts} attempt(s): ${reason}`, undefined, result.attempts, true);
  }
  const { status, body } = result.reply;
  const detail = body ? `: ${body.replace(/\s+/g, ' ').slice(0, 300)}` : '';
  return new ChannelSendError(`${where} answered ${status} after ${result.attempts} attempt(s)${detail}`, status, result.attempts, isRetryableStatus(status) || status === 401 || status === 403 || status === 404);
}
