import * as React from 'react';
import { AnswerLostError, isConflict, PermissionDeniedError, ValidationError, type ValidationProblem } from '../../../application/errors';
import type { VersionTag } from '../../../application/ports/planRepository';
import { newOperationKey, type OperationKey } from '../../../application/operationKey';
import { previewRating, submitActionUpdate, validateActionUpdate, type ActionUpdateInput, type UnfinishedWrite } from '../../../application/updates';
import type { Action, ProgressRating } from '../../../domain';
import { errorMessage } from '../../components/States';
import { strings } from '../../loc/strings';
import { afterSave, FIELD_ORDER, inputFromAction, inputShowing } from './formInput';
import type { UpdateFormProps } from './UpdateForm';

/** A saved action and the version it was read at: what the next save is checked against. */
export interface Base {
  action: Action;
  version: VersionTag;
}

/** What the person is told after a save attempt. */
export interface Outcome {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
}

/** What {@link useUpdateForm} gives the form. */
export interface UpdateFormState {
  base: Base;
  input: ActionUpdateInput;
  set<K extends keyof ActionUpdateInput>(key: K, value: ActionUpdateInput[K]): void;
  problems: ValidationProblem[];
  problemFor(field: keyof ActionUpdateInput): string | undefined;
  preview: { rating: ProgressRating; reason: string };
  saving: boolean;
  outcome?: Outcome;
  conflict?: Base;
  draft?: ActionUpdateInput;
  /** Parts of a saved update still to be recorded (the save itself succeeded). */
  unfinished: UnfinishedWrite[];
  /** Tries the unfinished parts again. */
  recordUnfinished(): void;
  submit(): void;
  keepMine(): void;
  takeTheirs(): void;
  keepEditing(): void;
}

/** Options of {@link useUpdateForm}: the form's own props, and how to move focus to a field. */
export interface UpdateFormOptions extends UpdateFormProps {
  /** Moves focus to a field by name. */
  focusField(field: string): void;
}

/**
 * The update form's state: the input, live validation once the person has tried to save, the
 * rating preview, the save itself, and the conflict choices (save mine over theirs, take theirs,
 * or keep editing mine on top of theirs). Nothing typed is dropped: taking theirs keeps the draft.
 */
