import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Dropdown, Field, Input, MessageBar, Option, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { isConflict, ValidationError, type ValidationProblem } from '../../application/errors';
import type { PlanServices, VersionTag } from '../../application/ports/planRepository';
import { previewRating, submitActionUpdate, validateActionUpdate, type ActionUpdateInput, type ActionUpdateResult } from '../../application/updates';
import type { Action, Person } from '../../domain';
import { RatingBadge } from '../components/RatingBadge';
import { STATUS_LABELS, strings } from '../loc/strings';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM }, compare: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM } });

/** Props of {@link UpdateForm}. */
export interface UpdateFormProps {
  services: PlanServices;
  action: Action;
  version: VersionTag;
  user: Person;
  now: () => Date;
  onSaved(result: ActionUpdateResult): void;
  /** The person chose the other version after a conflict: the app shows it from now on. */
  onReplaced(action: Action, version: VersionTag): void;
}

const EDITABLE_STATUSES = ['NotStarted', 'InProgress', 'OnHold', 'Complete', 'Closed'] as const;

/**
 * The staff update form: status, progress, override with reason, commentary, next steps, issues,
 * evidence and a request for a new date. Shows the rating the update will give, explains problems
 * next to their fields, and on a save conflict shows both versions and loses neither.
 */
export function UpdateForm({ services, action, version, user, now, onSaved, onReplaced }: UpdateFormProps): React.ReactElement {
  const styles = useStyles();
  const [input, setInput] = React.useState<ActionUpdateInput>({
    status: action.status,
    progressPercent: action.progressPercent,
    commentary: action.commentary ?? '',
    nextSteps: action.nextSteps ?? ''
  });
  const [problems, setProblems] = React.useState<ValidationProblem[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [message, setMessage] = React.useState('');
  const [conflict, setConflict] = React.useState<{ theirs: Action; version: VersionTag } | undefined>();
  const [baseVersion, setBaseVersion] = React.useState(version);
  const [baseAction, setBaseAction] = React.useState(action);
  const set = <K extends keyof ActionUpdateInput>(key: K, value: ActionUpdateInput[K]): void => setInput((i) => ({ ...i, [key]: value }));
  const problem = (field: string) => problems.find((p) => p.field === field)?.message;
  const preview = previewRating(baseAction, input, now(), user);

  const save = async (against: Action, againstVersion: VersionTag): Promise<void> => {
    const found = validateActionUpdate(against, input, now(), user);
    setProblems(found);
    if (found.length) {
      setMessage(strings.form.fixProblems);
      document.getElementById(`ipt-field-${found[0].field}`)?.focus();
      return;
    }
    setSaving(true);
    setMessage('');
    try {
      const result = await submitActionUpdate(services, against, againstVersion, input, user, now());
      setMessage(strings.form.saved + (result.changeRequest ? ` Change request ${result.changeRequest.reference} has gone to the programme office.` : ''));
      setConflict(undefined);
      setBaseAction(result.action);
      setBaseVersion(result.version);
      setInput((i) => ({ ...i, issuesText: '', evidenceUrl: '', requestedDueDate: undefined, dateChangeRationale: undefined }));
      onSaved(result);
    } catch (error) {
      if (isConflict(error)) setConflict({ theirs: error.theirs as Action, version: error.theirsVersion });
      else if (error instanceof ValidationError) setProblems([...error.problems]);
      else setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(baseAction, baseVersion); }} aria-label={strings.panel.update} noValidate>
      <Field label={strings.form.status} validationMessage={problem('status')}>
        <Dropdown id="ipt-field-status" value={STATUS_LABELS[input.status]} selectedOptions={[input.status]} onOptionSelect={(_, d) => set('status', d.optionValue as ActionUpdateInput['status'])}>
          {EDITABLE_STATUSES.map((s) => (
            <Option key={s} value={s}>
              {s === 'Closed' ? 'Closed (asks change control)' : STATUS_LABELS[s]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={strings.form.progress} validationMessage={problem('progressPercent')}>
        <Input id="ipt-field-progressPercent" type="number" min={0} max={100} value={input.progressPercent === undefined ? '' : String(input.progressPercent)} onChange={(_, d) => set('progressPercent', d.value === '' ? undefined : Number(d.value))} />
      </Field>
      <Field label={strings.form.override} validationMessage={problem('overrideRating')}>
        <Dropdown id="ipt-field-overrideRating" value={input.overrideRating ?? strings.form.noOverride} selectedOptions={[input.overrideRating ?? '']} onOptionSelect={(_, d) => set('overrideRating', (d.optionValue || undefined) as ActionUpdateInput['overrideRating'])}>
          <Option value="">{strings.form.noOverride}</Option>
          <Option value="Green">Green</Option>
          <Option value="Amber">Amber</Option>
          <Option value="Red">Red</Option>
        </Dropdown>
      </Field>
      {input.overrideRating ? (
        <Field label={strings.form.overrideReason} required validationMessage={problem('overrideReason')}>
          <Textarea id="ipt-field-overrideReason" value={input.overrideReason ?? ''} onChange={(_, d) => set('overrideReason', d.value)} />
        </Field>
      ) : null}
      <div aria-live="polite">
        {strings.form.willBe} <RatingBadge rating={preview.rating} />: {preview.reason}
      </div>
      <Field label={strings.form.commentary} required={preview.rating === 'Red' || preview.rating === 'Amber'} validationMessage={problem('commentary')}>
        <Textarea id="ipt-field-commentary" value={input.commentary} onChange={(_, d) => set('commentary', d.value)} resize="vertical" />
      </Field>
      <Field label={strings.form.nextSteps} validationMessage={problem('nextSteps')}>
        <Textarea id="ipt-field-nextSteps" value={input.nextSteps ?? ''} onChange={(_, d) => set('nextSteps', d.value)} />
      </Field>
      <Field label={strings.form.issues} validationMessage={problem('issuesText')}>
        <Textarea id="ipt-field-issuesText" value={input.issuesText ?? ''} onChange={(_, d) => set('issuesText', d.value)} />
      </Field>
      <Field label={strings.form.evidenceUrl} validationMessage={problem('evidenceUrl')} hint="A link to the document in SharePoint, starting https://">
        <Input id="ipt-field-evidenceUrl" type="url" value={input.evidenceUrl ?? ''} onChange={(_, d) => set('evidenceUrl', d.value)} />
      </Field>
      <Field label={strings.form.requestedDueDate} validationMessage={problem('requestedDueDate')} hint="Goes to change control; the current date stays until it is approved.">
        <Input id="ipt-field-requestedDueDate" type="date" value={input.requestedDueDate ?? ''} onChange={(_, d) => set('requestedDueDate', d.value || undefined)} />
      </Field>
      {input.requestedDueDate ? (
        <Field label={strings.form.dateChangeRationale} required validationMessage={problem('dateChangeRationale')}>
          <Textarea id="ipt-field-dateChangeRationale" value={input.dateChangeRationale ?? ''} onChange={(_, d) => set('dateChangeRationale', d.value)} />
        </Field>
      ) : null}
      {input.status === 'Closed' ? (
        <Field label={strings.form.closureRationale} required validationMessage={problem('closureRationale')}>
          <Textarea id="ipt-field-closureRationale" value={input.closureRationale ?? ''} onChange={(_, d) => set('closureRationale', d.value)} />
        </Field>
      ) : null}
      <div aria-live="polite" role="status">
        {message ? <MessageBar intent={problems.length ? 'error' : 'success'}>{message}</MessageBar> : null}
      </div>
      <Button type="submit" appearance="primary" disabled={saving}>
        {saving ? strings.form.saving : strings.form.save}
      </Button>
      <Dialog open={conflict !== undefined} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{strings.conflict.title}</DialogTitle>
            <DialogContent>
              <p>{strings.conflict.body}</p>
              <div className={styles.compare}>
                <section aria-label={strings.conflict.yours}>
                  <h4>{strings.conflict.yours}</h4>
                  <p>Status: {STATUS_LABELS[input.status]}, progress {input.progressPercent ?? '–'}%</p>
                  <p>{input.commentary}</p>
                </section>
                <section aria-label={strings.conflict.theirs}>
                  <h4>{strings.conflict.theirs}</h4>
                  <p>Status: {conflict ? STATUS_LABELS[conflict.theirs.status] : ''}, progress {conflict?.theirs.progressPercent ?? '–'}%</p>
                  <p>{conflict?.theirs.commentary}</p>
                </section>
              </div>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (!conflict) return;
                  setBaseAction(conflict.theirs);
                  setBaseVersion(conflict.version);
                  void save(conflict.theirs, conflict.version);
                }}
              >
                {strings.conflict.keepMine}
              </Button>
              <Button
                onClick={() => {
                  if (!conflict) return;
                  setBaseAction(conflict.theirs);
                  setBaseVersion(conflict.version);
                  setInput({ status: conflict.theirs.status, progressPercent: conflict.theirs.progressPercent, commentary: conflict.theirs.commentary ?? '', nextSteps: conflict.theirs.nextSteps ?? '' });
                  setConflict(undefined);
                  onReplaced(conflict.theirs, conflict.version);
                  setMessage('Their version is shown; your changes were not saved.');
                }}
              >
                {strings.conflict.takeTheirs}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </form>
  );
}
