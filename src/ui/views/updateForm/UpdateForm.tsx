import * as React from 'react';
import { Body1, Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Textarea, tokens, useId } from '@fluentui/react-components';
import type { PlanServices, VersionTag } from '../../../application/ports/planRepository';
import type { SlipAnnouncer } from '../../../application/ports/slipAnnouncer';
import type { ActionUpdateInput, ActionUpdateResult } from '../../../application/updates';
import { ACTION_STATUSES, isExceptionRating, ratingLabel, type Action, type Person, type ProgressRating } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { UkDatePicker } from '../../components/UkDatePicker';
import { statusText } from '../../components/format';
import { strings } from '../../loc/strings';
import { ConflictPanel } from './ConflictPanel';
import { LastUpdate } from './LastUpdate';
import { useUpdateForm } from './useUpdateForm';
import { useTakingLong } from '../../hooks/useTakingLong';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40em' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  grow: { flex: '1 1 12em', minWidth: 'min(100%, 12em)' },
  preview: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  draft: { whiteSpace: 'pre-wrap' },
  submit: { alignSelf: 'flex-start', minHeight: '32px' }
});

/** Props of {@link UpdateForm}. */
export interface UpdateFormProps {
  services: PlanServices;
  action: Action;
  version: VersionTag;
  user: Person;
  now: () => Date;
  /** Announces a slip the save causes to the theme's director; the host fills it. */
  slipAnnouncer?: SlipAnnouncer;
  /** The action's theme name, for the slip's card. */
  themeName?: string;
  onSaved(result: ActionUpdateResult): void;
  /** The person chose another version after a conflict: the app shows it from now on. */
  onReplaced(action: Action, version: VersionTag): void;
}

const OVERRIDES: ProgressRating[] = ['Green', 'Amber', 'Red'];

/**
 * The staff update form: status, progress, a rating override with its reason, commentary (required
 * for Amber and Red), next steps, an issue, an evidence link and a request for a new date, which
 * becomes a change request. Problems are explained under their fields and focus goes to the first.
 */
