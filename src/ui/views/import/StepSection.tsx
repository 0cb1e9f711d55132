import * as React from 'react';
import { makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0
  }
});

/** One numbered step of the import: a section named by its own level-3 heading. */
export function StepSection({ title, children }: { title: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const id = useId('ipt-import-step');
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" block id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