export function useUpdateForm(options: UpdateFormOptions): UpdateFormState {
  const { services, user, now } = options;
  const [base, setBase] = React.useState<Base>({ action: options.action, version: options.version });
  const [input, setInput] = React.useState<ActionUpdateInput>(() => inputFromAction(options.action));
  const [attempted, setAttempted] = React.useState(false);
  const [serverProblems, setServerProblems] = React.useState<ValidationProblem[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>();
  const [conflict, setConflict] = React.useState<Base | undefined>();
  const [draft, setDraft] = React.useState<ActionUpdateInput | undefined>();
  const [unfinished, setUnfinished] = React.useState<UnfinishedWrite[]>([]);
  const optionsRef = React.useRef(options);
  optionsRef.current = options;
  // The key of a save that failed without SharePoint refusing it (its answer may have been lost):
  // saving the same input against the same version again reuses it, so a save that did happen is
  // recognised as this one instead of meeting itself as someone else's change.
  const unsure = React.useRef<{ version: VersionTag; input: string; key: OperationKey } | undefined>();
  /** An answer came (saved, conflict, refusal): the next save is a new one. */
  const settled = (): void => {
    unsure.current = undefined;
  };

  const problems = attempted ? [...validateActionUpdate(base.action, input, now(), user), ...serverProblems] : serverProblems;
  const preview = previewRating(base.action, input, now(), user);
  const problemFor = (field: keyof ActionUpdateInput): string | undefined => problems.find((p) => p.field === field)?.message;
  const set = <K extends keyof ActionUpdateInput>(key: K, value: ActionUpdateInput[K]): void => {
    setServerProblems((list) => list.filter((p) => p.field !== key));
    setInput((current) => ({ ...current, [key]: value }));
  };

  const save = async (against: Base): Promise<void> => {
    const found = validateActionUpdate(against.action, input, now(), user);
    setAttempted(true);
    if (found.length) {
      setOutcome({ intent: 'error', text: strings.form.fixProblems(found.length) });
      const first = FIELD_ORDER.find((f) => found.some((p) => p.field === f)) ?? found[0].field;
      optionsRef.current.focusField(first);
      return;
    }
    setSaving(true);
    setOutcome(undefined);
    const typed = JSON.stringify(input);
    const previous = unsure.current;
    const key = previous && previous.version === against.version && previous.input === typed ? previous.key : newOperationKey();
    unsure.current = { version: against.version, input: typed, key };
    try {
      const { slipAnnouncer, themeName } = optionsRef.current;
      const announcing = slipAnnouncer ? { announcer: slipAnnouncer, ...(themeName ? { themeName } : {}) } : undefined;
      const result = await submitActionUpdate(services, against.action, against.version, input, user, now(), key, announcing);
      settled();
      setBase({ action: result.action, version: result.version });
      setInput(afterSave(input, result.action));
      setAttempted(false);
      setServerProblems([]);
      setConflict(undefined);
      setUnfinished(result.unfinished ?? []);
      setOutcome(
        result.unfinished?.length
          ? { intent: 'warning', text: strings.form.savedButUnfinished(result.unfinished.map((u) => strings.form.unfinishedPart[u.kind]), result.unfinished[0].error) }
          : { intent: 'success', text: `${strings.form.saved}${result.changeRequest ? ` ${strings.form.changeRequested(result.changeRequest.reference)}` : ''}` }
      );
      optionsRef.current.onSaved(result);
    } catch (error) {
      // Only a failure without an answer leaves the outcome unknown; any answer settles it.
      if (isConflict(error) || error instanceof ValidationError || error instanceof PermissionDeniedError) settled();
      if (isConflict(error)) {
        setConflict({ action: error.theirs as Action, version: error.theirsVersion });
      } else if (error instanceof ValidationError) {
        setServerProblems([...error.problems]);
        setOutcome({ intent: 'error', text: strings.form.fixProblems(error.problems.length) });
        if (error.problems[0]) optionsRef.current.focusField(error.problems[0].field);
      } else if (error instanceof PermissionDeniedError) {
        setOutcome({ intent: 'error', text: strings.form.denied });
      } else if (error instanceof AnswerLostError) {
        setOutcome({ intent: 'warning', text: strings.form.unsure });
      } else {
        setOutcome({ intent: 'error', text: strings.form.failed(errorMessage(error)) });
      }
    } finally {
      setSaving(false);
    }
  };

  return {
    base,
    input,
    set,
    problems,
    problemFor,
    preview,
    saving,
    outcome,
    conflict,
    draft,
    unfinished,
    recordUnfinished: () => {
      const pending = unfinished;
      setSaving(true);
      Promise.all(
        pending.map((write) =>
          write.retry().then(
            (request) => ({ write, request, failed: undefined as string | undefined }),
            (error: unknown) => ({ write, request: undefined, failed: errorMessage(error) })
          )
        )
      ).then((results) => {
        const still = results.filter((r) => r.failed !== undefined);
        const request = results.find((r) => r.request)?.request;
        setUnfinished(still.map((r) => ({ ...r.write, error: r.failed as string })));
        setOutcome(
          still.length
            ? { intent: 'warning', text: strings.form.savedButUnfinished(still.map((r) => strings.form.unfinishedPart[r.write.kind]), still[0].failed as string) }
            : { intent: 'success', text: `${strings.form.recorded}${request ? ` ${strings.form.changeRequested(request.reference)}` : ''}` }
        );
        setSaving(false);
      })
        .catch(() => setSaving(false));
    },
    submit: () => {
      save(base).catch(() => undefined);
    },
    /** Saves my input on top of the version someone else saved. */
    keepMine: () => {
      if (!conflict) return;
      setBase(conflict);
      save(conflict).catch(() => undefined);
    },
    /** Shows their version in the form and keeps my draft on screen to copy from. */
    takeTheirs: () => {
      if (!conflict) return;
      setDraft(input);
      setBase(conflict);
      setInput(inputShowing(conflict.action));
      setConflict(undefined);
      setAttempted(false);
      setOutcome({ intent: 'info', text: strings.form.theirsShown });
      optionsRef.current.onReplaced(conflict.action, conflict.version);
    },
    /** Keeps editing my input, now checked against their version. */
    keepEditing: () => {
      if (!conflict) return;
      setBase(conflict);
      setConflict(undefined);
      setOutcome({ intent: 'info', text: strings.form.rebased });
      optionsRef.current.onReplaced(conflict.action, conflict.version);
    }
  };
}