export function UpdateForm(props: UpdateFormProps): React.ReactElement {
  const styles = useStyles();
  const formRef = React.useRef<HTMLFormElement>(null);
  const focusField = (field: string): void => {
    const control = formRef.current?.querySelector<HTMLElement>(['input', 'textarea', 'button'].map((tag) => `[data-field="${field}"] ${tag}`).join(', '));
    control?.focus();
  };
  const form = useUpdateForm({ ...props, focusField });
  const lastUpdateId = useId('ipt-last-update');
  // The picker's own complaint about typed text that is not a date (it keeps the last good day).
  const [dateProblem, setDateProblem] = React.useState<string | undefined>();
  const [forecastProblem, setForecastProblem] = React.useState<string | undefined>();
  const slowSave = useTakingLong(form.saving);
  const { input, set, problemFor, preview } = form;
  const exception = isExceptionRating(preview.rating);
  const text = (field: keyof ActionUpdateInput, label: string, options: { required?: boolean; hint?: string; multiline?: boolean; describedBy?: string } = {}): React.ReactElement => (
    <Field data-field={field} label={label} required={options.required} hint={options.hint} validationMessage={problemFor(field)}>
      {options.multiline === false ? (
        <Input value={(input[field] as string | undefined) ?? ''} onChange={(_, d) => set(field, d.value as never)} />
      ) : (
        <Textarea
          value={(input[field] as string | undefined) ?? ''}
          onChange={(_, d) => set(field, d.value as never)}
          resize="vertical"
          {...(options.describedBy ? { 'aria-describedby': options.describedBy } : {})}
        />
      )}
    </Field>
  );
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={strings.panel.update}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      <div className={styles.row}>
        <Field data-field="status" label={strings.form.status} className={styles.grow} validationMessage={problemFor('status')}>
          <Dropdown value={statusText(input.status)} selectedOptions={[input.status]} onOptionSelect={(_, d) => d.optionValue && set('status', d.optionValue as ActionUpdateInput['status'])}>
            {ACTION_STATUSES.map((s) => (
              <Option key={s} value={s} text={statusText(s)}>
                {s === 'Closed' ? strings.form.closeAsks : statusText(s)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field data-field="progressPercent" label={strings.form.progress} className={styles.grow} validationMessage={problemFor('progressPercent')}>
          <Input
           
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            value={input.progressPercent === undefined || Number.isNaN(input.progressPercent) ? '' : String(input.progressPercent)}
            onChange={(_, d) => set('progressPercent', d.value === '' ? undefined : Number(d.value))}
          />
        </Field>
      </div>
      {input.status !== 'Complete' ? (
        <Field data-field="forecastDate" label={strings.form.forecastDate} hint={strings.form.forecastHint} validationMessage={problemFor('forecastDate') ?? forecastProblem}>
          <UkDatePicker value={input.forecastDate} onChange={(day) => set('forecastDate', day)} onInvalid={setForecastProblem} />
        </Field>
      ) : null}
      <Field data-field="overrideRating" label={strings.form.override} hint={strings.form.overrideHint} validationMessage={problemFor('overrideRating')}>
        <Dropdown
         
          value={input.overrideRating ? ratingLabel(input.overrideRating) : strings.form.calculated}
          selectedOptions={[input.overrideRating ?? '']}
          onOptionSelect={(_, d) => set('overrideRating', (d.optionValue || undefined) as ProgressRating | undefined)}
        >
          <Option value="" text={strings.form.calculated}>
            {strings.form.calculated}
          </Option>
          {OVERRIDES.map((r) => (
            <Option key={r} value={r}>
              {ratingLabel(r)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {input.overrideRating ? text('overrideReason', strings.form.overrideReason, { required: true }) : null}
      <div className={styles.preview} aria-live="polite">
        <Body1>{strings.form.willBe}</Body1>
        <RatingBadge rating={preview.rating} />
        <Body1>{preview.reason}</Body1>
      </div>
      <LastUpdate services={props.services} action={form.base.action} refreshKey={form.base.version} id={lastUpdateId} />
      {text('commentary', strings.form.commentary, { required: exception, hint: strings.form.commentaryHint, describedBy: lastUpdateId })}
      {text('nextSteps', strings.form.nextSteps)}
      {text('issuesText', strings.form.issues)}
      <div className={styles.row}>
        <Field data-field="evidenceUrl" label={strings.form.evidenceUrl} hint={strings.form.evidenceHint} className={styles.grow} validationMessage={problemFor('evidenceUrl')}>
          <Input type="url" value={input.evidenceUrl ?? ''} onChange={(_, d) => set('evidenceUrl', d.value)} />
        </Field>
        {input.evidenceUrl ? <div className={styles.grow}>{text('evidenceTitle', strings.form.evidenceTitle, { multiline: false })}</div> : null}
      </div>
      <Field
        data-field="requestedDueDate"
        label={strings.form.requestedDueDate}
        hint={strings.form.requestedHint}
        validationMessage={problemFor('requestedDueDate') ?? dateProblem}
      >
        <UkDatePicker value={input.requestedDueDate} onChange={(day) => set('requestedDueDate', day)} onInvalid={setDateProblem} />
      </Field>
      {input.requestedDueDate ? text('dateChangeRationale', strings.form.dateChangeRationale, { required: true }) : null}
      {input.status === 'Closed' && form.base.action.status !== 'Closed' ? text('closureRationale', strings.form.closureRationale, { required: true }) : null}
      <div role="status" aria-live="polite">
        {slowSave ? (
          <MessageBar intent="info">
            <MessageBarBody>{strings.form.stillSaving}</MessageBarBody>
          </MessageBar>
        ) : null}
        {form.outcome ? (
          <MessageBar intent={form.outcome.intent} layout={form.unfinished.length ? 'multiline' : 'auto'}>
            <MessageBarBody>{form.outcome.text}</MessageBarBody>
            {form.unfinished.length ? (
              <MessageBarActions>
                <Button appearance="primary" disabled={form.saving} onClick={form.recordUnfinished}>
                  {strings.form.recordNow}
                </Button>
              </MessageBarActions>
            ) : null}
          </MessageBar>
        ) : null}
      </div>
      {form.draft ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.form.yourDraft}</MessageBarTitle>
            <span className={styles.draft}>{[form.draft.commentary, form.draft.nextSteps].filter((t) => t?.trim()).join('\n\n')}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {form.conflict ? (
        <ConflictPanel
          mine={input}
          mineBase={form.base.action}
          theirs={form.conflict.action}
          user={props.user}
          now={props.now()}
          saving={form.saving}
          onKeepMine={form.keepMine}
          onTakeTheirs={form.takeTheirs}
          onKeepEditing={form.keepEditing}
        />
      ) : (
        <Button className={styles.submit} type="submit" appearance="primary" disabledFocusable={form.saving}>
          {form.saving ? strings.form.saving : strings.form.save}
        </Button>
      )}
    </form>
  );
}
