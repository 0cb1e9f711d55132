import * as React from 'react';
import { Body1, Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { PlanSettingsStore } from '../../../application/ports/planSettings';
import { DEFAULT_ROLLUP_METHOD, describeRollupMethod, type RollupMethod } from '../../../domain';
import { errorMessage } from '../../components/States';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  shares: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  share: { maxWidth: '12rem' }
});

type Kind = RollupMethod['kind'];

const percentOf = (share: number): string => String(Math.round(share * 100));

/** Reads a percentage typed by a person as a share between 0 (exclusive) and 1, or undefined. */
function shareOf(text: string): number | undefined {
  const n = Number(text.trim());
  return Number.isFinite(n) && n > 0 && n <= 100 ? n / 100 : undefined;
}

/**
 * The programme office chooses how ratings roll up to workstreams and themes: the threshold rule
 * with its two shares, the predominant rating, or worst of. Saved to Plan Settings, which only the
 * programme office may change; every view then rolls up with it.
 */
export function RollupMethodSection({ current, store, onSaved }: { current: RollupMethod | undefined; store: PlanSettingsStore; onSaved(): void }): React.ReactElement {
  const styles = useStyles();
  const method = current ?? DEFAULT_ROLLUP_METHOD;
  const threshold = method.kind === 'threshold' ? method : (DEFAULT_ROLLUP_METHOD as Extract<RollupMethod, { kind: 'threshold' }>);
  const [kind, setKind] = React.useState<Kind>(method.kind);
  const [red, setRed] = React.useState(percentOf(threshold.redShare));
  const [amber, setAmber] = React.useState(percentOf(threshold.amberShare));
  const [state, setState] = React.useState<{ status: 'idle' | 'saving' } | { status: 'saved'; text: string } | { status: 'error'; text: string }>({ status: 'idle' });
  const redShare = shareOf(red);
  const amberShare = shareOf(amber);
  const chosen: RollupMethod | undefined =
    kind === 'threshold' ? (redShare !== undefined && amberShare !== undefined ? { kind, redShare, amberShare } : undefined) : { kind };
  const save = (): void => {
    if (!chosen) return;
    setState({ status: 'saving' });
    store.saveRollupMethod(chosen).then(
      () => {
        setState({ status: 'saved', text: strings.rollupSetting.saved(describeRollupMethod(chosen)) });
        onSaved();
      },
      (error: unknown) => setState({ status: 'error', text: errorMessage(error) })
    );
  };
  return (
    <div className={styles.form}>
      <Body1 as="p">{strings.rollupSetting.current(describeRollupMethod(method), current === undefined)}</Body1>
      <Field label={strings.rollupSetting.method}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as Kind)}>
          <Radio value="threshold" label={strings.rollupSetting.threshold} />
          <Radio value="predominant" label={strings.rollupSetting.predominant} />
          <Radio value="worstOf" label={strings.rollupSetting.worstOf} />
        </RadioGroup>
      </Field>
      {kind === 'threshold' ? (
        <div className={styles.shares}>
          <Field className={styles.share} label={strings.rollupSetting.redShare} validationMessage={redShare === undefined ? strings.rollupSetting.badShare : undefined}>
            <Input type="number" min={1} max={100} value={red} onChange={(_, d) => setRed(d.value)} />
          </Field>
          <Field className={styles.share} label={strings.rollupSetting.amberShare} validationMessage={amberShare === undefined ? strings.rollupSetting.badShare : undefined}>
            <Input type="number" min={1} max={100} value={amber} onChange={(_, d) => setAmber(d.value)} />
          </Field>
        </div>
      ) : null}
      <div>
        <Button appearance="primary" disabled={!chosen || state.status === 'saving'} onClick={save}>
          {strings.rollupSetting.save}
        </Button>
      </div>
      <Body1 as="p" role="status">
        {state.status === 'saved' || state.status === 'error' ? state.text : ''}
      </Body1>
    </div>
  );
}
