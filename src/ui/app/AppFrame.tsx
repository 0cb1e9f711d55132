import * as React from 'react';
import { FluentProvider, IdPrefixProvider, type Theme } from '@fluentui/react-components';

/** Props of {@link AppFrame}. */
export interface AppFrameProps {
  /** The Fluent v9 theme to apply (see `fluentThemeFor`). */
  theme: Theme;
  /**
   * A prefix unique to this instance, so that two web parts on one page never share generated
   * ids or class names.
   */
  idPrefix: string;
  /** The app's content. */
  children?: React.ReactNode;
}

/**
 * The outermost wrapper of every host: it scopes Fluent's ids and styles to this instance and
 * applies the theme. Hosts render their app inside it.
 */
export function AppFrame({ theme, idPrefix, children }: AppFrameProps): React.ReactElement {
  return (
    <IdPrefixProvider value={idPrefix}>
      <FluentProvider theme={theme} style={{ background: 'transparent' }}>
        {children}
      </FluentProvider>
    </IdPrefixProvider>
  );
}
