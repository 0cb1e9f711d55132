import * as React from 'react';
import { makeStyles, Tab, TabList, tokens, useId } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { flexWrap: 'wrap', marginBlockEnd: tokens.spacingVerticalS },
  tab: { minHeight: '32px' }
});

/** One tab of {@link PanelTabs}: its value, its label and what it shows. */
export interface PanelTab {
  value: string;
  label: string;
  content: React.ReactNode;
  /** Drawn only once the tab is first chosen (it loads its own data), then kept like the others. */
  lazy?: boolean;
}

/** Props of {@link PanelTabs}. */
export interface PanelTabsProps {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly PanelTab[];
  /** The tab shown first. */
  initial: string;
}

/**
 * Tabs over the parts of the action panel (arrow keys move between tabs, Tab moves into the
 * shown part). Every part stays mounted while hidden, so a half-typed update survives a look at
 * the history.
 */
export function PanelTabs({ label, tabs, initial }: PanelTabsProps): React.ReactElement {
  const styles = useStyles();
  const base = useId('ipt-panel-tab');
  const [selected, setSelected] = React.useState(initial);
  const [opened, setOpened] = React.useState<ReadonlySet<string>>(() => new Set([initial]));
  return (
    <>
      <TabList className={styles.list} aria-label={label} selectedValue={selected} onTabSelect={(_, d) => {
          const value = String(d.value);
          setSelected(value);
          setOpened((seen) => (seen.has(value) ? seen : new Set([...seen, value])));
        }}
      >
        {tabs.map((t) => (
          <Tab key={t.value} className={styles.tab} value={t.value} id={`${base}-${t.value}-tab`} aria-controls={`${base}-${t.value}-panel`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((t) => (
        <div key={t.value} role="tabpanel" id={`${base}-${t.value}-panel`} aria-labelledby={`${base}-${t.value}-tab`} hidden={selected !== t.value}>
          {!t.lazy || opened.has(t.value) ? t.content : null}
        </div>
      ))}
    </>
  );
}
