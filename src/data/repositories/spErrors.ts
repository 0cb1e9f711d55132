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
}

/** The application error for `error`, or `error` itself when there is no better one. */
export function translateError(error: unknown, context: ErrorContext): unknown {
  const status = httpStatus(error);
  if (status === 401 || status === 403) {
    return new PermissionDeniedError(`You do not have permission to ${context.doing}. Ask the programme office for edit access to the plan.`);
  }
  if (status === 404) return new NotFoundError(`${context.record} no longer exists: it may have been deleted. Reload the plan to see the current list.`);
  return error;
}
