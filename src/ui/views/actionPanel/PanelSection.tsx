import * as React from 'react';
import { makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalXL },
  heading: { display: 'block', marginBlockEnd: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' }
});

/** A titled part of the action panel (h3 under the panel's h2). */
export function PanelSection({ title, children }: { title: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const id = useId('ipt-panel-section');
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A plain list inside a panel section. */
export function PanelList({ children }: { children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return <ul className={styles.list}>{children}</ul>;
}
