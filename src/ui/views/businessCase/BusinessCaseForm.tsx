import * as React from 'react';
import { Body1, Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, Textarea, tokens, useId } from '@fluentui/react-components';
import {
  IMPACT_LABELS,
  IMPACT_PRINCIPLES,
  type BusinessCaseContent,
  type BusinessCaseInput,
  type CaseProblem,
  type CaseTextField,
  type RevisionState
} from '../../../domain';
import { caseStrings } from './caseStrings';
import { CaseReadView } from './CaseReadView';
import { FinanceTable } from './FinanceTable';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalM, border: 'none', padding: 0, marginInline: 0, minWidth: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  grow: { flex: '1 1 12em', minWidth: 'min(100%, 12em)' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  cellProblem: { color: tokens.colorPaletteRedForeground1 },
  theirs: { marginBlockStart: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`, borderRadius: tokens.borderRadiusLarge }
});

/** What a save came to, as the form shows it. */
export type CaseSaveOutcome =
  | { kind: 'saved' }
  | { kind: 'invalid'; problems: readonly CaseProblem[] }
  | { kind: 'conflict'; message: string; theirs?: BusinessCaseContent; theirsId?: string }
  | { kind: 'failed'; message: string };

/** Props of {@link BusinessCaseForm}. */
export interface BusinessCaseFormProps {
  /** The values the form starts with (the latest revision, or an empty case). */
  initial: BusinessCaseInput;
  /** Saves as a draft or for a decision; `onTopOf` is the newer revision the person chose to save over. */
  save(input: BusinessCaseInput, state: RevisionState, onTopOf?: string): Promise<CaseSaveOutcome>;
  onCancel(): void;
  /** After a conflict, the person chose to see the other version instead of theirs. */
  onUseTheirs(): void;
}

type Section = { title: string; id: string; children: React.ReactNode };

function Part({ title, id, children }: Section): React.ReactElement {
  const styles = useStyles();
  return (
    <fieldset className={styles.part} aria-labelledby={id}>
      <Subtitle2 as="h4" id={id}>
        {title}
      </Subtitle2>
      {children}
    </fieldset>
  );
}

/**
 * The lead's form for every section of a business case. Figures are typed as people write them
 * and explained when they are not pounds; totals are calculated as they type. Saving a draft needs
 * only readable figures; submitting needs what the programme office decides on. A newer version
 * saved by someone else is shown beside theirs, never overwritten without them choosing to.
 */
export function BusinessCaseForm({ initial, save, onCancel, onUseTheirs }: BusinessCaseFormProps): React.ReactElement {
  const styles = useStyles();
  const base = useId('ipt-case');
  const formRef = React.useRef<HTMLFormElement>(null);
  const [input, setInput] = React.useState<BusinessCaseInput>(initial);
  const [problems, setProblems] = React.useState<readonly CaseProblem[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<CaseSaveOutcome | undefined>();
  // Saving over a newer version keeps what the person asked for: a draft stays a draft.
  const [lastState, setLastState] = React.useState<RevisionState>('Draft');
  const problemFor = (field: string): string | undefined => problems.filter((p) => p.field === field).map((p) => p.message).join(' ') || undefined;
  const problemId = (field: string): string => `${base}-problem-${field.replace(/[^a-z0-9]/gi, '-')}`;

  // A successful save closes the form: nothing is set on it after that.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const run = async (state: RevisionState, onTopOf?: string): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    setLastState(state);
    try {
      const result = await save(input, state, onTopOf);
      if (!mounted.current) return;
      setOutcome(result);
      setProblems(result.kind === 'invalid' ? result.problems : []);
      if (result.kind === 'invalid' && result.problems[0]) {
        const field = result.problems[0].field;
        // After the render that shows the messages, so focus lands on a described control.
        setTimeout(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"] textarea, [data-field="${field}"] input, input[data-field="${field}"], [data-field="${field}"] button`)?.focus(), 0);
      }
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  const text = (field: CaseTextField, label: string): React.ReactElement => (
    <Field data-field={field} label={label} validationMessage={problemFor(field)}>
      <Textarea value={input.text[field]} resize="vertical" onChange={(_, d) => setInput((i) => ({ ...i, text: { ...i.text, [field]: d.value } }))} />
    </Field>
  );
  const financeProblems = problems.filter((p) => p.field.startsWith('finance.'));

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={caseStrings.edit}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run('Submitted').catch(() => undefined);
      }}
    >
      {problems.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{caseStrings.problems(problems.length)}</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Part title={caseStrings.sections.summary} id={`${base}-summary`}>
        {text('summary', caseStrings.fields.summary)}
      </Part>
      <Part title={caseStrings.sections.impact} id={`${base}-impact`}>
        {IMPACT_PRINCIPLES.map((p) => (
          <Field key={p} data-field={`impact.${p}`} label={IMPACT_LABELS[p].name} hint={IMPACT_LABELS[p].question} validationMessage={problemFor(`impact.${p}`)}>
            <Textarea value={input.impact[p]} resize="vertical" onChange={(_, d) => setInput((i) => ({ ...i, impact: { ...i.impact, [p]: d.value } }))} />
          </Field>
        ))}
      </Part>
      <Part title={caseStrings.sections.options} id={`${base}-options`}>
        {problemFor('options') ? <Body1 className={styles.cellProblem} data-field="options">{problemFor('options')}</Body1> : null}
        {input.options.map((o, n) => (
          <div key={n} className={styles.item} role="group" aria-label={caseStrings.option(n + 1)}>
            <Field data-field={`options.${n}.title`} label={`${caseStrings.option(n + 1)}: ${caseStrings.optionTitle.toLowerCase()}`} validationMessage={problemFor(`options.${n}.title`)}>
              <Input value={o.title} onChange={(_, d) => setInput((i) => ({ ...i, options: i.options.map((x, k) => (k === n ? { ...x, title: d.value } : x)) }))} />
            </Field>
            <Field data-field={`options.${n}.assessment`} label={caseStrings.optionAssessment} validationMessage={problemFor(`options.${n}.assessment`)}>
              <Textarea value={o.assessment} resize="vertical" onChange={(_, d) => setInput((i) => ({ ...i, options: i.options.map((x, k) => (k === n ? { ...x, assessment: d.value } : x)) }))} />
            </Field>
            <div className={styles.buttons}>
              <Checkbox
                label={caseStrings.preferred}
                checked={o.preferred}
                onChange={(_, d) => setInput((i) => ({ ...i, options: i.options.map((x, k) => (k === n ? { ...x, preferred: d.checked === true } : { ...x, preferred: d.checked === true ? false : x.preferred })) }))}
              />
              <Button onClick={() => setInput((i) => ({ ...i, options: i.options.filter((_, k) => k !== n) }))}>{caseStrings.removeOption(n + 1)}</Button>
            </div>
          </div>
        ))}
        <div className={styles.buttons}>
          <Button onClick={() => setInput((i) => ({ ...i, options: [...i.options, { title: '', assessment: '', preferred: i.options.length === 0 }] }))}>{caseStrings.addOption}</Button>
        </div>
      </Part>
      <Part title={caseStrings.sections.risks} id={`${base}-risks`}>
        {text('risks', caseStrings.fields.risks)}
      </Part>
      <Part title={caseStrings.sections.dependencies} id={`${base}-dependencies`}>
        {text('dependencies', caseStrings.fields.dependencies)}
        {text('impacts', caseStrings.fields.impacts)}
        {text('outcomes', caseStrings.fields.outcomes)}
        {input.indicators.map((k, n) => (
          <div key={n} className={styles.item} role="group" aria-label={caseStrings.indicator(n + 1)}>
            <div className={styles.row}>
              <Field className={styles.grow} data-field={`indicators.${n}.measure`} label={`${caseStrings.indicator(n + 1)}: ${caseStrings.measure.toLowerCase()}`} validationMessage={problemFor(`indicators.${n}.measure`)}>
                <Input value={k.measure} onChange={(_, d) => setInput((i) => ({ ...i, indicators: i.indicators.map((x, j) => (j === n ? { ...x, measure: d.value } : x)) }))} />
              </Field>
              <Field className={styles.grow} data-field={`indicators.${n}.target`} label={caseStrings.target} validationMessage={problemFor(`indicators.${n}.target`)}>
                <Input value={k.target} onChange={(_, d) => setInput((i) => ({ ...i, indicators: i.indicators.map((x, j) => (j === n ? { ...x, target: d.value } : x)) }))} />
              </Field>
            </div>
            <div className={styles.buttons}>
              <Button onClick={() => setInput((i) => ({ ...i, indicators: i.indicators.filter((_, j) => j !== n) }))}>{caseStrings.removeIndicator(n + 1)}</Button>
            </div>
          </div>
        ))}
        <div className={styles.buttons}>
          <Button onClick={() => setInput((i) => ({ ...i, indicators: [...i.indicators, { measure: '', target: '' }] }))}>{caseStrings.addIndicator}</Button>
        </div>
      </Part>
      <Part title={caseStrings.sections.resources} id={`${base}-resources`}>
        {text('resources', caseStrings.fields.resources)}
      </Part>
      <Part title={caseStrings.sections.activity} id={`${base}-activity`}>
        {text('activity', caseStrings.fields.activity)}
      </Part>
      <Part title={caseStrings.sections.finance} id={`${base}-finance`}>
        <Body1 className={styles.hint}>{caseStrings.financeHint}</Body1>
        <FinanceTable
          figures={input.finance}
          problemIds={Object.fromEntries(financeProblems.map((p) => [p.field, problemId(p.field)]))}
          onChange={(line, year, typed) => setInput((i) => ({ ...i, finance: { ...i.finance, [line]: { ...i.finance[line], [year]: typed } } }))}
        />
        {financeProblems.map((p) => (
          <Body1 key={p.field} id={problemId(p.field)} className={styles.cellProblem}>
            {p.message}
          </Body1>
        ))}
      </Part>
      {outcome?.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === 'conflict' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{caseStrings.conflictTitle}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => run(lastState, outcome.theirsId).catch(() => undefined)}>
              {caseStrings.conflictKeepMine}
            </Button>
            <Button onClick={onUseTheirs}>{caseStrings.conflictUseTheirs}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {outcome?.kind === 'conflict' && outcome.theirs ? (
        <section className={styles.theirs} aria-labelledby={`${base}-theirs`}>
          <Subtitle2 as="h4" id={`${base}-theirs`}>
            {caseStrings.conflictTheirs}
          </Subtitle2>
          <CaseReadView content={outcome.theirs} />
        </section>
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? caseStrings.saving : caseStrings.submit}
        </Button>
        <Button disabled={busy} onClick={() => run('Draft').catch(() => undefined)}>
          {caseStrings.saveDraft}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {caseStrings.cancel}
        </Button>
      </div>
    </form>
  );
}
