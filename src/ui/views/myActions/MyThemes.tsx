import * as React from 'react';
import { Body1, Caption1, makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { formatUkDate, periodContaining, ratingLabel } from '../../../domain';
import { ActionList, ActionRows } from '../../components/ActionList';
import { EmptyState } from '../../components/States';
import { personText } from '../../components/format';
import { strings } from '../../loc/strings';
import type { PlanView } from '../../hooks/usePlanData';
import type { ChangedSince } from '../reports/useChangedSince';
import type { MyTheme } from './selectMyThemes';

const useStyles = makeStyles({
  theme: { marginBlockStart: tokens.spacingVerticalXL, paddingBlockStart: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  part: { marginBlockStart: tokens.spacingVerticalM },
  h4: { display: 'block', marginBlockEnd: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2 }
});

/** Props of {@link MyThemes}. */
export interface MyThemesProps {
  view: PlanView;
  themes: readonly MyTheme[];
  /** Today against the last closed period, for the slips since the last report. */
  changed: ChangedSince;
  onOpenAction(id: string): void;
}

function Part({ title, children }: { title: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const id = useId('ipt-my-part');
  return (
    <section className={styles.part} aria-labelledby={id}>
      <Subtitle2 as="h4" block id={id} className={styles.h4}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

function Slips({ theme, changed, onOpenAction }: { theme: MyTheme; changed: ChangedSince; onOpenAction(id: string): void }): React.ReactElement {
  const styles = useStyles();
  // While the last closed period is read, or if it cannot be, the slips are left out (the Reports view says why).
  if (changed.status === 'loading' || changed.status === 'error') return <></>;
  if (changed.status === 'nothing') return <Caption1 className={styles.meta}>{strings.my.themeSlipsUnknown}</Caption1>;
  const slips = changed.report.newSlips.filter((s) => theme.actionIds.has(s.actionId));
  return (
    <Part title={strings.my.themeSlips(slips.length, changed.report.since.label)}>
      {slips.length ? (
        <ActionRows
          rows={slips.map((s) => ({ id: s.actionId, code: s.code, title: s.title, details: <Caption1 className={styles.meta}>{strings.my.slipLine(ratingLabel(s.from), ratingLabel(s.to))}</Caption1> }))}
          onOpenAction={onOpenAction}
        />
      ) : (
        <EmptyState>{strings.my.none}</EmptyState>
      )}
    </Part>
  );
}

/** My themes: for a director, each theme they lead with its exceptions, slips, missing updates and pending changes. */
export function MyThemes({ view, themes, changed, onOpenAction }: MyThemesProps): React.ReactElement {
  const styles = useStyles();
  const period = periodContaining(view.loaded.plan.cadence, view.today);
  return (
    <>
      <Body1 as="p" block>
        {strings.my.themesIntro}
      </Body1>
      {themes.map((t) => (
        <section key={t.theme.code} className={styles.theme} aria-label={strings.my.themeHeading(t.theme.code, t.theme.name)}>
          <Subtitle2 as="h3" block>
            {strings.my.themeHeading(t.theme.code, t.theme.name)}
          </Subtitle2>
          <Part title={strings.my.themeExceptions(t.exceptions.length)}>
            {t.exceptions.length ? <ActionList view={view} actions={t.exceptions} onOpenAction={onOpenAction} /> : <EmptyState>{strings.my.none}</EmptyState>}
          </Part>
          <Slips theme={t} changed={changed} onOpenAction={onOpenAction} />
          <Part title={strings.my.themeAwaiting(t.awaitingUpdate.length, period.label)}>
            {t.awaitingUpdate.length ? <ActionList view={view} actions={t.awaitingUpdate} onOpenAction={onOpenAction} /> : <EmptyState>{strings.my.none}</EmptyState>}
          </Part>
          <Part title={strings.my.themePending(t.pendingChanges.length)}>
            {t.pendingChanges.length ? (
              <ActionRows
                rows={t.pendingChanges.map((r) => ({
                  id: r.actionId as string,
                  code: r.targetCode,
                  title: r.targetTitle,
                  details: <Caption1 className={styles.meta}>{strings.my.requestLine(r.reference, personText(r.requestedBy), formatUkDate(r.requestedOn))}</Caption1>
                }))}
                onOpenAction={onOpenAction}
              />
            ) : (
              <EmptyState>{strings.my.none}</EmptyState>
            )}
          </Part>
        </section>
      ))}
    </>
  );
}
