import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor } from '../../../src/ui/theme/teamsTheme';

describe('fluentThemeFor', () => {
  it.each([
    ['default', teamsLightTheme],
    ['dark', teamsDarkTheme],
    ['contrast', teamsHighContrastTheme],
    ['glass', teamsLightTheme]
  ])('maps the Teams theme %s', (name, expected) => {
    expect(fluentThemeFor(name)).toBe(expected);
  });

  it('uses the web light theme outside Teams', () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });

  it('prefers the SharePoint site theme outside Teams', () => {
    expect(fluentThemeFor(undefined, webDarkTheme)).toBe(webDarkTheme);
  });
});
