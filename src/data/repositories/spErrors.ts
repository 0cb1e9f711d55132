/**
 * Translation of SharePoint's HTTP failures into the application's errors, with sentences a person
 * can act on. Statuses other than 403/404 pass through untouched (a 500 list view threshold
 * error, for instance, must stay SharePoint's so it is recognisable in logs).
 */
import { NotFoundError, PermissionDeniedError } from '../../application/errors';

/** The HTTP status PnPjs attached to a failed request, if any. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** What was being done and to what, for the messages. */
export interface ErrorContext {
  /** e.g. "save changes to action OC.A2.1" */
  doing: string;
  /** e.g. "The action" */
  record: string;
  /** Who may do it, in words, for a refusal, e.g. "Only the action's lead, its delegates and the programme office can update its progress." */
  whoMay?: string;
}

/** The application error for `error`, or `error` itself when there is no better one. */
export function translateError(error: unknown, context: ErrorContext): unknown {
  const status = httpStatus(error);
  if (status === 401 || status === 403) {
    return new PermissionDeniedError(`SharePoint did not let you ${context.doing}. ${context.whoMay ?? 'Ask the programme office if you need to.'}`);
  }
  if (status === 404) return new NotFoundError(`${context.record} no longer exists: it may have been deleted. Reload the plan to see the current list.`);
  return error;
}

/** Longest server text kept in a message: enough to recognise the failure, not a page of markup. */
const MAX_DETAIL = 200;

/** SharePoint's own sentence from an error body: `odata.error` JSON, or the text of an HTML page. */
function bodyDetail(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: { value?: string } | string }; 'odata.error'?: { message?: { value?: string } } };
    const message = parsed['odata.error']?.message?.value ?? (typeof parsed.error?.message === 'string' ? parsed.error.message : parsed.error?.message?.value);
    if (message) return message;
  } catch {
    // Not JSON: an HTML error page or plain text.
  }
  const text = body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/**
 * A failed request in words for a person: "SharePoint answered 500 (Internal Server Error): …",
 * with SharePoint's own message rather than PnPjs's wrapper and never raw markup.
 */
export function describeSpFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const wrapped = /\[(\d{3})\]\s*([^:]*?)\s*::>\s*([\s\S]*)$/.exec(message);
  if (!wrapped) return message;
  const [, status, statusText, body] = wrapped;
  const detail = bodyDetail(body);
  return `SharePoint answered ${status}${statusText ? ` (${statusText})` : ''}${detail ? `: ${detail}` : '.'}`;
}
