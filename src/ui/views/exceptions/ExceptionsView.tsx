import * as React from 'react';
import { Body1, Button, Caption1, Card, Dropdown, Field, makeStyles, Option, Subtitle1, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { exceptionReport, formatUkDate, periodContaining, takeSnapshot } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { EmptyState } from '../../components/States';
import { personText } from '../../components/format';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  filter: { maxWidth: '20em', marginBlock: tokens.spacingVerticalM },
  open: { alignSelf: 'flex-start', minHeight: '32px' }
});

/** Exceptions: every Amber and Red action with its commentary, Red first (the domain's exception report). */
export function ExceptionsView({ view, onOpenAction }: { view: PlanView; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  const ids = useId('ipt-exceptions');
  const { plan } = view.loaded;
  const [theme, setTheme] = React.useState<string | undefined>();
  const items = React.useMemo(() => {
    // As at a closed period, the exceptions are those frozen then, without today's change requests.
    if (view.asAt) return exceptionReport(view.asAt.snapshot, { themeCode: theme });
    const snapshot = takeSnapshot(plan.actions, periodContaining('month', view.today), view.today);
    return exceptionReport(snapshot, { themeCode: theme, requests: plan.changeRequests });
  }, [plan, view.today, view.asAt, theme]);
  const themeName = plan.themes.find((t) => t.code === theme);
  return (
    <section aria-labelledby={`${ids}-exceptions-heading`}>
      <Subtitle1 as="h2" id={`${ids}-exceptions-heading`}>
        {strings.nav.exceptions} ({items.length})
      </Subtitle1>
      <Body1 as="p">{strings.exceptions.intro}</Body1>
      <Field label={strings.exceptions.theme} className={styles.filter}>
        <Dropdown value={themeName ? `${themeName.code} ${themeName.name}` : strings.exceptions.allThemes} selectedOptions={[theme ?? '']} onOptionSelect={(_, d) => setTheme(d.optionValue || undefined)}>
          <Option value="">{strings.exceptions.allThemes}</Option>
          {plan.themes.map((t) => (
            <Option key={t.code} value={t.code}>{`${t.code} ${t.name}`}</Option>
          ))}
        </Dropdown>
      </Field>
      {!items.length ? <EmptyState>{strings.exceptions.none}</EmptyState> : null}
      <ul className={styles.list}>
        {items.map((e) => (
          <li key={e.actionId}>
            <Card aria-labelledby={`${ids}-${e.actionId}`}>
              <div className={styles.head}>
                <RatingBadge rating={e.rating} />
                <Subtitle2 as="h3" id={`${ids}-${e.actionId}`} className={styles.title}>
                  {e.code} {e.title}
                </Subtitle2>
              </div>
              <Caption1 className={styles.meta}>
                {personText(e.lead)} · {strings.exceptions.reason}: {e.reason}
                {e.requestedDueDate && e.requestedChangeReference ? ` · ${strings.exceptions.requested(formatUkDate(e.requestedDueDate), e.requestedChangeReference)}` : ''}
              </Caption1>
              <Body1 className={styles.text}>{e.commentary}</Body1>
              {e.nextSteps ? (
                <Body1 className={styles.text}>
                  {strings.exceptions.nextSteps}: {e.nextSteps}
                </Body1>
              ) : null}
              <Button className={styles.open} onClick={() => onOpenAction(e.actionId)}>
                {strings.exceptions.open(e.code)}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
