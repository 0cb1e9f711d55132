import * as React from 'react';
import { makeStyles, Menu, MenuButton, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, Tab, TabList, tokens } from '@fluentui/react-components';
import { Navigation20Regular } from '@fluentui/react-icons';
import { strings } from '../loc/strings';
import type { AppView } from '../routes';

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap', marginBlock: tokens.spacingVerticalM },
  menu: { marginBlock: tokens.spacingVerticalM, minHeight: '32px' }
});

/** The views a person can choose in the navigation. */
export type NavView = Exclude<AppView, 'theme'>;

/** Props of {@link AppNav}. */
export interface AppNavProps {
  views: readonly NavView[];
  selected: NavView;
  onSelect(view: NavView): void;
  /** Narrow columns and phones get a compact menu instead of tabs. */
  compact: boolean;
}

/** The app's navigation: a TabList that wraps, or a compact menu under about 480 px. */
export function AppNav({ views, selected, onSelect, compact }: AppNavProps): React.ReactElement {
  const styles = useStyles();
  if (compact) {
    return (
      <nav aria-label={strings.nav.label}>
        <Menu checkedValues={{ view: [selected] }} onCheckedValueChange={(_, d) => d.checkedItems[0] && onSelect(d.checkedItems[0] as NavView)}>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton className={styles.menu} icon={<Navigation20Regular />}>
              {`${strings.nav.menu}: ${strings.nav[selected]}`}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {views.map((v) => (
                <MenuItemRadio key={v} name="view" value={v}>
                  {strings.nav[v]}
                </MenuItemRadio>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      </nav>
    );
  }
  return (
    <nav aria-label={strings.nav.label}>
      <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as NavView)}>
        {views.map((v) => (
          <Tab key={v} value={v}>
            {strings.nav[v]}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
