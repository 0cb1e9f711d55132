import type { RetryResult } from './retryPolicy';
import { ChannelSendError } from './channelSender';
import { isRetryableStatus } from './retryPolicy';

/** The error for a post that was not accepted, or whose outcome is unknown, worded for the notifications log. */
export function failureOf(result: RetryResult, where: string): ChannelSendError {
  const unknown = result.uncertain ? ' Teams may have posted the card, so it is not sent again blindly.' : '';
  if (!result.reply) {
    const reason = result.networkError instanceof Error ? result.networkError.message : String(result.networkError);
    return new ChannelSendError(`No answer from ${where} after ${result.attempts} attempt(s): ${reason}.${unknown}`, undefined, result.attempts, true, result.uncertain);
  }
  const { status, body } = result.reply;
  const detail = body ? `: ${body.replace(/\s+/g, ' ').slice(0, 300)}` : '';
  const retryable = result.uncertain || isRetryableStatus(status) || status === 401 || status === 403 || status === 404;
  return new ChannelSendError(`${where} answered ${status} after ${result.attempts} attempt(s)${detail}${unknown}`, status, result.attempts, retryable, result.uncertain);
}
