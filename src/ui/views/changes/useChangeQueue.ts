import * as React from 'react';
import { decideChangeRequest } from '../../../application/changes';
import { isConflict } from '../../../application/errors';
import type { PlanServices, Versioned } from '../../../application/ports/planRepository';
import type { ChangeRequest, Person } from '../../../domain';
import { errorMessage } from '../../components/States';
import { useAsync, type AsyncState } from '../../hooks/useAsync';
import { strings } from '../../loc/strings';

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
 * The change control queue: loads the requests and records decisions through the application's
 * {@link decideChangeRequest}, which checks them (nobody decides their own request) and applies
 * an approved change to its action.
 */
export function useChangeQueue({ services, user, now, onDecided }: ChangeQueueOptions): ChangeQueue {
  const { state, retry } = useAsync<Array<Versioned<ChangeRequest>>>(() => services.listChangeRequests(), [services]);
  const [message, setMessage] = React.useState<{ intent: 'success' | 'error' | 'warning'; text: string } | undefined>();
  const [busy, setBusy] = React.useState<string | undefined>();

  const decide = async (request: Versioned<ChangeRequest>, status: 'Approved' | 'Rejected', note: string): Promise<void> => {
    setBusy(request.value.id);
    try {
      const result = await decideChangeRequest(services, request, status, note, now);
      if (result.outcome === 'refused') {
        setMessage({ intent: 'error', text: result.reason });
        return;
      }
      const { applied } = result;
      const appliedText = applied.ok ? (applied.actionCode ? strings.changes.applied(applied.actionCode) : '') : strings.changes.notApplied(applied.reason);
      setMessage({ intent: applied.ok ? 'success' : 'warning', text: `${strings.changes.done(request.value.reference, status)}${appliedText}` });
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
