import * as React from 'react';
import { isConflict } from '../../../application/errors';
import type { ActionChanges, PlanServices, Versioned } from '../../../application/ports/planRepository';
import { applyChangeToAction, decideChange, londonDate, type Action, type ChangeRequest, type Person } from '../../../domain';
import { errorMessage } from '../../components/States';
import { useAsync, type AsyncState } from '../../hooks/useAsync';
import { strings } from '../../loc/strings';

/** The action fields an approved change may alter, for writing back only what changed. */
const APPLIED_FIELDS = ['currentDueDate', 'reprofileCount', 'title', 'description', 'status', 'closureRationale'] as const;

function diff(before: Action, after: Action): ActionChanges {
  const changes: Record<string, unknown> = {};
  for (const field of APPLIED_FIELDS) if (before[field] !== after[field]) changes[field] = after[field];
  return changes as ActionChanges;
}

/** What {@link useChangeQueue} gives the view. */
export interface ChangeQueue {
  state: AsyncState<Array<Versioned<ChangeRequest>>>;
  retry(): void;
  message?: { intent: 'success' | 'error' | 'warning'; text: string };
  busy?: string;
  decide(request: Versioned<ChangeRequest>, status: 'Approved' | 'Rejected', note: string): void;
}

/** Options of {@link useChangeQueue}. */
export interface ChangeQueueOptions {
  services: PlanServices;
  user: Person;
  now: () => Date;
  /** Called after a decision so the app can refresh the plan. */
  onDecided(): void;
}

/**
 * The change control queue: loads the requests and records decisions. The domain checks each
 * decision (nobody decides their own request); an approved date, wording or closure change is
 * then applied to its action against the action's current version.
 */
export function useChangeQueue({ services, user, now, onDecided }: ChangeQueueOptions): ChangeQueue {
  const { state, retry } = useAsync<Array<Versioned<ChangeRequest>>>(() => services.listChangeRequests(), [services]);
  const [message, setMessage] = React.useState<{ intent: 'success' | 'error' | 'warning'; text: string } | undefined>();
  const [busy, setBusy] = React.useState<string | undefined>();

  const applyToAction = async (request: ChangeRequest): Promise<{ ok: boolean; text: string }> => {
    if (!request.actionId || !['Timescale', 'Description', 'Closure'].includes(request.type)) return { ok: true, text: '' };
    try {
      const current = await services.getAction(request.actionId);
      const applied = applyChangeToAction(current.value, request);
      if (!applied.ok) return { ok: false, text: strings.changes.notApplied(applied.error) };
      await services.updateAction(request.actionId, diff(current.value, applied.value), current.version);
      return { ok: true, text: strings.changes.applied(current.value.code) };
    } catch (error) {
      return { ok: false, text: strings.changes.notApplied(errorMessage(error)) };
    }
  };

  const decide = async (request: Versioned<ChangeRequest>, status: 'Approved' | 'Rejected', note: string): Promise<void> => {
    const on = londonDate(now());
    const checked = decideChange(request.value, status, user, on, note);
    if (!checked.ok) {
      setMessage({ intent: 'error', text: checked.error });
      return;
    }
    setBusy(request.value.id);
    try {
      await services.decideChangeRequest(request.value.id, { status, by: user, on, ...(note.trim() ? { note: note.trim() } : {}) }, request.version);
      const applied = status === 'Approved' ? await applyToAction(checked.value) : { ok: true, text: '' };
      setMessage({ intent: applied.ok ? 'success' : 'warning', text: `${strings.changes.done(request.value.reference, status)}${applied.text}` });
      onDecided();
    } catch (error) {
      setMessage({ intent: 'error', text: isConflict(error) ? strings.changes.conflict(request.value.reference) : errorMessage(error) });
    } finally {
      setBusy(undefined);
      retry();
    }
  };

  return {
    state,
    retry,
    message,
    busy,
    decide: (request, status, note) => {
      decide(request, status, note).catch(() => undefined);
    }
  };
}
