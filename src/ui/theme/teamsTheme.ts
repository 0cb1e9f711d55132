import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The theme names Teams reports in `app.theme` (newer clients also send `glass`). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast' | 'glass';

/**
 * Maps the Teams theme to the matching Fluent UI v9 theme. Outside Teams (no theme name) the
 * SharePoint site theme is used when the host supplies one, otherwise the web light theme.
 * `glass` has no Fluent v9 counterpart yet, so it falls back to the light Teams theme.
 */
export function fluentThemeFor(teamsTheme: string | undefined, siteTheme?: Theme): Theme {
  switch (teamsTheme) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    case undefined:
    case '':
      return siteTheme ?? webLightTheme;
    default:
      return teamsLightTheme;
  }
}
